export const id = 5258;
export const ids = [5258];
export const modules = {

/***/ 63049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ createAnthropicClient)
/* harmony export */ });
/* unused harmony export chooseProvider */
/* harmony import */ var _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2968);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);


const DEFAULT_BASE_URL = 'https://api.anthropic.com';
const DEFAULT_RETRIES = 2;
function missing(name, what) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${name} is not set: add it as a repository secret (or variable) and pass it to the step's ` +
        `env, ${what}.`);
}
function chooseProvider(config) {
    if (config.provider)
        return config.provider;
    if (config.env.CLAUDE_CODE_USE_BEDROCK === '1')
        return 'bedrock';
    if (config.env.CLAUDE_CODE_USE_VERTEX === '1')
        return 'vertex';
    return 'anthropic';
}
function nonEmpty(v) {
    return v === undefined || v.trim() === '' ? undefined : v;
}
async function createAnthropicClient(config) {
    const env = config.env;
    const maxRetries = config.maxRetries ?? DEFAULT_RETRIES;
    const common = {
        maxRetries,
        ...(config.timeoutMs !== undefined ? { timeout: config.timeoutMs } : {}),
    };
    const provider = chooseProvider(config);
    if (provider === 'bedrock') {
        const region = nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION);
        if (!region)
            throw missing('AWS_REGION', 'to run Claude on Amazon Bedrock');
        const { AnthropicBedrock } = await __webpack_require__.e(/* import() */ 1820).then(__webpack_require__.bind(__webpack_require__, 41820));
        const accessKey = nonEmpty(env.AWS_ACCESS_KEY_ID);
        const secretKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
        const baseURL = nonEmpty(env.ANTHROPIC_BEDROCK_BASE_URL);
        const opts = {
            ...common,
            awsRegion: region,
            // null: do not let the SDK read AWS_BEARER_TOKEN_BEDROCK from process.env behind our back.
            apiKey: nonEmpty(env.AWS_BEARER_TOKEN_BEDROCK) ?? null,
            ...(baseURL ? { baseURL } : {}),
        };
        // Static keys when both are given (e.g. from aws-actions/configure-aws-credentials), else
        // the AWS provider chain (instance role, web identity).
        const client = accessKey && secretKey
            ? new AnthropicBedrock({
                ...opts,
                awsAccessKey: accessKey,
                awsSecretKey: secretKey,
                awsSessionToken: nonEmpty(env.AWS_SESSION_TOKEN) ?? null,
            })
            : new AnthropicBedrock(opts);
        return { client: client, provider, maxRetries };
    }
    if (provider === 'vertex') {
        const region = nonEmpty(env.CLOUD_ML_REGION);
        if (!region)
            throw missing('CLOUD_ML_REGION', 'to run Claude on Google Vertex AI');
        const projectId = nonEmpty(env.ANTHROPIC_VERTEX_PROJECT_ID) ?? nonEmpty(env.GOOGLE_CLOUD_PROJECT);
        if (!projectId)
            throw missing('ANTHROPIC_VERTEX_PROJECT_ID', 'to run Claude on Google Vertex AI');
        const { AnthropicVertex } = await __webpack_require__.e(/* import() */ 2033).then(__webpack_require__.bind(__webpack_require__, 82033));
        const baseURL = nonEmpty(env.ANTHROPIC_VERTEX_BASE_URL);
        const client = new AnthropicVertex({
            ...common,
            region,
            projectId,
            ...(baseURL ? { baseURL } : {}),
        });
        // The Vertex SDK starts looking up Google credentials in its constructor and only awaits
        // that promise at the first request; without a handler, a lookup that fails before then is
        // an unhandled rejection that kills the process. The request still sees the failure (as a
        // connection error, reported as infra).
        client._authClientPromise?.catch(() => undefined);
        return { client: client, provider, maxRetries };
    }
    const apiKey = nonEmpty(env.ANTHROPIC_API_KEY);
    const authToken = nonEmpty(env.ANTHROPIC_AUTH_TOKEN);
    if (!apiKey && !authToken)
        throw missing('ANTHROPIC_API_KEY', 'to run the anthropic engine');
    const baseURL = nonEmpty(env.ANTHROPIC_BASE_URL) ?? DEFAULT_BASE_URL;
    const client = new _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_1__/* .Anthropic */ .N({
        ...common,
        // Explicit values (null included) keep the SDK from reading process.env for them.
        apiKey: apiKey ?? null,
        authToken: apiKey ? null : (authToken ?? null),
        baseURL,
    });
    const gateway = /openrouter\.ai/i.test(baseURL) ? 'openrouter' : 'anthropic';
    return { client, provider: gateway, maxRetries };
}


