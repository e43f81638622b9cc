// Consuming a chaining dispatch's nonce (dispatch-nonce.ts) before a stage does anything: the
// nonce is checked against the state the previous stage wrote, then marked used there.
import type { PullSummary } from '../forge/github/pulls.js';
import type { Skipped, StageContext } from './context.js';
import { markUsed, nonceRefusal } from './dispatch-nonce.js';
import { parseMarker, replaceMarker } from './pr-marker.js';
import type { IssueProgress } from './progress.js';

type Ctx = Pick<StageContext, 'plan' | 'runner' | 'session'>;

/** nonceRefusal gives a reason whenever there is no ledger or no nonce; this is for the types. */
const refusal = (reason: string | null): Skipped => ({
  skipped: reason ?? 'ignored: there is no pending dispatch to run',
  outcome: 'ignored',
});

/** Write, dispatched by triage: the nonce lives in the issue's progress comment. */
export async function claimIssueDispatch(
  ctx: Ctx,
  progress: IssueProgress,
): Promise<Skipped | null> {
  const { chained, stage } = ctx.plan;
  if (chained === null) return null;
  const state = await progress.state();
  const ledger = state?.dispatch ?? null;
  const { runId } = ctx.runner;
  const refused = nonceRefusal(
    ledger,
    { stage, nonce: chained.nonce, where: `the progress comment of #${progress.issue}` },
    runId,
  );
  if (refused !== null || state === null || ledger === null || chained.nonce === null)
    return refusal(refused);
  // `writing` tells a re-run of triage that this write is under way (no second dispatch).
  await progress.rewriteState({
    ...state,
    dispatch: markUsed(ledger, chained.nonce, runId),
    writing: runId,
  });
  return null;
}

/** Review and remediate, dispatched by the stage before: the nonce lives in the PR body. */
export async function claimPullDispatch(
  ctx: Ctx,
  pull: PullSummary,
): Promise<PullSummary | Skipped> {
  const { chained, stage } = ctx.plan;
  if (chained === null) return pull;
  const marker = parseMarker(pull.body);
  const ledger = marker?.dispatch ?? null;
  const { runId } = ctx.runner;
  const refused = nonceRefusal(
    ledger,
    { stage, nonce: chained.nonce, where: `the body of PR #${pull.number}` },
    runId,
  );
  if (refused !== null || marker === null || ledger === null || chained.nonce === null)
    return refusal(refused);
  const body = replaceMarker(pull.body, {
    ...marker,
    dispatch: markUsed(ledger, chained.nonce, runId),
  });
  return ctx.session.forge.updatePullBody(pull, body);
}
