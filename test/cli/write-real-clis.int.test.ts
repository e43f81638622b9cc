// `lailatov write --engine codex` and `--engine gemini` with the REAL CLIs from npm (given by
// --engine-bin), each against its scripted provider server behind the engine's key proxy, with
// a fresh HOME: the change the CLI made is committed on the agent branch.
import { describe, expect, test } from '@jest/globals';
import { delimiter, join, resolve } from 'node:path';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';
import { startGeminiServer } from '../support/gemini/index.js';
import { startResponsesServer } from '../support/openai/index.js';
import type { ScriptedServer } from '../support/sse-script.js';
import { git, makeFixture, type Fixture } from '../e2e/helpers.js';
import { replyUsd } from '../engines/support/ceiling.js';
import { tempDir } from '../support/temp.js';

const BRANCH = 'agent/issue-7-parseduration-1h30m-returns-30-minutes-i';
const NOTE = 'Compound durations are summed part by part.\n';

/** PATH without node_modules/.bin (npm puts it there): only --engine-bin can find the CLI. */
function pathWithoutNpmBin(): string {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter((d) => !d.includes('node_modules'))
    .join(delimiter);
}

async function write(
  f: Fixture,
  engine: string,
  model: string,
  env: Record<string, string>,
  more: readonly string[] = [],
): Promise<{ code: number; r: Record<string, unknown>; err: string }> {
  const home = await tempDir('lailatov-fresh-home-');
  const io = captureIo({ env: { PATH: pathWithoutNpmBin(), HOME: home, ...env } });
  const bin = resolve(`node_modules/.bin/${engine}`);
  const code = await main(
    [
      'write',
      ...['--issue', f.issue, '--repo', f.repo, '--model', model],
      ...['--engine', engine, '--engine-bin', bin, '--json'],
      ...more,
    ],
    io,
  );
  const out = io.out();
  return { code, r: out === '' ? {} : (JSON.parse(out) as Record<string, unknown>), err: io.err() };
}

async function expectCommitted(f: Fixture, server: ScriptedServer): Promise<void> {
  expect(server.failures).toEqual([]);
  expect(await git(f.repo, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main\n'); // back where it started
  const subjects = (await git(f.repo, 'log', '--format=%s', `main..${BRANCH}`)).trim();
  expect(subjects.split('\n')).toHaveLength(1);
  expect(await git(f.repo, 'show', `${BRANCH}:NOTES.md`)).toBe(NOTE);
}

/**
 * `write` with the engine's real CLI against `server`, which scripts two turns (the note, then
 * done) and charges 3000 input tokens (1000 cached) and 100 output a turn: the note is committed
 * at what the server charged. The server is closed either way.
 */
async function expectNoteWritten(
  f: Fixture,
  server: ScriptedServer,
  engine: string,
  model: string,
  env: Record<string, string>,
): Promise<void> {
  try {
    const { code, r, err } = await write(f, engine, model, env);
    expect({ code, err }).toMatchObject({ code: 0 });
    expect(r).toMatchObject({
      outcome: 'written',
      branch: BRANCH,
      engine,
      engineOutcome: 'completed',
      changedFiles: ['NOTES.md'],
      turns: 2,
      tokens: { input: 4000, cacheRead: 2000, output: 200, cacheWrite: 0 },
    });
    expect(r.costUsd).toBeGreaterThan(0);
    await expectCommitted(f, server);
  } finally {
    await server.close();
  }
}

describe('lailatov write with the real codex and gemini CLIs', () => {
  test('--engine codex commits the file its shell tool wrote, with the usage it was charged', async () => {
    const f = await makeFixture();
    const key = 'sk-real-openai-key-only-the-proxy-holds';
    const server = await startResponsesServer({
      apiKey: key,
      turns: [
        {
          call: {
            name: 'exec_command',
            arguments: { cmd: `printf '${NOTE.trim()}\\n' > NOTES.md` },
          },
        },
        { text: 'Added NOTES.md.' },
      ],
      usage: { input: 3000, cached: 1000, output: 100 },
    });
    await expectNoteWritten(f, server, 'codex', 'gpt-5-codex', {
      OPENAI_API_KEY: key,
      OPENAI_BASE_URL: server.url,
    });
  }, 120_000);

  test('--engine gemini commits the file its write_file tool wrote, with the usage it was charged', async () => {
    const f = await makeFixture();
    const key = 'AIza-real-gemini-key-only-the-proxy-holds';
    const server = await startGeminiServer({
      apiKey: key,
      turns: [
        {
          functionCall: {
            name: 'write_file',
            args: { file_path: join(f.repo, 'NOTES.md'), content: NOTE },
          },
        },
        { text: 'Added NOTES.md.' },
      ],
      usage: { prompt: 3000, cached: 1000, candidates: 100 },
    });
    await expectNoteWritten(f, server, 'gemini', 'gemini-2.5-pro', {
      GEMINI_API_KEY: key,
      GOOGLE_GEMINI_BASE_URL: server.url,
    });
  }, 120_000);

  // A model that never stops, each reply $0.2025 (100k in, 20k of them cached, 10k out): the
  // command stops within one request of the $0.70 issue budget and fails loudly, at the figure
  // the server's replies add up to. What the command does with budget_exceeded is the same for
  // every engine; gemini's engine is held to the same ceiling in test/engines/gemini-real.
  test("--engine codex against a model that never stops ends budget_exceeded, non-zero, at the server's figure", async () => {
    const f = await makeFixture();
    const key = 'sk-real-openai-key-only-the-proxy-holds';
    const usage = { input: 100_000, cached: 20_000, output: 10_000 };
    const server = await startResponsesServer({
      apiKey: key,
      turns: [],
      endless: (n) => ({
        call: { name: 'exec_command', arguments: { cmd: `echo step ${n} >> steps.txt` } },
      }),
      usage,
    });
    try {
      const env = { OPENAI_API_KEY: key, OPENAI_BASE_URL: server.url };
      const { code, r, err } = await write(f, 'codex', 'gpt-5-codex', env, ['--budget', '0.7']);
      expect(server.failures).toEqual([]);
      const calls = server.requests.length;
      const perCall = replyUsd('gpt-5-codex', usage);
      expect((calls - 1) * perCall).toBeLessThanOrEqual(0.7);
      expect((calls + 1) * perCall).toBeGreaterThan(0.7);
      expect(code).not.toBe(0);
      expect(err).toContain(
        "lailatov write: budget_exceeded: engine codex ended with budget_exceeded: LailaTov budget: the run's ceiling of $0.70 is spent",
      );
      expect(r).toMatchObject({ outcome: 'budget_exceeded', engine: 'codex', turns: calls });
      expect(r.costUsd).toBeCloseTo(calls * perCall, 9);
    } finally {
      await server.close();
    }
  }, 120_000);
});
