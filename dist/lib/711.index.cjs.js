"use strict";
exports.id = 711;
exports.ids = [711];
exports.modules = {

/***/ 4711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OUTPUT: () => (/* binding */ OUTPUT),
/* harmony export */   writeIgnored: () => (/* binding */ writeIgnored),
/* harmony export */   writeReport: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _forge_github_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30363);


/** Output names (action.yml, rendered from src/action/interface.ts). */
const OUTPUT = {
    stage: 'stage',
    outcome: 'outcome',
    issue: 'issue-number',
    pr: 'pr-number',
    prUrl: 'pr-url',
    branch: 'branch',
    riskTier: 'risk-tier',
    findings: 'findings',
    round: 'round',
    cost: 'cost-usd',
    correlationId: 'correlation-id',
};
/** A run that started nothing: `ignored` (not for us, or refused) or `stale` (the PR moved on). */
async function writeIgnored(stage, reason, outcome = 'ignored') {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(OUTPUT.stage, stage);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(OUTPUT.outcome, outcome);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`LailaTov ${stage}: ${reason}`);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(`## LailaTov ${stage}: nothing to do\n\n${reason}\n`).write();
}
async function writeReport(stage, r, runUrl, sandbox) {
    const out = {
        [OUTPUT.stage]: stage,
        [OUTPUT.outcome]: r.outcome,
        [OUTPUT.issue]: r.issue === null ? '' : String(r.issue),
        [OUTPUT.pr]: r.pr === null ? '' : String(r.pr),
        [OUTPUT.prUrl]: r.prUrl ?? '',
        [OUTPUT.branch]: r.branch ?? '',
        [OUTPUT.riskTier]: r.riskTier ?? '',
        [OUTPUT.findings]: String(r.findings),
        [OUTPUT.round]: String(r.round),
        [OUTPUT.cost]: r.runCostUsd === null ? 'unknown' : r.runCostUsd.toFixed(6),
        [OUTPUT.correlationId]: r.correlationId ?? '',
    };
    for (const [k, v] of Object.entries(out))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(k, v);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary
        .addRaw((0,_forge_github_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStageSummary */ .VF)({
        action: stage,
        outcome: r.outcome,
        why: r.why,
        issue: r.issue,
        prUrl: r.prUrl,
        runUrl,
        stages: r.stages,
        details: r.details,
        ...(sandbox && { sandbox }),
    }))
        .addEOL()
        .write();
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

/***/ 78434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ OffSandbox),
/* harmony export */   p: () => (/* binding */ SANDBOX_OFF_WARNING)
/* harmony export */ });
const SANDBOX_OFF_WARNING = 'SANDBOX OFF: the agent ran without the OS sandbox (`sandbox: {mode: off}` in ' +
    '.github/lailatov.yml). Its commands could read this job’s process memory and environment, ' +
    'write outside the working tree and reach the network. Only the environment allowlist and the ' +
    'tree gate applied.';
/** `sandbox: {mode: off}`: commands run as they are, and every report says so. */
class OffSandbox {
    mode = 'off';
    jail(root) {
        return Promise.resolve({
            mode: 'off',
            root,
            confine: (file, args, opts) => Promise.resolve({ file, args, env: opts.env }),
        });
    }
    report() {
        return { mode: 'off', summary: SANDBOX_OFF_WARNING, egress: [] };
    }
    close() {
        return Promise.resolve();
    }
}


/***/ }),

/***/ 30363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ renderProgress),
/* harmony export */   VF: () => (/* binding */ renderStageSummary)
/* harmony export */ });
/* unused harmony exports PIPELINE_STEPS, usd */
/* harmony import */ var _stages_pr_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90982);
/* harmony import */ var _stages_ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5478);


