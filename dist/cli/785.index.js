export const id = 785;
export const ids = [785];
export const modules = {

/***/ 785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   riskCommand: () => (/* binding */ riskCommand)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(849);

// Placeholder until the command lands; it never reports success.
const riskCommand = async (_args, io) => {
    io.stderr('lailatov risk: not implemented yet\n');
    return _io_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.failure;
};


/***/ })

};
