// The figures that `lailatov report` and `lailatov dashboard` show, computed once from outcome
// views: period and repository filtering, outcomes by terminal state, resolve rate, cost per PR,
// time to ready, escalations, top findings, engines and models side by side, weekly and daily
// buckets, tiers. Pure: the callers read the log; this module only counts.
//
// Units of work. The log has one line per pipeline run, and the ledger travels with the work
// (the PR's hidden state), so an issue run several times has several lines and the latest holds
// the whole ledger. A unit is an issue of a repository (or a PR, or a correlation id, when the
// line names no issue); its final outcome, cost and stages are those of its latest line.
import type { OutcomeFinding, OutcomeRecord, RiskTier, TerminalOutcome } from './schema.js';
import { snapshotView, type OutcomeView } from './view.js';

/** [from, to): ISO instants; null is open. */
export interface Period {
  readonly from: string | null;
  readonly to: string | null;
}

export interface AnalyticsOptions {
  readonly period?: Period;
  /** Only these repositories (owner/name, case-insensitive); all when absent or empty. */
  readonly repos?: readonly string[];
  /** For links: https://github.com by default (GitHub Enterprise: its own host). */
  readonly serverUrl?: string;
  /** How many top findings to list (default 10). */
  readonly topFindings?: number;
}

/** Nearest-rank percentiles of a set of numbers; null when the set is empty. */
export interface Percentiles {
  readonly count: number;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly max: number | null;
}

export interface UnitStageCost {
  readonly stage: string;
  readonly engine: string;
  readonly model: string;
  readonly costUsd: number | null;
}

/** One issue (or PR) handled, as its latest record leaves it. */
export interface UnitRow {
  /** `owner/name#12`, `owner/name!pr7`, `owner/name@<correlation id>`, or `v0:<n>`. */
  readonly key: string;
  readonly repo: string | null;
  readonly issue: number | null;
  readonly pr: number | null;
  readonly branch: string | null;
  readonly outcome: TerminalOutcome;
  readonly riskTier: RiskTier | null;
  /** Runs (lines of the log) of this unit in the period. */
  readonly runs: number;
  readonly firstTimestamp: string | null;
  readonly lastTimestamp: string | null;
  readonly costUsd: number | null;
  readonly stages: readonly UnitStageCost[];
  /** Milliseconds from the start of its first run to the run that marked it ready. */
  readonly timeToReadyMs: number | null;
  readonly findings: number;
  readonly issueUrl: string | null;
  readonly prUrl: string | null;
}

export interface Escalation {
  readonly key: string;
  readonly repo: string | null;
  readonly issue: number | null;
  readonly pr: number | null;
  readonly outcome: TerminalOutcome;
  readonly riskTier: RiskTier | null;
  readonly timestamp: string | null;
  /** The PR when there is one, else the issue; null for a line that names neither. */
  readonly url: string | null;
}

export interface FindingGroup {
  readonly rule: string;
  /** The most severe severity seen for the rule. */
  readonly severity: OutcomeFinding['severity'];
  /** Findings recorded (a finding repeated on later runs of one unit counts once). */
  readonly count: number;
  /** Distinct units (issues/PRs) it was found on. */
  readonly units: number;
  readonly fingerprints: number;
  readonly open: number;
  readonly example: string;
}

export interface EngineRow {
  readonly name: string;
  /** Stage runs that used it. */
  readonly stages: number;
  /** Units whose final ledger used it. */
  readonly units: number;
  /** Of those, units that ended ready. */
  readonly ready: number;
  /** ready / units, null when units is 0. */
  readonly successRate: number | null;
  /** Exact-enough sum of the stage costs that are known. */
  readonly costUsd: number;
  readonly unknownCostStages: number;
  /** costUsd / units with a known cost for it; null when none. */
  readonly costPerUnitUsd: number | null;
}

export interface TierRow {
  readonly tier: string;
  readonly units: number;
  readonly ready: number;
  readonly escalated: number;
  readonly resolveRate: number | null;
  readonly escalationRate: number | null;
}

export interface Bucket {
  /** The bucket's first day, YYYY-MM-DD (weeks start on Monday, UTC). */
  readonly start: string;
  readonly records: number;
  readonly byOutcome: Readonly<Record<string, number>>;
  readonly costUsd: number;
  readonly unknownCost: number;
}

