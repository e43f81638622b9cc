// The code review of a diff of any size: the diff is split into parts by risk (pack.ts), each
// part is reviewed in its own call, several at a time, and the answers are merged into one
// review. Only the review budget leaves a file out: the calls are planned highest risk first,
// each reserving what it could cost at most, and the parts the budget cannot pay for (the
// lowest-risk ones) are named in the review, never dropped silently.
import type { z } from 'zod';
import type { StageRecord } from '../core/outcomes/index.js';
import { worstCaseUsd, type CallBudget } from './call-budget.js';
import { stageFromModel, spentBy, type SpentBeforeFailing } from './deps.js';
import {
  describeFinding,
  fingerprint,
  type ReviewFinding,
  type TrackedFinding,
} from '../core/findings.js';
import type { DiffChunk } from './pack.js';
import type { Model, ModelRequest, ModelResponse, UntrustedText } from './ports.js';

/** The review model's answer for one part (and, merged, for the whole diff). */
export interface ReviewAnswer {
  readonly summary: string;
  readonly findings: ReviewFinding[];
  readonly previous: { fingerprint: string; status: 'open' | 'resolved' }[];
}

/** What the review read of the diff, for the result and the CLI's JSON. */
export interface ReviewedDiff {
  /** Files reviewed (whole, or cut when too big for one call), in review order. */
  readonly included: readonly string[];
  /** Files left out because the review budget could not pay for their part. */
  readonly omitted: readonly string[];
  /** Files whose patch was too big for one call: only their first hunks were reviewed. */
  readonly cut: readonly string[];
  readonly tokens: number;
  /** Review calls made (one per part). */
  readonly calls: number;
}

export interface PartPlan {
  readonly chunk: DiffChunk;
  readonly prompt: string;
  readonly maxTokens: number;
  readonly budget: CallBudget & { ok: true };
}

export interface ReviewPlan {
  readonly parts: readonly PartPlan[];
  /** Parts the budget could not pay for, lowest risk last. */
  readonly leftOut: readonly DiffChunk[];
  /** Why the first part left out was left out (null: nothing was). */
  readonly reason: string | null;
}

function partBlock(text: UntrustedText, chunk: DiffChunk, i: number, total: number): string {
  const split =
    total === 1
      ? `The whole diff is shown (${chunk.files.length} file(s)).`
      : `The diff is split by risk tier (high, medium, low) into ${total} parts, each reviewed in its own call; this is part ${i + 1} of ${total} (${chunk.files.length} file(s), tier ${chunk.tier}). Report only what you see in this part.`;
  const cut =
    chunk.cut.length > 0
      ? `\nThese patches are too big for one call; only their first hunks are shown (say so if that matters):\n${text.fence(chunk.cut.join('\n'), 'the files cut')}`
      : '';
  return `## What you are shown\n\n${split}${cut}`;
}

function previousBlock(text: UntrustedText, open: readonly TrackedFinding[]): string {
  if (open.length === 0) return '';
  const list = open.map((f) => `- ${f.fingerprint}: ${describeFinding(f)}`).join('\n');
  return `## Findings from earlier rounds\n\nFor each, answer in \`previous\` whether it is now resolved or still open:\n\n${text.fence(list, 'findings from earlier rounds')}`;
}

/** The earlier findings each part is asked about: by file; those of no shown file go to the first. */
function findingsByPart(
  chunks: readonly DiffChunk[],
  open: readonly TrackedFinding[],
): TrackedFinding[][] {
  const partOf = new Map<string, number>();
  chunks.forEach((c, i) => c.files.forEach((f) => partOf.set(f, i)));
  const out = chunks.map((): TrackedFinding[] => []);
  for (const f of open) out[(f.path !== null ? partOf.get(f.path) : undefined) ?? 0]?.push(f);
  return out;
}

/**
 * Plans one call per part, highest risk first. Each call's budget is what the review budget has
 * left after the calls planned before it (and `reservedUsd`, the audit's share) have reserved
 * their worst case; the first part the budget cannot pay for ends the plan.
 */
export function planReview(o: {
  readonly chunks: readonly DiffChunk[];
  readonly header: string;
  readonly system: string;
  readonly model: string;
  readonly text: UntrustedText;
  readonly earlierOpen: readonly TrackedFinding[];
  readonly reservedUsd: number;
  /** The ceiling of one call, given what the stage run has already reserved. */
  readonly budgetFor: (prompt: string, reservedUsd: number) => CallBudget;
}): ReviewPlan {
  const asked = findingsByPart(o.chunks, o.earlierOpen);
  const parts: PartPlan[] = [];
  let reserved = o.reservedUsd;
  for (const [i, chunk] of o.chunks.entries()) {
    const prompt = [
      o.header,
      partBlock(o.text, chunk, i, o.chunks.length),
      previousBlock(o.text, asked[i] ?? []),
      o.text.fence(chunk.text, 'diff'),
    ]
      .filter((p) => p !== '')
      .join('\n\n');
    const budget = o.budgetFor(`${o.system}\n${prompt}`, reserved);
    if (!budget.ok) return { parts, leftOut: o.chunks.slice(i), reason: budget.reason };
    parts.push({ chunk, prompt, maxTokens: budget.maxTokens, budget });
    reserved += worstCaseUsd(o.model, `${o.system}\n${prompt}`, budget.maxTokens) ?? 0;
  }
  return { parts, leftOut: [], reason: null };
}

