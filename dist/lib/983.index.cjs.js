"use strict";
exports.id = 983;
exports.ids = [983,65];
exports.modules = {

/***/ 38065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gI: () => (/* binding */ breakerKey),
  chainOf: () => (/* binding */ chainOf),
  JC: () => (/* reexport */ infra/* infraFailure */.JC)
});

// UNUSED EXPORTS: INFRA_PREFIX, createFallbackChain, isInfraFailure, isInfraStatus, sumLinks

// EXTERNAL MODULE: ./src/engines/infra.ts
var infra = __webpack_require__(20945);
// EXTERNAL MODULE: ./src/engines/process.ts
var engines_process = __webpack_require__(4926);
// EXTERNAL MODULE: ./src/engines/safe-git.ts
var safe_git = __webpack_require__(91247);
;// CONCATENATED MODULE: ./src/engines/tree-reset.ts


/**
 * The tree as a chain starts: HEAD's commit and branch. `restore` checks that commit out again on
 * that branch (or detached), discarding every change, commit and untracked file a failed link
 * left, ignored files excepted (dependencies, build output). Git runs with the safe config
 * (hooks off, no filters from the repository: safe-git.ts), because the agent may have written
 * the repository's config.
 */
async function snapshotTree(cwd, env) {
    const target = await (0,safe_git/* discoverSafeTarget */.IS)(cwd, env);
    const sha = (await git(target, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
    // Exit 1: a detached HEAD.
    const args = ['symbolic-ref', '-q', 'HEAD'];
    const ref = await (0,engines_process/* runCommand */.d1)('git', (0,safe_git/* safeGitArgs */.tQ)(target, args), {
        ...(await (0,safe_git/* safeGitRunOptions */.n3)(target, args)),
    });
    const name = ref.exitCode === 0 ? ref.stdout.trim().replace(/^refs\/heads\//, '') : '';
    const branch = name === '' ? null : name;
    return {
        async restore() {
            await git(target, branch === null
                ? ['checkout', '--force', '--detach', sha]
                : ['checkout', '--force', '-B', branch, sha]);
            // -ff: nested repositories too; no -x: ignored files stay.
            await git(target, ['clean', '-ffdq']);
        },
    };
}
async function git(target, args) {
    const r = await (0,engines_process/* runChecked */.X4)('git', (0,safe_git/* safeGitArgs */.tQ)(target, args), {
        ...(await (0,safe_git/* safeGitRunOptions */.n3)(target, args)),
    });
    return r.stdout;
}

;// CONCATENATED MODULE: ./src/engines/fallback.ts



const ZERO_TOKENS = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
/** A link's breaker key: `engine:provider` (one provider per engine unless the link names one). */
function breakerKey(engine, provider = engine) {
    return `${engine}:${provider}`;
}
function linkKey(link) {
    return breakerKey(link.engine.name, link.provider);
}
/** The chain's figures: the sum of its links. One unknown cost makes the total unknown, never 0. */
function sumLinks(links) {
    let costUsd = 0;
    const tokens = { ...ZERO_TOKENS };
    let turns = 0;
    let durationMs = 0;
    for (const l of links) {
        costUsd = costUsd === null || l.costUsd === null ? null : costUsd + l.costUsd;
        tokens.input += l.tokens.input;
        tokens.output += l.tokens.output;
        tokens.cacheRead += l.tokens.cacheRead;
        tokens.cacheWrite += l.tokens.cacheWrite;
        turns += l.turns;
        durationMs += l.durationMs;
    }
    return { costUsd, tokens, turns, durationMs };
}
function linkOf(r, asked) {
    return {
        engine: r.engine,
        model: r.model === '' ? asked : r.model,
        outcome: r.outcome,
        costUsd: r.costUsd,
        tokens: r.tokens,
        turns: r.turns,
        durationMs: r.durationMs,
        ...(r.detail !== undefined && r.detail !== '' && { detail: r.detail }),
    };
}
const usd = (n) => `$${n.toFixed(4).replace(/0{1,2}$/, '')}`;
/**
 * An Engine that runs the links in order and moves to the next one only on an infrastructure
 * failure. Refused, max_turns, budget_exceeded, no_changes and completed are answers about the
 * task itself: another engine would not change them, so they end the chain.
 *
 * The chain is one run to its caller: its cost, tokens, turns and duration are the sums of its
 * links, and the task's ceiling holds for all of them together (each link gets what the links
 * before it left). A link whose spend is unknown ends the chain when there is a ceiling: the
 * next link's share could not be known, and guessing could overspend. Before a link runs, the
 * tree is put back as the chain found it, so a failed link's half-finished edits never reach the
 * next one.
 */
function createFallbackChain(links, opts = {}) {
    if (links.length === 0)
        throw new RangeError('createFallbackChain: at least one link is needed');
    const name = `fallback(${links.map((l) => l.engine.name).join(',')})`;
    async function run(task, signal) {
        try {
            return await runLinks(task, signal);
        }
        finally {
            await opts.onSettled?.();
        }
    }
    async function runLinks(task, signal) {
        const attempts = [];
        const done = [];
        /** The model each link was asked to use (its own, else the task's). */
        const asked = [];
        let last;
        let lastIndex = 0;
        let start;
        const ceiling = task.budgetUsd;
        for (const [i, link] of links.entries()) {
            if (signal?.aborted)
                break;
            const model = link.model ?? task.model;
            asked.push(model);
            // The ceiling first: a breaker admits a half-open trial only to a link that will run.
            const spent = sumLinks(done).costUsd;
            let budgetUsd = ceiling;
            if (ceiling !== undefined && last !== undefined) {
                if (spent === null) {
                    const stop = `not moving on to ${link.engine.name}/${model}: what the links before it spent is unknown, and the ${usd(ceiling)} ceiling must hold`;
                    return finish(last, lastIndex, attempts, done, asked, { stop });
                }
                budgetUsd = ceiling - spent;
                if (budgetUsd <= 0) {
                    const stop = `the ${usd(ceiling)} ceiling is spent (${usd(spent)}) before ${link.engine.name}/${model}`;
                    return finish({ ...last, outcome: 'budget_exceeded' }, lastIndex, attempts, done, asked, {
                        stop,
                    });
                }
            }
            const breaker = opts.breaker?.get(linkKey(link));
            if (breaker && !breaker.tryAcquire()) {
                const reason = `skipped: breaker ${linkKey(link)} is ${breaker.state()} (retry in ${breaker.retryAfterMs()} ms)`;
                attempts.push({ engine: link.engine.name, model, reason });
                done.push({
                    engine: link.engine.name,
                    model,
                    outcome: 'skipped',
                    costUsd: 0,
                    tokens: ZERO_TOKENS,
                    turns: 0,
                    durationMs: 0,
                    detail: reason,
                });
                continue;
            }
            // The start is taken before the first link that runs; later links start from it again.
            if (links.length > 1 && start === undefined)
                start = await snapshotTree(task.cwd, opts.gitEnv ?? process.env);
            else if (start !== undefined && last !== undefined)
                await start.restore();
            let result;
            try {
                result = await link.engine.run({ ...task, model, ...(budgetUsd !== undefined && { budgetUsd }) }, signal);
            }
            catch (e) {
                // A throw is a bug or a user error (e.g. CLI not installed): never hide it behind a
                // fallback, but do not leave a half-open trial dangling either.
                breaker?.onFailure();
                throw e;
            }
            last = result;
            lastIndex = i + 1;
            done.push(linkOf(result, model));
            if (!(0,infra/* isInfraFailure */.zt)(result) || signal?.aborted) {
                breaker?.onSuccess();
                return finish(result, lastIndex, attempts, done, asked);
            }
            breaker?.onFailure();
            attempts.push({ engine: link.engine.name, model, reason: result.detail ?? result.outcome });
        }
        const base = last ?? {
            outcome: 'error',
            finalMessage: '',
            changedFiles: [],
            turns: 0,
            durationMs: 0,
            tokens: ZERO_TOKENS,
            costUsd: 0,
            engine: name,
            model: task.model,
            provider: 'none',
            transcriptPath: null,
            detail: signal?.aborted
                ? 'cancelled before any link ran'
                : `${infra/* INFRA_PREFIX */._$}every link was skipped`,
        };
        // Every link failed: report the last failure, with every attempt (the last one included).
        return finish(base, lastIndex, attempts, done, asked, { exhausted: true });
    }
    function finish(result, link, attempts, done, asked, end = {}) {
        const history = attempts.map((a) => `${a.engine}/${a.model}: ${a.reason}`).join('; ');
        const where = link === 0
            ? 'no link ran'
            : `link ${link}/${links.length} (${links[link - 1]?.engine.name}/${asked[link - 1]})`;
        const summary = end.stop
            ? `${end.stop}; after: ${history}`
            : end.exhausted
                ? `all links failed; last: ${where}`
                : attempts.length > 0
                    ? `${result.outcome} on ${where} after: ${history}`
                    : undefined;
        const detail = [result.detail, summary].filter((s) => s !== undefined && s !== '').join(' | ');
        return {
            ...result,
            ...sumLinks(done),
            ...(detail !== '' ? { detail } : {}),
            attempts,
            links: done,
            link,
            breakers: opts.breaker?.states() ?? {},
        };
    }
    return { name, run };
}
/** The engine a stage runs: a lone link without its own model as is, else a chain of them. */
function chainOf(links, opts = {}) {
    const first = links[0];
    if (links.length === 1 && first && first.model === undefined)
        return first.engine;
    return createFallbackChain(links, opts);
}


/***/ }),

/***/ 20945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ infraFailure),
/* harmony export */   _$: () => (/* binding */ INFRA_PREFIX),
/* harmony export */   zs: () => (/* binding */ isInfraStatus),
/* harmony export */   zt: () => (/* binding */ isInfraFailure)
/* harmony export */ });
/**
 * How an engine says "this failed because of infrastructure, not because of the task", so a
 * fallback chain moves on to the next engine: an `error` or `timeout` result whose detail starts
 * with this prefix. It covers 5xx, 529 (overloaded), 429 after the client's own retries, the
 * wall clock running out, a crash, or a non-zero exit without a result. A caller's cancel, a bad
 * key or a bad request is not infrastructure: another provider would not fix it.
 */
const INFRA_PREFIX = 'infra: ';
/** Marks a failed result as an infrastructure failure. */
function infraFailure(result, reason) {
    return { ...result, outcome: 'error', detail: `${INFRA_PREFIX}${reason}` };
}
/** Of a result, or of a chain link on the outcome record (its outcome is a plain string there). */
function isInfraFailure(result) {
    return ((result.outcome === 'error' || result.outcome === 'timeout') &&
        (result.detail ?? '').startsWith(INFRA_PREFIX));
}
/** HTTP statuses from a provider that are worth another attempt or another provider. */
function isInfraStatus(status) {
    return status === undefined || status === 408 || status === 429 || status >= 500;
}


/***/ }),

/***/ 52983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createEngine: () => (/* binding */ createEngine)
});