/***/ }),

/***/ 47766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ describeApiError)
/* harmony export */ });
/* harmony import */ var _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25064);
/* harmony import */ var _infra_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20945);


/** The `detail` of an `error` result for a failed API call. */
function describeApiError(e, retries) {
    if (e instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_0__/* .APIUserAbortError */ .cH)
        return 'the request was aborted';
    if (e instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_0__/* .APIConnectionError */ .xX) {
        return `${_infra_js__WEBPACK_IMPORTED_MODULE_1__/* .INFRA_PREFIX */ ._$}connection to the model API failed after ${retries} retries: ${e.message}`;
    }
    if (e instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_0__/* .APIError */ .LG) {
        const status = e.status;
        const kind = e.error?.error?.type ?? 'error';
        const what = `HTTP ${status ?? '?'} ${kind} after ${retries} retries: ${e.message}`;
        if ((0,_infra_js__WEBPACK_IMPORTED_MODULE_1__/* .isInfraStatus */ .zs)(status))
            return `${_infra_js__WEBPACK_IMPORTED_MODULE_1__/* .INFRA_PREFIX */ ._$}${what}`;
        if (status === 401 || status === 403) {
            return `${what} (check the provider credentials, e.g. ANTHROPIC_API_KEY)`;
        }
        return what;
    }
    return `${_infra_js__WEBPACK_IMPORTED_MODULE_1__/* .INFRA_PREFIX */ ._$}model call failed: ${e instanceof Error ? e.message : String(e)}`;
}


/***/ }),

/***/ 82063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k8: () => (/* binding */ tokensOf),
/* harmony export */   ls: () => (/* binding */ BudgetGuard)
/* harmony export */ });
/* unused harmony export ZERO_TOKENS */
/* harmony import */ var _core_usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14528);

const ZERO_TOKENS = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
/** The API's usage in our names; the cache fields may be null on some providers. */
function tokensOf(u) {
    return {
        input: u.input_tokens,
        output: u.output_tokens,
        cacheRead: u.cache_read_input_tokens ?? 0,
        cacheWrite: u.cache_creation_input_tokens ?? 0,
    };
}
/**
 * The run's spending against its ceiling. The next call is estimated at the cost of the last
 * one (the context only grows, so this is a fair lower bound); a call whose estimate would cross
 * the ceiling is not made. The first call has no estimate, so a run overshoots by at most one
 * call, and only when that single call costs more than the whole ceiling.
 */
