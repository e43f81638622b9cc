// The per-unit tracks the rules are drawn from, and what every rule shares about its evidence:
// the date span, the newest-first order and how sure a count or a rate makes us.
import type { OutcomeFinding, OutcomeRecord } from '../outcomes/schema.js';
import type { Confidence, EvidenceUnit } from './types.js';

/** One issue (or PR) as the rules see it: its latest record and everything its runs touched. */
export interface UnitTrack {
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

export function rateConfidence(k: number, n: number): Confidence {
  const lb = wilsonLowerBound(k, n);
  return lb >= 0.5 ? 'high' : lb >= 0.25 ? 'medium' : 'low';
}

/** Recurrence: twice the threshold is high, at the threshold medium. */
export function recurrenceConfidence(units: number, min: number): Confidence {
  return units >= 2 * min ? 'high' : units >= min ? 'medium' : 'low';
}

export function span(units: readonly EvidenceUnit[]): { from: string | null; to: string | null } {
  let from: string | null = null;
  let to: string | null = null;
  for (const u of units) {
    if (u.timestamp === null) continue;
    if (from === null || u.timestamp < from) from = u.timestamp;
    if (to === null || u.timestamp > to) to = u.timestamp;
  }
  return { from, to };
}

export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export type ToEvidence = (u: UnitTrack) => EvidenceUnit;

export function byNewest(a: EvidenceUnit, b: EvidenceUnit): number {
  return newer(a.timestamp, b.timestamp) || (a.key < b.key ? -1 : 1);
}
