"use strict";
exports.id = 699;
exports.ids = [699,694];
exports.modules = {

/***/ 83699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eR: () => (/* binding */ outcomeRecord),
/* harmony export */   gf: () => (/* binding */ outcomeStore),
/* harmony export */   or: () => (/* binding */ finishPipeline),
/* harmony export */   yK: () => (/* binding */ runIdentity)
/* harmony export */ });
/* unused harmony export SUITE_VERSION */
/* harmony import */ var _forge_github_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87716);
/* harmony import */ var _outcomes_git_branch_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88694);
/* harmony import */ var _stages_closing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(280);



const SUITE_VERSION = '0.1.0';
/**
 * The outcome store of this repository, with the store's retry budget (sized for many runs
 * appending at once), its backoff scaled like the client's for tests.
 */
function outcomeStore(ctx) {
    return new _outcomes_git_branch_store_js__WEBPACK_IMPORTED_MODULE_1__.GitBranchOutcomeStore({
        octokit: ctx.octokit,
        repo: ctx.runner.repo,
        backoffScale: ctx.runner.backoffScale,
    });
}
/** Who ran: this workflow run, for the outcome record. */
function runIdentity(ctx) {
    return {
        repo: `${ctx.runner.repo.owner}/${ctx.runner.repo.repo}`,
        runId: ctx.runner.runId,
        runAttempt: ctx.runner.runAttempt,
        source: ctx.source,
        suiteVersion: SUITE_VERSION,
    };
}
function outcomeRecord(ctx, t) {
    return (0,_stages_closing_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeRecordOf */ .Rn)(runIdentity(ctx), t, new Date());
}
async function finishPipeline(ctx, t) {
    const { forge, config, deps } = ctx.session;
    await (0,_stages_closing_js__WEBPACK_IMPORTED_MODULE_2__/* .closePipeline */ .zf)({ forge, config, notifier: ctx.notifier, clock: deps.clock }, {
        store: { append: async (r) => void (await outcomeStore(ctx).append(r)) },
        identity: runIdentity(ctx),
        terminal: t,
        clearLabels: [_forge_github_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .LABELS */ .kg.working.name],
    });
}


/***/ }),

/***/ 44637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ reviewFindingSchema),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   VR: () => (/* binding */ isTreeGateFinding),
/* harmony export */   Xb: () => (/* binding */ toOutcomeFinding),
/* harmony export */   jb: () => (/* binding */ describeFinding),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   u4: () => (/* binding */ track)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _protected_tree_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1530);



const SEVERITIES = ['blocking', 'major', 'minor', 'nit'];
/** A finding as the review model returns it. */
const reviewFindingSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(SEVERITIES),
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    startLine: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).nullable(),
    endLine: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).nullable(),
    rule: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    suggestion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable().optional(),
});
/**
 * A stable identity for a finding across rounds: the rule, the file and the message with
 * numbers and spacing normalised. Line numbers are left out on purpose: they move when the
 * code above them changes, and the finding is still the same one.
 */
function fingerprint(f) {
    const message = f.message.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
    const key = `${f.rule.trim().toLowerCase()}\0${f.path ?? ''}\0${message}`;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 16);
}
function track(f, round) {
    const start = f.startLine;
    const lines = start === null ? null : { start, end: Math.max(start, f.endLine ?? start) };
    return {
        severity: f.severity,
        path: f.path,
        lines,
        rule: f.rule,
        message: f.message,
        suggestion: f.suggestion ?? null,
        fingerprint: fingerprint(f),
        status: 'open',
        firstRound: round,
        survivedRounds: 0,
    };
}
function toOutcomeFinding(f) {
    return {
        severity: f.severity,
        path: f.path,
        lines: f.lines,
        rule: f.rule,
        message: f.message,
        fingerprint: f.fingerprint,
        status: f.status,
    };
}
function describeFinding(f) {
    const where = f.path ? ` ${f.path}${f.lines ? `:${f.lines.start}-${f.lines.end}` : ''}` : '';
    return `[${f.severity}] ${f.rule}${where}: ${f.message}`;
}
const GATE_RULES = new Set(Object.values(_protected_tree_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .TREE_GATE_RULES */ .LR));
/** A finding of the tree gate: only a human resolves it, never a review model's say-so. */
function isTreeGateFinding(f) {
    return GATE_RULES.has(f.rule);
}


/***/ }),