// UNUSED EXPORTS: ENGINE_NAMES, isEngineName

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engines/fallback.ts + 1 modules
var fallback = __webpack_require__(38065);
;// CONCATENATED MODULE: ./src/engines/proxy/stream-usage.ts
/**
 * OpenAI Chat Completions streams carry no usage unless the request asks for it with
 * `stream_options.include_usage`, and a client that does not ask (aider through litellm, many
 * others) would leave the run's spend unknown, so its next request under a ceiling would be
 * refused. The proxy asks on the client's behalf. The API then streams one more chunk before
 * `data: [DONE]`, with the usage and an empty `choices` array (every other chunk has
 * `usage: null`); the spec documents that chunk, and OpenAI-compatible clients skip a chunk with
 * no choices, so it is passed through, not stripped.
 *
 * Returns the body to send: the same bytes when it is not a streamed request that lacks the
 * option (or is not JSON), else the request with `include_usage: true` added.
 */
function withStreamUsage(body) {
    let request;
    try {
        request = JSON.parse(body.toString('utf8'));
    }
    catch {
        return body; // not ours to fix: the upstream answers it
    }
    if (!isObject(request) || request.stream !== true)
        return body;
    const options = isObject(request.stream_options) ? request.stream_options : {};
    if (options.include_usage === true)
        return body;
    return Buffer.from(JSON.stringify({ ...request, stream_options: { ...options, include_usage: true } }));
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// EXTERNAL MODULE: ./src/core/usage.ts
var usage = __webpack_require__(14528);
;// CONCATENATED MODULE: ./src/engines/proxy/sse.ts
const DEFAULT_CAP = 32 * 1024 * 1024;
function bodyReader(o) {
    const cap = o.cap ?? DEFAULT_CAP;
    if (!o.isSse) {
        const parts = [];
        let size = 0;
        let over = false;
        return {
            push(c) {
                if (over)
                    return;
                size += c.length;
                if (size > cap) {
                    over = true;
                    parts.length = 0;
                    return;
                }
                parts.push(c);
            },
            end() {
                if (over)
                    o.onOversize();
                else
                    o.onDocument(parts.join(''));
            },
        };
    }
    // SSE: the current line (only until its field name is known), the current event's data lines.
    let line = '';
    let lineIsData; // undefined until the field name ended
    let lineStart = true; // for the one optional space after "data:"
    let data;
    let dataSize = 0;
    let over = false;
    let afterCr = false;
    const append = (s) => {
        if (over || s === '')
            return;
        dataSize += s.length;
        if (dataSize > cap) {
            over = true;
            data = [];
            return;
        }
        (data ??= []).push(s);
    };
    const dispatch = () => {
        if (over)
            o.onOversize();
        else if (data !== undefined)
            o.onDocument(data.join(''));
        data = undefined;
        dataSize = 0;
        over = false;
    };
    const endLine = () => {
        if (lineIsData === undefined) {
            // The whole line was a field name (or empty): an empty line ends the event.
            if (line === '')
                dispatch();
            else if (line === 'data')
                startData();
        }
        line = '';
        lineIsData = undefined;
        lineStart = true;
    };
    const startData = () => {
        // Data lines of one event are joined with "\n" (the SSE rule).
        if (data !== undefined || over)
            append('\n');
        else
            data = [];
    };
    const text = (s) => {
        // `s` has no line end in it.
        let rest = s;
        if (lineIsData === undefined) {
            const colon = rest.indexOf(':');
            if (colon < 0) {
                line += rest.slice(0, 16); // field names are short; anything longer is not "data"
                return;
            }
            line += rest.slice(0, colon);
            rest = rest.slice(colon + 1);
            lineIsData = line === 'data';
            if (lineIsData)
                startData();
        }
        if (!lineIsData || rest === '')
            return;
        if (lineStart && rest.startsWith(' '))
            rest = rest.slice(1);
        lineStart = false;
        append(rest);
    };
    return {
        push(c) {
            let i = 0;
            if (afterCr && c.startsWith('\n'))
                i = 1; // the \n of a \r\n split across chunks
            afterCr = false;
            const eol = /[\r\n]/g;
            while (i < c.length) {
                eol.lastIndex = i;
                const m = eol.exec(c);
                if (!m) {
                    text(c.slice(i));
                    return;
                }
                const at = m.index;
                text(c.slice(i, at));
                endLine();
                if (c[at] === '\r') {
                    if (at + 1 === c.length)
                        afterCr = true;
                    else if (c[at + 1] === '\n')
                        i = at + 2;
                    else
                        i = at + 1;
                    if (at + 1 === c.length)
                        return;
                    continue;
                }
                i = at + 1;
            }
        },
        end() {
            if (line !== '' || lineIsData !== undefined)
                endLine();
            // A last event without its blank line still carried usage: read it, never drop a cost.
            if (data !== undefined || over)
                dispatch();
        },
    };
}

;// CONCATENATED MODULE: ./src/engines/proxy/usage.ts


function obj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function counter(isSse, read) {
    const r = { tokens: (0,usage/* zeroUsage */.My)(), model: undefined, metered: false };
    let oversize = false;
    const reader = bodyReader({
        isSse,
        onOversize: () => {
            oversize = true;
        },
        onDocument: (text) => {
            const t = text.trim();
            if (t === '' || t === '[DONE]')
                return;
            let v;
            try {
                v = JSON.parse(t);
            }
            catch {
                return; // A malformed event is the client's problem; the count skips it.
            }
            // Gemini's streamGenerateContent without alt=sse answers one JSON array of chunks.
            for (const o of Array.isArray(v) ? v : [v]) {
                const j = obj(o);
                if (j)
                    read(j, r);
            }
        },
    });
    return {
        push: reader.push,
        end: () => {
            reader.end();
            // An event too large to read may have held the usage: then the cost is unknown.
            return { tokens: { ...r.tokens }, model: r.model, metered: r.metered && !oversize };
        },
    };
}
/**
 * Anthropic Messages: `message_start` carries input and cache figures, `message_delta` the
 * cumulative figures so far (output, and on newer APIs input too), a JSON body `usage`.
 */
function anthropicCounter(isSse) {
    const take = (r, u) => {
        if (!u)
            return;
        r.metered = true;
        // Every figure is cumulative for the message: keep the latest one given.
        r.tokens.input = num(u.input_tokens) ?? r.tokens.input;
        r.tokens.cacheRead = num(u.cache_read_input_tokens) ?? r.tokens.cacheRead;
        r.tokens.cacheWrite = num(u.cache_creation_input_tokens) ?? r.tokens.cacheWrite;
        r.tokens.output = num(u.output_tokens) ?? r.tokens.output;
    };
    return counter(isSse, (o, r) => {
        if (o.type === 'message_start') {
            const m = obj(o.message);
            r.model = str(m?.model) ?? r.model;
            take(r, obj(m?.usage));
        }
        else if (o.type === 'message_delta')
            take(r, obj(o.usage));
        else if (o.type === 'message') {
            r.model = str(o.model) ?? r.model;
            take(r, obj(o.usage));
        }
    });
}
/**
 * OpenAI Responses (`response.completed`, also `response.incomplete`/`response.failed`, or the
 * JSON response) and Chat Completions (`usage` in the JSON body, or in the last chunk with
 * `stream_options.include_usage`). Input counts include the cached tokens; output counts include
 * the reasoning tokens.
 */
function openaiCounter(isSse) {
    return counter(isSse, (o, r) => {
        const response = obj(o.response);
        const u = obj(response?.usage) ?? obj(o.usage);
        r.model = str(response?.model) ?? str(o.model) ?? r.model;
        if (!u)
            return;
        r.metered = true;
        const input = num(u.input_tokens) ?? num(u.prompt_tokens) ?? 0;
        const cached = num(obj(u.input_tokens_details)?.cached_tokens) ??
            num(obj(u.prompt_tokens_details)?.cached_tokens) ??
            0;
        // Split the cached tokens out of input, as Anthropic reports them: they are priced apart.
        r.tokens = {
            input: input - cached,
            cacheRead: cached,
            cacheWrite: 0,
            output: num(u.output_tokens) ?? num(u.completion_tokens) ?? 0,
        };
    });
}
/**
 * Gemini generateContent: `usageMetadata`, cumulative in each streamed chunk (the last is the
 * total). `promptTokenCount` includes the cached tokens; tool-use prompts are input too; thoughts
 * are billed as output.
 */
function geminiCounter(isSse) {
    return counter(isSse, (o, r) => {
        r.model = str(o.modelVersion) ?? r.model;
        const u = obj(o.usageMetadata);
        if (!u)
            return;
        r.metered = true;
        const cached = num(u.cachedContentTokenCount) ?? 0;
        r.tokens = {
            input: (num(u.promptTokenCount) ?? 0) - cached + (num(u.toolUsePromptTokenCount) ?? 0),
            cacheRead: cached,
            cacheWrite: 0,
            output: (num(u.candidatesTokenCount) ?? 0) + (num(u.thoughtsTokenCount) ?? 0),
        };
    });
}

;// CONCATENATED MODULE: ./src/engines/proxy/providers.ts


/** Client auth headers: all removed before forwarding, whichever the CLI used. */
const AUTH_HEADERS = ['x-api-key', 'authorization', 'x-goog-api-key'];
function bearer(headers) {
    const h = headers.authorization;
    return h?.startsWith('Bearer ') ? h.slice(7) : undefined;
}
function header(headers, name) {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
}
const anthropicProfile = {
    name: 'anthropic',
    allows: (method, path) => method === 'POST' && (path === '/v1/messages' || path === '/v1/messages/count_tokens'),
    counts: (path) => path === '/v1/messages',
    // Claude Code sends x-api-key for ANTHROPIC_API_KEY, and a bearer for ANTHROPIC_AUTH_TOKEN.
    presentedKey: (h) => header(h, 'x-api-key') ?? bearer(h),
    setCredential: (h, key) => {
        h['x-api-key'] = key;
    },
    counter: anthropicCounter,
    budgetError: (message) => ({
        status: 400,
        body: JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message } }),
    }),
};
const openaiProfile = {
    name: 'openai',
    allows: (method, path) => method === 'POST' && (path === '/v1/responses' || path === '/v1/chat/completions'),
    counts: () => true,
    presentedKey: bearer,
    setCredential: (h, key) => {
        h.authorization = `Bearer ${key}`;
    },
    counter: openaiCounter,
    // A streamed chat completion reports its usage only when asked: ask (see withStreamUsage).
    bodyRewrite: (path) => (path === '/v1/chat/completions' ? withStreamUsage : undefined),
    budgetError: (message) => ({
        status: 400,
        body: JSON.stringify({
            error: { message, type: 'invalid_request_error', param: null, code: 'budget_exceeded' },
        }),
    }),
};
const GEMINI_MODEL_CALL = /^\/v1(beta)?\/models\/[A-Za-z0-9._-]+:(generateContent|streamGenerateContent|countTokens)$/;
const geminiProfile = {
    name: 'gemini',
    allows: (method, path) => method === 'POST' && GEMINI_MODEL_CALL.test(path),
    counts: (path) => !path.endsWith(':countTokens'),
    presentedKey: (h) => header(h, 'x-goog-api-key') ?? bearer(h),
    setCredential: (h, key) => {
        h['x-goog-api-key'] = key;
    },
    counter: geminiCounter,
    budgetError: (message) => ({
        status: 400,
        body: JSON.stringify({ error: { code: 400, message, status: 'INVALID_ARGUMENT' } }),
    }),
};

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/engines/tree-changes.ts
var tree_changes = __webpack_require__(53839);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/engines/binary.ts




