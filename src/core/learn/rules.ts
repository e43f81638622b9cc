// `lailatov learn`: rules proposed from what recurs in the outcome log, each with its evidence.
// Deterministic: the same log gives the same rules, in the same order, with the same evidence
// fingerprint (so the same evidence never opens a second PR). A model may reword a rule's text
// afterwards; it never decides which rules there are.
import { createHash } from 'node:crypto';
import {
  AnalyticsAccumulator,
  ESCALATION_OUTCOMES,
  issueUrl,
  prUrl,
  unitKey,
  type Analytics,
  type AnalyticsOptions,
  type EngineRow,
} from '../outcomes/analytics.js';
import type { OutcomeFinding, OutcomeRecord } from '../outcomes/schema.js';
import type { OutcomeView } from '../outcomes/view.js';
import { quoteUntrusted } from './quote.js';

export const LEARNED_RULES_PATH = '.claude/rules/learned.md';

export type RuleKind =
  'recurring-finding' | 'fragile-path' | 'escalating-tier' | 'engine' | 'model';
export type Confidence = 'low' | 'medium' | 'high';

export interface EvidenceUnit {
  readonly key: string;
  /** `#12`: the PR's number when it has one, else the issue's. */
  readonly label: string;
  readonly url: string | null;
  readonly timestamp: string | null;
}

export interface EvidenceFinding {
  readonly unit: string;
  /** The unit's label (`#12`). */
  readonly label: string;
  readonly fingerprint: string;
  readonly severity: OutcomeFinding['severity'];
  readonly path: string | null;
  readonly line: number | null;
  readonly message: string;
  /** The PR (or issue) it was found on. */
  readonly url: string | null;
}

export interface Evidence {
  /** What was counted: units with the finding, units that touched the path and had trouble... */
  readonly count: number;
  /** The denominator of a rate (units that touched the path, units of the tier); else null. */
  readonly of: number | null;
  readonly from: string | null;
  readonly to: string | null;
  /** Every unit counted, newest first. */
  readonly units: readonly EvidenceUnit[];
  /** For recurring findings: one per unit and fingerprint, newest first (capped when shown). */
  readonly findings: readonly EvidenceFinding[];
}

export interface LearnedRule {
  /** Stable across runs: `finding:<rule>`, `path:<path>`, `tier:<tier>`, `model:<a>`... */
  readonly id: string;
  readonly kind: RuleKind;
  readonly title: string;
  /** The proposed rule, in words (deterministic; a model may reword it). */
  readonly text: string;
  readonly confidence: Confidence;
  readonly evidence: Evidence;
}

export interface LearnThresholds {
  /** Distinct units (issues/PRs) a finding rule must recur on (default 3). */
  readonly minUnits: number;
  /** Share of a path's units that failed tests or escalated (default 0.5). */
  readonly pathTroubleRate: number;
  /** Share of a tier's units that escalated (default 0.3). */
  readonly tierEscalationRate: number;
}

export const DEFAULT_THRESHOLDS: LearnThresholds = {
  minUnits: 3,
  pathTroubleRate: 0.5,
  tierEscalationRate: 0.3,
};

export interface LearnOptions extends AnalyticsOptions {
  readonly thresholds?: Partial<LearnThresholds>;
}

export interface LearnResult {
  readonly records: number;
  readonly units: number;
  readonly from: string | null;
  readonly to: string | null;
  readonly rules: readonly LearnedRule[];
  /** sha256 of the rules' ids and evidence (not of the wording): the PR's identity. */
  readonly evidenceFingerprint: string;
  readonly analytics: Analytics;
}

interface UnitTrack {
  key: string;
  label: string;
  url: string | null;
  latest: OutcomeRecord;
  files: Set<string>;
  testsFailed: boolean;
  findings: Map<string, OutcomeFinding>;
}

function newer(a: string | null, b: string | null): number {
  return (b ?? '') < (a ?? '') ? -1 : (b ?? '') > (a ?? '') ? 1 : 0;
}

/**
 * Confidence of a rate: the lower bound of its Wilson score interval at 95%, so 3 of 3 counts
 * for less than 30 of 30. high ≥ 0.5, medium ≥ 0.25.
 */
export function wilsonLowerBound(k: number, n: number): number {
  if (n === 0) return 0;
  const z = 1.96;
  const p = k / n;
  const z2 = z * z;
  return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n);
}

function rateConfidence(k: number, n: number): Confidence {
  const lb = wilsonLowerBound(k, n);
  return lb >= 0.5 ? 'high' : lb >= 0.25 ? 'medium' : 'low';
}

