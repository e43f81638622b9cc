"use strict";
exports.id = 656;
exports.ids = [656];
exports.modules = {

/***/ 12656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iu: () => (/* reexport */ applyOverrides),
  RH: () => (/* reexport */ egressSettings),
  Qi: () => (/* reexport */ loadConfigAt),
  Lu: () => (/* reexport */ prices.priceTableOf),
  TI: () => (/* reexport */ testCommandArgs)
});

// UNUSED EXPORTS: CONFIG_PATH, STAGES, configSchema, loadConfigFile, parseConfig

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/core/cost/price-table.ts
var price_table = __webpack_require__(75237);
// EXTERNAL MODULE: ./src/core/sandbox/egress-policy.ts
var egress_policy = __webpack_require__(39991);
;// CONCATENATED MODULE: ./src/config/schema.ts



/**
 * The schema of `.github/lailatov.yml`, with every default documented next to its key. The file
 * is optional: an empty or missing file gives exactly these defaults.
 */
/** `sandbox.network` without the keys left unset, as the egress policy parser reads it. */
function egressSettings(network) {
    return Object.fromEntries(Object.entries(network).filter(([, v]) => v !== null));
}
const positive = (what = 'a positive number') => schemas/* number */.aig({ error: `expected ${what}` }).positive({ error: `expected ${what}` });
const count = (min) => schemas/* number */.aig({ error: `expected a whole number >= ${min}` })
    .int({ error: `expected a whole number >= ${min}` })
    .min(min, { error: `expected a whole number >= ${min}` });
const schema_name = schemas/* string */.YjP({ error: 'expected a non-empty string' }).min(1, {
    error: 'expected a non-empty string',
});
/** The stages that run an engine (an agent that edits the tree). */
const ENGINE_STAGES = (/* unused pure expression or super */ null && (['write', 'remediate']));
/** The stages that make one structured model call. */
const MODEL_STAGES = (/* unused pure expression or super */ null && (['triage', 'review']));
const STAGES = (/* unused pure expression or super */ null && (['triage', 'write', 'review', 'remediate']));
const engineChain = schemas/* array */.YOg(schema_name, { error: 'expected a list of engine names, e.g. [anthropic, claude-code]' })
    .min(1, { error: 'expected at least one engine' });
