export const id = 378;
export const ids = [378,999];
export const modules = {

/***/ 44999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ry: () => (/* reexport */ CostLedger),
  costOf: () => (/* reexport */ costOf)
});

// UNUSED EXPORTS: DEFAULT_PRICES, findPrice, mergePrices, modelKeys

;// CONCATENATED MODULE: ./src/core/cost/prices.ts
const OPUS_4_5_AND_LATER = { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 };
const OPUS_4_0_AND_4_1 = { input: 15, output: 75, cacheWrite: 18.75, cacheRead: 1.5 };
const SONNET_4 = { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 };
const HAIKU_4_5 = { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 };
const HAIKU_3_5 = { input: 0.8, output: 4, cacheWrite: 1, cacheRead: 0.08 };
const GPT_5 = { input: 1.25, output: 10, cacheWrite: 0, cacheRead: 0.125 };
const GEMINI_2_5_PRO = { input: 1.25, output: 10, cacheWrite: 0, cacheRead: 0.125 };
/** Keyed by the provider's model id (aliases; dated and cloud ids resolve to these). */
const prices_DEFAULT_PRICES = {
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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(92091);
;// CONCATENATED MODULE: ./src/core/cost/price-table.ts


const PRICE_FIELDS = (/* unused pure expression or super */ null && (['input', 'output', 'cacheWrite', 'cacheRead']));
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
function costOf(model, usage, table = prices_DEFAULT_PRICES) {
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
 * Checks a user's price override (parsed JSON) and merges it over the defaults. A model may
 * be new (all four prices required) or existing (any subset replaces those prices).
 * Every bad key is named, with its JSON path, in one UserError.
 */
function mergePrices(override, base = DEFAULT_PRICES, source = 'prices') {
    if (typeof override !== 'object' || override === null || Array.isArray(override))
        throw new UserError(`${source}: must be an object mapping model ids to prices`);
    const problems = [];
    const merged = { ...base };
    for (const [model, raw] of Object.entries(override)) {
        const at = `${source}.${model}`;
        if (model.trim() === '') {
            problems.push(`${source}: a model id must not be empty`);
            continue;
        }
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
            problems.push(`${at}: must be an object {input, output, cacheWrite, cacheRead}`);
            continue;
        }
        const entry = raw;
        for (const k of Object.keys(entry))
            if (!PRICE_FIELDS.includes(k))
                problems.push(`${at}.${k}: unknown price field; use ${PRICE_FIELDS.join(', ')} (USD per million tokens)`);
        const existing = base[model];
        const next = { ...existing };
        for (const k of PRICE_FIELDS) {
            const v = entry[k];
            if (v === undefined) {
                if (!existing)
                    problems.push(`${at}.${k}: is required for a model not in the built-in table`);
            }
            else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
                problems.push(`${at}.${k}: must be a number >= 0 (USD per million tokens), got ${JSON.stringify(v)}`);
            }
            else
                next[k] = v;
        }
        merged[model] = next;
    }
    if (problems.length > 0)
        throw new UserError(`${source}: ${problems.length} problem(s) in the price override`, problems);
    return merged;
}

// EXTERNAL MODULE: ./src/core/usage.ts
var core_usage = __webpack_require__(62485);
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

/***/ 77559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ql: () => (/* reexport */ CHECK_RESULTS),
  pM: () => (/* reexport */ FINDING_STATUSES),
  Ky: () => (/* reexport */ OUTCOME_SCHEMA_VERSION),
  og: () => (/* reexport */ validate_formatIssues),
  c5: () => (/* reexport */ validate_validateOutcomeRecord)
});

// UNUSED EXPORTS: FINDING_SEVERITIES, LogHistogram, OutcomeAggregator, RISK_TIERS, RUN_SOURCES, TERMINAL_OUTCOMES, parseOutcomeLine, toOutcomeView, totalsOf, viewFromV0

;// CONCATENATED MODULE: ./src/core/outcomes/schema.ts
/** The schema version this suite writes. Records without `schemaVersion` are the predecessor's (v0). */
const OUTCOME_SCHEMA_VERSION = 1;
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
const schema_RISK_TIERS = ['high', 'medium', 'low', 'none'];
const CHECK_RESULTS = ['passed', 'failed', 'skipped', 'neutral'];
const FINDING_SEVERITIES = ['blocking', 'major', 'minor', 'nit'];
const FINDING_STATUSES = ['open', 'resolved'];

// EXTERNAL MODULE: ./src/core/usage.ts
var usage = __webpack_require__(62485);
;// CONCATENATED MODULE: ./src/core/outcomes/validate.ts


