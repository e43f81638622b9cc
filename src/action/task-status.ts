// Status back to where the task came from: a comment on the ClickUp task or the Linear issue
// when a stage reaches a point a person there cares about (draft PR opened, ready for review,
// stopped). Called once per stage run, after the stage (run.ts). Like Slack, a failure here
// never fails the stage: the PR and the outcome log already hold the truth; it is logged.
import type { AgentTask } from '../forge/github/events/dispatch.js';
import { postClickUpComment, postLinearComment } from '../relay/apis.js';
import { sourceLabel, type TaskOrigin } from '../relay/payload.js';
import type { StageContext, StageReport } from './context.js';
import { parseMarker } from './pr-marker.js';

/** Where an agent-task came from; null for a task that names no ClickUp task or Linear issue. */
export function taskOrigin(task: AgentTask | null): TaskOrigin | null {
  if (task === null) return null;
  const url = task.taskUrl;
  if (task.source === 'linear' && task.sourceId)
    return { source: 'linear', id: task.sourceId, url };
  // The predecessor sent clickup_task_id without a source (its ClickUp relay).
  const clickupId = task.source === 'clickup' ? (task.sourceId ?? task.clickupTaskId) : null;
  const legacy = task.source === null ? task.clickupTaskId : null;
  const id = clickupId ?? legacy;
  return id ? { source: 'clickup', id, url } : null;
}

/** The comment for a stage's outcome; null for a step in between (findings, a round fixed). */
export function statusText(r: Pick<StageReport, 'outcome' | 'prUrl' | 'why'>): string | null {
  const pr = r.prUrl ? ` ${r.prUrl}` : '';
  switch (r.outcome) {
    case 'pr_opened':
      return `LailaTov opened a draft pull request:${pr}. It is being reviewed now.`;
    case 'ready':
      return `LailaTov: the pull request is ready for a human review:${pr}`;
    case 'escalated':
    case 'budget_exceeded':
    case 'blocked':
    case 'no_changes':
    case 'incomplete':
    case 'refused':
    case 'infra_error':
    case 'cancelled':
      return `LailaTov stopped (${r.outcome.replace('_', ' ')}); a human takes over.${pr ? ` Pull request:${pr}.` : ''}\n\n${r.why}`;
    default:
      return null;
  }
}

type Ctx = Pick<StageContext, 'inputs' | 'plan' | 'octokit' | 'runner' | 'logger'>;

async function originOf(ctx: Ctx, report: StageReport): Promise<TaskOrigin | null> {
  const fromTask = taskOrigin(ctx.plan.task);
  if (fromTask !== null || report.pr === null) return fromTask;
  // Review and remediate run from the suite's own dispatches: the PR's marker remembers.
  const { data } = await ctx.octokit.rest.pulls.get({
    owner: ctx.runner.repo.owner,
    repo: ctx.runner.repo.repo,
    pull_number: report.pr,
  });
  return parseMarker(data.body ?? '')?.origin ?? null;
}

export async function postTaskStatus(ctx: Ctx, report: StageReport): Promise<void> {
  const { clickupToken, linearApiKey, taskApiUrls } = ctx.inputs;
  // No token, no status: the PR is not even read.
  if (clickupToken === null && linearApiKey === null) return;
  const text = statusText(report);
  if (text === null) return;
  try {
    const origin = await originOf(ctx, report);
    if (origin === null) return;
    const where = `${sourceLabel(origin.source)} ${origin.id}`;
    if (origin.source === 'clickup') {
      if (clickupToken === null)
        return ctx.logger.warn(`${where}: no clickup-token input, so no status was posted there`);
      await postClickUpComment({ url: taskApiUrls.clickup, token: clickupToken }, origin.id, text);
    } else {
      if (linearApiKey === null)
        return ctx.logger.warn(`${where}: no linear-api-key input, so no status was posted there`);
      await postLinearComment({ url: taskApiUrls.linear, token: linearApiKey }, origin.id, text);
    }
    ctx.logger.info(`status posted on ${where}: ${report.outcome}`);
  } catch (e) {
    ctx.logger.warn(`the status comment failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