/***/ 1530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ describeViolation),
/* harmony export */   LR: () => (/* binding */ TREE_GATE_RULES),
/* harmony export */   mu: () => (/* binding */ symlinkEscapes),
/* harmony export */   nH: () => (/* binding */ planTreeGate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

const TREE_GATE_RULES = {
    protected: 'protected-path',
    symlink: 'escaping-symlink',
    gitdir: 'nested-git',
};
/** Whether a symlink at `path` with this target points outside the tree, by its text alone. */
function symlinkEscapes(path, target) {
    if (target === '' || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(target) || /^[A-Za-z]:[\\/]/.test(target))
        return true;
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path), target.replace(/\\/g, '/')));
    return joined === '..' || joined.startsWith('../');
}
function same(a, b) {
    if (a.kind === 'file' && b.kind === 'file')
        return a.mode === b.mode && a.digest === b.digest;
    if (a.kind === 'symlink' && b.kind === 'symlink')
        return a.target === b.target;
    return a.kind === b.kind;
}
function changeOf(before, after) {
    if (before === undefined)
        return 'created';
    if (after === undefined)
        return 'deleted';
    if (before.kind !== after.kind)
        return 'type';
    if (before.kind === 'file' && after.kind === 'file' && before.digest === after.digest)
        return 'mode';
    return 'modified';
}
/**
 * Every change under a protected path is undone (created: removed; deleted or edited: put back);
 * a symlink the run made or changed that points outside the tree is removed; a `.git` the run
 * made below the root is removed. Other changes are the agent's work and stay.
 */
function planTreeGate(before, after, guard) {
    const violations = [];
    const remove = [];
    const restore = [];
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const path of paths) {
        const b = before.get(path);
        const a = after.get(path);
        if (a !== undefined && b !== undefined && same(a, b))
            continue;
        const change = changeOf(b, a);
        const glob = guard.match(path);
        if (a?.kind === 'gitdir') {
            violations.push({ path, rule: TREE_GATE_RULES.gitdir, change, detail: '.git' });
        }
        else if (glob !== undefined) {
            violations.push({ path, rule: TREE_GATE_RULES.protected, change, detail: glob });
        }
        else if (a?.kind === 'symlink' && a.outside) {
            violations.push({ path, rule: TREE_GATE_RULES.symlink, change, detail: a.target });
        }
        else
            continue;
        if (a !== undefined)
            remove.push(path);
        // Put back what was there, unless it was itself a nested repository (never restored).
        if (b !== undefined && b.kind !== 'gitdir')
            restore.push(path);
    }
    return { violations, remove, restore };
}
/** One line for a report: what changed, where, and what the gate did about it. */
function describeViolation(v) {
    switch (v.rule) {
        case TREE_GATE_RULES.protected:
            return `the agent ${v.change === 'mode' ? 'changed the mode of' : v.change === 'type' ? 'replaced' : v.change} ${v.path}, a protected path (matches "${v.detail}"); the change was reverted. Agents may not change protected paths: a human must make this change.`;
        case TREE_GATE_RULES.symlink:
            return `the agent made ${v.path} a symlink to ${v.detail}, outside the working tree; it was removed.`;
        case TREE_GATE_RULES.gitdir:
            return `the agent created a nested git directory or gitlink at ${v.path}; it was removed (.git is never committed).`;
    }
}


/***/ }),

/***/ 87716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ RunLabels),
/* harmony export */   kg: () => (/* binding */ LABELS),
/* harmony export */   tA: () => (/* binding */ removeLabel)
/* harmony export */ });
/* unused harmony export ensureLabels */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70656);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57091);


const LABELS = {
    trigger: { name: 'ai-agent', color: '7057FF', description: 'Hand this issue to LailaTov' },
    needsClarification: {
        name: 'needs-clarification',
        color: 'FBCA04',
        description: 'Agent needs more info before implementing',
    },
    working: { name: 'agent:working', color: '1D76DB', description: 'LailaTov is working on this' },
    escalated: {
        name: 'agent:escalated',
        color: 'B60205',
        description: 'LailaTov stopped: a human must take over',
    },
    blocked: {
        name: 'agent:blocked',
        color: 'B60205',
        description: 'Blocked by the risk policy',
    },
    incomplete: {
        name: 'agent:incomplete',
        color: 'E99695',
        description: 'LailaTov stopped before finishing (turn cap, refusal): a draft, never ready',
    },
    stopped: {
        name: 'agent:stopped',
        color: '5319E7',
        description: 'A writer stopped LailaTov here (`stop`): no stage runs on it',
    },
    planPending: {
        name: 'agent:plan-pending',
        color: 'C5DEF5',
        description: 'LailaTov posted a plan and waits for a writer to `approve` it',
    },
    riskHigh: {
        name: 'risk:high',
        color: 'D93F0B',
        description: 'Risk tier high: human approval required',
    },
    riskMedium: { name: 'risk:medium', color: 'FBCA04', description: 'Risk tier medium' },
    riskLow: { name: 'risk:low', color: '0E8A16', description: 'Risk tier low' },
};
/** Creates every label of `specs` that the repository lacks (one paginated list, then creates). */
async function ensureLabels(octokit, repo, specs) {
    const r = { owner: repo.owner, repo: repo.repo };
    const created = [];
    try {
        const existing = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, {
            ...r,
            per_page: 100,
        });
        const have = new Set(existing.map((l) => l.name.toLowerCase()));
        for (const spec of specs) {
            if (have.has(spec.name.toLowerCase()))
                continue;
            try {
                await octokit.rest.issues.createLabel({ ...r, ...spec });
                created.push(spec.name);
            }
            catch (error) {
                // 422 already_exists: another run created it between our list and our create.
                if (!hasStatus(error, 422))
                    throw error;
            }
        }
        return created;
    }
    catch (error) {
        throw wrapApiError(error, { repo: fullName(repo), doing: 'creating labels' });
    }
}
/**
 * The labels one run writes. Each is created with its color the first time the run uses it (a
 * 422 means it is there already: one call instead of listing every label), remembering the node
 * ids of those it created, which a GraphQL `addLabelsToLabelable` needs.
 */
