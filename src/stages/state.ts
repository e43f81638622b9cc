import type { CheckResult, StageRecord } from '../core/outcomes/index.js';
import type { TrackedFinding } from './findings.js';

/**
 * The pipeline's state travels with the work, as a hidden marker in the PR body (locally: the
 * report), so any stage can be re-run alone and pick up where the last one stopped.
 */
export interface PipelineState {
  readonly v: 1;
  readonly correlationId: string;
  readonly issue: number;
  readonly branch: string;
  readonly base: string;
  readonly title: string;
  readonly acceptanceCriteria: readonly string[];
  readonly plan: string | null;
  /** The writing agent's own summary of its change. */
  readonly summary: string;
  /** Remediation rounds done so far. */
  readonly round: number;
  readonly stages: readonly StageRecord[];
  readonly findings: readonly TrackedFinding[];
  /** The head the last review saw; later rounds review only what came after it. */
  readonly reviewedSha: string | null;
  readonly checks: Readonly<Record<string, CheckResult>>;
  /** The trimmed output of the last failing test run, for remediation. */
  readonly testFailure: string | null;
}

const MARKER = /<!-- lailatov:state (\{.*?\}) -->/s;

/** The hidden marker. `<`, `>` are escaped so no text in the state can end the HTML comment. */
export function renderStateMarker(state: PipelineState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `<!-- lailatov:state ${json} -->`;
}

export function parseStateMarker(body: string): PipelineState | null {
  const m = MARKER.exec(body);
  if (!m?.[1]) return null;
  try {
    const v = JSON.parse(m[1]) as { v?: unknown };
    return v.v === 1 ? (v as PipelineState) : null;
  } catch {
    return null;
  }
}
