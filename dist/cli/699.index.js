export const id = 699;
export const ids = [699];
export const modules = {

/***/ 699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   outcomesCommand: () => (/* binding */ outcomesCommand)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(849);

// Placeholder until the command lands; it never reports success.
const outcomesCommand = async (_args, io) => {
    io.stderr('lailatov outcomes: not implemented yet\n');
    return _io_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.failure;
};


/***/ })

};
