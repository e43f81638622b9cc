export const id = 497;
export const ids = [497];
export const modules = {

/***/ 497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(849);

// Placeholder until the pipeline stages land; it never reports success.
const runCommand = async (_args, io) => {
    io.stderr('lailatov run: not implemented yet (the pipeline stages are being built)\n');
    return _io_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.failure;
};


/***/ })

};
