// Remediate on GitHub: one round of fixes pushed to the agent branch, then back to review; a
// round that cannot make progress escalates.
import { escalationSummary, publishState } from '../../stages/pipeline.js';
import { remediate } from '../../stages/remediate.js';
import { chain, type StageContext, type StageReport } from '../context.js';
import { finishPipeline } from '../finish.js';
import { IssueProgress } from '../progress.js';
import { parseMarker, renderMarker } from '../pr-marker.js';
import { openPipelineState } from './pr-state.js';
import { report } from './report.js';

export async function runRemediate(ctx: StageContext): Promise<StageReport> {
  const { deps, forge } = ctx.session;
  const { pull, state: start } = await openPipelineState(ctx);
  const issue = start.issue;
  Object.assign(ctx.recovery, {
    issue,
    pr: pull.number,
    headSha: pull.headSha,
    branch: pull.headRef,
    correlationId: start.correlationId,
    stages: start.stages,
    round: start.round,
  });
  const m = await remediate(deps, { head: pull.headRef, state: start });
  const state = m.state;
  ctx.recovery.stages = state.stages;
  const open = state.findings.filter((f) => f.status === 'open').length;
  const base = {
    issue,
    correlationId: state.correlationId,
    stages: state.stages,
    before: start.stages,
    round: state.round,
  };
  const progress = new IssueProgress(ctx.octokit, ctx.runner.repo, forge, issue, ctx.runner.runUrl);
  // Keep the GitHub marker in the body; the progress comment is edited by id when it is known.
  const marker = parseMarker(pull.body);
  if (marker) forge.setPullBodySuffix(renderMarker(marker));

  if (m.outcome === 'changed') {
    const prUrl = await publishState(
      deps,
      state,
      `remediation round ${state.round} pushed; waiting for review`,
    );
    // No progress edit here: the review this dispatches edits the comment a moment later.
    await chain(ctx, 'review', {
      issue,
      pr: pull.number,
      round: state.round,
      correlationId: state.correlationId,
    });
    return report(base, {
      pr: pull.number,
      prUrl,
      branch: pull.headRef,
      findings: open,
      outcome: 'remediated',
      why: `${m.detail}. Review was dispatched.`,
    });
  }
  const outcome =
    m.outcome === 'budget_exceeded' || m.outcome === 'infra_error' ? m.outcome : 'escalated';
  const summary =
    outcome === 'infra_error'
      ? `Remediation failed: ${m.detail}`
      : escalationSummary(m.detail, state, null);
  const prUrl = await publishState(
    deps,
    state,
    `stopped: ${outcome}`,
    `## Outcome: ${outcome}\n\n${summary}`,
  );
  if (marker?.stickyId != null)
    await progress.publish(
      {
        step: 'remediate',
        outcome,
        note: summary.split('\n')[0] ?? '',
        round: state.round,
        stages: state.stages,
        prUrl,
      },
      {
        v: 1,
        correlationId: state.correlationId,
        verdict: marker.verdict,
        stages: state.stages,
        requestedBy: marker.requestedBy,
        pr: pull.number,
        prUrl,
      },
      marker.stickyId,
    );
  await finishPipeline(ctx, {
    outcome,
    summary,
    issue,
    correlationId: state.correlationId,
    stages: state.stages,
    pr: pull.number,
    branch: pull.headRef,
    headSha: m.commit ?? pull.headSha,
    riskTier: null,
    checks: state.checks,
    changedFiles: await forge.changedFiles(state.base, pull.headRef),
    findings: state.findings,
    round: state.round,
  });
  return report(base, {
    pr: pull.number,
    prUrl,
    branch: pull.headRef,
    findings: open,
    outcome,
    why: summary,
    failure: outcome === 'infra_error' ? summary : null,
  });
}
