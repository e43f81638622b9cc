// The REAL Codex CLI (node_modules/.bin/codex, from npm) driven by the codex engine, with a fresh
// HOME, against the scripted Responses API server, behind the key proxy: it runs its shell tool
// to write a file in a temp git repo, and the engine reports the usage the server charged.
import { afterEach, describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { costOf } from '../../src/core/cost/index.js';
import { createCodexEngine } from '../../src/engines/codex/index.js';
import { startResponsesServer } from '../support/openai/index.js';
import { expectCeilingHeld, expectHelloCreated, replyUsd } from './support/ceiling.js';
import { makeTask, parentEnvWithSecrets, PLANTED_SECRETS, tempRepo } from './support/repo.js';

const CODEX = resolve('node_modules/.bin/codex');
const REAL_KEY = PLANTED_SECRETS.OPENAI_API_KEY;

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

describe('codex engine (real CLI)', () => {
  it('reaches the proxy (not api.openai.com), runs its shell tool, and reports the usage', async () => {
    const repo = await tempRepo();
    cleanup.push(repo.cleanup);
    const server = await startResponsesServer({
      apiKey: REAL_KEY,
      turns: [
        { call: { name: 'exec_command', arguments: { cmd: 'printf "hello\\n" > hello.txt' } } },
        { text: 'Created hello.txt.' },
      ],
      usage: { input: 1200, cached: 200, output: 40 },
    });
    cleanup.unshift(() => server.close());
    const engine = createCodexEngine({
      binaryPath: CODEX,
      parentEnv: parentEnvWithSecrets(),
      upstream: { url: server.url, apiKey: REAL_KEY },
      pricer: (_m, t) => (t.input + t.output) / 1e6,
    });
    const result = await engine.run(
      makeTask(repo.dir, { model: 'gpt-5-codex', prompt: 'Create hello.txt', timeoutMs: 90_000 }),
    );

    await expectHelloCreated(result, server, repo, { engine: 'codex', provider: 'openai' });
    // Every request reached the scripted server over HTTP with the real key the CLI never saw.
    expect(server.requests.map((q) => `${q.method} ${q.url}`)).toEqual([
      'POST /v1/responses',
      'POST /v1/responses',
    ]);
    for (const q of server.requests) expect(q.headers.authorization).toBe(`Bearer ${REAL_KEY}`);
  }, 120_000);

  it("a model that never stops: the proxy refuses past the ceiling, codex takes it as final, the run is budget_exceeded at the server's figure", async () => {
    const repo = await tempRepo();
    cleanup.push(repo.cleanup);
    // Every reply asks for another shell command (each a different one, as a model at work) and
    // reports a large usage: 100k in (20k cached) and 10k out, $0.2025 at GPT-5's price.
    const usage = { input: 100_000, cached: 20_000, output: 10_000 };
    const server = await startResponsesServer({
      apiKey: REAL_KEY,
      turns: [],
      endless: (n) => ({
        text: 'Still working.',
        call: { name: 'exec_command', arguments: { cmd: `echo step ${n} >> steps.txt` } },
      }),
      usage,
    });
    cleanup.unshift(() => server.close());
    const engine = createCodexEngine({
      binaryPath: CODEX,
      parentEnv: parentEnvWithSecrets(),
      upstream: { url: server.url, apiKey: REAL_KEY },
      pricer: (m, t) => costOf(m, t).usd,
    });
    const ceiling = 0.7;
    const model = 'gpt-5-codex';
    const result = await engine.run(
      makeTask(repo.dir, { model, prompt: 'Keep going', timeoutMs: 90_000, budgetUsd: ceiling }),
    );

    expect(server.failures).toEqual([]);
    const calls = server.requests.length;
    const perCall = replyUsd(model, usage);
    expect(perCall).toBeCloseTo(0.2025, 9);
    // Within one request of the ceiling, codex took the refusal as final (it did not ask again),
    // and no request after the refusal reached the server.
    expectCeilingHeld({ result, calls, perCall, ceiling });
    // The reported figures are exactly what the server was asked for and charged.
    const totals = server.usageTotals();
    expect(result.turns).toBe(calls);
    expect(result.tokens).toEqual({
      input: totals.input - totals.cached,
      cacheRead: totals.cached,
      cacheWrite: 0,
      output: totals.output,
    });
    // The shell tool really ran on every turn the server played.
    expect((await repo.read('steps.txt')).trim().split('\n')).toHaveLength(calls);
  }, 120_000);
});
