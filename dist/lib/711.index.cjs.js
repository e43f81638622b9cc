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

/***/ 31460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ costTable),
  d: () => (/* binding */ usd)
});

// EXTERNAL MODULE: ./src/core/outcomes/view.ts
var view = __webpack_require__(69084);
;// CONCATENATED MODULE: ./src/core/markdown-table.ts
// Markdown table cells that hold whatever a log or a config says: a `|` or a newline in a name
// must not split the row, nor a backtick end its code span.
/** One table row; each cell on one line, its pipes escaped (GFM reads `\|` as a literal pipe). */
function tableRow(cells) {
    return `| ${cells.map((c) => String(c).replace(/\s+/g, ' ').replace(/\|/g, '\\|')).join(' | ')} |`;
}
/**
 * `text` as an inline code span that no backtick inside it can end: the fence is one backtick
 * longer than the longest run in the text, padded with a space where the text starts or ends
 * with one (CommonMark strips one space on each side).
 */
function codeSpan(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}

// EXTERNAL MODULE: ./src/core/usage.ts
var usage = __webpack_require__(14528);
;// CONCATENATED MODULE: ./src/core/cost/cost-table.ts



/** A cost as the tables show it: 4 decimals, and "unknown" (never $0) when it could not be priced. */
function usd(v) {
    return v === null ? 'unknown' : `$${v.toFixed(4)}`;
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
/** A chain link's sub-row under its stage: its own engine, model, cost, tokens and outcome. */
function linkRow(l, index) {
    return tableRow([
        `↳ link ${index + 1}`,
        l.engine,
        codeSpan(l.model),
        usd(l.costUsd),
        (0,usage/* totalTokens */.RP)(l.tokens),
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
        tableRow([
            s.stage,
            s.engine,
            codeSpan(s.model),
            usd(s.costUsd),
            (0,usage/* totalTokens */.RP)(s.tokens),
            s.turns,
            seconds(s.durationMs),
            s.outcome,
        ]),
        ...(s.links ?? []).map(linkRow),
    ]);
    const t = (0,view/* totalsOf */.vA)(stages);
    return [
        '| Stage | Engine | Model | Cost | Tokens | Turns | Duration | Outcome |',
        '|---|---|---|---|---|---|---|---|',
        ...rows,
        `| **Total** | | | **${usd(t.costUsd)}** | ${(0,usage/* totalTokens */.RP)(t.tokens)} | ${t.turns} | ${seconds(t.durationMs)} | |`,
    ].join('\n');
}


/***/ }),

/***/ 37774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ TERMINAL_OUTCOMES),
/* harmony export */   Ky: () => (/* binding */ OUTCOME_SCHEMA_VERSION),
/* harmony export */   Wk: () => (/* binding */ RECORD_FIELD_NAMES),
/* harmony export */   _o: () => (/* binding */ FINDING_SEVERITIES),
/* harmony export */   ac: () => (/* binding */ RISK_TIERS),
/* harmony export */   fY: () => (/* binding */ RUN_SOURCES),
/* harmony export */   pM: () => (/* binding */ FINDING_STATUSES),
/* harmony export */   ql: () => (/* binding */ CHECK_RESULTS)
/* harmony export */ });
/** The schema version this suite writes. Records without `schemaVersion` are the predecessor's (v0). */
const OUTCOME_SCHEMA_VERSION = 1;
/** The top-level fields of a v1 record, in the order the suite writes them. */
const RECORD_FIELD_NAMES = [
    'schemaVersion',
    'correlationId',
    'runId',
    'runAttempt',
    'repo',
    'issue',
    'pr',
    'branch',
    'headSha',
    'source',
    'outcome',
    'riskTier',
    'checks',
    'changedFiles',
    'findings',
    'remediationRounds',
    'stages',
    'totals',
    'timestamp',
    'suiteVersion',
];
/** Terminal outcomes of one pipeline run (DESIGN.md §1: never a silent success). */
const TERMINAL_OUTCOMES = [
    'ready',
    'escalated',
    'needs_clarification',
    'blocked',
    'no_changes',
    'budget_exceeded',
    'infra_error',
    'cancelled',
    /** The engine stopped (turn cap, refusal) after partial edits: a draft PR, never ready. */
    'incomplete',
    /** The model refused a structured call (triage, review). */
    'refused',
    /** A comment command answered in a reply (help, ask, describe, a review of a human's PR). */
    'answered',
];
/** What started the run. */
const RUN_SOURCES = [
    'github-issue',
    'issue-comment',
    'repository-dispatch',
    'pull-request',
    'workflow-dispatch',
    'local',
    'demo',
];
const RISK_TIERS = ['high', 'medium', 'low', 'none'];
const CHECK_RESULTS = ['passed', 'failed', 'skipped', 'neutral'];
const FINDING_SEVERITIES = ['blocking', 'major', 'minor', 'nit'];
const FINDING_STATUSES = ['open', 'resolved'];


