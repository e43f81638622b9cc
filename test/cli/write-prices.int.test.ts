// The `prices` override (issue 13): a model the built-in table does not know (a gateway's, a new
// one) is refused before any call while a ceiling is set, and with its prices in
// .github/lailatov.yml it runs, and its cost is its usage priced with them: on the native engine,
// and on a CLI engine (the real Claude Code) metered by the model proxy.
import { afterEach, describe, expect, test } from '@jest/globals';
import { resolve } from 'node:path';
import { main } from '../../src/cli/main.js';
import { costOf, mergePrices } from '../../src/core/cost/index.js';
import { startModelServer, type ModelServer } from '../support/model/index.js';
import { captureIo } from '../support/cli-io.js';
import { makeFixture } from '../e2e/helpers.js';

const KEY = 'sk-ant-prices';
const MODEL = 'acme-gateway-large';
// USD per million tokens, unlike any built-in price so a wrong table shows.
const PRICE = { input: 7, output: 21, cacheWrite: 9, cacheRead: 0.7 };
const CONFIG = 'baseBranch: main\ntestCommand: [node, --test]\nengines:\n  write: [anthropic]\n';

let ms: ModelServer | undefined;
afterEach(() => ms?.close());

async function server(): Promise<ModelServer> {
  ms = await startModelServer({
    apiKey: KEY,
    scenario: {
      turns: [
        {
          toolUses: [{ name: 'write_file', input: { file_path: 'fixed.txt', content: 'ok\n' } }],
          usage: { input_tokens: 12_000, output_tokens: 900, cache_read_input_tokens: 3_000 },
        },
        { text: 'Wrote fixed.txt.', usage: { input_tokens: 13_000, output_tokens: 40 } },
      ],
    },
  });
  return ms;
}

async function write(m: ModelServer, config: string, extra: readonly string[] = []) {
  const f = await makeFixture({ files: { '.github/lailatov.yml': config } });
  const io = captureIo({
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      ANTHROPIC_BASE_URL: m.url,
      ANTHROPIC_API_KEY: KEY,
    },
  });
  const args = [
    'write',
    '--issue',
    f.issue,
    '--repo',
    f.repo,
    '--model',
    MODEL,
    '--json',
    ...extra,
  ];
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('lailatov write with a model the price table does not know', () => {
  test('without a price: refused before any call, and the error says how to price it', async () => {
    const m = await server();
    const r = await write(m, CONFIG);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`no price is known for model "${MODEL}"`);
    expect(r.err).toContain('price it under `prices` in .github/lailatov.yml');
    expect(m.requests).toHaveLength(0);
  });

  test('with `prices` for it: runs, and costs its usage at those prices', async () => {
    const m = await server();
    const prices = `prices:\n  ${MODEL}: ${JSON.stringify(PRICE)}\n`;
    const r = await write(m, CONFIG + prices);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: expect.any(String) });
    const out = JSON.parse(r.out) as { costUsd: number; changedFiles: string[]; model: string };
    expect(out.changedFiles).toEqual(['fixed.txt']);
    const served = m.requests.filter((q) => q.status === 200);
    expect(served.map((q) => q.request?.model)).toEqual([MODEL, MODEL]);
    const expected = served.reduce((sum, q) => {
      const u = q.usage;
      return (
        sum +
        ((u?.input_tokens ?? 0) * PRICE.input +
          (u?.output_tokens ?? 0) * PRICE.output +
          (u?.cache_creation_input_tokens ?? 0) * PRICE.cacheWrite +
          (u?.cache_read_input_tokens ?? 0) * PRICE.cacheRead) /
          1e6
      );
    }, 0);
    expect(expected).toBeGreaterThan(0.1);
    expect(out.costUsd).toBeCloseTo(expected, 9);
  });

  test('a bad price names its key', async () => {
    const m = await server();
    const r = await write(m, `${CONFIG}prices:\n  ${MODEL}: {input: 7, output: cheap}\n`);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `prices.${MODEL}.output: must be a number >= 0 (USD per million tokens), got "cheap"`,
    );
    expect(m.requests).toHaveLength(0);
  });
});

describe('a CLI engine (the real Claude Code) with a model the price table does not know', () => {
  const CLAUDE = resolve('node_modules/.bin/claude');
  const cli = ['--engine', 'claude-code', '--engine-bin', CLAUDE];

  async function claudeServer(): Promise<ModelServer> {
    ms = await startModelServer({
      apiKey: KEY,
      scenario: {
        rules: [
          { name: 'side-request', when: { noTools: true }, reply: { text: 'ok' } },
          { name: 'haiku', when: { model: /haiku/ }, reply: { text: 'ok' } },
        ],
        turns: [
          {
            text: 'Writing.',
            toolUses: [{ name: 'Write', input: { file_path: 'NOTES.md', content: 'ok\n' } }],
            usage: { input_tokens: 12_000, output_tokens: 900 },
          },
          { text: 'Done.', usage: { input_tokens: 13_000, output_tokens: 40 } },
        ],
      },
    });
    return ms;
  }

  test('without a price: the model proxy refuses the ceiling before any call', async () => {
    const m = await claudeServer();
    const r = await write(m, CONFIG, cli);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`no price is known for model "${MODEL}"`);
    expect(m.requests).toHaveLength(0);
  }, 60_000);

  test('with `prices` for it: the proxy meters every response at those prices', async () => {
    const m = await claudeServer();
    const prices = `prices:\n  ${MODEL}: ${JSON.stringify(PRICE)}\n`;
    const r = await write(m, CONFIG + prices, cli);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: expect.any(String) });
    const out = JSON.parse(r.out) as { costUsd: number; changedFiles: string[] };
    expect(out.changedFiles).toEqual(['NOTES.md']);
    const table = mergePrices({ [MODEL]: PRICE });
    const served = m.requests.filter((q) => q.status === 200);
    expect(served.map((q) => q.request?.model)).toContain(MODEL);
    const expected = served.reduce((sum, q) => {
      const u = q.usage;
      const tokens = {
        input: u?.input_tokens ?? 0,
        output: u?.output_tokens ?? 0,
        cacheRead: u?.cache_read_input_tokens ?? 0,
        cacheWrite: u?.cache_creation_input_tokens ?? 0,
      };
      return sum + (costOf(q.request?.model ?? MODEL, tokens, table).usd ?? NaN);
    }, 0);
    expect(expected).toBeGreaterThan(0.1);
    expect(out.costUsd).toBeCloseTo(expected, 9);
  }, 60_000);
});
