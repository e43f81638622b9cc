export const id = 936;
export const ids = [936];
export const modules = {

/***/ 9936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initCommand: () => (/* binding */ initCommand)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9849);

// Placeholder until `lailatov init` lands; it never reports success.
const initCommand = async (_args, io) => {
    io.stderr('lailatov init: not implemented yet\n');
    return _io_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.failure;
};


/***/ })

};