class RunLabels {
    octokit;
    repo;
    specs;
    ensured = new Set();
    ids = new Map();
    constructor(octokit, repo, 
    /** Colors and descriptions by name; any other label gets a grey default. */
    specs) {
        this.octokit = octokit;
        this.repo = repo;
        this.specs = specs;
    }
    async ensure(names) {
        for (const name of names) {
            if (this.ensured.has(name))
                continue;
            const spec = this.specs.get(name) ?? { name, color: 'BFD4F2', description: '' };
            try {
                const { data } = await this.octokit.rest.issues.createLabel({
                    owner: this.repo.owner,
                    repo: this.repo.repo,
                    ...spec,
                    name,
                });
                this.ids.set(name, data.node_id);
            }
            catch (error) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(error, 422))
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, { repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .fq)(this.repo), doing: `creating label ${name}` });
            }
            this.ensured.add(name);
        }
    }
    /** The node ids of `names`, or null when this run did not create every one of them. */
    nodeIds(names) {
        const ids = names.map((n) => this.ids.get(n));
        return ids.every((id) => id !== undefined) ? ids : null;
    }
}
/**
 * Removes a label: false when it was not there (a re-run, or a human removed it first), which is
 * no error.
 */
async function removeLabel(octokit, repo, issueNumber, name) {
    try {
        await octokit.rest.issues.removeLabel({
            owner: repo.owner,
            repo: repo.repo,
            issue_number: issueNumber,
            name,
        });
        return true;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(error, 404))
            return false;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, {
            repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .fq)(repo),
            doing: `removing label ${name} from #${issueNumber}`,
        });
    }
}


/***/ }),

/***/ 88694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_DATA_BRANCH: () => (/* binding */ DEFAULT_DATA_BRANCH),
/* harmony export */   DEFAULT_OUTCOMES_DIR: () => (/* binding */ DEFAULT_OUTCOMES_DIR),
/* harmony export */   GitBranchOutcomeStore: () => (/* binding */ GitBranchOutcomeStore),
/* harmony export */   LEGACY_OUTCOMES_PATH: () => (/* binding */ LEGACY_OUTCOMES_PATH),
/* harmony export */   RETRY_DEFAULTS: () => (/* binding */ RETRY_DEFAULTS),
/* harmony export */   backoffWindow: () => (/* binding */ backoffWindow),
/* harmony export */   logHasRun: () => (/* binding */ logHasRun),
/* harmony export */   shardPath: () => (/* binding */ shardPath)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91054);
/* harmony import */ var _forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70656);
/* harmony import */ var _forge_github_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57091);
// The outcome log on GitHub: one JSON line appended to a file on a data branch through the Git
// Data API (no checkout). The ref update is a compare-and-swap (no force), so concurrent runs
// each re-read and retry until their line lands on top of everyone else's: nothing is lost.
// The log is sharded by month (data/outcomes/YYYY-MM.jsonl): an append reads and rewrites one
// month, never the whole history, and reads it raw (a JSON response carrying megabytes of text
// overflows the stack of Octokit's JSON parser).