/***/ }),

/***/ 62707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ validateOutcomeRecord),
/* harmony export */   o: () => (/* binding */ formatIssues)
/* harmony export */ });
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14528);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37774);


const TOP_LEVEL_KEYS = new Set(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_FIELD_NAMES */ .Wk);
// ISO 8601 date-time with a zone; Date.parse alone accepts too much ("2024", "March 7").
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/**
 * A hand-written checker rather than zod: it runs once per line on million-line logs, and a
 * plain walk is several times faster while still naming every bad field by its JSON path.
 */
class Checker {
    issues = [];
    fail(path, message) {
        this.issues.push({ path, message });
    }
    object(v, path) {
        if (typeof v === 'object' && v !== null && !Array.isArray(v))
            return v;
        this.fail(path, `must be an object, got ${describe(v)}`);
        return undefined;
    }
    string(v, path, opts = {}) {
        if (typeof v !== 'string')
            this.fail(path, `must be a string, got ${describe(v)}`);
        else if (opts.nonEmpty && v.length === 0)
            this.fail(path, 'must not be empty');
    }
    nullableString(v, path) {
        if (v !== null)
            this.string(v, path, { nonEmpty: true });
    }
    count(v, path, opts = {}) {
        const min = opts.min ?? 0;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
            this.fail(path, `must be an integer >= ${min}, got ${describe(v)}`);
    }
    nullableCount(v, path, min) {
        if (v !== null)
            this.count(v, path, { min });
    }
    /** A finite number >= 0 (durations may be fractional). */
    amount(v, path) {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
            this.fail(path, `must be a finite number >= 0, got ${describe(v)}`);
    }
    cost(v, path) {
        if (v !== null)
            this.amount(v, path);
    }
    oneOf(v, allowed, path) {
        if (typeof v !== 'string' || !allowed.includes(v))
            this.fail(path, `must be one of ${allowed.join(' | ')}, got ${describe(v)}`);
    }
    array(v, path) {
        if (Array.isArray(v))
            return v;
        this.fail(path, `must be an array, got ${describe(v)}`);
        return undefined;
    }
    tokens(v, path) {
        const o = this.object(v, path);
        if (!o)
            return;
        for (const k of _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN_USAGE_KEYS */ .TY)
            this.count(o[k], `${path}.${k}`);
    }
}
function describe(v) {
    if (v === null)
        return 'null';
    if (v === undefined)
        return 'nothing (the field is missing)';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'string')
        return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
    if (typeof v === 'object')
        return 'an object';
    return `${typeof v} ${String(v)}`;
}
function checkFinding(c, v, path) {
    const f = c.object(v, path);
    if (!f)
        return;
    c.oneOf(f.severity, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FINDING_SEVERITIES */ ._o, `${path}.severity`);
    c.nullableString(f.path, `${path}.path`);
    if (f.lines !== null) {
        const l = c.object(f.lines, `${path}.lines`);
        if (l) {
            c.count(l.start, `${path}.lines.start`, { min: 1 });
            c.count(l.end, `${path}.lines.end`, { min: 1 });
            if (typeof l.start === 'number' && typeof l.end === 'number' && l.end < l.start)
                c.fail(`${path}.lines.end`, 'must be >= lines.start');
        }
    }
    c.string(f.rule, `${path}.rule`);
    c.string(f.message, `${path}.message`);
    c.string(f.fingerprint, `${path}.fingerprint`, { nonEmpty: true });
    c.oneOf(f.status, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .FINDING_STATUSES */ .pM, `${path}.status`);
}
function checkStage(c, v, path) {
    const s = c.object(v, path);
    if (!s)
        return;
    c.string(s.stage, `${path}.stage`, { nonEmpty: true });
    c.string(s.engine, `${path}.engine`, { nonEmpty: true });
    c.string(s.model, `${path}.model`, { nonEmpty: true });
    c.string(s.provider, `${path}.provider`, { nonEmpty: true });
    c.cost(s.costUsd, `${path}.costUsd`);
    c.tokens(s.tokens, `${path}.tokens`);
    c.count(s.turns, `${path}.turns`);
    c.amount(s.durationMs, `${path}.durationMs`);
    c.string(s.outcome, `${path}.outcome`, { nonEmpty: true });
    if (s.links !== undefined)
        c.array(s.links, `${path}.links`)?.forEach((l, i) => checkLink(c, l, `${path}.links[${i}]`));
}
function checkLink(c, v, path) {
    const l = c.object(v, path);
    if (!l)
        return;
    c.string(l.engine, `${path}.engine`, { nonEmpty: true });
    c.string(l.model, `${path}.model`, { nonEmpty: true });
    c.string(l.outcome, `${path}.outcome`, { nonEmpty: true });
    c.cost(l.costUsd, `${path}.costUsd`);
    c.tokens(l.tokens, `${path}.tokens`);
    c.count(l.turns, `${path}.turns`);
    c.amount(l.durationMs, `${path}.durationMs`);
    if (l.detail !== undefined)
        c.string(l.detail, `${path}.detail`);
}
/** Checks a parsed JSON value against outcome schema v1; every issue names its field path. */
function validateOutcomeRecord(v, opts = {}) {
    const c = new Checker();
    const r = c.object(v, '$');
    if (!r)
        return { ok: false, issues: c.issues };
    if (r.schemaVersion !== 1)
        c.fail('$.schemaVersion', `must be 1, got ${describe(r.schemaVersion)}`);
    c.string(r.correlationId, '$.correlationId', { nonEmpty: true });
    c.string(r.runId, '$.runId', { nonEmpty: true });
    c.count(r.runAttempt, '$.runAttempt', { min: 1 });
    if (typeof r.repo !== 'string' || !REPO.test(r.repo))
        c.fail('$.repo', `must be "owner/name", got ${describe(r.repo)}`);
    c.nullableCount(r.issue, '$.issue', 1);
    c.nullableCount(r.pr, '$.pr', 1);
    c.nullableString(r.branch, '$.branch');
    c.nullableString(r.headSha, '$.headSha');
    c.oneOf(r.source, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_SOURCES */ .fY, '$.source');
    c.oneOf(r.outcome, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .TERMINAL_OUTCOMES */ .BF, '$.outcome');
    if (r.riskTier !== null)
        c.oneOf(r.riskTier, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RISK_TIERS */ .ac, '$.riskTier');
    const checks = c.object(r.checks, '$.checks');
    if (checks)
        for (const [name, result] of Object.entries(checks))
            c.oneOf(result, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_RESULTS */ .ql, `$.checks.${name}`);
    const files = c.array(r.changedFiles, '$.changedFiles');
    files?.forEach((f, i) => c.string(f, `$.changedFiles[${i}]`, { nonEmpty: true }));
    const findings = c.array(r.findings, '$.findings');
    findings?.forEach((f, i) => checkFinding(c, f, `$.findings[${i}]`));
    c.count(r.remediationRounds, '$.remediationRounds');
    const stages = c.array(r.stages, '$.stages');
    stages?.forEach((s, i) => checkStage(c, s, `$.stages[${i}]`));
    const totals = c.object(r.totals, '$.totals');
    if (totals) {
        c.cost(totals.costUsd, '$.totals.costUsd');
        c.tokens(totals.tokens, '$.totals.tokens');
        c.count(totals.turns, '$.totals.turns');
        c.amount(totals.durationMs, '$.totals.durationMs');
    }
    if (typeof r.timestamp !== 'string' || !ISO_TIMESTAMP.test(r.timestamp))
        c.fail('$.timestamp', `must be an ISO 8601 date-time with a zone, got ${describe(r.timestamp)}`);
    c.string(r.suiteVersion, '$.suiteVersion', { nonEmpty: true });
    if (opts.strict)
        for (const k of Object.keys(r))
            if (!TOP_LEVEL_KEYS.has(k))
                c.fail(`$.${k}`, 'is not a field of outcome schema v1');
    return c.issues.length === 0
        ? { ok: true, value: r }
        : { ok: false, issues: c.issues };
}
function formatIssues(issues) {
    return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}


