"use strict";
exports.id = 908;
exports.ids = [908,65];
exports.modules = {

/***/ 38065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gI: () => (/* binding */ breakerKey),
  chainOf: () => (/* binding */ chainOf),
  JC: () => (/* reexport */ infra/* infraFailure */.JC)
});

// UNUSED EXPORTS: INFRA_PREFIX, createFallbackChain, isInfraFailure, isInfraStatus, sumLinks

// EXTERNAL MODULE: ./src/engines/infra.ts
var infra = __webpack_require__(20945);
// EXTERNAL MODULE: ./src/engines/process.ts
var engines_process = __webpack_require__(4926);
// EXTERNAL MODULE: ./src/engines/safe-git.ts
var safe_git = __webpack_require__(91247);
;// CONCATENATED MODULE: ./src/engines/tree-reset.ts


/**
 * The tree as a chain starts: HEAD's commit and branch. `restore` checks that commit out again on
 * that branch (or detached), discarding every change, commit and untracked file a failed link
 * left, ignored files excepted (dependencies, build output). Git runs with the safe config
 * (hooks off, no filters from the repository: safe-git.ts), because the agent may have written
 * the repository's config.
 */
async function snapshotTree(cwd, env) {
    const target = await (0,safe_git/* discoverSafeTarget */.IS)(cwd, env);
    const sha = (await git(target, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
    // Exit 1: a detached HEAD.
    const args = ['symbolic-ref', '-q', 'HEAD'];
    const ref = await (0,engines_process/* runCommand */.d1)('git', (0,safe_git/* safeGitArgs */.tQ)(target, args), {
        ...(await (0,safe_git/* safeGitRunOptions */.n3)(target, args)),
    });
    const name = ref.exitCode === 0 ? ref.stdout.trim().replace(/^refs\/heads\//, '') : '';
    const branch = name === '' ? null : name;
    return {
        async restore() {
            await git(target, branch === null
                ? ['checkout', '--force', '--detach', sha]
                : ['checkout', '--force', '-B', branch, sha]);
            // -ff: nested repositories too; no -x: ignored files stay.
            await git(target, ['clean', '-ffdq']);
        },
    };
}
async function git(target, args) {
    const r = await (0,engines_process/* runChecked */.X4)('git', (0,safe_git/* safeGitArgs */.tQ)(target, args), {
        ...(await (0,safe_git/* safeGitRunOptions */.n3)(target, args)),
    });
    return r.stdout;
}

;// CONCATENATED MODULE: ./src/engines/fallback.ts



const ZERO_TOKENS = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
/** A link's breaker key: `engine:provider` (one provider per engine unless the link names one). */
function breakerKey(engine, provider = engine) {
    return `${engine}:${provider}`;
}
function linkKey(link) {
    return breakerKey(link.engine.name, link.provider);
}
/** The chain's figures: the sum of its links. One unknown cost makes the total unknown, never 0. */
function sumLinks(links) {
    let costUsd = 0;
    const tokens = { ...ZERO_TOKENS };
    let turns = 0;
    let durationMs = 0;
    for (const l of links) {
        costUsd = costUsd === null || l.costUsd === null ? null : costUsd + l.costUsd;
        tokens.input += l.tokens.input;
        tokens.output += l.tokens.output;
        tokens.cacheRead += l.tokens.cacheRead;
        tokens.cacheWrite += l.tokens.cacheWrite;
        turns += l.turns;
        durationMs += l.durationMs;
    }
    return { costUsd, tokens, turns, durationMs };
}
function linkOf(r, asked) {
    return {
        engine: r.engine,
        model: r.model === '' ? asked : r.model,
        outcome: r.outcome,
        costUsd: r.costUsd,
        tokens: r.tokens,
        turns: r.turns,
        durationMs: r.durationMs,
        ...(r.detail !== undefined && r.detail !== '' && { detail: r.detail }),
    };
}
const usd = (n) => `$${n.toFixed(4).replace(/0{1,2}$/, '')}`;
/**
 * An Engine that runs the links in order and moves to the next one only on an infrastructure
 * failure. Refused, max_turns, budget_exceeded, no_changes and completed are answers about the
 * task itself: another engine would not change them, so they end the chain.
 *
 * The chain is one run to its caller: its cost, tokens, turns and duration are the sums of its
 * links, and the task's ceiling holds for all of them together (each link gets what the links
 * before it left). A link whose spend is unknown ends the chain when there is a ceiling: the
 * next link's share could not be known, and guessing could overspend. Before a link runs, the
 * tree is put back as the chain found it, so a failed link's half-finished edits never reach the
 * next one.
 */
function createFallbackChain(links, opts = {}) {
    if (links.length === 0)
        throw new RangeError('createFallbackChain: at least one link is needed');
    const name = `fallback(${links.map((l) => l.engine.name).join(',')})`;
    async function run(task, signal) {
        try {
            return await runLinks(task, signal);
        }
        finally {
            await opts.onSettled?.();
        }
    }
    async function runLinks(task, signal) {
        const attempts = [];
        const done = [];
        /** The model each link was asked to use (its own, else the task's). */
        const asked = [];
        let last;
        let lastIndex = 0;
        let start;
        const ceiling = task.budgetUsd;
        for (const [i, link] of links.entries()) {
            if (signal?.aborted)
                break;
            const model = link.model ?? task.model;
            asked.push(model);
            // The ceiling first: a breaker admits a half-open trial only to a link that will run.
            const spent = sumLinks(done).costUsd;
            let budgetUsd = ceiling;
            if (ceiling !== undefined && last !== undefined) {
                if (spent === null) {
                    const stop = `not moving on to ${link.engine.name}/${model}: what the links before it spent is unknown, and the ${usd(ceiling)} ceiling must hold`;
                    return finish(last, lastIndex, attempts, done, asked, { stop });
                }
                budgetUsd = ceiling - spent;
                if (budgetUsd <= 0) {
                    const stop = `the ${usd(ceiling)} ceiling is spent (${usd(spent)}) before ${link.engine.name}/${model}`;
                    return finish({ ...last, outcome: 'budget_exceeded' }, lastIndex, attempts, done, asked, {
                        stop,
                    });
                }
            }
            const breaker = opts.breaker?.get(linkKey(link));
            if (breaker && !breaker.tryAcquire()) {
                const reason = `skipped: breaker ${linkKey(link)} is ${breaker.state()} (retry in ${breaker.retryAfterMs()} ms)`;
                attempts.push({ engine: link.engine.name, model, reason });
                done.push({
                    engine: link.engine.name,
                    model,
                    outcome: 'skipped',
                    costUsd: 0,
                    tokens: ZERO_TOKENS,
                    turns: 0,
                    durationMs: 0,
                    detail: reason,
                });
                continue;
            }
            // The start is taken before the first link that runs; later links start from it again.
            if (links.length > 1 && start === undefined)
                start = await snapshotTree(task.cwd, opts.gitEnv ?? process.env);
            else if (start !== undefined && last !== undefined)
                await start.restore();
            let result;
            try {
                result = await link.engine.run({ ...task, model, ...(budgetUsd !== undefined && { budgetUsd }) }, signal);
            }
            catch (e) {
                // A throw is a bug or a user error (e.g. CLI not installed): never hide it behind a
                // fallback, but do not leave a half-open trial dangling either.
                breaker?.onFailure();
                throw e;
            }
            last = result;
            lastIndex = i + 1;
            done.push(linkOf(result, model));
            if (!(0,infra/* isInfraFailure */.zt)(result) || signal?.aborted) {
                breaker?.onSuccess();
                return finish(result, lastIndex, attempts, done, asked);
            }
            breaker?.onFailure();
            attempts.push({ engine: link.engine.name, model, reason: result.detail ?? result.outcome });
        }
        const base = last ?? {
            outcome: 'error',
            finalMessage: '',
            changedFiles: [],
            turns: 0,
            durationMs: 0,
            tokens: ZERO_TOKENS,
            costUsd: 0,
            engine: name,
            model: task.model,
            provider: 'none',
            transcriptPath: null,
            detail: signal?.aborted
                ? 'cancelled before any link ran'
                : `${infra/* INFRA_PREFIX */._$}every link was skipped`,
        };
        // Every link failed: report the last failure, with every attempt (the last one included).
        return finish(base, lastIndex, attempts, done, asked, { exhausted: true });
    }
    function finish(result, link, attempts, done, asked, end = {}) {
        const history = attempts.map((a) => `${a.engine}/${a.model}: ${a.reason}`).join('; ');
        const where = link === 0
            ? 'no link ran'
            : `link ${link}/${links.length} (${links[link - 1]?.engine.name}/${asked[link - 1]})`;
        const summary = end.stop
            ? `${end.stop}; after: ${history}`
            : end.exhausted
                ? `all links failed; last: ${where}`
                : attempts.length > 0
                    ? `${result.outcome} on ${where} after: ${history}`
                    : undefined;
        const detail = [result.detail, summary].filter((s) => s !== undefined && s !== '').join(' | ');
        return {
            ...result,
            ...sumLinks(done),
            ...(detail !== '' ? { detail } : {}),
            attempts,
            links: done,
            link,
            breakers: opts.breaker?.states() ?? {},
        };
    }
    return { name, run };
}
/** The engine a stage runs: a lone link without its own model as is, else a chain of them. */
function chainOf(links, opts = {}) {
    const first = links[0];
    if (links.length === 1 && first && first.model === undefined)
        return first.engine;
    return createFallbackChain(links, opts);
}


/***/ }),

/***/ 20945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ infraFailure),
/* harmony export */   _$: () => (/* binding */ INFRA_PREFIX),
/* harmony export */   zs: () => (/* binding */ isInfraStatus),
/* harmony export */   zt: () => (/* binding */ isInfraFailure)
/* harmony export */ });
/**
 * How an engine says "this failed because of infrastructure, not because of the task", so a
 * fallback chain moves on to the next engine: an `error` or `timeout` result whose detail starts
 * with this prefix. It covers 5xx, 529 (overloaded), 429 after the client's own retries, the
 * wall clock running out, a crash, or a non-zero exit without a result. A caller's cancel, a bad
 * key or a bad request is not infrastructure: another provider would not fix it.
 */
