import { z } from 'zod';
import {
  CHECK_RESULTS,
  FINDING_STATUSES,
  type CheckResult,
  type StageRecord,
} from '../core/outcomes/index.js';
import { SEVERITIES, type TrackedFinding } from '../core/findings.js';

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

const MARKER = /<!-- lailatov:state (\{.*?\}) -->/gs;

const count = z.number().int().min(0);
const tokens = z.object({ input: count, output: count, cacheRead: count, cacheWrite: count });
const stageSchema = z.object({
  stage: z.string(),
  engine: z.string(),
  model: z.string(),
  provider: z.string(),
  costUsd: z.number().nullable(),
  tokens,
  turns: count,
  durationMs: z.number().min(0),
  outcome: z.string(),
  // An engine chain's links (src/core/outcomes/schema.ts StageLink): kept across stages.
  links: z
    .array(
      z.object({
        engine: z.string(),
        model: z.string(),
        outcome: z.string(),
        costUsd: z.number().nullable(),
        tokens,
        turns: count,
        durationMs: z.number().min(0),
        detail: z.string().optional(),
      }),
    )
    .optional(),
});
const findingSchema = z.object({
  severity: z.enum(SEVERITIES),
  path: z.string().nullable(),
  lines: z.object({ start: count, end: count }).nullable(),
  rule: z.string(),
  message: z.string(),
  suggestion: z.string().nullable(),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  status: z.enum(FINDING_STATUSES),
  firstRound: count,
  survivedRounds: count,
});
/** The marker is read back from a body others can edit: every field is checked, not cast. */
const stateSchema = z.object({
  v: z.literal(1),
  correlationId: z.string(),
  issue: count,
  branch: z.string(),
  base: z.string(),
  title: z.string(),
  acceptanceCriteria: z.array(z.string()),
  plan: z.string().nullable(),
  summary: z.string(),
  round: count,
  stages: z.array(stageSchema),
  findings: z.array(findingSchema),
  reviewedSha: z.string().nullable(),
  checks: z.record(z.string(), z.enum(CHECK_RESULTS)),
  testFailure: z.string().nullable(),
});

/** The hidden marker. `<`, `>` are escaped so no text in the state can end the HTML comment. */
export function renderStateMarker(state: PipelineState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `<!-- lailatov:state ${json} -->`;
}

/**
 * The state in a PR body, or null. The suite writes its marker last, so only the last one
 * counts: a marker planted earlier in the text (an agent summary quoting one) is ignored. A
 * marker that is not valid JSON or not a whole state is null, never a partial state.
 */
export function parseStateMarker(body: string): PipelineState | null {
  const last = [...body.matchAll(MARKER)].at(-1)?.[1];
  if (last === undefined) return null;
  let json: unknown;
  try {
    json = JSON.parse(last);
  } catch {
    return null;
  }
  const r = stateSchema.safeParse(json);
  return r.success ? r.data : null;
}

/** Free text placed in a PR body (summaries, plans) can never open an HTML comment (a marker). */
export function neutralizeMarkers(text: string): string {
  return text.replace(/<!--/g, '&lt;!--');
}
