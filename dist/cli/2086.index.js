export const id = 2086;
export const ids = [2086];
export const modules = {

/***/ 89866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   doctorCommand: () => (/* binding */ doctorCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _onboard_doctor_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1908);
/* harmony import */ var _onboard_doctor_github_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40998);
/* harmony import */ var _onboard_github_access_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18882);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71604);








const HELP = `Usage: lailatov doctor [--dir DIR] [--github OWNER/REPO] [--json]

One checklist of what a run needs, each item with its fix. In the checkout (default: the current
directory): .github/lailatov.yml and risk-policy.json valid, the workflow file and its
permissions, .lailatov/ ignored, Node and bubblewrap for local runs. With --github, through the
API: the workflow on the default branch, a model key secret, the labels, and either a GitHub App
with exactly the permissions the suite needs or the Actions setting that lets GITHUB_TOKEN open
pull requests. Token: GITHUB_TOKEN (or GH_TOKEN), else 'gh auth token'; API root: GITHUB_API_URL.
  --dir DIR            the checkout to check (default: the current directory)
  --github OWNER/REPO  also check the repository on GitHub
  --json               print the checks as one JSON object
Exit codes: 0 ready (warnings allowed), 1 a check failed, 2 bad input.
`;
const doctorCommand = async (args, io) => {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: {
                dir: { type: 'string' },
                github: { type: 'string' },
                json: { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
            },
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${e.message}. Fix: see 'lailatov doctor --help'.`);
    }
    if (values.help) {
        io.stdout(HELP);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .y.ok;
    }
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, values.dir ?? '.');
    if (values.github === undefined && !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.git')).catch(() => null)))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${dir} is not a git checkout. Fix: run doctor at your repository's root, pass --dir DIR, or check the repository on GitHub with --github OWNER/REPO.`);
    const checks = await (0,_onboard_doctor_js__WEBPACK_IMPORTED_MODULE_4__/* .localChecks */ .Lj)(dir, io.env);
    if (values.github !== undefined)
        checks.push(...(await (0,_onboard_doctor_github_js__WEBPACK_IMPORTED_MODULE_5__/* .githubChecks */ .h)(await (0,_onboard_github_access_js__WEBPACK_IMPORTED_MODULE_6__/* .githubAccess */ .Y)(values.github, io.env))));
    const ok = checks.every((c) => c.status !== 'fail');
    io.stdout(values.json ? `${JSON.stringify({ ok, checks })}\n` : (0,_onboard_doctor_js__WEBPACK_IMPORTED_MODULE_4__/* .renderChecks */ .gH)(checks));
    return ok ? _io_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .y.ok : _io_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .y.failure;
};


/***/ }),

/***/ 89750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_2__.HT),
/* harmony export */   Lu: () => (/* reexport safe */ _prices_js__WEBPACK_IMPORTED_MODULE_1__.priceTableOf),
/* harmony export */   Qi: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_2__.Qi),
/* harmony export */   RH: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_0__.RH),
/* harmony export */   TI: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_2__.TI),
/* harmony export */   iu: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_2__.iu),
/* harmony export */   tF: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_2__.tF)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/* harmony import */ var _prices_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66414);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61036);





/***/ }),

/***/ 66414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   priceTableOf: () => (/* binding */ priceTableOf)
/* harmony export */ });
/* harmony import */ var _core_cost_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17056);

const tables = new WeakMap();
/**
 * The price table a run prices with: the built-in table under the config's `prices` (already
 * checked by the schema). Every pricer of the run (engines, the model proxy, the structured
 * calls and their budgets) takes it from here, so a gateway's or a new model holds a ceiling.
 */
function priceTableOf(config) {
    let table = tables.get(config.prices);
    if (table === undefined) {
        table = (0,_core_cost_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mergePrices */ .r$)(config.prices);
        tables.set(config.prices, table);
    }
    return table;
}


/***/ }),

/***/ 17056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ry: () => (/* reexport */ CostLedger),
  f7: () => (/* reexport */ prices/* DEFAULT_PRICES */.f),
  ho: () => (/* reexport */ price_table/* costOf */.ho),
  r$: () => (/* reexport */ price_table/* mergePrices */.r$)
});

// UNUSED EXPORTS: findPrice, modelKeys, priceOverrideProblems

// EXTERNAL MODULE: ./src/core/cost/prices.ts
var prices = __webpack_require__(3219);
// EXTERNAL MODULE: ./src/core/cost/price-table.ts
var price_table = __webpack_require__(75237);
// EXTERNAL MODULE: ./src/core/usage.ts
var core_usage = __webpack_require__(14528);
;// CONCATENATED MODULE: ./src/core/cost/ledger.ts

