// The review stage: risk gate (policy from the base branch), tests when required, the code review
// of the packed diff in parallel parts, the spec audit, and the verdict. What it asks the model
// and how the answers become findings is review-answers.ts.
import { isUserError } from '../core/errors.js';
import type { StageRecord } from '../core/outcomes/index.js';
import { settingsAt } from './context.js';
import { overCeiling, structuredCallBudget, worstCaseUsd, type CallBudget } from './call-budget.js';
import {
  errorText,
  failedStage,
  failureOutcome,
  spentBy,
  stageFromModel,
  type SpentBeforeFailing,
  type StageDeps,
} from './deps.js';
import { describeFinding, track } from '../core/findings.js';
import { withFindings } from './gated-run.js';
import {
  AUDIT_SYSTEM,
  auditPromptOf,
  auditSchema,
  mergeFindings,
  REVIEW_SYSTEM,
  reviewSchema,
  type AuditItem,
} from './review-answers.js';
import {
  leftOutReason,
  planReview,
  reviewedDiff,
  runParts,
  type ReviewAnswer,
  type ReviewedDiff,
} from './chunked-review.js';
import { chunkDiff, packDiff } from './pack.js';
import type { RiskVerdict } from './ports.js';
import type { PipelineState } from './state.js';
import { runTests, type TestRun } from './tests.js';

export const SPEC_AUDIT_RULE = 'spec-audit';
export {
  AUDIT_STATUSES,
  auditSchema,
  mergeFindings,
  reviewSchema,
  type AuditItem,
} from './review-answers.js';

/**
 * `needs_human`: nothing an agent can fix stands between the change and a clean verdict (tests
 * the policy requires cannot run); `refused`: the model refused; `budget_exceeded`: the review
 * budget cannot pay for the call.
 */
export type ReviewVerdict =
  | 'clean'
  | 'findings'
  | 'needs_human'
  | 'blocked'
  | 'no_changes'
  | 'refused'
  | 'budget_exceeded'
  | 'infra_error';

export interface ReviewResult {
  readonly verdict: ReviewVerdict;
  readonly reasons: readonly string[];
  readonly risk: RiskVerdict | null;
  readonly tests: TestRun | null;
  readonly audit: readonly AuditItem[];
  /** What the code review read: files reviewed, cut, and left out (budget), and its calls. */
  readonly packed: ReviewedDiff | null;
  readonly state: PipelineState;
}

function tierLookup(risk: RiskVerdict): (path: string) => string {
  const tiers = new Map(risk.files.map((f) => [f.path, f.tier]));
  return (p) => tiers.get(p) ?? 'medium';
}

function policyRequiresTests(risk: RiskVerdict): boolean {
  return risk.requiredChecks.some((c) => /test/i.test(c));
}

function testsRequired(risk: RiskVerdict, state: PipelineState): boolean {
  // The policy asks for tests, or an earlier run failed them (then remediation needs the proof).
  return policyRequiresTests(risk) || state.checks.tests === 'failed';
}

/** Why the verdict cannot be clean whatever the code: required tests that cannot run. */
export function missingTestsReason(risk: RiskVerdict, tests: TestRun | null): string | null {
  if (!policyRequiresTests(risk) || (tests !== null && tests.status !== 'skipped')) return null;
  return `tests are required for tier ${risk.tier}, and no test command was found: set testCommand in .github/lailatov.yml`;
}

/** A review part's call failed: the error, and what all the parts spent. */
class PartFailure extends Error {
  constructor(
    override readonly cause: unknown,
    readonly spent: SpentBeforeFailing,
  ) {
    super(errorText(cause));
    this.name = 'PartFailure';
    Object.setPrototypeOf(this, PartFailure.prototype);
  }
}

/**
 * Review: risk gate (policy from the base branch) → tests when required → code review of the
 * packed diff → spec audit. Later rounds review only the commits since the last review.
 */