const PIPELINE_STEPS = ['triage', 'write', 'review', 'remediate', 'ready'];
function usd(v) {
    return v === null ? 'unknown' : `$${v.toFixed(4)}`;
}
function box(step, view) {
    const at = PIPELINE_STEPS.indexOf(view.step);
    const me = PIPELINE_STEPS.indexOf(step);
    if (me < at || (me === at && view.outcome === 'ready'))
        return '- [x]';
    if (me === at)
        return view.outcome === null ? '- [ ] ⏳' : '- [ ] ⛔';
    return '- [ ]';
}
/** The sticky comment: a stage checklist, links, and the cost so far. */
function renderProgress(view) {
    const label = {
        triage: 'Triage',
        write: 'Write the change and open a draft PR',
        review: `Review${view.round > 0 ? ` (round ${view.round})` : ''}`,
        remediate: `Fix review findings${view.round > 0 ? ` (round ${view.round})` : ''}`,
        ready: 'Ready for a human review',
    };
    const lines = [
        `### 🌙 LailaTov is working on #${view.issue}`,
        '',
        ...PIPELINE_STEPS.map((s) => `${box(s, view)} ${label[s]}`),
        '',
        view.outcome === null ? `**Now:** ${view.note}` : `**Outcome: ${view.outcome}.** ${view.note}`,
        '',
        `**Cost so far:** ${usd((0,_stages_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsOf */ .vA)(view.stages).costUsd)} · [workflow run](${view.runUrl})${view.prUrl ? ` · [pull request](${view.prUrl})` : ''}`,
    ];
    return lines.join('\n');
}
/** The sandbox section: loud when there was none, and the hosts it refused either way. */
function sandboxSection(r) {
    const refused = r.egress.filter((e) => !e.allowed);
    return [
        r.mode === 'off' ? `> [!WARNING]\n> ${r.summary}` : `**Sandbox:** ${r.summary}`,
        ...(refused.length > 0
            ? [
                `Refused egress (add a host to \`sandbox.network.allow\` if the tests need it): ${refused
                    .map((e) => `\`${e.host}:${e.port}\``)
                    .join(', ')}`,
            ]
            : []),
    ];
}
/** The job summary of one stage run: what happened, why, the cost table and links. */
function renderStageSummary(s) {
    const links = [
        s.issue !== null ? `issue #${s.issue}` : null,
        s.prUrl ? `[pull request](${s.prUrl})` : null,
        `[run](${s.runUrl})`,
    ].filter((x) => x !== null);
    return [
        `## LailaTov ${s.action}: ${s.outcome}`,
        s.why,
        ...(s.sandbox ? sandboxSection(s.sandbox) : []),
        ...(s.details ?? []),
        links.join(' · '),
        ...(s.stages.length > 0 ? ['### Cost', (0,_stages_pr_body_js__WEBPACK_IMPORTED_MODULE_0__/* .costTable */ .k)(s.stages)] : []),
    ].join('\n\n');
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


/***/ }),

/***/ 5478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xr: () => (/* binding */ ledgerOf),
/* harmony export */   a$: () => (/* binding */ engineCeiling),
/* harmony export */   aK: () => (/* binding */ stageCeiling),
/* harmony export */   vA: () => (/* binding */ totalsOf),
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
function totalsOf(stages) {
    const t = ledgerOf(null, stages).totals();
    return {
        costUsd: t.costUsd === null ? null : Math.round(t.costUsd * 1e6) / 1e6,
        tokens: t.usage,
        turns: t.turns,
        durationMs: t.durationMs,
    };
}


/***/ }),

/***/ 90982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderPrBody),
/* harmony export */   k: () => (/* binding */ costTable)
/* harmony export */ });
/* harmony import */ var _core_usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14528);
/* harmony import */ var _engines_sandbox_off_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78434);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19013);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5478);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49074);