/**
 * The per-issue cost ledger: an immutable value (add returns a new ledger), so it can travel in
 * the PR's hidden state and be rebuilt anywhere. Each entry is one stage run.
 *
 * Unknown cost fails closed: an entry with a null cost could have spent anything, so once
 * there is one, the issue's remaining budget is unknown (`remaining()` gives null), every
 * `wouldExceed()` answers true and `check()` reports the crossing as `unknownCost`, unless no
 * ceiling applies. Pricing the model (a price override) is the way out, not ignoring it.
 */
class CostLedger {
    ceilings;
    entries;
    constructor(ceilings, entries) {
        this.ceilings = ceilings;
        this.entries = entries;
    }
    static create(ceilings = {}, entries = []) {
        return new CostLedger(ceilings, entries);
    }
    add(entry) {
        return new CostLedger(this.ceilings, [...this.entries, entry]);
    }
    totals() {
        let known = 0;
        let unknown = 0;
        let usage = (0,core_usage/* zeroUsage */.My)();
        let turns = 0;
        let durationMs = 0;
        for (const e of this.entries) {
            if (e.costUsd === null)
                unknown++;
            else
                known += e.costUsd;
            usage = (0,core_usage/* addUsage */.vk)(usage, e.usage);
            turns += e.turns;
            durationMs += e.durationMs;
        }
        return {
            costUsd: unknown > 0 ? null : known,
            knownCostUsd: known,
            unknownCostEntries: unknown,
            usage,
            turns,
            durationMs,
        };
    }
    stageCeiling(stage) {
        return this.ceilings.perStageUsd?.[stage] ?? this.ceilings.defaultStageUsd;
    }
    /** USD left for the issue: Infinity without a ceiling, null when spending is unknown. */
    remaining() {
        const limit = this.ceilings.perIssueUsd;
        if (limit === undefined)
            return Number.POSITIVE_INFINITY;
        const t = this.totals();
        return t.costUsd === null ? null : Math.max(0, limit - t.costUsd);
    }
    /** Would a stage run estimated at `usd` cross its stage ceiling or the issue's? */
    wouldExceed(next) {
        const stageLimit = this.stageCeiling(next.stage);
        if (stageLimit !== undefined && next.usd > stageLimit)
            return { ceiling: 'stage', stage: next.stage, limitUsd: stageLimit, spentUsd: next.usd };
        const limit = this.ceilings.perIssueUsd;
        if (limit === undefined)
            return null;
        const t = this.totals();
        if (t.costUsd === null)
            return { ceiling: 'issue', unknownCost: true };
        if (t.costUsd + next.usd > limit)
            return { ceiling: 'issue', limitUsd: limit, spentUsd: t.costUsd + next.usd };
        return null;
    }
    /** Every ceiling already crossed: a stage run over its ceiling, then the issue over its. */
    check() {
        const out = [];
        for (const e of this.entries) {
            const limit = this.stageCeiling(e.stage);
            if (limit === undefined)
                continue;
            if (e.costUsd === null)
                out.push({ ceiling: 'stage', stage: e.stage, unknownCost: true });
            else if (e.costUsd > limit)
                out.push({ ceiling: 'stage', stage: e.stage, limitUsd: limit, spentUsd: e.costUsd });
        }
        const limit = this.ceilings.perIssueUsd;
        if (limit !== undefined) {
            const t = this.totals();
            if (t.costUsd === null)
                out.push({ ceiling: 'issue', unknownCost: true });
            else if (t.costUsd > limit)
                out.push({ ceiling: 'issue', limitUsd: limit, spentUsd: t.costUsd });
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/core/cost/index.ts





/***/ }),

/***/ 14528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   My: () => (/* binding */ zeroUsage),
/* harmony export */   RP: () => (/* binding */ totalTokens),
/* harmony export */   TY: () => (/* binding */ TOKEN_USAGE_KEYS),
/* harmony export */   bP: () => (/* binding */ estimateTokens),
/* harmony export */   kr: () => (/* binding */ CHARS_PER_TOKEN),
/* harmony export */   vk: () => (/* binding */ addUsage)
/* harmony export */ });
/* unused harmony export sumUsage */
const TOKEN_USAGE_KEYS = ['input', 'output', 'cacheRead', 'cacheWrite'];
function zeroUsage() {
    return { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
}
function addUsage(a, b) {
    return {
        input: a.input + b.input,
        output: a.output + b.output,
        cacheRead: a.cacheRead + b.cacheRead,
        cacheWrite: a.cacheWrite + b.cacheWrite,
    };
}
function sumUsage(items) {
    let total = zeroUsage();
    for (const u of items)
        total = addUsage(total, u);
    return total;
}
/** Every token the run paid for, whatever its price. */
function totalTokens(u) {
    return u.input + u.output + u.cacheRead + u.cacheWrite;
}
/** About four characters per token for code and English: a deliberately simple, stated estimate. */
const CHARS_PER_TOKEN = 4;
/** Tokens of `text` where no tokenizer runs (prompt budgets, a scripted model's usage). */
function estimateTokens(text) {
    return Math.ceil(text.length / CHARS_PER_TOKEN);
}


/***/ }),

