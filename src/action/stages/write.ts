// Write on GitHub: the agent branch in the runner's checkout, the push, the draft PR, and the
// dispatch to review. The triage verdict comes from the issue's progress comment.
import { randomUUID } from 'node:crypto';
import { isBot } from '../../forge/github/events/parse-event.js';
import { type AgentTask } from '../../forge/github/events/dispatch.js';
import { wrapApiError } from '../../forge/github/errors.js';
import { fullName } from '../../forge/github/repo.js';
import { agentBranch } from '../../stages/context.js';
import { initialState, loadState } from '../../stages/pipeline.js';
import type { TriageVerdict } from '../../stages/triage.js';
import { write } from '../../stages/write.js';
import { chain, type Skipped, type StageContext, type StageReport } from '../context.js';
import { claimIssueDispatch } from '../dispatch-claim.js';
import { issueNonce } from '../dispatch-nonce.js';
import { finishPipeline } from '../finish.js';
import { IssueProgress, type IssueState } from '../progress.js';
import { parseMarker, renderMarker } from '../pr-marker.js';
import { taskOrigin } from '../task-status.js';
import { sourceLabel } from '../../relay/payload.js';
import { report } from './report.js';
import { planNeeded, postPlan } from '../commands/plan.js';

/** The verdict a run without triage works from: an agent-task, or write started by hand. */
function untriaged(task: AgentTask | null): TriageVerdict {
  return {
    clear: true,
    confidence: 0,
    question: null,
    defaultAssumption: null,
    why: task
      ? `dispatched as agent-task${task.source ? ` from ${task.source}` : ''}`
      : 'not triaged',
    acceptanceCriteria: [],
    complexity: task?.complexity === 'high' ? 'high' : 'standard',
  };
}

/** An agent-task with no GitHub issue (the ClickUp relay) gets one, so the work has a home. */
async function issueForTask(ctx: StageContext, task: AgentTask): Promise<number> {
  const origin = taskOrigin(task);
  const from = origin
    ? ` (${sourceLabel(origin.source)} ${origin.id}${origin.url ? `: ${origin.url}` : ''})`
    : '';
  try {
    const { data } = await ctx.octokit.rest.issues.create({
      owner: ctx.runner.repo.owner,
      repo: ctx.runner.repo.repo,
      title: task.title,
      body: `${task.description}\n\n_Opened by LailaTov from an agent-task dispatch${from}._`,
    });
    return data.number;
  } catch (error) {
    throw wrapApiError(error, {
      repo: fullName(ctx.runner.repo),
      doing: 'opening an issue for the agent-task',
    });
  }
}

