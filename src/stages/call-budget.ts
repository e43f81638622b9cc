import { priceTableOf, type LailatovConfig } from '../config/index.js';
import { costOf } from '../core/cost/index.js';
import { UserError } from '../core/errors.js';
import type { StageRecord } from '../core/outcomes/index.js';
import { ledgerOf, stageCeiling, type BudgetedStage } from './ledger.js';
import { estimateTokens } from '../core/usage.js';

/** The fewest output tokens a structured answer can take; a ceiling below that is no call. */
export const MIN_ANSWER_TOKENS = 256;
/** The answer's size when the budget allows it (the Model adapter's own default). */
export const MAX_ANSWER_TOKENS = 4096;

export type CallBudget =
  | {
      readonly ok: true;
      /** The answer's max_tokens: what the ceiling can pay for, at most MAX_ANSWER_TOKENS. */
      readonly maxTokens: number;
      readonly ceilingUsd: number;
      /** Set when the remainder is unknown (the stage budget alone is the ceiling). */
      readonly note: string | null;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * The budget of one structured call (triage, review, audit), decided before it is sent. Its
 * ceiling is the smaller of the stage budget and what is left of the issue's. The prompt is
 * priced at the model's input price; the call is refused when the ceiling cannot pay for it plus
 * the shortest answer, else its max_tokens is what the rest pays for. A repair attempt may cost
 * the same again: a call can end over its ceiling, and the ledger then records the crossing.
 */
export function structuredCallBudget(
  config: LailatovConfig,
  stages: readonly StageRecord[],
  call: {
    readonly stage: BudgetedStage;
    readonly model: string;
    readonly prompt: string;
    /** What this stage run's earlier calls spent (review, then audit), already in `stages`. */
    readonly spentInStageUsd?: number;
  },
): CallBudget {
  const whole = stageCeiling(config, stages, call.stage);
  const stageLeft = config.budgets[call.stage] - (call.spentInStageUsd ?? 0);
  const ceiling = { ...whole, usd: Math.max(0, Math.min(whole.usd, stageLeft)) };
  const zero = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
  const prices = priceTableOf(config);
  const input = costOf(call.model, { ...zero, input: estimateTokens(call.prompt) }, prices).usd;
  const perOutput = costOf(call.model, { ...zero, output: 1_000_000 }, prices).usd;
  // A ceiling we cannot price is one we cannot hold: refused before anything is spent.
  if (input === null || perOutput === null)
    throw new UserError(
      `budget: no price is known for model "${call.model}", so the $${ceiling.usd} ${call.stage} ceiling ` +
        `cannot be enforced: price it under \`prices\` in .github/lailatov.yml ({input, output, cacheWrite, cacheRead} in USD per million tokens), or choose a priced model in models.${call.stage}.`,
    );
  const outputUsd = perOutput / 1_000_000;
  const minimum = input + MIN_ANSWER_TOKENS * outputUsd;
  const crossing = ledgerOf(config, stages).wouldExceed({
    stage: call.stage,
    usd: minimum + (call.spentInStageUsd ?? 0),
  });
  // An unknown issue total is no crossing: the stage budget alone holds (ceiling.note says so).
  const over = crossing !== null && !('unknownCost' in crossing);
  if (over || ceiling.usd < minimum)
    return {
      ok: false,
      reason:
        `the ${call.stage} call needs at least $${minimum.toFixed(4)} (the prompt and the shortest answer), ` +
        `more than its ceiling of $${ceiling.usd.toFixed(4)} (budgets.${call.stage}, or what is left of budgets.issue)`,
    };
  const affordable = Math.floor((ceiling.usd - input) / outputUsd);
  return {
    ok: true,
    maxTokens: Math.min(MAX_ANSWER_TOKENS, affordable),
    ceilingUsd: ceiling.usd,
    note: ceiling.note,
  };
}

/** A sentence when a finished call cost more than its ceiling (a repair, a long prompt). */
export function overCeiling(
  stage: string,
  costUsd: number | null,
  ceilingUsd: number,
): string | null {
  if (costUsd === null || costUsd <= ceilingUsd) return null;
  return `the ${stage} call cost $${costUsd.toFixed(4)}, over its ceiling of $${ceilingUsd.toFixed(4)}`;
}

/**
 * The most a call sized by `structuredCallBudget` can cost: its prompt and a full answer of
 * `maxTokens`. Calls sent together reserve this much each, so together they stay within the
 * ceiling whatever each one answers. Null when the model has no price.
 */
export function worstCaseUsd(model: string, prompt: string, maxTokens: number): number | null {
  return costOf(model, {
    input: estimateTokens(prompt),
    output: maxTokens,
    cacheRead: 0,
    cacheWrite: 0,
  }).usd;
}