/***/ }),

/***/ 69084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZO: () => (/* binding */ toOutcomeView),
/* harmony export */   vA: () => (/* binding */ totalsOf)
/* harmony export */ });
/* unused harmony export viewFromV0 */
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14528);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37774);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62707);



/**
 * How the predecessor's outcomes map onto ours. `clean` marked the PR ready; `blocked` was a
 * risk-gate stop; test and review failures left a draft PR for a human, which is what
 * `escalated` means here.
 */
const V0_OUTCOMES = {
    clean: 'ready',
    blocked: 'blocked',
    'tests-failed': 'escalated',
    'review-failed': 'escalated',
};
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function fromV1(r) {
    return {
        schemaVersion: 1,
        originalOutcome: r.outcome,
        outcome: r.outcome,
        riskTier: r.riskTier,
        stages: r.stages,
        totals: r.totals,
        timestamp: r.timestamp,
        repo: r.repo,
        issue: r.issue,
        pr: r.pr,
        branch: r.branch,
        correlationId: r.correlationId,
        record: r,
    };
}
/**
 * Reads a predecessor line. It never wrote cost or tokens (`cost_usd` was read but never
 * written), so its cost is unknown (null), not 0. Its engine was always claude-code-action.
 */
function viewFromV0(r) {
    const issues = [];
    const original = r.outcome;
    const outcome = typeof original === 'string' ? V0_OUTCOMES[original] : undefined;
    if (typeof original !== 'string' || outcome === undefined) {
        issues.push({
            path: '$.outcome',
            message: `must be one of ${Object.keys(V0_OUTCOMES).join(' | ')} in a record without schemaVersion (the predecessor's format), got ${JSON.stringify(original)}`,
        });
    }
    const tier = r.risk_tier;
    if (tier !== undefined && typeof tier !== 'string')
        issues.push({ path: '$.risk_tier', message: 'must be a string' });
    if (r.timestamp !== undefined && typeof r.timestamp !== 'string')
        issues.push({ path: '$.timestamp', message: 'must be a string' });
    if (issues.length > 0 || outcome === undefined || typeof original !== 'string')
        return { ok: false, issues };
    const provider = typeof r.provider === 'string' && r.provider !== '' ? r.provider : 'unknown';
    const stages = [];
    for (const [stage, key] of [
        ['write', 'model'],
        ['review', 'review_model'],
    ]) {
        const model = r[key];
        if (typeof model === 'string' && model !== '')
            stages.push({ stage, engine: 'claude-code', model, provider, costUsd: null });
    }
    return {
        ok: true,
        value: {
            schemaVersion: 0,
            originalOutcome: original,
            outcome,
            riskTier: _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .RISK_TIERS */ .ac.includes(tier)
                ? tier
                : null,
            stages,
            totals: { costUsd: null, tokens: (0,_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .zeroUsage */ .My)(), turns: 0, durationMs: 0 },
            timestamp: typeof r.timestamp === 'string' ? r.timestamp : null,
            repo: null,
            issue: null,
            pr: null,
            branch: null,
            correlationId: null,
        },
    };
}
/** Turns one parsed JSON line into a view, choosing the schema by `schemaVersion`. */
function toOutcomeView(v) {
    if (!isObj(v))
        return (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateOutcomeRecord */ .c)(v);
    if (!('schemaVersion' in v))
        return viewFromV0(v);
    const checked = (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateOutcomeRecord */ .c)(v);
    return checked.ok ? { ok: true, value: fromV1(checked.value) } : checked;
}
/**
 * Totals a writer derives from its stages: cost is unknown as soon as one stage's is. The cost
 * is rounded to micro-dollars because a sum of binary floats carries noise (0.1 + 0.2 is
 * 0.30000000000000004) into the record, the PR body and every sum built on them; a millionth of
 * a dollar is far below what a table shows (4 decimals) or a budget decides.
 */
