// Remediate on GitHub: one round of fixes pushed to the agent branch, then back to review; a
// round that cannot make progress escalates.
import { decideAfterRemediation } from '../../stages/closing.js';
import { publishState } from '../../stages/pipeline.js';
import { remediate, remediateRequests, type RemediationRequest } from '../../stages/remediate.js';
import { chain, type Skipped, type StageContext, type StageReport } from '../context.js';
import { finishPipeline } from '../finish.js';
import { issueNonce } from '../dispatch-nonce.js';
import { parseMarker, renderMarker } from '../pr-marker.js';
import { runHumanReviewRound } from './human-round.js';
import { openPipelineState, publishPrProgress, terminalOf } from './pr-state.js';
import { report } from './report.js';

export async function runRemediate(
  ctx: StageContext,
  /** What people asked for (the `fix` command): the round does that instead of the findings. */
  requests?: readonly RemediationRequest[],
): Promise<StageReport | Skipped> {
  // A person's review or mention on the PR: a round on exactly those comments.
  if (ctx.plan.feedback) return runHumanReviewRound(ctx, ctx.plan.feedback);
  const opened = await openPipelineState(ctx);
  if ('skipped' in opened) return opened;
  const { pull, start } = opened;
  const { deps } = ctx.session;
  const m = requests
    ? await remediateRequests(deps, { head: pull.headRef, state: start, requests })
    : await remediate(deps, { head: pull.headRef, state: start });
  const state = m.state;
  ctx.recovery.stages = state.stages;
  const open = state.findings.filter((f) => f.status === 'open').length;
  const base = {
    issue: start.issue,
    correlationId: state.correlationId,
    stages: state.stages,
    before: start.stages,
    round: state.round,
  };
  const shared = { pr: pull.number, branch: pull.headRef, findings: open };
  // Keep the GitHub marker in the body; the progress comment is edited by id when it is known.
  // The review this run dispatches runs only for the new nonce kept there.
  const marker = parseMarker(pull.body) ?? {
    v: 1 as const,
    stickyId: null,
    requestedBy: null,
    verdict: null,
    reviewed: [],
    inBody: [],
  };
  const stop = decideAfterRemediation(m, null);
  const dispatch =
    stop === null ? issueNonce(marker.dispatch, 'review') : (marker.dispatch ?? null);
  ctx.session.forge.setPullBodySuffix(renderMarker({ ...marker, dispatch }));

  if (stop === null) {
    const prUrl = await publishState(
      deps,
      state,
      `remediation round ${state.round} pushed; waiting for review`,
    );
    // No progress edit here: the review this dispatches edits the comment a moment later.
    await chain(ctx, 'review', {
      issue: start.issue,
      pr: pull.number,
      round: state.round,
      correlationId: state.correlationId,
      headSha: m.commit ?? opened.headSha,
      nonce: dispatch?.pending?.nonce ?? null,
    });
    return report(base, {
      ...shared,
      prUrl,
      outcome: 'remediated',
      why: `${m.detail}. Review was dispatched.`,
    });
  }
  const { outcome, summary } = stop;
  const prUrl = await publishState(
    deps,
    state,
    `stopped: ${outcome}`,
    `## Outcome: ${outcome}\n\n${summary}`,
  );
  await publishPrProgress(opened, marker, {
    step: 'remediate',
    outcome,
    note: summary.split('\n')[0] ?? '',
    state,
    prUrl,
  });
  await finishPipeline(
    ctx,
    await terminalOf(ctx, opened, state, {
      outcome,
      summary,
      headSha: m.commit ?? opened.headSha,
      riskTier: null,
    }),
  );
  return report(base, {
    ...shared,
    prUrl,
    outcome,
    why: summary,
    failure: outcome === 'infra_error' ? summary : null,
  });
}
