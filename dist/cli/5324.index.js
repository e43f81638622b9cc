export const id = 5324;
export const ids = [5324,7171];
export const modules = {

/***/ 17171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_POLICY_FILE: () => (/* binding */ DEFAULT_POLICY_FILE),
/* harmony export */   loadPolicyFile: () => (/* binding */ loadPolicyFile),
/* harmony export */   policyCommand: () => (/* binding */ policyCommand),
/* harmony export */   reportingUserErrors: () => (/* binding */ reportingUserErrors),
/* harmony export */   summarizePolicy: () => (/* binding */ summarizePolicy)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_risk_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84201);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71604);






const DEFAULT_POLICY_FILE = 'risk-policy.json';
const HELP = `Usage: lailatov policy check FILE

Validates a risk policy (risk-policy.json). Prints a one-line summary when it is valid;
otherwise lists every problem, each with its JSON path and the fix.

Exit codes: 0 valid, 2 invalid or unreadable.
`;
/**
 * Reads and validates a policy file. `file` is relative to `cwd`; without it the default
 * ./risk-policy.json is read, and its absence says how to point at another file.
 */
async function loadPolicyFile(cwd, file) {
    const name = file ?? DEFAULT_POLICY_FILE;
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, name);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' && file === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`no ${DEFAULT_POLICY_FILE} in ${cwd}. Fix: pass --policy FILE, or create ${DEFAULT_POLICY_FILE} (see 'lailatov policy --help').`);
        }
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EISDIR'
                ? 'it is a directory'
                : String(code ?? e);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`cannot read policy file ${name}: ${why}. Fix: pass the path of a readable risk-policy.json.`);
    }
    return (0,_core_risk_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicyText */ .XL)(text, name);
}
function summarizePolicy(name, policy) {
    const counts = _core_risk_index_js__WEBPACK_IMPORTED_MODULE_4__/* .TIERS */ .iB.map((t) => `${policy.riskTierRules[t].length} ${t}`).join(', ');
    const version = policy.version === undefined ? '' : ` (version ${policy.version})`;
    return (`${name}: valid risk policy${version}: ${counts} patterns; ` +
        `${policy.blockedPatterns.length} blocked; ${policy.protectedPaths.length} protected paths; ` +
        `default tier ${policy.defaultTier}.`);
}
/**
 * Runs a command body and reports a UserError as main.ts does (message, then every problem),
 * so the command keeps its exit-code contract when called directly, not only through main().
 */
async function reportingUserErrors(name, io, body) {
    try {
        return await body();
    }
    catch (e) {
        if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isUserError */ .i)(e))
            throw e;
        io.stderr(`lailatov ${name}: ${e.message}\n`);
        for (const problem of e.problems)
            io.stderr(`  - ${problem}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.badInput;
    }
}
async function check(file, io) {
    const policy = await loadPolicyFile(io.cwd, file);
    io.stdout(`${summarizePolicy(file, policy)}\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.ok;
}
const policyCommand = async (args, io) => {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: { help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
        });
    }
    catch (e) {
        io.stderr(`lailatov policy: ${e.message}\n\n${HELP}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.badInput;
    }
    if (parsed.values.help) {
        io.stdout(HELP);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.ok;
    }
    const [sub, file, ...extra] = parsed.positionals;
    if (sub !== 'check' || file === undefined || extra.length > 0) {
        const what = sub === undefined
            ? 'missing subcommand'
            : sub !== 'check'
                ? `unknown subcommand '${sub}'`
                : file === undefined
                    ? 'missing FILE'
                    : 'too many arguments';
        io.stderr(`lailatov policy: ${what}.\n\n${HELP}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.badInput;
    }
    return reportingUserErrors('policy', io, () => check(file, io));
};


/***/ }),