/** Recurrence: twice the threshold is high, at the threshold medium. */
function recurrenceConfidence(units: number, min: number): Confidence {
  return units >= 2 * min ? 'high' : units >= min ? 'medium' : 'low';
}

/** The path and each of its folders (`src/a/b.ts` → `src/a/b.ts`, `src/a/`, `src/`). */
export function pathAndFolders(file: string): string[] {
  const out = [file];
  let at = file.lastIndexOf('/');
  while (at > 0) {
    out.push(file.slice(0, at + 1));
    at = file.lastIndexOf('/', at - 1);
  }
  return out;
}

function span(units: readonly EvidenceUnit[]): { from: string | null; to: string | null } {
  let from: string | null = null;
  let to: string | null = null;
  for (const u of units) {
    if (u.timestamp === null) continue;
    if (from === null || u.timestamp < from) from = u.timestamp;
    if (to === null || u.timestamp > to) to = u.timestamp;
  }
  return { from, to };
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Proposes rules from a log's views. */
export function learnRules(views: Iterable<OutcomeView>, opts: LearnOptions = {}): LearnResult {
  const t = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  const serverUrl = opts.serverUrl ?? 'https://github.com';
  const analytics = new AnalyticsAccumulator(opts);
  const units = new Map<string, UnitTrack>();
  for (const v of views) {
    if (!analytics.add(v) || v.record === undefined) continue;
    const r = v.record;
    const key = unitKey(r);
    let u = units.get(key);
    if (u === undefined) {
      u = {
        key,
        label: key,
        url: null,
        latest: r,
        files: new Set(),
        testsFailed: false,
        findings: new Map(),
      };
      units.set(key, u);
    } else if (r.timestamp >= u.latest.timestamp) u.latest = r;
    const pr = r.pr ?? u.latest.pr;
    u.label = pr !== null ? `#${pr}` : r.issue !== null ? `#${r.issue}` : u.label;
    u.url =
      pr !== null
        ? prUrl(serverUrl, r.repo, pr)
        : r.issue !== null
          ? issueUrl(serverUrl, r.repo, r.issue)
          : u.url;
    for (const f of r.changedFiles) u.files.add(f);
    if (r.checks.tests === 'failed') u.testsFailed = true;
    for (const f of r.findings)
      if (!u.findings.has(f.fingerprint)) u.findings.set(f.fingerprint, f);
  }
  const a = analytics.result();
  const all = [...units.values()];
  const range = { from: a.firstTimestamp, to: a.lastTimestamp };
  const ev = (u: UnitTrack): EvidenceUnit => ({
    key: u.key,
    label: u.label,
    url: u.url,
    timestamp: u.latest.timestamp,
  });
  const rules: LearnedRule[] = [
    ...recurringFindings(all, ev, t),
    ...fragilePaths(all, ev, t),
    ...escalatingTiers(all, ev, t),
    ...byStage(all, 'engine').flatMap(([stage, rows]) =>
      dominated('engine', stage, rows, t, range),
    ),
    ...byStage(all, 'model').flatMap(([stage, rows]) => dominated('model', stage, rows, t, range)),
  ];
  return {
    records: a.records,
    units: a.units,
    from: a.firstTimestamp,
    to: a.lastTimestamp,
    rules,
    evidenceFingerprint: evidenceFingerprint(rules),
    analytics: a,
  };
}

type ToEvidence = (u: UnitTrack) => EvidenceUnit;

function byNewest(a: EvidenceUnit, b: EvidenceUnit): number {
  return newer(a.timestamp, b.timestamp) || (a.key < b.key ? -1 : 1);
}

function recurringFindings(all: UnitTrack[], ev: ToEvidence, t: LearnThresholds): LearnedRule[] {
  const groups = new Map<string, { units: UnitTrack[]; findings: EvidenceFinding[] }>();
  for (const u of all)
    for (const f of u.findings.values()) {
      let g = groups.get(f.rule);
      if (g === undefined) groups.set(f.rule, (g = { units: [], findings: [] }));
      if (g.units.at(-1) !== u) g.units.push(u);
      g.findings.push({
        unit: u.key,
        label: u.label,
        fingerprint: f.fingerprint,
        severity: f.severity,
        path: f.path,
        line: f.lines?.start ?? null,
        message: f.message,
        url: u.url,
      });
    }
  const out: LearnedRule[] = [];
  for (const [rule, g] of groups) {
    if (g.units.length < t.minUnits) continue;
    const units = g.units.map(ev).sort(byNewest);
    const order = new Map(units.map((u, k) => [u.key, k]));
    const findings = g.findings.sort(
      (x, y) =>
        (order.get(x.unit) ?? 0) - (order.get(y.unit) ?? 0) ||
        (x.fingerprint < y.fingerprint ? -1 : 1),
    );
    const paths = new Set(findings.map((f) => f.path).filter((p): p is string => p !== null));
    const where = paths.size === 1 ? ` in \`${quoteUntrusted([...paths][0] ?? '', 200)}\`` : '';
    const name = quoteUntrusted(rule, 80);
    out.push({
      id: `finding:${rule}`,
      kind: 'recurring-finding',
      title: `Review finding \`${name}\` recurs`,
      text: `Before finishing, check for \`${name}\`${where}: the review found it on ${units.length} separate PRs (${findings.length} finding(s)), e.g. "${quoteUntrusted(findings[0]?.message ?? '')}".`,
      confidence: recurrenceConfidence(units.length, t.minUnits),
      evidence: { count: units.length, of: null, ...span(units), units, findings },
    });
  }
  return out.sort((x, y) => y.evidence.count - x.evidence.count || (x.id < y.id ? -1 : 1));
}

function troubled(u: UnitTrack): boolean {
  return u.testsFailed || ESCALATION_OUTCOMES.includes(u.latest.outcome);
}

function fragilePaths(all: UnitTrack[], ev: ToEvidence, t: LearnThresholds): LearnedRule[] {
  const touched = new Map<string, UnitTrack[]>();
  for (const u of all) {
    const seen = new Set<string>();
    for (const f of u.files) for (const p of pathAndFolders(f)) seen.add(p);
    for (const p of seen) {
      const list = touched.get(p);
      if (list === undefined) touched.set(p, [u]);
      else list.push(u);
    }
  }
  const candidates = new Map<string, { units: UnitTrack[]; bad: UnitTrack[]; sig: string }>();
  for (const [p, us] of touched) {
    const bad = us.filter(troubled);
    if (bad.length < t.minUnits || bad.length / us.length < t.pathTroubleRate) continue;
    const sig = `${us.map((u) => u.key).join(',')}|${bad.map((u) => u.key).join(',')}`;
    candidates.set(p, { units: us, bad, sig });
  }
  // A folder that says exactly what one of its paths says adds nothing: keep the narrower one.
  const out: LearnedRule[] = [];
  for (const [p, c] of candidates) {
    if (p.endsWith('/')) {
      const narrower = [...candidates].some(
        ([q, d]) => q !== p && q.startsWith(p) && d.sig === c.sig,
      );
      if (narrower) continue;
    }
    const tests = c.bad.filter((u) => u.testsFailed).length;
    const esc = c.bad.filter((u) => ESCALATION_OUTCOMES.includes(u.latest.outcome)).length;
    const units = c.bad.map(ev).sort(byNewest);
    const glob = quoteUntrusted(p.endsWith('/') ? `${p}**` : p, 200);
    out.push({
      id: `path:${p}`,
      kind: 'fragile-path',
      title: `Changes to \`${glob}\` often fail`,
      text: `Take extra care with \`${glob}\`: ${c.bad.length} of ${c.units.length} PRs that changed it failed their tests (${tests}) or were escalated (${esc}). Run its tests before finishing, and keep changes there small.`,
      confidence: rateConfidence(c.bad.length, c.units.length),
      evidence: { count: c.bad.length, of: c.units.length, ...span(units), units, findings: [] },
    });
  }
  return out.sort(
    (x, y) =>
      y.evidence.count - x.evidence.count ||
      (y.evidence.of ?? 0) - (x.evidence.of ?? 0) ||
      (x.id < y.id ? -1 : 1),
  );
}

function escalatingTiers(all: UnitTrack[], ev: ToEvidence, t: LearnThresholds): LearnedRule[] {
  const tiers = new Map<string, UnitTrack[]>();
  for (const u of all) {
    const tier = u.latest.riskTier;
    if (tier === null) continue;
    const list = tiers.get(tier);
    if (list === undefined) tiers.set(tier, [u]);
    else list.push(u);
  }
  const out: LearnedRule[] = [];
  for (const [tier, us] of tiers) {
    const esc = us.filter((u) => ESCALATION_OUTCOMES.includes(u.latest.outcome));
    if (us.length < t.minUnits || esc.length === 0 || esc.length / us.length < t.tierEscalationRate)
      continue;
    const units = esc.map(ev).sort(byNewest);
    out.push({
      id: `tier:${tier}`,
      kind: 'escalating-tier',
      title: `Risk tier \`${tier}\` escalates often`,
      text: `Issues that touch \`${tier}\`-risk paths escalated ${esc.length} of ${us.length} times (${pct(esc.length / us.length)}): ask for a plan first, split them smaller, or lower their budget before a human has to step in.`,
      confidence: rateConfidence(esc.length, us.length),
      evidence: { count: esc.length, of: us.length, ...span(units), units, findings: [] },
    });
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}

/**
 * Engines (or models) that another does at least as well for no more money, on enough units:
 * success rate ≥ and cost per unit ≤, one of them strictly. Only with known costs.
 */
function dominated(
  kind: 'engine' | 'model',
  stage: string,
  rows: readonly EngineRow[],
  t: LearnThresholds,
  range: { from: string | null; to: string | null },
): LearnedRule[] {
  const usable = rows.filter(
    (r) => r.units >= t.minUnits && r.successRate !== null && r.costPerUnitUsd !== null,
  );
  const out: LearnedRule[] = [];
  for (const worse of usable) {
    const better = usable
      .filter(
        (b) =>
          b !== worse &&
          (b.successRate as number) >= (worse.successRate as number) &&
          (b.costPerUnitUsd as number) <= (worse.costPerUnitUsd as number) &&
          ((b.successRate as number) > (worse.successRate as number) ||
            (b.costPerUnitUsd as number) < (worse.costPerUnitUsd as number)),
      )
      .sort(
        (x, y) =>
          (y.successRate as number) - (x.successRate as number) ||
          (x.costPerUnitUsd as number) - (y.costPerUnitUsd as number) ||
          (x.name < y.name ? -1 : 1),
      )[0];
    if (better === undefined) continue;
    const usd = (x: number | null) => `$${(x ?? 0).toFixed(2)}`;
    out.push({
      id: `${kind}:${stage}:${worse.name}`,
      kind,
      title: `Prefer ${kind} \`${better.name}\` over \`${worse.name}\` for ${stage}`,
      text: `Route ${stage} from ${kind} \`${worse.name}\` (${worse.ready} of ${worse.units} ready, ${usd(worse.costPerUnitUsd)} per issue) to \`${better.name}\` (${better.ready} of ${better.units} ready, ${usd(better.costPerUnitUsd)} per issue).`,
      confidence: recurrenceConfidence(Math.min(worse.units, better.units), t.minUnits),
      evidence: {
        count: worse.units,
        of: null,
        ...range,
        units: [],
        findings: [],
      },
    });
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}

/**
 * Engines or models compared within one stage (a review model against a write model says
 * nothing), from each unit's latest ledger: units that used it there, how many ended ready, and
 * what its runs there cost.
 */
function byStage(all: UnitTrack[], pick: 'engine' | 'model'): [string, EngineRow[]][] {
  const stages = new Map<
    string,
    Map<
      string,
      { units: number; ready: number; stages: number; usd: number; unknown: number; priced: number }
    >
  >();
  for (const u of all) {
    const seen = new Map<string, { usd: number; priced: boolean }>();
    for (const s of u.latest.stages) {
      const k = `${s.stage}\u0000${s[pick]}`;
      const cell = seen.get(k) ?? { usd: 0, priced: false };
      if (s.costUsd !== null) {
        cell.usd += s.costUsd;
        cell.priced = true;
      }
      seen.set(k, cell);
      let names = stages.get(s.stage);
      if (names === undefined) stages.set(s.stage, (names = new Map()));
      const acc = names.get(s[pick]) ?? {
        units: 0,
        ready: 0,
        stages: 0,
        usd: 0,
        unknown: 0,
        priced: 0,
      };
      acc.stages++;
      if (s.costUsd === null) acc.unknown++;
      names.set(s[pick], acc);
    }
    for (const [k, cell] of seen) {
      const [stage, name] = k.split('\u0000') as [string, string];
      const acc = stages.get(stage)?.get(name);
      if (acc === undefined) continue;
      acc.units++;
      if (u.latest.outcome === 'ready') acc.ready++;
      if (cell.priced) {
        acc.usd += cell.usd;
        acc.priced++;
      }
    }
  }
  return [...stages]
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
    .map(([stage, names]) => [
      stage,
      [...names].map(([name, a]) => ({
        name,
        stages: a.stages,
        units: a.units,
        ready: a.ready,
        successRate: a.units === 0 ? null : a.ready / a.units,
        costUsd: a.usd,
        unknownCostStages: a.unknown,
        costPerUnitUsd: a.priced === 0 ? null : a.usd / a.priced,
      })),
    ]);
}

/** The identity of a set of rules: their ids, counts and evidence, never their wording. */
export function evidenceFingerprint(rules: readonly LearnedRule[]): string {
  const canonical = rules.map((r) => [
    r.id,
    r.evidence.count,
    r.evidence.of,
    r.evidence.units.map((u) => u.key),
    r.evidence.findings.map((f) => `${f.unit}/${f.fingerprint}`),
  ]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 32);
}