/**
 * The npm package and pinned version of each npm-installed CLI engine: the versions the tests run
 * (package.json's devDependencies; test/engines/cli-install.unit.test.ts keeps the two equal).
 */
const CLI_PACKAGES = {
    'claude-code': { pkg: '@anthropic-ai/claude-code', version: '2.1.197' },
    codex: { pkg: '@openai/codex', version: '0.169.0' },
    gemini: { pkg: '@google/gemini-cli', version: '0.61.0' },
};
const npmGlobal = (e) => `npm i -g ${CLI_PACKAGES[e].pkg}@${CLI_PACKAGES[e].version}`;
/** How to install each CLI engine, shown when its binary is missing. */
const INSTALL_COMMANDS = {
    'claude-code': npmGlobal('claude-code'),
    codex: npmGlobal('codex'),
    aider: 'pipx install aider-chat',
    gemini: npmGlobal('gemini'),
};
async function isExecutableFile(file) {
    try {
        await (0,promises_.access)(file, external_node_fs_.constants.X_OK);
        return (await (0,promises_.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
/**
 * Finds a CLI engine's executable and returns its absolute path, or throws a UserError that says
 * how to install it. We look it up ourselves (rather than letting spawn fail with ENOENT) so the
 * user gets the install command instead of a bare "spawn claude ENOENT".
 */
async function findBinary(opts) {
    const install = INSTALL_COMMANDS[opts.engine];
    if (opts.configured !== undefined && opts.configured !== '') {
        const file = external_node_path_default().resolve(opts.configured);
        if (await isExecutableFile(file))
            return file;
        throw new errors/* UserError */.y(`${opts.engine} engine: binaryPath "${opts.configured}" is not an executable file. ` +
            `Fix the path (--engine-bin or LAILATOV_<ENGINE>_BIN), or install the CLI with: ${install}`);
    }
    const found = await findOnPath(opts.name, opts.searchPath);
    if (found !== undefined)
        return found;
    throw new errors/* UserError */.y(`${opts.engine} engine: the "${opts.name}" CLI is not installed (not found on PATH). ` +
        `Install it with: ${install} (or pass its location with --engine-bin / LAILATOV_<ENGINE>_BIN).`);
}
/** The first executable called `name` in the directories of `searchPath`, if any. */
async function findOnPath(name, searchPath) {
    for (const dir of (searchPath ?? '').split((external_node_path_default()).delimiter)) {
        if (dir === '')
            continue;
        const file = external_node_path_default().join(dir, name);
        if (await isExecutableFile(file))
            return file;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/engines/process.ts
var engines_process = __webpack_require__(4926);
// EXTERNAL MODULE: ./src/engines/sandbox-env.ts
var sandbox_env = __webpack_require__(14542);
;// CONCATENATED MODULE: ./src/engines/cli-install.ts






/**
 * In the Action only (GITHUB_ACTIONS=true), an npm CLI that is missing is installed at its pinned
 * version into RUNNER_TEMP: the router workflow leaves users no step to install it themselves.
 * Locally we never install behind the user's back, and aider (pipx) is never installed.
 */
function missingCliPlan(opts, env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return { kind: 'report' };
    if (opts.configured !== undefined && opts.configured !== '')
        return { kind: 'report' };
    if (!(opts.engine in CLI_PACKAGES))
        return { kind: 'report' };
    const { pkg, version } = CLI_PACKAGES[opts.engine];
    const prefix = external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'lailatov-clis');
    return {
        kind: 'install',
        spec: `${pkg}@${version}`,
        prefix,
        bin: external_node_path_default().join(prefix, 'node_modules', '.bin', opts.name),
    };
}
/** The npm arguments of an install into `prefix` (exported for the error text and the tests). */
function npmInstallArgs(prefix, spec) {
    return ['install', '--prefix', prefix, '--no-audit', '--no-fund', spec];
}
const INSTALL_TIMEOUT_MS = 5 * 60_000;
/** npm's own settings that point it at a mirror; never credentials (sandboxEnv refuses those). */
const NPM_ENV = ['npm_config_registry', 'NPM_CONFIG_REGISTRY', 'npm_config_cache'];
/** One install per prefix and package per process, however many links ask at once. */
const installs = new Map();
/**
 * Finds a CLI engine's executable; in the Action, installs a missing npm CLI first (see
 * missingCliPlan). Runs npm as the orchestrator, outside the agent sandbox, with no secrets.
 */
async function locateCli(opts) {
    const plan = missingCliPlan(opts, opts.env);
    if (plan.kind === 'report')
        return findBinary(opts).catch(inAction(opts));
    const onPath = await findOnPath(opts.name, opts.searchPath);
    if (onPath !== undefined)
        return onPath;
    if (!(await isExecutableFile(plan.bin))) {
        const key = `${plan.prefix}\0${plan.spec}`;
        let pending = installs.get(key);
        if (pending === undefined) {
            pending = install(opts, plan);
            installs.set(key, pending);
            pending.catch(() => installs.delete(key));
        }
        await pending;
    }
    return plan.bin;
}
/** In the Action, a CLI we do not install (aider) says how to get it onto the runner. */
function inAction(opts) {
    return (err) => {
        const configured = opts.configured !== undefined && opts.configured !== '';
        if (opts.env.GITHUB_ACTIONS !== 'true' || configured || !(err instanceof errors/* UserError */.y))
            throw err;
        throw new errors/* UserError */.y(`${err.message} The action installs only the npm CLIs (claude-code, codex, gemini): run ` +
            `${opts.engine} in a job of your own with a step that installs it (docs/providers.md).`);
    };
}
async function install(opts, plan) {
    const args = npmInstallArgs(plan.prefix, plan.spec);
    const command = `npm ${args.join(' ')}`;
    const run = await (0,engines_process/* runCommand */.d1)('npm', args, {
        cwd: external_node_os_default().tmpdir(),
        env: (0,sandbox_env/* sandboxEnv */.P)(opts.env, { allow: NPM_ENV }),
        timeoutMs: opts.timeoutMs ?? INSTALL_TIMEOUT_MS,
        maxOutputBytes: 64 * 1024,
    });
    const why = run.spawnError
        ? `could not start npm (${run.spawnError})`
        : run.timedOut
            ? `timed out after ${Math.round((opts.timeoutMs ?? INSTALL_TIMEOUT_MS) / 1000)}s`
            : run.exitCode !== 0
                ? `exited ${run.exitCode ?? run.signal}: ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`
                : !(await isExecutableFile(plan.bin))
                    ? `did not create ${plan.bin}`
                    : undefined;
    if (why === undefined)
        return;
    throw new errors/* UserError */.y(`${opts.engine} engine: the "${opts.name}" CLI is not on the runner's PATH, and installing it ` +
        `failed: \`${command}\` ${why}. Fix: let the runner reach the npm registry (or set ` +
        `npm_config_registry to a mirror), or run on a runner with the CLI on PATH.`);
}

// EXTERNAL MODULE: ./src/engines/sandbox/index.ts + 7 modules
var sandbox = __webpack_require__(27684);
// EXTERNAL MODULE: ./src/core/cost/index.ts + 1 modules
var cost = __webpack_require__(17056);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/engines/proxy/meter.ts


const usd = (n) => `$${n.toFixed(2)}`;
const ZERO = (0,usage/* zeroUsage */.My)();
/**
 * The run's running total, priced response by response, and its ceiling. A request is let
 * through while the spend, plus the in-flight requests and this one each estimated at the cost
 * of the last response (the context only grows, so that is a fair lower bound), stays within the
 * ceiling: the same rule as the native engine's, so a run overshoots by at most one request, and
 * only when one request costs more than what was left.
 */
class RunMeter {
    o;
    tokens = (0,usage/* zeroUsage */.My)();
    cost = 0;
    lastUsd = 0;
    inFlight = 0;
    refusals = 0;
    message;
    unknown = [];
    constructor(o) {
        this.o = o;
        // A ceiling we cannot price is a ceiling we cannot hold: refuse it before any call.
        if (o.ceilingUsd !== undefined && o.pricer(o.model, ZERO) === null)
            throw new errors/* UserError */.y(`budget: no price is known for model "${o.model}", so the run's ceiling of ${usd(o.ceilingUsd)} ` +
                'cannot be held by the model proxy: price it under `prices` in .github/lailatov.yml ({input, output, cacheWrite, cacheRead} in USD per million tokens), or choose a priced model.');
    }
    /** The refusal message when this request must not be sent, else undefined (and it counts as in flight). */
    admit() {
        const ceiling = this.o.ceilingUsd;
        const why = ceiling === undefined ? undefined : this.overReason(ceiling);
        if (why === undefined) {
            this.inFlight += 1;
            return undefined;
        }
        this.refusals += 1;
        this.message ??= why;
        return why;
    }
    overReason(ceiling) {
        const head = `LailaTov budget: the run's ceiling of ${usd(ceiling)} is spent`;
        if (this.cost === null)
            return `${head}: the spend cannot be known (${this.unknown.join('; ')}), so no further request is sent`;
        if (this.cost >= ceiling)
            return `${head} (${usd(this.cost)} used); no further request is sent`;
        const next = this.cost + (this.inFlight + 1) * this.lastUsd;
        if (next <= ceiling)
            return undefined;
        return (`${head}: ${usd(this.cost)} used, and the next request (about ${usd(this.lastUsd)}, like the last) ` +
            'would pass it; no further request is sent');
    }
    /** One admitted request is over: add what its response reported (a cut one still costs). */
    settle(u, ok) {
        this.inFlight = Math.max(0, this.inFlight - 1);
        if (!u)
            return;
        this.tokens = (0,usage/* addUsage */.vk)(this.tokens, u.tokens);
        if (!u.metered) {
            // A complete successful answer with no usage: its cost is unknown. A cut or failed one
            // counts what it showed.
            if (ok)
                this.markUnknown('a response carried no usage');
            return;
        }
        const model = [u.model, this.o.model].find((m) => m !== undefined && this.o.pricer(m, ZERO) !== null);
        const price = model === undefined ? null : this.o.pricer(model, u.tokens);
        if (price === null) {
            this.markUnknown(`no price is known for model "${u.model ?? this.o.model}"`);
            return;
        }
        this.lastUsd = price;
        if (this.cost !== null)
            this.cost += price;
    }
    markUnknown(why) {
        this.cost = null;
        if (!this.unknown.includes(why))
            this.unknown.push(why);
    }
    stats() {
        return {
            tokens: { ...this.tokens },
            costUsd: this.cost,
            ceilingUsd: this.o.ceilingUsd,
            ceilingHit: this.refusals > 0,
            ceilingRefusals: this.refusals,
            ceilingMessage: this.message,
            unknown: [...this.unknown],
        };
    }
}

;// CONCATENATED MODULE: ./src/engines/proxy/server.ts







function sameKey(a, b) {
    if (a === undefined)
        return false;
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && (0,external_node_crypto_.timingSafeEqual)(x, y);
}
function refuse(res, status, message) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ type: 'error', error: { type: 'lailatov_proxy', message } }));
}
/** Request headers that must not be forwarded as they are. */
const DROP = new Set([
    ...AUTH_HEADERS,
    'host',
    'connection',
    'accept-encoding',
    'keep-alive',
]);
async function startKeyProxy(opts) {
    const upstream = new URL(opts.upstream);
    const prefix = upstream.pathname.replace(/\/+$/, '');
    const client = upstream.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    const dummyKey = `lailatov-dummy-${(0,external_node_crypto_.randomBytes)(24).toString('hex')}`;
    const meter = new RunMeter(opts.meter ?? { pricer: (model, t) => (0,cost/* costOf */.ho)(model, t).usd, model: '' });
    let requests = 0;
    let refused = 0;
    const statuses = [];
    const handle = (req, res) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const method = req.method ?? 'GET';
        if (method === 'HEAD' && url.pathname === '/') {
            // Claude Code probes connectivity with an unauthenticated HEAD / first. Answer it here:
            // it reveals nothing and is never forwarded.
            res.writeHead(200).end();
            return;
        }
        if (!sameKey(opts.profile.presentedKey(req.headers), dummyKey)) {
            refused += 1;
            req.resume();
            refuse(res, 401, 'invalid key for this proxy');
            return;
        }
        if (!opts.profile.allows(method, url.pathname)) {
            refused += 1;
            req.resume();
            refuse(res, 403, `${method} ${url.pathname} is not a model endpoint this proxy forwards`);
            return;
        }
        // A compressed body cannot be rewritten here: it goes through as it is.
        const rewrite = req.headers['content-encoding'] === undefined
            ? opts.profile.bodyRewrite?.(url.pathname)
            : undefined;
        if (rewrite === undefined) {
            forward(req, res, url, undefined);
            return;
        }
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => forward(req, res, url, rewrite(Buffer.concat(chunks))));
        req.on('error', () => res.destroy());
    };
    /** Admits one model call against the ceiling, sends it upstream and meters the answer. */
    const forward = (req, res, url, 
    /** The body to send instead of streaming the client's (already read). */
    body) => {
        const method = req.method ?? 'GET';
        const over = meter.admit();
        if (over !== undefined) {
            req.resume();
            const e = opts.profile.budgetError(over);
            // x-should-retry: the Anthropic and OpenAI SDKs obey it before their status rules.
            res.writeHead(e.status, { 'content-type': 'application/json', 'x-should-retry': 'false' });
            res.end(e.body);
            return;
        }
        requests += 1;
        const headers = {};
        for (const [k, v] of Object.entries(req.headers))
            if (!DROP.has(k))
                headers[k] = v;
        opts.profile.setCredential(headers, opts.realKey);
        if (body !== undefined) {
            headers['content-length'] = String(body.length);
            delete headers['transfer-encoding'];
        }
        let settled = false;
        let answered = false;
        const settle = (u, ok) => {
            if (settled)
                return;
            settled = true;
            meter.settle(u, ok);
        };
        // No accept-encoding upstream: the usage tap must read plain text.
        const up = client.request({
            protocol: upstream.protocol,
            hostname: upstream.hostname,
            port: upstream.port,
            method,
            path: `${prefix}${url.pathname}${url.search}`,
            headers,
        }, (upRes) => {
            answered = true;
            const status = upRes.statusCode ?? 502;
            statuses.push(status);
            res.writeHead(status, upRes.headers);
            const counting = status < 300 && opts.profile.counts(url.pathname);
            const isSse = String(upRes.headers['content-type'] ?? '').includes('text/event-stream');
            const counter = counting ? opts.profile.counter(isSse) : undefined;
            // The bytes go through as they come; the tap decodes its own copy.
            const decoder = new external_node_string_decoder_.StringDecoder('utf8');
            upRes.on('data', (chunk) => {
                counter?.push(decoder.write(chunk));
                res.write(chunk);
            });
            upRes.on('end', () => {
                counter?.push(decoder.end());
                settle(counter?.end(), true);
                res.end();
            });
            // A cut stream still cost what it showed (its input was read): count that.
            upRes.on('close', () => {
                if (!settled)
                    settle(counter?.end(), false);
            });
            upRes.on('error', () => res.destroy());
        });
        // Destroyed before any answer (the client left early): the request is over, with no usage.
        up.on('close', () => {
            if (!answered)
                settle(undefined, false);
        });
        up.on('error', (e) => {
            statuses.push(502);
            settle(undefined, false);
            if (!res.headersSent)
                refuse(res, 502, `upstream unreachable: ${e.message}`);
            else
                res.destroy();
        });
        // Client went away (the CLI was killed): stop the upstream call too.
        res.on('close', () => {
            if (!res.writableFinished)
                up.destroy();
        });
        if (body === undefined)
            req.pipe(up);
        else
            up.end(body);
    };
    const server = external_node_http_default().createServer(handle);
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        port,
        dummyKey,
        stats: () => ({ requests, refused, statuses: [...statuses], ...meter.stats() }),
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}

