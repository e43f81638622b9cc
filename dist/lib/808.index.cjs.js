"use strict";
exports.id = 808;
exports.ids = [808];
exports.modules = {

/***/ 75808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseLink: () => (/* binding */ parseLink)
/* harmony export */ });
/* unused harmony export parseChain */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** `engine` or `engine:model`; the model may itself hold colons (e.g. Bedrock ids). */
function parseLink(text) {
    const at = text.indexOf(':');
    if (at < 0)
        return { name: text.trim() };
    const name = text.slice(0, at).trim();
    const model = text.slice(at + 1).trim();
    return model === '' ? { name } : { name, model };
}
/** A comma-separated chain, e.g. `--engine anthropic,claude-code:claude-opus-4-6`. */
function parseChain(text, what) {
    const links = text.split(',').map((l) => l.trim());
    const bad = links.findIndex((l) => l === '' || parseLink(l).name === '');
    if (bad >= 0)
        throw new UserError(`${what}: link ${bad + 1} of "${text}" names no engine; write engines separated by commas, each \`engine\` or \`engine:model\` (e.g. anthropic,claude-code:claude-sonnet-4-6)`);
    return links;
}


/***/ })

};
;