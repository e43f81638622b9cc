export const id = 45;
export const ids = [45];
export const modules = {

/***/ 45:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(849);

// The offline demo needs the pipeline stages and the replay engine, which are not built yet.
// Until they land, say so plainly instead of pretending.
const demoCommand = async (_args, io) => {
    io.stdout('lailatov demo: coming. The offline pipeline demo needs the pipeline stages (not built yet).\n' +
        'What works today: `lailatov risk`, `lailatov policy check` and `lailatov outcomes summary`.\n');
    return _io_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.ok;
};


/***/ })

};