export interface RepoRow {
  readonly repo: string;
  readonly records: number;
  readonly units: number;
  readonly ready: number;
}

export interface Analytics {
  readonly period: Period;
  readonly repos: readonly string[];
  /** Lines of the log in the period (runs). */
  readonly records: number;
  /** Lines outside the period or the repositories asked for. */
  readonly skipped: number;
  readonly firstTimestamp: string | null;
  readonly lastTimestamp: string | null;
  /** Issues handled (units). */
  readonly units: number;
  readonly issues: number;
  readonly prs: number;
  /** Runs by terminal outcome. */
  readonly byOutcome: Readonly<Record<string, number>>;
  /** Units by final outcome. */
  readonly unitsByOutcome: Readonly<Record<string, number>>;
  /** Units ended ready / units; null when none. */
  readonly resolveRate: number | null;
  readonly cost: {
    readonly knownUsd: number;
    readonly unknownRecords: number;
    /** Per unit that opened a PR (or a local branch), from its latest ledger. */
    readonly perPr: Percentiles;
    readonly prsWithUnknownCost: number;
  };
  readonly timeToReadyMs: Percentiles;
  readonly escalations: readonly Escalation[];
  readonly topFindings: readonly FindingGroup[];
  readonly engines: readonly EngineRow[];
  readonly models: readonly EngineRow[];
  readonly tiers: readonly TierRow[];
  readonly weeks: readonly Bucket[];
  readonly days: readonly Bucket[];
  readonly byRepo: readonly RepoRow[];
  readonly rows: readonly UnitRow[];
}

/** Outcomes a human has to pick up: listed as escalations. */
export const ESCALATION_OUTCOMES: readonly TerminalOutcome[] = ['escalated', 'budget_exceeded'];

const SEVERITY_RANK: Readonly<Record<OutcomeFinding['severity'], number>> = {
  blocking: 0,
  major: 1,
  minor: 2,
  nit: 3,
};

const DAY_MS = 86_400_000;

/** The last `days` days up to `now` (exclusive of nothing: `to` is now). */
export function lastDays(now: Date, days: number): Period {
  return { from: new Date(now.getTime() - days * DAY_MS).toISOString(), to: now.toISOString() };
}

/** True when the instant falls in the period; a line without a time is only in an open one. */
export function inPeriod(timestamp: string | null, period: Period): boolean {
  if (period.from === null && period.to === null) return true;
  if (timestamp === null) return false;
  const t = Date.parse(timestamp);
  if (Number.isNaN(t)) return false;
  if (period.from !== null && t < Date.parse(period.from)) return false;
  if (period.to !== null && t >= Date.parse(period.to)) return false;
  return true;
}

/** Nearest rank: the smallest value with at least q of the set at or below it. Sorts in place. */
export function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { count: 0, p50: null, p90: null, max: null };
  values.sort((a, b) => a - b);
  const at = (q: number): number => values[Math.max(0, Math.ceil(q * values.length) - 1)] as number;
  return {
    count: values.length,
    p50: at(0.5),
    p90: at(0.9),
    max: values[values.length - 1] as number,
  };
}

/** The Monday (UTC) of the instant's week, as YYYY-MM-DD. */
export function weekStart(timestamp: string): string | null {
  const t = Date.parse(timestamp);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - sinceMonday))
    .toISOString()
    .slice(0, 10);
}

export function dayOf(timestamp: string): string | null {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** The unit a record belongs to (see the head of this file). */
export function unitKey(r: Pick<OutcomeRecord, 'repo' | 'issue' | 'pr' | 'correlationId'>): string {
  if (r.issue !== null) return `${r.repo}#${r.issue}`;
  if (r.pr !== null) return `${r.repo}!pr${r.pr}`;
  return `${r.repo}@${r.correlationId}`;
}

export function issueUrl(serverUrl: string, repo: string, issue: number): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repo}/issues/${issue}`;
}

export function prUrl(serverUrl: string, repo: string, pr: number): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repo}/pull/${pr}`;
}

