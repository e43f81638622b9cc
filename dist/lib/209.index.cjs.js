"use strict";
exports.id = 209;
exports.ids = [209];
exports.modules = {

/***/ 77209:
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
var errors = __webpack_require__(74296);
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
;