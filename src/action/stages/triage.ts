// Triage on GitHub: the stage's verdict, the progress comment, and the dispatch to write.
import { randomUUID } from 'node:crypto';
import { LABELS } from '../../forge/github/labels.js';
import { isBot } from '../../forge/github/events/parse-event.js';
import { triage } from '../../stages/triage.js';
import { chain, type StageContext, type StageReport } from '../context.js';
import { finishPipeline } from '../finish.js';
import { issueNonce } from '../dispatch-nonce.js';
import { IssueProgress, type IssueState } from '../progress.js';
import { report } from './report.js';

/**
 * Why write must not be dispatched again for this issue (null: it may): a write already
 * dispatched that has not ended, or an open agent PR. A re-run of triage (a second label, a
 * re-run job) would otherwise pay for a second write of the same issue.
 */
async function writeUnderway(ctx: StageContext, prior: IssueState | null): Promise<string | null> {
  const again =
    'it is not started twice. To start it again by hand, run the workflow with stage `write`.';
  if (prior?.dispatch?.pending?.stage === 'write')
    return `a write for this issue was already dispatched; ${again}`;
  if (prior?.writing) return `a write for this issue is under way (run ${prior.writing}); ${again}`;
  if (prior?.pr != null) {
    const pull = await ctx.session.forge.pullByNumber(prior.pr);
    if (pull.open)
      return `PR #${pull.number} is already open for this issue; write is not started twice.`;
  }
  return null;
}

export async function runTriage(ctx: StageContext): Promise<StageReport> {
  const issue = ctx.plan.issue;
  if (issue === null) throw new Error('triage needs an issue number');
  const { deps, forge, config } = ctx.session;
  const progress = new IssueProgress(ctx.octokit, ctx.runner.repo, forge, issue, ctx.runner.runUrl);
  const prior = await progress.state();
  const correlationId = prior?.correlationId ?? ctx.plan.correlationId ?? randomUUID();
  const before = prior?.stages ?? [];
  Object.assign(ctx.recovery, { issue, correlationId, stages: before });

  await forge.addLabels(issue, [LABELS.working.name]);
  const t = await triage(deps, issue);
  const stages = [...before, t.stage];
  ctx.recovery.stages = stages;
  const requestedBy = prior?.requestedBy ?? (isBot(ctx.plan.sender) ? null : ctx.plan.sender.login);
  const state: IssueState = {
    v: 1,
    correlationId,
    verdict: 'verdict' in t ? t.verdict : (prior?.verdict ?? null),
    stages,
    requestedBy,
    pr: prior?.pr ?? null,
    prUrl: prior?.prUrl ?? null,
    dispatch: prior?.dispatch ?? null,
    writing: prior?.writing ?? null,
  };
  const base = { issue, correlationId, stages, before, round: 0 };

  if (t.outcome === 'clear') {
    const underway = await writeUnderway(ctx, prior);
    if (underway !== null) {
      await progress.publish(
        {
          step: 'write',
          outcome: null,
          note: `triage found the issue clear; ${underway}`,
          round: 0,
          stages,
          prUrl: state.prUrl,
        },
        state,
      );
      return report(base, {
        outcome: 'clear',
        why: `Clear (confidence ${t.verdict.confidence}), but no write was dispatched: ${underway}`,
      });
    }
    const dispatch = issueNonce(prior?.dispatch, 'write');
    await progress.publish(
      {
        step: 'write',
        outcome: null,
        note: 'triage found the issue clear; writing the change.',
        round: 0,
        stages,
        prUrl: state.prUrl,
      },
      { ...state, dispatch },
    );
    await chain(ctx, 'write', {
      issue,
      pr: null,
      round: 0,
      correlationId,
      headSha: null,
      nonce: dispatch.pending?.nonce ?? null,
    });
    return report(base, {
      outcome: 'clear',
      why: `Clear (confidence ${t.verdict.confidence}). ${t.verdict.acceptanceCriteria.length} acceptance criteria; the write stage was dispatched.`,
      details: t.verdict.acceptanceCriteria.map((c) => `- ${c}`),
    });
  }

  const terminal = {
    issue,
    correlationId,
    stages,
    pr: null,
    branch: null,
    headSha: null,
    riskTier: null,
    checks: {},
    changedFiles: [],
    findings: [],
    round: 0,
  };
  if (t.outcome === 'needs_clarification') {
    await progress.publish(
      {
        step: 'triage',
        outcome: 'needs_clarification',
        note: `waiting for an answer: ${t.question}`,
        round: 0,
        stages,
        prUrl: null,
      },
      state,
    );
    await finishPipeline(ctx, { ...terminal, outcome: 'needs_clarification', summary: t.question });
    return report(base, {
      outcome: 'needs_clarification',
      why: `Asked on the issue: ${t.question}. A reply from the author or a writer re-runs triage (label \`${config.labels.needsClarification}\`).`,
    });
  }
  await progress.publish(
    {
      step: 'triage',
      outcome: t.outcome,
      note: `${t.error}. ${t.retryHint}`,
      round: 0,
      stages,
      prUrl: null,
    },
    state,
  );
  await finishPipeline(ctx, { ...terminal, outcome: t.outcome, summary: t.error });
  return report(base, {
    outcome: t.outcome,
    why: `Triage stopped (${t.outcome}): ${t.error}. ${t.retryHint}`,
    failure: `triage ended with ${t.outcome}: ${t.error}`,
  });
}
