// When a stage throws (not the user's mistake): what can still be said is said, best effort.
// A review's check ends `neutral` (never a false green), and the pipeline gets an infra_error record.
import * as core from '@actions/core';
import { completeReviewCheck, publishReviewCheck } from '../forge/github/checks.js';
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
  const neutral = {
    repo: ctx.runner.repo,
    conclusion: 'neutral' as const,
    title: `infrastructure error in ${ctx.plan.stage}`,
    summary: `LailaTov could not finish the ${ctx.plan.stage} stage: ${message}\n\nNothing was judged; re-run the workflow.`,
    findings: [],
    detailsUrl: ctx.runner.runUrl,
  };
  // The review's own check, still in progress, ends neutral (the same run, not a second one).
  // A review whose check already has its verdict keeps it; a remediation gets a neutral check.
  const check = r.check;
  if (check !== null)
    await attempt('complete the check as neutral', () =>
      completeReviewCheck(ctx.octokit, check, { ...neutral, headSha: check.headSha }),
    );
  else if (headSha && ctx.plan.stage === 'remediate')
    await attempt('publish a neutral check', () =>
      publishReviewCheck(ctx.octokit, { ...neutral, headSha }),
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
