export const id = 460;
export const ids = [460];
export const modules = {

/***/ 5460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ql: () => (/* reexport */ CHECK_RESULTS),
  pM: () => (/* reexport */ FINDING_STATUSES),
  Ky: () => (/* reexport */ OUTCOME_SCHEMA_VERSION),
  yH: () => (/* reexport */ OutcomeAggregator),
  og: () => (/* reexport */ formatIssues),
  eR: () => (/* reexport */ parseOutcomeLine),
  c5: () => (/* reexport */ validateOutcomeRecord)
});

// UNUSED EXPORTS: FINDING_SEVERITIES, LogHistogram, RISK_TIERS, RUN_SOURCES, TERMINAL_OUTCOMES, toOutcomeView, totalsOf, viewFromV0

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
const RISK_TIERS = ['high', 'medium', 'low', 'none'];
const CHECK_RESULTS = ['passed', 'failed', 'skipped', 'neutral'];
const FINDING_SEVERITIES = ['blocking', 'major', 'minor', 'nit'];
const FINDING_STATUSES = ['open', 'resolved'];

// EXTERNAL MODULE: ./src/core/usage.ts
var usage = __webpack_require__(2485);
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
    c.oneOf(r.source, RUN_SOURCES, '$.source');
    c.oneOf(r.outcome, TERMINAL_OUTCOMES, '$.outcome');
    if (r.riskTier !== null)
        c.oneOf(r.riskTier, RISK_TIERS, '$.riskTier');
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
function formatIssues(issues) {
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
            totals: { costUsd: null, tokens: (0,usage/* zeroUsage */.My)(), turns: 0, durationMs: 0 },
            timestamp: typeof r.timestamp === 'string' ? r.timestamp : null,
        },
    };
}
/** Turns one parsed JSON line into a view, choosing the schema by `schemaVersion`. */
function toOutcomeView(v) {
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

;// CONCATENATED MODULE: ./src/core/outcomes/histogram.ts
/**
 * A log-bucketed histogram (the DDSketch idea): bucket i holds values in (g^(i-1), g^i] with
 * g = (1+a)/(1-a), so any quantile it returns is within relative error `a` of a true sample
 * value. Memory depends on the range of values, not on how many there are: costs from
 * $0.000001 to $100,000 at a = 0.5% span about 2,300 buckets, for one record or a billion.
 * Exact quantiles would need every value (8 MB per million, growing with the file); a
 * t-digest bounds memory too but its error is absolute in rank, not relative in dollars.
 */
class LogHistogram {
    relativeAccuracy;
    logGamma;
    gamma;
    buckets = new Map();
    zeros = 0;
    n = 0;
    minSeen = Number.POSITIVE_INFINITY;
    maxSeen = Number.NEGATIVE_INFINITY;
    constructor(relativeAccuracy = 0.005) {
        this.relativeAccuracy = relativeAccuracy;
        if (!(relativeAccuracy > 0 && relativeAccuracy < 1))
            throw new RangeError('relativeAccuracy must be in (0, 1)');
        this.gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
        this.logGamma = Math.log(this.gamma);
    }
    /** Adds a value >= 0; negative or non-finite values are a bug in the caller. */
    add(value) {
        if (!(value >= 0) || !Number.isFinite(value))
            throw new RangeError(`bad value ${value}`);
        this.n++;
        if (value < this.minSeen)
            this.minSeen = value;
        if (value > this.maxSeen)
            this.maxSeen = value;
        // Below a nanodollar is zero for our purposes and would add useless buckets.
        if (value < 1e-9) {
            this.zeros++;
            return;
        }
        const i = Math.ceil(Math.log(value) / this.logGamma);
        this.buckets.set(i, (this.buckets.get(i) ?? 0) + 1);
    }
    get count() {
        return this.n;
    }
    get bucketCount() {
        return this.buckets.size + (this.zeros > 0 ? 1 : 0);
    }
    /** The q-quantile (0..1) by the nearest-rank rule, or null when empty. */
    quantile(q) {
        if (this.n === 0)
            return null;
        if (q <= 0)
            return this.minSeen;
        if (q >= 1)
            return this.maxSeen;
        const rank = Math.max(1, Math.ceil(q * this.n));
        let seen = this.zeros;
        if (seen >= rank)
            return 0;
        const keys = [...this.buckets.keys()].sort((a, b) => a - b);
        for (const k of keys) {
            seen += this.buckets.get(k) ?? 0;
            if (seen >= rank) {
                // The bucket's midpoint in relative terms: within `a` of every value in it.
                const estimate = (2 * Math.pow(this.gamma, k)) / (this.gamma + 1);
                return Math.min(this.maxSeen, Math.max(this.minSeen, estimate));
            }
        }
        return this.maxSeen;
    }
}

;// CONCATENATED MODULE: ./src/core/outcomes/aggregate.ts


function bump(map, key, by = 1) {
    map.set(key, (map.get(key) ?? 0) + by);
}
/**
 * Streaming aggregation: feed lines one at a time. Memory is bounded by the number of distinct
 * outcomes, tiers, engines and models plus the histogram's buckets and the capped list of
 * corrupt lines, so it stays flat however long the log is.
 */
class OutcomeAggregator {
    records = 0;
    versions = new Map();
    outcomes = new Map();
    originals = new Map();
    tiers = new Map();
    engines = new Map();
    models = new Map();
    modelCost = new Map();
    costs;
    knownUsd = 0;
    unknownCost = 0;
    tokens = (0,usage/* zeroUsage */.My)();
    turns = 0;
    durationMs = 0;
    first = null;
    last = null;
    corruptCount = 0;
    corruptLines = [];
    blanks = 0;
    maxListed;
    constructor(opts = {}) {
        this.maxListed = opts.maxListedCorrupt ?? 100;
        this.costs = new LogHistogram(opts.relativeAccuracy);
    }
    addLine(p) {
        if (p.kind === 'record')
            this.addRecord(p.view);
        else if (p.kind === 'corrupt')
            this.addCorrupt({ line: p.line, reason: p.reason });
        else
            this.blanks++;
    }
    addCorrupt(c) {
        this.corruptCount++;
        if (this.corruptLines.length < this.maxListed)
            this.corruptLines.push(c);
    }
    addRecord(v) {
        this.records++;
        bump(this.versions, `v${v.schemaVersion}`);
        bump(this.outcomes, v.outcome);
        if (v.schemaVersion === 0)
            bump(this.originals, v.originalOutcome);
        bump(this.tiers, v.riskTier ?? 'unknown');
        for (const s of v.stages) {
            bump(this.engines, s.engine);
            bump(this.models, s.model);
            if (s.costUsd !== null)
                bump(this.modelCost, s.model, s.costUsd);
        }
        if (v.totals.costUsd === null)
            this.unknownCost++;
        else {
            this.knownUsd += v.totals.costUsd;
            this.costs.add(v.totals.costUsd);
        }
        this.tokens = (0,usage/* addUsage */.vk)(this.tokens, v.totals.tokens);
        this.turns += v.totals.turns;
        this.durationMs += v.totals.durationMs;
        // ISO strings in one zone compare as text; mixed zones are rare enough to accept.
        if (v.timestamp !== null) {
            if (this.first === null || v.timestamp < this.first)
                this.first = v.timestamp;
            if (this.last === null || v.timestamp > this.last)
                this.last = v.timestamp;
        }
    }
    summary() {
        const obj = (m) => Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
        return {
            records: this.records,
            bySchemaVersion: obj(this.versions),
            byOutcome: obj(this.outcomes),
            byOriginalOutcome: obj(this.originals),
            byRiskTier: obj(this.tiers),
            byEngine: obj(this.engines),
            byModel: obj(this.models),
            cost: {
                knownUsd: this.knownUsd,
                unknownRecords: this.unknownCost,
                p50: this.costs.quantile(0.5),
                p90: this.costs.quantile(0.9),
                p99: this.costs.quantile(0.99),
                max: this.costs.quantile(1),
                relativeAccuracy: this.costs.relativeAccuracy,
            },
            costByModelUsd: obj(this.modelCost),
            tokens: this.tokens,
            turns: this.turns,
            durationMs: this.durationMs,
            firstTimestamp: this.first,
            lastTimestamp: this.last,
            corrupt: { count: this.corruptCount, lines: [...this.corruptLines] },
            blankLines: this.blanks,
        };
    }
}

;// CONCATENATED MODULE: ./src/core/outcomes/index.ts








/***/ }),

/***/ 2485:
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


/***/ })

};
