// When a stage throws (not the user's mistake): what can still be said is said, best effort.
// A review gets a `neutral` check (never a false green), and the pipeline an infra_error record.
import * as core from '@actions/core';
import { publishReviewCheck } from '../forge/github/checks.js';
import type { StageContext } from './context.js';
import { outcomeRecord, outcomeStore } from './finish.js';

async function attempt(what: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    core.warning(
      `could not ${what} after the failure: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

export async function recover(ctx: StageContext, error: unknown): Promise<void> {
  const r = ctx.recovery;
  const message = error instanceof Error ? error.message : String(error);
  const headSha = r.headSha;
  if (headSha && (ctx.plan.stage === 'review' || ctx.plan.stage === 'remediate'))
    await attempt('publish a neutral check', () =>
      publishReviewCheck(ctx.octokit, {
        repo: ctx.runner.repo,
        headSha,
        conclusion: 'neutral',
        title: `infrastructure error in ${ctx.plan.stage}`,
        summary: `LailaTov could not finish the ${ctx.plan.stage} stage: ${message}\n\nNothing was judged; re-run the workflow.`,
        findings: [],
        detailsUrl: ctx.runner.runUrl,
      }),
    );
  const issue = r.issue;
  if (issue !== null && issue > 0)
    await attempt('append the infra_error record', () =>
      outcomeStore(ctx).append(
        outcomeRecord(ctx, {
          outcome: 'infra_error',
          summary: message,
          issue,
          correlationId: r.correlationId ?? `run-${ctx.runner.runId}`,
          stages: r.stages,
          pr: r.pr,
          branch: r.branch,
          headSha,
          riskTier: null,
          checks: {},
          changedFiles: [],
          findings: [],
          round: r.round,
        }),
      ),
    );
}
