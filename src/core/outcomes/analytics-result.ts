// Turns the analytics accumulator's state into the figures (analytics-types.ts): one row per
// unit, outcomes and resolve rate by unit, cost per PR, time to ready, escalations, top
// findings, engines, models, tiers, repositories, and the weekly and daily buckets.
import {
  sortedRecord,
  type AnalyticsState,
  type BucketState,
  type UnitAcc,
} from './analytics-state.js';
import {
  ESCALATION_OUTCOMES,
  type Analytics,
  type Bucket,
  type EngineRow,
  type Escalation,
  type FindingGroup,
  type Percentiles,
  type Period,
  type UnitRow,
} from './analytics-types.js';
import { DAY_MS, issueUrl, prUrl } from './calendar.js';
import { ExactSum } from './exact-sum.js';
import type { OutcomeFinding } from './schema.js';

export interface ResultOptions {
  readonly period: Period;
  readonly repos: readonly string[];
  readonly serverUrl: string;
  readonly topFindings: number;
}

const SEVERITY_RANK: Readonly<Record<OutcomeFinding['severity'], number>> = {
  blocking: 0,
  major: 1,
  minor: 2,
  nit: 3,
};

const TIER_ORDER = ['high', 'medium', 'low', 'none', 'unknown'];

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

export function analyticsOf(s: AnalyticsState, opts: ResultOptions): Analytics {
  const rows: UnitRow[] = [];
  const rowMs: number[] = [];
  const escalations: Escalation[] = [];
  const escMs: number[] = [];
  const unitsByOutcome = new Map<string, number>();
  const perPr: number[] = [];
  let prsWithUnknownCost = 0;
  const toReady: number[] = [];
  const engines = new Map<string, EngineAcc>();
  const models = new Map<string, EngineAcc>();
  const tiers = new Map<string, { units: number; ready: number; escalated: number }>();
  const repoUnits = new Map<string, { units: number; ready: number }>();
  let issues = 0;
  let prs = 0;
  for (const u of s.units.values()) {
    const v = u.latest;
    unitsByOutcome.set(v.outcome, (unitsByOutcome.get(v.outcome) ?? 0) + 1);
    if (u.issue !== null) issues++;
    if (u.pr !== null || u.branch !== null) {
      prs++;
      if (v.costUsd === null) prsWithUnknownCost++;
      else perPr.push(v.costUsd);
    }
    const timeToReadyMs =
      u.readyMs !== null && u.firstStartMs !== null ? u.readyMs - u.firstStartMs : null;
    if (timeToReadyMs !== null) toReady.push(timeToReadyMs);
    const ready = v.outcome === 'ready';
    const escalated = ESCALATION_OUTCOMES.includes(v.outcome);
    const t = tiers.get(v.riskTier ?? 'unknown') ?? { units: 0, ready: 0, escalated: 0 };
    t.units++;
    if (ready) t.ready++;
    if (escalated) t.escalated++;
    tiers.set(v.riskTier ?? 'unknown', t);
    if (u.repo !== null) {
      const ru = repoUnits.get(u.repo) ?? { units: 0, ready: 0 };
      ru.units++;
      if (ready) ru.ready++;
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
      perPr: percentiles(perPr),
      prsWithUnknownCost,
    },
    timeToReadyMs: percentiles(toReady),
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

function sumOf(partials: readonly number[]): number {
  const sum = new ExactSum();
  sum.merge(partials);
  return sum.value();
}

function linksOf(u: UnitAcc, serverUrl: string): { issueUrl: string | null; prUrl: string | null } {
  if (u.repo === null) return { issueUrl: null, prUrl: null };
  return {
    issueUrl: u.issue === null ? null : issueUrl(serverUrl, u.repo, u.issue),
    prUrl: u.pr === null ? null : prUrl(serverUrl, u.repo, u.pr),
  };
}

interface FindingAcc {
  rule: string;
  severity: OutcomeFinding['severity'];
  count: number;
  units: number;
  fingerprints: Set<string>;
  open: number;
  example: string;
  exampleSeq: number;
}

/**
 * Findings by rule: each counts once per unit (a finding repeated on later runs of one unit is
 * the same finding), and the rule's example is the first one recorded in the log.
 */
function topFindings(units: Iterable<UnitAcc>, topN: number): FindingGroup[] {
  if (topN <= 0) return [];
  const groups = new Map<string, FindingAcc>();
  for (const u of units) {
    if (u.findings === null) continue;
    const rulesHere = new Set<string>();
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
      if (f.status === 'open') g.open++;
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[g.severity]) g.severity = f.severity;
      if (f.seq < g.exampleSeq) {
        g.example = f.message;
        g.exampleSeq = f.seq;
      }
    }
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        b.units - a.units ||
        b.count - a.count ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        (a.rule < b.rule ? -1 : 1),
    )
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

/** A unit's final ledger, by engine and by model: each stage, and the unit once per name. */
function countEngines(
  u: UnitAcc,
  engines: Map<string, EngineAcc>,
  models: Map<string, EngineAcc>,
  ready: boolean,
): void {
  const usedEngines = new Set<string>();
  const usedModels = new Set<string>();
  for (const s of u.latest.stages) {
    engineAcc(engines, s.engine).addStage(s.costUsd);
    engineAcc(models, s.model).addStage(s.costUsd);
    usedEngines.add(s.engine);
    usedModels.add(s.model);
  }
  for (const e of usedEngines) engineAcc(engines, e).addUnit(ready);
  for (const m of usedModels) engineAcc(models, m).addUnit(ready);
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

function buckets(m: Map<number, BucketState>): Bucket[] {
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
