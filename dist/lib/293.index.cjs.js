"use strict";
exports.id = 293;
exports.ids = [293];
exports.modules = {

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

/***/ 75237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ho: () => (/* binding */ costOf),
/* harmony export */   i$: () => (/* binding */ priceOverrideProblems),
/* harmony export */   r$: () => (/* binding */ mergePrices)
/* harmony export */ });
/* unused harmony exports modelKeys, findPrice */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _prices_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3219);


const PRICE_FIELDS = ['input', 'output', 'cacheWrite', 'cacheRead'];
/**
 * Candidate table keys for a model id as engines report it, most specific first:
 * `claude-sonnet-4-5-20250929`, Bedrock `us.anthropic.claude-sonnet-4-5-20250929-v1:0`,
 * Vertex `claude-sonnet-4-5@20250929`, OpenRouter `anthropic/claude-sonnet-4.5`, and the
 * `[1m]` context suffix of Claude Code all resolve to `claude-sonnet-4-5`.
 */
function modelKeys(model) {
    const keys = [model];
    let m = model.trim().toLowerCase();
    keys.push(m);
    m = m.replace(/\[[^\]]*\]$/, ''); // claude-opus-4-6[1m]
    m = m.replace(/^(?:[a-z]{2,6}\.)?anthropic\./, ''); // bedrock, with region prefix
    m = m.replace(/-v\d+(?::\d+)?$/, ''); // bedrock -v1:0
    m = m.replace(/@[0-9a-z-]+$/, ''); // vertex @20250929
    const slash = m.lastIndexOf('/');
    if (slash >= 0)
        m = m.slice(slash + 1); // openrouter anthropic/..., models/gemini-...
    keys.push(m);
    const undated = m.replace(/-(?:\d{8}|\d{4}-\d{2}-\d{2})$/, '');
    keys.push(undated);
    // OpenRouter writes versions with dots (claude-sonnet-4.5); Anthropic ids use dashes.
    if (undated.startsWith('claude-'))
        keys.push(undated.replace(/(\d)\.(\d)/g, '$1-$2'));
    return [...new Set(keys)];
}
function findPrice(table, model) {
    for (const k of modelKeys(model)) {
        const p = table[k];
        if (p)
            return p;
    }
    return undefined;
}
/** The cost of one call or stage. An unknown model is null with a warning, never a silent $0. */
function costOf(model, usage, table = _prices_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PRICES */ .f) {
    const p = findPrice(table, model);
    if (!p) {
        return {
            usd: null,
            warning: `unknown model ${model}: add it to prices (the 'prices' override: {"${model}": {"input": ..., "output": ..., "cacheWrite": ..., "cacheRead": ...}} in USD per million tokens)`,
        };
    }
    const usd = (usage.input * p.input +
        usage.output * p.output +
        usage.cacheWrite * p.cacheWrite +
        usage.cacheRead * p.cacheRead) /
        1_000_000;
    return { usd };
}
/**
 * Every problem in a user's price override (parsed JSON): a model may be new (all four prices
 * required) or in `base` (any subset replaces those prices). The config schema reports these
 * with their keys; mergePrices throws them.
 */
function priceOverrideProblems(override, base = _prices_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PRICES */ .f) {
    if (typeof override !== 'object' || override === null || Array.isArray(override))
        return [{ path: [], message: 'must be an object mapping model ids to prices' }];
    const problems = [];
    for (const [model, raw] of Object.entries(override)) {
        if (model.trim() === '') {
            problems.push({ path: [model], message: 'a model id must not be empty' });
            continue;
        }
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
            problems.push({
                path: [model],
                message: `must be an object {${PRICE_FIELDS.join(', ')}}`,
            });
            continue;
        }
        const entry = raw;
        for (const k of Object.keys(entry))
            if (!PRICE_FIELDS.includes(k))
                problems.push({
                    path: [model, k],
                    message: `unknown price field; use ${PRICE_FIELDS.join(', ')} (USD per million tokens)`,
                });
        for (const k of PRICE_FIELDS) {
            const v = entry[k];
            if (v === undefined) {
                if (!base[model])
                    problems.push({
                        path: [model, k],
                        message: 'is required for a model not in the built-in table',
                    });
            }
            else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
                problems.push({
                    path: [model, k],
                    message: `must be a number >= 0 (USD per million tokens), got ${JSON.stringify(v)}`,
                });
        }
    }
    return problems;
}
/**
 * Checks a user's price override (parsed JSON) and merges it over the defaults. Every bad key
 * is named, with its path, in one UserError.
 */