const TOP_LEVEL_KEYS = new Set([
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
]);
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
        for (const k of usage/* TOKEN_USAGE_KEYS */.TY)
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
    c.oneOf(f.severity, FINDING_SEVERITIES, `${path}.severity`);
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
    c.oneOf(f.status, FINDING_STATUSES, `${path}.status`);
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
}
/** Checks a parsed JSON value against outcome schema v1; every issue names its field path. */
function validate_validateOutcomeRecord(v, opts = {}) {
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
    c.oneOf(r.source, RUN_SOURCES, '$.source');
    c.oneOf(r.outcome, TERMINAL_OUTCOMES, '$.outcome');
    if (r.riskTier !== null)
        c.oneOf(r.riskTier, schema_RISK_TIERS, '$.riskTier');
    const checks = c.object(r.checks, '$.checks');
    if (checks)
        for (const [name, result] of Object.entries(checks))
            c.oneOf(result, CHECK_RESULTS, `$.checks.${name}`);
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
function validate_formatIssues(issues) {
    return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}

;// CONCATENATED MODULE: ./src/core/outcomes/view.ts



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
            riskTier: RISK_TIERS.includes(tier)
                ? tier
                : null,
            stages,
            totals: { costUsd: null, tokens: zeroUsage(), turns: 0, durationMs: 0 },
            timestamp: typeof r.timestamp === 'string' ? r.timestamp : null,
        },
    };
}
/** Turns one parsed JSON line into a view, choosing the schema by `schemaVersion`. */
function view_toOutcomeView(v) {
    if (!isObj(v))
        return validateOutcomeRecord(v);
    if (!('schemaVersion' in v))
        return viewFromV0(v);
    const checked = validateOutcomeRecord(v);
    return checked.ok ? { ok: true, value: fromV1(checked.value) } : checked;
}
/** Totals a writer derives from its stages: cost is unknown as soon as one stage's is. */
function totalsOf(stages) {
    let costUsd = 0;
    let tokens = zeroUsage();
    let turns = 0;
    let durationMs = 0;
    for (const s of stages) {
        costUsd = costUsd === null || s.costUsd === null ? null : costUsd + s.costUsd;
        tokens = addUsage(tokens, s.tokens);
        turns += s.turns;
        durationMs += s.durationMs;
    }
    return { costUsd, tokens, turns, durationMs };
}

;// CONCATENATED MODULE: ./src/core/outcomes/line.ts


/** Parses one line of the JSONL log (without its line break). Pure; never throws. */
function parseOutcomeLine(text, line) {
    // Tolerate CRLF files and trailing spaces; a whitespace-only line is not a record.
    const trimmed = text.trim();
    if (trimmed === '')
        return { kind: 'blank', line };
    let json;
    try {
        json = JSON.parse(trimmed);
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return { kind: 'corrupt', line, reason: `not valid JSON (${why})` };
    }
    const view = toOutcomeView(json);
    if (!view.ok)
        return { kind: 'corrupt', line, reason: formatIssues(view.issues) };
    return { kind: 'record', line, view: view.value };
}

;// CONCATENATED MODULE: ./src/core/outcomes/index.ts








/***/ }),

/***/ 62485:
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

/***/ 27926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ reviewFindingSchema),
/* harmony export */   Xb: () => (/* binding */ toOutcomeFinding),
/* harmony export */   jb: () => (/* binding */ describeFinding),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   u4: () => (/* binding */ track)
/* harmony export */ });
/* unused harmony export fingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63241);


const SEVERITIES = ['blocking', 'major', 'minor', 'nit'];
/** A finding as the review model returns it. */
const reviewFindingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(SEVERITIES),
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    startLine: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).nullable(),
    endLine: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).nullable(),
    rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    suggestion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().optional(),
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


/***/ }),

/***/ 63805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lj: () => (/* binding */ budgetLeft),
/* harmony export */   vA: () => (/* binding */ totalsOf)
/* harmony export */ });
/* unused harmony export ledgerOf */
/* harmony import */ var _core_cost_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44999);

/** The stage a record's budget belongs to: `remediate-2` → remediate, `audit`/`plan` → their parent. */
function budgetStage(stage) {
    const s = stage.replace(/-\d+$/, '');
    if (s === 'audit')
        return 'review';
    if (s === 'plan')
        return 'write';
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
/** USD the issue may still spend; 0 when a stage's cost is unknown (fail closed). */
function budgetLeft(config, stages) {
    return ledgerOf(config, stages).remaining() ?? 0;
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


/***/ })

};
