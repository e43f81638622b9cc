import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 735:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ reducePieces)
});

// UNUSED EXPORTS: reduceLogFile

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(919);
;// CONCATENATED MODULE: ./src/core/outcomes/analytics-state.ts
function bump(m, k, by = 1) {
    m.set(k, (m.get(k) ?? 0) + by);
}
function sortedRecord(m) {
    return Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

;// CONCATENATED MODULE: ./src/core/outcomes/analytics-types.ts
/** Outcomes a human has to pick up: listed as escalations. */
const ESCALATION_OUTCOMES = ['escalated', 'budget_exceeded'];

;// CONCATENATED MODULE: ./src/core/outcomes/calendar.ts
const DAY_MS = 86_400_000;
/** The last `days` days up to `now` (exclusive of nothing: `to` is now). */
function lastDays(now, days) {
    return { from: new Date(now.getTime() - days * DAY_MS).toISOString(), to: now.toISOString() };
}
/** True when the instant falls in the period; a line without a time is only in an open one. */
function inPeriod(timestamp, period) {
    if (period.from === null && period.to === null)
        return true;
    if (timestamp === null)
        return false;
    const t = Date.parse(timestamp);
    if (Number.isNaN(t))
        return false;
    if (period.from !== null && t < Date.parse(period.from))
        return false;
    if (period.to !== null && t >= Date.parse(period.to))
        return false;
    return true;
}
/** The Monday (UTC) of the instant's week, as YYYY-MM-DD. */
function calendar_weekStart(timestamp) {
    const t = Date.parse(timestamp);
    if (Number.isNaN(t))
        return null;
    const d = new Date(t);
    const sinceMonday = (d.getUTCDay() + 6) % 7;
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - sinceMonday))
        .toISOString()
        .slice(0, 10);
}
function dayOf(timestamp) {
    const t = Date.parse(timestamp);
    return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
/** The unit a record belongs to (see analytics-types.ts). */
function unitKey(r) {
    if (r.issue !== null)
        return `${r.repo}#${r.issue}`;
    if (r.pr !== null)
        return `${r.repo}!pr${r.pr}`;
    return `${r.repo}@${r.correlationId}`;
}
function issueUrl(serverUrl, repo, issue) {
    return `${serverUrl.replace(/\/+$/, '')}/${repo}/issues/${issue}`;
}
function prUrl(serverUrl, repo, pr) {
    return `${serverUrl.replace(/\/+$/, '')}/${repo}/pull/${pr}`;
}
/** An instant in ms; -Infinity for none (or an unreadable one). */
function timeMs(ts) {
    const t = ts === null ? Number.NaN : Date.parse(ts);
    return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

;// CONCATENATED MODULE: ./src/core/outcomes/exact-sum.ts
/**
 * A sum of doubles that is exact until it is read, then rounded once (Shewchuk's partials, as in
 * Python's math.fsum). The summary adds costs and durations this way so that the total does not
 * depend on the order of the records: a log summarized in parts, on several threads, and merged
 * gives the same bits as one pass over it, and a million small costs lose no cents.
 *
 * The state is a short list of non-overlapping partials (a few: 7 after 300k random costs),
 * smallest first; their exact sum is the exact sum of everything added.
 */
class ExactSum {
    /** The partials are p[0..n), in a typed array: no growing, shrinking or boxing per add. */
    p = new Float64Array(4);
    n = 0;
    /** Adds a finite value (a non-finite one is a bug in the caller). */
    add(value) {
        if (!Number.isFinite(value))
            throw new RangeError(`ExactSum: ${value} is not finite`);
        const p = this.p;
        let x = value;
        let kept = 0;
        for (let k = 0; k < this.n; k++) {
            const y = p[k];
            // Knuth's two-sum: hi + lo is exactly x + y, whichever is larger (no branch to swap them).
            const hi = x + y;
            const yPart = hi - x;
            const lo = x - (hi - yPart) + (y - yPart);
            if (lo !== 0)
                p[kept++] = lo;
            x = hi;
        }
        if (kept === p.length) {
            // Non-overlapping doubles are few (at most about 40), so this happens once or twice.
            this.p = new Float64Array(p.length * 2);
            this.p.set(p);
        }
        this.p[kept++] = x;
        this.n = kept;
    }
    /** Adds another sum's partials: still exact. */
    merge(partials) {
        for (const v of partials)
            this.add(v);
    }
    /** The partials, for merging elsewhere (plain numbers: they cross threads as they are). */
    state() {
        return Array.from(this.p.subarray(0, this.n));
    }
    /** The exact sum, correctly rounded to the nearest double. */
    value() {
        const p = this.p;
        let i = this.n;
        if (i === 0)
            return 0;
        let hi = p[--i];
        let lo = 0;
        // Add from the largest partial down until a step rounds (lo !== 0): what remains below
        // cannot change hi, except in the half-way case handled after.
        while (i > 0) {
            const x = hi;
            const y = p[--i];
            hi = x + y;
            lo = y - (hi - x);
            if (lo !== 0)
                break;
        }
        // hi + lo was a tie broken to even; a further partial of lo's sign means the exact sum is
        // past the half-way point, so round away instead.
        if (i > 0 && ((lo < 0 && p[i - 1] < 0) || (lo > 0 && p[i - 1] > 0))) {
            const y = lo * 2;
            const x = hi + y;
            if (y === x - hi)
                hi = x;
        }
        return hi;
    }
}

;// CONCATENATED MODULE: ./src/core/outcomes/analytics-result.ts
// Turns the analytics accumulator's state into the figures (analytics-types.ts): one row per
// unit, outcomes and resolve rate by unit, cost per PR, time to ready, escalations, top
// findings, engines, models, tiers, repositories, and the weekly and daily buckets.




const SEVERITY_RANK = {
    blocking: 0,
    major: 1,
    minor: 2,
    nit: 3,
};
const TIER_ORDER = ['high', 'medium', 'low', 'none', 'unknown'];
/** Nearest rank: the smallest value with at least q of the set at or below it. Sorts in place. */
function analytics_result_percentiles(values) {
    if (values.length === 0)
        return { count: 0, p50: null, p90: null, max: null };
    values.sort((a, b) => a - b);
    const at = (q) => values[Math.max(0, Math.ceil(q * values.length) - 1)];
    return {
        count: values.length,
        p50: at(0.5),
        p90: at(0.9),
        max: values[values.length - 1],
    };
}
function analyticsOf(s, opts) {
    const rows = [];
    const rowMs = [];
    const escalations = [];
    const escMs = [];
    const unitsByOutcome = new Map();
    const perPr = [];
    let prsWithUnknownCost = 0;
    const toReady = [];
    const engines = new Map();
    const models = new Map();
    const tiers = new Map();
    const repoUnits = new Map();
    let issues = 0;
    let prs = 0;
    for (const u of s.units.values()) {
        const v = u.latest;
        unitsByOutcome.set(v.outcome, (unitsByOutcome.get(v.outcome) ?? 0) + 1);
        if (u.issue !== null)
            issues++;
        if (u.pr !== null || u.branch !== null) {
            prs++;
            if (v.costUsd === null)
                prsWithUnknownCost++;
            else
                perPr.push(v.costUsd);
        }
        const timeToReadyMs = u.readyMs !== null && u.firstStartMs !== null ? u.readyMs - u.firstStartMs : null;
        if (timeToReadyMs !== null)
            toReady.push(timeToReadyMs);
        const ready = v.outcome === 'ready';
        const escalated = ESCALATION_OUTCOMES.includes(v.outcome);
        const t = tiers.get(v.riskTier ?? 'unknown') ?? { units: 0, ready: 0, escalated: 0 };
        t.units++;
        if (ready)
            t.ready++;
        if (escalated)
            t.escalated++;
        tiers.set(v.riskTier ?? 'unknown', t);
        if (u.repo !== null) {
            const ru = repoUnits.get(u.repo) ?? { units: 0, ready: 0 };
            ru.units++;
            if (ready)
                ru.ready++;
            repoUnits.set(u.repo, ru);
        }
        countEngines(u, engines, models, ready);
        const links = linksOf(u, opts.serverUrl);
        if (escalated) {
            escMs.push(u.latestMs);
            escalations.push({
                key: u.key,
                repo: u.repo,
                issue: u.issue,
                pr: u.pr,
                outcome: v.outcome,
                riskTier: v.riskTier,
                timestamp: v.timestamp,
                url: links.prUrl ?? links.issueUrl,
            });
        }
        rowMs.push(u.latestMs);
        rows.push({
            key: u.key,
            repo: u.repo,
            issue: u.issue,
            pr: u.pr,
            branch: u.branch,
            outcome: v.outcome,
            riskTier: v.riskTier,
            runs: u.runs,
            firstTimestamp: u.first,
            lastTimestamp: v.timestamp,
            costUsd: v.costUsd,
            stages: v.stages,
            timeToReadyMs,
            findings: v.findings,
            ...links,
        });
    }
    const units = s.units.size;
    const ready = unitsByOutcome.get('ready') ?? 0;
    return {
        period: opts.period,
        repos: opts.repos,
        records: s.records,
        skipped: s.skipped,
        firstTimestamp: s.first,
        lastTimestamp: s.last,
        units,
        issues,
        prs,
        byOutcome: sortedRecord(s.byOutcome),
        unitsByOutcome: sortedRecord(unitsByOutcome),
        resolveRate: units === 0 ? null : ready / units,
        cost: {
            knownUsd: sumOf(s.knownUsd),
            unknownRecords: s.unknownRecords,
            perPr: analytics_result_percentiles(perPr),
            prsWithUnknownCost,
        },
        timeToReadyMs: analytics_result_percentiles(toReady),
        escalations: newestFirst(escalations, escMs),
        topFindings: topFindings(s.units.values(), opts.topFindings),
        engines: engineRows(engines),
        models: engineRows(models),
        tiers: [...tiers]
            .map(([tier, t]) => ({
            tier,
            ...t,
            resolveRate: t.units === 0 ? null : t.ready / t.units,
            escalationRate: t.units === 0 ? null : t.escalated / t.units,
        }))
            .sort((a, b) => tierOrder(a.tier) - tierOrder(b.tier)),
        weeks: buckets(s.weeks),
        days: buckets(s.days),
        byRepo: [...repoUnits]
            .map(([repo, ru]) => ({ repo, records: s.repoRecords.get(repo) ?? 0, ...ru }))
            .sort((a, b) => b.records - a.records || (a.repo < b.repo ? -1 : 1)),
        rows: newestFirst(rows, rowMs),
    };
}
function sumOf(partials) {
    const sum = new ExactSum();
    sum.merge(partials);
    return sum.value();
}
function linksOf(u, serverUrl) {
    if (u.repo === null)
        return { issueUrl: null, prUrl: null };
    return {
        issueUrl: u.issue === null ? null : issueUrl(serverUrl, u.repo, u.issue),
        prUrl: u.pr === null ? null : prUrl(serverUrl, u.repo, u.pr),
    };
}
/**
 * Findings by rule: each counts once per unit (a finding repeated on later runs of one unit is
 * the same finding), and the rule's example is the first one recorded in the log.
 */
function topFindings(units, topN) {
    if (topN <= 0)
        return [];
    const groups = new Map();
    for (const u of units) {
        if (u.findings === null)
            continue;
        const rulesHere = new Set();
        for (const [fp, f] of u.findings) {
            let g = groups.get(f.rule);
            if (g === undefined) {
                g = {
                    rule: f.rule,
                    severity: f.severity,
                    count: 0,
                    units: 0,
                    fingerprints: new Set(),
                    open: 0,
                    example: f.message,
                    exampleSeq: f.seq,
                };
                groups.set(f.rule, g);
            }
            g.count++;
            if (!rulesHere.has(f.rule)) {
                rulesHere.add(f.rule);
                g.units++;
            }
            g.fingerprints.add(fp);
            if (f.status === 'open')
                g.open++;
            if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[g.severity])
                g.severity = f.severity;
            if (f.seq < g.exampleSeq) {
                g.example = f.message;
                g.exampleSeq = f.seq;
            }
        }
    }
    return [...groups.values()]
        .sort((a, b) => b.units - a.units ||
        b.count - a.count ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        (a.rule < b.rule ? -1 : 1))
        .slice(0, topN)
        .map((g) => ({
        rule: g.rule,
        severity: g.severity,
        count: g.count,
        units: g.units,
        fingerprints: g.fingerprints.size,
        open: g.open,
        example: g.example,
    }));
}
function tierOrder(t) {
    const k = TIER_ORDER.indexOf(t);
    return k === -1 ? TIER_ORDER.length : k;
}
class EngineAcc {
    stages = 0;
    units = 0;
    ready = 0;
    costUsd = 0;
    unknownCostStages = 0;
    unitsWithCost = 0;
    costSeenInUnit = false;
    addStage(cost) {
        this.stages++;
        if (cost === null)
            this.unknownCostStages++;
        else {
            this.costUsd += cost;
            this.costSeenInUnit = true;
        }
    }
    addUnit(ready) {
        this.units++;
        if (ready)
            this.ready++;
        if (this.costSeenInUnit)
            this.unitsWithCost++;
        this.costSeenInUnit = false;
    }
}
function engineAcc(m, name) {
    let a = m.get(name);
    if (a === undefined)
        m.set(name, (a = new EngineAcc()));
    return a;
}
/** A unit's final ledger, by engine and by model: each stage, and the unit once per name. */
function countEngines(u, engines, models, ready) {
    const usedEngines = new Set();
    const usedModels = new Set();
    for (const s of u.latest.stages) {
        engineAcc(engines, s.engine).addStage(s.costUsd);
        engineAcc(models, s.model).addStage(s.costUsd);
        usedEngines.add(s.engine);
        usedModels.add(s.model);
    }
    for (const e of usedEngines)
        engineAcc(engines, e).addUnit(ready);
    for (const m of usedModels)
        engineAcc(models, m).addUnit(ready);
}
function engineRows(m) {
    return [...m]
        .map(([name, a]) => ({
        name,
        stages: a.stages,
        units: a.units,
        ready: a.ready,
        successRate: a.units === 0 ? null : a.ready / a.units,
        costUsd: a.costUsd,
        unknownCostStages: a.unknownCostStages,
        costPerUnitUsd: a.unitsWithCost === 0 ? null : a.costUsd / a.unitsWithCost,
    }))
        .sort((a, b) => b.units - a.units || (a.name < b.name ? -1 : 1));
}
/** Newest first by the times given alongside (parsed once), then by key. */
function newestFirst(xs, ms) {
    return xs
        .map((_, k) => k)
        .sort((x, y) => ms[y] - ms[x] || (xs[x].key < xs[y].key ? -1 : 1))
        .map((k) => xs[k]);
}
function buckets(m) {
    return [...m]
        .sort((a, b) => a[0] - b[0])
        .map(([start, b]) => ({
        start: new Date(start * DAY_MS).toISOString().slice(0, 10),
        records: b.records,
        byOutcome: sortedRecord(b.byOutcome),
        costUsd: sumOf(b.costUsd),
        unknownCost: b.unknownCost,
    }));
}

;// CONCATENATED MODULE: ./src/core/outcomes/analytics.ts
// The figures that `lailatov report` and `lailatov dashboard` show, accumulated from outcome
// views: period and repository filtering, then per run (outcomes, cost, weekly and daily
// buckets) and per unit of work (analytics-types.ts). Pure: the callers read the log. The
// accumulator's state merges, so a log read in pieces on several threads gives the figures of
// one pass; analytics-result.ts turns the state into the figures.







/** Prepares a view for `addPrepared` (nothing of the view itself is kept). */
function prepareView(v) {
    return {
        view: v,
        ms: timeMs(v.timestamp),
        latest: latestRun(v),
        key: v.repo === null || v.correlationId === null
            ? null
            : unitKey({ repo: v.repo, issue: v.issue, pr: v.pr, correlationId: v.correlationId }),
    };
}
const V0_KEY = /^v0:(\d+)$/;
/**
 * Streaming accumulation: `add` every view of the log, then `result()`. Memory is one entry per
 * unit (issue) plus the distinct weeks and days. Pieces of a log accumulated apart merge
 * (`state`, `merge`) in file order into what one pass gives.
 */
class AnalyticsAccumulator {
    opts;
    period;
    fromMs;
    toMs;
    repos;
    records = 0;
    skipped = 0;
    first = null;
    last = null;
    byOutcome = new Map();
    units = new Map();
    weeks = new Map();
    days = new Map();
    repoRecords = new Map();
    /** Exact, so that the total does not depend on how the log was cut for the threads. */
    knownUsd = new ExactSum();
    unknownRecords = 0;
    v0 = 0;
    seen = 0;
    topN;
    constructor(opts = {}) {
        this.opts = opts;
        this.period = opts.period ?? { from: null, to: null };
        this.fromMs =
            this.period.from === null ? Number.NEGATIVE_INFINITY : Date.parse(this.period.from);
        this.toMs = this.period.to === null ? Number.POSITIVE_INFINITY : Date.parse(this.period.to);
        this.repos =
            opts.repos && opts.repos.length > 0 ? new Set(opts.repos.map((r) => r.toLowerCase())) : null;
        this.topN = opts.topFindings ?? 10;
    }
    /** True when the view is counted (in the period and the repositories asked for). */
    add(v) {
        return this.addPrepared(prepareView(v));
    }
    /**
     * `add` for a view prepared once (`prepareView`) and added to several accumulators, as the
     * dashboard does for each of its period and repository views.
     */
    addPrepared(p) {
        const { view: v, ms } = p;
        this.seen++;
        // One parse per record: at 100,000 records, Date.parse and Date objects dominated.
        const open = this.period.from === null && this.period.to === null;
        if (!open && !(ms >= this.fromMs && ms < this.toMs))
            return this.skip();
        if (this.repos !== null && (v.repo === null || !this.repos.has(v.repo.toLowerCase())))
            return this.skip();
        this.records++;
        if (v.timestamp !== null) {
            if (this.first === null || v.timestamp < this.first)
                this.first = v.timestamp;
            if (this.last === null || v.timestamp > this.last)
                this.last = v.timestamp;
        }
        bump(this.byOutcome, v.outcome);
        const cost = v.totals.costUsd;
        if (cost === null)
            this.unknownRecords++;
        else
            this.knownUsd.add(cost);
        if (ms !== Number.NEGATIVE_INFINITY) {
            const d = Math.floor(ms / DAY_MS);
            // 1970-01-01 was a Thursday: (d + 3) mod 7 is the number of days since Monday.
            this.addToBucket(this.weeks, d - ((((d + 3) % 7) + 7) % 7), v);
            this.addToBucket(this.days, d, v);
        }
        if (v.repo !== null)
            bump(this.repoRecords, v.repo);
        this.addToUnit(p);
        return true;
    }
    skip() {
        this.skipped++;
        return false;
    }
    addToBucket(m, start, v) {
        const b = bucket(m, start);
        b.records++;
        bump(b.byOutcome, v.outcome);
        if (v.totals.costUsd === null)
            b.unknownCost++;
        else
            b.costUsd.add(v.totals.costUsd);
    }
    addToUnit({ view: v, ms, key: known, latest }) {
        const key = known ?? `v0:${++this.v0}`;
        const startMs = ms === Number.NEGATIVE_INFINITY ? null : ms - v.totals.durationMs;
        let u = this.units.get(key);
        if (u === undefined) {
            u = {
                key,
                repo: v.repo,
                issue: v.issue,
                pr: v.pr,
                branch: v.branch,
                runs: 0,
                first: v.timestamp,
                firstStartMs: startMs,
                latest,
                latestMs: ms,
                readyMs: null,
                findings: null,
            };
            this.units.set(key, u);
        }
        else {
            if (v.timestamp !== null && (u.first === null || v.timestamp < u.first))
                u.first = v.timestamp;
            if (startMs !== null && (u.firstStartMs === null || startMs < u.firstStartMs))
                u.firstStartMs = startMs;
            if (ms >= u.latestMs) {
                u.latest = latest;
                u.latestMs = ms;
            }
            u.pr ??= v.pr;
            u.branch ??= v.branch;
        }
        u.runs++;
        if (v.outcome === 'ready' &&
            ms !== Number.NEGATIVE_INFINITY &&
            (u.readyMs === null || ms < u.readyMs))
            u.readyMs = ms;
        const r = v.record;
        // Findings are kept only for the top findings (the dashboard lists none).
        if (r !== undefined && this.topN > 0)
            for (const f of r.findings)
                this.addFinding(u, f);
    }
    addFinding(u, f) {
        u.findings ??= new Map();
        if (u.findings.has(f.fingerprint))
            return;
        const { rule, severity, status, message } = f;
        u.findings.set(f.fingerprint, { rule, severity, status, message, seq: this.seen });
    }
    /** The counts so far as plain data, for `merge` (on another thread: by structured clone). */
    state() {
        return {
            records: this.records,
            skipped: this.skipped,
            first: this.first,
            last: this.last,
            byOutcome: this.byOutcome,
            units: this.units,
            weeks: bucketStates(this.weeks),
            days: bucketStates(this.days),
            repoRecords: this.repoRecords,
            knownUsd: this.knownUsd.state(),
            unknownRecords: this.unknownRecords,
            v0: this.v0,
            seen: this.seen,
        };
    }
    /**
     * Adds the counts of the records that come right after the ones added here (pieces merge in
     * file order): a unit seen in both keeps its first run from here and its latest from the later
     * one, and a finding counts where it was first recorded.
     */
    merge(part) {
        this.records += part.records;
        this.skipped += part.skipped;
        if (part.first !== null && (this.first === null || part.first < this.first))
            this.first = part.first;
        if (part.last !== null && (this.last === null || part.last > this.last))
            this.last = part.last;
        for (const [k, n] of part.byOutcome)
            bump(this.byOutcome, k, n);
        for (const [start, b] of part.weeks)
            mergeBucket(bucket(this.weeks, start), b);
        for (const [start, b] of part.days)
            mergeBucket(bucket(this.days, start), b);
        for (const [repo, n] of part.repoRecords)
            bump(this.repoRecords, repo, n);
        this.knownUsd.merge(part.knownUsd);
        this.unknownRecords += part.unknownRecords;
        for (const pu of part.units.values())
            this.mergeUnit(pu);
        this.v0 += part.v0;
        this.seen += part.seen;
    }
    mergeUnit(pu) {
        const v0 = V0_KEY.exec(pu.key);
        // The part numbered its v0 lines from 1: they follow the ones read here.
        const key = v0 === null ? pu.key : `v0:${Number(v0[1]) + this.v0}`;
        const later = (f) => f === null ? null : new Map([...f].map(([fp, s]) => [fp, { ...s, seq: s.seq + this.seen }]));
        const u = this.units.get(key);
        if (u === undefined) {
            this.units.set(key, { ...pu, key, findings: later(pu.findings) });
            return;
        }
        if (pu.first !== null && (u.first === null || pu.first < u.first))
            u.first = pu.first;
        if (pu.firstStartMs !== null && (u.firstStartMs === null || pu.firstStartMs < u.firstStartMs))
            u.firstStartMs = pu.firstStartMs;
        if (pu.latestMs >= u.latestMs) {
            u.latest = pu.latest;
            u.latestMs = pu.latestMs;
        }
        u.pr ??= pu.pr;
        u.branch ??= pu.branch;
        u.runs += pu.runs;
        if (pu.readyMs !== null && (u.readyMs === null || pu.readyMs < u.readyMs))
            u.readyMs = pu.readyMs;
        const found = later(pu.findings);
        if (found !== null) {
            u.findings ??= new Map();
            for (const [fp, s] of found)
                if (!u.findings.has(fp))
                    u.findings.set(fp, s);
        }
    }
    result() {
        return analyticsOf(this.state(), {
            period: this.period,
            repos: this.repos === null ? [] : [...this.repos],
            serverUrl: this.opts.serverUrl ?? 'https://github.com',
            topFindings: this.topN,
        });
    }
}
function latestRun(v) {
    return {
        outcome: v.outcome,
        riskTier: v.riskTier,
        costUsd: v.totals.costUsd,
        timestamp: v.timestamp,
        stages: v.stages.map((s) => ({
            stage: s.stage,
            engine: s.engine,
            model: s.model,
            costUsd: s.costUsd,
        })),
        findings: v.record?.findings.length ?? 0,
    };
}
function bucket(m, start) {
    let b = m.get(start);
    if (b === undefined) {
        b = { records: 0, byOutcome: new Map(), costUsd: new ExactSum(), unknownCost: 0 };
        m.set(start, b);
    }
    return b;
}
function bucketStates(m) {
    return new Map([...m].map(([start, b]) => [start, { ...b, costUsd: b.costUsd.state() }]));
}
function mergeBucket(into, b) {
    into.records += b.records;
    for (const [k, n] of b.byOutcome)
        bump(into.byOutcome, k, n);
    into.costUsd.merge(b.costUsd);
    into.unknownCost += b.unknownCost;
}
/** The figures of a whole set of views. */
function analyze(views, opts = {}) {
    const acc = new AnalyticsAccumulator(opts);
    for (const v of views)
        acc.add(v);
    return acc.result();
}

;// CONCATENATED MODULE: ./src/core/dashboard/model.ts
// What the dashboard shows, as data: the shared analytics (analytics.ts) of every view the
// page offers, one per period and repository (and all repositories). The page's filters only
// switch between these views, so every figure on it is one the analytics computed.

/** The period filter's choices, widest first (the page opens on the first). */
const DASHBOARD_PERIODS = [
    { id: 'all', label: 'All time', days: null },
    { id: '52w', label: 'Last 52 weeks', days: 364 },
    { id: '13w', label: 'Last 13 weeks', days: 91 },
    { id: '4w', label: 'Last 4 weeks', days: 28 },
];
function periodOf(p, now) {
    return p.days === null ? { from: null, to: null } : lastDays(now, p.days);
}
/**
 * Streaming: `add` each view of the log, then `result()`. A record is counted once, in the
 * views of every period of its own repository; the views of all repositories are those merged
 * at the end (a unit belongs to one repository, so the parts share no unit). Memory grows with
 * the units (issues) of each view, not with the records.
 */
class DashboardAccumulator {
    now;
    ceilings;
    serverUrl;
    /** Records without a repository (old v0 lines): in the all-repositories views only. */
    unowned;
    byRepo = new Map();
    constructor(opts) {
        this.now = opts.now;
        this.ceilings = opts.ceilings;
        this.serverUrl = opts.serverUrl;
        this.unowned = this.accumulators([]);
    }
    accumulators(repos) {
        return DASHBOARD_PERIODS.map((p) => new AnalyticsAccumulator({
            period: periodOf(p, this.now),
            repos,
            serverUrl: this.serverUrl,
            topFindings: 0,
        }));
    }
    add(view) {
        const v = prepareView(view); // once, for every accumulator below
        const repo = view.repo;
        let mine = repo === null ? this.unowned : this.byRepo.get(repo);
        if (mine === undefined)
            this.byRepo.set(repo, (mine = this.accumulators([repo])));
        // Periods are nested, widest first: a run outside one is outside the narrower ones (their
        // `skipped` counts are not kept, and the page does not show them).
        for (const acc of mine)
            if (!acc.addPrepared(v))
                break;
    }
    /** The counts so far as plain data, for `merge` (on another thread: by structured clone). */
    state() {
        return {
            unowned: this.unowned.map((a) => a.state()),
            byRepo: [...this.byRepo].map(([repo, accs]) => [repo, accs.map((a) => a.state())]),
        };
    }
    /** Adds the counts of the records that come right after the ones added here. */
    merge(part) {
        part.unowned.forEach((s, k) => this.unowned[k]?.merge(s));
        for (const [repo, states] of part.byRepo) {
            let mine = this.byRepo.get(repo);
            if (mine === undefined)
                this.byRepo.set(repo, (mine = this.accumulators([repo])));
            states.forEach((s, k) => mine[k]?.merge(s));
        }
    }
    result() {
        const repos = [...this.byRepo.keys()].sort();
        const views = [];
        const push = (repo, accs) => DASHBOARD_PERIODS.forEach((period, k) => views.push({ period, repo, analytics: accs[k].result() }));
        // All repositories: what had none, then each repository's counts, merged per period.
        const all = this.accumulators([]);
        all.forEach((acc, k) => {
            acc.merge(this.unowned[k].state());
            for (const accs of this.byRepo.values())
                acc.merge(accs[k].state());
        });
        push(null, all);
        for (const repo of repos)
            push(repo, this.byRepo.get(repo));
        return { generatedAt: this.now.toISOString(), ceilings: this.ceilings, repos, views };
    }
}
/** The DOM id of a view: `v-<period>-<repo index, or "all">`. */
function viewId(model, view) {
    return `v-${view.period.id}-${view.repo === null ? 'all' : model.repos.indexOf(view.repo)}`;
}
/**
 * Cost per issue by week, read off the analytics' rows: each issue (unit) counts once, in the
 * week of its latest run, at its whole ledger's cost (what the per-issue ceiling caps). One
 * entry per week of `weeks` (the view's weeks with runs), null where no issue ended.
 */
function issueCostByWeek(weeks, rows) {
    const costs = new Map();
    for (const r of rows) {
        if (r.costUsd === null || r.lastTimestamp === null)
            continue;
        const w = weekStart(r.lastTimestamp);
        if (w === null)
            continue;
        let list = costs.get(w);
        if (list === undefined)
            costs.set(w, (list = []));
        list.push(r.costUsd);
    }
    return weeks.map((week) => {
        const p = percentiles(costs.get(week) ?? []);
        return { week, median: p.p50, max: p.max };
    });
}

;// CONCATENATED MODULE: ./src/core/usage.ts
const TOKEN_USAGE_KEYS = ['input', 'output', 'cacheRead', 'cacheWrite'];
function usage_zeroUsage() {
    return { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
}
function usage_addUsage(a, b) {
    return {
        input: a.input + b.input,
        output: a.output + b.output,
        cacheRead: a.cacheRead + b.cacheRead,
        cacheWrite: a.cacheWrite + b.cacheWrite,
    };
}
function sumUsage(items) {
    let total = usage_zeroUsage();
    for (const u of items)
        total = usage_addUsage(total, u);
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

;// CONCATENATED MODULE: ./src/core/outcomes/schema.ts
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

;// CONCATENATED MODULE: ./src/core/outcomes/validate.ts


const TOP_LEVEL_KEYS = new Set(RECORD_FIELD_NAMES);
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
        for (const k of TOKEN_USAGE_KEYS)
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
            riskTier: RISK_TIERS.includes(tier)
                ? tier
                : null,
            stages,
            totals: { costUsd: null, tokens: usage_zeroUsage(), turns: 0, durationMs: 0 },
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
        return validateOutcomeRecord(v);
    if (!('schemaVersion' in v))
        return viewFromV0(v);
    const checked = validateOutcomeRecord(v);
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
    let tokens = zeroUsage();
    let turns = 0;
    let durationMs = 0;
    for (const s of stages) {
        costUsd = costUsd === null || s.costUsd === null ? null : costUsd + s.costUsd;
        tokens = addUsage(tokens, s.tokens);
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

;// CONCATENATED MODULE: ./src/core/outcomes/line.ts


/** Parses one line of the JSONL log (without its line break). Pure; never throws. */
function line_parseOutcomeLine(text, line) {
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

;// CONCATENATED MODULE: ./src/core/outcomes/fast-line/bytes.ts
/** Byte constants and word-at-a-time literals for the fast scanner (see ./index.ts). */
/** Thrown (never out of the scanner) to decline a line. */
const DECLINE = Symbol('decline');
/** Escapes and control characters: the scanner skips string contents with indexOf('"'). */
const utf8 = new TextEncoder();
const bytesOf = (xs) => xs.map((x) => utf8.encode(x));
const NULL = utf8.encode('null');
const TRUE = utf8.encode('true');
const FALSE = utf8.encode('false');
const EMPTY = new Uint8Array(0);
const BACKSLASH = 0x5c;
/** Exact powers of ten (up to 1e22 every one is a double). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
const QUOTE = 0x22;
/** A byte repeated in the four bytes of an int32, for testing four bytes at once. */
const ONES = 0x01010101;
const QUOTES = 0x22222222;
const BACKSLASHES = 0x5c5c5c5c;
const SPACES = 0x20202020;
const HIGH_BITS = 0x80808080 | 0;
const COMMA = 0x2c;
const COLON = 0x3a;
const SPACE = 0x20;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
function literal(text) {
    return literalOf(utf8.encode(text));
}
function literalOf(bytes) {
    if (bytes.length < 4)
        throw new RangeError(`a literal needs 4 bytes, not ${bytes.length}`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const whole = bytes.length >> 2;
    const words = new Int32Array(whole + 1);
    for (let k = 0; k < whole; k++)
        words[k] = view.getInt32(4 * k, true);
    words[whole] = view.getInt32(bytes.length - 4, true);
    return { length: bytes.length, words };
}

;// CONCATENATED MODULE: ./src/core/outcomes/fast-line/fields.ts



/** The schema's field names, objects and choices as the fast scanner's tables (see ./index.ts). */
/** `nextField` after the closing brace. */
const END = -2;
/** `nextField`'s `prev` before the first member. */
const FIRST = -3;
/** A field name the schema does not know. */
const UNKNOWN = -1;
// Every field name the schema knows (in any of its objects), by a small id.
var F;
(function (F) {
    F[F["schemaVersion"] = 0] = "schemaVersion";
    F[F["correlationId"] = 1] = "correlationId";
    F[F["runId"] = 2] = "runId";
    F[F["runAttempt"] = 3] = "runAttempt";
    F[F["repo"] = 4] = "repo";
    F[F["issue"] = 5] = "issue";
    F[F["pr"] = 6] = "pr";
    F[F["branch"] = 7] = "branch";
    F[F["headSha"] = 8] = "headSha";
    F[F["source"] = 9] = "source";
    F[F["outcome"] = 10] = "outcome";
    F[F["riskTier"] = 11] = "riskTier";
    F[F["checks"] = 12] = "checks";
    F[F["changedFiles"] = 13] = "changedFiles";
    F[F["findings"] = 14] = "findings";
    F[F["remediationRounds"] = 15] = "remediationRounds";
    F[F["stages"] = 16] = "stages";
    F[F["totals"] = 17] = "totals";
    F[F["timestamp"] = 18] = "timestamp";
    F[F["suiteVersion"] = 19] = "suiteVersion";
    F[F["stage"] = 20] = "stage";
    F[F["engine"] = 21] = "engine";
    F[F["model"] = 22] = "model";
    F[F["provider"] = 23] = "provider";
    F[F["costUsd"] = 24] = "costUsd";
    F[F["tokens"] = 25] = "tokens";
    F[F["turns"] = 26] = "turns";
    F[F["durationMs"] = 27] = "durationMs";
    F[F["input"] = 28] = "input";
    F[F["output"] = 29] = "output";
    F[F["cacheRead"] = 30] = "cacheRead";
    F[F["cacheWrite"] = 31] = "cacheWrite";
    F[F["severity"] = 32] = "severity";
    F[F["path"] = 33] = "path";
    F[F["lines"] = 34] = "lines";
    F[F["rule"] = 35] = "rule";
    F[F["message"] = 36] = "message";
    F[F["fingerprint"] = 37] = "fingerprint";
    F[F["status"] = 38] = "status";
    F[F["start"] = 39] = "start";
    F[F["end"] = 40] = "end";
    F[F["links"] = 41] = "links";
    F[F["detail"] = 42] = "detail";
})(F || (F = {}));
const FIELD_NAMES = [
    ...RECORD_FIELD_NAMES,
    'stage',
    'engine',
    'model',
    'provider',
    'costUsd',
    'tokens',
    'turns',
    'durationMs',
    ...TOKEN_USAGE_KEYS,
    'severity',
    'path',
    'lines',
    'rule',
    'message',
    'fingerprint',
    'status',
    'start',
    'end',
    'links',
    'detail',
];
/** Kinds of object made so far (`kind` numbers them). */
let kinds = 0;
/** The fields each object must have (the validator reads them all). */
const RECORD_FIELDS = kind([
    F.schemaVersion,
    F.correlationId,
    F.runId,
    F.runAttempt,
    F.repo,
    F.issue,
    F.pr,
    F.branch,
    F.headSha,
    F.source,
    F.outcome,
    F.riskTier,
    F.checks,
    F.changedFiles,
    F.findings,
    F.remediationRounds,
    F.stages,
    F.totals,
    F.timestamp,
    F.suiteVersion,
]);
const STAGE_FIELDS = kind([
    F.stage,
    F.engine,
    F.model,
    F.provider,
    F.costUsd,
    F.tokens,
    F.turns,
    F.durationMs,
    F.outcome,
]);
/** A chain link (`detail` is optional, so it has no bit: checked when present). */
const LINK_FIELDS = kind([
    F.engine,
    F.model,
    F.outcome,
    F.costUsd,
    F.tokens,
    F.turns,
    F.durationMs,
]);
const TOTALS_FIELDS = kind([F.costUsd, F.tokens, F.turns, F.durationMs]);
const TOKEN_FIELDS = kind([F.input, F.output, F.cacheRead, F.cacheWrite]);
const FINDING_FIELDS = kind([
    F.severity,
    F.path,
    F.lines,
    F.rule,
    F.message,
    F.fingerprint,
    F.status,
]);
const LINES_FIELDS = kind([F.start, F.end]);
/** How many kinds of object there are (rows of the scanner's prediction table). */
const KINDS = kinds;
function kind(fields) {
    const bitOf = new Int8Array(FIELD_NAMES.length).fill(-1);
    fields.forEach((f, bit) => (bitOf[f] = bit));
    return { id: kinds++, bitOf, all: 2 ** fields.length - 1 };
}
/** Field ids by (length, first and last character), confirmed with startsWith. */
const FIELD_BYTES = bytesOf(FIELD_NAMES);
/**
 * Each field as the first member of an object (`{"name":`) and as a later one (`,"name":`):
 * a predicted field is confirmed, separator and all, in one comparison.
 */
const OPENING_MEMBERS = FIELD_NAMES.map((name) => literal(`{"${name}":`));
const FOLLOWING_MEMBERS = FIELD_NAMES.map((name) => literal(`,"${name}":`));
function choices(values) {
    return { values, quoted: values.map((v) => literal(`"${v}"`)) };
}
const OUTCOMES = choices(TERMINAL_OUTCOMES);
const SOURCES = choices(RUN_SOURCES);
const TIERS = choices(RISK_TIERS);
const CHECK_VALUES = choices(CHECK_RESULTS);
const SEVERITIES = choices(FINDING_SEVERITIES);
const STATUSES = choices(FINDING_STATUSES);
/** Rows of the prediction table: one slot for the first member, one after each field. */
const SLOTS_PER_KIND = FIELD_NAMES.length + 1;
/** Candidate field ids by name length (mod 32) and last byte (mod 128); confirmed by bytes. */
const FIELDS_BY_SHAPE = Array.from({ length: 32 * 128 }, () => []);
const shape = (length, last) => ((length & 31) << 7) | (last & 127);
FIELD_NAMES.forEach((name, id) => {
    FIELDS_BY_SHAPE[shape(name.length, name.charCodeAt(name.length - 1))]?.push(id);
});

;// CONCATENATED MODULE: ./src/core/outcomes/fast-line/byte-reader.ts

/**
 * The JSON grammar over one line's bytes: strings, numbers, literals, skipping. Every rule
 * declines (throws DECLINE) on what the full parser must decide; see ./index.ts.
 */
class ByteReader {
    /** The line's bytes (the reader's chunk: kept until the next one, as `words` is). */
    b = EMPTY;
    /** `b` as a DataView, to read four bytes at once; made once per chunk, not per line. */
    words = new DataView(EMPTY.buffer);
    i = 0;
    /** Where the line ends in `b` (exclusive). */
    end = 0;
    /** Start and end (exclusive) of the last string's contents. */
    s = 0;
    e = 0;
    /** The last number's value. */
    n = 0;
    /** Scratch char codes for `ascii`. */
    codes = [];
    /** The byte at k, or -1 past the end. */
    at(k) {
        return k < this.end ? this.b[k] : -1;
    }
    /** Whether `word` comes at i (not moving). */
    startsWith(word, i) {
        const n = word.length;
        if (i + n > this.end)
            return false;
        const b = this.b;
        for (let k = 0; k < n; k++)
            if (b[i + k] !== word[k])
                return false;
        return true;
    }
    /** Whether `lit` comes at i (not moving): a word at a time. */
    literalAt(lit, i) {
        const n = lit.length;
        if (i + n > this.end)
            return false;
        const { words } = this;
        const expected = lit.words;
        const last = expected.length - 1;
        for (let k = 0; k < last; k++)
            if (words.getInt32(i + 4 * k, true) !== expected[k])
                return false;
        return words.getInt32(i + n - 4, true) === expected[last];
    }
    /** Whether the last string's contents are exactly `word`. */
    stringIs(word) {
        return this.e - this.s === word.length && this.startsWith(word, this.s);
    }
    /**
     * Bytes [from, to) as text; only called on ASCII (numbers, checked timestamps). Copied into
     * one reused array of char codes first: half the cost of a typed-array view per call.
     */
    ascii(from, to) {
        const { b, codes } = this;
        const n = to - from;
        while (codes.length > n)
            codes.pop();
        for (let k = 0; k < n; k++)
            codes[k] = b[from + k];
        return String.fromCharCode.apply(null, codes);
    }
    /** The next byte that is not a space, with i moved to it; -1 at the end of the line. */
    peek() {
        const { b, end } = this;
        let i = this.i;
        let c = i < end ? b[i] : -1;
        while (c === SPACE)
            c = ++i < end ? b[i] : -1;
        this.i = i;
        return c;
    }
    space() {
        this.peek();
    }
    expect(code) {
        if (this.peek() !== code)
            throw DECLINE;
        this.i++;
    }
    /** True and past it when the next character is `code`. */
    take(code) {
        if (this.peek() !== code)
            return false;
        this.i++;
        return true;
    }
    /**
     * A string: its contents are [s, e). An escape or a raw control character declines (the
     * full parser decides those); any other byte, UTF-8 or not, is what JSON.parse would take
     * after decoding.
     */
    string() {
        const { b, end } = this;
        let k = this.i;
        if (k < end && b[k] === QUOTE)
            k++;
        else {
            this.expect(QUOTE);
            k = this.i;
        }
        const from = k;
        // Four bytes at a time while none of them is a quote, a backslash or a control character.
        const { words } = this;
        while (k + 4 <= end) {
            const x = words.getInt32(k, true);
            const q = x ^ QUOTES;
            const bs = x ^ BACKSLASHES;
            if ((((q - ONES) & ~q) | ((bs - ONES) & ~bs) | ((x - SPACES) & ~x)) & HIGH_BITS)
                break;
            k += 4;
        }
        for (;;) {
            const c = k < end ? b[k] : -1;
            if (c < SPACE || c === BACKSLASH)
                throw DECLINE;
            if (c === QUOTE)
                break;
            k++;
        }
        this.s = from;
        this.e = k;
        this.i = k + 1;
    }
    /**
     * A number by the JSON grammar; its value (as JSON.parse reads it) in `n`. Up to 15 digits
     * the digits make an integer m < 2^53 exactly, and m / 10^k (k <= 15) is one correctly
     * rounded division, so this is exactly the double JSON.parse gives (Clinger's fast path);
     * longer numbers and exponents go through Number().
     */
    number() {
        const { b, end } = this;
        let i = this.i;
        let c = i < end ? b[i] : -1;
        if (c === SPACE) {
            c = this.peek();
            i = this.i;
        }
        const from = i;
        const negative = c === MINUS;
        if (negative)
            c = ++i < end ? b[i] : -1;
        const leadingZero = c === ZERO;
        let m = 0;
        let intDigits = 0;
        for (; c >= ZERO && c <= NINE; intDigits++) {
            m = m * 10 + (c - ZERO);
            c = ++i < end ? b[i] : -1;
        }
        if (intDigits === 0 || (leadingZero && intDigits > 1))
            throw DECLINE;
        let fractionDigits = 0;
        if (c === DOT) {
            c = ++i < end ? b[i] : -1;
            for (; c >= ZERO && c <= NINE; fractionDigits++) {
                m = m * 10 + (c - ZERO);
                c = ++i < end ? b[i] : -1;
            }
            if (fractionDigits === 0)
                throw DECLINE;
        }
        if (c === 0x65 || c === 0x45) {
            c = ++i < end ? b[i] : -1;
            if (c === 0x2b || c === MINUS)
                c = ++i < end ? b[i] : -1;
            const from = i;
            while (c >= ZERO && c <= NINE)
                c = ++i < end ? b[i] : -1;
            if (i === from)
                throw DECLINE;
        }
        else if (intDigits + fractionDigits <= 15) {
            const v = fractionDigits === 0 ? m : m / POWERS_OF_TEN[fractionDigits];
            this.n = negative ? -v : v;
            this.i = i;
            return;
        }
        this.i = i;
        this.n = Number(this.ascii(from, i));
    }
    /** `null` if it comes next (and past it). */
    nullNext() {
        this.space();
        if (!this.startsWith(NULL, this.i))
            return false;
        this.i += 4;
        return true;
    }
    /** Any JSON value, checked and skipped (fields the summary neither reads nor validates). */
    skipValue(depth) {
        if (depth > 64)
            throw DECLINE;
        const c = this.peek();
        if (c === QUOTE)
            this.string();
        else if (c === OPEN_OBJECT) {
            this.i++;
            if (this.take(CLOSE_OBJECT))
                return;
            do {
                this.string();
                this.expect(COLON);
                this.skipValue(depth + 1);
            } while (this.take(COMMA));
            this.expect(CLOSE_OBJECT);
        }
        else if (c === OPEN_ARRAY) {
            this.i++;
            if (this.take(CLOSE_ARRAY))
                return;
            do
                this.skipValue(depth + 1);
            while (this.take(COMMA));
            this.expect(CLOSE_ARRAY);
        }
        else if (this.startsWith(TRUE, this.i))
            this.i += 4;
        else if (this.startsWith(FALSE, this.i))
            this.i += 5;
        else if (!this.nullNext())
            this.number();
    }
    /** Opens an array; true when it is empty (and already closed). */
    openArray() {
        this.expect(OPEN_ARRAY);
        return this.take(CLOSE_ARRAY);
    }
    /** After an item: true when another follows, false after the closing bracket. */
    nextItem() {
        if (this.take(COMMA))
            return true;
        this.expect(CLOSE_ARRAY);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/core/outcomes/fast-line/value-reader.ts



/** The validator's character classes. */
const isDigit = (c) => c >= ZERO && c <= NINE;
/** `[A-Za-z0-9_.-]` */
const isRepoChar = (c) => isDigit(c) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    c === DOT ||
    c === MINUS;
/** Distinct engine and model names decoded once; past this many, names are decoded each time. */
const INTERN_LIMIT = 10_000;
/** Values remembered per field of few values (repo, engine, model, stage names...). */
const RECENT_PER_FIELD = 4;
/**
 * The schema's values over the grammar: field names (predicted from the writer's order), the
 * validator's rules for each kind of value, and names decoded once; see ./index.ts.
 */
class ValueReader extends ByteReader {
    names = new Map();
    interned = 0;
    decoder = new TextDecoder();
    /**
     * The last few values of each field that has few (the repo, engine and model names, stage
     * names), quoted: a value confirmed by one comparison needs no scan, check or decoding. A
     * field whose values keep changing stops being remembered (`missesOf`).
     */
    recent = FIELD_NAMES.map(() => []);
    missesOf = new Int32Array(FIELD_NAMES.length);
    hitsOf = new Int32Array(FIELD_NAMES.length);
    /**
     * The field that came next the last time, per kind of object and previous field. A writer
     * emits its fields in one order, so nearly every member is confirmed against its predicted
     * `"name":` bytes instead of being scanned as a string and looked up by name.
     */
    predicted = new Int8Array(KINDS * SLOTS_PER_KIND).fill(UNKNOWN);
    /**
     * The next member of an object of `kind` opened with `expect(OPEN_OBJECT)`: reads its name
     * and colon and returns its field id (UNKNOWN for a name the schema does not know: the caller
     * skips the value), or END after the closing brace. `prev` is the field before (FIRST for the
     * first call per object).
     */
    nextField(kind, prev) {
        const slot = prev === UNKNOWN ? -1 : kind.id * SLOTS_PER_KIND + (prev === FIRST ? 0 : prev + 1);
        if (slot !== -1) {
            const guess = this.predicted[slot];
            if (guess !== UNKNOWN) {
                const member = (prev === FIRST ? OPENING_MEMBERS : FOLLOWING_MEMBERS)[guess];
                if (this.literalAt(member, this.i)) {
                    this.i += member.length;
                    return guess;
                }
            }
        }
        if (prev === FIRST) {
            this.expect(OPEN_OBJECT);
            if (this.take(CLOSE_OBJECT))
                return END;
        }
        else if (!this.take(COMMA)) {
            this.expect(CLOSE_OBJECT);
            return END;
        }
        this.string();
        const field = this.field();
        this.expect(COLON);
        if (slot !== -1 && field !== UNKNOWN)
            this.predicted[slot] = field;
        return field;
    }
    /**
     * Marks `field` seen in an object of `kind`. A field of the kind seen twice declines
     * (JSON.parse would keep the last one; not worth mimicking); callers decline unless every
     * field was seen (`seen === kind.all`).
     */
    mark(kind, seen, field) {
        const bit = field < 0 ? -1 : (kind.bitOf[field] ?? -1);
        if (bit === -1)
            return seen;
        if ((seen & (1 << bit)) !== 0)
            throw DECLINE;
        return seen | (1 << bit);
    }
    field() {
        const { s, e } = this;
        if (e === s)
            return -1;
        const ids = FIELDS_BY_SHAPE[shape(e - s, this.at(e - 1))];
        for (const id of ids)
            if (this.stringIs(FIELD_BYTES[id]))
                return id;
        return -1;
    }
    // ---- the validator's rules ------------------------------------------------------------
    nonEmptyString() {
        this.string();
        if (this.e === this.s)
            throw DECLINE;
    }
    /** The last string's contents, decoded (checked already: no escape, no control character). */
    text() {
        return this.decoder.decode(this.b.subarray(this.s, this.e));
    }
    nullableString() {
        if (!this.nullNext())
            this.nonEmptyString();
    }
    count(min) {
        this.number();
        if (!Number.isInteger(this.n) || this.n < min)
            throw DECLINE;
        return this.n;
    }
    nullableCount(min) {
        return this.nullNext() ? null : this.count(min);
    }
    amount() {
        this.number();
        if (!Number.isFinite(this.n) || this.n < 0)
            throw DECLINE;
        return this.n;
    }
    cost() {
        return this.nullNext() ? null : this.amount();
    }
    /**
     * The choice that the next string equals, as the constant itself. Anything else declines,
     * escaped spellings included (the full path decides those).
     */
    oneOf(c) {
        this.space();
        const i = this.i;
        for (let k = 0; k < c.quoted.length; k++) {
            const quoted = c.quoted[k];
            if (this.literalAt(quoted, i)) {
                this.i = i + quoted.length;
                return c.values[k];
            }
        }
        throw DECLINE;
    }
    /** The validator's REPO: `[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+`. */
    repo() {
        this.string();
        let slash = -1;
        for (let k = this.s; k < this.e; k++) {
            const c = this.at(k);
            if (c === 0x2f) {
                if (slash !== -1)
                    throw DECLINE;
                slash = k;
            }
            else if (!isRepoChar(c))
                throw DECLINE;
        }
        if (slash <= this.s || slash >= this.e - 1)
            throw DECLINE;
    }
    /** The validator's ISO_TIMESTAMP: `dddd-dd-ddTdd:dd:dd(.d{1,9})?(Z|[+-]dd:dd)`. */
    timestamp() {
        this.string();
        const { s, e } = this;
        const ok = this.digitsAt(s, 4) &&
            this.at(s + 4) === MINUS &&
            this.digitsAt(s + 5, 2) &&
            this.at(s + 7) === MINUS &&
            this.digitsAt(s + 8, 2) &&
            this.at(s + 10) === 0x54 &&
            this.digitsAt(s + 11, 2) &&
            this.at(s + 13) === COLON &&
            this.digitsAt(s + 14, 2) &&
            this.at(s + 16) === COLON &&
            this.digitsAt(s + 17, 2);
        if (!ok)
            throw DECLINE;
        let k = s + 19;
        if (this.at(k) === DOT) {
            const from = ++k;
            while (k < e && isDigit(this.at(k)))
                k++;
            if (k === from || k - from > 9)
                throw DECLINE;
        }
        const zone = this.at(k);
        if (zone === 0x5a)
            k++;
        else if ((zone === 0x2b || zone === MINUS) &&
            this.digitsAt(k + 1, 2) &&
            this.at(k + 3) === COLON &&
            this.digitsAt(k + 4, 2))
            k += 6;
        else
            throw DECLINE;
        if (k !== e)
            throw DECLINE;
        return this.ascii(s, e);
    }
    /** Whether `count` digits come at `from` (not past the end of the line). */
    digitsAt(from, count) {
        for (let k = from; k < from + count; k++)
            if (!isDigit(this.at(k)))
                return false;
        return true;
    }
    /**
     * One of the field's recent values if it comes next (moved past it), or undefined. Cheaper
     * than a scan whenever the field has few values, and a few failed word comparisons when not.
     */
    recentValue(field) {
        const list = this.recent[field];
        const i = this.i;
        for (let k = 0; k < list.length; k++) {
            const known = list[k];
            if (this.literalAt(known.quoted, i)) {
                this.i = i + known.quoted.length;
                this.hitsOf[field] = this.hitsOf[field] + 1;
                return known;
            }
        }
        return undefined;
    }
    /** Remembers the string just read (and checked) as the field's most recent value. */
    remember(field, text) {
        const misses = this.missesOf[field] + 1;
        this.missesOf[field] = misses;
        const list = this.recent[field];
        // Past 64 misses, a field that misses more than it hits is not one of few values.
        if (misses > 64 && misses > this.hitsOf[field]) {
            list.length = 0;
            return;
        }
        const { s, e } = this;
        if (e - s < 2 || e - s > 256)
            return; // too short to compare by words, or not a name
        if (list.length === RECENT_PER_FIELD)
            list.pop();
        list.unshift({ quoted: literalOf(this.b.slice(s - 1, e + 1)), text });
    }
    /** A non-empty string of a field with few values (not decoded: its text is not counted). */
    fewValued(field) {
        if (this.recentValue(field) !== undefined)
            return;
        this.nonEmptyString();
        this.remember(field, '');
    }
    /** An engine, model or stage name, decoded once per distinct name. */
    nameOf(field) {
        const known = this.recentValue(field);
        if (known !== undefined)
            return known.text;
        this.nonEmptyString();
        const text = this.name();
        this.remember(field, text);
        return text;
    }
    /** An engine or model name: few distinct ones, so each is decoded once. */
    name() {
        const { b, s, e } = this;
        let hash = 0x811c9dc5;
        for (let k = s; k < e; k++)
            hash = Math.imul(hash ^ b[k], 0x01000193);
        const list = this.names.get(hash);
        if (list !== undefined)
            for (const known of list)
                if (known.bytes.length === e - s && this.startsWith(known.bytes, s))
                    return known.text;
        const text = this.decoder.decode(b.subarray(s, e));
        if (this.interned < INTERN_LIMIT) {
            this.interned++;
            const entry = { bytes: b.slice(s, e), text };
            if (list)
                list.push(entry);
            else
                this.names.set(hash, [entry]);
        }
        return text;
    }
}

;// CONCATENATED MODULE: ./src/core/outcomes/fast-line/scanner.ts



/**
 * Reads accepted lines into ONE reused view (no allocation per record beyond the few strings
 * the aggregator keeps): use the view before scanning the next line, and do not keep it.
 */
class FastLineScanner extends ValueReader {
    stagePool = [];
    stages = [];
    totals = {
        costUsd: null,
        tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
        turns: 0,
        durationMs: 0,
    };
    view = {
        schemaVersion: 1,
        originalOutcome: 'ready',
        outcome: 'ready',
        riskTier: null,
        stages: this.stages,
        totals: this.totals,
        timestamp: null,
        repo: null,
        issue: null,
        pr: null,
        branch: null,
        correlationId: null,
    };
    /**
     * The view of a valid v1 record, or undefined when the line needs the full parser. The
     * line's UTF-8 bytes (without the line break) are bytes[start, end): no copy or view per line.
     */
    scan(bytes, start = 0, end = bytes.length) {
        if (bytes !== this.b) {
            this.b = bytes;
            this.words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        }
        this.i = start;
        this.end = end;
        const { stages } = this;
        while (stages.length > 0)
            stages.pop(); // inlined, where `length = 0` is a runtime call
        try {
            this.space();
            this.record();
            this.space();
            return this.i === end ? this.view : undefined;
        }
        catch (e) {
            if (e === DECLINE)
                return undefined;
            throw e;
        }
    }
    /** The record's repository (checked as the validator does), decoded once per distinct name. */
    repoName() {
        const known = this.recentValue(F.repo);
        if (known !== undefined)
            return known.text;
        this.repo();
        const text = this.name();
        this.remember(F.repo, text);
        return text;
    }
    tokens(into) {
        let seen = 0;
        for (let f = this.nextField(TOKEN_FIELDS, FIRST); f !== END; f = this.nextField(TOKEN_FIELDS, f)) {
            seen = this.mark(TOKEN_FIELDS, seen, f);
            if (f < F.input || f > F.cacheWrite) {
                this.skipValue(1);
                continue;
            }
            const v = this.count(0);
            if (into === undefined)
                continue;
            if (f === F.input)
                into.input = v;
            else if (f === F.output)
                into.output = v;
            else if (f === F.cacheRead)
                into.cacheRead = v;
            else
                into.cacheWrite = v;
        }
        if (seen !== TOKEN_FIELDS.all)
            throw DECLINE;
    }
    stage() {
        let into = this.stagePool[this.stages.length];
        if (into === undefined) {
            into = { stage: '', engine: '', model: '', provider: '', costUsd: null, links: [] };
            this.stagePool.push(into);
        }
        into.links.length = 0;
        let seen = 0;
        for (let f = this.nextField(STAGE_FIELDS, FIRST); f !== END; f = this.nextField(STAGE_FIELDS, f)) {
            seen = this.mark(STAGE_FIELDS, seen, f);
            if (f === F.engine)
                into.engine = this.nameOf(f);
            else if (f === F.model)
                into.model = this.nameOf(f);
            else if (f === F.stage)
                into.stage = this.nameOf(f);
            else if (f === F.provider || f === F.outcome)
                this.fewValued(f);
            else if (f === F.costUsd)
                into.costUsd = this.cost();
            else if (f === F.tokens)
                this.tokens(undefined);
            else if (f === F.turns)
                this.count(0);
            else if (f === F.durationMs)
                this.amount();
            else if (f === F.links)
                this.links(into.links);
            else
                this.skipValue(1);
        }
        if (seen !== STAGE_FIELDS.all)
            throw DECLINE;
        this.stages.push(into);
    }
    /** A stage's chain links, checked as the validator does; each link's names and cost are kept. */
    links(into) {
        if (this.openArray())
            return;
        do {
            // Chains are rare: a link object each costs nothing at the log's scale.
            const link = { engine: '', model: '', outcome: '', costUsd: null };
            let seen = 0;
            for (let f = this.nextField(LINK_FIELDS, FIRST); f !== END; f = this.nextField(LINK_FIELDS, f)) {
                seen = this.mark(LINK_FIELDS, seen, f);
                if (f === F.engine)
                    link.engine = this.nameOf(f);
                else if (f === F.model)
                    link.model = this.nameOf(f);
                else if (f === F.outcome) {
                    // Not nameOf: the record's outcome remembers its values without their text.
                    this.nonEmptyString();
                    link.outcome = this.name();
                }
                else if (f === F.costUsd)
                    link.costUsd = this.cost();
                else if (f === F.tokens)
                    this.tokens(undefined);
                else if (f === F.turns)
                    this.count(0);
                else if (f === F.durationMs)
                    this.amount();
                else if (f === F.detail)
                    this.string();
                else
                    this.skipValue(1);
            }
            if (seen !== LINK_FIELDS.all)
                throw DECLINE;
            into.push(link);
        } while (this.nextItem());
    }
    finding() {
        let seen = 0;
        for (let f = this.nextField(FINDING_FIELDS, FIRST); f !== END; f = this.nextField(FINDING_FIELDS, f)) {
            seen = this.mark(FINDING_FIELDS, seen, f);
            if (f === F.severity)
                this.oneOf(SEVERITIES);
            else if (f === F.path)
                this.nullableString();
            else if (f === F.lines) {
                if (!this.nullNext())
                    this.lineRange();
            }
            else if (f === F.rule || f === F.message)
                this.string();
            else if (f === F.fingerprint)
                this.nonEmptyString();
            else if (f === F.status)
                this.oneOf(STATUSES);
            else
                this.skipValue(1);
        }
        if (seen !== FINDING_FIELDS.all)
            throw DECLINE;
    }
    lineRange() {
        let start = 0;
        let end = 0;
        let seen = 0;
        for (let f = this.nextField(LINES_FIELDS, FIRST); f !== END; f = this.nextField(LINES_FIELDS, f)) {
            seen = this.mark(LINES_FIELDS, seen, f);
            if (f === F.start)
                start = this.count(1);
            else if (f === F.end)
                end = this.count(1);
            else
                this.skipValue(1);
        }
        if (seen !== LINES_FIELDS.all || end < start)
            throw DECLINE;
    }
    totalsObject() {
        const into = this.totals;
        let seen = 0;
        for (let f = this.nextField(TOTALS_FIELDS, FIRST); f !== END; f = this.nextField(TOTALS_FIELDS, f)) {
            seen = this.mark(TOTALS_FIELDS, seen, f);
            if (f === F.costUsd)
                into.costUsd = this.cost();
            else if (f === F.tokens)
                this.tokens(into.tokens);
            else if (f === F.turns)
                into.turns = this.count(0);
            else if (f === F.durationMs)
                into.durationMs = this.amount();
            else
                this.skipValue(1);
        }
        if (seen !== TOTALS_FIELDS.all)
            throw DECLINE;
    }
    /** `checks`: an object used as a map; every value must be a check result, whatever its name. */
    checks() {
        this.expect(OPEN_OBJECT);
        if (this.take(CLOSE_OBJECT))
            return;
        do {
            this.string();
            this.expect(COLON);
            this.oneOf(CHECK_VALUES);
        } while (this.take(COMMA));
        this.expect(CLOSE_OBJECT);
    }
    record() {
        const v = this.view;
        let seen = 0;
        for (let f = this.nextField(RECORD_FIELDS, FIRST); f !== END; f = this.nextField(RECORD_FIELDS, f)) {
            seen = this.mark(RECORD_FIELDS, seen, f);
            switch (f) {
                case F.schemaVersion:
                    this.number();
                    if (this.n !== 1)
                        throw DECLINE;
                    break;
                case F.correlationId:
                    this.nonEmptyString();
                    v.correlationId = this.text();
                    break;
                case F.runId:
                    this.nonEmptyString();
                    break;
                case F.suiteVersion:
                    this.fewValued(f);
                    break;
                case F.runAttempt:
                    this.count(1);
                    break;
                case F.repo:
                    v.repo = this.repoName();
                    break;
                case F.issue:
                    v.issue = this.nullableCount(1);
                    break;
                case F.pr:
                    v.pr = this.nullableCount(1);
                    break;
                case F.branch:
                    v.branch = this.nullNext() ? null : (this.nonEmptyString(), this.text());
                    break;
                case F.headSha:
                    this.nullableString();
                    break;
                case F.source:
                    this.oneOf(SOURCES);
                    break;
                case F.outcome:
                    v.outcome = this.oneOf(OUTCOMES);
                    v.originalOutcome = v.outcome;
                    break;
                case F.riskTier:
                    v.riskTier = this.nullNext() ? null : this.oneOf(TIERS);
                    break;
                case F.checks:
                    this.checks();
                    break;
                case F.changedFiles:
                    if (!this.openArray())
                        do
                            this.nonEmptyString();
                        while (this.nextItem());
                    break;
                case F.findings:
                    if (!this.openArray())
                        do
                            this.finding();
                        while (this.nextItem());
                    break;
                case F.remediationRounds:
                    this.count(0);
                    break;
                case F.stages:
                    if (!this.openArray())
                        do
                            this.stage();
                        while (this.nextItem());
                    break;
                case F.totals:
                    this.totalsObject();
                    break;
                case F.timestamp:
                    v.timestamp = this.timestamp();
                    break;
                default:
                    this.skipValue(1);
            }
        }
        if (seen !== RECORD_FIELDS.all)
            throw DECLINE;
    }
}

;// CONCATENATED MODULE: ./src/core/outcomes/fast-line/index.ts
/**
 * The summary's fast path for one line of the log. JSON.parse builds ~60 objects and strings
 * per record that the summary throws away (at 1.4 KB a record that alone is ~6 s per million
 * lines here), so this scanner walks the text once, checks every field exactly as
 * `validateOutcomeRecord` does, and keeps only what the aggregator counts.
 *
 * It answers only for the common case and may decline any line: a line it accepts is one that
 * JSON.parse parses and the validator accepts as v1, and the view it fills is what
 * `toOutcomeView` would give. Anything else (a v0 record, a backslash escape, a control
 * character, a duplicated field, any invalid value) is declined, and the caller takes the full
 * path (`parseOutcomeLine`), which produces the same records and the exact error messages.
 */


;// CONCATENATED MODULE: ./src/core/outcomes/histogram.ts
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
    state() {
        return {
            buckets: [...this.buckets],
            zeros: this.zeros,
            n: this.n,
            min: this.minSeen,
            max: this.maxSeen,
        };
    }
    /** Adds the counts of a histogram with the same accuracy: as if its values were added here. */
    merge(other) {
        for (const [i, count] of other.buckets)
            this.buckets.set(i, (this.buckets.get(i) ?? 0) + count);
        this.zeros += other.zeros;
        this.n += other.n;
        this.minSeen = Math.min(this.minSeen, other.min);
        this.maxSeen = Math.max(this.maxSeen, other.max);
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





const COUNT_KEYS = [
    'versions',
    'outcomes',
    'originals',
    'tiers',
    'engines',
    'models',
];
/**
 * The engine runs of a stage: each link of a chain that ran (a skipped one never did), under its
 * own engine and model; else the stage itself. A chain is never filed under its last link alone.
 */
function runsOf(s) {
    if (s.links === undefined)
        return [s];
    const ran = s.links.filter((l) => l.outcome !== 'skipped');
    return ran.length > 0 ? ran : [s];
}
/**
 * Counts per name, each in a cell of its own so that counting is one Map lookup (not a get and
 * a set), and none when the name is the last one counted: most records repeat it (one schema
 * version, one engine).
 */
class Tally {
    cells = new Map();
    lastName;
    lastCell = { n: 0, usd: undefined };
    cell(name) {
        if (name === this.lastName)
            return this.lastCell;
        let cell = this.cells.get(name);
        if (cell === undefined)
            this.cells.set(name, (cell = { n: 0, usd: undefined }));
        this.lastName = name;
        this.lastCell = cell;
        return cell;
    }
    add(name, by = 1) {
        this.cell(name).n += by;
    }
    /** The name's exact sum of costs, started at 0 on first use. */
    usd(name) {
        const cell = this.cell(name);
        return (cell.usd ??= new ExactSum());
    }
    counts() {
        return [...this.cells].map(([name, cell]) => [name, cell.n]);
    }
    /** The names with a cost, and their sums. */
    sums() {
        const out = [];
        for (const [name, cell] of this.cells)
            if (cell.usd !== undefined)
                out.push([name, cell.usd]);
        return out;
    }
}
/**
 * Streaming aggregation: feed lines one at a time. Memory is bounded by the number of distinct
 * outcomes, tiers, engines and models plus the histogram's buckets and the capped list of
 * corrupt lines, so it stays flat however long the log is.
 */
class OutcomeAggregator {
    records = 0;
    counts = {
        versions: new Tally(),
        outcomes: new Tally(),
        originals: new Tally(),
        tiers: new Tally(),
        engines: new Tally(),
        models: new Tally(),
    };
    /** Sums are exact until read, so the summary does not depend on the order of records. */
    costs;
    knownUsd = new ExactSum();
    unknownCost = 0;
    /** Added to in place: one object for the whole log, not one per record. */
    tokens = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
    scanner = new FastLineScanner();
    decoder = new TextDecoder();
    turns = 0;
    durationMs = new ExactSum();
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
    /**
     * Adds one raw line of the log: its UTF-8 bytes, bytes[start, end), without the line break. Valid v1 records
     * take the fast scanner; everything else (v0 lines, blank and corrupt lines, unusual JSON)
     * is decoded and goes through `parseOutcomeLine`, so the result is what
     * `addLine(parseOutcomeLine(text, line))` gives.
     */
    addBytes(bytes, start, end, line) {
        const view = this.scanner.scan(bytes, start, end);
        if (view !== undefined)
            this.addRecord(view);
        else
            this.addLine(line_parseOutcomeLine(this.decoder.decode(bytes.subarray(start, end)), line));
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
        const { counts } = this;
        counts.versions.add(v.schemaVersion === 1 ? 'v1' : 'v0');
        counts.outcomes.add(v.outcome);
        if (v.schemaVersion === 0)
            counts.originals.add(v.originalOutcome);
        counts.tiers.add(v.riskTier ?? 'unknown');
        for (const s of v.stages)
            for (const run of runsOf(s)) {
                counts.engines.add(run.engine);
                counts.models.add(run.model);
                if (run.costUsd !== null)
                    counts.models.usd(run.model).add(run.costUsd);
            }
        if (v.totals.costUsd === null)
            this.unknownCost++;
        else {
            this.knownUsd.add(v.totals.costUsd);
            this.costs.add(v.totals.costUsd);
        }
        const t = v.totals.tokens;
        this.tokens.input += t.input;
        this.tokens.output += t.output;
        this.tokens.cacheRead += t.cacheRead;
        this.tokens.cacheWrite += t.cacheWrite;
        this.turns += v.totals.turns;
        this.durationMs.add(v.totals.durationMs);
        // ISO strings in one zone compare as text; mixed zones are rare enough to accept.
        if (v.timestamp !== null) {
            if (this.first === null || v.timestamp < this.first)
                this.first = v.timestamp;
            if (this.last === null || v.timestamp > this.last)
                this.last = v.timestamp;
        }
    }
    state() {
        const counts = {};
        for (const k of COUNT_KEYS)
            counts[k] = this.counts[k].counts();
        return {
            records: this.records,
            counts,
            modelCost: this.counts.models.sums().map(([model, sum]) => [model, sum.state()]),
            costs: this.costs.state(),
            knownUsd: this.knownUsd.state(),
            unknownCost: this.unknownCost,
            tokens: { ...this.tokens },
            turns: this.turns,
            durationMs: this.durationMs.state(),
            first: this.first,
            last: this.last,
            corruptCount: this.corruptCount,
            corruptLines: [...this.corruptLines],
            blanks: this.blanks,
        };
    }
    /**
     * Adds the counts of the lines that come right after the ones seen here: `lineOffset` lines
     * precede the part in the file, so its corrupt lines are listed by their line in the file.
     * Merged in file order, the parts give exactly the summary of one pass.
     */
    merge(part, lineOffset) {
        this.records += part.records;
        for (const key of COUNT_KEYS) {
            const tally = this.counts[key];
            for (const [name, n] of part.counts[key])
                tally.add(name, n);
        }
        for (const [model, partials] of part.modelCost)
            this.counts.models.usd(model).merge(partials);
        this.costs.merge(part.costs);
        this.knownUsd.merge(part.knownUsd);
        this.unknownCost += part.unknownCost;
        for (const k of TOKEN_USAGE_KEYS)
            this.tokens[k] += part.tokens[k];
        this.turns += part.turns;
        this.durationMs.merge(part.durationMs);
        if (part.first !== null && (this.first === null || part.first < this.first))
            this.first = part.first;
        if (part.last !== null && (this.last === null || part.last > this.last))
            this.last = part.last;
        this.corruptCount += part.corruptCount;
        for (const c of part.corruptLines) {
            if (this.corruptLines.length >= this.maxListed)
                break;
            this.corruptLines.push({ ...c, line: c.line + lineOffset });
        }
        this.blanks += part.blanks;
    }
    summary() {
        const obj = (entries) => Object.fromEntries(entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
        return {
            records: this.records,
            bySchemaVersion: obj(this.counts.versions.counts()),
            byOutcome: obj(this.counts.outcomes.counts()),
            byOriginalOutcome: obj(this.counts.originals.counts()),
            byRiskTier: obj(this.counts.tiers.counts()),
            byEngine: obj(this.counts.engines.counts()),
            byModel: obj(this.counts.models.counts()),
            cost: {
                knownUsd: this.knownUsd.value(),
                unknownRecords: this.unknownCost,
                p50: this.costs.quantile(0.5),
                p90: this.costs.quantile(0.9),
                p99: this.costs.quantile(0.99),
                max: this.costs.quantile(1),
                relativeAccuracy: this.costs.relativeAccuracy,
            },
            costByModelUsd: obj(this.counts.models.sums().map(([m, sum]) => [m, sum.value()])),
            tokens: { ...this.tokens },
            turns: this.turns,
            durationMs: this.durationMs.value(),
            firstTimestamp: this.first,
            lastTimestamp: this.last,
            corrupt: { count: this.corruptCount, lines: [...this.corruptLines] },
            blankLines: this.blanks,
        };
    }
}

;// CONCATENATED MODULE: ./src/core/outcomes/index.ts










;// CONCATENATED MODULE: ./src/outcomes/line-reducers.ts
// What a thread does with each line of a piece of the log, named by a spec that crosses threads
// as data: the summary's counts (`outcomes summary`), the analytics (`report`) or the
// dashboard's views (`dashboard`). Every reducer's state merges, in file order, into what one
// pass over the whole log gives.


const MAX_LISTED = 100;
/**
 * Parses every line (JSON.parse, then the record validator) and hands its view to an
 * accumulator; corrupt lines are counted, the first 100 listed by line number, never fatal.
 */
class ViewLines {
    acc;
    scanner;
    decoder = new TextDecoder();
    corruptCount = 0;
    corrupt = [];
    /**
     * `scanner`: the summary's fast scanner first (the full parse when it declines), for an
     * accumulator that needs no findings: its views carry no record, and are refilled for the
     * next line (the analytics keep nothing of a view).
     */
    constructor(acc, scanner) {
        this.acc = acc;
        this.scanner = scanner;
    }
    addBytes(bytes, start, end, line) {
        const fast = this.scanner?.scan(bytes, start, end);
        if (fast !== undefined) {
            this.acc.add(fast);
            return;
        }
        const p = line_parseOutcomeLine(this.decoder.decode(bytes.subarray(start, end)), line);
        if (p.kind === 'record')
            this.acc.add(p.view);
        else if (p.kind === 'corrupt')
            this.addCorrupt({ line, reason: p.reason });
    }
    addCorrupt(c) {
        this.corruptCount++;
        if (this.corrupt.length < MAX_LISTED)
            this.corrupt.push(c);
    }
    state() {
        return { acc: this.acc.state(), corruptCount: this.corruptCount, corruptLines: this.corrupt };
    }
    merge(part, lineOffset) {
        this.acc.merge(part.acc);
        this.corruptCount += part.corruptCount - part.corruptLines.length;
        for (const c of part.corruptLines)
            this.addCorrupt({ ...c, line: c.line + lineOffset });
    }
}
/** The summary through the plain path: every line parsed as `readOutcomeLog` parses it. */
class PlainSummary extends OutcomeAggregator {
    text = new TextDecoder();
    addBytes(bytes, start, end, line) {
        this.addLine(line_parseOutcomeLine(this.text.decode(bytes.subarray(start, end)), line));
    }
}
/** A fresh accumulator for a view spec. */
function accumulatorFor(spec) {
    const s = spec;
    const acc = s.kind === 'analytics'
        ? new AnalyticsAccumulator(s.options)
        : new DashboardAccumulator(s.options);
    return acc;
}
/**
 * The reducer of a view spec's lines into `acc`. The dashboard shows no findings: it reads
 * through the summary's fast scanner, with the full parse where the scanner declines.
 */
function linesInto(acc, spec) {
    const scanner = spec.kind === 'dashboard' ? new FastLineScanner() : undefined;
    return new ViewLines(acc, scanner);
}
/** A fresh reducer for a spec (on whichever thread reads the piece). */
function line_reducers_reducerFor(spec) {
    if (spec.kind === 'summary') {
        const agg = spec.plain ? new PlainSummary(spec.options) : new OutcomeAggregator(spec.options);
        return agg;
    }
    return linesInto(accumulatorFor(spec), spec);
}

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/outcomes/reader.ts





/**
 * Calls `visit` with every line of a file, as bytes[start, end) without the line break, and its
 * 1-based number, synchronously for a whole chunk: lines are found by the byte 0x0a in the raw
 * Buffer (it never occurs inside a UTF-8 multi-byte character), and nothing is decoded here, so
 * the visitor decodes only what it needs. No promise, generator step or Buffer view per line: at
 * a million lines those dominate. Only two chunks (this one and the next, being read) and a
 * partial last line are held; `visit` must not keep `bytes` (it is the chunk, reused).
 * Resolves to the number of lines.
 */
async function reader_forEachLine(file, visit, { highWaterMark = 1 << 20, range, buffers = readBuffers(highWaterMark) } = {}) {
    let lineNo = 0;
    /** The start of a line that continues in the next chunk (copied: the chunk is reused). */
    let carry = [];
    const handle = await (0,promises_namespaceObject.open)(file, 'r');
    let position = range?.start ?? 0;
    const limit = range?.end ?? Number.POSITIVE_INFINITY;
    /** Reads the next chunk into `buf`; undefined once the range is read. */
    const readInto = (buf) => {
        const want = Math.min(buf.length, limit - position);
        if (want <= 0)
            return undefined;
        const at = position;
        position += want;
        return handle.read(buf, 0, want, at).then(({ bytesRead }) => ({
            bytes: bytesRead === buf.length ? buf : buf.subarray(0, bytesRead),
            last: bytesRead < want,
        }));
    };
    // Two buffers, reused for every chunk: the next chunk is read while this one's lines are
    // visited (waiting for each read left this thread idle for a sixth of the summary), and a
    // fresh buffer per chunk (what a read stream allocates) costs its page faults again on every
    // megabyte, measured at about a third of the summary's time.
    let [buf, spare] = buffers;
    let next = readInto(buf);
    try {
        while (next !== undefined) {
            const { bytes: chunk, last } = await next;
            // A short read is the end of the file: what was there when it was read.
            next = last ? undefined : readInto(spare);
            [buf, spare] = [spare, buf];
            let start = 0;
            let nl = chunk.indexOf(10);
            if (nl !== -1 && carry.length > 0) {
                carry.push(chunk.subarray(0, nl));
                const whole = Buffer.concat(carry);
                visit(whole, 0, whole.length, ++lineNo);
                carry = [];
                start = nl + 1;
                nl = chunk.indexOf(10, start);
            }
            while (nl !== -1) {
                visit(chunk, start, nl, ++lineNo);
                start = nl + 1;
                nl = chunk.indexOf(10, start);
            }
            if (start < chunk.length)
                carry.push(Buffer.from(chunk.subarray(start)));
        }
    }
    finally {
        // A read still in flight (the visitor threw) must end before its file is closed.
        await next?.catch(() => undefined);
        await handle.close();
    }
    if (carry.length > 0) {
        const whole = Buffer.concat(carry);
        visit(whole, 0, whole.length, ++lineNo);
    }
    return lineNo;
}
/** Two buffers for `forEachLine` to read into. */
function readBuffers(highWaterMark = 1 << 20) {
    return [Buffer.allocUnsafe(highWaterMark), Buffer.allocUnsafe(highWaterMark)];
}
/**
 * Cuts a file of `size` bytes into at most `parts` ranges of about equal size, each starting at
 * the beginning of a line, so that every line is in exactly one range. A cut moves forward to
 * just past the next line break (a huge line makes fewer, bigger ranges, never a split line).
 */
async function reader_lineRanges(file, size, parts) {
    const cuts = [0];
    const handle = await open(file, 'r');
    try {
        const window = Buffer.allocUnsafe(64 * 1024);
        for (let k = 1; k < parts; k++) {
            let at = Math.max(Math.floor((size * k) / parts), cuts[cuts.length - 1]);
            let cut = size;
            while (at < size) {
                const { bytesRead } = await handle.read(window, 0, window.length, at);
                if (bytesRead === 0)
                    break;
                const nl = window.subarray(0, bytesRead).indexOf(10);
                if (nl !== -1) {
                    cut = at + nl + 1;
                    break;
                }
                at += bytesRead;
            }
            if (cut >= size)
                break;
            if (cut > cuts[cuts.length - 1])
                cuts.push(cut);
        }
    }
    finally {
        await handle.close();
    }
    cuts.push(size);
    return cuts.slice(1).map((end, k) => ({ start: cuts[k], end }));
}
/**
 * Yields the lines of a file with their 1-based numbers. Handles a last line without a line
 * break; `\r` before `\n` is left for the parser, which trims it. Decoding goes through a
 * StringDecoder so a UTF-8 character split across two chunks is not mangled.
 */
async function* chunkedLines(file, highWaterMark = 1 << 20) {
    const decoder = new StringDecoder('utf8');
    let carry = '';
    let lineNo = 0;
    for await (const chunk of createReadStream(file, { highWaterMark })) {
        const text = carry + decoder.write(chunk);
        let start = 0;
        let nl = text.indexOf('\n', start);
        while (nl !== -1) {
            yield [text.slice(start, nl), ++lineNo];
            start = nl + 1;
            nl = text.indexOf('\n', start);
        }
        carry = text.slice(start);
    }
    const rest = carry + decoder.end();
    if (rest !== '')
        yield [rest, ++lineNo];
}
async function* readlineLines(file, highWaterMark) {
    const rl = createInterface({
        input: createReadStream(file, { highWaterMark }),
        crlfDelay: Infinity,
    });
    let lineNo = 0;
    for await (const line of rl)
        yield [line, ++lineNo];
}
/**
 * Streams an outcome log: every line comes out parsed, as a record, a corrupt line (bad JSON or
 * schema-invalid, with its line number and reason) or a blank line. Nothing good is dropped
 * because of a bad neighbour. Errors opening or reading the file reject (the caller decides).
 */
async function* readOutcomeLog(file, opts = {}) {
    const hwm = opts.highWaterMark ?? 1 << 20;
    const lines = opts.splitter === 'readline' ? readlineLines(file, hwm) : chunkedLines(file, hwm);
    for await (const [text, n] of lines)
        yield parseOutcomeLine(text, n);
}

;// CONCATENATED MODULE: ./src/outcomes/parallel-reduce.ts
// Reads one log file through a line reducer (line-reducers.ts), on several threads when the
// file is big: the file is cut into pieces at line starts, every thread claims the next piece
// until none is left, and the pieces' states are merged in file order on this thread.









const AUTO_THREADS_FROM_BYTES = (/* unused pure expression or super */ null && (64 * 2 ** 20));
const MAX_AUTO_THREADS = 4;
/** About 0.1 s of reading each: claiming and merging cost nothing beside that. */
const PIECE_BYTES = (/* unused pure expression or super */ null && (32 * 2 ** 20));
const WORKER = 'summarize-worker';
/**
 * Reads a whole log file once into `reducer` (by default a fresh one for `spec`), which the
 * pieces read on other threads merge into. Memory stays flat with the file's size.
 */
async function reduceLogFile(file, spec, opts = {}, reducer = reducerFor(spec)) {
    const { highWaterMark } = opts;
    const { size } = await stat(file);
    const worker = workerScript();
    const threads = worker === undefined ? 1 : threadCount(opts.threads, size);
    if (worker === undefined || threads === 1) {
        const lines = await forEachLine(file, visitor(reducer), { highWaterMark });
        return { reducer, lines };
    }
    // The summary's state is a few counts: small pieces, claimed as threads free up, cost nothing
    // to merge. Report's and dashboard's states hold every issue (the dashboard's, one per view):
    // one piece per thread, merged once.
    const perThread = spec.kind !== 'summary';
    const parts = perThread ? threads : Math.max(threads, Math.ceil(size / PIECE_BYTES));
    const pieces = await lineRanges(file, size, parts);
    const req = {
        file,
        pieces,
        next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
        highWaterMark,
        reduction: spec,
    };
    // This thread claims pieces too; the pieces are merged in file order whoever read them.
    const workers = Array.from({ length: Math.min(threads, pieces.length) - 1 }, (_, k) => startWorker(worker, req, `log reading thread ${k + 2} of ${threads}`));
    let lines = 0;
    try {
        const results = (await Promise.all([reducePieces(req), ...workers.map((w) => w.result)])).flat();
        results.sort((a, b) => a.index - b.index);
        if (results.length !== pieces.length || results.some((r, k) => r.index !== k))
            throw new Error(`the threads read ${results.length} of the log's ${pieces.length} pieces`);
        for (const piece of results) {
            reducer.merge(piece.state, lines);
            lines += piece.lines;
        }
    }
    finally {
        // After a failure, the others claim nothing more: every piece looks taken.
        Atomics.store(new Int32Array(req.next), 0, pieces.length);
        await Promise.all(workers.map((w) => w.stop()));
    }
    return { reducer, lines };
}
/** Claims and reduces pieces until none is left (every thread's loop, the worker's job). */
async function reducePieces(req) {
    const next = new Int32Array(req.next);
    const done = [];
    const buffers = readBuffers(req.highWaterMark);
    for (let k = Atomics.add(next, 0, 1); k < req.pieces.length; k = Atomics.add(next, 0, 1)) {
        const reducer = line_reducers_reducerFor(req.reduction);
        const lines = await reader_forEachLine(req.file, visitor(reducer), {
            buffers,
            range: req.pieces[k],
        });
        done.push({ index: k, state: reducer.state(), lines });
    }
    return done;
}
function visitor(r) {
    return (bytes, start, end, line) => r.addBytes(bytes, start, end, line);
}
function threadCount(requested, size) {
    if (requested !== undefined) {
        if (!Number.isInteger(requested) || requested < 1)
            throw new RangeError(`threads must be a whole number of at least 1, not ${requested}`);
        return requested;
    }
    return size >= AUTO_THREADS_FROM_BYTES ? Math.min(availableParallelism(), MAX_AUTO_THREADS) : 1;
}
/**
 * The worker beside this module: the bundle's (dist/cli/summarize-worker.js), else, run from
 * source, the TypeScript entry, which the worker loads through tsx (a dev dependency). The path
 * is built at run time on purpose: a `new URL('./x.js', import.meta.url)` literal is an asset
 * reference to the bundler, which would look for x.js beside the TypeScript source.
 */
function workerScript() {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    return [`${WORKER}.js`, `${WORKER}.ts`].map((f) => path.join(dir, f)).find((f) => existsSync(f));
}
/** A worker that registers tsx, then loads the TypeScript entry (tests and benches). */
function fromSource(script) {
    const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
    const api = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
    const entry = pathToFileURL(script).href;
    return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}
function startWorker(script, req, name) {
    const worker = script.endsWith('.ts')
        ? new Worker(fromSource(script), { eval: true, workerData: req })
        : new Worker(script, { workerData: req });
    const result = new Promise((resolve, reject) => {
        worker.once('message', (m) => resolve(m));
        worker.once('error', (e) => reject(new Error(`${name} failed: ${e instanceof Error ? e.message : String(e)}`)));
        worker.once('exit', (code) => reject(new Error(`${name} exited (${code}) without a result`)));
    });
    return { result, stop: () => worker.terminate() };
}


/***/ }),

/***/ 323:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _parallel_reduce_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(735);
// A worker thread of a log read in pieces (parallel-reduce.ts: `outcomes summary`, `report`,
// `dashboard`): claims pieces of the log in workerData until none is left and posts their
// states back. Bundled on its own as dist/cli/summarize-worker.js (scripts/build.mjs).


node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(await (0,_parallel_reduce_js__WEBPACK_IMPORTED_MODULE_1__/* .reducePieces */ .A)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(323);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