interface UnitAcc {
  key: string;
  repo: string | null;
  issue: number | null;
  pr: number | null;
  branch: string | null;
  runs: number;
  first: string | null;
  /** Start of the first run: its time less its stages' durations. */
  firstStartMs: number | null;
  latest: OutcomeView;
  latestMs: number;
  readyMs: number | null;
  /** Fingerprints already counted for this unit (a finding repeats on later runs). */
  fingerprints: Set<string> | null;
}

interface FindingAcc {
  rule: string;
  severity: OutcomeFinding['severity'];
  count: number;
  units: Set<string>;
  fingerprints: Set<string>;
  open: number;
  example: string;
}

interface BucketAcc {
  records: number;
  byOutcome: Map<string, number>;
  costUsd: number;
  unknownCost: number;
}

function bump(m: Map<string, number>, k: string, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

function sortedRecord(m: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

function timeMs(ts: string | null): number {
  const t = ts === null ? Number.NaN : Date.parse(ts);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/** What `add` works out of a view once: a copy it may keep, its instant and its unit. */
export interface PreparedView {
  /** Never reused by the reader (a copy of a scanner's view). */
  readonly view: OutcomeView;
  /** Its instant in ms; -Infinity when it has none. */
  readonly ms: number;
  /** Its unit (`unitKey`); null for a v0 line, each of which is a unit of its own. */
  readonly key: string | null;
}

/**
 * Prepares a view for `addPrepared`. `v` may be a scanner's view, reused for the next line (the
 * summary's fast path carries the ids but not the findings): what is kept of it is a copy.
 */
export function prepareView(v: OutcomeView): PreparedView {
  return {
    view: snapshotView(v),
    ms: timeMs(v.timestamp),
    key:
      v.repo === null || v.correlationId === null
        ? null
        : unitKey({ repo: v.repo, issue: v.issue, pr: v.pr, correlationId: v.correlationId }),
  };
}

/**
 * Streaming accumulation: `add` every view of the log (in any order), then `result()`. Memory is
 * one entry per unit (issue) plus the distinct rules, engines, models, weeks and days.
 */
export class AnalyticsAccumulator {
  private readonly period: Period;
  private readonly fromMs: number;
  private readonly toMs: number;
  private readonly repos: Set<string> | null;
  private readonly serverUrl: string;
  private readonly topN: number;
  private records = 0;
  private skipped = 0;
  private first: string | null = null;
  private last: string | null = null;
  private readonly byOutcome = new Map<string, number>();
  private readonly units = new Map<string, UnitAcc>();
  private readonly findings = new Map<string, FindingAcc>();
  /** By the day number (since 1970-01-01, UTC) of the bucket's first day. */
  private readonly weeks = new Map<number, BucketAcc>();
  private readonly days = new Map<number, BucketAcc>();
  private readonly repoRecords = new Map<string, number>();
  private knownUsd = 0;
  private unknownRecords = 0;
  private v0 = 0;

  constructor(opts: AnalyticsOptions = {}) {
    this.period = opts.period ?? { from: null, to: null };
    this.fromMs =
      this.period.from === null ? Number.NEGATIVE_INFINITY : Date.parse(this.period.from);
    this.toMs = this.period.to === null ? Number.POSITIVE_INFINITY : Date.parse(this.period.to);
    this.repos =
      opts.repos && opts.repos.length > 0 ? new Set(opts.repos.map((r) => r.toLowerCase())) : null;
    this.serverUrl = opts.serverUrl ?? 'https://github.com';
    this.topN = opts.topFindings ?? 10;
  }

  /** True when the view is counted (in the period and the repositories asked for). */
  add(v: OutcomeView): boolean {
    return this.addPrepared(prepareView(v));
  }

  /**
   * `add` for a view prepared once (`prepareView`) and added to several accumulators, as the
   * dashboard does for each of its period and repository views. The ids come from the view, so
   * the fast scanner's views (which carry no record) count as fully parsed ones do.
   */
  addPrepared(p: PreparedView): boolean {
    const { view: v, ms } = p;
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
    else this.knownUsd += cost;
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
    let b = m.get(start);
    if (b === undefined) {
      b = { records: 0, byOutcome: new Map(), costUsd: 0, unknownCost: 0 };
      m.set(start, b);
    }
    b.records++;
    bump(b.byOutcome, v.outcome);
    if (v.totals.costUsd === null) b.unknownCost++;
    else b.costUsd += v.totals.costUsd;
  }

  /** The prepared view is already a copy: a unit keeps it as its latest as it is. */
  private addToUnit({ view: v, ms, key: known }: PreparedView): void {
    const r = v.record;
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
        latest: v,
        latestMs: ms,
        readyMs: null,
        fingerprints: null,
      };
      this.units.set(key, u);
    } else {
      if (v.timestamp !== null && (u.first === null || v.timestamp < u.first))
        u.first = v.timestamp;
      if (startMs !== null && (u.firstStartMs === null || startMs < u.firstStartMs))
        u.firstStartMs = startMs;
      if (ms >= u.latestMs) {
        u.latest = v;
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
    if (r !== undefined) for (const f of r.findings) this.addFinding(u, f);
  }

  private addFinding(u: UnitAcc, f: OutcomeFinding): void {
    u.fingerprints ??= new Set();
    if (u.fingerprints.has(f.fingerprint)) return;
    u.fingerprints.add(f.fingerprint);
    let g = this.findings.get(f.rule);
    if (g === undefined) {
      g = {
        rule: f.rule,
        severity: f.severity,
        count: 0,
        units: new Set(),
        fingerprints: new Set(),
        open: 0,
        example: f.message,
      };
      this.findings.set(f.rule, g);
    }
    g.count++;
    g.units.add(u.key);
    g.fingerprints.add(f.fingerprint);
    if (f.status === 'open') g.open++;
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[g.severity]) g.severity = f.severity;
  }

  result(): Analytics {
    const rows: UnitRow[] = [];
    const rowMs: number[] = [];
    const escMs: number[] = [];
    const unitsByOutcome = new Map<string, number>();
    const perPr: number[] = [];
    let prsWithUnknownCost = 0;
    const toReady: number[] = [];
    const escalations: Escalation[] = [];
    const engines = new Map<string, EngineAcc>();
    const models = new Map<string, EngineAcc>();
    const tiers = new Map<string, { units: number; ready: number; escalated: number }>();
    const repoUnits = new Map<string, { units: number; ready: number }>();
    let issues = 0;
    let prs = 0;
    for (const u of this.units.values()) {
      const v = u.latest;
      const r = v.record;
      bump(unitsByOutcome, v.outcome);
      if (u.issue !== null) issues++;
      const opened = u.pr !== null || u.branch !== null;
      if (opened) {
        prs++;
        if (v.totals.costUsd === null) prsWithUnknownCost++;
        else perPr.push(v.totals.costUsd);
      }
      const timeToReadyMs =
        u.readyMs !== null && u.firstStartMs !== null ? u.readyMs - u.firstStartMs : null;
      if (timeToReadyMs !== null) toReady.push(timeToReadyMs);
      const ready = v.outcome === 'ready';
      const escalated = ESCALATION_OUTCOMES.includes(v.outcome);
      const tier = v.riskTier ?? 'unknown';
      const t = tiers.get(tier) ?? { units: 0, ready: 0, escalated: 0 };
      t.units++;
      if (ready) t.ready++;
      if (escalated) t.escalated++;
      tiers.set(tier, t);
      if (u.repo !== null) {
        const ru = repoUnits.get(u.repo) ?? { units: 0, ready: 0 };
        ru.units++;
        if (ready) ru.ready++;
        repoUnits.set(u.repo, ru);
      }
      const usedEngines = new Set<string>();
      const usedModels = new Set<string>();
      for (const s of v.stages) {
        engineAcc(engines, s.engine).addStage(s.costUsd);
        engineAcc(models, s.model).addStage(s.costUsd);
        usedEngines.add(s.engine);
        usedModels.add(s.model);
      }
      for (const e of usedEngines) engineAcc(engines, e).addUnit(ready);
      for (const m of usedModels) engineAcc(models, m).addUnit(ready);
      const links = this.links(u);
      if (escalated) escMs.push(u.latestMs);
      if (escalated)
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
        costUsd: v.totals.costUsd,
        stages: v.stages.map((s) => ({
          stage: s.stage,
          engine: s.engine,
          model: s.model,
          costUsd: s.costUsd,
        })),
        timeToReadyMs,
        findings: r?.findings.length ?? 0,
        ...links,
      });
    }
    const rowOrder = newestFirst(rows, rowMs);
    const escOrder = newestFirst(escalations, escMs);
    const units = this.units.size;
    const ready = unitsByOutcome.get('ready') ?? 0;
    return {
      period: this.period,
      repos: this.repos === null ? [] : [...this.repos],
      records: this.records,
      skipped: this.skipped,
      firstTimestamp: this.first,
      lastTimestamp: this.last,
      units,
      issues,
      prs,
      byOutcome: sortedRecord(this.byOutcome),
      unitsByOutcome: sortedRecord(unitsByOutcome),
      resolveRate: units === 0 ? null : ready / units,
      cost: {
        knownUsd: this.knownUsd,
        unknownRecords: this.unknownRecords,
        perPr: percentiles(perPr),
        prsWithUnknownCost,
      },
      timeToReadyMs: percentiles(toReady),
      escalations: escOrder,
      topFindings: this.topFindings(),
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
      weeks: buckets(this.weeks),
      days: buckets(this.days),
      byRepo: [...repoUnits]
        .map(([repo, ru]) => ({ repo, records: this.repoRecords.get(repo) ?? 0, ...ru }))
        .sort((a, b) => b.records - a.records || (a.repo < b.repo ? -1 : 1)),
      rows: rowOrder,
    };
  }

  private links(u: UnitAcc): { issueUrl: string | null; prUrl: string | null } {
    if (u.repo === null) return { issueUrl: null, prUrl: null };
    return {
      issueUrl: u.issue === null ? null : issueUrl(this.serverUrl, u.repo, u.issue),
      prUrl: u.pr === null ? null : prUrl(this.serverUrl, u.repo, u.pr),
    };
  }

  private topFindings(): FindingGroup[] {
    return [...this.findings.values()]
      .sort(
        (a, b) =>
          b.units.size - a.units.size ||
          b.count - a.count ||
          SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
          (a.rule < b.rule ? -1 : 1),
      )
      .slice(0, this.topN)
      .map((g) => ({
        rule: g.rule,
        severity: g.severity,
        count: g.count,
        units: g.units.size,
        fingerprints: g.fingerprints.size,
        open: g.open,
        example: g.example,
      }));
  }
}