const INFRA_PREFIX = 'infra: ';
/** Marks a failed result as an infrastructure failure. */
function infraFailure(result, reason) {
    return { ...result, outcome: 'error', detail: `${INFRA_PREFIX}${reason}` };
}
/** Of a result, or of a chain link on the outcome record (its outcome is a plain string there). */
function isInfraFailure(result) {
    return ((result.outcome === 'error' || result.outcome === 'timeout') &&
        (result.detail ?? '').startsWith(INFRA_PREFIX));
}
/** HTTP statuses from a provider that are worth another attempt or another provider. */
function isInfraStatus(status) {
    return status === undefined || status === 408 || status === 429 || status >= 500;
}


/***/ }),

/***/ 60908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  breakersFromLog: () => (/* binding */ breakersFromLog)
});

// EXTERNAL MODULE: ./src/core/outcomes/index.ts + 10 modules
var outcomes = __webpack_require__(91054);
;// CONCATENATED MODULE: ./src/engines/breaker.ts
class CircuitBreaker {
    failures = 0;
    openedAt = null;
    trialInFlight = false;
    threshold;
    cooldownMs;
    now;
    constructor(opts = {}) {
        this.threshold = opts.failureThreshold ?? 3;
        this.cooldownMs = opts.cooldownMs ?? 60_000;
        this.now = opts.now ?? Date.now;
        if (!Number.isInteger(this.threshold) || this.threshold < 1) {
            throw new RangeError(`failureThreshold must be an integer >= 1, got ${this.threshold}`);
        }
    }
    memory() {
        return { failures: this.failures, openedAt: this.openedAt };
    }
    recall(m) {
        this.failures = m.failures;
        this.openedAt = m.openedAt;
    }
    state() {
        if (this.openedAt === null)
            return 'closed';
        if (this.trialInFlight || this.now() - this.openedAt >= this.cooldownMs)
            return 'half_open';
        return 'open';
    }
    /** Asks to run a call. False while open, and while a half-open trial is in flight. */
    tryAcquire() {
        const state = this.state();
        if (state === 'closed')
            return true;
        if (state === 'open' || this.trialInFlight)
            return false;
        this.trialInFlight = true;
        return true;
    }
    /** The call reached a healthy provider (any outcome that is not an infra failure). */
    onSuccess() {
        this.failures = 0;
        this.openedAt = null;
        this.trialInFlight = false;
    }
    onFailure() {
        this.failures += 1;
        if (this.trialInFlight || this.failures >= this.threshold)
            this.openedAt = this.now();
        this.trialInFlight = false;
    }
    /** Milliseconds until an open breaker half-opens (0 when not open). */
    retryAfterMs() {
        if (this.state() !== 'open' || this.openedAt === null)
            return 0;
        return Math.max(0, this.openedAt + this.cooldownMs - this.now());
    }
}
/** One breaker per key (`engine:provider`), created on first use with shared options. */
class BreakerRegistry {
    opts;
    breakers = new Map();
    constructor(opts = {}, memory = {}) {
        this.opts = opts;
        for (const [k, m] of Object.entries(memory))
            this.get(k).recall(m);
    }
    get(key) {
        let b = this.breakers.get(key);
        if (!b) {
            b = new CircuitBreaker(this.opts);
            this.breakers.set(key, b);
        }
        return b;
    }
    /** Every breaker's memory, to be saved for the next run. */
    memory() {
        const out = {};
        for (const [k, b] of this.breakers)
            out[k] = b.memory();
        return out;
    }
    states() {
        const out = {};
        for (const [k, b] of this.breakers)
            out[k] = b.state();
        return out;
    }
}