/***/ 65967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X4: () => (/* binding */ runChecked),
  d1: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: CommandError

// EXTERNAL MODULE: ./node_modules/execa/index.js + 131 modules
var execa = __webpack_require__(16993);
;// CONCATENATED MODULE: ./src/core/secrets/mask.ts
// Every printable form of a secret, and redaction of those forms from text. Pure: the callers
// (the process boundary's errors, the action's log masking) decide what counts as a secret.
/** What a redacted secret is replaced with. */
const REDACTED = '***';
// Shorter values would blank out ordinary words; a real token is far longer.
const MIN_SECRET_LENGTH = 6;
function base64(text) {
    return Buffer.from(text, 'utf8').toString('base64');
}
/**
 * The forms in which a secret can reach a log: as is, URL-encoded, base64 of itself, and base64
 * of the HTTP basic credential git sends (`x-access-token:<token>`), each also without base64
 * padding (a header or a URL may drop it). Longest first, so a longer form is redacted whole.
 */
function secretForms(secret) {
    const value = secret.trim();
    if (value.length < MIN_SECRET_LENGTH)
        return [];
    const b64 = [base64(value), base64(`x-access-token:${value}`)];
    const forms = new Set([
        value,
        encodeURIComponent(value),
        ...b64,
        ...b64.map((f) => f.replace(/=+$/, '')),
    ]);
    return [...forms].sort((a, b) => b.length - a.length);
}
/** The text with every form of every secret replaced by {@link REDACTED}. */
function redact(text, secrets) {
    let out = text;
    const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    for (const form of forms)
        out = out.split(form).join(REDACTED);
    return out;
}

;// CONCATENATED MODULE: ./src/engines/process.ts


