// The one-time nonce of a chaining dispatch. repository_dispatch can be sent by any workflow
// that holds a token with contents: write, and arrives as github-actions[bot] like the suite's
// own: the sender alone proves nothing. So the stage that chains writes a fresh nonce into the
// state it owns (the progress comment, the PR body) before it dispatches, and the next
// stage runs only for that nonce, once. A re-run of the same workflow run (same run id, another
// attempt) may use it again: that is a retry of the same dispatch, not a new one.
import { randomUUID } from 'node:crypto';
import type { ChainedStage } from '../github/events.js';

export interface PendingDispatch {
  readonly nonce: string;
  /** The stage the nonce starts. */
  readonly stage: ChainedStage;
  /** The workflow run that consumed it; null while it waits. */
  readonly usedBy: string | null;
}

const STAGES: readonly string[] = ['triage', 'write', 'review', 'remediate'];

export function newDispatch(stage: ChainedStage): PendingDispatch {
  return { nonce: randomUUID(), stage, usedBy: null };
}

/** The pending dispatch read back from state others can edit: checked, not cast. */
export function parsePending(value: unknown): PendingDispatch | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.nonce !== 'string' || typeof v.stage !== 'string' || !STAGES.includes(v.stage))
    return null;
  return {
    nonce: v.nonce,
    stage: v.stage as ChainedStage,
    usedBy: typeof v.usedBy === 'string' ? v.usedBy : null,
  };
}

/** Why a dispatch for `stage` with `nonce` may not run in run `runId`; null when it may. */
export function nonceRefusal(
  pending: PendingDispatch | null,
  got: { readonly stage: ChainedStage; readonly nonce: string | null; readonly where: string },
  runId: string,
): string | null {
  const why = (what: string) =>
    `ignored: this ${got.stage} dispatch ${what}; only the nonce the previous stage wrote into ${got.where} starts the next stage, once.`;
  if (got.nonce === null) return why('carries no nonce');
  if (pending === null || pending.nonce !== got.nonce || pending.stage !== got.stage)
    return why('carries an unknown nonce');
  if (pending.usedBy !== null && pending.usedBy !== runId)
    return why(`carries a nonce already used by run ${pending.usedBy}`);
  return null;
}

export function markUsed(pending: PendingDispatch, runId: string): PendingDispatch {
  return { ...pending, usedBy: runId };
}
