"use strict";
exports.id = 302;
exports.ids = [302];
exports.modules = {

/***/ 26302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   providerUpstream: () => (/* binding */ providerUpstream)
/* harmony export */ });
/** Where each provider's key and base URL come from in the environment. */
const VARS = {
    anthropic: {
        key: ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN'],
        url: 'ANTHROPIC_BASE_URL',
        defaultUrl: 'https://api.anthropic.com',
    },
    openai: { key: ['OPENAI_API_KEY'], url: 'OPENAI_BASE_URL', defaultUrl: 'https://api.openai.com' },
    gemini: {
        key: ['GEMINI_API_KEY'],
        url: 'GOOGLE_GEMINI_BASE_URL',
        defaultUrl: 'https://generativelanguage.googleapis.com',
    },
};
/**
 * The upstream of a provider from an environment, or undefined without a key. The CLIs send
 * their version prefix themselves (`/v1/responses`), so an OpenAI base URL written the usual way,
 * ending in `/v1` (https://api.openai.com/v1, https://openrouter.ai/api/v1), loses that suffix.
 */
function providerUpstream(provider, env) {
    const vars = VARS[provider];
    const apiKey = vars.key.map((k) => env[k]).find((v) => v !== undefined && v !== '');
    if (apiKey === undefined)
        return undefined;
    let url = env[vars.url] || vars.defaultUrl;
    if (provider === 'openai')
        url = url.replace(/\/v1\/?$/, '');
    return { url, apiKey };
}


/***/ })

};
;