;// CONCATENATED MODULE: ./src/engines/proxy/cli-session.ts











const defaultPricer = (model, tokens) => (0,cost/* costOf */.ho)(model, tokens).usd;
/**
 * Runs one CLI engine invocation: finds the binary, starts the key proxy, builds the scrubbed
 * environment (allowlist + a throwaway HOME + the proxy URL and dummy key), runs the CLI through
 * the one process boundary, and reads the changed files from git. Always cleans up.
 */
async function runCliSession(spec) {
    const parentEnv = spec.options.parentEnv ?? process.env;
    const binary = await locateCli({
        engine: spec.engine,
        name: spec.binaryName,
        ...(spec.options.binaryPath !== undefined ? { configured: spec.options.binaryPath } : {}),
        searchPath: parentEnv.PATH,
        env: parentEnv,
    });
    const home = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), `lailatov-${spec.engine}-home-`));
    let proxy;
    try {
        await spec.prepareHome?.(home);
        const up = spec.options.upstreamFor?.(spec.profile.name) ?? spec.options.upstream;
        if (up)
            proxy = await startKeyProxy({
                profile: spec.profile,
                upstream: up.url,
                realKey: up.apiKey,
                // The proxy is the run's meter: it prices every response and holds the ceiling.
                meter: {
                    pricer: spec.options.pricer ?? defaultPricer,
                    model: spec.task.model,
                    ...(spec.task.budgetUsd !== undefined ? { ceilingUsd: spec.task.budgetUsd } : {}),
                },
            });
        const env = (0,sandbox_env/* sandboxEnv */.P)(parentEnv, {
            ...(spec.task.env.allow ? { allow: spec.task.env.allow } : {}),
            set: {
                ...spec.task.env.set,
                HOME: home,
                ...spec.extraEnv,
                ...(proxy ? spec.proxyEnv(proxy) : {}),
            },
        });
        const gitEnv = (0,sandbox_env/* sandboxEnv */.P)(parentEnv);
        const base = await (0,tree_changes/* headSha */.x)(spec.task.cwd, gitEnv);
        const jail = await (0,sandbox/* jailFor */.m)(spec.options.sandbox, spec.task.cwd, spec.task.protectedPaths);
        const run = await (0,engines_process/* runCommand */.d1)(binary, spec.args({ home, proxyUrl: proxy?.url }), {
            cwd: spec.task.cwd,
            env: env,
            confine: {
                jail,
                writable: [home],
                readable: [await installDir(binary)],
                ports: proxy ? [proxy.port] : [],
            },
            timeoutMs: spec.task.timeoutMs,
            ...(spec.options.killGraceMs !== undefined ? { killGraceMs: spec.options.killGraceMs } : {}),
            ...(spec.options.maxOutputBytes !== undefined
                ? { maxOutputBytes: spec.options.maxOutputBytes }
                : {}),
            ...(spec.signal ? { signal: spec.signal } : {}),
            ...(spec.input !== undefined ? { input: spec.input } : {}),
            ...(spec.onLine ? { onStdoutLine: spec.onLine } : {}),
        });
        const files = await (0,tree_changes/* treeChangesSince */.m)(spec.task.cwd, base, gitEnv);
        return { run, changedFiles: files, proxy: proxy ? proxy.stats() : null, binary };
    }
    finally {
        await proxy?.close();
        await (0,promises_.rm)(home, { recursive: true, force: true });
    }
}
/**
 * What the sandbox must show of a CLI's installation: its package's `node_modules` root (an npm
 * CLI loads its siblings), or else the directory of the real executable.
 */