// Every key carries its description in the schema (`.describe`), so the configuration reference
// in docs/configuration.md is generated from this one source (src/config/reference.ts).
const configSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, { error: 'expected 1 (the only version so far)' })
        .default(1)
        .describe('Schema version of this file.'),
    baseBranch: schema_name.default('main').describe('The branch agent branches start from and PRs target.'),
    botLogin: schema_name
        .default('lailatov[bot]')
        .describe("The suite's own account; its comments are not treated as human replies."),
    testCommand: schemas/* union */.KCZ([schema_name, schemas/* array */.YOg(schema_name).min(1)], {
        error: 'expected a command string or a list of arguments',
    })
        .nullable()
        .default(null)
        .describe('The test command as an argument list (or a string split on spaces, never run by a shell). ' +
        'null: detected from package.json, pytest, go.mod, Cargo.toml or a Makefile.'),
    maxRemediationRounds: count(0)
        .default(2)
        .describe('Remediation rounds before a human is asked to take over.'),
    humanReview: schemas/* strictObject */.rej({
        maxRounds: count(0)
            .default(3)
            .describe("Rounds started by a writer's review, thread comment or mention on an agent PR, per PR; 0 turns them off. They count against the issue budget."),
    })
        .prefault({})
        .describe('Iteration on human review (docs/review-iteration.md).'),
    planApproval: schemas/* enum */.k5n(['always', 'high', 'never'])
        .default('high')
        .describe("When write first posts its plan on the issue and waits for a writer's `approve` (docs/commands.md): always, for high-risk or high-complexity issues (`high`), or never."),
    budgets: schemas/* strictObject */.rej({
        issue: positive().default(10).describe('All stages and rounds of one issue together.'),
        triage: positive()
            .default(0.5)
            .describe('One triage run: its call is refused, or its answer sized, to fit (see Budgets).'),
        write: positive().default(5).describe('One write run.'),
        review: positive()
            .default(1)
            .describe('One review round with its audit: each call refused, or sized, to fit.'),
        remediate: positive().default(2).describe('One remediation round.'),
    })
        .prefault({})
        .describe('Ceilings in USD.'),
    engines: schemas/* strictObject */.rej({
        write: engineChain.default(['anthropic']),
        remediate: engineChain.default(['anthropic']),
    })
        .prefault({})
        .describe('Engine fallback chain per engine stage, first link first (`engine` or `engine:model`; a link without a model runs `models.<stage>`). The next link runs only after an infrastructure failure, on a tree reset to the start, with what is left of the budget; the stage costs the sum of its links.'),
    models: schemas/* strictObject */.rej({
        triage: schema_name.default('claude-sonnet-4-6'),
        write: schema_name.default('claude-sonnet-4-6'),
        review: schema_name.default('claude-opus-4-6'),
        remediate: schema_name.default('claude-sonnet-4-6'),
    })
        .prefault({})
        .describe('Model id per stage.'),
    prices: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J(), { error: 'expected a map of model ids to prices' })
        .superRefine((prices, ctx) => {
        for (const p of (0,price_table/* priceOverrideProblems */.i$)(prices))
            ctx.addIssue({ code: 'custom', path: [...p.path], message: p.message });
    })
        .default({})
        .describe("Prices in USD per million tokens by model id, over the built-in table: `{<model>: {input, output, cacheWrite, cacheRead}}`. A model not in the table needs all four (a gateway's or a new model); a known one may replace some. Every engine, the model proxy and the triage and review call budgets price with it (see docs/providers.md)."),
    maxTurns: schemas/* strictObject */.rej({ write: count(1).default(40), remediate: count(1).default(20) })
        .prefault({})
        .describe('Turn cap per engine run.'),
    timeouts: schemas/* strictObject */.rej({
        write: positive().default(30),
        remediate: positive().default(20),
        tests: positive().default(10),
    })
        .prefault({})
        .describe('Wall-clock limits in minutes.'),
    labels: schemas/* strictObject */.rej({
        trigger: schema_name.default('ai-agent'),
        needsClarification: schema_name.default('needs-clarification'),
        escalated: schema_name.default('agent:escalated'),
        blocked: schema_name.default('agent:blocked'),
        incomplete: schema_name.default('agent:incomplete'),
        stopped: schema_name.default('agent:stopped'),
        planPending: schema_name.default('agent:plan-pending'),
    })
        .prefault({})
        .describe('Label names the suite reads and sets.'),
    review: schemas/* strictObject */.rej({
        diffTokenBudget: count(1000)
            .default(60000)
            .describe('Tokens of diff per review call; a larger diff is split into parts by risk, one call each.'),
        parallelCalls: count(1)
            .max(16, { error: 'expected a whole number from 1 to 16' })
            .default(4)
            .describe('Review calls sent at once when a large diff is split into parts.'),
        remediate: schemas/* array */.YOg(schemas/* enum */.k5n(['blocking', 'major', 'minor', 'nit']))
            .min(1)
            .default(['blocking', 'major'])
            .describe('Severities that remediation must fix.'),
    })
        .prefault({})
        .describe('Code review settings.'),
    sandbox: schemas/* strictObject */.rej({
        mode: schemas/* enum */.k5n(['bwrap', 'off'], { error: 'expected bwrap or off' })
            .default('bwrap')
            .describe('bwrap: every agent command, CLI engine, hook and test run in a bubblewrap sandbox ' +
            '(docs/security.md). off: no OS sandbox; the job summary and the PR say so.'),
        network: schemas/* strictObject */.rej({
            allow: schemas/* array */.YOg(schema_name, { error: 'expected a list of host names, e.g. [pypi.org]' })
                .nullable()
                .default(null)
                .describe('Hosts (`*.example.com`, `host:port`) the sandbox may reach through the egress ' +
                'proxy, added to the default package registries.'),
            allowOnly: schemas/* array */.YOg(schema_name, { error: 'expected a list of host names, e.g. [pypi.org]' })
                .nullable()
                .default(null)
                .describe('Replaces the default hosts instead of adding to them ([] : no egress).'),
        })
            .prefault({})
            .superRefine((network, ctx) => {
            try {
                (0,egress_policy/* parseEgressNetwork */.xV)(egressSettings(network), 'sandbox.network');
            }
            catch (e) {
                ctx.addIssue({ code: 'custom', message: e instanceof Error ? e.message : String(e) });
            }
        })
            .describe('Network egress from the sandbox: only the model proxy and these hosts.'),
    })
        .prefault({})
        .describe('The OS boundary around the agent.'),
    slackWebhookEnv: schema_name
        .default('SLACK_WEBHOOK_URL')
        .describe('Name of the environment variable (secret) that holds the Slack webhook URL.'),
});

