"use strict";
exports.id = 426;
exports.ids = [426];
exports.modules = {

/***/ 27426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tablePricer: () => (/* binding */ tablePricer)
/* harmony export */ });
/* harmony import */ var _core_cost_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17056);

/** Prices tokens with a table (the run's: priceTableOf(config)); an unknown model is null. */
function tablePricer(table = _core_cost_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PRICES */ .f7) {
    return (model, tokens) => (0,_core_cost_index_js__WEBPACK_IMPORTED_MODULE_0__/* .costOf */ .ho)(model, tokens, table).usd;
}


/***/ })

};
;