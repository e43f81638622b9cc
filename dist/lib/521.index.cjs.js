"use strict";
exports.id = 521;
exports.ids = [521];
exports.modules = {

/***/ 52586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recover: () => (/* binding */ recover)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _forge_github_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3302);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83699);
// When a stage throws (not the user's mistake): what can still be said is said, best effort.
// A review's check ends `neutral` (never a false green), and the pipeline gets an infra_error record.



async function attempt(what, fn) {
    try {
        await fn();
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`could not ${what} after the failure: ${e instanceof Error ? e.message : String(e)}`);
    }
}
async function recover(ctx, error) {
    const r = ctx.recovery;
    const message = error instanceof Error ? error.message : String(error);
    const headSha = r.headSha;
    const neutral = {
        repo: ctx.runner.repo,
        conclusion: 'neutral',
        title: `infrastructure error in ${ctx.plan.stage}`,
        summary: `LailaTov could not finish the ${ctx.plan.stage} stage: ${message}\n\nNothing was judged; re-run the workflow.`,
        findings: [],
        detailsUrl: ctx.runner.runUrl,
    };
    // The review's own check, still in progress, ends neutral (the same run, not a second one).
    // A review whose check already has its verdict keeps it; a remediation gets a neutral check.
    const check = r.check;
    if (check !== null)
        await attempt('complete the check as neutral', () => (0,_forge_github_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .completeReviewCheck */ .eF)(ctx.octokit, check, { ...neutral, headSha: check.headSha }));
    else if (headSha && ctx.plan.stage === 'remediate')
        await attempt('publish a neutral check', () => (0,_forge_github_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReviewCheck */ .ak)(ctx.octokit, { ...neutral, headSha }));
    const issue = r.issue;
    if (issue !== null && issue > 0)
        await attempt('append the infra_error record', () => (0,_finish_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeStore */ .gf)(ctx).append((0,_finish_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeRecord */ .eR)(ctx, {
            outcome: 'infra_error',
            summary: message,
            issue,
            correlationId: r.correlationId ?? `run-${ctx.runner.runId}`,
            stages: r.stages,
            pr: r.pr,
            branch: r.branch,
            headSha,
            riskTier: null,
            checks: {},
            changedFiles: [],
            findings: [],
            round: r.round,
        })));
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

/***/ 3302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ startReviewCheck),
/* harmony export */   IV: () => (/* binding */ queueReviewCheck),
/* harmony export */   YC: () => (/* binding */ queueCheckCompletion),
/* harmony export */   ak: () => (/* binding */ publishReviewCheck),
/* harmony export */   eF: () => (/* binding */ completeReviewCheck)
/* harmony export */ });
/* unused harmony exports REVIEW_CHECK_NAME, annotationsOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70656);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57091);


const REVIEW_CHECK_NAME = 'LailaTov review';
/** GitHub takes at most 50 annotations per create/update request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** The same check run start, queued in a batch of mutations (GraphQL's createCheckRun). */
function queueReviewCheck(batch, input) {
    const queued = batch.add({
        field: 'createCheckRun',
        inputType: 'CreateCheckRunInput',
        input: {
            repositoryId: input.repositoryId,
            name: REVIEW_CHECK_NAME,
            headSha: input.headSha,
            status: 'IN_PROGRESS',
            ...(input.detailsUrl ? { detailsUrl: input.detailsUrl } : {}),
            output: { title: input.title, summary: STARTED_SUMMARY },
        },
        select: 'checkRun { id databaseId }',
        doing: 'starting the review check',
    });
    return () => {
        const { checkRun } = queued.value();
        return { id: checkRun.databaseId, headSha: input.headSha, nodeId: checkRun.id };
    };
}
/**
 * Queues the completion of a check started through GraphQL, when one request can carry it (same
 * head, at most 50 annotations); false when it must go through completeReviewCheck.
 */
