// The figures that `lailatov report` and `lailatov dashboard` show, accumulated from outcome
// views: period and repository filtering, then per run (outcomes, cost, weekly and daily
// buckets) and per unit of work (analytics-types.ts). Pure: the callers read the log. The
// accumulator's state merges, so a log read in pieces on several threads gives the figures of
// one pass; analytics-result.ts turns the state into the figures.
import { analyticsOf } from './analytics-result.js';
import {
  bump,
  type AnalyticsState,
  type BucketState,
  type LatestRun,
  type UnitAcc,
} from './analytics-state.js';
import type { Analytics, AnalyticsOptions, Period } from './analytics-types.js';
import { DAY_MS, timeMs, unitKey } from './calendar.js';
import { ExactSum } from './exact-sum.js';
import type { OutcomeFinding } from './schema.js';
import type { OutcomeView } from './view.js';

export * from './analytics-types.js';
export * from './calendar.js';
export { percentiles } from './analytics-result.js';
export type { AnalyticsState } from './analytics-state.js';

/** What `add` works out of a view once: the view, its instant and its unit. */
export interface PreparedView {
  readonly view: OutcomeView;
  /** Its instant in ms; -Infinity when it has none. */
  readonly ms: number;
  /** Its unit (`unitKey`); null for a v0 line, each of which is a unit of its own. */
  readonly key: string | null;
  /** What a unit keeps of it if it is the unit's latest run (shared by every accumulator). */
  readonly latest: LatestRun;
}

/** Prepares a view for `addPrepared` (nothing of the view itself is kept). */
export function prepareView(v: OutcomeView): PreparedView {
  return {
    view: v,
    ms: timeMs(v.timestamp),
    latest: latestRun(v),
    key:
      v.repo === null || v.correlationId === null
        ? null
        : unitKey({ repo: v.repo, issue: v.issue, pr: v.pr, correlationId: v.correlationId }),
  };
}

interface BucketAcc {
  records: number;
  byOutcome: Map<string, number>;
  costUsd: ExactSum;
  unknownCost: number;
}

const V0_KEY = /^v0:(\d+)$/;

/**
 * Streaming accumulation: `add` every view of the log, then `result()`. Memory is one entry per
 * unit (issue) plus the distinct weeks and days. Pieces of a log accumulated apart merge
 * (`state`, `merge`) in file order into what one pass gives.
 */
export class AnalyticsAccumulator {
  private readonly period: Period;
  private readonly fromMs: number;
  private readonly toMs: number;
  private readonly repos: Set<string> | null;
  private records = 0;
  private skipped = 0;
  private first: string | null = null;
  private last: string | null = null;
  private readonly byOutcome = new Map<string, number>();
  private readonly units = new Map<string, UnitAcc>();
  private readonly weeks = new Map<number, BucketAcc>();
  private readonly days = new Map<number, BucketAcc>();
  private readonly repoRecords = new Map<string, number>();
  /** Exact, so that the total does not depend on how the log was cut for the threads. */
  private readonly knownUsd = new ExactSum();
  private unknownRecords = 0;
  private v0 = 0;
  private seen = 0;
  private readonly topN: number;

  constructor(private readonly opts: AnalyticsOptions = {}) {
    this.period = opts.period ?? { from: null, to: null };
    this.fromMs =
      this.period.from === null ? Number.NEGATIVE_INFINITY : Date.parse(this.period.from);
    this.toMs = this.period.to === null ? Number.POSITIVE_INFINITY : Date.parse(this.period.to);
    this.repos =
      opts.repos && opts.repos.length > 0 ? new Set(opts.repos.map((r) => r.toLowerCase())) : null;
    this.topN = opts.topFindings ?? 10;
  }

  /** True when the view is counted (in the period and the repositories asked for). */
  add(v: OutcomeView): boolean {
    return this.addPrepared(prepareView(v));
  }

  /**
   * `add` for a view prepared once (`prepareView`) and added to several accumulators, as the
   * dashboard does for each of its period and repository views.
   */
  addPrepared(p: PreparedView): boolean {
    const { view: v, ms } = p;
    this.seen++;
    // One parse per record: at 100,000 records, Date.parse and Date objects dominated.
    const open = this.period.from === null && this.period.to === null;
    if (!open && !(ms >= this.fromMs && ms < this.toMs)) return this.skip();
    if (this.repos !== null && (v.repo === null || !this.repos.has(v.repo.toLowerCase())))
      return this.skip();
    this.records++;
    if (v.timestamp !== null) {
      if (this.first === null || v.timestamp < this.first) this.first = v.timestamp;
      if (this.last === null || v.timestamp > this.last) this.last = v.timestamp;
    }
    bump(this.byOutcome, v.outcome);
    const cost = v.totals.costUsd;
    if (cost === null) this.unknownRecords++;
    else this.knownUsd.add(cost);
    if (ms !== Number.NEGATIVE_INFINITY) {
      const d = Math.floor(ms / DAY_MS);
      // 1970-01-01 was a Thursday: (d + 3) mod 7 is the number of days since Monday.
      this.addToBucket(this.weeks, d - ((((d + 3) % 7) + 7) % 7), v);
      this.addToBucket(this.days, d, v);
    }
    if (v.repo !== null) bump(this.repoRecords, v.repo);
    this.addToUnit(p);
    return true;
  }

