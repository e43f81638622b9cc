export const id = 848;
export const ids = [848];
export const modules = {

/***/ 848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   policyCommand: () => (/* binding */ policyCommand)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(849);

// Placeholder until the command lands; it never reports success.
const policyCommand = async (_args, io) => {
    io.stderr('lailatov policy: not implemented yet\n');
    return _io_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.failure;
};


/***/ })

};
