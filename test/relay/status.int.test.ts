// The stages' status comment on each provider's loopback stand-in (postTaskStatus, the one call
// run.ts makes after a stage), and its silence when no token is given or a provider fails.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { StageReport } from '../../src/action/context.js';
import { postTaskStatus } from '../../src/action/task-status.js';
import type { AgentTask } from '../../src/forge/github/events/dispatch.js';
import { agentTask as task } from './agent-task.js';
import { startClickUpStandIn, type ClickUpStandIn } from '../support/clickup/index.js';
import { startLinearStandIn, type LinearStandIn } from '../support/linear/index.js';

let cu: ClickUpStandIn;
let li: LinearStandIn;
beforeEach(async () => {
  [cu, li] = await Promise.all([startClickUpStandIn(), startLinearStandIn()]);
});
afterEach(async () => {
  await Promise.all([cu.close(), li.close()]);
});

const report = {
  outcome: 'pr_opened',
  why: 'Draft PR opened.',
  issue: 3,
  pr: 4,
  prUrl: 'https://github.example/o/r/pull/4',
} as StageReport;

function ctx(t: AgentTask, tokens: { clickup?: string; linear?: string }) {
  const logs: string[] = [];
  return {
    logs,
    ctx: {
      inputs: {
        clickupToken: tokens.clickup ?? null,
        linearApiKey: tokens.linear ?? null,
        taskApiUrls: { clickup: cu.url, linear: li.url },
      },
      plan: { task: t },
      logger: { info: (m: string) => logs.push(m), warn: (m: string) => logs.push(`warn: ${m}`) },
      // The task names its origin: the PR is never read, so there is no GitHub client here.
      octokit: undefined,
      runner: undefined,
    } as unknown as Parameters<typeof postTaskStatus>[0],
  };
}

describe('status back from the stages', () => {
  it('Linear: commentCreate on the issue, with the API key', async () => {
    li.issues.add('lin-uuid');
    const { ctx: c } = ctx(task({ source: 'linear', sourceId: 'lin-uuid' }), { linear: li.key });
    await postTaskStatus(c, report);
    expect(li.comments).toEqual([
      {
        issueId: 'lin-uuid',
        body: 'LailaTov opened a draft pull request: https://github.example/o/r/pull/4. It is being reviewed now.',
      },
    ]);
    expect(li.requests[0]?.query).toContain('commentCreate(input: $input)');
  });

  it('ClickUp: a comment on the task, with the token', async () => {
    cu.tasks.set('86abc12', { id: '86abc12' });
    const { ctx: c } = ctx(task({ source: 'clickup', sourceId: '86abc12' }), { clickup: cu.token });
    await postTaskStatus(c, { ...report, outcome: 'ready' });
    expect(cu.comments.map((x) => [x.taskId, x.text])).toEqual([
      [
        '86abc12',
        'LailaTov: the pull request is ready for a human review: https://github.example/o/r/pull/4',
      ],
    ]);
  });

  it('no token for the source: nothing sent, a warning; a refused comment never throws', async () => {
    const a = ctx(task({ source: 'linear', sourceId: 'lin-uuid' }), { clickup: cu.token });
    await postTaskStatus(a.ctx, report);
    expect(a.logs).toEqual([
      'warn: Linear lin-uuid: no linear-api-key input, so no status was posted there',
    ]);
    const b = ctx(task({ source: 'linear', sourceId: 'unknown-issue' }), { linear: li.key });
    await postTaskStatus(b.ctx, report);
    expect(b.logs[0]).toMatch(
      /^warn: the status comment failed: Linear commentCreate on unknown-issue: Entity not found/,
    );
    expect(li.comments).toEqual([]);
    expect(cu.comments).toEqual([]);
  });
});
