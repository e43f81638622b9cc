// Review on GitHub: the stage's verdict, published as one PR review with inline comments, the
// `LailaTov review` check run and the PR state; then ready for review, remediation or escalation.
import { publishReviewCheck, type CheckConclusion } from '../../forge/github/checks.js';
import { wrapApiError } from '../../forge/github/errors.js';
import { LABELS } from '../../forge/github/labels.js';
import { fullName } from '../../forge/github/repo.js';
import { postReviewRound } from '../../forge/github/review-poster.js';
import { budgetLeft } from '../../stages/ledger.js';
import { escalationReason, escalationSummary, publishState } from '../../stages/pipeline.js';
import { review, type ReviewVerdict } from '../../stages/review.js';
import { chain, type StageContext, type StageReport } from '../context.js';
import { finishPipeline, type Terminal } from '../finish.js';
import { IssueProgress } from '../progress.js';
import { parseMarker, renderMarker } from '../pr-marker.js';
import { openPipelineState } from './pr-state.js';
import { report } from './report.js';

const CONCLUSION: Record<ReviewVerdict, CheckConclusion> = {
  clean: 'success',
  findings: 'failure',
  blocked: 'failure',
  // Nothing was judged: neither a pass nor a fail.
  no_changes: 'neutral',
  infra_error: 'neutral',
};

const RISK_LABEL = {
  high: LABELS.riskHigh,
  medium: LABELS.riskMedium,
  low: LABELS.riskLow,
} as const;