/***/ 5324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  riskCommand: () => (/* binding */ riskCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/risk/index.ts + 1 modules
var risk = __webpack_require__(84201);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/engines/process.ts + 1 modules
var process = __webpack_require__(65967);
;// CONCATENATED MODULE: ./src/forge/local/diff-range.ts


function checkRef(flag, ref) {
    // A ref that starts with `-` would be read by git as an option.
    if (ref === '' || ref.startsWith('-')) {
        throw new errors/* UserError */.y(`${flag} '${ref}' is not a git ref. Fix: pass a branch, tag or commit such as origin/main.`);
    }
}
/**
 * The paths changed between the merge base of `base` and `head`, and `head`
 * (`git diff --name-only base...head`). Renames count as a deletion plus an addition so that
 * moving a file out of a protected or high-risk path still shows its old path. NUL-separated
 * output keeps unusual file names intact.
 */
async function filesChangedInRange({ cwd, base, head = 'HEAD', env, }) {
    checkRef('--base', base);
    checkRef('--head', head);
    const result = await (0,process/* runCommand */.d1)('git', ['diff', '--name-only', '--no-renames', '-z', `${base}...${head}`, '--'], { cwd, env: definedOnly(env) });
    if (result.exitCode !== 0) {
        const tail = (result.stderr || result.spawnError || `exit ${result.exitCode ?? result.signal}`)
            .trim()
            .split('\n')
            .slice(-3)
            .join(' ');
        throw new errors/* UserError */.y(`git diff ${base}...${head} failed in ${cwd}: ${tail}. Fix: check that both refs exist (git fetch them first) and that this is a git repository.`);
    }
    return result.stdout.split('\0').filter((p) => p !== '');
}
function definedOnly(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/commands/policy.ts
var commands_policy = __webpack_require__(17171);
;// CONCATENATED MODULE: ./src/cli/commands/risk.ts





const HELP = `Usage: lailatov risk [--policy FILE] [--json] [PATH ...]
       lailatov risk [--policy FILE] [--json] --base REF [--head REF]

Classifies changed paths against a risk policy: each file's tier and the pattern that decided
it, then the PR's tier, its required checks, whether a human must approve, and blocked files.

Paths come from the arguments, or from stdin (one per line) when none are given, or from
'git diff --name-only BASE...HEAD' in the current directory with --base.

Options:
  --policy FILE  the policy to apply (default: ./risk-policy.json)
  --json         print one JSON object:
                 {"tier","files":[{"path","tier","pattern"}],"requiredChecks",
                  "humanApprovalRequired","blocked":[{"path","pattern"}],"protected"}
  --base REF     take the changed paths from git, against this base ref
  --head REF     the head ref for --base (default: HEAD)
  -h, --help     show this help

Exit codes: 0 classified, 3 a blocked file changed, 2 bad input (policy, file, git ref, usage).
`;
const OPTIONS = {
    policy: { type: 'string' },
    json: { type: 'boolean' },
    base: { type: 'string' },
    head: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
async function readLines(io) {
    let text = '';
    for await (const chunk of io.stdin)
        text += typeof chunk === 'string' ? chunk : String(chunk);
    return text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
function table(rows) {
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
    return rows
        .map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '))
        .join('\n');
}
function render(result) {
    if (result.tier === 'none')
        return 'No changed files: PR tier none (nothing to classify).\n';
    const guarded = new Set(result.protected.map((p) => p.path));
    const rows = [['PATH', 'TIER', 'DECIDED BY']];
    for (const f of result.files) {
        const by = f.pattern ?? '(default)';
        rows.push([f.path, f.tier, guarded.has(f.path) ? `${by} (protected)` : by]);
    }
    const approval = result.humanApprovalRequired
        ? `required${result.protected.length > 0 ? ' (protected path changed)' : ''}`
        : 'not required';
    const lines = [
        table(rows),
        '',
        `PR tier: ${result.tier}${result.description ? ` (${result.description})` : ''}`,
        `Required checks: ${result.requiredChecks.join(', ') || '(none)'}`,
        `Human approval: ${approval}`,
        `Blocked: ${result.blocked.length === 0 ? 'none' : `${result.blocked.length} file(s)`}`,
        ...result.blocked.map((b) => `  ${b.path}  (${b.pattern}${b.reason ? `: ${b.reason}` : ''})`),
    ];
    return `${lines.join('\n')}\n`;
}
async function run(values, positionals, io) {
    const policy = await (0,commands_policy.loadPolicyFile)(io.cwd, values.policy);
    let paths;
    if (values.base !== undefined) {
        paths = await filesChangedInRange({
            cwd: io.cwd,
            base: values.base,
            head: values.head ?? 'HEAD',
            env: io.env,
        });
    }
    else if (positionals.length > 0) {
        paths = positionals;
    }
    else {
        paths = await readLines(io);
    }
    const result = (0,risk/* classify */.L8)(policy, paths);
    io.stdout(values.json ? `${JSON.stringify(result)}\n` : render(result));
    return result.blocked.length > 0 ? cli_io/* ExitCode */.y.blocked : cli_io/* ExitCode */.y.ok;
}
function usageError(message, io) {
    io.stderr(`lailatov risk: ${message}\n\n${HELP}`);
    return cli_io/* ExitCode */.y.badInput;
}
const riskCommand = async (args, io) => {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, allowPositionals: true });
    }
    catch (e) {
        return usageError(e.message, io);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(HELP);
        return cli_io/* ExitCode */.y.ok;
    }
    if (values.head !== undefined && values.base === undefined)
        return usageError('--head needs --base.', io);
    if (values.base !== undefined && positionals.length > 0) {
        return usageError('give either PATH arguments or --base, not both.', io);
    }
    if (values.base === undefined && positionals.length === 0 && io.stdinIsTty) {
        return usageError('no paths: pass PATH arguments, pipe one path per line on stdin, or use --base REF.', io);
    }
    return (0,commands_policy.reportingUserErrors)('risk', io, () => run(values, positionals, io));
};


/***/ }),

