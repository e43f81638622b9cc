// The REAL gemini CLI (node_modules/.bin/gemini, from npm) driven by the gemini engine, with a
// fresh HOME, against the scripted Gemini API server, behind the key proxy: its write_file tool
// writes a file in a temp git repo (so yolo held), and the engine reports the usage.
import { afterEach, describe, expect, it } from '@jest/globals';
import { join, resolve } from 'node:path';
import { createGeminiEngine } from '../../src/engines/gemini/index.js';
import { startGeminiServer } from '../support/gemini/index.js';
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

    expect(server.failures).toEqual([]);
    expect(result).toMatchObject({
      outcome: 'completed',
      engine: 'gemini',
      provider: 'gemini',
      finalMessage: 'Created hello.txt.',
      changedFiles: ['hello.txt'],
      turns: 2,
      tokens: { input: 2 * 1000, cacheRead: 2 * 200, output: 2 * 40, cacheWrite: 0 },
    });
    expect(result.costUsd).toBeCloseTo((2000 + 80) / 1e6, 12);
    expect(await repo.read('hello.txt')).toBe('hello\n');
    const streamed = server.requests.filter((q) => q.url.includes(':streamGenerateContent'));
    expect(streamed.map((q) => q.url)).toEqual([
      `/v1beta/models/${MODEL}:streamGenerateContent?alt=sse`,
      `/v1beta/models/${MODEL}:streamGenerateContent?alt=sse`,
    ]);
    // The server takes only the real key; the CLI only ever had the proxy's dummy one.
    for (const q of server.requests) expect(q.headers['x-goog-api-key']).toBe(REAL_KEY);
  }, 120_000);
});