class CommandError extends Error {
    command;
    exitCode;
    stderrTail;
    constructor(command, exitCode, stderrTail, message) {
        super(message);
        this.command = command;
        this.exitCode = exitCode;
        this.stderrTail = stderrTail;
        this.name = 'CommandError';
        Object.setPrototypeOf(this, CommandError.prototype);
    }
}
const DEFAULT_CAP = 4 * 1024 * 1024;
class TailBuffer {
    cap;
    chunks = [];
    size = 0;
    dropped = 0;
    constructor(cap) {
        this.cap = cap;
    }
    push(text) {
        this.chunks.push(text);
        this.size += text.length;
        while (this.size > this.cap && this.chunks.length > 1) {
            const first = this.chunks.shift() ?? '';
            this.size -= first.length;
            this.dropped += first.length;
        }
    }
    toString() {
        let text = this.chunks.join('');
        if (text.length > this.cap) {
            this.dropped += text.length - this.cap;
            text = text.slice(text.length - this.cap);
        }
        return this.dropped > 0 ? `[... ${this.dropped} characters dropped ...]\n${text}` : text;
    }
}
function killGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        // Negative pid: the whole group (the child is started detached, as a group leader).
        process.kill(-pid, signal);
    }
    catch {
        // Already gone.
    }
}
/** Splits a stream into lines for `onStdoutLine`; a line longer than the cap is cut, not kept. */
class LineSplitter {
    cap;
    onLine;
    pending = '';
    constructor(cap, onLine) {
        this.cap = cap;
        this.onLine = onLine;
    }
    push(chunk) {
        this.pending += chunk;
        let nl;
        while ((nl = this.pending.indexOf('\n')) >= 0) {
            this.emit(this.pending.slice(0, nl));
            this.pending = this.pending.slice(nl + 1);
        }
        if (this.pending.length > this.cap) {
            this.emit(this.pending);
            this.pending = '';
        }
    }
    flush() {
        if (this.pending !== '')
            this.emit(this.pending);
        this.pending = '';
    }
    emit(line) {
        this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
    }
}
async function runCommand(file, args, opts) {
    if (opts.confine) {
        const { jail, ...rest } = opts.confine;
        const c = await jail.confine(file, args, { ...rest, cwd: opts.cwd, env: opts.env });
        return spawnCapped(c.file, c.args, { ...opts, env: c.env });
    }
    return spawnCapped(file, args, opts);
}
async function spawnCapped(file, args, opts) {
    const started = Date.now();
    const cap = opts.maxOutputBytes ?? DEFAULT_CAP;
    const out = new TailBuffer(cap);
    const err = new TailBuffer(cap);
    const child = (0,execa/* execa */.Ho)(file, [...args], {
        cwd: opts.cwd,
        env: opts.env,
        extendEnv: false,
        input: opts.input,
        stdin: opts.input === undefined ? 'ignore' : 'pipe',
        reject: false,
        detached: true,
        buffer: false,
        stripFinalNewline: false,
    });
    const lines = opts.onStdoutLine ? new LineSplitter(cap, opts.onStdoutLine) : undefined;
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk) => {
        out.push(chunk);
        lines?.push(chunk);
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk) => err.push(chunk));
    let timedOut = false;
    let aborted = false;
    let stopping = false;
    let killTimer;
    const stop = () => {
        if (stopping)
            return;
        stopping = true;
        killGroup(child.pid, 'SIGTERM');
        killTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), opts.killGraceMs ?? 5000);
    };
    // When the leader exits, kill what it left behind right away: a backgrounded grandchild that
    // inherited stdout would otherwise keep the pipe open and the run waiting for it.
    child.on('exit', () => killGroup(child.pid, 'SIGKILL'));
    const timer = opts.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            stop();
        }, opts.timeoutMs)
        : undefined;
    const onAbort = () => {
        aborted = true;
        stop();
    };
    if (opts.signal?.aborted)
        onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
        const result = await child;
        lines?.flush();
        const spawnError = child.pid === undefined
            ? result.cause instanceof Error
                ? result.cause.message
                : result.shortMessage
            : undefined;
        return {
            exitCode: result.exitCode ?? null,
            signal: result.signal ?? null,
            stdout: out.toString(),
            stderr: err.toString(),
            timedOut,
            aborted,
            durationMs: Date.now() - started,
            ...(spawnError !== undefined ? { spawnError } : {}),
        };
    }
    finally {
        if (timer)
            clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
        killGroup(child.pid, 'SIGKILL');
        if (killTimer)
            clearTimeout(killTimer);
    }
}
/**
 * Runs a command and throws a CommandError (with the stderr tail) unless it exits 0. The error
 * names the command by its label (or the program alone), never by its argument values, and every
 * form of the given secrets is redacted from it: it reaches logs and the job summary.
 */
async function runChecked(file, args, opts) {
    const r = await runCommand(file, args, opts);
    if (r.exitCode !== 0) {
        const label = opts.label ?? file;
        const tail = redact(r.stderr.slice(-2000), opts.secrets ?? []);
        throw new CommandError(label, r.exitCode, tail, `${label} failed (exit ${r.exitCode ?? r.signal}): ${tail.trim()}`);
    }
    return r;
}


/***/ }),

/***/ 40998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ APP_PERMISSIONS),
/* harmony export */   h: () => (/* binding */ githubChecks)
/* harmony export */ });
/* harmony import */ var _forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70656);
/* harmony import */ var _forge_github_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87716);
/* harmony import */ var _doctor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1908);
/* harmony import */ var _repo_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51045);
// `lailatov doctor --github OWNER/REPO`: what a run needs on GitHub, read through the API: the
// workflow file on the default branch, the secrets it reads, the labels, and either a GitHub App
// with the right permissions or the Actions setting that lets GITHUB_TOKEN open PRs.