function mergePrices(override, base = _prices_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PRICES */ .f, source = 'prices') {
    const problems = priceOverrideProblems(override, base).map((p) => `${[source, ...p.path].join('.')}: ${p.message}`);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${source}: ${problems.length} problem(s) in the price override, the first: ${problems[0]}`, problems);
    const merged = { ...base };
    for (const [model, entry] of Object.entries(override))
        merged[model] = { ...base[model], ...entry };
    return merged;
}


/***/ }),

/***/ 3219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ DEFAULT_PRICES)
/* harmony export */ });
const OPUS_4_5_AND_LATER = { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 };
const OPUS_4_0_AND_4_1 = { input: 15, output: 75, cacheWrite: 18.75, cacheRead: 1.5 };
const SONNET_4 = { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 };
const HAIKU_4_5 = { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 };
const HAIKU_3_5 = { input: 0.8, output: 4, cacheWrite: 1, cacheRead: 0.08 };
const GPT_5 = { input: 1.25, output: 10, cacheWrite: 0, cacheRead: 0.125 };
const GEMINI_2_5_PRO = { input: 1.25, output: 10, cacheWrite: 0, cacheRead: 0.125 };
/** Keyed by the provider's model id (aliases; dated and cloud ids resolve to these). */
const DEFAULT_PRICES = {
    'claude-opus-4-8': OPUS_4_5_AND_LATER,
    'claude-opus-4-7': OPUS_4_5_AND_LATER,
    'claude-opus-4-6': OPUS_4_5_AND_LATER,
    'claude-opus-4-5': OPUS_4_5_AND_LATER,
    'claude-opus-4-1': OPUS_4_0_AND_4_1,
    'claude-opus-4-0': OPUS_4_0_AND_4_1,
    'claude-opus-4': OPUS_4_0_AND_4_1,
    'claude-sonnet-4-6': SONNET_4,
    'claude-sonnet-4-5': SONNET_4,
    'claude-sonnet-4-0': SONNET_4,
    'claude-sonnet-4': SONNET_4,
    'claude-3-7-sonnet': SONNET_4,
    'claude-haiku-4-5': HAIKU_4_5,
    'claude-3-5-haiku': HAIKU_3_5,
    'gpt-5': GPT_5,
    'gpt-5-codex': GPT_5,
    'gemini-2.5-pro': GEMINI_2_5_PRO,
};


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

/***/ 14528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   My: () => (/* binding */ zeroUsage),
/* harmony export */   RP: () => (/* binding */ totalTokens),
/* harmony export */   TY: () => (/* binding */ TOKEN_USAGE_KEYS),
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


/***/ }),

/***/ 87716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kg: () => (/* binding */ LABELS)
/* harmony export */ });
/* unused harmony exports ensureLabels, addLabels, removeLabel */
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
/** Ensures the labels exist, then adds them to the issue or PR. */
async function addLabels(octokit, repo, issueNumber, specs) {
    if (specs.length === 0)
        return;
    await ensureLabels(octokit, repo, specs);
    try {
        await octokit.rest.issues.addLabels({
            owner: repo.owner,
            repo: repo.repo,
            issue_number: issueNumber,
            labels: specs.map((s) => s.name),
        });
    }
    catch (error) {
        throw wrapApiError(error, { repo: fullName(repo), doing: `labeling #${issueNumber}` });
    }
}
/** Removes a label; one that is not there is not an error (re-runs are safe). */
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
        if (hasStatus(error, 404))
            return false;
        throw wrapApiError(error, {
            repo: fullName(repo),
            doing: `removing label ${name} from #${issueNumber}`,
        });
    }
}


/***/ }),

/***/ 19013:
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
/* harmony import */ var _core_protected_tree_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1530);



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
const GATE_RULES = new Set(Object.values(_core_protected_tree_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .TREE_GATE_RULES */ .LR));
/** A finding of the tree gate: only a human resolves it, never a review model's say-so. */
function isTreeGateFinding(f) {
    return GATE_RULES.has(f.rule);
}


/***/ })

};
;