export async function review(
  deps: StageDeps,
  input: { head: string; state: PipelineState },
): Promise<ReviewResult> {
  const { config, forge, model, text } = deps;
  const base = input.state.base;
  const round = input.state.round;
  let state = input.state;
  deps.progress({ kind: 'stage-start', stage: 'review', detail: `round ${round}` });
  const done = (
    verdict: ReviewVerdict,
    reasons: string[],
    rest: Partial<ReviewResult> = {},
  ): ReviewResult => {
    deps.progress({ kind: 'stage-end', stage: 'review', outcome: verdict, costUsd: null });
    return { verdict, reasons, risk: null, tests: null, audit: [], packed: null, state, ...rest };
  };

  const paths = await forge.changedFiles(base, input.head);
  if (paths.length === 0)
    return done('no_changes', [`${input.head} has no changes against ${base}`]);

  const policy = await forge.readFileAt(settingsAt(deps, base), 'risk-policy.json');
  const risk = deps.risk.classify(policy, paths);
  if (risk.blocked.length > 0)
    return done(
      'blocked',
      risk.blocked.map(
        (b) => `${b.path} matches the blocked pattern ${b.pattern} (risk-policy.json on ${base})`,
      ),
      { risk },
    );

  let tests: TestRun | null = null;
  if (testsRequired(risk, state)) {
    await deps.workspace.checkoutBranch(input.head, base);
    tests = await runTests(deps, { protectedPaths: deps.risk.protectedPaths(policy), round });
    state = {
      ...state,
      findings: withFindings(state.findings, tests.findings),
      checks: { ...state.checks, tests: tests.status },
      testFailure: tests.status === 'failed' ? tests.output : null,
    };
  }

  // Round 2+ reviews only what came after the last reviewed head.
  const from = state.reviewedSha ?? base;
  const headSha = await forge.resolveRef(input.head);
  const fullDiff = await forge.diff(base, input.head);
  const delta = state.reviewedSha ? await forge.diff(from, input.head) : fullDiff;
  const chunks = chunkDiff(delta, tierLookup(risk), config.review.diffTokenBudget);
  const criteria = state.acceptanceCriteria;
  const earlierOpen = state.findings.filter((f) => f.status === 'open');
  const stages: StageRecord[] = [];
  let reviewAnswer: ReviewAnswer;
  let audit: AuditItem[];
  let inFlight = 'review';
  let reviewed: ReviewedDiff | null = null;
  const started = deps.clock.now().getTime();
  // Each call's ceiling: the review budget less what this round spent or reserved, and the
  // issue's remainder.
  const budgetFor = (prompt: string, reservedUsd = 0): CallBudget =>
    structuredCallBudget(config, [...state.stages, ...stages], {
      stage: 'review',
      model: config.models.review,
      prompt,
      spentInStageUsd: stages.reduce((a, x) => a + (x.costUsd ?? 0), 0) + reservedUsd,
    });
  const overBudget = (b: CallBudget & { ok: false }): ReviewResult => {
    state = {
      ...state,
      stages: [
        ...state.stages,
        ...stages,
        failedStage(inFlight, config.models.review, 'budget_exceeded', 0),
      ],
    };
    return done('budget_exceeded', [b.reason], { risk, tests, packed: reviewed });
  };
  // The audit reads the whole diff in one call (packed: it judges criteria, not every line).
  const auditPrompt =
    criteria.length > 0
      ? auditPromptOf(
          text,
          criteria,
          packDiff(fullDiff, tierLookup(risk), config.review.diffTokenBudget),
        )
      : null;
  let auditReserve = 0;
  if (auditPrompt !== null) {
    const ab = budgetFor(`${AUDIT_SYSTEM}\n${auditPrompt}`);
    if (!ab.ok) return overBudget(ab);
    auditReserve =
      worstCaseUsd(config.models.review, `${AUDIT_SYSTEM}\n${auditPrompt}`, ab.maxTokens) ?? 0;
  }
  const plan = planReview({
    // An empty delta (a re-run with no new commit) is still one call: it answers `previous`.
    chunks:
      chunks.length > 0 ? chunks : [{ text: '', files: [], tokens: 0, cut: [], tier: risk.tier }],
    header: [
      `Review ${state.reviewedSha ? `the commits after ${state.reviewedSha.slice(0, 12)} on` : 'the branch'} ${input.head} against ${base}. Risk tier: ${risk.tier}.`,
      criteria.length > 0
        ? `Acceptance criteria:\n${criteria.map((c) => `- ${c}`).join('\n')}`
        : '',
    ]
      .filter((p) => p !== '')
      .join('\n\n'),
    system: REVIEW_SYSTEM,
    model: config.models.review,
    text,
    earlierOpen,
    reservedUsd: auditReserve,
    budgetFor,
  });
  reviewed = reviewedDiff(plan);
  const firstPart = plan.parts[0];
  if (!firstPart) return overBudget({ ok: false, reason: plan.reason ?? 'no review call fits' });
  const leftOut = leftOutReason(plan);
  if (leftOut) deps.logger.warn(leftOut);
  try {
    const parts = await runParts({
      plan,
      model,
      concurrency: config.review.parallelCalls,
      now: () => deps.clock.now().getTime(),
      request: (part) => ({
        stage: 'review',
        model: config.models.review,
        system: REVIEW_SYSTEM,
        prompt: part.prompt,
        schema: reviewSchema,
        toolName: 'review_findings',
        toolDescription: 'Record the review findings.',
        maxTokens: part.maxTokens,
      }),
    });
    if (!parts.ok) throw new PartFailure(parts.error, parts.spent);
    for (const [i, r] of parts.responses.entries()) {
      const part = plan.parts[i];
      if (part) warnOver(deps, 'review', r.costUsd, part.budget);
    }
    reviewAnswer = parts.answer;
    stages.push(parts.record);
    if (auditPrompt !== null) {
      inFlight = 'audit';
      const ab = budgetFor(`${AUDIT_SYSTEM}\n${auditPrompt}`);
      if (!ab.ok) return overBudget(ab);
      const a = await model.complete({
        stage: 'audit',
        model: config.models.review,
        system: AUDIT_SYSTEM,
        prompt: auditPrompt,
        schema: auditSchema,
        toolName: 'spec_audit',
        toolDescription: 'Record, per acceptance criterion, whether the change meets it.',
        maxTokens: ab.maxTokens,
      });
      warnOver(deps, 'audit', a.costUsd, ab);
      audit = a.value.criteria;
      stages.push(
        stageFromModel('audit', a, audit.some((c) => c.status === 'unmet') ? 'unmet' : 'met'),
      );
    } else audit = [];
  } catch (e) {
    const cause = e instanceof PartFailure ? e.cause : e;
    // A missing key or a bad flag is the user's to fix, not an outage.
    if (isUserError(cause)) throw cause;
    const outcome = failureOutcome(cause);
    const ms = deps.clock.now().getTime() - started;
    state = {
      ...state,
      stages: [
        ...state.stages,
        ...stages,
        failedStage(
          inFlight,
          config.models.review,
          outcome,
          ms,
          e instanceof PartFailure ? e.spent : spentBy(e),
        ),
      ],
    };
    return done(outcome, [`the ${inFlight} model call failed: ${errorText(cause)}`], {
      risk,
      tests,
      packed: reviewed,
    });
  }

  const unmet = audit
    .filter((c) => c.status === 'unmet')
    .map((c) =>
      track(
        {
          severity: 'major',
          path: null,
          startLine: null,
          endLine: null,
          rule: SPEC_AUDIT_RULE,
          message: `Acceptance criterion not met: ${c.criterion}`,
          suggestion: c.evidence,
        },
        round,
      ),
    );
  // The audit always judges every criterion on the full diff: an earlier unmet criterion that
  // is not reported again is met now.
  const unmetPrints = new Set(unmet.map((f) => f.fingerprint));
  const auditResolved = state.findings
    .filter(
      (f) => f.rule === SPEC_AUDIT_RULE && f.status === 'open' && !unmetPrints.has(f.fingerprint),
    )
    .map((f) => ({ fingerprint: f.fingerprint, status: 'resolved' as const }));
  const findings = mergeFindings(
    state.findings,
    { ...reviewAnswer, previous: [...reviewAnswer.previous, ...auditResolved] },
    unmet,
    round,
  );
  state = { ...state, findings, reviewedSha: headSha, stages: [...state.stages, ...stages] };

  const gating = new Set<string>(config.review.remediate);
  const reasons: string[] = [];
  const open = findings.filter((f) => f.status === 'open' && gating.has(f.severity));
  for (const f of open) reasons.push(describeFinding(f));
  if (tests?.status === 'failed')
    reasons.push(`tests failed: ${tests.command ?? ''} (${tests.note})`);
  for (const c of audit.filter((x) => x.status === 'needs_human'))
    reasons.push(`needs a human check: ${c.criterion}`);
  const missing = missingTestsReason(risk, tests);
  if (missing) reasons.unshift(missing);
  // Required tests that cannot run need a human whatever else was found: never clean.
  const verdict: ReviewVerdict = missing
    ? 'needs_human'
    : open.length > 0 || tests?.status === 'failed'
      ? 'findings'
      : 'clean';
  // Every file the budget left out is named in the review (the check run and the PR say it).
  if (leftOut) reasons.push(leftOut);
  if (verdict === 'clean') reasons.unshift(reviewAnswer.summary || 'no blocking or major findings');
  return done(verdict, reasons, { risk, tests, audit, packed: reviewed });
}

/** A call that ended over its ceiling (a repair attempt) is logged; the ledger records it. */
function warnOver(deps: StageDeps, stage: string, costUsd: number | null, b: CallBudget): void {
  if (!b.ok) return;
  if (b.note) deps.logger.warn(b.note);
  const over = overCeiling(stage, costUsd, b.ceilingUsd);
  if (over) deps.logger.warn(over);
}
