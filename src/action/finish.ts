// A pipeline's terminal outcome on GitHub: the escalation (PR comment, label, Slack), the labels,
// and the one outcome record appended to the data branch.
import {
  OUTCOME_SCHEMA_VERSION,
  type CheckResult,
  type OutcomeRecord,
  type RiskTier,
  type StageRecord,
  type TerminalOutcome,
} from '../core/outcomes/index.js';
import { LABELS } from '../forge/github/labels.js';
import { GitBranchOutcomeStore } from '../outcomes/git-branch-store.js';
import { toOutcomeFinding, type TrackedFinding } from '../stages/findings.js';
import { totalsOf } from '../stages/ledger.js';
import type { StageContext } from './context.js';

export const SUITE_VERSION = '0.1.0';

export interface Terminal {
  readonly outcome: TerminalOutcome;
  readonly summary: string;
  readonly issue: number;
  readonly correlationId: string;
  readonly stages: readonly StageRecord[];
  readonly pr: number | null;
  readonly branch: string | null;
  readonly headSha: string | null;
  readonly riskTier: RiskTier | null;
  readonly checks: Readonly<Record<string, CheckResult>>;
  readonly changedFiles: readonly string[];
  readonly findings: readonly TrackedFinding[];
  readonly round: number;
}

/**
 * The outcome store of this repository, with the store's retry budget (sized for many runs
 * appending at once), its backoff scaled like the client's for tests.
 */
export function outcomeStore(ctx: Pick<StageContext, 'octokit' | 'runner'>): GitBranchOutcomeStore {
  return new GitBranchOutcomeStore({
    octokit: ctx.octokit,
    repo: ctx.runner.repo,
    backoffScale: ctx.runner.backoffScale,
  });
}

export function outcomeRecord(ctx: StageContext, t: Terminal): OutcomeRecord {
  return {
    schemaVersion: OUTCOME_SCHEMA_VERSION,
    correlationId: t.correlationId,
    runId: ctx.runner.runId,
    runAttempt: ctx.runner.runAttempt,
    repo: `${ctx.runner.repo.owner}/${ctx.runner.repo.repo}`,
    issue: t.issue,
    pr: t.pr,
    branch: t.branch,
    headSha: t.headSha,
    source: ctx.source,
    outcome: t.outcome,
    riskTier: t.riskTier,
    checks: t.checks,
    changedFiles: [...t.changedFiles],
    findings: t.findings.map(toOutcomeFinding),
    remediationRounds: t.round,
    stages: t.stages,
    totals: totalsOf(t.stages),
    timestamp: new Date().toISOString(),
    suiteVersion: SUITE_VERSION,
  };
}

export async function finishPipeline(ctx: StageContext, t: Terminal): Promise<void> {
  const { forge, config } = ctx.session;
  if (t.outcome === 'escalated' || t.outcome === 'budget_exceeded') {
    const text = `⚠️ **LailaTov** stopped (${t.outcome}): a human takes over from here.\n\n${t.summary}`;
    await forge.postComment(t.pr ?? t.issue, text);
    await forge.addLabels(t.issue, [config.labels.escalated]);
    await ctx.notifier.notify({
      level: 'warning',
      title: `LailaTov: issue #${t.issue} ${t.outcome.replace('_', ' ')}`,
      text: t.summary,
    });
  }
  if (t.outcome === 'blocked') await forge.addLabels(t.issue, [config.labels.blocked]);
  await forge.removeLabels(t.issue, [LABELS.working.name]);
  await outcomeStore(ctx).append(outcomeRecord(ctx, t));
}