// EXTERNAL MODULE: ./src/config/prices.ts
var prices = __webpack_require__(66414);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/config/load.ts




const CONFIG_PATH = '.github/lailatov.yml';
function keyPath(path) {
    return path.length === 0 ? '(top level)' : path.map(String).join('.');
}
function describeIssue(issue) {
    if (issue.code === 'unrecognized_keys') {
        const where = issue.path.length === 0 ? '' : `${keyPath(issue.path)}.`;
        return issue.keys.map((k) => `${where}${k}: unknown key (check the spelling; see the docs)`);
    }
    return [`${keyPath(issue.path)}: ${issue.message}`];
}
/**
 * Parses and validates the text of `.github/lailatov.yml`. Every problem is reported with the
 * key it concerns; an empty text gives the defaults.
 */
function parseConfig(text, source = CONFIG_PATH) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false });
    if (doc.errors.length > 0) {
        const problems = doc.errors.map((e) => e.message);
        throw new errors/* UserError */.y(`${source}: not valid YAML: ${problems[0]}`, problems);
    }
    const raw = doc.toJS() ?? {};
    const result = configSchema.safeParse(raw);
    if (!result.success) {
        const problems = result.error.issues.flatMap(describeIssue);
        throw new errors/* UserError */.y(`${source}: ${problems[0]}`, problems);
    }
    return result.data;
}
/** Reads the config file, or gives the defaults when there is none. */
async function loadConfigFile(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return parseConfig('');
        throw e;
    }
    return parseConfig(text, path);
}
/**
 * The config as committed at a ref of the base (never the head), read by `read`; the defaults
 * when there is none. `where` names the ref in error messages.
 */
async function loadConfigAt(read, path, where) {
    const text = await read(path);
    return text === null ? parseConfig('') : parseConfig(text, `${path} (at ${where})`);
}
function applyOverrides(config, o) {
    const merged = {
        ...config,
        ...(o.baseBranch !== undefined && { baseBranch: o.baseBranch }),
        ...(o.testCommand !== undefined && { testCommand: o.testCommand }),
        ...(o.maxRemediationRounds !== undefined && { maxRemediationRounds: o.maxRemediationRounds }),
        budgets: {
            ...config.budgets,
            ...(o.issueBudgetUsd !== undefined && { issue: o.issueBudgetUsd }),
        },
        engines: { ...config.engines, ...o.engines },
        models: { ...config.models, ...o.models },
    };
    // Overrides go through the same validation as the file, so a bad flag names its key too.
    const result = configSchema.safeParse(merged);
    if (!result.success) {
        const problems = result.error.issues.flatMap(describeIssue);
        throw new errors/* UserError */.y(`command-line override: ${problems[0]}`, problems);
    }
    return result.data;
}
/** The test command as an argument list (no shell): a string is split on whitespace. */
function testCommandArgs(config) {
    const c = config.testCommand;
    if (c === null)
        return null;
    return typeof c === 'string' ? c.split(/\s+/).filter((s) => s !== '') : [...c];
}

;// CONCATENATED MODULE: ./src/config/index.ts





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