async function installDir(binary) {
    const real = await (0,promises_.realpath)(binary).catch(() => binary);
    const at = real.lastIndexOf(`${(external_node_path_default()).sep}node_modules${(external_node_path_default()).sep}`);
    return at >= 0 ? real.slice(0, at + '/node_modules'.length) : external_node_path_default().dirname(real);
}
/** Parses one output line as a JSON object, or undefined (CLIs mix in plain text). */
function parseJsonLine(line) {
    const t = line.trim();
    if (!t.startsWith('{'))
        return undefined;
    try {
        const v = JSON.parse(t);
        return typeof v === 'object' && v !== null && !Array.isArray(v)
            ? v
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** The fields of a CLI run that every engine fills the same way. */
function sessionBase(engine, provider, task, session) {
    return {
        changedFiles: session.changedFiles,
        durationMs: session.run.durationMs,
        engine,
        model: task.model,
        provider,
        transcriptPath: null,
    };
}
/**
 * The outcome when the CLI did not end normally (timeout, cancel, crash), or undefined when it
 * did and the engine's own parsing decides. A non-zero exit without a result is infrastructure.
 */
function abnormalEnd(session, hasResult) {
    const r = session.run;
    if (r.aborted)
        return { outcome: 'error', detail: 'cancelled', infra: false };
    if (r.timedOut) {
        return {
            outcome: 'timeout',
            detail: `wall-clock timeout after ${r.durationMs} ms`,
            infra: true,
        };
    }
    if (r.spawnError !== undefined) {
        return { outcome: 'error', detail: `could not start: ${r.spawnError}`, infra: true };
    }
    if (!hasResult && r.exitCode !== 0) {
        const upstream = session.proxy?.statuses.filter((s) => s >= 400) ?? [];
        const tail = r.stderr.trim().split('\n').slice(-5).join(' / ').slice(-600);
        const how = r.signal !== null ? `killed by ${r.signal}` : `exit ${r.exitCode}`;
        const up = upstream.length > 0 ? `; upstream statuses ${upstream.join(',')}` : '';
        return { outcome: 'error', detail: `${how} without a result${up}: ${tail}`, infra: true };
    }
    return undefined;
}
/** Turns an abnormal end into the result: infra failures are flagged for the fallback chain. */
function abnormalResult(common, abnormal) {
    if (!abnormal.infra)
        return { ...common, outcome: abnormal.outcome, detail: abnormal.detail };
    const r = (0,fallback/* infraFailure */.JC)(common, abnormal.detail);
    return abnormal.outcome === 'timeout' ? { ...r, outcome: 'timeout' } : r;
}
/** The higher of two costs; an unknown one never hides a known one, nor counts as zero. */
function higherCost(a, b) {
    if (a === null)
        return b;
    if (b === null)
        return a;
    return Math.max(a, b);
}
/**
 * Puts the proxy's meter into an engine's result: the proxy saw every request, so its tokens
 * stand when it forwarded any, its priced total when the CLI reported none or less, and a
 * request refused for the ceiling makes the run `budget_exceeded` whatever the CLI then said.
 */
function withMeter(session, result) {
    const p = session.proxy;
    if (!p)
        return result;
    const seen = p.requests > 0;
    const metered = {
        ...result,
        ...(seen ? { tokens: p.tokens } : {}),
        costUsd: seen ? higherCost(result.costUsd, p.costUsd) : result.costUsd,
    };
    if (!p.ceilingHit || session.run.aborted)
        return metered;
    const refused = `${p.ceilingRefusals} request${p.ceilingRefusals === 1 ? '' : 's'} refused`;
    const detail = [`${p.ceilingMessage} (${refused})`, result.detail].filter((d) => d !== undefined && d !== '');
    return { ...metered, outcome: 'budget_exceeded', detail: detail.join('; ') };
}

;// CONCATENATED MODULE: ./src/engines/aider/parse.ts
/** "12k" → 12000, "1.2M" → 1200000, "205" → 205. */
function parseCount(text) {
    const m = /^([0-9]+(?:\.[0-9]+)?)([kKmM]?)$/.exec(text.trim().replace(/,/g, ''));
    if (!m)
        return NaN;
    const base = Number(m[1]);
    const mult = m[2] === 'k' || m[2] === 'K' ? 1e3 : m[2] === 'm' || m[2] === 'M' ? 1e6 : 1;
    return Math.round(base * mult);
}
const TOKENS_LINE = /^Tokens:\s*(.+?)(?:\.\s*Cost:\s*\$([0-9.]+)\s*message,\s*\$([0-9.]+)\s*session\.?)?\s*$/;
/**
 * One of aider's usage reports, printed after each model reply:
 *   "Tokens: 12k sent, 1.2k received. Cost: $0.05 message, $0.12 session."
 *   "Tokens: 2.4k sent, 1.3k cache write, 8.1k cache hit, 205 received. Cost: ..."
 * "sent" excludes the cache figures (aider prints them apart), so they map one to one.
 */
function parseTokensLine(line) {
    const m = TOKENS_LINE.exec(line.trim());
    if (!m)
        return undefined;
    const tokens = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
    for (const part of (m[1] ?? '').replace(/\.$/, '').split(',')) {
        const p = /^\s*([0-9.,]+[kKmM]?)\s+(sent|received|cache write|cache hit)\s*$/.exec(part);
        if (!p)
            return undefined;
        const n = parseCount(p[1] ?? '');
        if (Number.isNaN(n))
            return undefined;
        if (p[2] === 'sent')
            tokens.input = n;
        else if (p[2] === 'received')
            tokens.output = n;
        else if (p[2] === 'cache write')
            tokens.cacheWrite = n;
        else
            tokens.cacheRead = n;
    }
    return {
        tokens,
        messageCostUsd: m[2] !== undefined ? Number(m[2]) : null,
        sessionCostUsd: m[3] !== undefined ? Number(m[3]) : null,
    };
}
/** Provider failures aider (through litellm) prints before giving up. */
const AIDER_INFRA = /litellm\.(RateLimitError|InternalServerError|ServiceUnavailableError|APIConnectionError|Timeout|APIError)|overloaded_error|\b(429|5\d\d)\b.*(error|Error)/;

;// CONCATENATED MODULE: ./src/engines/aider/index.ts






/** Which API aider (litellm) will call for a model, so the proxy speaks the same one. */
function providerFor(model) {
    if (/^(anthropic\/|claude)/.test(model)) {
        return {
            profile: anthropicProfile,
            // litellm reads either name depending on its version.
            env: (p) => ({
                ANTHROPIC_API_KEY: p.dummyKey,
                ANTHROPIC_API_BASE: p.url,
                ANTHROPIC_BASE_URL: p.url,
            }),
        };
    }
    return {
        profile: openaiProfile,
        env: (p) => ({
            OPENAI_API_KEY: p.dummyKey,
            OPENAI_API_BASE: `${p.url}/v1`,
            OPENAI_BASE_URL: `${p.url}/v1`,
        }),
    };
}
function aiderArgs(task, home) {
    return [
        '--model',
        task.model,
        '--message-file',
        external_node_path_default().join(home, 'message.md'),
        '--yes-always',
        '--no-auto-commits',
        '--no-stream',
        '--no-pretty',
        '--no-fancy-input',
        '--no-check-update',
        '--no-show-model-warnings',
        '--analytics-disable',
        // Aider would add .aider* to .gitignore, and write its histories into the repository.
        '--no-gitignore',
        '--chat-history-file',
        external_node_path_default().join(home, 'chat.history.md'),
        '--input-history-file',
        external_node_path_default().join(home, 'input.history'),
        '--llm-history-file',
        external_node_path_default().join(home, 'llm.history'),
    ];
}
/** Aider's own files (tag cache, histories) are not the agent's work. */
const AIDER_FILE = /^\.aider/;
/** Aider (`aider --message-file ... --yes-always`) as an Engine. */
function createAiderEngine(options = {}) {
    const name = 'aider';
    return {
        name,
        async run(task, signal) {
            const provider = providerFor(task.model);
            let tokens = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
            let sessionCost = null;
            let replies = 0;
            let infraLine;
            const lines = [];
            const session = await runCliSession({
                engine: name,
                binaryName: 'aider',
                options,
                task,
                ...(signal ? { signal } : {}),
                profile: provider.profile,
                proxyEnv: provider.env,
                prepareHome: async (home) => {
                    const text = task.systemPrompt ? `${task.systemPrompt}\n\n${task.prompt}` : task.prompt;
                    await (0,promises_.writeFile)(external_node_path_default().join(home, 'message.md'), text);
                },
                args: ({ home }) => aiderArgs(task, home),
                onLine: (line) => {
                    lines.push(line);
                    if (lines.length > 200)
                        lines.shift();
                    options.onProgress?.({ engine: name, type: 'line', event: line });
                    const u = parseTokensLine(line);
                    if (u) {
                        replies += 1;
                        tokens = {
                            input: tokens.input + u.tokens.input,
                            output: tokens.output + u.tokens.output,
                            cacheRead: tokens.cacheRead + u.tokens.cacheRead,
                            cacheWrite: tokens.cacheWrite + u.tokens.cacheWrite,
                        };
                        sessionCost = u.sessionCostUsd ?? sessionCost;
                    }
                    else if (AIDER_INFRA.test(line)) {
                        infraLine = line.trim();
                    }
                },
            });
            const changed = session.changedFiles.filter((f) => !AIDER_FILE.test(f));
            const common = {
                ...sessionBase(name, provider.profile.name, task, { ...session, changedFiles: changed }),
                // Aider prints prose, not a structured result: keep its last lines as the summary.
                finalMessage: lines.slice(-20).join('\n').trim(),
                turns: replies,
                tokens,
                costUsd: sessionCost ?? options.pricer?.(task.model, tokens) ?? null,
            };
            const abnormal = abnormalEnd(session, replies > 0);
            if (abnormal)
                return withMeter(session, abnormalResult(common, abnormal));
            // Aider may exit 0 after litellm gave up: no reply at all plus a provider error is infra.
            if (replies === 0 && infraLine !== undefined)
                return withMeter(session, (0,fallback/* infraFailure */.JC)(common, `aider: ${infraLine}`));
            if (replies === 0) {
                return withMeter(session, {
                    ...common,
                    outcome: 'error',
                    detail: 'aider printed no usage line (no model reply)',
                });
            }
            return withMeter(session, {
                ...common,
                outcome: changed.length > 0 ? 'completed' : 'no_changes',
            });
        },
    };
}

;// CONCATENATED MODULE: ./src/engines/claude-code/parse.ts
const parse_obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
const parse_num = (v) => typeof v === 'number' && Number.isFinite(v) ? v : undefined;
function tokensOf(u, camel) {
    if (!u)
        return { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
    return camel
        ? {
            input: parse_num(u.inputTokens) ?? 0,
            output: parse_num(u.outputTokens) ?? 0,
            cacheRead: parse_num(u.cacheReadInputTokens) ?? 0,
            cacheWrite: parse_num(u.cacheCreationInputTokens) ?? 0,
        }
        : {
            input: parse_num(u.input_tokens) ?? 0,
            output: parse_num(u.output_tokens) ?? 0,
            cacheRead: parse_num(u.cache_read_input_tokens) ?? 0,
            cacheWrite: parse_num(u.cache_creation_input_tokens) ?? 0,
        };
}
function parseResultEvent(e) {
    if (e.type !== 'result')
        return undefined;
    const modelUsage = parse_obj(e.modelUsage);
    let all = null;
    if (modelUsage) {
        all = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
        for (const m of Object.values(modelUsage)) {
            const t = tokensOf(parse_obj(m), true);
            all = {
                input: all.input + t.input,
                output: all.output + t.output,
                cacheRead: all.cacheRead + t.cacheRead,
                cacheWrite: all.cacheWrite + t.cacheWrite,
            };
        }
    }
    return {
        subtype: typeof e.subtype === 'string' ? e.subtype : 'unknown',
        isError: e.is_error === true,
        resultText: typeof e.result === 'string' ? e.result : '',
        numTurns: parse_num(e.num_turns) ?? 0,
        durationMs: parse_num(e.duration_ms) ?? null,
        totalCostUsd: parse_num(e.total_cost_usd) ?? null,
        tokens: tokensOf(parse_obj(e.usage), false),
        allModelTokens: all,
    };
}
/** The stop reason of an `assistant` stream event (to spot a model refusal). */
function assistantStopReason(e) {
    if (e.type !== 'assistant')
        return undefined;
    const r = parse_obj(e.message)?.stop_reason;
    return typeof r === 'string' ? r : undefined;
}
/** What an `assistant` event shows of a turn: its message id (one turn may span several events), tools, text. */
function assistantStep(e) {
    if (e.type !== 'assistant')
        return undefined;
    const message = parse_obj(e.message);
    const content = Array.isArray(message?.content) ? message.content : [];
    const blocks = content.map(parse_obj).filter((b) => b !== undefined);
    return {
        messageId: typeof message?.id === 'string' ? message.id : '',
        tools: blocks.filter((b) => b.type === 'tool_use').map((b) => String(b.name)),
        text: blocks
            .filter((b) => b.type === 'text')
            .map((b) => String(b.text))
            .join(' '),
    };
}
/** An API error the CLI gave up on, as it words it in the result text ("API Error: 529 ..."). */
const INFRA_TEXT = /API Error:\s*(429|5\d\d)\b|overloaded|Request timed out|Connection error/i;
/**
 * Maps the result event to an outcome. `success` is `completed` when the tree changed and
 * `no_changes` when not; the other subtypes are the CLI's own limits.
 */
function outcomeOf(r, changed, refused) {
    if (refused)
        return { outcome: 'refused', infra: false, detail: 'the model refused (stop_reason refusal)' };
    switch (r.subtype) {
        case 'success':
            if (r.isError) {
                return {
                    outcome: 'error',
                    infra: INFRA_TEXT.test(r.resultText),
                    detail: `claude reported an error: ${r.resultText.slice(0, 500)}`,
                };
            }
            return { outcome: changed > 0 ? 'completed' : 'no_changes', infra: false };
        case 'error_max_turns':
            return {
                outcome: 'max_turns',
                infra: false,
                detail: `turn cap reached after ${r.numTurns} turns`,
            };
        case 'error_max_budget_usd':
            return {
                outcome: 'budget_exceeded',
                infra: false,
                detail: 'the --max-budget-usd ceiling was reached',
            };
        default:
            return {
                outcome: 'error',
                infra: INFRA_TEXT.test(r.resultText),
                detail: `claude ended with ${r.subtype}${r.resultText ? `: ${r.resultText.slice(0, 500)}` : ''}`,
            };
    }
}

;// CONCATENATED MODULE: ./src/engines/claude-code/index.ts




/** Builds Claude Code's argv. The prompt goes on stdin: not visible in `ps`, no ARG_MAX limit. */
function claudeArgs(task) {
    const args = [
        '-p',
        '--output-format',
        'stream-json',
        '--verbose',
        '--max-turns',
        String(task.maxTurns),
        '--model',
        task.model,
        '--allowedTools',
        task.allowedTools.join(','),
        '--no-session-persistence',
        // Without hooks, load no project settings (they may define hooks); HOME is a fresh temp dir,
        // so the user source is empty.
        '--setting-sources',
        task.hooks ? 'project,local' : 'user',
    ];
    if (task.systemPrompt)
        args.push('--append-system-prompt', task.systemPrompt);
    if (task.budgetUsd !== undefined)
        args.push('--max-budget-usd', String(task.budgetUsd));
    return args;
}
function sameTokens(a, b) {
    return (a.input === b.input &&
        a.output === b.output &&
        a.cacheRead === b.cacheRead &&
        a.cacheWrite === b.cacheWrite);
}
const fmt = (t) => `in ${t.input}, out ${t.output}, cache read ${t.cacheRead}, cache write ${t.cacheWrite}`;
/** Claude Code (`claude -p`) as an Engine, behind the key proxy. */
function createClaudeCodeEngine(options = {}) {
    const name = 'claude-code';
    return {
        name,
        async run(task, signal) {
            let result;
            let refused = false;
            // Live turns: a new assistant message id is a new turn (one message may span events).
            let turn = 0;
            let lastMessageId;
            const step = (e) => {
                const a = task.onProgress && assistantStep(e);
                if (!a)
                    return;
                if (a.messageId === '' || a.messageId !== lastMessageId)
                    turn += 1;
                lastMessageId = a.messageId;
                task.onProgress?.({
                    turn,
                    ...(a.tools.length > 0 && { tool: a.tools.join(', ') }),
                    ...(a.text !== '' && { text: a.text.slice(0, 200) }),
                });
            };
            const session = await runCliSession({
                engine: name,
                binaryName: 'claude',
                options,
                task,
                ...(signal ? { signal } : {}),
                profile: anthropicProfile,
                proxyEnv: (p) => ({ ANTHROPIC_BASE_URL: p.url, ANTHROPIC_API_KEY: p.dummyKey }),
                extraEnv: {
                    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
                    DISABLE_AUTOUPDATER: '1',
                    DISABLE_TELEMETRY: '1',
                    ...(options.maxRetries !== undefined
                        ? { CLAUDE_CODE_MAX_RETRIES: String(options.maxRetries) }
                        : {}),
                },
                args: () => claudeArgs(task),
                input: task.prompt,
                onLine: (line) => {
                    const e = parseJsonLine(line);
                    if (!e)
                        return;
                    options.onProgress?.({ engine: name, type: String(e.type), event: e });
                    step(e);
                    if (assistantStopReason(e) === 'refusal')
                        refused = true;
                    result = parseResultEvent(e) ?? result;
                },
            });
            return withMeter(session, resultOf(task, session, result, refused));
        },
    };
}
/** Maps Claude Code's result event (and how the process ended) to the engine's result. */
function resultOf(task, session, result, refused) {
    const name = 'claude-code';
    const base = sessionBase(name, 'anthropic', task, session);
    const proxyTokens = session.proxy?.tokens;
    const abnormal = abnormalEnd(session, result !== undefined);
    const reported = result?.allModelTokens ?? result?.tokens;
    const common = {
        ...base,
        finalMessage: result?.resultText ?? '',
        turns: result?.numTurns ?? 0,
        // What the provider metered (proxy) beats what the CLI says, when both exist.
        tokens: proxyTokens ?? reported ?? { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
        costUsd: result?.totalCostUsd ?? null,
        ...(result?.durationMs != null ? { durationMs: result.durationMs } : {}),
    };
    let check = '';
    if (proxyTokens && reported) {
        check = sameTokens(proxyTokens, reported)
            ? `tokens cross-checked: proxy = CLI (${fmt(proxyTokens)})`
            : `TOKEN MISMATCH: proxy counted ${fmt(proxyTokens)}; CLI reported ${fmt(reported)}`;
    }
    const withCheck = (detail) => [detail, check].filter((s) => s !== undefined && s !== '').join('; ') || undefined;
    if (abnormal) {
        if (abnormal.infra) {
            const r = (0,fallback/* infraFailure */.JC)(common, withCheck(abnormal.detail) ?? abnormal.detail);
            return abnormal.outcome === 'timeout' ? { ...r, outcome: 'timeout' } : r;
        }
        return { ...common, outcome: abnormal.outcome, detail: withCheck(abnormal.detail) ?? '' };
    }
    const mapped = outcomeOf(result, session.changedFiles.length, refused);
    if (mapped.infra)
        return (0,fallback/* infraFailure */.JC)(common, withCheck(mapped.detail) ?? '');
    const detail = withCheck(mapped.detail);
    return { ...common, outcome: mapped.outcome, ...(detail ? { detail } : {}) };
}

;// CONCATENATED MODULE: ./src/engines/codex/index.ts



/** Messages of provider failures worth a fallback (Codex words them in its error events). */
const INFRA = /\b(429|5\d\d)\b|overloaded|rate limit|stream disconnected|timed? ?out|connection/i;
/** The provider id LailaTov defines in Codex's config for the key proxy. */
const CODEX_PROVIDER = 'lailatov';
/** The variable Codex reads the provider's key from (`env_key`): the proxy's dummy key. */
const CODEX_KEY_VAR = 'LAILATOV_PROXY_KEY';
/**
 * `codex exec --json`: JSONL events (thread.started, turn.started, item.*, turn.completed with
 * usage, turn.failed, error). The prompt is read from stdin (`-`).
 *
 * Codex ignores OPENAI_BASE_URL (it goes to api.openai.com, over WebSockets first): its endpoint
 * comes from a provider in its config. With the proxy, `-c` defines one on the Responses wire
 * API (HTTP + SSE, no WebSocket) whose key is the dummy one in CODEX_KEY_VAR.
 */
function codexArgs(task, proxyUrl) {
    const provider = proxyUrl === undefined
        ? []
        : [
            '-c',
            `model_providers.${CODEX_PROVIDER}={name="LailaTov key proxy",base_url="${proxyUrl}/v1",` +
                `wire_api="responses",env_key="${CODEX_KEY_VAR}"}`,
            '-c',
            `model_provider=${CODEX_PROVIDER}`,
        ];
    return [
        'exec',
        '--json',
        ...provider,
        '--model',
        task.model,
        // Codex's own sandbox (landlock/seccomp/bwrap) cannot nest inside ours, and a headless run
        // cannot answer approvals. Turning both off is safe only because every CLI engine runs in
        // LailaTov's bubblewrap jail (runCliSession's `confine`), which is the boundary here.
        '--dangerously-bypass-approvals-and-sandbox',
        '--skip-git-repo-check',
        '--cd',
        task.cwd,
        '-',
    ];
}
function readCodexEvent(state, e) {
    const type = e.type;
    if (type === 'turn.completed') {
        state.turnsCompleted += 1;
        const u = (e.usage ?? {});
        const n = (v) => (typeof v === 'number' ? v : 0);
        const cached = n(u.cached_input_tokens);
        // Codex's input_tokens include the cached ones; split them like Anthropic does.
        state.tokens = {
            input: state.tokens.input + n(u.input_tokens) - cached,
            output: state.tokens.output + n(u.output_tokens),
            cacheRead: state.tokens.cacheRead + cached,
            cacheWrite: 0,
        };
    }
    else if (type === 'item.completed') {
        const item = (e.item ?? {});
        if (item.type === 'agent_message' && typeof item.text === 'string')
            state.lastMessage = item.text;
    }
    else if (type === 'turn.failed') {
        const err = (e.error ?? {});
        state.failure = typeof err.message === 'string' ? err.message : 'turn failed';
    }
    else if (type === 'error') {
        state.failure = typeof e.message === 'string' ? e.message : 'error';
    }
}
/** OpenAI's Codex CLI as an Engine. It has no turn cap flag: the wall clock bounds it. */
function createCodexEngine(options = {}) {
    const name = 'codex';
    return {
        name,
        async run(task, signal) {
            const state = {
                tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
                turnsCompleted: 0,
                lastMessage: '',
                failure: undefined,
            };
            const session = await runCliSession({
                engine: name,
                binaryName: 'codex',
                options,
                task,
                ...(signal ? { signal } : {}),
                profile: openaiProfile,
                proxyEnv: (p) => ({ [CODEX_KEY_VAR]: p.dummyKey }),
                args: ({ proxyUrl }) => codexArgs(task, proxyUrl),
                input: task.prompt,
                onLine: (line) => {
                    const e = parseJsonLine(line);
                    if (!e)
                        return;
                    options.onProgress?.({ engine: name, type: String(e.type), event: e });
                    readCodexEvent(state, e);
                },
            });
            const tokens = session.proxy && session.proxy.requests > 0 ? session.proxy.tokens : state.tokens;
            const common = {
                ...sessionBase(name, 'openai', task, session),
                finalMessage: state.lastMessage,
                // Model round trips: the proxy saw each one; without it, Codex's turn events.
                turns: session.proxy?.requests || state.turnsCompleted,
                tokens,
                costUsd: options.pricer?.(task.model, tokens) ?? null,
            };
            const abnormal = abnormalEnd(session, state.turnsCompleted > 0 || state.failure !== undefined);
            if (abnormal)
                return withMeter(session, abnormalResult(common, abnormal));
            if (state.failure !== undefined) {
                const detail = `codex: ${state.failure}`;
                return withMeter(session, INFRA.test(state.failure)
                    ? (0,fallback/* infraFailure */.JC)(common, detail)
                    : { ...common, outcome: 'error', detail });
            }
            return withMeter(session, {
                ...common,
                outcome: session.changedFiles.length > 0 ? 'completed' : 'no_changes',
            });
        },
    };
}

;// CONCATENATED MODULE: ./src/engines/gemini/index.ts





/** gemini-cli's headless exit codes. */
const EXIT_INPUT_ERROR = 42;
const EXIT_TURN_LIMIT = 53;
const gemini_INFRA = /\b(429|5\d\d)\b|overloaded|RESOURCE_EXHAUSTED|UNAVAILABLE|rate limit|timed? ?out/i;
function geminiArgs(task) {
    return [
        '--prompt',
        task.prompt,
        '--output-format',
        'json',
        '--model',
        task.model,
        // Headless runs cannot answer approval prompts; the sandbox is the working tree + scrubbed env.
        '--approval-mode',
        'yolo',
    ];
}
/** Reads the single JSON object of `--output-format json` ({response, stats, error}). */
function parseGeminiJson(stdout) {
    const start = stdout.indexOf('{');
    if (start < 0)
        return undefined;
    const o = parseJsonLine(stdout.slice(start).replace(/\n/g, ' '));
    if (!o)
        return undefined;
    const n = (v) => (typeof v === 'number' ? v : 0);
    let tokens = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
    let requests = 0;
    const models = (o.stats ?? {}).models ?? {};
    for (const m of Object.values(models)) {
        const t = (m.tokens ?? {});
        const api = (m.api ?? {});
        requests += n(api.totalRequests);
        // `prompt` includes the cached tokens; thoughts are billed as output.
        tokens = {
            input: tokens.input + n(t.prompt) - n(t.cached),
            output: tokens.output + n(t.candidates) + n(t.thoughts),
            cacheRead: tokens.cacheRead + n(t.cached),
            cacheWrite: 0,
        };
    }
    const err = o.error;
    return {
        response: typeof o.response === 'string' ? o.response : '',
        tokens,
        requests,
        error: err ? String(err.message ?? err.type ?? 'error') : undefined,
    };
}
/**
 * The run's report: on stdout after a normal end; after a failed API call gemini prints a stack
 * trace and then its JSON error report (`{session_id, error}`) on stderr instead, which holds
 * the provider's message (e.g. the proxy's ceiling refusal).
 */
function geminiReport(stdout, stderr) {
    const fromStdout = parseGeminiJson(stdout);
    if (fromStdout)
        return fromStdout;
    // The report is the last object that starts a line; the trace before it has braces too.
    const report = parseGeminiJson(stderr.slice(stderr.lastIndexOf('\n{') + 1));
    return report?.error !== undefined ? report : undefined;
}
/** Google's gemini-cli as an Engine. The turn cap goes in its settings file (maxSessionTurns). */
function createGeminiEngine(options = {}) {
    const name = 'gemini';
    return {
        name,
        async run(task, signal) {
            const session = await runCliSession({
                engine: name,
                binaryName: 'gemini',
                options,
                task,
                ...(signal ? { signal } : {}),
                profile: geminiProfile,
                proxyEnv: (p) => ({ GOOGLE_GEMINI_BASE_URL: p.url, GEMINI_API_KEY: p.dummyKey }),
                // In a folder it does not trust, gemini turns `--approval-mode yolo` back into `default`
                // and a headless run cannot approve a tool. The working tree is the one we sandbox.
                extraEnv: { GEMINI_CLI_TRUST_WORKSPACE: 'true' },
                prepareHome: async (home) => {
                    const dir = external_node_path_default().join(home, '.gemini');
                    await (0,promises_.mkdir)(dir, { recursive: true });
                    const settings = {
                        model: { maxSessionTurns: task.maxTurns },
                        privacy: { usageStatisticsEnabled: false },
                        // A fresh home has no auth type and gemini exits 41 ("Invalid auth method selected");
                        // the key (the proxy's dummy one) is GEMINI_API_KEY.
                        security: { auth: { selectedType: 'gemini-api-key' } },
                        // No self-update from inside the sandbox (it has no network but the proxy).
                        general: { enableAutoUpdate: false, enableAutoUpdateNotification: false },
                    };
                    await (0,promises_.writeFile)(external_node_path_default().join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
                },
                args: () => geminiArgs(task),
            });
            const report = geminiReport(session.run.stdout, session.run.stderr);
            const tokens = report?.tokens ?? { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
            const common = {
                ...sessionBase(name, 'gemini', task, session),
                finalMessage: report?.response ?? '',
                // Model round trips: gemini's stats when it printed them (not after a failed call),
                // else the proxy's count of the requests it forwarded.
                turns: report?.requests || session.proxy?.requests || 0,
                tokens,
                costUsd: options.pricer?.(task.model, tokens) ?? null,
            };
            if (session.run.exitCode === EXIT_TURN_LIMIT && !session.run.timedOut) {
                return withMeter(session, {
                    ...common,
                    outcome: 'max_turns',
                    detail: `gemini stopped at the turn cap of ${task.maxTurns}`,
                });
            }
            const abnormal = abnormalEnd(session, report !== undefined && report.error === undefined);
            if (report?.error !== undefined && !session.run.timedOut && !session.run.aborted) {
                const detail = `gemini: ${report.error}`;
                if (session.run.exitCode === EXIT_INPUT_ERROR || !gemini_INFRA.test(report.error)) {
                    return withMeter(session, { ...common, outcome: 'error', detail });
                }
                return withMeter(session, (0,fallback/* infraFailure */.JC)(common, detail));
            }
            if (abnormal)
                return withMeter(session, abnormalResult(common, abnormal));
            return withMeter(session, {
                ...common,
                outcome: session.changedFiles.length > 0 ? 'completed' : 'no_changes',
            });
        },
    };
}

// EXTERNAL MODULE: ./src/engines/infra.ts
var infra = __webpack_require__(20945);
// EXTERNAL MODULE: ./src/engines/tree-paths.ts
var tree_paths = __webpack_require__(19522);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./src/engines/replay/script.ts




/**
 * A replay script: tool actions played in order, with the token and cost figures the run
 * declares. Used by deterministic tests and the offline demo.
 *
 * {"version":1,"tokens":{"input":1200,"output":300},"costUsd":0.01,
 *  "steps":[{"action":"write","path":"a.txt","content":"hi\n"},
 *           {"action":"edit","path":"a.txt","old":"hi","new":"hello"},
 *           {"action":"bash","argv":["npm","test"]}, {"action":"bash","command":"ls | wc -l"},
 *           {"action":"finish","message":"Done."}]}
 */
const relPath = schemas/* string */.YjP()
    .min(1)
    .refine((p) => !external_node_path_default().isAbsolute(p) && !external_node_path_default().normalize(p).split(/[\\/]/).includes('..'), {
    message: 'must be a path inside the repository (relative, no "..")',
});
const step = schemas/* discriminatedUnion */.gMt('action', [
    schemas/* strictObject */.rej({ action: schemas/* literal */.euz('write'), path: relPath, content: schemas/* string */.YjP() }),
    schemas/* strictObject */.rej({
        action: schemas/* literal */.euz('edit'),
        path: relPath,
        old: schemas/* string */.YjP().min(1),
        new: schemas/* string */.YjP(),
    }),
    schemas/* strictObject */.rej({
        action: schemas/* literal */.euz('bash'),
        argv: schemas/* array */.YOg(schemas/* string */.YjP()).min(1).optional(),
        command: schemas/* string */.YjP().min(1).optional(),
    })
        .refine((b) => (b.argv === undefined) !== (b.command === undefined), {
        message: 'give exactly one of argv (an argument array) or command (run with bash -c)',
    }),
    schemas/* strictObject */.rej({ action: schemas/* literal */.euz('finish'), message: schemas/* string */.YjP() }),
]);
const count = schemas/* number */.aig().int().nonnegative();
const replayScriptSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1),
    tokens: schemas/* strictObject */.rej({
        input: count.default(0),
        output: count.default(0),
        cacheRead: count.default(0),
        cacheWrite: count.default(0),
    })
        .default({ input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }),
    /** Declared cost; when absent the engine prices the tokens with its Pricer. */
    costUsd: schemas/* number */.aig().nonnegative().optional(),
    /** Declared turns; defaults to the number of steps. */
    turns: count.optional(),
    /** Forces an outcome, to simulate limits in tests (e.g. max_turns). */
    outcome: schemas/* enum */.k5n(['completed', 'no_changes', 'max_turns', 'budget_exceeded', 'refused', 'error'])
        .optional(),
    detail: schemas/* string */.YjP().optional(),
    steps: schemas/* array */.YOg(step).min(1),
});
function where(issuePath) {
    let out = '';
    for (const p of issuePath)
        out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
    return out || '(root)';
}
/** Validates a parsed script; a bad step is named by its index and action. */
function parseReplayScript(value, source = 'replay script') {
    const r = replayScriptSchema.safeParse(value);
    if (!r.success) {
        const problems = r.error.issues.map((i) => {
            const at = where(i.path);
            const idx = i.path[0] === 'steps' && typeof i.path[1] === 'number' ? i.path[1] : undefined;
            const raw = idx !== undefined && typeof value === 'object' && value !== null
                ? value.steps?.[idx]
                : undefined;
            const action = typeof raw === 'object' && raw !== null && 'action' in raw
                ? ` (action "${String(raw.action)}")`
                : '';
            return `${at}${action}: ${i.message}`;
        });
        throw new errors/* UserError */.y(`${source} is invalid:\n  ${problems.join('\n  ')}`, problems);
    }
    const finishAt = r.data.steps.findIndex((s) => s.action === 'finish');
    if (finishAt >= 0 && finishAt !== r.data.steps.length - 1) {
        const problem = `steps[${finishAt}] (action "finish"): finish must be the last step (${r.data.steps.length - finishAt - 1} step(s) follow it)`;
        throw new errors/* UserError */.y(`${source} is invalid:\n  ${problem}`, [problem]);
    }
    return r.data;
}
async function loadReplayScript(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* UserError */.y(`replay script ${file} cannot be read: ${e.message}. Fix the scriptPath option.`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* UserError */.y(`replay script ${file} is not valid JSON: ${e.message}`);
    }
    return parseReplayScript(json, `replay script ${file}`);
}

;// CONCATENATED MODULE: ./src/engines/replay/index.ts









class StepFailure extends Error {
    constructor(message) {
        super(message);
        this.name = 'StepFailure';
        Object.setPrototypeOf(this, StepFailure.prototype);
    }
}
/**
 * A replayed write lands where a native tool's would, or nowhere: never through a symlink,
 * outside the tree or on a protected path. A refusal is the step's note, as it is a tool error
 * for a model, and the run goes on.
 */
async function writable(tree, rel) {
    try {
        return (await (0,tree_paths/* resolveForWrite */.hA)(tree.root, rel, tree.protectedPaths)).abs;
    }
    catch (e) {
        if (e instanceof tree_paths/* ToolError */.v4)
            return { refused: `refused: ${e.message}` };
        throw e;
    }
}
function createReplayEngine(options) {
    if ((options.script === undefined) === (options.scriptPath === undefined)) {
        throw new TypeError('createReplayEngine: give exactly one of script or scriptPath');
    }
    // Validate an inline script up front: a bad script is a user error before any run.
    const inline = options.script !== undefined ? parseReplayScript(options.script) : undefined;
    const name = 'replay';
    async function play(script, task, signal, deadline) {
        const env = (0,sandbox_env/* sandboxEnv */.P)(options.parentEnv ?? process.env, task.env);
        const jail = await (0,sandbox/* jailFor */.m)(options.sandbox, task.cwd, task.protectedPaths);
        const tree = { root: await (0,tree_paths/* realRoot */.dU)(task.cwd), protectedPaths: task.protectedPaths };
        const log = [];
        let finalMessage = '';
        for (const [i, s] of script.steps.entries()) {
            if (signal?.aborted)
                throw new StepFailure('cancelled');
            const remaining = deadline - Date.now();
            if (remaining <= 0)
                throw new StepFailure(`timeout before steps[${i}]`);
            log.push({
                step: i,
                action: s.action,
                note: await runStep(s, i, { cwd: task.cwd, env, jail, tree }, remaining, signal),
            });
            if (s.action === 'finish')
                finalMessage = s.message;
        }
        return { finalMessage, log };
    }
    async function runStep(s, i, { cwd, env, jail, tree }, timeoutMs, signal) {
        switch (s.action) {
            case 'write': {
                const file = await writable(tree, s.path);
                if (typeof file !== 'string')
                    return file.refused;
                await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
                await (0,promises_.writeFile)(file, s.content, { flag: tree_paths/* WRITE_NOFOLLOW */.Bb });
                return `wrote ${s.path}`;
            }
            case 'edit': {
                const file = await writable(tree, s.path);
                if (typeof file !== 'string')
                    return file.refused;
                let text;
                try {
                    text = await (0,promises_.readFile)(file, 'utf8');
                }
                catch {
                    throw new StepFailure(`steps[${i}] (edit ${s.path}): the file does not exist`);
                }
                const at = text.indexOf(s.old);
                if (at < 0)
                    throw new StepFailure(`steps[${i}] (edit ${s.path}): the old text was not found`);
                if (text.indexOf(s.old, at + 1) >= 0) {
                    throw new StepFailure(`steps[${i}] (edit ${s.path}): the old text occurs more than once`);
                }
                await (0,promises_.writeFile)(file, text.slice(0, at) + s.new + text.slice(at + s.old.length), {
                    flag: tree_paths/* WRITE_NOFOLLOW */.Bb,
                });
                return `edited ${s.path}`;
            }
            case 'bash': {
                const [file, args] = s.argv
                    ? [s.argv[0], s.argv.slice(1)]
                    : ['bash', ['-c', s.command ?? '']];
                const r = await (0,engines_process/* runCommand */.d1)(file, args, {
                    cwd,
                    env,
                    confine: { jail },
                    timeoutMs,
                    ...(signal ? { signal } : {}),
                    ...(options.killGraceMs !== undefined ? { killGraceMs: options.killGraceMs } : {}),
                });
                if (r.aborted)
                    throw new StepFailure('cancelled');
                if (r.timedOut)
                    throw new StepFailure(`timeout in steps[${i}]`);
                // Like an agent, a failing command is information, not the end of the run.
                return `exit ${r.exitCode ?? r.signal ?? r.spawnError}`;
            }
            case 'finish':
                return 'finish';
        }
    }
    return {
        name,
        async run(task, signal) {
            const started = Date.now();
            const script = inline ?? (await loadReplayScript(options.scriptPath));
            const gitEnv = (0,sandbox_env/* sandboxEnv */.P)(options.parentEnv ?? process.env);
            const base = await (0,tree_changes/* headSha */.x)(task.cwd, gitEnv);
            let played;
            let failure;
            try {
                played = await play(script, task, signal, started + task.timeoutMs);
            }
            catch (e) {
                if (!(e instanceof StepFailure))
                    throw e;
                failure = e.message;
            }
            const files = await (0,tree_changes/* treeChangesSince */.m)(task.cwd, base, gitEnv);
            const tokens = script.tokens;
            const costUsd = script.costUsd ?? options.pricer?.(task.model, tokens) ?? null;
            const common = {
                finalMessage: played?.finalMessage ?? '',
                changedFiles: files,
                turns: script.turns ?? script.steps.length,
                durationMs: Date.now() - started,
                tokens,
                costUsd,
                engine: name,
                model: task.model,
                provider: 'replay',
                transcriptPath: null,
            };
            if (failure !== undefined) {
                // A step that ran out of wall clock is infrastructure, so a fallback chain may move on.
                if (failure.startsWith('timeout')) {
                    return { ...common, outcome: 'timeout', detail: `${infra/* INFRA_PREFIX */._$}${failure}` };
                }
                return { ...common, outcome: 'error', detail: failure };
            }
            if (script.outcome) {
                return {
                    ...common,
                    outcome: script.outcome,
                    ...(script.detail ? { detail: script.detail } : {}),
                };
            }
            if (task.budgetUsd !== undefined && costUsd !== null && costUsd > task.budgetUsd) {
                return {
                    ...common,
                    outcome: 'budget_exceeded',
                    detail: `cost $${costUsd} is over the $${task.budgetUsd} budget`,
                };
            }
            if (common.turns > task.maxTurns) {
                return {
                    ...common,
                    outcome: 'max_turns',
                    detail: `${common.turns} turns over the cap of ${task.maxTurns}`,
                };
            }
            return { ...common, outcome: files.length > 0 ? 'completed' : 'no_changes' };
        },
    };
}


;// CONCATENATED MODULE: ./src/engines/registry.ts






const ENGINE_NAMES = [
    'anthropic',
    'claude-code',
    'codex',
    'aider',
    'gemini',
    'replay',
];
function isEngineName(name) {
    return ENGINE_NAMES.includes(name);
}
/** The anthropic SDK engine loads only when asked for: most runs never need the SDK. */
async function loadAnthropic(options) {
    const { createAnthropicEngine } = await Promise.all(/* import() */[__webpack_require__.e(968), __webpack_require__.e(228)]).then(__webpack_require__.bind(__webpack_require__, 19228));
    return createAnthropicEngine(options);
}
async function createEngine(name, options) {
    const o = (options ?? {});
    switch (name) {
        case 'claude-code':
            return createClaudeCodeEngine(o);
        case 'codex':
            return createCodexEngine(o);
        case 'aider':
            return createAiderEngine(o);
        case 'gemini':
            return createGeminiEngine(o);
        case 'replay':
            return createReplayEngine(o);
        case 'anthropic':
            return loadAnthropic(o);
        default:
            throw new errors/* UserError */.y(`unknown engine "${name}". Use one of: ${ENGINE_NAMES.join(', ')}.`);
    }
}


/***/ }),

/***/ 53839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ treeChangesSince),
/* harmony export */   x: () => (/* binding */ headSha)
/* harmony export */ });
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4926);
/* harmony import */ var _safe_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91247);


