// codex, gemini and aider adapters against stub executables that print what each CLI prints in
// its machine-readable mode, edit the tree and dump their environment. Also: the missing-binary
// error, the timeout of a hung CLI through an engine, and infra failures flagged for fallback.
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createAiderEngine } from '../../src/engines/aider/index.js';
import { createClaudeCodeEngine } from '../../src/engines/claude-code/index.js';
import { createCodexEngine } from '../../src/engines/codex/index.js';
import { isInfraFailure } from '../../src/engines/fallback.js';
import { createGeminiEngine } from '../../src/engines/gemini/index.js';
import { UserError } from '../../src/core/errors.js';
import { survivorsIn } from './support/procs.js';
import { makeTask, parentEnvWithSecrets, secretLeaks, tempRepo } from './support/repo.js';

const STUBS = resolve('test/fixtures/engines');
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

async function repo() {
  const r = await tempRepo();
  cleanup.push(r.cleanup);
  return r;
}

const opts = (bin: string) => ({
  binaryPath: join(STUBS, bin),
  parentEnv: parentEnvWithSecrets(),
  // A proxy runs for every CLI run; the stubs never call it, so the upstream is never reached.
  upstream: { url: 'http://127.0.0.1:9', apiKey: 'sk-real-upstream-key' },
  killGraceMs: 200,
});

describe('codex engine (stub CLI)', () => {
  it('parses exec --json events: final message, usage split into cached and fresh input', async () => {
    const r = await repo();
    const seen: string[] = [];
    const engine = createCodexEngine({
      ...opts('codex'),
      pricer: (model, t) => (model === 'gpt-5-codex' ? (t.input + t.output) / 1e6 : null),
      onProgress: (e) => seen.push(e.type),
    });
    const result = await engine.run(
      makeTask(r.dir, { model: 'gpt-5-codex', prompt: 'make hello' }),
    );
    expect(result).toMatchObject({
      outcome: 'completed',
      finalMessage: 'Created hello.txt.',
      turns: 1,
      provider: 'openai',
      tokens: { input: 24763 - 24448, cacheRead: 24448, output: 122, cacheWrite: 0 },
    });
    expect(result.costUsd).toBeCloseTo((24763 - 24448 + 122) / 1e6, 12);
    expect(result.changedFiles).toEqual(expect.arrayContaining(['hello.txt']));
    expect(seen).toEqual(
      expect.arrayContaining(['thread.started', 'item.completed', 'turn.completed']),
    );
    const argv = JSON.parse(await r.read('.stub/codex-argv.json')) as string[];
    expect(argv.slice(0, 2)).toEqual(['exec', '--json']);
    expect(argv.join(' ')).toContain('--model gpt-5-codex');
    // Codex ignores OPENAI_BASE_URL: the proxy is a provider in its config, keyed by env_key.
    expect(argv.join(' ')).toMatch(
      /-c model_providers\.lailatov=\{.*base_url="http:\/\/127\.0\.0\.1:\d+\/v1",wire_api="responses",env_key="LAILATOV_PROXY_KEY"\} -c model_provider=lailatov/,
    );
    const env = await r.read('.stub/env.txt');
    expect(secretLeaks(env)).toEqual([]);
    expect(env).not.toContain('sk-real-upstream-key');
    expect(env).toMatch(/^LAILATOV_PROXY_KEY=lailatov-dummy-/m);
  });

  it('flags a 529 from the provider as an infra failure', async () => {
    const r = await repo();
    const result = await createCodexEngine(opts('codex')).run(
      makeTask(r.dir, { prompt: 'FAIL529' }),
    );
    expect(result.outcome).toBe('error');
    expect(isInfraFailure(result)).toBe(true);
    expect(result.detail).toMatch(/529/);
  });

  it('kills a hung CLI and its grandchild on timeout', async () => {
    const r = await repo();
    const result = await createCodexEngine(opts('codex')).run(
      makeTask(r.dir, { prompt: 'HANG', timeoutMs: 3000 }),
    );
    expect(result.outcome).toBe('timeout');
    expect(isInfraFailure(result)).toBe(true);
    // The stub and its grandchild did start (they recorded their sandbox pids) ...
    expect((await r.read('.stub/pids')).split(' ')).toHaveLength(2);
    // ... and none of them still runs in the tree, seen from the host's /proc.
    expect(await survivorsIn(r.dir)).toEqual([]);
  });

  it('cancels a hung CLI through the abort signal', async () => {
    const r = await repo();
    const ac = new AbortController();
    const engine = createCodexEngine({
      ...opts('codex'),
      onProgress: (e) => {
        if (e.type === 'stub.hanging') ac.abort();
      },
    });
    const result = await engine.run(makeTask(r.dir, { prompt: 'HANG' }), ac.signal);
    expect(result).toMatchObject({ outcome: 'error', detail: 'cancelled' });
    expect(isInfraFailure(result)).toBe(false);
    // The stub and its grandchild did start (they recorded their sandbox pids) ...
    expect((await r.read('.stub/pids')).split(' ')).toHaveLength(2);
    // ... and none of them still runs in the tree, seen from the host's /proc.
    expect(await survivorsIn(r.dir)).toEqual([]);
  });
});