  private skip(): false {
    this.skipped++;
    return false;
  }

  private addToBucket(m: Map<number, BucketAcc>, start: number, v: OutcomeView): void {
    const b = bucket(m, start);
    b.records++;
    bump(b.byOutcome, v.outcome);
    if (v.totals.costUsd === null) b.unknownCost++;
    else b.costUsd.add(v.totals.costUsd);
  }

  private addToUnit({ view: v, ms, key: known, latest }: PreparedView): void {
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
    } else {
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
    if (
      v.outcome === 'ready' &&
      ms !== Number.NEGATIVE_INFINITY &&
      (u.readyMs === null || ms < u.readyMs)
    )
      u.readyMs = ms;
    const r = v.record;
    // Findings are kept only for the top findings (the dashboard lists none).
    if (r !== undefined && this.topN > 0) for (const f of r.findings) this.addFinding(u, f);
  }

  private addFinding(u: UnitAcc, f: OutcomeFinding): void {
    u.findings ??= new Map();
    if (u.findings.has(f.fingerprint)) return;
    const { rule, severity, status, message } = f;
    u.findings.set(f.fingerprint, { rule, severity, status, message, seq: this.seen });
  }

  /** The counts so far as plain data, for `merge` (on another thread: by structured clone). */
  state(): AnalyticsState {
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
  merge(part: AnalyticsState): void {
    this.records += part.records;
    this.skipped += part.skipped;
    if (part.first !== null && (this.first === null || part.first < this.first))
      this.first = part.first;
    if (part.last !== null && (this.last === null || part.last > this.last)) this.last = part.last;
    for (const [k, n] of part.byOutcome) bump(this.byOutcome, k, n);
    for (const [start, b] of part.weeks) mergeBucket(bucket(this.weeks, start), b);
    for (const [start, b] of part.days) mergeBucket(bucket(this.days, start), b);
    for (const [repo, n] of part.repoRecords) bump(this.repoRecords, repo, n);
    this.knownUsd.merge(part.knownUsd);
    this.unknownRecords += part.unknownRecords;
    for (const pu of part.units.values()) this.mergeUnit(pu);
    this.v0 += part.v0;
    this.seen += part.seen;
  }

  private mergeUnit(pu: UnitAcc): void {
    const v0 = V0_KEY.exec(pu.key);
    // The part numbered its v0 lines from 1: they follow the ones read here.
    const key = v0 === null ? pu.key : `v0:${Number(v0[1]) + this.v0}`;
    const later = (f: UnitAcc['findings']) =>
      f === null ? null : new Map([...f].map(([fp, s]) => [fp, { ...s, seq: s.seq + this.seen }]));
    const u = this.units.get(key);
    if (u === undefined) {
      this.units.set(key, { ...pu, key, findings: later(pu.findings) });
      return;
    }
    if (pu.first !== null && (u.first === null || pu.first < u.first)) u.first = pu.first;
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
      for (const [fp, s] of found) if (!u.findings.has(fp)) u.findings.set(fp, s);
    }
  }

  result(): Analytics {
    return analyticsOf(this.state(), {
      period: this.period,
      repos: this.repos === null ? [] : [...this.repos],
      serverUrl: this.opts.serverUrl ?? 'https://github.com',
      topFindings: this.topN,
    });
  }
}

function latestRun(v: OutcomeView): LatestRun {
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

function bucket(m: Map<number, BucketAcc>, start: number): BucketAcc {
  let b = m.get(start);
  if (b === undefined) {
    b = { records: 0, byOutcome: new Map(), costUsd: new ExactSum(), unknownCost: 0 };
    m.set(start, b);
  }
  return b;
}

function bucketStates(m: Map<number, BucketAcc>): Map<number, BucketState> {
  return new Map([...m].map(([start, b]) => [start, { ...b, costUsd: b.costUsd.state() }]));
}

function mergeBucket(into: BucketAcc, b: BucketState): void {
  into.records += b.records;
  for (const [k, n] of b.byOutcome) bump(into.byOutcome, k, n);
  into.costUsd.merge(b.costUsd);
  into.unknownCost += b.unknownCost;
}

/** The figures of a whole set of views. */
export function analyze(views: Iterable<OutcomeView>, opts: AnalyticsOptions = {}): Analytics {
  const acc = new AnalyticsAccumulator(opts);
  for (const v of views) acc.add(v);
  return acc.result();
}