// EXTERNAL MODULE: ./src/engines/fallback.ts + 1 modules
var fallback = __webpack_require__(38065);
// EXTERNAL MODULE: ./src/engines/infra.ts
var infra = __webpack_require__(20945);
;// CONCATENATED MODULE: ./src/engines/breaker-history.ts



/** An engine that failed its last 3 runs in a repository is skipped for 15 minutes. */
const REPO_BREAKER = { failureThreshold: 3, cooldownMs: 15 * 60_000 };
/**
 * The breakers' memory as the outcome log tells it: every chain link on these records, oldest
 * first, is played through the same breakers a chain uses (an infrastructure failure counts, any
 * other answer closes it, a link its breaker skipped never ran). A link's time is its record's
 * timestamp, when its pipeline ended: a failure is remembered from then, never from earlier.
 * Stages without links ran a lone engine, which has no breaker (as in a live chain).
 */
function breakerMemoryFromRecords(records, opts = REPO_BREAKER) {
    let at = 0;
    const registry = new BreakerRegistry({ ...opts, now: () => at });
    const ordered = records
        .map((r) => ({ r, t: Date.parse(r.timestamp) }))
        .filter(({ t }) => Number.isFinite(t))
        .sort((a, b) => a.t - b.t);
    for (const { r, t } of ordered) {
        at = t;
        for (const s of r.stages)
            for (const link of s.links ?? []) {
                if (link.outcome === 'skipped')
                    continue;
                const breaker = registry.get((0,fallback/* breakerKey */.gI)(link.engine));
                if ((0,infra/* isInfraFailure */.zt)(link))
                    breaker.onFailure();
                else
                    breaker.onSuccess();
            }
    }
    return registry.memory();
}