export async function runReview(ctx: StageContext): Promise<StageReport> {
  const { deps, forge, config } = ctx.session;
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
  const progress = new IssueProgress(ctx.octokit, ctx.runner.repo, forge, issue, ctx.runner.runUrl);

  const r = await review(deps, { head: pull.headRef, state: start });
  const state = r.state;
  ctx.recovery.stages = state.stages;
  const headSha = state.reviewedSha ?? pull.headSha;
  ctx.recovery.headSha = headSha;
  const open = state.findings.filter((f) => f.status === 'open');
  const tier = r.risk?.tier ?? null;
  const base = {
    issue,
    correlationId: state.correlationId,
    stages: state.stages,
    before: start.stages,
    round: state.round,
  };
  const why = r.reasons.join('\n') || r.verdict;

  // Decide what comes next before publishing, so the PR body says it.
  let next:
    | 'ready'
    | 'remediate'
    | 'escalated'
    | 'budget_exceeded'
    | 'blocked'
    | 'no_changes'
    | 'infra_error';
  let stopReason = '';
  if (r.verdict === 'clean') next = 'ready';
  else if (r.verdict === 'findings') {
    const reason = escalationReason(deps, state);
    if (reason) [next, stopReason] = ['escalated', reason];
    else if (budgetLeft(config, state.stages) <= 0)
      [next, stopReason] = [
        'budget_exceeded',
        `the issue budget of $${config.budgets.issue} is spent`,
      ];
    else next = 'remediate';
  } else next = r.verdict;

  const status =
    next === 'ready'
      ? 'ready for review (a human reviews and merges)'
      : next === 'remediate'
        ? `review round ${state.round}: findings; remediation round ${state.round + 1} is next`
        : `stopped: ${next}`;
  const summary =
    next === 'escalated' || next === 'budget_exceeded'
      ? escalationSummary(stopReason, state, r)
      : why;
  // The marker tells where the progress comment is and which rounds were posted; a PR opened
  // before it existed falls back to reading the issue.
  const marker = parseMarker(pull.body) ?? {
    v: 1 as const,
    stickyId: await progress.stickyId(),
    requestedBy: (await progress.state())?.requestedBy ?? null,
    verdict: null,
    reviewed: [],
    inBody: [],
  };
  const roundKey = `${state.round}@${headSha}`;
  let posted: readonly string[] = [];
  if (r.verdict === 'clean' || r.verdict === 'findings') {
    const diff = await forge.diff(state.base, pull.headRef);
    const res = await postReviewRound(ctx.octokit, {
      repo: ctx.runner.repo,
      pr: pull.number,
      headSha,
      round: state.round,
      findings: state.findings,
      summary:
        r.verdict === 'clean'
          ? `✅ No blocking or major findings. ${r.reasons[0] ?? ''}`
          : `Findings to fix (${open.length} open).`,
      alreadyPosted: marker.reviewed.includes(roundKey),
      inBodyBefore: marker.inBody,
      patches: new Map(diff.map((d) => [d.path, d.patch])),
    });
    posted = res.inBodyPosted;
  }
  forge.setPullBodySuffix(
    renderMarker({
      ...marker,
      reviewed: [...new Set([...marker.reviewed, roundKey])],
      inBody: [...new Set([...marker.inBody, ...posted])],
    }),
  );
  const prUrl = await publishState(
    deps,
    state,
    status,
    next === 'ready' || next === 'remediate' ? undefined : `## Outcome: ${next}\n\n${summary}`,
  );

  await publishReviewCheck(ctx.octokit, {
    repo: ctx.runner.repo,
    headSha,
    conclusion: CONCLUSION[r.verdict],
    title: `${r.verdict}${tier ? ` · risk ${tier}` : ''} · round ${state.round}`,
    summary: why,
    findings: state.findings,
    detailsUrl: ctx.runner.runUrl,
  });
  const riskLabel = tier && tier !== 'none' ? RISK_LABEL[tier].name : null;
  if (riskLabel && !forge.labelsOf(pull.number).includes(riskLabel))
    await forge.addLabels(pull.number, [riskLabel]);

  const shared = {
    pr: pull.number,
    prUrl,
    branch: pull.headRef,
    riskTier: tier,
    findings: open.length,
  };
  const terminal: Omit<Terminal, 'outcome' | 'summary'> = {
    issue,
    correlationId: state.correlationId,
    stages: state.stages,
    pr: pull.number,
    branch: pull.headRef,
    headSha,
    riskTier: tier,
    checks: state.checks,
    changedFiles: await forge.changedFiles(state.base, pull.headRef),
    findings: state.findings,
    round: state.round,
  };
  const publish = (outcome: string | null, note: string) =>
    marker.stickyId !== null
      ? progress.publish(
          {
            step: outcome === 'ready' ? 'ready' : next === 'remediate' ? 'remediate' : 'review',
            outcome,
            note,
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
        )
      : Promise.resolve('');

  if (next === 'remediate') {
    await publish(
      null,
      `review round ${state.round} found ${open.length} finding(s); fixing them.`,
    );
    await chain(ctx, 'remediate', {
      issue,
      pr: pull.number,
      round: state.round,
      correlationId: state.correlationId,
    });
    return report(base, {
      ...shared,
      outcome: 'findings',
      why: `${why}\n\nRemediation round ${state.round + 1} was dispatched.`,
    });
  }
  if (next === 'ready') {
    await forge.markReady(pull.headRef);
    const reviewer = marker.requestedBy;
    if (r.risk?.humanApprovalRequired && reviewer) {
      try {
        await ctx.octokit.rest.pulls.requestReviewers({
          ...ctx.runner.repo,
          pull_number: pull.number,
          reviewers: [reviewer],
        });
      } catch (error) {
        throw wrapApiError(error, {
          repo: fullName(ctx.runner.repo),
          doing: `requesting a review from ${reviewer}`,
        });
      }
    }
  }
  await publish(
    next,
    next === 'ready' ? 'the PR is ready for a human review.' : (summary.split('\n')[0] ?? ''),
  );
  await finishPipeline(ctx, { ...terminal, outcome: next, summary });
  return report(base, {
    ...shared,
    outcome: next,
    why: summary,
    failure:
      next === 'infra_error' || next === 'no_changes' ? `review ended with ${next}: ${why}` : null,
  });
}
