// The REAL gemini CLI (node_modules/.bin/gemini, from npm) driven by the gemini engine, with a
// fresh HOME, against the scripted Gemini API server, behind the key proxy: its write_file tool
// writes a file in a temp git repo (so yolo held), and the engine reports the usage.
import { afterEach, describe, expect, it } from '@jest/globals';
import { join, resolve } from 'node:path';
import { costOf } from '../../src/core/cost/index.js';
import { createGeminiEngine } from '../../src/engines/gemini/index.js';
import { startGeminiServer } from '../support/gemini/index.js';
import { expectCeilingHeld, expectHelloCreated, replyUsd } from './support/ceiling.js';
import { makeTask, parentEnvWithSecrets, tempRepo } from './support/repo.js';

const GEMINI = resolve('node_modules/.bin/gemini');
const REAL_KEY = 'AIza-real-gemini-key-only-the-proxy-holds';
const MODEL = 'gemini-2.5-pro';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

describe('gemini engine (real CLI)', () => {
  it('authenticates with a fresh home, runs write_file in yolo mode, and reports the usage', async () => {
    const repo = await tempRepo();
    cleanup.push(repo.cleanup);
    const server = await startGeminiServer({
      apiKey: REAL_KEY,
      turns: [
        {
          text: 'Creating the file.',
          functionCall: {
            name: 'write_file',
            args: { file_path: join(repo.dir, 'hello.txt'), content: 'hello\n' },
          },
        },
        { text: 'Created hello.txt.' },
      ],
      usage: { prompt: 1200, cached: 200, candidates: 40 },
    });
    cleanup.unshift(() => server.close());
    const engine = createGeminiEngine({
      binaryPath: GEMINI,
      parentEnv: parentEnvWithSecrets(),
      upstream: { url: server.url, apiKey: REAL_KEY },
      pricer: (_m, t) => (t.input + t.output) / 1e6,
    });
    const result = await engine.run(
      makeTask(repo.dir, { model: MODEL, prompt: 'Create hello.txt', timeoutMs: 90_000 }),
    );

    await expectHelloCreated(result, server, repo, { engine: 'gemini', provider: 'gemini' });
    const streamed = server.requests.filter((q) => q.url.includes(':streamGenerateContent'));
    expect(streamed.map((q) => q.url)).toEqual([
      `/v1beta/models/${MODEL}:streamGenerateContent?alt=sse`,
      `/v1beta/models/${MODEL}:streamGenerateContent?alt=sse`,
    ]);
    // The server takes only the real key; the CLI only ever had the proxy's dummy one.
    for (const q of server.requests) expect(q.headers['x-goog-api-key']).toBe(REAL_KEY);
  }, 120_000);

  it("a model that never stops: the proxy refuses past the ceiling, gemini takes it as final, the run is budget_exceeded at the server's figure", async () => {
    const repo = await tempRepo();
    cleanup.push(repo.cleanup);
    // Every reply asks for another shell command (each a different one, as a model at work, so
    // gemini's loop detection stays out of it) and reports a large usage: 100k prompt (20k
    // cached) and 10k out, $0.2025 at Gemini 2.5 Pro's price.
    const usage = { prompt: 100_000, cached: 20_000, candidates: 10_000 };
    const server = await startGeminiServer({
      apiKey: REAL_KEY,
      turns: [],
      endless: (n) => ({
        text: 'Still working.',
        functionCall: {
          name: 'run_shell_command',
          args: { command: `echo step ${n} >> steps.txt`, description: 'Keep going' },
        },
      }),
      usage,
    });
    cleanup.unshift(() => server.close());
    const engine = createGeminiEngine({
      binaryPath: GEMINI,
      parentEnv: parentEnvWithSecrets(),
      upstream: { url: server.url, apiKey: REAL_KEY },
      pricer: (m, t) => costOf(m, t).usd,
    });
    const ceiling = 0.7;
    const result = await engine.run(
      makeTask(repo.dir, {
        model: MODEL,
        prompt: 'Keep going',
        timeoutMs: 90_000,
        maxTurns: 50,
        budgetUsd: ceiling,
      }),
    );

    expect(server.failures).toEqual([]);
    // Every reply the server charged for: the streamed turns and any side call the CLI made.
    const charged = server.requests.filter((q) => !q.url.includes(':countTokens')).length;
    const perCall = replyUsd(MODEL, {
      input: usage.prompt,
      cached: usage.cached,
      output: usage.candidates,
    });
    expect(perCall).toBeCloseTo(0.2025, 9);
    // Within one request of the ceiling, gemini took the refusal as final (it did not ask
    // again), and no request after the refusal reached the server.
    expectCeilingHeld({ result, calls: charged, perCall, ceiling });
    // It said so in its error report, not as a crash without a result.
    expect(result.detail).toContain('; gemini: {"error":{"code":400,"message":"LailaTov budget');
    expect(result.detail).not.toContain('infra:');
    // The reported figures are exactly what the server was asked for and charged.
    const totals = server.usageTotals();
    expect(result.tokens).toEqual({
      input: totals.prompt - totals.cached,
      cacheRead: totals.cached,
      cacheWrite: 0,
      output: totals.candidates,
    });
    expect(result.turns).toBe(server.requests.length);
    // The shell tool really ran on every turn the server played.
    const steps = (await repo.read('steps.txt')).trim().split('\n');
    expect(steps).toHaveLength(server.turnsPlayed());
  }, 120_000);
});