/**
 * What a run changed, from git rather than from the agent's claims: files that differ from the
 * starting commit, plus untracked files (new files the agent wrote but did not commit). Git runs
 * with nothing the repository's config names (the agent may have written it): see safe-git.ts.
 */
async function treeChangesSince(cwd, baseSha, env) {
    const committed = await git(cwd, env, ['diff', '--name-only', '-z', '--no-ext-diff', baseSha]);
    const untracked = await git(cwd, env, ['ls-files', '--others', '--exclude-standard', '-z']);
    const all = new Set([...committed.split('\0'), ...untracked.split('\0')].filter((p) => p !== ''));
    return [...all].sort();
}
async function headSha(cwd, env) {
    return (await git(cwd, env, ['rev-parse', 'HEAD'])).trim();
}
/** Git on the repository at `cwd`, with nothing its config names run (see safe-git.ts). */
async function git(cwd, env, args) {
    const target = await (0,_safe_git_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverSafeTarget */ .IS)(cwd, env);
    const r = await (0,_process_js__WEBPACK_IMPORTED_MODULE_0__/* .runChecked */ .X4)('git', (0,_safe_git_js__WEBPACK_IMPORTED_MODULE_1__/* .safeGitArgs */ .tQ)(target, args), {
        ...(await (0,_safe_git_js__WEBPACK_IMPORTED_MODULE_1__/* .safeGitRunOptions */ .n3)(target, args)),
    });
    return r.stdout;
}