/** The model keys a workflow may read; one is enough, unless the cloud signs in through OIDC. */
const MODEL_KEYS = ['ANTHROPIC_API_KEY', 'OPENROUTER_API_KEY', 'OPENAI_API_KEY', 'GEMINI_API_KEY'];
const OIDC = /aws-actions\/configure-aws-credentials|google-github-actions\/auth/;
/** What the App must be granted, and must not be (docs/quickstart.md, step 4). */
const APP_PERMISSIONS = {
    contents: 'write',
    issues: 'write',
    pull_requests: 'write',
    checks: 'write',
    metadata: 'read',
};
async function workflowText(a, ref) {
    try {
        const { data } = await a.octokit.rest.repos.getContent({ ...a.repo, path: _doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKFLOW_PATH */ .A8, ref });
        return !Array.isArray(data) && data.type === 'file'
            ? Buffer.from(data.content, 'base64').toString('utf8')
            : null;
    }
    catch (e) {
        if ((0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(e, 404))
            return null;
        throw e;
    }
}
function secretChecks(workflow, have) {
    const read = [...(workflow ?? '').matchAll(/secrets\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1] ?? '');
    if (workflow !== null && OIDC.test(workflow))
        return [
            (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('model key', 'the workflow signs in to the cloud through OIDC: no key secret needed'),
        ];
    const keys = MODEL_KEYS.filter((k) => read.length === 0 || read.includes(k));
    const present = keys.filter((k) => have.has(k));
    return [
        present.length > 0
            ? (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('model key', `secret ${present.join(', ')} is set`)
            : (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('model key', `none of the secrets ${keys.join(', ')} is set`, 'lailatov init --github OWNER/REPO --secret ANTHROPIC_API_KEY (with the key in your environment), or Settings → Secrets and variables → Actions'),
    ];
}
async function appChecks(a, variables, secrets) {
    const appId = variables.get('LAILATOV_APP_ID');
    if (appId === undefined || appId === '') {
        const perms = await (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkflowPermissions */ .SO)(a.octokit, a.repo);
        return [
            (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .warn */ .R8)('github app', 'no App (variable LAILATOV_APP_ID): PRs the suite opens start no CI', 'lailatov app create --github OWNER/REPO'),
            perms.canCreatePullRequests
                ? (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('actions may open PRs', 'GITHUB_TOKEN may open pull requests')
                : (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('actions may open PRs', 'without an App, GITHUB_TOKEN must be allowed to open pull requests, and it is not', 'lailatov init --github OWNER/REPO --allow-prs, or Settings → Actions → General → Workflow permissions'),
        ];
    }
    const checks = [];
    const bot = variables.get('LAILATOV_BOT') ?? '';
    checks.push(secrets.has('LAILATOV_APP_PRIVATE_KEY')
        ? (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('app key', 'secret LAILATOV_APP_PRIVATE_KEY is set')
        : (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('app key', `App ${appId} has no private key secret`, 'store it as LAILATOV_APP_PRIVATE_KEY (lailatov app create does)'));
    const slug = /^(.+)\[bot\]$/.exec(bot)?.[1];
    if (slug === undefined) {
        checks.push((0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('app bot', `variable LAILATOV_BOT is "${bot}", not "<app-slug>[bot]"`, "set LAILATOV_BOT to the App's bot login, e.g. my-app[bot]"));
        return checks;
    }
    try {
        const { data } = await a.octokit.request('GET /apps/{app_slug}', { app_slug: slug });
        const granted = (data?.permissions ?? {});
        const wrong = Object.entries(APP_PERMISSIONS)
            .filter(([k, v]) => granted[k] !== v && !(v === 'read' && granted[k] === 'write'))
            .map(([k, v]) => `${k}: ${v} (has ${granted[k] ?? 'none'})`);
        if (granted.workflows !== undefined)
            wrong.push(`workflows: none (has ${granted.workflows})`);
        checks.push(wrong.length === 0
            ? (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('app permissions', `App ${slug} has exactly what the suite needs`)
            : (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('app permissions', `App ${slug}: ${wrong.join('; ')}`, `change them at the App's settings page (Permissions & events), then accept them on the installation`));
    }
    catch (e) {
        if (!(0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(e, 404))
            throw e;
        checks.push((0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('app permissions', `no App with the slug ${slug}`, 'check the variable LAILATOV_BOT, or create the App: lailatov app create'));
    }
    return checks;
}
async function githubChecks(a) {
    let defaultBranch;
    try {
        defaultBranch = (await a.octokit.rest.repos.get({ ...a.repo })).data.default_branch;
    }
    catch (e) {
        const status = e.status;
        return [
            (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('repository', `cannot read ${a.repo.owner}/${a.repo.repo} (HTTP ${status ?? '?'})`, 'check the name, and that the token (GITHUB_TOKEN or gh auth) can read the repository'),
        ];
    }
    const checks = [
        (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('repository', `${a.repo.owner}/${a.repo.repo}, default branch ${defaultBranch}`),
    ];
    const workflow = await workflowText(a, defaultBranch);
    checks.push(...(0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .workflowChecks */ .n9)(workflow, `on ${defaultBranch}`));
    let secrets;
    let variables;
    try {
        [secrets, variables] = await Promise.all([
            (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .listSecretNames */ .h5)(a.octokit, a.repo),
            (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .listVariables */ .ce)(a.octokit, a.repo),
        ]);
    }
    catch (e) {
        if (!(0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(e, 403) && !(0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(e, 404))
            throw e;
        checks.push((0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('secrets', 'the token cannot list the secrets and variables', 'use a token with admin rights on the repository (a fine-grained token with Secrets and Variables: read)'));
        return checks;
    }
    checks.push(...secretChecks(workflow, secrets));
    const labels = await a.octokit.paginate(a.octokit.rest.issues.listLabelsForRepo, {
        ...a.repo,
        per_page: 100,
    });
    const have = new Set(labels.map((l) => l.name.toLowerCase()));
    const missing = Object.values(_forge_github_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LABELS */ .kg)
        .filter((l) => !have.has(l.name.toLowerCase()))
        .map((l) => l.name);
    checks.push(missing.length === 0
        ? (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('labels', 'every label the suite uses exists')
        : missing.includes(_forge_github_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LABELS */ .kg.trigger.name)
            ? (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('labels', `missing ${missing.join(', ')}`, 'lailatov init --github OWNER/REPO creates them')
            : (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .warn */ .R8)('labels', `missing ${missing.join(', ')} (created on first use)`, 'lailatov init --github OWNER/REPO creates them'));
    checks.push(...(await appChecks(a, variables, secrets)));
    return checks;
}


/***/ }),

/***/ 1908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ WORKFLOW_PATH),
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   Lj: () => (/* binding */ localChecks),
/* harmony export */   R8: () => (/* binding */ warn),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   gH: () => (/* binding */ renderChecks),
/* harmony export */   n9: () => (/* binding */ workflowChecks)
/* harmony export */ });
/* unused harmony exports CALLER_PERMISSIONS, MIN_RUNNER */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89750);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_risk_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51230);
// `lailatov doctor`: one checklist of what a run needs, each item with its fix. The local checks
// read the checkout; the GitHub ones (doctor-github.ts) read the repository through the API.






const pass = (name, detail) => ({
    name,
    status: 'pass',
    detail,
    fix: '',
});
const fail = (name, detail, fix) => ({
    name,
    status: 'fail',
    detail,
    fix,
});
const warn = (name, detail, fix) => ({
    name,
    status: 'warn',
    detail,
    fix,
});
const WORKFLOW_PATH = '.github/workflows/lailatov.yml';
/** The permissions the caller job must grant: the union of the stages' needs (docs/actions.md). */
const CALLER_PERMISSIONS = {
    contents: 'write',
    issues: 'write',
    'pull-requests': 'write',
    checks: 'write',
};
/** node24 actions need this runner version (GitHub-hosted runners have it). */
const MIN_RUNNER = '2.327.1';
const HOSTED = /^(ubuntu|windows|macos)-/;
function message(e) {
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isUserError */ .i)(e) ? e.message : e instanceof Error ? e.message : String(e);
}
async function exists(p) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(p).then(() => true, () => false);
}
/** The checks on a caller workflow's text (local file or the default branch's). */
function workflowChecks(text, where) {
    if (text === null)
        return [
            fail('workflow file', `${WORKFLOW_PATH} not found ${where}`, "run 'lailatov init' (or 'init --github OWNER/REPO --pr'), then commit and push it"),
        ];
    let doc;
    try {
        doc = ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text) ?? {});
    }
    catch (e) {
        return [
            fail('workflow file', `${WORKFLOW_PATH} ${where} is not valid YAML: ${message(e)}`, 'fix the YAML, or rewrite it with lailatov init --force'),
        ];
    }
    const jobs = Object.entries(doc.jobs ?? {});
    const suite = jobs.filter(([, j]) => {
        const steps = Array.isArray(j.steps) ? j.steps : [];
        return [j.uses, ...steps.map((s) => s.uses)].some((u) => typeof u === 'string' && u.startsWith('lailatov/lailatov'));
    });
    if (suite.length === 0)
        return [
            fail('workflow file', `${WORKFLOW_PATH} ${where} runs no LailaTov job`, 'rewrite it from the template: lailatov init --force'),
        ];
    const checks = [pass('workflow file', `${WORKFLOW_PATH} ${where}`)];
    for (const [name, job] of suite) {
        const granted = (job.permissions ?? {});
        const missing = Object.entries(CALLER_PERMISSIONS)
            .filter(([k, v]) => granted[k] !== v && granted[k] !== 'write-all')
            .map(([k, v]) => `${k}: ${v}`);
        checks.push(missing.length === 0 && job.permissions !== 'write-all'
            ? pass('workflow permissions', `job ${name} grants what the stages need`)
            : job.permissions === 'write-all'
                ? warn('workflow permissions', `job ${name} grants write-all`, 'grant only contents, issues, pull-requests and checks: write (the template does)')
                : fail('workflow permissions', `job ${name} lacks ${missing.join(', ')}`, "copy the template's permissions block (lailatov init --force rewrites the file)"));
        const runsOn = [job['runs-on']].flat().filter((x) => typeof x === 'string');
        if (runsOn.length > 0 && !runsOn.some((r) => HOSTED.test(r)))
            checks.push(warn('runner version', `job ${name} runs on ${runsOn.join(', ')}`, `self-hosted runners need v${MIN_RUNNER} or later (node24 actions): Settings → Actions → Runners shows their versions`));
    }
    return checks;
}
/** Whether `name` is an executable on PATH (no process started). */
async function onPath(name, env) {
    for (const dir of (env.PATH ?? '').split(':').filter(Boolean))
        if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name)))
            return true;
    return false;
}
/** The checks on a checkout: config, policy, the workflow file, and what local runs need. */
async function localChecks(dir, env) {
    const checks = [];
    // Outside a checkout (doctor --github from anywhere), only what local runs need is checked.
    if (!(await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.git'))))
        return [...checks, ...(await machineChecks(env))];
    const configFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_PATH */ .tF);
    if (!(await exists(configFile)))
        checks.push(pass('config', `no ${_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_PATH */ .tF}: the defaults apply`));
    else
        await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfigFile */ .HT)(configFile).then(() => checks.push(pass('config', `${_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_PATH */ .tF} is valid`)), (e) => checks.push(fail('config', message(e), `fix ${_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_PATH */ .tF} (docs/configuration.md lists every key)`)));
    const policy = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'risk-policy.json'), 'utf8').catch(() => null);
    if (policy === null)
        checks.push(warn('risk policy', 'no risk-policy.json: every path gets the default tier, which requires tests', "run 'lailatov init' for the template, and adapt its globs"));
    else {
        try {
            (0,_core_risk_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePolicyText */ .XL)(policy);
            checks.push(pass('risk policy', 'risk-policy.json is valid'));
        }
        catch (e) {
            checks.push(fail('risk policy', message(e), 'lailatov policy check risk-policy.json lists every problem'));
        }
    }
    const workflow = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, WORKFLOW_PATH), 'utf8').catch(() => null);
    checks.push(...workflowChecks(workflow, 'in this checkout'));
    const ignore = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.gitignore'), 'utf8').catch(() => '');
    checks.push(ignore.split(/\r?\n/).some((l) => l.trim().replace(/^\/|\/$/g, '') === '.lailatov')
        ? pass('.gitignore', '.lailatov/ (local runs) is ignored')
        : warn('.gitignore', '.lailatov/ is not in .gitignore', "add a line '.lailatov/' (lailatov init does)"));
    checks.push(...(await machineChecks(env)));
    return checks;
}
/** What local runs need on this machine: Node and bubblewrap. */
async function machineChecks(env) {
    const checks = [];
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    checks.push(major > 20 || (major === 20 && minor >= 19)
        ? pass('node', `Node ${process.versions.node}`)
        : fail('node', `Node ${process.versions.node}: local runs need 20.19 or later`, 'install Node 20.19+ (nvm install 20)'));
    checks.push((await onPath('bwrap', env))
        ? pass('sandbox', 'bubblewrap is installed (local runs sandbox every agent command)')
        : warn('sandbox', 'bubblewrap (bwrap) is not on PATH: local runs cannot sandbox the agent', 'sudo apt-get install -y bubblewrap socat (Linux); or set sandbox: {mode: off} in the config, and every report says so'));
    return checks;
}
const MARK = { pass: 'ok  ', fail: 'FAIL', warn: 'warn' };
function renderChecks(checks) {
    const width = Math.max(...checks.map((c) => c.name.length));
    const lines = checks.map((c) => `${MARK[c.status]}  ${c.name.padEnd(width)}  ${c.detail}${c.fix ? `\n      ${''.padEnd(width)}  fix: ${c.fix}` : ''}`);
    const failed = checks.filter((c) => c.status === 'fail').length;
    const warned = checks.filter((c) => c.status === 'warn').length;
    return `${lines.join('\n')}\n\n${failed === 0 ? 'Ready' : `${failed} check(s) failed`}${warned > 0 ? `, ${warned} warning(s)` : ''}.\n`;
}


/***/ }),