describe('gemini engine (stub CLI)', () => {
  it('parses the JSON output: response, per-model tokens and requests', async () => {
    const r = await repo();
    const result = await createGeminiEngine(opts('gemini')).run(
      makeTask(r.dir, { model: 'gemini-2.5-pro', prompt: 'make hello' }),
    );
    expect(result).toMatchObject({
      outcome: 'completed',
      finalMessage: 'I created hello.txt.',
      turns: 3,
      provider: 'gemini',
      tokens: { input: 24939 - 21263, cacheRead: 21263, output: 20 + 154, cacheWrite: 0 },
      costUsd: null,
    });
    const env = await r.read('.stub/env.txt');
    expect(secretLeaks(env)).toEqual([]);
    expect(env).toMatch(/^GOOGLE_GEMINI_BASE_URL=http:\/\/127\.0\.0\.1:\d+$/m);
  });

  it('maps exit 53 to max_turns (the cap is written to its settings) and 429 to infra', async () => {
    const r = await repo();
    const engine = createGeminiEngine(opts('gemini'));
    const capped = await engine.run(makeTask(r.dir, { prompt: 'TURNLIMIT', maxTurns: 7 }));
    expect(capped.outcome).toBe('max_turns');
    const limited = await engine.run(makeTask(r.dir, { prompt: 'FAIL429' }));
    expect(isInfraFailure(limited)).toBe(true);
    expect(limited.detail).toMatch(/429/);
  });
});

describe('aider engine (stub CLI)', () => {
  it('sums the Tokens lines (k/M suffixes), takes the session cost, ignores its own files', async () => {
    const r = await repo();
    const result = await createAiderEngine(opts('aider')).run(
      makeTask(r.dir, { model: 'anthropic/claude-sonnet-4-6', prompt: 'make hello' }),
    );
    expect(result).toMatchObject({
      outcome: 'completed',
      turns: 2,
      provider: 'anthropic',
      tokens: { input: 12000 + 2400, output: 1200 + 205, cacheWrite: 1300, cacheRead: 8_100_000 },
      costUsd: 0.0547,
    });
    expect(result.changedFiles).toEqual(['.stub/aider-argv.json', '.stub/env.txt', 'hello.txt']);
    expect(result.finalMessage).toContain('Applied edit to hello.txt');
    const env = await r.read('.stub/env.txt');
    expect(secretLeaks(env)).toEqual([]);
    expect(env).toMatch(/^ANTHROPIC_API_KEY=lailatov-dummy-/m);
  });

  it('flags litellm provider errors as infra even when aider exits 0', async () => {
    const r = await repo();
    const result = await createAiderEngine(opts('aider')).run(makeTask(r.dir, { prompt: 'FAIL' }));
    expect(isInfraFailure(result)).toBe(true);
    expect(result.detail).toMatch(/InternalServerError/);
  });
});

describe('missing CLI', () => {
  it.each([
    [
      'claude-code',
      () => createClaudeCodeEngine({ parentEnv: { PATH: '/nonexistent' } }),
      'npm i -g @anthropic-ai/claude-code',
    ],
    [
      'codex',
      () => createCodexEngine({ parentEnv: { PATH: '/nonexistent' } }),
      'npm i -g @openai/codex',
    ],
    [
      'aider',
      () => createAiderEngine({ parentEnv: { PATH: '/nonexistent' } }),
      'pipx install aider-chat',
    ],
    [
      'gemini',
      () => createGeminiEngine({ parentEnv: { PATH: '/nonexistent' } }),
      'npm i -g @google/gemini-cli',
    ],
  ])('%s: a UserError with the install command', async (_name, make, install) => {
    const r = await repo();
    const err = await make()
      .run(makeTask(r.dir))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain(install);
  });

  it('a configured binaryPath that does not exist names the option', async () => {
    const r = await repo();
    const engine = createCodexEngine({ binaryPath: '/nonexistent/codex', parentEnv: { PATH: '' } });
    await expect(engine.run(makeTask(r.dir))).rejects.toThrow(/binaryPath "\/nonexistent\/codex"/);
  });
});

it('reads nothing from stubs through a real file path', async () => {
  // Guard against a stub silently not running: its argv file must exist after a run.
  const r = await repo();
  await createGeminiEngine(opts('gemini')).run(makeTask(r.dir));
  expect(JSON.parse(await readFile(join(r.dir, '.stub/gemini-argv.json'), 'utf8'))).toContain(
    '--approval-mode',
  );
});
