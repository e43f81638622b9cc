// What a stage handler gets (one object, never mutated) and what it hands back.
import type { RunSource, StageRecord } from '../core/outcomes/index.js';
import type { GitHubClient } from '../forge/github/client.js';
import type { ChainedStage, StageDispatch } from '../forge/github/events/dispatch.js';
import { stageDispatchRequest } from '../forge/github/events/dispatch.js';
import { wrapApiError } from '../forge/github/errors.js';
import { fullName } from '../forge/github/repo.js';
import type { StartedCheck } from '../forge/github/checks.js';
import type { Logger } from '../stages/ports.js';
import type { Inputs, Runner } from './inputs.js';
import type { StagePlan } from './route.js';
import type { GitHubSession } from './session.js';
import type { SlackNotifier } from './slack.js';

/** What is known so far, for the failure handler: a neutral check and an infra_error record. */
export interface Recovery {
  issue: number | null;
  pr: number | null;
  headSha: string | null;
  /** The review check started `in_progress`: the failure handler completes it `neutral`. */
  check: StartedCheck | null;
  branch: string | null;
  correlationId: string | null;
  stages: readonly StageRecord[];
  round: number;
}

export interface StageContext {
  readonly inputs: Inputs;
  readonly runner: Runner;
  readonly octokit: GitHubClient;
  readonly plan: StagePlan;
  readonly session: GitHubSession;
  readonly notifier: SlackNotifier;
  readonly logger: Logger;
  readonly source: RunSource;
  /** Filled in by the handler as it learns things; read only when it throws. */
  readonly recovery: Recovery;
}

export interface StageReport {
  /** The stage's own outcome (clear, pr_opened, findings, ready, escalated, ...). */
  readonly outcome: string;
  readonly why: string;
  readonly issue: number | null;
  readonly pr: number | null;
  readonly prUrl: string | null;
  readonly branch: string | null;
  readonly riskTier: string | null;
  readonly findings: number;
  readonly round: number;
  /** The issue's whole ledger after this run. */
  readonly stages: readonly StageRecord[];
  /** USD this run added to the ledger (null when a price is unknown). */
  readonly runCostUsd: number | null;
  readonly correlationId: string | null;
  readonly details: readonly string[];
  /** Set when the step must fail (no_changes, infra_error): the message for the failure handler. */
  readonly failure: string | null;
}

/** A run that found nothing to do once it looked (a stale dispatch): the reason, for the summary. */
export interface Skipped {
  readonly skipped: string;
  /** `stale` (the default: the PR moved on) or `ignored` (a dispatch refused). */
  readonly outcome?: 'stale' | 'ignored';
}

/**
 * Starts the next stage: repository_dispatch starts workflows even when sent with GITHUB_TOKEN.
 * The payload names the PR head it was sent for, so a run that starts after the branch moved on
 * skips itself (stale.ts).
 */
export async function chain(
  ctx: Pick<StageContext, 'octokit' | 'runner' | 'logger'>,
  stage: ChainedStage,
  /** headSha: the PR head the next stage is for (null before there is a PR). */
  payload: StageDispatch & { readonly headSha: string | null },
): Promise<void> {
  const { owner, repo } = ctx.runner.repo;
  const { event_type, client_payload } = stageDispatchRequest(stage, payload);
  try {
    await ctx.octokit.rest.repos.createDispatchEvent({
      owner,
      repo,
      event_type,
      client_payload: { ...client_payload },
    });
  } catch (error) {
    throw wrapApiError(error, {
      repo: fullName(ctx.runner.repo),
      doing: `starting the ${stage} stage (repository_dispatch)`,
    });
  }
  ctx.logger.info(`dispatched ${stage} for #${payload.issue} (round ${payload.round})`);
}
