// Consuming a chaining dispatch's nonce (dispatch-nonce.ts) before a stage does anything: the
// nonce is checked against the state the previous stage wrote, then marked used there.
import type { PullSummary } from '../forge/github/pulls.js';
import type { Skipped, StageContext } from './context.js';
import { markUsed, nonceRefusal } from './dispatch-nonce.js';
import { parseMarker, replaceMarker } from './pr-marker.js';
import type { IssueProgress } from './progress.js';

type Ctx = Pick<StageContext, 'plan' | 'runner' | 'session'>;

const refusal = (skipped: string): Skipped => ({ skipped, outcome: 'ignored' });

/** Write, dispatched by triage: the nonce lives in the issue's progress comment. */
export async function claimIssueDispatch(
  ctx: Ctx,
  progress: IssueProgress,
): Promise<Skipped | null> {
  const { chained, stage } = ctx.plan;
  if (chained === null) return null;
  const state = await progress.state();
  const pending = state?.dispatch ?? null;
  const refused = nonceRefusal(
    pending,
    { stage, nonce: chained.nonce, where: `the progress comment of #${progress.issue}` },
    ctx.runner.runId,
  );
  if (refused !== null || state === null || pending === null) return refusal(refused ?? '');
  await progress.rewriteState({ ...state, dispatch: markUsed(pending, ctx.runner.runId) });
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
  const pending = marker?.dispatch ?? null;
  const refused = nonceRefusal(
    pending,
    { stage, nonce: chained.nonce, where: `the body of PR #${pull.number}` },
    ctx.runner.runId,
  );
  if (refused !== null || marker === null || pending === null) return refusal(refused ?? '');
  const body = replaceMarker(pull.body, {
    ...marker,
    dispatch: markUsed(pending, ctx.runner.runId),
  });
  return ctx.session.forge.updatePullBody(pull, body);
}