function queueCheckCompletion(batch, repositoryId, started, input) {
    const annotations = annotationsOf(input.findings);
    if (repositoryId === null ||
        started.nodeId === undefined ||
        input.headSha !== started.headSha ||
        annotations.length > ANNOTATIONS_PER_REQUEST)
        return false;
    batch.add({
        field: 'updateCheckRun',
        inputType: 'UpdateCheckRunInput',
        input: {
            repositoryId,
            checkRunId: started.nodeId,
            status: 'COMPLETED',
            conclusion: input.conclusion.toUpperCase(),
            output: {
                title: input.title,
                summary: input.summary.slice(0, 65_000),
                annotations: annotations.map((a) => ({
                    path: a.path,
                    location: { startLine: a.start_line, endLine: a.end_line },
                    annotationLevel: a.annotation_level.toUpperCase(),
                    title: a.title,
                    message: a.message,
                })),
            },
        },
        select: 'checkRun { id }',
        doing: 'publishing the review check',
    });
    return true;
}
const STARTED_SUMMARY = 'LailaTov is reviewing this commit.';
const LEVEL = {
    blocking: 'failure',
    major: 'failure',
    minor: 'warning',
    nit: 'notice',
};
function annotationsOf(findings) {
    return findings
        .filter((f) => f.status === 'open' && f.path !== null && f.lines !== null)
        .map((f) => ({
        path: f.path ?? '',
        start_line: f.lines?.start ?? 1,
        end_line: f.lines?.end ?? 1,
        annotation_level: LEVEL[f.severity],
        title: `${f.severity}: ${f.rule}`,
        message: f.message,
    }));
}
const call = async (repo, doing, fn) => {
    try {
        return await fn();
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, { repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .fq)(repo), doing });
    }
};
/**
 * Sends the conclusion and the first 50 annotations with `first` (a create or an update), then
 * the rest in batches of 50 as updates of the same check run.
 */
async function sendConclusion(octokit, input, first) {
    const r = { owner: input.repo.owner, repo: input.repo.repo };
    const all = annotationsOf(input.findings);
    const output = (annotations) => ({
        title: input.title,
        summary: input.summary.slice(0, 65_000),
        annotations,
    });
    return call(input.repo, 'publishing the review check', async () => {
        const data = await first(output(all.slice(0, ANNOTATIONS_PER_REQUEST)));
        for (let i = ANNOTATIONS_PER_REQUEST; i < all.length; i += ANNOTATIONS_PER_REQUEST) {
            await octokit.rest.checks.update({
                ...r,
                check_run_id: data.id,
                output: output(all.slice(i, i + ANNOTATIONS_PER_REQUEST)),
            });
        }
        return { id: data.id, url: data.html_url ?? '' };
    });
}
/** Creates the check run `in_progress` on the head the review starts from. */
async function startReviewCheck(octokit, input) {
    const { data } = await call(input.repo, 'starting the review check', () => octokit.rest.checks.create({
        owner: input.repo.owner,
        repo: input.repo.repo,
        name: REVIEW_CHECK_NAME,
        head_sha: input.headSha,
        status: 'in_progress',
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        output: { title: input.title, summary: STARTED_SUMMARY },
    }));
    return { id: data.id, headSha: input.headSha };
}
/** Creates a completed check run in one go (a run that started none, e.g. a failed remediation). */
function publishReviewCheck(octokit, input) {
    return sendConclusion(octokit, input, async (output) => {
        const { data } = await octokit.rest.checks.create({
            owner: input.repo.owner,
            repo: input.repo.repo,
            name: REVIEW_CHECK_NAME,
            head_sha: input.headSha,
            status: 'completed',
            conclusion: input.conclusion,
            ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
            output,
        });
        return data;
    });
}
/**
 * Completes the started check run in place. When the review ended on another head (the branch
 * moved while it ran), the started one ends `neutral` and the reviewed head gets its own check:
 * a verdict is never shown on a commit it was not made for.
 */
async function completeReviewCheck(octokit, started, input) {
    const update = (i) => sendConclusion(octokit, i, async (output) => {
        const { data } = await octokit.rest.checks.update({
            owner: i.repo.owner,
            repo: i.repo.repo,
            check_run_id: started.id,
            status: 'completed',
            conclusion: i.conclusion,
            output,
        });
        return data;
    });
    if (input.headSha === started.headSha)
        return update(input);
    await update({
        ...input,
        conclusion: 'neutral',
        title: 'superseded: the branch moved during the review',
        summary: `The review ran on ${input.headSha}; its check is on that commit.`,
        findings: [],
    });
    return publishReviewCheck(octokit, input);
}


/***/ })

};
;