// What review and remediate share: the agent PR and the pipeline state in its body (a run that
// is no longer current stops here, before it changes anything), the progress comment edited by
// the id the PR marker keeps, and the terminal record.
import { UserError } from '../../core/errors.js';
import type { MutationBatch } from '../../forge/github/mutation-batch.js';
import type { PullSummary } from '../../forge/github/pulls.js';
import { AGENT_BRANCH_PREFIX } from '../../forge/github/workspace.js';
import { parseStateMarker, type PipelineState } from '../../stages/state.js';
import type { Skipped, StageContext } from '../context.js';
import { claimPullDispatch } from '../dispatch-claim.js';
import type { Terminal } from '../finish.js';
import { parseMarker, type GitHubMarker } from '../pr-marker.js';
import { IssueProgress } from '../progress.js';
import type { PipelineStep } from '../../forge/github/summary.js';
import { staleReason } from '../stale.js';

export interface PrRun {
  readonly pull: PullSummary;
  /**
   * The branch head in the run's fetch. Git is the truth here: the PR's `head.sha` may lag a
   * push for a moment, and the chaining dispatch is sent right after the push.
   */
  readonly headSha: string;
  /** The state as the run found it. */
  readonly start: PipelineState;
  readonly progress: IssueProgress;
}

/** The PR a review or remediation works on and its state, or why this run has nothing to do. */
export async function openPipelineState(ctx: StageContext): Promise<PrRun | Skipped> {
  const number = ctx.plan.pr;
  if (number === null)
    throw new UserError(
      `the ${ctx.plan.stage} stage needs a pull request: set the \`pr-number\` input, or start it from a pull_request or lailatov-${ctx.plan.stage} event`,
    );
  const { forge } = ctx.session;
  const read = await forge.pullByNumber(number);
  if (!read.headRef.startsWith(AGENT_BRANCH_PREFIX))
    throw new UserError(
      `PR #${number} comes from ${read.headRef}, not an ${AGENT_BRANCH_PREFIX}* branch: LailaTov only works on its own pull requests`,
    );
  if (!read.open) return { skipped: `PR #${number} is closed: there is nothing to do on it.` };
  // A writer's `stop` holds until someone removes the label.
  const stopped = ctx.session.config.labels.stopped;
  if (forge.labelsOf(number).includes(stopped))
    return {
      skipped: `PR #${number} is labeled ${stopped} (a writer's \`stop\`): remove the label to let the suite work on it again.`,
      outcome: 'ignored',
    };
  const start = parseStateMarker(read.body);
  if (!start)
    throw new UserError(
      `PR #${number} has no LailaTov state marker in its body (was it edited?): re-run the write stage for its issue to restore it`,
    );
  // A damaged GitHub marker fails here, before a check run starts or a model is paid; the stages
  // read it again from the body the dispatch claim may have updated.
  parseMarker(read.body);
  const headSha = await forge.resolveRef(read.headRef);
  const stale = staleReason(ctx.plan.startedFor, { pr: number, headSha, round: start.round });
  if (stale !== null) return { skipped: stale };
  // A bot's dispatch runs only for the nonce the previous stage wrote, once.
  const pull = await claimPullDispatch(ctx, read);
  if ('skipped' in pull) return pull;
  Object.assign(ctx.recovery, {
    issue: start.issue,
    pr: pull.number,
    headSha,
    branch: pull.headRef,
    correlationId: start.correlationId,
    stages: start.stages,
    round: start.round,
  });
  const progress = new IssueProgress(
    ctx.octokit,
    ctx.runner.repo,
    forge,
    start.issue,
    ctx.runner.runUrl,
  );
  return { pull, headSha, start, progress };
}

/** Edits the issue's progress comment by the id the PR marker keeps (none known: no edit). */
export async function publishPrProgress(
  run: PrRun,
  marker: GitHubMarker | null,
  view: {
    readonly step: PipelineStep;
    readonly outcome: string | null;
    readonly note: string;
    readonly state: PipelineState;
    readonly prUrl: string;
  },
  /** Queue the edit in this batch when the marker knows the comment's node id. */
  batch: MutationBatch | null = null,
): Promise<void> {
  const stickyId = marker?.stickyId ?? null;
  if (marker === null || stickyId === null) return;
  const { state, prUrl } = view;
  await run.progress.publish(
    {
      step: view.step,
      outcome: view.outcome,
      note: view.note,
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
      pr: run.pull.number,
      prUrl,
    },
    stickyId,
    batch && marker.stickyNode ? { mutations: batch, nodeId: marker.stickyNode } : null,
  );
}

/** The terminal record of a PR stage: what the state says, plus the files changed on the PR. */
export async function terminalOf(
  ctx: StageContext,
  run: PrRun,
  state: PipelineState,
  t: Pick<Terminal, 'outcome' | 'summary' | 'headSha' | 'riskTier'>,
): Promise<Terminal> {
  return {
    ...t,
    issue: state.issue,
    correlationId: state.correlationId,
    stages: state.stages,
    pr: run.pull.number,
    branch: run.pull.headRef,
    checks: state.checks,
    changedFiles: await ctx.session.forge.changedFiles(state.base, run.pull.headRef),
    findings: state.findings,
    round: state.round,
  };
}
