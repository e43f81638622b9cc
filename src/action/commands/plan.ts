// Plan approval (`planApproval` in the config): write first posts its plan on the issue and waits
// for a writer's `approve`, or for `plan <changes>`, which revises it and waits again.
import type { LailatovConfig } from '../../config/index.js';
import { upsertStickyComment } from '../../forge/github/comments.js';
import type { AgentTask } from '../../forge/github/events/dispatch.js';
import { errorText, failedStage, failureOutcome, spentBy } from '../../stages/deps.js';
import type { Issue } from '../../stages/ports.js';
import type { TriageVerdict } from '../../stages/triage.js';
import { makePlan } from '../../stages/write.js';
import type { StageContext, StageReport } from '../context.js';
import type { IssueProgress, IssueState } from '../progress.js';
import { report } from '../stages/report.js';

export const PLAN_KEY = 'plan';

/** Whether write must wait for an approved plan: always, never, or for high-risk work. */
export function planNeeded(
  config: Pick<LailatovConfig, 'planApproval'>,
  verdict: Pick<TriageVerdict, 'complexity'> | null,
  task: AgentTask | null,
): boolean {
  if (config.planApproval === 'always') return true;
  if (config.planApproval === 'never') return false;
  return verdict?.complexity === 'high' || task?.riskTier === 'high';
}

/** Makes the plan (or revises the last one), posts it, labels the issue and keeps it in the state. */
export async function postPlan(
  ctx: StageContext,
  o: {
    readonly issue: Issue;
    readonly progress: IssueProgress;
    readonly prior: IssueState | null;
    readonly state: IssueState;
    readonly changes?: { readonly text: string; readonly by: string };
  },
): Promise<StageReport> {
  const { deps, forge, config } = ctx.session;
  const number = o.issue.number;
  const verdict = o.prior?.verdict ?? { acceptanceCriteria: [] };
  const previous = o.prior?.plan?.text;
  const revision =
    o.changes && previous ? { previous, changes: o.changes.text, by: o.changes.by } : undefined;
  const before = o.state.stages;
  const base = { issue: number, correlationId: o.state.correlationId, before, round: 0 };
  let text: string;
  let stages;
  try {
    const p = await makePlan(deps, o.issue, verdict, revision);
    [text, stages] = [p.plan, [...before, p.state]];
  } catch (e) {
    const outcome = failureOutcome(e);
    stages = [...before, failedStage('plan', config.models.write, outcome, 0, spentBy(e))];
    await o.progress.publish(
      {
        step: 'write',
        outcome,
        note: `the plan failed: ${errorText(e)}`,
        round: 0,
        stages,
        prUrl: null,
      },
      { ...o.state, stages, writing: null },
    );
    return report(
      { ...base, stages },
      { outcome, why: `The plan failed (${outcome}): ${errorText(e)}`, failure: errorText(e) },
    );
  }
  const m = ctx.inputs.mention;
  await upsertStickyComment(ctx.octokit, {
    repo: ctx.runner.repo,
    issueNumber: number,
    key: PLAN_KEY,
    body: [
      `### LailaTov's plan for #${number}${revision ? ' (revised)' : ''}`,
      '',
      text,
      '',
      `A writer approves it with \`${m} approve\` (the change is then written from it), or asks for changes with \`${m} plan <what to change>\`.`,
    ].join('\n'),
  });
  await forge.addLabels(number, [config.labels.planPending]);
  await o.progress.publish(
    {
      step: 'write',
      outcome: null,
      note: `a plan was posted; waiting for a writer's \`${m} approve\`.`,
      round: 0,
      stages,
      prUrl: o.state.prUrl,
    },
    { ...o.state, stages, writing: null, plan: { text, approvedBy: null } },
  );
  return report(
    { ...base, stages },
    {
      outcome: 'plan_posted',
      why: `The plan was posted on #${number}; write waits for a writer's approval.`,
    },
  );
}
