import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { OutcomeFinding } from './outcomes/index.js';
import { TREE_GATE_RULES } from './protected/tree-gate.js';

export const SEVERITIES = ['blocking', 'major', 'minor', 'nit'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A finding as the review model returns it. */
export const reviewFindingSchema = z.object({
  severity: z.enum(SEVERITIES),
  path: z.string().nullable(),
  startLine: z.number().int().min(1).nullable(),
  endLine: z.number().int().min(1).nullable(),
  rule: z.string().min(1),
  message: z.string().min(1),
  suggestion: z.string().nullable().optional(),
});
export type ReviewFinding = z.infer<typeof reviewFindingSchema>;

/** A finding as the pipeline tracks it across rounds. */
export interface TrackedFinding {
  readonly severity: Severity;
  readonly path: string | null;
  readonly lines: { readonly start: number; readonly end: number } | null;
  readonly rule: string;
  readonly message: string;
  readonly suggestion: string | null;
  readonly fingerprint: string;
  readonly status: 'open' | 'resolved';
  /** The review round that first reported it (0 = the first review). */
  readonly firstRound: number;
  /** How many reviews after a remediation round still found it open. */
  readonly survivedRounds: number;
}

/**
 * A stable identity for a finding across rounds: the rule, the file and the message with
 * numbers and spacing normalised. Line numbers are left out on purpose: they move when the
 * code above them changes, and the finding is still the same one.
 */
export function fingerprint(f: { rule: string; path: string | null; message: string }): string {
  const message = f.message.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const key = `${f.rule.trim().toLowerCase()}\0${f.path ?? ''}\0${message}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export function track(f: ReviewFinding, round: number): TrackedFinding {
  const start = f.startLine;
  const lines = start === null ? null : { start, end: Math.max(start, f.endLine ?? start) };
  return {
    severity: f.severity,
    path: f.path,
    lines,
    rule: f.rule,
    message: f.message,
    suggestion: f.suggestion ?? null,
    fingerprint: fingerprint(f),
    status: 'open',
    firstRound: round,
    survivedRounds: 0,
  };
}

export function toOutcomeFinding(f: TrackedFinding): OutcomeFinding {
  return {
    severity: f.severity,
    path: f.path,
    lines: f.lines,
    rule: f.rule,
    message: f.message,
    fingerprint: f.fingerprint,
    status: f.status,
  };
}

export function describeFinding(f: TrackedFinding): string {
  const where = f.path ? ` ${f.path}${f.lines ? `:${f.lines.start}-${f.lines.end}` : ''}` : '';
  return `[${f.severity}] ${f.rule}${where}: ${f.message}`;
}

const GATE_RULES: ReadonlySet<string> = new Set(Object.values(TREE_GATE_RULES));

/** A finding of the tree gate: only a human resolves it, never a review model's say-so. */
export function isTreeGateFinding(f: { rule: string }): boolean {
  return GATE_RULES.has(f.rule);
}