/***/ 39991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tp: () => (/* binding */ mayConnectTo),
/* harmony export */   b3: () => (/* binding */ addressScope),
/* harmony export */   cS: () => (/* binding */ normalizeHost),
/* harmony export */   ek: () => (/* binding */ checkEgress),
/* harmony export */   hy: () => (/* binding */ readTunnelOpening),
/* harmony export */   xV: () => (/* binding */ parseEgressNetwork)
/* harmony export */ });
/* unused harmony exports DEFAULT_EGRESS_PORTS, DEFAULT_EGRESS_ALLOW, isIpLiteral, parseEgressRule, parseEgressAllow */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** Ports an entry allows when it names none: HTTPS, and HTTP for registries reached that way. */
const DEFAULT_EGRESS_PORTS = [443, 80];
/**
 * What `npm ci`, `pip install` and `cargo fetch` need, and nothing that accepts uploads without
 * a credential or fetches from a third party on demand (either would carry data out):
 * - registry.npmjs.org: npm's registry, package metadata and tarballs.
 * - registry.yarnpkg.com: the same registry under the name yarn lockfiles record.
 * - pypi.org: pip's index (`/simple`). Uploads go to upload.pypi.org, which is not listed.
 * - files.pythonhosted.org: the wheels and sdists the index links to.
 * - index.crates.io: cargo's sparse index (the default since Rust 1.70).
 * - static.crates.io: crate downloads (the index's `dl`). The crates.io apex is the publish
 *   API and is not needed to fetch.
 * Left out on purpose (add them with `sandbox.network.allow` if you need them):
 * - proxy.golang.org, sum.golang.org: the Go proxy fetches any module path from its origin on
 *   request, so a request can name data to a server anyone controls.
 * - github.com, codeload.github.com: git and tarball dependencies; anyone's content, and git
 *   pushes with a token smuggled in through text.
 */