const DEFAULT_DATA_BRANCH = 'lailatov-data';
/** The single-file log of earlier versions: still read by the summary, no longer appended to. */
const LEGACY_OUTCOMES_PATH = 'data/agent-outcomes.jsonl';
/** Where the monthly shards live: `data/outcomes/2026-12.jsonl`. */
const DEFAULT_OUTCOMES_DIR = 'data/outcomes';
/** The shard a record belongs in: the UTC month of its timestamp. */
function shardPath(dir, timestamp) {
    const at = typeof timestamp === 'string' ? new Date(timestamp) : timestamp;
    if (Number.isNaN(at.getTime()))
        throw new RangeError(`not a timestamp: ${String(timestamp)}`);
    const month = String(at.getUTCMonth() + 1).padStart(2, '0');
    return `${dir}/${at.getUTCFullYear()}-${month}.jsonl`;
}
const DEFAULT_AUTHOR = { name: 'LailaTov', email: 'lailatov@users.noreply.github.com' };
/**
 * Sized for GitHub, where an attempt holds the ref's value from reading it to moving it for about
 * 1-3 s (five requests in sequence, the client spacing writes 1 s apart), so a burst of 50
 * runs queues for minutes and the unluckiest may lose a dozen races or more: 30 attempts is an
 * estimate with room for that, not a measurement. Real races on the emulator, where an attempt
 * takes milliseconds, are measured by `npm run bench -- outcome-append` (docs/scaling.md). The window grows (rather than retrying at
 * once) to save API calls: GITHUB_TOKEN has 1,000 an hour per repository.
 */
const RETRY_DEFAULTS = { maxAttempts: 30, baseMs: 200, capMs: 30_000 };
/**
 * The window stops doubling at 16 attempt durations: the ref serves one writer per attempt
 * duration at best, and windows much longer than the queue of writers ahead only leave it idle
 * (50 writers on a fast server: 15 s instead of 35 s, for 10% more attempts).
 */