class BudgetGuard {
    pricer;
    model;
    ceilingUsd;
    total = ZERO_TOKENS;
    lastCallUsd = 0;
    constructor(pricer, model, ceilingUsd) {
        this.pricer = pricer;
        this.model = model;
        this.ceilingUsd = ceilingUsd;
    }
    /** Whether the model has a price at all (a zero-token probe costs nothing). */
    priceKnown() {
        return this.pricer(this.model, ZERO_TOKENS) !== null;
    }
    record(call) {
        this.total = (0,_core_usage_js__WEBPACK_IMPORTED_MODULE_0__/* .addUsage */ .vk)(this.total, call);
        this.lastCallUsd = this.pricer(this.model, call) ?? 0;
    }
    get tokens() {
        return this.total;
    }
    /** USD so far, or null when the model has no price. */
    spentUsd() {
        return this.pricer(this.model, this.total);
    }
    /** A reason to stop before the next call, or undefined to go on. */
    stopReason() {
        if (this.ceilingUsd === undefined)
            return undefined;
        const spent = this.spentUsd() ?? 0;
        const next = spent + this.lastCallUsd;
        if (spent < this.ceilingUsd && next <= this.ceilingUsd)
            return undefined;
        return (`budget exceeded: spent $${spent.toFixed(4)} of the $${this.ceilingUsd.toFixed(4)} ceiling; ` +
            `the next call (estimated $${this.lastCallUsd.toFixed(4)}) would bring it to $${next.toFixed(4)}`);
    }
}


/***/ }),

/***/ 75258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createSdkModel: () => (/* binding */ createSdkModel)
});

// EXTERNAL MODULE: ./src/engines/anthropic/client.ts
var anthropic_client = __webpack_require__(63049);
// EXTERNAL MODULE: ./src/engines/model/errors.ts
var errors = __webpack_require__(35550);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
// EXTERNAL MODULE: ./src/engines/anthropic/infra.ts
var infra = __webpack_require__(47766);
// EXTERNAL MODULE: ./src/engines/infra.ts
var engines_infra = __webpack_require__(20945);
// EXTERNAL MODULE: ./src/engines/anthropic/usage.ts
var usage = __webpack_require__(82063);
// EXTERNAL MODULE: ./src/engines/model/usage.ts
var model_usage = __webpack_require__(28262);
;// CONCATENATED MODULE: ./src/engines/model/anthropic-model.ts






const DEFAULT_MAX_TOKENS = 4096;
const EPHEMERAL = { type: 'ephemeral' };
/** The JSON Schema of a tool input; tool inputs must be objects. */
function inputSchemaOf(schema, name) {
    const json = json_schema_processors/* toJSONSchema */.bl(schema);
    if (json.type !== 'object') {
        throw new TypeError(`Model.complete(${name}): the schema must describe an object`);
    }
    delete json.$schema;
    return json;
}
function issuesOf(error) {
    const fields = [...new Set(error.issues.map((i) => i.path.join('.') || '(root)'))];
    const lines = error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { fields, lines };
}
/**
 * One structured call through forced tool use (`tool_choice: {type: 'tool'}`): the model must
 * answer by calling the tool whose input schema is the zod schema. An invalid answer gets one
 * repair attempt, which sends the validation errors back as the tool's error result.
 */
