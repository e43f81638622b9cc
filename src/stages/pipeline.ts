import { randomUUID } from 'node:crypto';
import type { OutcomeRecord, RiskTier, TerminalOutcome } from '../core/outcomes/index.js';
import {
  closePipeline,
  decideAfterRemediation,
  decideAfterReview,
  escalationSummary,
  spentReason,
  statusLine,
  type RunIdentity,
} from './closing.js';
import type { StageDeps } from './deps.js';
import { crossingsOf, issueBudgetSpent } from './ledger.js';
import { renderPrBody } from './pr-body.js';
import type { OutcomeStore } from './ports.js';
import { remediate } from './remediate.js';
import { review, type ReviewResult } from './review.js';
import { parseStateMarker, type PipelineState } from './state.js';
import { triage } from './triage.js';
import { write } from './write.js';

export type { RunIdentity } from './closing.js';
export { escalationReason, escalationSummary } from './closing.js';

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
    title: `${state.title || state.branch}${state.issue > 0 ? ` (#${state.issue})` : ''}`,
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
      const ready = budget === '' ? undefined : `## ${budget}`;
      prUrl = await publishState(
        deps,
        state,
        statusLine(outcome, state.round),
        outcome === 'ready' ? ready : `## Outcome: ${outcome}\n\n${summary}`,
      );
      if (outcome === 'ready') await forge.markReady(state.branch);
    }
    const record = await closePipeline(deps, {
      store: input.store,
      identity: input.identity,
      terminal: {
        outcome,
        summary,
        issue: state.issue,
        correlationId: state.correlationId,
        stages: state.stages,
        // Locally the "PR" is a report file: the record has no PR number.
        pr: null,
        branch: state.branch === '' ? null : state.branch,
        headSha,
        riskTier,
        checks: state.checks,
        changedFiles,
        findings: state.findings,
        round: state.round,
      },
    });
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
      return finish('budget_exceeded', escalationSummary(spentReason(deps), state, lastReview));
    const r = await review(deps, { head: state.branch, state });
    lastReview = r;
    state = r.state;
    riskTier = r.risk?.tier ?? riskTier;
    headSha = state.reviewedSha ?? headSha;
    changedFiles = await forge.changedFiles(state.base, state.branch);
    if (r.verdict === 'findings') {
      const open = state.findings.filter((f) => f.status === 'open');
      deps.progress({
        kind: 'note',
        stage: 'review',
        message: `${open.length} open finding(s)${open.length > 0 ? `: ${open.map((f) => `[${f.severity}] ${f.rule}`).join(', ')}` : ''}`,
      });
    }
    const next = decideAfterReview(deps, r);
    if (next.next !== 'remediate') return finish(next.next, next.summary);
    const m = await remediate(deps, { head: state.branch, state });
    state = m.state;
    const stop = decideAfterRemediation(m, r);
    if (stop !== null) return finish(stop.outcome, stop.summary);
  }
}

/** Every ceiling the run crossed or could not check (the ledger's check), or ''. */
function budgetNotes(deps: Pick<StageDeps, 'config'>, state: PipelineState): string {
  const notes = crossingsOf(deps.config, state.stages);
  return notes.length === 0 ? '' : `Budget\n\n${notes.map((n) => `- ${n}`).join('\n')}`;
}
