// The REAL Codex CLI (node_modules/.bin/codex, from npm) driven by the codex engine, with a fresh
// HOME, against the scripted Responses API server, behind the key proxy: it runs its shell tool
// to write a file in a temp git repo, and the engine reports the usage the server charged.
import { afterEach, describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { createCodexEngine } from '../../src/engines/codex/index.js';
import { startResponsesServer } from '../support/openai/index.js';
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

    expect(server.failures).toEqual([]);
    expect(result).toMatchObject({
      outcome: 'completed',
      engine: 'codex',
      provider: 'openai',
      finalMessage: 'Created hello.txt.',
      changedFiles: ['hello.txt'],
      turns: 2,
      tokens: { input: 2 * 1000, cacheRead: 2 * 200, output: 2 * 40, cacheWrite: 0 },
    });
    expect(result.costUsd).toBeCloseTo((2000 + 80) / 1e6, 12);
    expect(await repo.read('hello.txt')).toBe('hello\n');
    // Every request reached the scripted server over HTTP with the real key the CLI never saw.
    expect(server.requests.map((q) => `${q.method} ${q.url}`)).toEqual([
      'POST /v1/responses',
      'POST /v1/responses',
    ]);
    for (const q of server.requests) expect(q.headers.authorization).toBe(`Bearer ${REAL_KEY}`);
  }, 120_000);
});