class AnthropicModel {
    opts;
    constructor(opts) {
        this.opts = opts;
    }
    async complete(req) {
        const tool = {
            name: req.name,
            description: req.description,
            input_schema: inputSchemaOf(req.schema, req.name),
        };
        // Tools and system come first in the prompt: a stage that makes many calls with the same
        // instructions reads them from the cache.
        const system = req.system
            ? [{ type: 'text', text: req.system, cache_control: EPHEMERAL }]
            : undefined;
        const messages = req.messages.map((m) => ({
            role: m.role,
            content: m.content,
        }));
        const calls = [];
        const first = await this.call(req, tool, system, messages, calls);
        // A refusal is the model's answer: asking again with a repair turn would not change it.
        if (first.stop_reason === 'refusal')
            throw new errors/* ModelRefusalError */.E3(req.name, calls);
        const firstCheck = this.check(req, first);
        if (firstCheck.ok)
            return this.done(req, firstCheck.value, calls);
        const repair = [...messages, ...repairTurn(req.name, first, firstCheck.issues)];
        const second = await this.call(req, tool, system, repair, calls);
        if (second.stop_reason === 'refusal')
            throw new errors/* ModelRefusalError */.E3(req.name, calls);
        const secondCheck = this.check(req, second);
        if (secondCheck.ok)
            return this.done(req, secondCheck.value, calls);
        throw new errors/* StructuredOutputError */.NH(req.name, secondCheck.issues.fields, secondCheck.issues.lines, calls);
    }
    done(req, value, calls) {
        const { usage, costUsd } = (0,model_usage/* sumCalls */.$)(calls);
        return { value, usage, costUsd, model: req.model, calls };
    }
    check(req, reply) {
        const use = toolUseOf(reply, req.name);
        if (!use) {
            const why = `no ${req.name} tool call in the reply (stop_reason ${reply.stop_reason})`;
            return { ok: false, issues: { fields: ['(root)'], lines: [why] } };
        }
        const parsed = req.schema.safeParse(use.input);
        return parsed.success
            ? { ok: true, value: parsed.data }
            : { ok: false, issues: issuesOf(parsed.error) };
    }
    async call(req, tool, system, messages, calls) {
        let reply;
        try {
            reply = await this.opts.client.messages
                .stream({
                model: req.model,
                max_tokens: req.maxTokens ?? DEFAULT_MAX_TOKENS,
                ...(system ? { system } : {}),
                tools: [{ ...tool, cache_control: EPHEMERAL }],
                tool_choice: { type: 'tool', name: req.name },
                messages,
            }, req.signal ? { signal: req.signal } : {})
                .finalMessage();
        }
        catch (e) {
            const detail = (0,infra/* describeApiError */.g)(e, this.opts.maxRetries ?? 2);
            throw new errors/* ModelApiError */.oh(detail, detail.startsWith(engines_infra/* INFRA_PREFIX */._$), calls, { cause: e });
        }
        const tokens = (0,usage/* tokensOf */.k8)(reply.usage);
        calls.push({ tokens, costUsd: this.opts.pricer(req.model, tokens) });
        return reply;
    }
}
function toolUseOf(reply, name) {
    return reply.content.find((b) => b.type === 'tool_use' && b.name === name);
}
/** The assistant's invalid answer and the user turn that asks for a corrected one. */
function repairTurn(name, reply, issues) {
    const why = `The ${name} input did not match the schema:\n${issues.lines.map((l) => `- ${l}`).join('\n')}\n` +
        `Call ${name} again with the whole input corrected.`;
    const use = toolUseOf(reply, name);
    if (use) {
        return [
            { role: 'assistant', content: [{ type: 'tool_use', id: use.id, name, input: use.input }] },
            {
                role: 'user',
                content: [{ type: 'tool_result', tool_use_id: use.id, is_error: true, content: why }],
            },
        ];
    }
    const text = reply.content
        .map((b) => (b.type === 'text' ? b.text : ''))
        .join('')
        .trim();
    return [
        { role: 'assistant', content: text || '(no answer)' },
        { role: 'user', content: why },
    ];
}

;// CONCATENATED MODULE: ./src/engines/model/index.ts




;// CONCATENATED MODULE: ./src/engines/model/sdk-model.ts
// The stages' Model port on the engine-sdk AnthropicModel (forced tool use, zod, one repair),
// shared by the local CLI and the actions. Both load it lazily, so the Anthropic SDK is only read
// by a stage that calls a model.


async function createSdkModel(o) {
    const { client, provider, maxRetries } = await (0,anthropic_client/* createAnthropicClient */.a)({
        env: o.env,
        ...(o.provider !== undefined && { provider: o.provider }),
    });
    const inner = new AnthropicModel({ client, pricer: o.pricer, maxRetries });
    return {
        async complete(req) {
            const t0 = Date.now();
            const { value, usage, costUsd, model } = await inner.complete({
                schema: req.schema,
                name: req.toolName,
                description: req.toolDescription,
                system: req.system,
                messages: [{ role: 'user', content: req.prompt }],
                model: req.model,
                ...(req.maxTokens !== undefined && { maxTokens: req.maxTokens }),
                ...(req.signal && { signal: req.signal }),
            });
            return { value, usage, costUsd, model, provider, durationMs: Date.now() - t0 };
        },
    };
}


/***/ })

};