/***/ 51045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ putSecret),
/* harmony export */   NI: () => (/* binding */ storeAppCredentials),
/* harmony export */   QI: () => (/* binding */ allowWorkflowPullRequests),
/* harmony export */   SO: () => (/* binding */ readWorkflowPermissions),
/* harmony export */   ce: () => (/* binding */ listVariables),
/* harmony export */   h5: () => (/* binding */ listSecretNames)
/* harmony export */ });
/* unused harmony export setVariable */
/* harmony import */ var libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54768);
/* harmony import */ var _forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70656);
// A repository's Actions settings through the API, for `init --github`, `app create` and
// `doctor`: the workflow token's PR setting, secrets (sealed with the repository's public key:
// the plain value never leaves this process) and variables. Every write is idempotent.


async function readWorkflowPermissions(octokit, repo) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/permissions/workflow', {
        ...repo,
    });
    return {
        canCreatePullRequests: data.can_approve_pull_request_reviews,
        defaultPermissions: data.default_workflow_permissions,
    };
}
/** Lets GITHUB_TOKEN open PRs; the default permissions are left as they are. */
async function allowWorkflowPullRequests(octokit, repo) {
    await octokit.request('PUT /repos/{owner}/{repo}/actions/permissions/workflow', {
        ...repo,
        can_approve_pull_request_reviews: true,
    });
}
async function listSecretNames(octokit, repo) {
    const secrets = await octokit.paginate('GET /repos/{owner}/{repo}/actions/secrets', {
        ...repo,
        per_page: 100,
    });
    return new Set(secrets.map((s) => s.name));
}
/** Seals `value` for the repository (libsodium's sealed box, as GitHub requires) and stores it. */
async function putSecret(octokit, repo, name, value) {
    await libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].ready */ .Ay.ready;
    const { data: key } = await octokit.request('GET /repos/{owner}/{repo}/actions/secrets/public-key', { ...repo });
    const sealed = libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay.crypto_box_seal(libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].from_string */ .Ay.from_string(value), libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].from_base64 */ .Ay.from_base64(key.key, libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].base64_variants */ .Ay.base64_variants.ORIGINAL));
    const r = await octokit.request('PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}', {
        ...repo,
        secret_name: name,
        encrypted_value: libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].to_base64 */ .Ay.to_base64(sealed, libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].base64_variants */ .Ay.base64_variants.ORIGINAL),
        key_id: key.key_id,
    });
    return r.status === 201 ? 'created' : 'updated';
}
async function listVariables(octokit, repo) {
    const variables = await octokit.paginate('GET /repos/{owner}/{repo}/actions/variables', {
        ...repo,
        per_page: 30,
    });
    return new Map(variables.map((v) => [v.name, v.value]));
}
/** Creates the variable, or updates it when it exists with another value. */
async function setVariable(octokit, repo, name, value) {
    const current = (await listVariables(octokit, repo)).get(name);
    if (current === value)
        return 'unchanged';
    if (current !== undefined) {
        await octokit.request('PATCH /repos/{owner}/{repo}/actions/variables/{name}', {
            ...repo,
            name,
            value,
        });
        return 'updated';
    }
    try {
        await octokit.request('POST /repos/{owner}/{repo}/actions/variables', { ...repo, name, value });
        return 'created';
    }
    catch (e) {
        if (!(0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(e, 409))
            throw e;
        // Created meanwhile (another run): set ours.
        await octokit.request('PATCH /repos/{owner}/{repo}/actions/variables/{name}', {
            ...repo,
            name,
            value,
        });
        return 'updated';
    }
}
/** What `app create` stores: the App's id and bot login as variables, its key as a secret. */
async function storeAppCredentials(octokit, repo, app) {
    return [
        `variable LAILATOV_APP_ID: ${await setVariable(octokit, repo, 'LAILATOV_APP_ID', String(app.appId))}`,
        `variable LAILATOV_BOT: ${await setVariable(octokit, repo, 'LAILATOV_BOT', `${app.slug}[bot]`)}`,
        `secret LAILATOV_APP_PRIVATE_KEY: ${await putSecret(octokit, repo, 'LAILATOV_APP_PRIVATE_KEY', app.pem)}`,
    ];
}


/***/ })

};