const DEFAULT_EGRESS_ALLOW = [
    'registry.npmjs.org',
    'registry.yarnpkg.com',
    'pypi.org',
    'files.pythonhosted.org',
    'index.crates.io',
    'static.crates.io',
];
/** Suffixes of names that mean this machine or its local network (RFC 6761, 6762, 8375). */
const LOCAL_SUFFIXES = ['localhost', 'localdomain', 'local', 'internal', 'arpa', 'lan'];
const CONFIG_FILE = '.github/lailatov.yml';
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
function parseIPv4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return undefined;
    const bytes = parts.map((p) => (/^(0|[1-9]\d{0,2})$/.test(p) ? Number(p) : NaN));
    return bytes.every((b) => b <= 255) ? bytes : undefined;
}
/** Eight 16-bit groups, or undefined when `text` is not an IPv6 address (a zone is dropped). */
function parseIPv6(text) {
    const bare = text.replace(/%[^%]*$/, '');
    const halves = bare.split('::');
    if (halves.length > 2 || !bare.includes(':'))
        return undefined;
    const groups = (half) => {
        if (half === '')
            return [];
        const out = [];
        const items = half.split(':');
        for (const [i, item] of items.entries()) {
            if (i === items.length - 1 && item.includes('.')) {
                const v4 = parseIPv4(item);
                if (!v4)
                    return undefined;
                out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
            }
            else if (/^[0-9a-f]{1,4}$/i.test(item))
                out.push(parseInt(item, 16));
            else
                return undefined;
        }
        return out;
    };
    const head = groups(halves[0]);
    const tail = halves.length === 2 ? groups(halves[1]) : [];
    if (!head || !tail)
        return undefined;
    const fill = 8 - head.length - tail.length;
    if (halves.length === 2 ? fill < 1 : fill !== 0)
        return undefined;
    return [...head, ...Array(fill).fill(0), ...tail];
}
function scopeIPv4([a, b, c]) {
    if (a === 0)
        return 'unspecified'; // 0.0.0.0/8: "this host"; 0.0.0.0 reaches loopback on Linux
    if (a === 127)
        return 'loopback';
    if (a === 10 || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168))
        return 'private';
    if (a === 169 && b === 254)
        return 'link-local'; // cloud metadata: 169.254.169.254
    if (a === 100 && b >= 64 && b < 128)
        return 'private'; // shared CGNAT; Alibaba metadata
    if ((a === 192 && b === 0 && c === 0) || a >= 224)
        return 'reserved'; // IETF; multicast, 240/4
    if ((a === 192 && b === 0 && c === 2) || // TEST-NET-1
        (a === 198 && (b === 18 || b === 19)) || // benchmarking
        (a === 198 && b === 51 && c === 100) || // TEST-NET-2
        (a === 203 && b === 0 && c === 113) // TEST-NET-3
    )
        return 'documentation';
    return 'public';
}
function scopeIPv6(g) {
    const embedded = () => scopeIPv4([g[6] >> 8, g[6] & 255, g[7] >> 8, g[7] & 255]);
    const zeros = (n) => g.slice(0, n).every((x) => x === 0);
    if (zeros(8))
        return 'unspecified';
    if (zeros(7) && g[7] === 1)
        return 'loopback';
    if (zeros(5) && g[5] === 0xffff)
        return embedded(); // IPv4-mapped
    if (zeros(6))
        return embedded(); // IPv4-compatible (deprecated)
    if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0))
        return embedded();
    if (g[0] === 0x2002)
        return scopeIPv4([g[1] >> 8, g[1] & 255, g[2] >> 8, g[2] & 255]);
    if ((g[0] & 0xfe00) === 0xfc00)
        return 'private'; // unique local; AWS metadata fd00:ec2::254
    if ((g[0] & 0xffc0) === 0xfe80 || (g[0] & 0xffc0) === 0xfec0)
        return 'link-local';
    if ((g[0] & 0xe000) !== 0x2000)
        return 'reserved'; // only 2000::/3 is global unicast
    if (g[0] === 0x2001 && g[1] === 0xdb8)
        return 'documentation';
    if (g[0] === 0x2001 && g[1] < 0x200)
        return 'reserved'; // Teredo (an IPv4 inside) and IETF
    return 'public';
}
/** The scope of an IP address in its usual text form, or undefined when it is not one. */
function addressScope(address) {
    const v4 = parseIPv4(address);
    if (v4)
        return scopeIPv4(v4);
    const v6 = parseIPv6(address.replace(/^\[(.*)\]$/, '$1'));
    return v6 ? scopeIPv6(v6) : undefined;
}
/**
 * May the proxy connect to this resolved address? Public ones, and the documentation and
 * benchmarking ranges: the Internet does not route those, and a machine that does (an offline
 * registry mirror, a VPN's fake-IP DNS) routes them to a gateway, not to this host or its
 * network. Loopback, private, link-local, unspecified and reserved addresses never.
 */
function mayConnectTo(address) {
    const scope = addressScope(address);
    return scope === 'public' || scope === 'documentation';
}
/**
 * True for anything a resolver could read as an address: IPv6, and IPv4 in every form
 * `inet_aton` takes (`127.1`, `2130706433`, `0x7f.0.0.1`, `0177.0.0.1`).
 */
