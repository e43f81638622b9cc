import { randomUUID } from 'node:crypto';
import { codeBlockTail } from '../core/sanitize/code-block.js';
import {
  OUTCOME_SCHEMA_VERSION,
  type OutcomeRecord,
  type RiskTier,
  type RunSource,
  type TerminalOutcome,
} from '../core/outcomes/index.js';
import type { StageDeps } from './deps.js';
import { describeFinding, toOutcomeFinding } from './findings.js';
import { crossingsOf, issueBudgetSpent, totalsOf } from './ledger.js';
import { renderPrBody } from './pr-body.js';
import type { OutcomeStore } from './ports.js';
import { remediate } from './remediate.js';
import { review, type ReviewResult } from './review.js';
import { parseStateMarker, type PipelineState } from './state.js';
import { triage } from './triage.js';
import { write } from './write.js';

export interface RunIdentity {
  /** owner/name; locally `local/<directory name>`. */
  readonly repo: string;
  readonly runId: string;
  readonly runAttempt: number;
  readonly source: RunSource;
  readonly suiteVersion: string;
}

export interface PipelineResult {
  readonly outcome: TerminalOutcome;
  /** Why the run ended there, in a sentence or a few lines (the escalation summary). */
  readonly summary: string;
  readonly record: OutcomeRecord;
  readonly state: PipelineState;
  /** Where to look: the PR URL or, locally, the report path. */
  readonly prUrl: string | null;
}

export function initialState(issue: number, base: string): PipelineState {
  return {
    v: 1,
    correlationId: randomUUID(),
    issue,
    branch: '',
    base,
    title: '',
    acceptanceCriteria: [],
    plan: null,
    summary: '',
    round: 0,
    stages: [],
    findings: [],
    reviewedSha: null,
    checks: {},
    testFailure: null,
  };
}

/** The pipeline state carried by the head branch's PR (report), or null. */
export async function loadState(
  deps: Pick<StageDeps, 'forge'>,
  head: string,
): Promise<PipelineState | null> {
  const pr = await deps.forge.findPullRequest(head);
  return pr ? parseStateMarker(pr.body) : null;
}

/** Writes the state (and a readable status) into the head branch's PR body or report. */
export async function publishState(
  deps: Pick<StageDeps, 'forge' | 'sandbox'>,
  state: PipelineState,
  status: string,
  extra?: string,
): Promise<string> {
  const pr = await deps.forge.upsertPullRequest({
    head: state.branch,
    base: state.base,
    title: `${state.title || state.branch} (#${state.issue})`,
    body: renderPrBody({
      state,
      summary: state.summary,
      status,
      tests: state.checks.tests ? `Last test run: **${state.checks.tests}**` : null,
      extra,
      sandbox: deps.sandbox.mode,
    }),
  });
  return pr.url;
}

/** Why the loop must stop after a review with findings, or null to remediate again. */
export function escalationReason(
  deps: Pick<StageDeps, 'config'>,
  state: PipelineState,
): string | null {
  const max = deps.config.maxRemediationRounds;
  if (state.round >= max)
    return `the review still has findings after ${state.round} remediation round(s) (maximum ${max})`;
  const stuck = state.findings.filter((f) => f.status === 'open' && f.survivedRounds >= 2);
  if (stuck.length > 0)
    return `${stuck.length} finding(s) survived two remediation rounds unchanged: ${stuck.map((f) => f.fingerprint).join(', ')}`;
  return null;
}

export function escalationSummary(
  reason: string,
  state: PipelineState,
  last: ReviewResult | null,
): string {
  const open = state.findings.filter((f) => f.status === 'open');
  const lines = [`Escalated to a human: ${reason}.`, '', `Still open (${open.length}):`];
  lines.push(
    ...(open.length > 0 ? open.map((f) => `- ${describeFinding(f)}`) : ['- (no open finding)']),
  );
  if (state.testFailure)
    lines.push(
      '- the tests fail. The end of their output:',
      '',
      '<details><summary>test output</summary>',
      '',
      codeBlockTail(state.testFailure),
      '',
      '</details>',
    );
  if (last && last.reasons.length > 0 && open.length === 0)
    lines.push(...last.reasons.map((r) => `- ${r}`));
  return lines.join('\n');
}

/**
 * The whole pipeline for one issue: triage → write → (review → remediate)* → a terminal outcome,
 * written as one outcome record through the OutcomeStore. Every path ends in a named outcome.
 */