const TIER_ORDER = ['high', 'medium', 'low', 'none', 'unknown'];
function tierOrder(t: string): number {
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
  private costSeenInUnit = false;

  addStage(cost: number | null): void {
    this.stages++;
    if (cost === null) this.unknownCostStages++;
    else {
      this.costUsd += cost;
      this.costSeenInUnit = true;
    }
  }

  addUnit(ready: boolean): void {
    this.units++;
    if (ready) this.ready++;
    if (this.costSeenInUnit) this.unitsWithCost++;
    this.costSeenInUnit = false;
  }
}

function engineAcc(m: Map<string, EngineAcc>, name: string): EngineAcc {
  let a = m.get(name);
  if (a === undefined) m.set(name, (a = new EngineAcc()));
  return a;
}

function engineRows(m: Map<string, EngineAcc>): EngineRow[] {
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
function newestFirst<T extends { readonly key: string }>(
  xs: readonly T[],
  ms: readonly number[],
): T[] {
  return xs
    .map((_, k) => k)
    .sort(
      (x, y) =>
        (ms[y] as number) - (ms[x] as number) || ((xs[x] as T).key < (xs[y] as T).key ? -1 : 1),
    )
    .map((k) => xs[k] as T);
}

function buckets(m: Map<number, BucketAcc>): Bucket[] {
  return [...m]
    .sort((a, b) => a[0] - b[0])
    .map(([start, b]) => ({
      start: new Date(start * DAY_MS).toISOString().slice(0, 10),
      records: b.records,
      byOutcome: sortedRecord(b.byOutcome),
      costUsd: b.costUsd,
      unknownCost: b.unknownCost,
    }));
}

/** The figures of a whole set of views. */
export function analyze(views: Iterable<OutcomeView>, opts: AnalyticsOptions = {}): Analytics {
  const acc = new AnalyticsAccumulator(opts);
  for (const v of views) acc.add(v);
  return acc.result();
}