const MAX_DOUBLINGS = 4;
function keyOf(record) {
    if (typeof record.runId !== 'string' || typeof record.runAttempt !== 'number')
        return undefined;
    const stages = Array.isArray(record.stages) ? record.stages : [];
    const last = stages[stages.length - 1];
    return {
        runId: record.runId,
        runAttempt: record.runAttempt,
        stage: typeof last?.stage === 'string' ? last.stage : '',
    };
}
const sameKey = (a, b) => a.runId === b.runId && a.runAttempt === b.runAttempt && a.stage === b.stage;
/** True when `log` already holds a line for this run; corrupt lines are skipped, never fatal. */
function logHasRun(log, key) {
    for (const line of log.split('\n')) {
        if (!line.includes(key.runId))
            continue; // cheap filter before JSON.parse
        try {
            const found = keyOf(JSON.parse(line));
            if (found && sameKey(found, key))
                return true;
        }
        catch {
            // A corrupt line is kept as it is; it cannot be ours.
        }
    }
    return false;
}
/** The ceiling of the wait after losing attempt `attempt` (1-based) that took `attemptMs`. */
function backoffWindow(attempt, attemptMs, backoff) {
    const unit = Math.max(backoff.baseMs, attemptMs);
    return Math.min(backoff.capMs, unit * 2 ** Math.min(attempt - 1, MAX_DOUBLINGS));
}
class GitBranchOutcomeStore {
    octokit;
    owner;
    repoName;
    branch;
    fixedPath;
    dir;
    now;
    maxAttempts;
    backoff;
    random;
    sleep;
    author;
    constructor(options) {
        this.octokit = options.octokit;
        this.owner = options.repo.owner;
        this.repoName = options.repo.repo;
        this.branch = options.branch ?? DEFAULT_DATA_BRANCH;
        this.fixedPath = options.path;
        this.dir = options.dir ?? DEFAULT_OUTCOMES_DIR;
        this.now = options.now ?? (() => new Date());
        const scale = options.backoffScale ?? 1;
        this.maxAttempts = options.maxAttempts ?? RETRY_DEFAULTS.maxAttempts;
        this.backoff = {
            baseMs: (options.backoff?.baseMs ?? RETRY_DEFAULTS.baseMs) * scale,
            capMs: (options.backoff?.capMs ?? RETRY_DEFAULTS.capMs) * scale,
        };
        this.random = options.random ?? Math.random;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.author = options.author ?? DEFAULT_AUTHOR;
        if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 1) {
            throw new TypeError(`maxAttempts must be a positive integer, got ${this.maxAttempts}`);
        }
    }
    /** The file a record is appended to: its month's shard (or the fixed path). */
    pathFor(timestamp) {
        return this.fixedPath ?? shardPath(this.dir, timestamp);
    }
    /**
     * Appends `record` as one line to the shard of its timestamp's month. Per attempt: read the
     * ref → read the shard → write a tree with the new content (base_tree = current) → commit
     * (parent = current) → move the ref without force. A 422 on the ref means another run got there first: wait (full jitter) and redo it
     * all on top of the new head. A missing branch is created as an orphan commit.
     */
    async append(record) {
        const checked = (0,_core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .validateOutcomeRecord */ .LH)(record, { strict: true });
        if (!checked.ok) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`refusing to append an invalid outcome record to ${this.where(this.fixedPath ?? `${this.dir}/`)}: ${(0,_core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatIssues */ .og)(checked.issues)}`, checked.issues.map((i) => `${i.path} ${i.message}`));
        }
        const line = `${JSON.stringify(record)}\n`;
        const key = keyOf(record); // validated: runId and runAttempt are present
        const file = this.pathFor(record.timestamp);
        try {
            for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
                const started = Date.now();
                const { head, existing } = await this.readCurrent(file);
                if (logHasRun(existing, key))
                    return { appended: false, reason: 'duplicate', attempts: attempt };
                const content = existing === '' || existing.endsWith('\n') ? existing + line : `${existing}\n${line}`;
                const commitSha = await this.commit(file, content, head, this.message(record));
                if (await this.moveRef(head, commitSha)) {
                    return {
                        appended: true,
                        commitSha,
                        attempts: attempt,
                        createdBranch: head === undefined,
                    };
                }
                if (attempt < this.maxAttempts)
                    await this.sleep(this.delay(attempt, Date.now() - started));
            }
        }
        catch (error) {
            throw (0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .wrapApiError */ .N9)(error, {
                repo: this.repoFullName(),
                doing: `appending to ${this.where(file)}`,
            });
        }
        throw new Error(`gave up appending the outcome record to ${this.where(file)} of ${this.repoFullName()} after ` +
            `${this.maxAttempts} attempts: the branch moved under every attempt (too many concurrent ` +
            'writers, or something force-pushing it). The record was not written; re-run the job.');
    }
    /**
     * One file of the log as text ('' when the branch or the file does not exist): by default the
     * current month's shard.
     */
    async read(file = this.pathFor(this.now())) {
        try {
            return (await this.readCurrent(file)).existing;
        }
        catch (error) {
            throw (0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .wrapApiError */ .N9)(error, {
                repo: this.repoFullName(),
                doing: `reading ${this.where(file)}`,
            });
        }
    }
    where(file) {
        return `${this.branch}:${file}`;
    }
    repoFullName() {
        return (0,_forge_github_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .fullName */ .fq)({ owner: this.owner, repo: this.repoName });
    }
    message(record) {
        const subject = record.issue === null ? record.repo : `${record.repo}#${record.issue}`;
        return `data: outcome ${record.outcome} for ${subject} (run ${record.runId}/${record.runAttempt})`;
    }
    /**
     * Full jitter (AWS architecture blog) spreads the writers who lost the same race. The window
     * grows from the larger of `baseMs` and the time the lost attempt took: on a slow server an
     * attempt is long, and a window shorter than it would only replay the same collision.
     */
    delay(attempt, attemptMs) {
        return Math.floor(this.random() * backoffWindow(attempt, attemptMs, this.backoff));
    }
    /**
     * The head of the branch and the log at that head. The commit (for its tree) and the file are
     * read in parallel: the shorter the read-to-update window, the fewer writers collide.
     */
    async readCurrent(file) {
        const repo = { owner: this.owner, repo: this.repoName };
        let commitSha;
        try {
            const { data } = await this.octokit.rest.git.getRef({ ...repo, ref: `heads/${this.branch}` });
            commitSha = data.object.sha;
        }
        catch (error) {
            if ((0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hasStatus */ .Ro)(error, 404))
                return { head: undefined, existing: '' };
            throw error;
        }
        const [{ data: commit }, existing] = await Promise.all([
            this.octokit.rest.git.getCommit({ ...repo, commit_sha: commitSha }),
            this.readLog(file, commitSha),
        ]);
        return { head: { commitSha, treeSha: commit.tree.sha }, existing };
    }
    /**
     * The file at a commit, through the contents API with the raw media type: the bytes come as
     * the response body (up to GitHub's 100 MB), never inside a JSON string. A JSON answer means
     * the path is not a file (a directory's listing, a submodule or symlink object).
     */
    async readLog(file, commitSha) {
        let data;
        try {
            ({ data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
                owner: this.owner,
                repo: this.repoName,
                path: file,
                ref: commitSha,
                headers: { accept: 'application/vnd.github.raw+json' },
            }));
        }
        catch (error) {
            if ((0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hasStatus */ .Ro)(error, 404))
                return '';
            if ((0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hasStatus */ .Ro)(error, 403) && /too[ _]large/i.test(JSON.stringify(responseData(error)))) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.where(file)} is too large for GitHub's API to return (over 100 MB). Move it ` +
                    'aside on the data branch (the summary still reads it from a checkout); appends ' +
                    'then start a new file.');
            }
            throw error;
        }
        if (typeof data === 'string')
            return data;
        if (data instanceof ArrayBuffer)
            return Buffer.from(data).toString('utf8');
        if (Array.isArray(data)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.where(file)} is a directory, not the outcome log; move it or choose another path`);
        }
        const type = data?.type;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(typeof type === 'string'
            ? `${this.where(file)} is a ${type}, not a file; move it or choose another path`
            : `reading ${this.where(file)} returned ${describe(data)} instead of the file's text; ` +
                'is a proxy rewriting the API?');
    }
    async commit(file, content, head, message) {
        const repo = { owner: this.owner, repo: this.repoName };
        // The tree entry carries the content: GitHub stores the blob itself, saving a request.
        const { data: tree } = await this.octokit.rest.git.createTree({
            ...repo,
            ...(head === undefined ? {} : { base_tree: head.treeSha }),
            tree: [{ path: file, mode: '100644', type: 'blob', content }],
        });
        const { data: commit } = await this.octokit.rest.git.createCommit({
            ...repo,
            message,
            tree: tree.sha,
            parents: head === undefined ? [] : [head.commitSha],
            author: { ...this.author },
        });
        return commit.sha;
    }
    /** False when another writer moved (or created) the ref first: the caller retries. */
    async moveRef(head, commitSha) {
        const repo = { owner: this.owner, repo: this.repoName };
        try {
            if (head === undefined) {
                await this.octokit.rest.git.createRef({
                    ...repo,
                    ref: `refs/heads/${this.branch}`,
                    sha: commitSha,
                });
            }
            else {
                await this.octokit.rest.git.updateRef({
                    ...repo,
                    ref: `heads/${this.branch}`,
                    sha: commitSha,
                    force: false,
                });
            }
            return true;
        }
        catch (error) {
            // 422: "Update is not a fast forward", "Reference already exists" (a concurrent first
            // writer created the branch) or "Reference does not exist" (it was deleted meanwhile).
            if ((0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hasStatus */ .Ro)(error, 422))
                return false;
            throw error;
        }
    }
}
/** The body of an API error response, if any. */
function responseData(error) {
    return error.response?.data;
}
function describe(data) {
    if (data === null || data === undefined)
        return 'nothing';
    return typeof data === 'object' ? 'a JSON object' : `a ${typeof data}`;
}