/***/ }),

/***/ 19522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ WRITE_NOFOLLOW),
/* harmony export */   O4: () => (/* binding */ resolveInTree),
/* harmony export */   dU: () => (/* binding */ realRoot),
/* harmony export */   hA: () => (/* binding */ resolveForWrite),
/* harmony export */   v4: () => (/* binding */ ToolError)
/* harmony export */ });
/* unused harmony export protectedBy */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_protected_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97770);




/**
 * Every in-process file write of an engine (the native tools, replay steps) resolves its path here. A path is accepted only if it lies inside the working
 * tree after resolving symlinks, so neither `..` nor a symlink can reach outside the tree; a
 * write never goes through a symlink at all.
 * Refusals are ToolError: their message goes back to the model as an `is_error` tool result.
 */
class ToolError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ToolError';
        Object.setPrototypeOf(this, ToolError.prototype);
    }
}
function inside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}
function errno(e) {
    return e.code;
}
/**
 * Walks `lexical` from the root one component at a time with lstat, so that every symlink on
 * the way is seen, including a dangling one (realpath cannot resolve those, and a lenient
 * fallback to the link's own path is how a write once landed outside the tree). A write
 * through any symlink is refused; a read follows a link only when its real target exists and
 * lies inside the tree. Components that do not exist yet are appended as they are.
 */