export async function runWrite(ctx: StageContext): Promise<StageReport | Skipped> {
  const { deps, forge, config } = ctx.session;
  const issueNumber =
    ctx.plan.issue ?? (ctx.plan.task ? await issueForTask(ctx, ctx.plan.task) : null);
  if (issueNumber === null) throw new Error('write needs an issue number');
  const progress = new IssueProgress(
    ctx.octokit,
    ctx.runner.repo,
    forge,
    issueNumber,
    ctx.runner.runUrl,
  );
  // A bot's dispatch runs only for the nonce triage wrote, once: before anything is paid for.
  const refused = await claimIssueDispatch(ctx, progress);
  if (refused !== null) return refused;
  const [issue, prior] = await Promise.all([forge.readIssue(issueNumber), progress.state()]);
  const branch = agentBranch(issue);
  const correlationId = prior?.correlationId ?? ctx.plan.correlationId ?? randomUUID();
  // A re-run continues the state of the PR it already opened: one branch, one PR.
  const existing = await loadState(deps, branch);
  // Plan approval: a plan a writer approved is the plan write follows; without one, when the
  // config asks for approval, the plan is posted and write waits.
  const approved = prior?.plan?.approvedBy ? prior.plan.text : null;
  if (
    existing === null &&
    approved === null &&
    planNeeded(config, prior?.verdict ?? null, ctx.plan.task)
  )
    return postPlan(ctx, {
      issue,
      progress,
      prior,
      state: prior ?? {
        v: 1,
        correlationId,
        verdict: null,
        stages: [],
        requestedBy: isBot(ctx.plan.sender) ? null : ctx.plan.sender.login,
        pr: null,
        prUrl: null,
        dispatch: null,
        writing: null,
      },
    });
  if (approved !== null && issue.labels.includes(config.labels.planPending))
    await forge.removeLabels(issueNumber, [config.labels.planPending]);
  const start = existing ?? {
    ...initialState(issueNumber, config.baseBranch),
    plan: approved,
    correlationId,
    acceptanceCriteria: prior?.verdict?.acceptanceCriteria ?? [],
    stages: prior?.stages ?? [],
  };
  const before = start.stages;
  // The PR carries where the progress comment is and who asked, for the later stages.
  const stickyId = await progress.stickyId();
  const stickyNode = await progress.stickyNodeId();
  const kept = parseMarker((await forge.pull(branch))?.body ?? '');
  // The review this run dispatches runs only for this nonce.
  const next = issueNonce(kept?.dispatch, 'review');
  forge.setPullBodySuffix(
    renderMarker({
      v: 1,
      stickyId,
      ...(stickyNode !== null && { stickyNode }),
      requestedBy: prior?.requestedBy ?? kept?.requestedBy ?? null,
      verdict: prior?.verdict ?? kept?.verdict ?? null,
      reviewed: kept?.reviewed ?? [],
      inBody: kept?.inBody ?? [],
      dispatch: next,
      // Where the task came from, for the status the later stages post back there.
      origin: taskOrigin(ctx.plan.task) ?? kept?.origin ?? null,
    }),
  );
  Object.assign(ctx.recovery, {
    issue: issueNumber,
    correlationId: start.correlationId,
    stages: before,
    branch,
  });

  const w = await write(deps, {
    issue,
    verdict: prior?.verdict ?? untriaged(ctx.plan.task),
    state: start,
  });
  const state = w.state;
  ctx.recovery.stages = state.stages;
  const base = {
    issue: issueNumber,
    correlationId: state.correlationId,
    stages: state.stages,
    before,
    round: state.round,
  };
  const issueState: IssueState = {
    v: 1,
    correlationId: state.correlationId,
    verdict: prior?.verdict ?? null,
    stages: prior?.stages ?? [],
    requestedBy: prior?.requestedBy ?? null,
    pr: w.pr?.number ?? prior?.pr ?? null,
    prUrl: w.pr?.url ?? prior?.prUrl ?? null,
    // Write has ended: triage may dispatch another one later (a write with no PR to show).
    dispatch: prior?.dispatch ?? null,
    writing: null,
  };
  const shared = {
    pr: w.pr?.number ?? null,
    prUrl: w.pr?.url ?? null,
    branch,
    details: [`Commits: ${w.commits.length}; files changed: ${w.changedFiles.length}.`],
  };

  if (w.outcome === 'written' && w.pr?.number) {
    await progress.publish(
      {
        step: 'review',
        outcome: null,
        note: `draft PR opened (${w.detail}); reviewing.`,
        round: 0,
        stages: state.stages,
        prUrl: w.pr.url,
      },
      issueState,
    );
    await chain(ctx, 'review', {
      issue: issueNumber,
      pr: w.pr.number,
      round: state.round,
      correlationId: state.correlationId,
      // The checkout's HEAD is what was pushed (after a rebase, if the push needed one).
      headSha: await ctx.session.workspace.headSha(),
      nonce: next.pending?.nonce ?? null,
    });
    return report(base, {
      ...shared,
      outcome: 'pr_opened',
      why: `Draft PR opened: ${w.detail}. Review was dispatched.`,
    });
  }
  const outcome = w.outcome === 'written' ? 'infra_error' : w.outcome;
  await progress.publish(
    { step: 'write', outcome, note: w.detail, round: 0, stages: state.stages, prUrl: shared.prUrl },
    issueState,
  );
  await finishPipeline(ctx, {
    outcome,
    summary: `Write stopped: ${w.detail}`,
    issue: issueNumber,
    correlationId: state.correlationId,
    stages: state.stages,
    pr: shared.pr,
    branch,
    headSha: w.commits.at(-1)?.sha ?? null,
    riskTier: null,
    checks: state.checks,
    changedFiles: w.changedFiles,
    findings: state.findings,
    round: state.round,
  });
  return report(base, {
    ...shared,
    outcome,
    why: `Write stopped (${outcome}): ${w.detail}`,
    failure: outcome === 'budget_exceeded' ? null : `write ended with ${outcome}: ${w.detail}`,
  });
}