/***/ }),

/***/ 280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zf: () => (/* binding */ closePipeline),
  yF: () => (/* binding */ decideAfterRemediation),
  t4: () => (/* binding */ decideAfterReview),
  Rn: () => (/* binding */ outcomeRecordOf),
  RV: () => (/* binding */ spentReason)
});

// UNUSED EXPORTS: escalationReason, escalationSummary, statusLine

;// CONCATENATED MODULE: ./src/core/sanitize/code-block.ts
/**
 * Text shown verbatim in Markdown (a test run's output): a fence longer than any run of backticks
 * inside, so the text cannot close it and render as Markdown. Only the end is kept, where a test
 * runner prints its failures and totals.
 */
function codeBlockTail(text, maxLines = 60, maxChars = 6000) {
    let tail = text.split('\n').slice(-maxLines).join('\n');
    if (tail.length > maxChars)
        tail = tail.slice(-maxChars);
    const longest = Math.max(0, ...[...tail.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}text\n${tail.trimEnd()}\n${fence}`;
}

// EXTERNAL MODULE: ./src/core/outcomes/index.ts + 10 modules
var outcomes = __webpack_require__(91054);
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(44637);
// EXTERNAL MODULE: ./src/core/outcomes/view.ts
var view = __webpack_require__(69084);
// EXTERNAL MODULE: ./src/stages/ledger.ts
var ledger = __webpack_require__(5478);
;// CONCATENATED MODULE: ./src/stages/closing.ts
// The pipeline's decisions and its close, written once for every forge: what comes after a review
// or a remediation round, and the terminal outcome (the escalation comment, the labels, the
// notification, the one outcome record). The CLI's loop (pipeline.ts) and the Action's stage runs
// (src/action/stages/*) both drive these; only the forge, the store and the identity differ.





/** Why the loop must stop after a review with findings, or null to remediate again. */
function escalationReason(deps, state) {
    const max = deps.config.maxRemediationRounds;
    if (state.round >= max)
        return `the review still has findings after ${state.round} remediation round(s) (maximum ${max})`;
    const stuck = state.findings.filter((f) => f.status === 'open' && f.survivedRounds >= 2);
    if (stuck.length > 0)
        return `${stuck.length} finding(s) survived two remediation rounds unchanged: ${stuck.map((f) => f.fingerprint).join(', ')}`;
    return null;
}
function escalationSummary(reason, state, last) {
    const open = state.findings.filter((f) => f.status === 'open');
    const lines = [`Escalated to a human: ${reason}.`, '', `Still open (${open.length}):`];
    lines.push(...(open.length > 0 ? open.map((f) => `- ${(0,findings/* describeFinding */.jb)(f)}`) : ['- (no open finding)']));
    if (state.testFailure)
        lines.push('- the tests fail. The end of their output:', '', '<details><summary>test output</summary>', '', codeBlockTail(state.testFailure), '', '</details>');
    if (last && last.reasons.length > 0 && open.length === 0)
        lines.push(...last.reasons.map((r) => `- ${r}`));
    return lines.join('\n');
}
/** The budget reason, when the issue's ledger has reached its ceiling. */
function spentReason(deps) {
    return `the issue budget of $${deps.config.budgets.issue} is spent`;
}
function statusLine(next, round) {
    if (next === 'ready')
        return 'ready for review (a human reviews and merges)';
    if (next === 'remediate')
        return `review round ${round}: findings; remediation round ${round + 1} is next`;
    return `stopped: ${next}`;
}
/** The decision after a review, from its verdict, the round cap and the issue's budget. */
function decideAfterReview(deps, r) {
    const state = r.state;
    const why = r.reasons.join('\n') || r.verdict;
    const stop = (next, reason) => ({
        next,
        summary: escalationSummary(reason, state, r),
        status: statusLine(next, state.round),
    });
    const plain = (next, summary) => ({
        next,
        summary,
        status: statusLine(next, state.round),
    });
    switch (r.verdict) {
        case 'clean':
            return plain('ready', why);
        case 'needs_human':
            return stop('escalated', r.reasons[0] ?? 'a human must check');
        case 'budget_exceeded':
            return stop('budget_exceeded', why);
        case 'blocked':
            return plain('blocked', `Blocked by the risk policy:\n${r.reasons.map((x) => `- ${x}`).join('\n')}`);
        case 'infra_error':
        case 'refused':
            return plain(r.verdict, `Review failed: ${r.reasons.join('; ')}. Re-run the review.`);
        case 'no_changes':
            return plain('no_changes', why);
        case 'findings': {
            const reason = escalationReason(deps, state);
            if (reason)
                return stop('escalated', reason);
            if ((0,ledger/* issueBudgetSpent */.zo)(deps.config, state.stages))
                return stop('budget_exceeded', spentReason(deps));
            return plain('remediate', why);
        }
    }
}
/** How a remediation round that pushed nothing ends (null: it pushed a commit; review next). */
function decideAfterRemediation(m, 
/** The review the round answered, when known: its reasons say what was still wrong. */
last) {
    if (m.outcome === 'changed' && m.commit !== null)
        return null;
    if (m.outcome === 'infra_error')
        return { outcome: 'infra_error', summary: `Remediation failed: ${m.detail}` };
    // Stopped by its turn cap or a refusal after partial edits: a draft labelled incomplete.
    if (m.outcome === 'incomplete')
        return { outcome: 'incomplete', summary: `Remediation stopped: ${m.detail}` };
    const outcome = m.outcome === 'budget_exceeded' ? 'budget_exceeded' : 'escalated';
    return { outcome, summary: escalationSummary(m.detail, m.state, last) };
}
function outcomeRecordOf(identity, 
/** A command on a person's PR has no issue. */
t, now) {
    return {
        schemaVersion: outcomes/* OUTCOME_SCHEMA_VERSION */.Ky,
        correlationId: t.correlationId,
        runId: identity.runId,
        runAttempt: identity.runAttempt,
        repo: identity.repo,
        issue: t.issue,
        pr: t.pr,
        branch: t.branch,
        headSha: t.headSha,
        source: identity.source,
        outcome: t.outcome,
        riskTier: t.riskTier,
        checks: t.checks,
        changedFiles: [...t.changedFiles],
        findings: t.findings.map(findings/* toOutcomeFinding */.Xb),
        remediationRounds: t.round,
        stages: t.stages,
        totals: (0,view/* totalsOf */.vA)(t.stages),
        timestamp: now.toISOString(),
        suiteVersion: identity.suiteVersion,
    };
}
/**
 * The terminal outcome, said once for every forge: an escalation is a comment (on the PR when
 * there is one), the escalated label and a notification; a block gets its label; the record is
 * appended last, so a record means everything before it was said.
 */
async function closePipeline(deps, input) {
    const { forge, config } = deps;
    const t = input.terminal;
    if (t.outcome === 'escalated' || t.outcome === 'budget_exceeded') {
        const text = `⚠️ **LailaTov** stopped (${t.outcome}): a human takes over from here.\n\n${t.summary}`;
        await forge.postComment(t.pr ?? t.issue, text);
        await forge.addLabels(t.issue, [config.labels.escalated]);
        await deps.notifier.notify({
            level: 'warning',
            title: `LailaTov: issue #${t.issue} ${t.outcome.replace('_', ' ')}`,
            text: t.summary,
        });
    }
    if (t.outcome === 'blocked')
        await forge.addLabels(t.issue, [config.labels.blocked]);
    if (input.clearLabels && input.clearLabels.length > 0)
        await forge.removeLabels(t.issue, input.clearLabels);
    const record = outcomeRecordOf(input.identity, t, deps.clock.now());
    await input.store.append(record);
    return record;
}


