import type { EngineOutcome, EngineTokens } from '../types.js';

/** The final `result` event of `claude -p --output-format stream-json`. */
export interface ClaudeResultEvent {
  readonly subtype: string;
  readonly isError: boolean;
  readonly resultText: string;
  readonly numTurns: number;
  readonly durationMs: number | null;
  readonly totalCostUsd: number | null;
  readonly tokens: EngineTokens;
  /** Sum over `modelUsage` (every model the CLI called), when present. */
  readonly allModelTokens: EngineTokens | null;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

function tokensOf(u: Json | undefined, camel: boolean): EngineTokens {
  if (!u) return { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
  return camel
    ? {
        input: num(u.inputTokens) ?? 0,
        output: num(u.outputTokens) ?? 0,
        cacheRead: num(u.cacheReadInputTokens) ?? 0,
        cacheWrite: num(u.cacheCreationInputTokens) ?? 0,
      }
    : {
        input: num(u.input_tokens) ?? 0,
        output: num(u.output_tokens) ?? 0,
        cacheRead: num(u.cache_read_input_tokens) ?? 0,
        cacheWrite: num(u.cache_creation_input_tokens) ?? 0,
      };
}

export function parseResultEvent(e: Json): ClaudeResultEvent | undefined {
  if (e.type !== 'result') return undefined;
  const modelUsage = obj(e.modelUsage);
  let all: EngineTokens | null = null;
  if (modelUsage) {
    all = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
    for (const m of Object.values(modelUsage)) {
      const t = tokensOf(obj(m), true);
      all = {
        input: all.input + t.input,
        output: all.output + t.output,
        cacheRead: all.cacheRead + t.cacheRead,
        cacheWrite: all.cacheWrite + t.cacheWrite,
      };
    }
  }
  return {
    subtype: typeof e.subtype === 'string' ? e.subtype : 'unknown',
    isError: e.is_error === true,
    resultText: typeof e.result === 'string' ? e.result : '',
    numTurns: num(e.num_turns) ?? 0,
    durationMs: num(e.duration_ms) ?? null,
    totalCostUsd: num(e.total_cost_usd) ?? null,
    tokens: tokensOf(obj(e.usage), false),
    allModelTokens: all,
  };
}

/** The stop reason of an `assistant` stream event (to spot a model refusal). */
export function assistantStopReason(e: Json): string | undefined {
  if (e.type !== 'assistant') return undefined;
  const r = obj(e.message)?.stop_reason;
  return typeof r === 'string' ? r : undefined;
}

/** What an `assistant` event shows of a turn: its message id (one turn may span several events), tools, text. */
export function assistantStep(
  e: Json,
): { messageId: string; tools: string[]; text: string } | undefined {
  if (e.type !== 'assistant') return undefined;
  const message = obj(e.message);
  const content = Array.isArray(message?.content) ? message.content : [];
  const blocks = content.map(obj).filter((b): b is Json => b !== undefined);
  return {
    messageId: typeof message?.id === 'string' ? message.id : '',
    tools: blocks.filter((b) => b.type === 'tool_use').map((b) => String(b.name)),
    text: blocks
      .filter((b) => b.type === 'text')
      .map((b) => String(b.text))
      .join(' '),
  };
}

/** An API error the CLI gave up on, as it words it in the result text ("API Error: 529 ..."). */
const INFRA_TEXT = /API Error:\s*(429|5\d\d)\b|overloaded|Request timed out|Connection error/i;

/**
 * Maps the result event to an outcome. `success` is `completed` when the tree changed and
 * `no_changes` when not; the other subtypes are the CLI's own limits.
 */
export function outcomeOf(
  r: ClaudeResultEvent,
  changed: number,
  refused: boolean,
): { outcome: EngineOutcome; infra: boolean; detail?: string } {
  if (refused)
    return { outcome: 'refused', infra: false, detail: 'the model refused (stop_reason refusal)' };
  switch (r.subtype) {
    case 'success':
      if (r.isError) {
        return {
          outcome: 'error',
          infra: INFRA_TEXT.test(r.resultText),
          detail: `claude reported an error: ${r.resultText.slice(0, 500)}`,
        };
      }
      return { outcome: changed > 0 ? 'completed' : 'no_changes', infra: false };
    case 'error_max_turns':
      return {
        outcome: 'max_turns',
        infra: false,
        detail: `turn cap reached after ${r.numTurns} turns`,
      };
    case 'error_max_budget_usd':
      return {
        outcome: 'budget_exceeded',
        infra: false,
        detail: 'the --max-budget-usd ceiling was reached',
      };
    default:
      return {
        outcome: 'error',
        infra: INFRA_TEXT.test(r.resultText),
        detail: `claude ended with ${r.subtype}${r.resultText ? `: ${r.resultText.slice(0, 500)}` : ''}`,
      };
  }
}
