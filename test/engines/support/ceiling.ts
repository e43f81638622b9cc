// What a run against a model that never stops must show once the proxy's ceiling holds.
import { expect } from '@jest/globals';
import { costOf } from '../../../src/core/cost/index.js';
import type { EngineResult } from '../../../src/engines/types.js';

/** The price of one reply: `input` includes the `cached` tokens, as OpenAI and Gemini count. */
export function replyUsd(model: string, u: { input: number; cached: number; output: number }) {
  const t = { input: u.input - u.cached, cacheRead: u.cached, cacheWrite: 0, output: u.output };
  return costOf(model, t).usd ?? NaN;
}

/**
 * The run stopped within one request of the ceiling (`calls` replies reached the server, each
 * costing `perCall`), the CLI took the one refusal as final, the run is `budget_exceeded`, and
 * its cost is exactly what the server's replies add up to.
 */
export function expectCeilingHeld(o: {
  readonly result: EngineResult;
  readonly calls: number;
  readonly perCall: number;
  readonly ceiling: number;
}): void {
  const { result, calls, perCall, ceiling } = o;
  expect(perCall).toBeGreaterThan(0);
  expect((calls - 1) * perCall).toBeLessThanOrEqual(ceiling);
  expect((calls + 1) * perCall).toBeGreaterThan(ceiling);
  expect(result.outcome).toBe('budget_exceeded');
  expect(result.detail).toContain(
    `LailaTov budget: the run's ceiling of $${ceiling.toFixed(2)} is spent`,
  );
  expect(result.detail).toContain('(1 request refused)');
  expect(result.costUsd).toBeCloseTo(calls * perCall, 9);
}

/**
 * The scripted "Create hello.txt" task of the real-CLI tests: two turns, each charged 1000 input
 * tokens (200 of them cached) and 40 output. The run completed, wrote the file, and cost what
 * the server's usage adds up to.
 */
export async function expectHelloCreated(
  result: EngineResult,
  server: { readonly failures: readonly unknown[] },
  repo: { read(rel: string): Promise<string> },
  engine: { readonly engine: string; readonly provider: string },
): Promise<void> {
  expect(server.failures).toEqual([]);
  expect(result).toMatchObject({
    outcome: 'completed',
    ...engine,
    finalMessage: 'Created hello.txt.',
    changedFiles: ['hello.txt'],
    turns: 2,
    tokens: { input: 2 * 1000, cacheRead: 2 * 200, output: 2 * 40, cacheWrite: 0 },
  });
  expect(result.costUsd).toBeCloseTo((2000 + 80) / 1e6, 12);
  expect(await repo.read('hello.txt')).toBe('hello\n');
}