/***/ }),

/***/ 5478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xr: () => (/* binding */ ledgerOf),
/* harmony export */   a$: () => (/* binding */ engineCeiling),
/* harmony export */   aK: () => (/* binding */ stageCeiling),
/* harmony export */   zo: () => (/* binding */ issueBudgetSpent)
/* harmony export */ });
/* unused harmony exports budgetLeft, crossingsOf */
/* harmony import */ var _core_cost_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17056);

/** The stage a record's budget belongs to: `remediate-2`, `remediate-human-1` → remediate, `audit`/`plan` → their parent. */
function budgetStage(stage) {
    const s = stage.replace(/-\d+$/, '');
    if (s === 'audit')
        return 'review';
    if (s === 'plan')
        return 'write';
    // A round on a person's review comments (stages/human-round.ts) is a remediation round.
    if (s === 'remediate-human')
        return 'remediate';
    return s;
}
/** The issue's cost ledger (core/cost) rebuilt from the stage records carried in the state. */
function ledgerOf(config, stages) {
    const ceilings = config
        ? (({ issue, ...perStage }) => ({ perIssueUsd: issue, perStageUsd: perStage }))(config.budgets)
        : {};
    return _core_cost_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CostLedger */ .Ry.create(ceilings, stages.map((s) => ({
        stage: budgetStage(s.stage),
        engine: s.engine,
        model: s.model,
        provider: s.provider,
        usage: s.tokens,
        costUsd: s.costUsd,
        turns: s.turns,
        durationMs: s.durationMs,
    })));
}
/**
 * USD the issue may still spend; null when a stage's cost is unknown. Unknown is neither 0 nor
 * "spent": the caller decides (each stage then runs under its own budget, and says so).
 */