export async function runPipeline(
  deps: StageDeps,
  input: { issue: number; store: OutcomeStore; identity: RunIdentity },
): Promise<PipelineResult> {
  const { config, forge } = deps;
  let state = initialState(input.issue, config.baseBranch);
  let riskTier: RiskTier | null = null;
  let changedFiles: readonly string[] = [];
  let headSha: string | null = null;
  let prUrl: string | null = null;
  let lastReview: ReviewResult | null = null;

  const finish = async (outcome: TerminalOutcome, said: string): Promise<PipelineResult> => {
    const budget = budgetNotes(deps, state);
    const summary = budget === '' ? said : `${said}\n\n${budget}`;
    if (state.branch !== '' && prUrl !== null) {
      const status =
        outcome === 'ready'
          ? 'ready for review (a human reviews and merges)'
          : `stopped: ${outcome}`;
      const ready = budget === '' ? undefined : `## ${budget}`;
      prUrl = await publishState(
        deps,
        state,
        status,
        outcome === 'ready' ? ready : `## Outcome: ${outcome}\n\n${summary}`,
      );
      if (outcome === 'ready') await forge.markReady(state.branch);
    }
    if (outcome === 'escalated' || outcome === 'budget_exceeded') {
      await forge.postComment(state.issue, `⚠️ **LailaTov** stopped (${outcome}).\n\n${summary}`);
      await forge.addLabels(state.issue, [config.labels.escalated]);
      await deps.notifier.notify({
        level: 'warning',
        title: `Issue #${state.issue}: ${outcome}`,
        text: summary,
      });
    }
    if (outcome === 'blocked') await forge.addLabels(state.issue, [config.labels.blocked]);
    const record: OutcomeRecord = {
      schemaVersion: OUTCOME_SCHEMA_VERSION,
      correlationId: state.correlationId,
      runId: input.identity.runId,
      runAttempt: input.identity.runAttempt,
      repo: input.identity.repo,
      issue: state.issue,
      pr: null,
      branch: state.branch === '' ? null : state.branch,
      headSha,
      source: input.identity.source,
      outcome,
      riskTier,
      checks: state.checks,
      changedFiles: [...changedFiles],
      findings: state.findings.map(toOutcomeFinding),
      remediationRounds: state.round,
      stages: state.stages,
      totals: totalsOf(state.stages),
      timestamp: deps.clock.now().toISOString(),
      suiteVersion: input.identity.suiteVersion,
    };
    await input.store.append(record);
    return { outcome, summary, record, state, prUrl };
  };

  const t = await triage(deps, input.issue);
  state = { ...state, stages: [t.stage] };
  if (!('verdict' in t)) {
    const what = t.outcome === 'infra_error' ? 'Triage failed' : `Triage stopped (${t.outcome})`;
    return finish(t.outcome, `${what}: ${t.error}. ${t.retryHint}`);
  }
  if (t.outcome === 'needs_clarification')
    return finish('needs_clarification', `Asked on the issue: ${t.question}`);
  state = { ...state, acceptanceCriteria: t.verdict.acceptanceCriteria };

  const issue = await forge.readIssue(input.issue);
  const w = await write(deps, { issue, verdict: t.verdict, state });
  state = w.state;
  changedFiles = w.changedFiles;
  prUrl = w.pr?.url ?? null;
  headSha = w.commits.at(-1)?.sha ?? null;
  if (w.outcome !== 'written') return finish(w.outcome, `Write stopped: ${w.detail}`);
  if (w.tests)
    deps.progress({
      kind: 'note',
      stage: 'write',
      message:
        w.tests.status === 'skipped'
          ? w.tests.note
          : `tests ${w.tests.status}: ${w.tests.command ?? ''} (${w.tests.note})`,
    });

  for (;;) {
    if (issueBudgetSpent(config, state.stages))
      return finish(
        'budget_exceeded',
        escalationSummary(
          `the issue budget of $${config.budgets.issue} is spent`,
          state,
          lastReview,
        ),
      );
    const r = await review(deps, { head: state.branch, state });
    lastReview = r;
    state = r.state;
    riskTier = r.risk?.tier ?? riskTier;
    headSha = state.reviewedSha ?? headSha;
    changedFiles = await forge.changedFiles(state.base, state.branch);
    if (r.verdict === 'blocked')
      return finish(
        'blocked',
        `Blocked by the risk policy:\n${r.reasons.map((x) => `- ${x}`).join('\n')}`,
      );
    if (r.verdict === 'infra_error' || r.verdict === 'refused')
      return finish(r.verdict, `Review failed: ${r.reasons.join('; ')}. Re-run the review.`);
    if (r.verdict === 'budget_exceeded')
      return finish('budget_exceeded', escalationSummary(r.reasons.join('; '), state, r));
    if (r.verdict === 'needs_human')
      return finish('escalated', escalationSummary(r.reasons[0] ?? 'a human must check', state, r));
    if (r.verdict === 'no_changes') return finish('no_changes', r.reasons.join('; '));
    if (r.verdict === 'clean') return finish('ready', r.reasons.join('\n'));

    const open = state.findings.filter((f) => f.status === 'open');
    deps.progress({
      kind: 'note',
      stage: 'review',
      message: `${open.length} open finding(s)${open.length > 0 ? `: ${open.map((f) => `[${f.severity}] ${f.rule}`).join(', ')}` : ''}`,
    });
    const reason = escalationReason(deps, state);
    if (reason) return finish('escalated', escalationSummary(reason, state, r));
    if (issueBudgetSpent(config, state.stages))
      return finish(
        'budget_exceeded',
        escalationSummary(`the issue budget of $${config.budgets.issue} is spent`, state, r),
      );
    const m = await remediate(deps, { head: state.branch, state });
    state = m.state;
    if (m.outcome === 'budget_exceeded')
      return finish('budget_exceeded', escalationSummary(m.detail, state, r));
    if (m.outcome === 'infra_error')
      return finish('infra_error', `Remediation failed: ${m.detail}`);
    if (m.outcome === 'no_changes' || m.outcome === 'nothing_to_fix')
      return finish('escalated', escalationSummary(m.detail, state, r));
  }
}

/** Every ceiling the run crossed or could not check (the ledger's check), or ''. */
function budgetNotes(deps: Pick<StageDeps, 'config'>, state: PipelineState): string {
  const notes = crossingsOf(deps.config, state.stages);
  return notes.length === 0 ? '' : `Budget\n\n${notes.map((n) => `- ${n}`).join('\n')}`;
}