async function resolveComponents(root, lexical, input, forWrite) {
    const parts = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, lexical)
        .split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep))
        .filter((p) => p !== '');
    let cur = root;
    for (const [i, part] of parts.entries()) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cur, part);
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(next);
        }
        catch (e) {
            if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR')
                return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(next, ...parts.slice(i + 1));
            throw e;
        }
        if (!info.isSymbolicLink()) {
            cur = next;
            continue;
        }
        const shown = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, next).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
        if (forWrite) {
            throw new ToolError(`${input}: ${shown} is a symlink, and writing through a symlink is refused; write the real path inside the working tree instead`);
        }
        let real;
        try {
            real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(next);
        }
        catch {
            throw new ToolError(`${input}: ${shown} is a dangling symlink (through a symlink): refused`);
        }
        if (!inside(root, real)) {
            throw new ToolError(`${input} resolves (through a symlink) outside the working tree: refused`);
        }
        cur = real;
    }
    return cur;
}
/** `root` must already be a realpath (see `realRoot`). */
async function resolveInTree(root, input, opts = {}) {
    if (typeof input !== 'string' || input === '')
        throw new ToolError('path is required');
    if (input.includes('\0'))
        throw new ToolError('path contains a NUL byte');
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, input);
    if (!inside(root, lexical)) {
        throw new ToolError(`${input} is outside the working tree; only paths inside it are allowed`);
    }
    const abs = await resolveComponents(root, lexical, input, opts.forWrite === true);
    if (!inside(root, abs)) {
        throw new ToolError(`${input} resolves (through a symlink) outside the working tree: refused`);
    }
    return { abs, rel: node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, abs).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/') };
}
function realRoot(cwd) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(cwd);
}
/**
 * Whether a write to `rel` is forbidden: the task's protected list (the core list of
 * core/protected with the policy's additions and removals), matched with the risk policy's glob
 * rules, and `.git` always (at any depth), since a file there (e.g. a git hook) would run code
 * outside the agent's sandbox on the next git command.
 */
function protectedBy(rel, globs) {
    return (0,_core_protected_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .protectedMatcher */ .rV)(globs).match(rel);
}
async function resolveForWrite(root, input, protectedGlobs) {
    const resolved = await resolveInTree(root, input, { forWrite: true });
    const glob = protectedBy(resolved.rel, protectedGlobs);
    if (glob !== undefined) {
        throw new ToolError(`${resolved.rel} is a protected path (matches "${glob}"): agents may not change it. ` +
            'Leave this file alone and say in your summary what change it would need.');
    }
    return resolved;
}
/** Opens for writing without following a symlink at the last component (O_NOFOLLOW). */
const WRITE_NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;


/***/ })

};
;