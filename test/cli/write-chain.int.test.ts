// `lailatov write --engine a,b`: a chain whose first provider fails mid-run (one paid turn, then
// 529) hands over to the next link on a clean tree, and the run reports the SUM of both links.
// Links that name no model run `--model`.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { costOf } from '../../src/core/cost/index.js';
import { startModelServer, type ModelServer } from '../support/model/index.js';
import { captureIo } from '../support/cli-io.js';
import { git, makeFixture } from '../e2e/helpers.js';

const KEY = 'sk-ant-chain';
const MODEL = 'claude-opus-4-6';
const PAID_TURN = { input_tokens: 40_000, output_tokens: 4_000 };
let ms: ModelServer;

beforeAll(async () => {
  ms = await startModelServer({
    apiKey: KEY,
    scenario: {
      // Every run's first turn is paid and writes a file; the provider then goes down.
      rules: [
        {
          when: { lastToolResult: false },
          reply: {
            text: 'Starting.',
            toolUses: [
              { name: 'write_file', input: { file_path: 'half.txt', content: 'half-finished\n' } },
            ],
            usage: PAID_TURN,
          },
        },
      ],
    },
  });
  ms.faults.add({ status: 529, times: 1000, when: { lastToolResult: true } });
});
afterAll(() => ms.close());

function io() {
  return captureIo({
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      ANTHROPIC_BASE_URL: ms.url,
      ANTHROPIC_API_KEY: KEY,
    },
  });
}

describe('lailatov write with an engine chain', () => {
  test('the first link spends then fails with 529; the second completes on a clean tree; the total is the sum', async () => {
    const replayCost = 0.25;
    const f = await makeFixture({
      replay: {
        write: {
          version: 1,
          costUsd: replayCost,
          tokens: { input: 1000, output: 100 },
          steps: [{ action: 'write', path: 'fixed.txt', content: 'ok\n' }],
        },
      },
    });
    const c = io();
    const code = await main(
      [
        'write',
        '--issue',
        f.issue,
        '--repo',
        f.repo,
        '--engine',
        'anthropic, replay',
        '--replay',
        f.replay,
        '--model',
        MODEL,
        '--budget',
        '10',
        '--json',
      ],
      c,
    );
    expect({ code, err: c.err() }).toMatchObject({ code: 0 });
    const out = JSON.parse(c.out()) as {
      costUsd: number;
      links: { engine: string; model: string; outcome: string; costUsd: number }[];
      changedFiles: string[];
      engine: string;
      branch: string;
    };
    // The server was asked for the flag's model (no link named one), and charged one turn.
    const paid = ms.requests.filter((r) => r.path === '/v1/messages' && r.status === 200);
    expect(paid.map((r) => r.request?.model)).toEqual([MODEL]);
    const u = paid[0]?.usage;
    const firstCost = costOf(MODEL, {
      input: u?.input_tokens ?? 0,
      output: u?.output_tokens ?? 0,
      cacheRead: u?.cache_read_input_tokens ?? 0,
      cacheWrite: u?.cache_creation_input_tokens ?? 0,
    }).usd as number;
    expect(firstCost).toBeGreaterThan(0);
    expect(out.links.map((l) => [l.engine, l.model, l.outcome])).toEqual([
      ['anthropic', MODEL, 'error'],
      ['replay', MODEL, 'completed'],
    ]);
    expect(out.links[0]?.costUsd).toBeCloseTo(firstCost, 6);
    expect(out.costUsd).toBeCloseTo(firstCost + replayCost, 6);
    // The first link's half-finished file never reached the branch.
    expect(out.changedFiles).toEqual(['fixed.txt']);
    // The user is back on main; the work is on the agent branch.
    expect(await git(f.repo, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main\n');
    expect(await git(f.repo, 'diff', '--name-only', `main...${out.branch}`)).toBe('fixed.txt\n');
  }, 60_000);

  test('the next link gets only what the first left of the issue ceiling (a chain from the config, with --model)', async () => {
    const f = await makeFixture({
      // The chain comes from the config this time; --model still reaches its links.
      files: {
        '.github/lailatov.yml':
          'baseBranch: main\ntestCommand: [node, --test]\nengines:\n  write: [anthropic, replay]\n',
      },
      replay: {
        write: {
          version: 1,
          costUsd: 0.8,
          steps: [{ action: 'write', path: 'fixed.txt', content: 'ok\n' }],
        },
      },
    });
    const from = ms.requests.length;
    const c = io();
    // $1 for the issue: the first link's paid turn (about $0.31) leaves about $0.69, less than
    // the $0.80 the second link needs, so it stops on the ceiling instead of taking $1 again.
    const code = await main(
      [
        'write',
        '--issue',
        f.issue,
        '--repo',
        f.repo,
        '--replay',
        f.replay,
        '--model',
        MODEL,
      ].concat(['--budget', '1', '--json']),
      c,
    );
    expect(code).toBe(1);
    const out = JSON.parse(c.out()) as {
      outcome: string;
      links: { engine: string; outcome: string; costUsd: number }[];
    };
    const paid = ms.requests.slice(from).filter((r) => r.status === 200);
    expect(paid.map((r) => r.request?.model)).toEqual([MODEL]);
    expect(out.outcome).toBe('budget_exceeded');
    expect(out.links.map((l) => [l.engine, l.outcome])).toEqual([
      ['anthropic', 'error'],
      ['replay', 'budget_exceeded'],
    ]);
  }, 60_000);

  test('--engine names a bad link: a clear error naming the flag', async () => {
    const f = await makeFixture();
    const c = io();
    const code = await main(
      ['write', '--issue', f.issue, '--repo', f.repo, '--engine', 'replay,,anthropic'],
      c,
    );
    expect(code).toBe(2);
    expect(c.err()).toMatch(/--engine: link 2 of "replay,,anthropic" names no engine/);
  });

  test('--engine-bin with two CLI engines in the chain is ambiguous: the error says what to set', async () => {
    const f = await makeFixture();
    const c = io();
    const code = await main(
      ['write', '--issue', f.issue, '--repo', f.repo, '--engine', 'claude-code,codex'].concat([
        '--engine-bin',
        '/usr/bin/false',
      ]),
      c,
    );
    expect(code).toBe(2);
    expect(c.err()).toMatch(/set LAILATOV_CLAUDE_BIN, LAILATOV_CODEX_BIN instead/);
  });

  test('the help says what a chain is', async () => {
    const c = io();
    await main(['write', '--help'], c);
    expect(c.out()).toMatch(/--engine A,B,\.\.\. +engine chain/);
    expect(c.out()).toMatch(/every link that names no model uses it/);
  });
});
