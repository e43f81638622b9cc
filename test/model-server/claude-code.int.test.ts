// The real Claude Code CLI driven by the scripted model server: it streams a Write and a Bash
// tool use, Claude Code executes them in a temp git repo, and its cost report must agree with
// the usage the server charged.
import { afterEach, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startModelServer, type ModelServer } from '../support/model/index.js';

const CLAUDE = resolve('node_modules/.bin/claude');
const MODEL = 'claude-sonnet-4-6';

interface ClaudeResult {
  is_error: boolean;
  num_turns: number;
  total_cost_usd: number;
  result: string;
  usage: {
    input_tokens: number;
    output_tokens: number;
    cache_creation_input_tokens: number;
    cache_read_input_tokens: number;
  };
  modelUsage: Record<
    string,
    {
      inputTokens: number;
      outputTokens: number;
      cacheReadInputTokens: number;
      cacheCreationInputTokens: number;
      costUSD: number;
    }
  >;
}

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('model server with the real Claude Code CLI', () => {
  it('streams Write and Bash tool uses that Claude Code executes, and agrees on cost', async () => {
    const repo = await tempDir('cc-repo-');
    const home = await tempDir('cc-home-');
    await execa('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    await execa('git', ['config', 'user.email', 'bot@example.com'], { cwd: repo });
    await execa('git', ['config', 'user.name', 'Bot'], { cwd: repo });

    const filePath = join(repo, 'hello.txt');
    const content = 'Hello from the scripted model.\n';
    const ms: ModelServer = await startModelServer({
      scenario: {
        rules: [
          // Side requests (titles, topic checks, quota probes) get a harmless answer.
          { name: 'side-request', when: { noTools: true }, reply: { text: 'ok' } },
          { name: 'haiku', when: { model: /haiku/ }, reply: { text: 'ok' } },
        ],
        turns: [
          {
            text: 'I will create the file.',
            toolUses: [{ name: 'Write', input: { file_path: filePath, content } }],
          },
          {
            toolUses: [
              {
                name: 'Bash',
                input: {
                  command: 'git add -A && git commit -q -m "Add hello.txt"',
                  description: 'Commit the new file',
                },
              },
            ],
          },
          { text: 'Created and committed hello.txt.' },
        ],
      },
    });
    cleanup.unshift(() => ms.close());

    const run = await execa(
      CLAUDE,
      [
        '-p',
        'Create hello.txt and commit it',
        '--output-format',
        'json',
        '--max-turns',
        '5',
        '--allowedTools',
        'Read,Write,Edit,Bash',
        '--model',
        MODEL,
      ],
      {
        cwd: repo,
        reject: false,
        input: '',
        timeout: 150_000,
        extendEnv: false,
        env: {
          PATH: process.env.PATH,
          HOME: home,
          // Claude Code keeps per-project task files under $TMPDIR/claude-<uid>: the test's home.
          TMPDIR: home,
          ANTHROPIC_BASE_URL: ms.url,
          ANTHROPIC_API_KEY: 'x',
          CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
        },
      },
    );
    const log = ms.requests.map(
      (r) => `${r.method} ${r.path}?${r.query} ${r.status} ${r.error ?? ''}`,
    );
    expect({ exit: run.exitCode, stderr: run.stderr.slice(-2000), failures: ms.failures }).toEqual({
      exit: 0,
      stderr: expect.any(String),
      failures: [],
    });
    const out = JSON.parse(run.stdout) as ClaudeResult;

    // The tools really ran: the file exists with the content, and the Bash commit happened.
    expect(await readFile(filePath, 'utf8')).toBe(content);
    const git = await execa('git', ['log', '--format=%s', '--name-only'], { cwd: repo });
    expect(git.stdout).toBe('Add hello.txt\n\nhello.txt');

    // Every scripted turn was served, over the streaming beta endpoint, in order.
    expect(ms.remainingTurns()).toBe(0);
    const main = ms.requests.filter((r) => r.answeredBy?.startsWith('turn#'));
    expect(main.map((r) => r.answeredBy)).toEqual(['turn#0', 'turn#1', 'turn#2']);
    for (const r of main) {
      expect(r.query).toBe('beta=true');
      expect(r.request?.stream).toBe(true);
      expect(r.request?.toolNames).toEqual(
        expect.arrayContaining(['Write', 'Bash', 'Read', 'Edit']),
      );
    }
    // Claude Code answered each tool_use id we generated with a successful tool_result.
    for (const [i, r] of main.slice(0, 2).entries()) {
      const next = main[i + 1]?.request?.messages.at(-1);
      const results = Array.isArray(next?.content) ? next.content : [];
      expect(results).toContainEqual(
        expect.objectContaining({ type: 'tool_result', tool_use_id: r.toolUseIds?.[0] }),
      );
      expect(results.some((b) => b.type === 'tool_result' && b.is_error === true)).toBe(false);
    }

    // Its report agrees with what the server charged, token for token and in dollars.
    const totals = ms.usageTotals();
    expect(out.is_error).toBe(false);
    expect(out.result).toBe('Created and committed hello.txt.');
    expect(out.num_turns).toBe(3);
    expect(out.usage).toMatchObject({
      input_tokens: totals.input_tokens,
      output_tokens: totals.output_tokens,
      cache_creation_input_tokens: totals.cache_creation_input_tokens,
      cache_read_input_tokens: totals.cache_read_input_tokens,
    });
    const served = totals.byModel[MODEL];
    expect(out.modelUsage[MODEL]).toMatchObject({
      inputTokens: served?.input_tokens,
      outputTokens: served?.output_tokens,
      cacheReadInputTokens: served?.cache_read_input_tokens,
      cacheCreationInputTokens: served?.cache_creation_input_tokens,
    });
    // Claude Code prices the session itself; the server prices it at Anthropic's list prices.
    expect(totals.costUsd).toBeGreaterThan(0);
    expect(out.total_cost_usd).toBeCloseTo(totals.costUsd ?? NaN, 9);
    // Its breakpoints (system + last message) make later turns read the cached prefix.
    expect(main[1]?.usage?.cache_read_input_tokens).toBeGreaterThan(0);
    expect(main[2]?.usage?.cache_read_input_tokens).toBeGreaterThan(
      main[1]?.usage?.cache_read_input_tokens ?? 0,
    );
    const share =
      totals.cache_read_input_tokens /
      (totals.cache_read_input_tokens + totals.cache_creation_input_tokens + totals.input_tokens);
    console.log(
      `claude-code: ${ms.requests.length} requests (${log.join('; ')}), cache-read share ${(share * 100).toFixed(1)}%, cost $${out.total_cost_usd}`,
    );
  }, 180_000);
});
