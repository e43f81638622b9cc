// `review` on a person's PR: the review stage (risk gate, tests, AI review, a spec audit against
// the linked issue's acceptance criteria when triage recorded them), the inline suggestions and
// the check run. It never pushes and never edits the PR body: the PR is not the suite's.
import { completeReviewCheck, startReviewCheck } from '../../forge/github/checks.js';
import { postReviewRound } from '../../forge/github/review-poster.js';
import type { PullSummary } from '../../forge/github/pulls.js';
import { initialState } from '../../stages/pipeline.js';
import { review } from '../../stages/review.js';
import type { StageContext, StageReport } from '../context.js';
import { IssueProgress } from '../progress.js';
import { report } from '../stages/report.js';

/** The issue a PR body closes (`Fixes #12`, `Closes #12`, `Resolves #12`), or null. */
export function linkedIssue(body: string): number | null {
  const m = /\b(?:fix(?:e[sd])?|close[sd]?|resolve[sd]?)\s+#(\d{1,9})\b/i.exec(body);
  return m ? Number(m[1]) : null;
}

export async function reviewHumanPull(
  ctx: StageContext,
  pull: PullSummary,
  title: string,
): Promise<StageReport> {
  const { deps, forge } = ctx.session;
  const repo = ctx.runner.repo;
  const issue = linkedIssue(pull.body);
  const criteria = issue
    ? ((await new IssueProgress(ctx.octokit, repo, forge, issue, ctx.runner.runUrl).state())
        ?.verdict?.acceptanceCriteria ?? [])
    : [];
  const state = {
    ...initialState(issue ?? 0, pull.baseRef),
    branch: pull.headRef,
    title,
    acceptanceCriteria: criteria,
  };
  const check = await startReviewCheck(ctx.octokit, {
    repo,
    headSha: pull.headSha,
    title: 'reviewing (requested by a comment)',
    detailsUrl: ctx.runner.runUrl,
  });
  ctx.recovery.check = check;
  const r = await review(deps, { head: pull.headRef, state });
  const open = r.state.findings.filter((f) => f.status === 'open');
  if (r.verdict === 'clean' || r.verdict === 'findings') {
    const diff = await forge.diff(pull.baseRef, pull.headRef);
    await postReviewRound(ctx.octokit, {
      repo,
      pr: pull.number,
      headSha: pull.headSha,
      round: 0,
      findings: r.state.findings,
      summary:
        r.verdict === 'clean'
          ? `✅ No blocking or major findings. ${r.reasons[0] ?? ''}`
          : `Findings (${open.length} open). Suggestions are inline.`,
      alreadyPosted: false,
      inBodyBefore: [],
      patches: new Map(diff.map((d) => [d.path, d.patch])),
    });
  }
  const why = r.reasons.join('\n') || r.verdict;
  await completeReviewCheck(ctx.octokit, check, {
    repo,
    headSha: pull.headSha,
    conclusion:
      r.verdict === 'clean'
        ? 'success'
        : r.verdict === 'findings' || r.verdict === 'blocked'
          ? 'failure'
          : 'neutral',
    title: `${r.verdict}${r.risk ? ` · risk ${r.risk.tier}` : ''}`,
    summary: why,
    findings: r.state.findings,
    detailsUrl: ctx.runner.runUrl,
  });
  ctx.recovery.check = null;
  return report(
    { issue, correlationId: null, stages: r.state.stages, before: [], round: 0 },
    {
      outcome: r.verdict,
      why: `${r.verdict}: ${open.length} open finding(s). ${why.split('\n')[0] ?? ''}`,
      pr: pull.number,
      prUrl: pull.url,
      branch: pull.headRef,
      riskTier: r.risk?.tier ?? null,
      findings: open.length,
    },
  );
}