;// CONCATENATED MODULE: ./src/outcomes/breaker-log.ts
// The circuit breakers of a GitHub run, from the outcome log: a fresh runner remembers nothing,
// but the log on the data branch lists every chain link of this repository's recent runs.



/**
 * The breakers for this run, their memory replayed from the log: this month's shard, and last
 * month's while the cool-down reaches into it. Older failures are not counted (a breaker that
 * opened then has cooled down). An unreadable log is a fresh start: the breaker is an
 * optimisation, never a reason to fail a run.
 */
async function breakersFromLog(o) {
    const now = o.now ?? Date.now;
    const opts = { ...(o.breaker ?? REPO_BREAKER), now };
    const at = now();
    const files = [
        ...new Set([o.log.pathFor(new Date(at - opts.cooldownMs)), o.log.pathFor(new Date(at))]),
    ];
    const records = [];
    try {
        for (const text of await Promise.all(files.map((f) => o.log.read(f))))
            for (const [i, line] of text.split('\n').entries()) {
                // Only a chain's record has links: the rest is not parsed at all.
                if (!line.includes('"links"'))
                    continue;
                const parsed = (0,outcomes/* parseOutcomeLine */.eR)(line, i + 1);
                const record = parsed.kind === 'record' ? parsed.view.record : undefined;
                if (record !== undefined && record.repo === o.repo)
                    records.push(record);
            }
    }
    catch (e) {
        o.warn?.(`circuit breakers start closed: the outcome log could not be read (${e instanceof Error ? e.message : String(e)})`);
        return new BreakerRegistry(opts);
    }
    return new BreakerRegistry(opts, breakerMemoryFromRecords(records, opts));
}


/***/ })

};
;