// What the analytics accumulator keeps between records, as plain data: Maps, arrays and numbers
// that cross threads by structured clone. A log read in pieces on several threads gives one
// state per piece; merged in file order, they are the state of one pass (analytics.ts).
import type { OutcomeFinding, RiskTier, TerminalOutcome } from './schema.js';
import type { UnitStageCost } from './analytics-types.js';

/** What the figures need of a unit's latest run (not the record: units may be many). */
export interface LatestRun {
  readonly outcome: TerminalOutcome;
  readonly riskTier: RiskTier | null;
  readonly costUsd: number | null;
  readonly timestamp: string | null;
  readonly stages: readonly UnitStageCost[];
  /** Findings recorded on that run. */
  readonly findings: number;
}

/** A finding as first recorded for its unit (later runs repeat it; the first one counts). */
export interface SeenFinding {
  readonly rule: string;
  readonly severity: OutcomeFinding['severity'];
  readonly status: OutcomeFinding['status'];
  readonly message: string;
  /** Its place in the log (records before it): the earliest of a rule is the rule's example. */
  readonly seq: number;
}

export interface UnitAcc {
  key: string;
  repo: string | null;
  issue: number | null;
  pr: number | null;
  branch: string | null;
  runs: number;
  first: string | null;
  /** Start of the first run: its time less its stages' durations. */
  firstStartMs: number | null;
  latest: LatestRun;
  latestMs: number;
  readyMs: number | null;
  /** By fingerprint; null until the unit has one. */
  findings: Map<string, SeenFinding> | null;
}

export interface BucketState {
  records: number;
  byOutcome: Map<string, number>;
  /** ExactSum partials: a bucket's cost does not depend on how the log was cut. */
  costUsd: number[];
  unknownCost: number;
}

export interface AnalyticsState {
  readonly records: number;
  readonly skipped: number;
  readonly first: string | null;
  readonly last: string | null;
  readonly byOutcome: Map<string, number>;
  /** In the order their first run was read. */
  readonly units: Map<string, UnitAcc>;
  /** By the day number (since 1970-01-01, UTC) of the bucket's first day. */
  readonly weeks: Map<number, BucketState>;
  readonly days: Map<number, BucketState>;
  readonly repoRecords: Map<string, number>;
  readonly knownUsd: number[];
  readonly unknownRecords: number;
  /** v0 lines read (each is a unit of its own, `v0:<n>`). */
  readonly v0: number;
  /** Records handed to `add`, counted or not: the clock of `SeenFinding.seq`. */
  readonly seen: number;
}

export function bump(m: Map<string, number>, k: string, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

export function sortedRecord(m: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}