/***/ 84201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YX: () => (/* reexport */ parse/* DEFAULT_PROTECTED_PATHS */.YX),
  iB: () => (/* reexport */ types/* TIERS */.i),
  L8: () => (/* reexport */ classify),
  ON: () => (/* reexport */ parse/* parsePolicy */.ON),
  XL: () => (/* reexport */ parse/* parsePolicyText */.XL)
});

// UNUSED EXPORTS: DEFAULT_REQUIRED_CHECKS, DEFAULT_TIER, MINIMATCH_OPTIONS, PatternSet, compilePolicy, isTier, normalizePath, toGlob

// EXTERNAL MODULE: ./src/core/risk/glob.ts
var risk_glob = __webpack_require__(7765);
// EXTERNAL MODULE: ./src/core/risk/pattern-set.ts
var pattern_set = __webpack_require__(52744);
// EXTERNAL MODULE: ./src/core/risk/types.ts
var types = __webpack_require__(11326);
;// CONCATENATED MODULE: ./src/core/risk/classify.ts



function compileGlobs(rules) {
    const entries = [];
    for (const [pattern, value] of rules) {
        const glob = (0,risk_glob/* toGlob */.aZ)(pattern);
        // parsePolicy rejects patterns that name nothing; a hand-built policy may still hold one.
        if (glob !== undefined)
            entries.push({ glob, value });
    }
    return new pattern_set/* PatternSet */.D(entries);
}
function compilePolicy(policy) {
    // Ordered high → low, each tier in the policy's order: the first match is the deciding one.
    const tiers = compileGlobs(types/* TIERS */.i.flatMap((tier) => policy.riskTierRules[tier].map((pattern) => [pattern, { tier, pattern }])));
    const protectedPaths = compileGlobs(policy.protectedPaths.map((p) => [p, p]));
    const blocked = compileGlobs(policy.blockedPatterns.map((b) => [b.pattern, b]));
    const classify = (paths) => {
        const files = [];
        const blockedFiles = [];
        const protectedFiles = [];
        const seen = new Set();
        let rank = types/* TIERS */.i.length;
        for (const raw of paths) {
            const path = (0,risk_glob/* normalizePath */.Fd)(raw);
            if (path === '')
                continue;
            // One hash look-up, not has() then add(): a repeat leaves the size unchanged.
            const before = seen.size;
            if (seen.add(path).size === before)
                continue;
            // Split once: the three sets share the slices (and V8's cached hashes of them).
            const slash = path.lastIndexOf('/');
            const directory = slash === -1 ? '' : path.slice(0, slash);
            const name = slash === -1 ? path : path.slice(slash + 1);
            const rule = tiers.matchIn(path, directory, name);
            let tier = rule?.tier ?? policy.defaultTier;
            let pattern = rule?.pattern ?? null;
            const guard = protectedPaths.matchIn(path, directory, name);
            if (guard !== undefined) {
                protectedFiles.push({ path, pattern: guard });
                if (tier !== 'high') {
                    tier = 'high';
                    pattern = guard;
                }
            }
            const block = blocked.matchIn(path, directory, name);
            if (block !== undefined) {
                blockedFiles.push(block.reason === undefined
                    ? { path, pattern: block.pattern }
                    : { path, pattern: block.pattern, reason: block.reason });
            }
            files.push({ path, tier, pattern });
            rank = Math.min(rank, types/* TIERS */.i.indexOf(tier));
        }
        const prTier = types/* TIERS */.i[rank];
        if (prTier === undefined) {
            // Nothing changed: an outcome of its own, never a silent `low` (predecessor bug, §3.1).
            return {
                tier: 'none',
                files,
                requiredChecks: [],
                humanApprovalRequired: false,
                blocked: [],
                protected: [],
            };
        }
        const merge = policy.mergePolicy[prTier];
        if (merge === undefined) {
            throw new Error(`risk policy has no mergePolicy.${prTier}; load policies through parsePolicy`);
        }
        return {
            tier: prTier,
            files,
            requiredChecks: [...merge.requiredChecks],
            humanApprovalRequired: merge.humanApprovalRequired || protectedFiles.length > 0,
            blocked: blockedFiles,
            protected: protectedFiles,
            ...(merge.description === undefined ? {} : { description: merge.description }),
        };
    };
    return { policy, classify };
}
const compiledPolicies = new WeakMap();
/** Classifies changed paths; the policy's globs are compiled on first use and then reused. */
function classify(policy, paths) {
    let compiled = compiledPolicies.get(policy);
    if (compiled === undefined) {
        compiled = compilePolicy(policy);
        compiledPolicies.set(policy, compiled);
    }
    return compiled.classify(paths);
}

// EXTERNAL MODULE: ./src/core/risk/parse.ts + 1 modules
var parse = __webpack_require__(51230);
;// CONCATENATED MODULE: ./src/core/risk/index.ts







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


/***/ })

};
