// The real Claude Code CLI driven through the claude-code engine against the scripted model
// server, behind the key proxy: it edits a temp git repo, runs Bash, and the engine reads cost,
// turns and usage from its stream-json output. The server accepts only the real key, which the
// CLI never sees.
import { afterEach, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createClaudeCodeEngine } from '../../src/engines/claude-code/index.js';
import type { ProgressEvent } from '../../src/engines/proxy/cli-session.js';
import { startModelServer, type ModelServer } from '../support/model/index.js';
import {
  makeTask,
  parentEnvWithSecrets,
  PLANTED_SECRETS,
  secretLeaks,
  tempRepo,
  type TempRepo,
} from './support/repo.js';

const CLAUDE = resolve('node_modules/.bin/claude');
const MODEL = 'claude-sonnet-4-6';
const REAL_KEY = PLANTED_SECRETS.ANTHROPIC_API_KEY;

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

const sideRules = [
  { name: 'side-request', when: { noTools: true }, reply: { text: 'ok' } },
  { name: 'haiku', when: { model: /haiku/ }, reply: { text: 'ok' } },
];

describe('claude-code engine (real CLI)', () => {
  it('runs Write and Bash through the proxy, parses cost and turns, and keeps the real key out', async () => {
    const repo: TempRepo = await tempRepo();
    cleanup.push(repo.cleanup);
    const content = 'Hello from the scripted model.\n';
    const ms: ModelServer = await startModelServer({
      apiKey: REAL_KEY,
      scenario: {
        rules: sideRules,
        turns: [
          {
            text: 'I will create the file.',
            toolUses: [
              { name: 'Write', input: { file_path: join(repo.dir, 'hello.txt'), content } },
            ],
          },
          {
            toolUses: [
              { name: 'Bash', input: { command: 'env > env.txt', description: 'Dump env' } },
            ],
          },
          { text: 'Created hello.txt.' },
        ],
      },
    });
    cleanup.unshift(() => ms.close());

    const events: ProgressEvent[] = [];
    const engine = createClaudeCodeEngine({
      binaryPath: CLAUDE,
      parentEnv: parentEnvWithSecrets(),
      upstream: { url: ms.url, apiKey: REAL_KEY },
      onProgress: (e) => events.push(e),
    });
    const result = await engine.run(makeTask(repo.dir, { model: MODEL, timeoutMs: 150_000 }));

    expect(ms.failures).toEqual([]);
    expect(result).toMatchObject({
      outcome: 'completed',
      finalMessage: 'Created hello.txt.',
      turns: 3,
      engine: 'claude-code',
      provider: 'anthropic',
      model: MODEL,
    });
    expect(result.changedFiles).toEqual(['env.txt', 'hello.txt']);
    expect(await repo.read('hello.txt')).toBe(content);

    // Cost and usage parsed from the result event agree with what the server charged.
    const totals = ms.usageTotals();
    expect(totals.costUsd).toBeGreaterThan(0);
    expect(result.costUsd).toBeCloseTo(totals.costUsd ?? NaN, 9);
    expect(result.tokens).toEqual({
      input: totals.input_tokens,
      output: totals.output_tokens,
      cacheRead: totals.cache_read_input_tokens,
      cacheWrite: totals.cache_creation_input_tokens,
    });
    // The proxy's own count matched the CLI's report.
    expect(result.detail).toMatch(/tokens cross-checked: proxy = CLI/);

    // Progress events arrived as they came, ending with the result.
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['system', 'assistant', 'user']),
    );
    expect(events.at(-1)?.type).toBe('result');

    // Every model call reached the server with the real key (the server refuses others)...
    const calls = ms.requests.filter((r) => r.path === '/v1/messages');
    expect(calls.length).toBeGreaterThanOrEqual(3);
    for (const r of calls) expect(r.headers.apiKey).toBe(REAL_KEY);
    // ...while the CLI and its Bash tool only ever had the dummy key, and no planted secret.
    const env = await readFile(join(repo.dir, 'env.txt'), 'utf8');
    expect(secretLeaks(env)).toEqual([]);
    expect(env).toMatch(/^ANTHROPIC_API_KEY=lailatov-dummy-[0-9a-f]{48}$/m);
    expect(env).toMatch(/^ANTHROPIC_BASE_URL=http:\/\/127\.0\.0\.1:\d+$/m);
    expect(env).not.toContain(ms.url);
    const git = await execa('git', ['status', '--porcelain'], { cwd: repo.dir });
    expect(git.stdout).toContain('hello.txt');
  }, 180_000);

  it("a model that never stops: the proxy refuses past the ceiling, Claude Code takes it as final, the run is budget_exceeded at the proxy's figure", async () => {
    const repo: TempRepo = await tempRepo();
    cleanup.push(repo.cleanup);
    // Every turn asks for another Bash call and reports a large usage (60k in, 10k out: $0.33 at
    // Sonnet's price; a usage near the context window makes Claude Code stop by itself).
    const ms: ModelServer = await startModelServer({
      apiKey: REAL_KEY,
      scenario: {
        rules: [
          ...sideRules,
          {
            name: 'never-stops',
            when: {},
            reply: {
              text: 'Still working.',
              toolUses: [{ name: 'Bash', input: { command: 'true', description: 'Keep going' } }],
              usage: { input_tokens: 60_000, output_tokens: 10_000 },
            },
          },
        ],
      },
    });
    cleanup.unshift(() => ms.close());
    const engine = createClaudeCodeEngine({
      binaryPath: CLAUDE,
      parentEnv: parentEnvWithSecrets(),
      upstream: { url: ms.url, apiKey: REAL_KEY },
    });
    const ceiling = 1.5;
    const result = await engine.run(
      makeTask(repo.dir, { model: MODEL, timeoutMs: 150_000, maxTurns: 50, budgetUsd: ceiling }),
    );

    expect(ms.failures).toEqual([]);
    const calls = ms.requests.filter((r) => r.path === '/v1/messages');
    const totals = ms.usageTotals();
    const perCall = (totals.costUsd ?? NaN) / calls.length;
    expect(perCall).toBeGreaterThan(0.33);
    // Within one request of the ceiling, and no request after the refusal reached the server.
    expect((calls.length - 1) * perCall).toBeLessThanOrEqual(ceiling);
    expect((calls.length + 1) * perCall).toBeGreaterThan(ceiling);
    expect(result.outcome).toBe('budget_exceeded');
    expect(result.detail).toContain("LailaTov budget: the run's ceiling of $1.50 is spent");
    // Claude Code took the refusal as final: it did not ask again.
    expect(result.detail).toContain('(1 request refused)');
    // The reported figures are exactly what the server charged.
    expect(result.costUsd).toBeCloseTo(totals.costUsd ?? NaN, 9);
    expect(result.tokens).toEqual({
      input: totals.input_tokens,
      output: totals.output_tokens,
      cacheRead: totals.cache_read_input_tokens,
      cacheWrite: totals.cache_creation_input_tokens,
    });
  }, 180_000);
});