function totalsOf(stages) {
    let costUsd = 0;
    let tokens = (0,_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .zeroUsage */ .My)();
    let turns = 0;
    let durationMs = 0;
    for (const s of stages) {
        costUsd = costUsd === null || s.costUsd === null ? null : costUsd + s.costUsd;
        tokens = (0,_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .addUsage */ .vk)(tokens, s.tokens);
        turns += s.turns;
        durationMs += s.durationMs;
    }
    return {
        costUsd: costUsd === null ? null : Math.round(costUsd * 1e6) / 1e6,
        tokens,
        turns,
        durationMs,
    };
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

/***/ 30363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ renderProgress),
/* harmony export */   VF: () => (/* binding */ renderStageSummary)
/* harmony export */ });
/* unused harmony export PIPELINE_STEPS */
/* harmony import */ var _core_cost_cost_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31460);
/* harmony import */ var _core_outcomes_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69084);


const PIPELINE_STEPS = ['triage', 'write', 'review', 'remediate', 'ready'];
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
        `**Cost so far:** ${(0,_core_cost_cost_table_js__WEBPACK_IMPORTED_MODULE_0__/* .usd */ .d)((0,_core_outcomes_view_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsOf */ .vA)(view.stages).costUsd)} · [workflow run](${view.runUrl})${view.prUrl ? ` · [pull request](${view.prUrl})` : ''}`,
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
        ...(s.stages.length > 0 ? ['### Cost', (0,_core_cost_cost_table_js__WEBPACK_IMPORTED_MODULE_0__/* .costTable */ .k)(s.stages)] : []),
    ].join('\n\n');
}


/***/ })

};
;