function isIpLiteral(host) {
    const h = host.replace(/^\[(.*)\]$/, '$1');
    if (parseIPv6(h))
        return true;
    const labels = h.replace(/\.$/, '').split('.');
    return labels.length <= 4 && labels.every((l) => /^(0x[0-9a-f]*|\d+)$/i.test(l));
}
// ---------------------------------------------------------------------------------------------
// Names
/** Lower-case, no trailing dot: the form rules are matched against. */
function normalizeHost(host) {
    return host.toLowerCase().replace(/\.$/, '');
}
function isLocalName(name) {
    return LOCAL_SUFFIXES.some((s) => name === s || name.endsWith(`.${s}`));
}
/** Why `name` can never be on the list, or undefined when it can. */
function forbiddenName(name) {
    if (isIpLiteral(name))
        return 'is an IP address; list the host name instead';
    if (isLocalName(name))
        return 'names this machine or its local network';
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// Parsing
function fail(field, entry, why) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${field}: ${JSON.stringify(entry)} ${why}. Write a host name such as "registry.npmjs.org", ` +
        `"*.pythonhosted.org" or "example.org:8443" in ${CONFIG_FILE}.`);
}
/** One entry of the list; `field` names it in errors, e.g. `sandbox.network.allow[2]`. */
function parseEgressRule(entry, field) {
    if (typeof entry !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${field}: expected a host name string such as "registry.npmjs.org", got ${JSON.stringify(entry) ?? String(entry)}. Fix it in ${CONFIG_FILE}.`);
    }
    const pattern = entry.trim().toLowerCase();
    if (pattern.includes('://') || pattern.includes('/')) {
        fail(field, entry, 'is a URL; write only the host name (and an optional :port)');
    }
    // An IPv6 literal has colons of its own: refuse it before splitting off a port.
    if (isIpLiteral(pattern))
        fail(field, entry, 'is an IP address; list the host name instead');
    const m = /^(\*\.)?([^:]*)(?::(\d{1,5}))?$/.exec(pattern);
    if (!m)
        fail(field, entry, 'is not a host name with an optional :port');
    const wildcard = m[1] !== undefined;
    const domain = normalizeHost(m[2]);
    const ports = m[3] === undefined ? DEFAULT_EGRESS_PORTS : [Number(m[3])];
    if (ports[0] < 1 || ports[0] > 65535)
        fail(field, entry, 'has a port outside 1-65535');
    const forbidden = forbiddenName(domain);
    if (forbidden)
        fail(field, entry, forbidden);
    const labels = domain.split('.');
    if (domain.length > 253 || !labels.every((l) => LABEL.test(l))) {
        fail(field, entry, 'is not a valid host name (letters, digits, hyphens and dots; "*." only in front)');
    }
    if (!/[a-z]/.test(labels[labels.length - 1])) {
        fail(field, entry, 'ends in a numeric label, which resolvers read as an address');
    }
    if (wildcard && labels.length < 2) {
        fail(field, entry, "would match a whole top-level domain; name the registry's own domain");
    }
    if (labels.length < 2 && !wildcard) {
        fail(field, entry, 'is a single-label name, which resolves through the local network');
    }
    return { pattern, domain, wildcard, ports };
}
/** A list of entries: `field` is the list's path (`sandbox.network.allow`). */
function parseEgressAllow(value, field) {
    if (!Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${field}: expected a list of host names such as ["registry.npmjs.org"]. Fix it in ${CONFIG_FILE}.`);
    }
    return value.map((entry, i) => parseEgressRule(entry, `${field}[${i}]`));
}
/**
 * The `sandbox.network` block: `allow` adds hosts to DEFAULT_EGRESS_ALLOW, `allowOnly` replaces
 * it (`allowOnly: []` turns egress off). Missing means the defaults. Zod-free so that the config
 * loader can call it with whatever the YAML held.
 */
function parseEgressNetwork(value, field = 'sandbox.network') {
    const defaults = parseEgressAllow(DEFAULT_EGRESS_ALLOW, 'DEFAULT_EGRESS_ALLOW');
    if (value === undefined || value === null)
        return { rules: defaults };
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${field}: expected a mapping with "allow" (adds to the default hosts) or "allowOnly" (replaces them). Fix it in ${CONFIG_FILE}.`);
    }
    const block = value;
    for (const key of Object.keys(block)) {
        if (key !== 'allow' && key !== 'allowOnly') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${field}.${key}: unknown key. Use "allow" to add hosts to the defaults or "allowOnly" to replace them, in ${CONFIG_FILE}.`);
        }
    }
    if (block.allow !== undefined && block.allowOnly !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${field}: "allow" adds to the default hosts and "allowOnly" replaces them; set one of the two, not both, in ${CONFIG_FILE}.`);
    }
    if (block.allowOnly !== undefined) {
        return { rules: parseEgressAllow(block.allowOnly, `${field}.allowOnly`) };
    }
    const extra = block.allow === undefined ? [] : parseEgressAllow(block.allow, `${field}.allow`);
    return { rules: [...defaults, ...extra] };
}
function ruleMatches(rule, host, port) {
    if (!rule.ports.includes(port))
        return false;
    return rule.wildcard ? host.endsWith(`.${rule.domain}`) : host === rule.domain;
}
/** May the agent reach `host:port` by name? The proxy still checks where the name resolves. */
function checkEgress(policy, host, port) {
    const name = normalizeHost(host);
    const forbidden = forbiddenName(name);
    if (forbidden)
        return { allowed: false, reason: `${name} ${forbidden}` };
    // Requests may use `_` (some DNS names do); empty labels (`.example.com`) never match a rule.
    if (name.length > 253 || !name.split('.').every((l) => /^[a-z0-9_-]{1,63}$/.test(l))) {
        return { allowed: false, reason: `${JSON.stringify(name.slice(0, 100))} is not a host name` };
    }
    const rule = policy.rules.find((r) => ruleMatches(r, name, port));
    if (rule)
        return { allowed: true, rule };
    const otherPort = policy.rules.some((r) => ruleMatches(r, name, r.ports[0]));
    return {
        allowed: false,
        reason: otherPort
            ? `port ${port} of ${name} is not on the egress allowlist; add "${name}:${port}" to sandbox.network.allow in ${CONFIG_FILE}`
            : `${name} is not on the egress allowlist; add "${name}" to sandbox.network.allow in ${CONFIG_FILE}`,
    };
}
/** A TLS record holds at most 2^14 bytes of payload (RFC 8446 §5.1). */
const MAX_RECORD = 5 + 16384 + 256;
const EXT_SERVER_NAME = 0x0000;
const EXT_ENCRYPTED_CLIENT_HELLO = 0xfe0d;
/**
 * Reads the TLS ClientHello that opens a tunnel, for the name it asks for (SNI). The proxy only
 * lets a tunnel carry TLS to the name it was opened for: an edge address of a CDN serves every
 * site on that CDN by SNI, so `CONNECT registry.npmjs.org:443` followed by a hello for another
 * site would otherwise reach that site. Hellos with Encrypted Client Hello hide the real name and
 * are refused. The hello must fit in the first record, as every client's does.
 */