/** Runs `fn` over `items`, at most `limit` at a time, results in the items' order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = { status: 'fulfilled', value: await fn(items[i] as T, i) };
      } catch (reason) {
        results[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Findings of several parts as one list: the same finding (same fingerprint) once. */
export function dedupeFindings(findings: readonly ReviewFinding[]): ReviewFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = fingerprint(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The parts' answers as one: findings deduplicated, one summary. */
export function mergeAnswers(answers: readonly ReviewAnswer[]): ReviewAnswer {
  const summaries = [...new Set(answers.map((a) => a.summary.trim()).filter((s) => s !== ''))];
  return {
    summary:
      answers.length <= 1
        ? (summaries[0] ?? '')
        : `Reviewed in ${answers.length} parts. ${summaries.join(' ')}`.trim(),
    findings: dedupeFindings(answers.flatMap((a) => a.findings)),
    previous: answers.flatMap((a) => a.previous),
  };
}

/** What several calls spent together: tokens summed, cost summed (unknown if any is unknown). */
export function totalSpent(parts: readonly SpentBeforeFailing[]): SpentBeforeFailing {
  const sum = (k: keyof SpentBeforeFailing['usage']) => parts.reduce((a, p) => a + p.usage[k], 0);
  return {
    costUsd: parts.some((p) => p.costUsd === null)
      ? null
      : parts.reduce((a, p) => a + (p.costUsd ?? 0), 0),
    usage: {
      input: sum('input'),
      output: sum('output'),
      cacheRead: sum('cacheRead'),
      cacheWrite: sum('cacheWrite'),
    },
  };
}

/** The parts' calls as one stage record: costs and tokens summed (unknown stays unknown). */
export function mergeRecords(
  records: readonly StageRecord[],
  wallMs: number,
  outcome: string,
): StageRecord {
  const first = records[0];
  if (!first) throw new Error('mergeRecords needs at least one record');
  if (records.length === 1) return { ...first, outcome };
  const spent = totalSpent(records.map((r) => ({ costUsd: r.costUsd, usage: r.tokens })));
  return {
    ...first,
    costUsd: spent.costUsd,
    tokens: spent.usage,
    turns: records.reduce((a, r) => a + r.turns, 0),
    durationMs: wallMs,
    outcome,
  };
}

export type PartsOutcome =
  | {
      readonly ok: true;
      readonly answer: ReviewAnswer;
      readonly record: StageRecord;
      readonly responses: readonly ModelResponse<ReviewAnswer>[];
    }
  | {
      readonly ok: false;
      readonly error: unknown;
      /** What the calls spent, the failed ones included (their errors carry their usage). */
      readonly spent: SpentBeforeFailing;
    };

/** Sends the planned calls, `concurrency` at a time, and merges what they answered. */
export async function runParts(o: {
  readonly plan: ReviewPlan;
  readonly model: Model;
  readonly request: (part: PartPlan) => ModelRequest<ReviewAnswer>;
  readonly concurrency: number;
  readonly now: () => number;
}): Promise<PartsOutcome> {
  const started = o.now();
  const settled = await mapLimit(o.plan.parts, o.concurrency, (part) =>
    o.model.complete(o.request(part)),
  );
  const wall = o.now() - started;
  const done = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  const firstFailure = failed[0];
  if (firstFailure !== undefined) {
    return {
      ok: false,
      error: firstFailure,
      spent: totalSpent([
        ...done.map((r) => ({ costUsd: r.costUsd, usage: r.usage })),
        ...failed.map(spentBy),
      ]),
    };
  }
  const answer = mergeAnswers(done.map((r) => r.value));
  const record = mergeRecords(
    done.map((r) => stageFromModel('review', r, 'review')),
    wall,
    answer.findings.length > 0 ? 'findings' : 'clean',
  );
  return { ok: true, answer, record, responses: done };
}

/** The files of the plan: reviewed, cut, left out. */
export function reviewedDiff(plan: ReviewPlan): ReviewedDiff {
  return {
    included: plan.parts.flatMap((p) => p.chunk.files),
    omitted: plan.leftOut.flatMap((c) => c.files),
    cut: plan.parts.flatMap((p) => p.chunk.cut),
    tokens: plan.parts.reduce((a, p) => a + p.chunk.tokens, 0),
    calls: plan.parts.length,
  };
}

/** The sentence of the review that names every file left out, and why. */
export function leftOutReason(plan: ReviewPlan): string | null {
  const files = plan.leftOut.flatMap((c) => c.files);
  if (files.length === 0) return null;
  return `${files.length} file(s) were NOT reviewed, the lowest-risk ones, because ${plan.reason ?? 'the review budget ran out'}: ${files.join(', ')}`;
}

export type ReviewSchema = z.ZodType<ReviewAnswer>;
