// The pipeline's decisions and its close, written once for every forge: what comes after a review
// or a remediation round, and the terminal outcome (the escalation comment, the labels, the
// notification, the one outcome record). The CLI's loop (pipeline.ts) and the Action's stage runs
// (src/action/stages/*) both drive these; only the forge, the store and the identity differ.
import { codeBlockTail } from '../core/sanitize/code-block.js';
import {
  OUTCOME_SCHEMA_VERSION,
  type CheckResult,
  type OutcomeRecord,
  type RiskTier,
  type RunSource,
  type StageRecord,
  type TerminalOutcome,
} from '../core/outcomes/index.js';
import type { StageDeps } from './deps.js';
import { describeFinding, toOutcomeFinding, type TrackedFinding } from '../core/findings.js';
import { totalsOf } from '../core/outcomes/view.js';
import { issueBudgetSpent } from './ledger.js';
import type { OutcomeStore } from './ports.js';
import type { RemediateResult } from './remediate.js';
import type { ReviewResult } from './review.js';
import type { PipelineState } from './state.js';

export interface RunIdentity {
  /** owner/name; locally `local/<directory name>`. */
  readonly repo: string;
  readonly runId: string;
  readonly runAttempt: number;
  readonly source: RunSource;
  readonly suiteVersion: string;
}

/** What a run knows when it ends: everything the outcome record and the escalation say. */
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

/** The budget reason, when the issue's ledger has reached its ceiling. */
export function spentReason(deps: Pick<StageDeps, 'config'>): string {
  return `the issue budget of $${deps.config.budgets.issue} is spent`;
}

/** What comes after a review: ready, another remediation round, or a terminal outcome. */
export type AfterReview = 'remediate' | TerminalOutcome;

export interface ReviewDecision {
  readonly next: AfterReview;
  /** For the PR body, the escalation and the record. */
  readonly summary: string;
  /** The PR's one-line status. */
  readonly status: string;
}

export function statusLine(next: AfterReview, round: number): string {
  if (next === 'ready') return 'ready for review (a human reviews and merges)';
  if (next === 'remediate')
    return `review round ${round}: findings; remediation round ${round + 1} is next`;
  return `stopped: ${next}`;
}

/** The decision after a review, from its verdict, the round cap and the issue's budget. */
export function decideAfterReview(
  deps: Pick<StageDeps, 'config'>,
  r: ReviewResult,
): ReviewDecision {
  const state = r.state;
  const why = r.reasons.join('\n') || r.verdict;
  const stop = (next: AfterReview, reason: string): ReviewDecision => ({
    next,
    summary: escalationSummary(reason, state, r),
    status: statusLine(next, state.round),
  });
  const plain = (next: AfterReview, summary: string): ReviewDecision => ({
    next,
    summary,
    status: statusLine(next, state.round),
  });
  switch (r.verdict) {
    case 'clean':
      return plain('ready', why);
    case 'needs_human':
      return stop('escalated', r.reasons[0] ?? 'a human must check');
    case 'budget_exceeded':
      return stop('budget_exceeded', why);
    case 'blocked':
      return plain(
        'blocked',
        `Blocked by the risk policy:\n${r.reasons.map((x) => `- ${x}`).join('\n')}`,
      );
    case 'infra_error':
    case 'refused':
      return plain(r.verdict, `Review failed: ${r.reasons.join('; ')}. Re-run the review.`);
    case 'no_changes':
      return plain('no_changes', why);
    case 'findings': {
      const reason = escalationReason(deps, state);
      if (reason) return stop('escalated', reason);
      if (issueBudgetSpent(deps.config, state.stages))
        return stop('budget_exceeded', spentReason(deps));
      return plain('remediate', why);
    }
  }
}

/** How a remediation round that pushed nothing ends (null: it pushed a commit; review next). */
export function decideAfterRemediation(
  m: RemediateResult,
  /** The review the round answered, when known: its reasons say what was still wrong. */
  last: ReviewResult | null,
): { readonly outcome: TerminalOutcome; readonly summary: string } | null {
  if (m.outcome === 'changed' && m.commit !== null) return null;
  if (m.outcome === 'infra_error')
    return { outcome: 'infra_error', summary: `Remediation failed: ${m.detail}` };
  // Stopped by its turn cap or a refusal after partial edits: a draft labelled incomplete.
  if (m.outcome === 'incomplete')
    return { outcome: 'incomplete', summary: `Remediation stopped: ${m.detail}` };
  const outcome = m.outcome === 'budget_exceeded' ? 'budget_exceeded' : 'escalated';
  return { outcome, summary: escalationSummary(m.detail, m.state, last) };
}

export function outcomeRecordOf(
  identity: RunIdentity,
  /** A command on a person's PR has no issue. */
  t: Omit<Terminal, 'issue'> & { readonly issue: number | null },
  now: Date,
): OutcomeRecord {
  return {
    schemaVersion: OUTCOME_SCHEMA_VERSION,
    correlationId: t.correlationId,
    runId: identity.runId,
    runAttempt: identity.runAttempt,
    repo: identity.repo,
    issue: t.issue,
    pr: t.pr,
    branch: t.branch,
    headSha: t.headSha,
    source: identity.source,
    outcome: t.outcome,
    riskTier: t.riskTier,
    checks: t.checks,
    changedFiles: [...t.changedFiles],
    findings: t.findings.map(toOutcomeFinding),
    remediationRounds: t.round,
    stages: t.stages,
    totals: totalsOf(t.stages),
    timestamp: now.toISOString(),
    suiteVersion: identity.suiteVersion,
  };
}

export interface CloseInput {
  readonly store: OutcomeStore;
  readonly identity: RunIdentity;
  readonly terminal: Terminal;
  /** Labels the run put on the issue while it worked (GitHub: `agent:working`). */
  readonly clearLabels?: readonly string[];
}

/**
 * The terminal outcome, said once for every forge: an escalation is a comment (on the PR when
 * there is one), the escalated label and a notification; a block gets its label; the record is
 * appended last, so a record means everything before it was said.
 */
export async function closePipeline(
  deps: Pick<StageDeps, 'forge' | 'config' | 'notifier' | 'clock'>,
  input: CloseInput,
): Promise<OutcomeRecord> {
  const { forge, config } = deps;
  const t = input.terminal;
  if (t.outcome === 'escalated' || t.outcome === 'budget_exceeded') {
    const text = `⚠️ **LailaTov** stopped (${t.outcome}): a human takes over from here.\n\n${t.summary}`;
    await forge.postComment(t.pr ?? t.issue, text);
    await forge.addLabels(t.issue, [config.labels.escalated]);
    await deps.notifier.notify({
      level: 'warning',
      title: `LailaTov: issue #${t.issue} ${t.outcome.replace('_', ' ')}`,
      text: t.summary,
    });
  }
  if (t.outcome === 'blocked') await forge.addLabels(t.issue, [config.labels.blocked]);
  if (input.clearLabels && input.clearLabels.length > 0)
    await forge.removeLabels(t.issue, input.clearLabels);
  const record = outcomeRecordOf(input.identity, t, deps.clock.now());
  await input.store.append(record);
  return record;
}