function readTunnelOpening(bytes) {
    const refused = (reason) => ({ kind: 'refused', reason });
    if (bytes.length >= 1 && bytes[0] !== 0x16) {
        return refused('the tunnel does not start with a TLS handshake; it carries TLS only');
    }
    if (bytes.length < 5)
        return { kind: 'incomplete' };
    const recordLength = (bytes[3] << 8) | bytes[4];
    if (5 + recordLength > MAX_RECORD)
        return refused('the TLS record is too long');
    if (bytes.length < 5 + recordLength)
        return { kind: 'incomplete' };
    const body = bytes.subarray(5, 5 + recordLength);
    let at = 0;
    const need = (n) => {
        if (at + n > body.length)
            throw new RangeError('short');
    };
    const u8 = () => (need(1), body[at++]);
    const u16 = () => (need(2), (at += 2), (body[at - 2] << 8) | body[at - 1]);
    const skip = (n) => (need(n), (at += n));
    try {
        if (u8() !== 0x01)
            return refused('the first TLS message is not a ClientHello');
        const helloLength = (u8() << 16) | u16();
        if (4 + helloLength > body.length)
            return refused('the ClientHello spans several records');
        skip(2 + 32); // legacy_version, random
        skip(u8()); // legacy_session_id
        skip(u16()); // cipher_suites
        skip(u8()); // legacy_compression_methods
        const end = at + u16();
        let serverName;
        while (at < end) {
            const type = u16();
            const length = u16();
            if (type === EXT_ENCRYPTED_CLIENT_HELLO) {
                return refused('the ClientHello uses Encrypted Client Hello, which hides the host name');
            }
            if (type === EXT_SERVER_NAME) {
                const listEnd = at + length;
                skip(2);
                while (at < listEnd) {
                    const nameType = u8();
                    const nameLength = u16();
                    need(nameLength);
                    const name = String.fromCharCode(...body.subarray(at, at + nameLength));
                    at += nameLength;
                    if (nameType === 0 && serverName === undefined)
                        serverName = name;
                }
            }
            else
                skip(length);
        }
        if (serverName === undefined)
            return refused('the ClientHello names no host (SNI)');
        return { kind: 'hello', serverName };
    }
    catch {
        return refused('the ClientHello is malformed');
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


/***/ })

};
;