function usd(v) {
    return v === null ? 'unknown' : `$${v.toFixed(4)}`;
}
/** A table row; a cell ends at `|`, so none in a cell's text (a model id, an outcome) splits it. */
function row(cells) {
    return `| ${cells.map((c) => String(c).replace(/\|/g, '\\|').replace(/\s+/g, ' ')).join(' | ')} |`;
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
/** A chain link's sub-row under its stage: its own engine, model, cost, tokens and outcome. */
function linkRow(l, index) {
    return row([
        `↳ link ${index + 1}`,
        l.engine,
        `\`${l.model}\``,
        usd(l.costUsd),
        (0,_core_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .totalTokens */ .RP)(l.tokens),
        l.turns,
        seconds(l.durationMs),
        l.outcome,
    ]);
}
/**
 * The per-stage cost table, with a total row. An unknown price shows as "unknown", never $0.
 * A stage that ran an engine chain has one sub-row per link (the stage's row is their sum).
 */
function costTable(stages) {
    const rows = stages.flatMap((s) => [
        row([
            s.stage,
            s.engine,
            `\`${s.model}\``,
            usd(s.costUsd),
            (0,_core_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .totalTokens */ .RP)(s.tokens),
            s.turns,
            seconds(s.durationMs),
            s.outcome,
        ]),
        ...(s.links ?? []).map(linkRow),
    ]);
    const t = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsOf */ .vA)(stages);
    return [
        '| Stage | Engine | Model | Cost | Tokens | Turns | Duration | Outcome |',
        '|---|---|---|---|---|---|---|---|',
        ...rows,
        `| **Total** | | | **${usd(t.costUsd)}** | ${(0,_core_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .totalTokens */ .RP)(t.tokens)} | ${t.turns} | ${seconds(t.durationMs)} | |`,
    ].join('\n');
}
/** The draft PR body: summary, `Closes #n`, plan, findings, cost table and the hidden state. */
function renderPrBody(input) {
    const { state } = input;
    const open = state.findings.filter((f) => f.status === 'open');
    const parts = [
        ...(input.sandbox === 'off' ? [`> [!WARNING]\n> ${_engines_sandbox_off_js__WEBPACK_IMPORTED_MODULE_4__/* .SANDBOX_OFF_WARNING */ .p}`] : []),
        `## Summary\n\n${input.summary.trim() || '(the agent gave no summary)'}`,
        // Issue 0: a branch reviewed or fixed locally with no issue (`lailatov review --head B`).
        ...(state.issue > 0 ? [`Closes #${state.issue}`] : []),
        `**Status:** ${input.status} · **Remediation rounds:** ${state.round}`,
    ];
    if (state.acceptanceCriteria.length > 0)
        parts.push(`## Acceptance criteria\n\n${state.acceptanceCriteria.map((c) => `- ${c}`).join('\n')}`);
    if (state.plan)
        parts.push(`## Plan\n\n${state.plan}`);
    if (input.tests)
        parts.push(`## Tests\n\n${input.tests}`);
    if (state.findings.length > 0)
        parts.push(`## Review findings (${open.length} open)\n\n${state.findings
            .map((f) => `- ${f.status === 'open' ? '⬜' : '✅'} ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFinding */ .jb)(f)} \`${f.fingerprint}\``)
            .join('\n')}`);
    if (input.extra)
        parts.push(input.extra);
    parts.push(`## Cost\n\n${costTable(state.stages)}`);
    return `${(0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeMarkers */ .lW)(parts.join('\n\n'))}\n\n${(0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .renderStateMarker */ .UT)(state)}\n`;
}


/***/ }),

/***/ 49074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ parseStateMarker),
/* harmony export */   UT: () => (/* binding */ renderStateMarker),
/* harmony export */   lW: () => (/* binding */ neutralizeMarkers)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96724);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19013);



const MARKER = /<!-- lailatov:state (\{.*?\}) -->/gs;
const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0);
const tokens = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ input: count, output: count, cacheRead: count, cacheWrite: count });
const stageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    stage: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    engine: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    provider: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    tokens,
    turns: count,
    durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0),
    outcome: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    // An engine chain's links (src/core/outcomes/schema.ts StageLink): kept across stages.
    links: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        engine: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        outcome: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        costUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        tokens,
        turns: count,
        durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0),
        detail: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    }))
        .optional(),
});
const findingSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC),
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    lines: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ start: count, end: count }).nullable(),
    rule: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    suggestion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .FINDING_STATUSES */ .pM),
    firstRound: count,
    survivedRounds: count,
});
/** The marker is read back from a body others can edit: every field is checked, not cast. */
const stateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    v: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    correlationId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    issue: count,
    branch: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    base: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    acceptanceCriteria: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    plan: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    summary: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    round: count,
    stages: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(stageSchema),
    findings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(findingSchema),
    reviewedSha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    checks: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_RESULTS */ .ql)),
    testFailure: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
});
/** The hidden marker. `<`, `>` are escaped so no text in the state can end the HTML comment. */
function renderStateMarker(state) {
    const json = JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    return `<!-- lailatov:state ${json} -->`;
}
/**
 * The state in a PR body, or null. The suite writes its marker last, so only the last one
 * counts: a marker planted earlier in the text (an agent summary quoting one) is ignored. A
 * marker that is not valid JSON or not a whole state is null, never a partial state.
 */
function parseStateMarker(body) {
    const last = [...body.matchAll(MARKER)].at(-1)?.[1];
    if (last === undefined)
        return null;
    let json;
    try {
        json = JSON.parse(last);
    }
    catch {
        return null;
    }
    const r = stateSchema.safeParse(json);
    return r.success ? r.data : null;
}
/** Free text placed in a PR body (summaries, plans) can never open an HTML comment (a marker). */
function neutralizeMarkers(text) {
    return text.replace(/<!--/g, '&lt;!--');
}


/***/ })

};
;