function budgetLeft(config, stages) {
    return ledgerOf(config, stages).remaining();
}
/** Whether the issue budget is known to be spent (an unknown remainder is not). */
function issueBudgetSpent(config, stages) {
    const left = budgetLeft(config, stages);
    return left !== null && left <= 0;
}
/**
 * The ceiling of one stage run: the smaller of its budget and what is left of the issue's. When
 * an earlier stage could not be priced, what is left is unknown: the stage runs under its own
 * budget alone, and the note says so.
 */
function stageCeiling(config, stages, stage) {
    const own = config.budgets[stage];
    const left = budgetLeft(config, stages);
    if (left !== null)
        return { usd: Math.min(own, left), note: null };
    return {
        usd: own,
        note: `the issue's spending so far is unknown (a stage's cost could not be priced), so ${stage} runs with its own budget of $${own} as its ceiling`,
    };
}
/** The ceiling of an engine stage's run; an unknown remainder is said in the log and the progress. */
function engineCeiling(deps, stages, stage) {
    const c = stageCeiling(deps.config, stages, stage);
    if (c.note) {
        deps.logger.warn(c.note);
        deps.progress({ kind: 'note', stage, message: c.note });
    }
    return c.usd;
}
/** One sentence per ceiling the recorded stages crossed (the ledger's check), for a summary. */
function crossingsOf(config, stages) {
    return ledgerOf(config, stages).check().map(describeCrossing);
}
function describeCrossing(c) {
    const what = c.ceiling === 'issue' ? 'the issue budget' : `the ${c.stage ?? ''} budget`;
    if ('unknownCost' in c)
        return `${what}: spending is unknown (a stage's cost could not be priced), so it could not be checked`;
    return `${what} of $${c.limitUsd} was exceeded: $${round(c.spentUsd)} spent`;
}
function round(usd) {
    return (Math.round(usd * 1e4) / 1e4).toString();
}


/***/ })

};
;