import type { EngineTokens } from '../types.js';
import type { ModelCall } from './types.js';

export function sumCalls(calls: readonly ModelCall[]): {
  usage: EngineTokens;
  costUsd: number | null;
} {
  const usage = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
  let cost: number | null = 0;
  for (const c of calls) {
    usage.input += c.tokens.input;
    usage.output += c.tokens.output;
    usage.cacheRead += c.tokens.cacheRead;
    usage.cacheWrite += c.tokens.cacheWrite;
    cost = cost === null || c.costUsd === null ? null : cost + c.costUsd;
  }
  return { usage, costUsd: cost };
}
