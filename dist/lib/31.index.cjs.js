"use strict";
exports.id = 31;
exports.ids = [31];
exports.modules = {

/***/ 67031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createLightOctokit: () => (/* binding */ createLightOctokit),
/* harmony export */   withRestMethods: () => (/* binding */ withRestMethods)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93779);
/* harmony import */ var _octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49210);
/* harmony import */ var _request_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6378);
// The actions' full GitHub client without @actions/github (which loads undici and an HTTP client
// at import): the request client (request-client.ts) plus the two plugins @actions/github adds,
// the REST methods and `paginate`. run.ts imports this module only after its first request.



/**
 * Adds the REST methods and `paginate` to a request client, in place, as Octokit.plugin() would
 * have at construction: the same instance keeps its auth, hooks, retry and throttling state.
 */
function withRestMethods(client) {
    return Object.assign(client, (0,_octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_1__/* .restEndpointMethods */ ._)(client), (0,_octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_2__/* .paginateRest */ .ud)(client));
}
function createLightOctokit(options) {
    return withRestMethods((0,_request_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createRequestClient */ .H)(options));
}


/***/ })

};
;