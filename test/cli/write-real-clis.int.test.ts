// `lailatov write --engine codex` and `--engine gemini` with the REAL CLIs from npm (given by
// --engine-bin), each against its scripted provider server behind the engine's key proxy, with
// a fresh HOME: the change the CLI made is committed on the agent branch.
import { describe, expect, test } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';
import { startGeminiServer } from '../support/gemini/index.js';
import { startResponsesServer } from '../support/openai/index.js';
import type { ScriptedServer } from '../support/sse-script.js';
import { git, makeFixture, type Fixture } from '../e2e/helpers.js';

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
): Promise<{ code: number; r: Record<string, unknown>; err: string }> {
  const home = await mkdtemp(join(tmpdir(), 'lailatov-fresh-home-'));
  const io = captureIo({ env: { PATH: pathWithoutNpmBin(), HOME: home, ...env } });
  const bin = resolve(`node_modules/.bin/${engine}`);
  const code = await main(
    [
      'write',
      ...['--issue', f.issue, '--repo', f.repo, '--model', model],
      ...['--engine', engine, '--engine-bin', bin, '--json'],
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
    try {
      const { code, r, err } = await write(f, 'codex', 'gpt-5-codex', {
        OPENAI_API_KEY: key,
        OPENAI_BASE_URL: server.url,
      });
      expect({ code, err }).toMatchObject({ code: 0 });
      expect(r).toMatchObject({
        outcome: 'written',
        branch: BRANCH,
        engine: 'codex',
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
    try {
      const { code, r, err } = await write(f, 'gemini', 'gemini-2.5-pro', {
        GEMINI_API_KEY: key,
        GOOGLE_GEMINI_BASE_URL: server.url,
      });
      expect({ code, err }).toMatchObject({ code: 0 });
      expect(r).toMatchObject({
        outcome: 'written',
        branch: BRANCH,
        engine: 'gemini',
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
  }, 120_000);
});
