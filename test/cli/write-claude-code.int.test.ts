// `lailatov write --engine claude-code` with the REAL Claude Code CLI (node_modules/.bin/claude,
// given by --engine-bin) against the scripted model server, behind the engine's key proxy.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { main } from '../../src/cli/main.js';
import { startModelServer, type ModelServer } from '../support/model/index.js';
import { captureIo } from '../support/cli-io.js';
import { git, makeFixture, type Fixture } from '../e2e/helpers.js';

const CLAUDE = resolve('node_modules/.bin/claude');
const KEY = 'sk-ant-real-key-only-the-proxy-holds';
const BRANCH = 'agent/issue-7-parseduration-1h30m-returns-30-minutes-i';
const NOTE = 'Compound durations are summed part by part.\n';

let ms: ModelServer;
let f: Fixture;

beforeAll(async () => {
  f = await makeFixture();
  ms = await startModelServer({
    apiKey: KEY,
    scenario: {
      rules: [
        { name: 'side-request', when: { noTools: true }, reply: { text: 'ok' } },
        { name: 'haiku', when: { model: /haiku/ }, reply: { text: 'ok' } },
      ],
      turns: [
        {
          text: 'Documenting the behaviour.',
          toolUses: [
            { name: 'Write', input: { file_path: join(f.repo, 'NOTES.md'), content: NOTE } },
          ],
        },
        { text: 'Added NOTES.md.' },
      ],
    },
  });
});
afterAll(() => ms.close());

/** PATH without node_modules/.bin (npm puts it there): only --engine-bin can find claude. */
function pathWithoutNpmBin(): string {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter((d) => !d.includes('node_modules'))
    .join(delimiter);
}

describe('lailatov write --engine claude-code (real CLI)', () => {
  test('branch, commit, files, and the cost, tokens and turns the engine reported', async () => {
    const io = captureIo({
      env: {
        PATH: pathWithoutNpmBin(),
        HOME: process.env.HOME ?? '/tmp',
        ANTHROPIC_BASE_URL: ms.url,
        ANTHROPIC_API_KEY: KEY,
      },
    });
    const code = await main(
      [
        'write',
        ...['--issue', f.issue, '--repo', f.repo],
        ...['--engine', 'claude-code', '--engine-bin', CLAUDE, '--json'],
      ],
      io,
    );
    expect(ms.failures).toEqual([]);
    expect({ code, err: io.err() }).toMatchObject({ code: 0 });
    const r = JSON.parse(io.out()) as Record<string, unknown>;
    expect(r).toMatchObject({
      outcome: 'written',
      branch: BRANCH,
      engine: 'claude-code',
      engineOutcome: 'completed',
      changedFiles: ['NOTES.md'],
      turns: 2,
    });

    // The commit is on the agent branch, links the issue, and holds the file the CLI wrote.
    expect(await git(f.repo, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main\n'); // back where it started
    const subjects = (await git(f.repo, 'log', '--format=%s', `main..${BRANCH}`)).trim();
    expect(subjects.split('\n')).toHaveLength(1);
    expect(await git(f.repo, 'log', '-1', '--format=%b', BRANCH)).toContain('Refs #7');
    expect(await git(f.repo, 'show', `${BRANCH}:NOTES.md`)).toBe(NOTE);
    expect(r.commits).toEqual([
      { sha: (await git(f.repo, 'rev-parse', BRANCH)).trim(), subject: subjects },
    ]);

    // Cost, tokens and turns are the engine's report, which equals what the server charged.
    const totals = ms.usageTotals();
    expect(totals.costUsd).toBeGreaterThan(0);
    expect(r.costUsd).toBeCloseTo(totals.costUsd ?? NaN, 9);
    expect(r.tokens).toEqual({
      input: totals.input_tokens,
      output: totals.output_tokens,
      cacheRead: totals.cache_read_input_tokens,
      cacheWrite: totals.cache_creation_input_tokens,
    });
    // The CLI only ever saw the proxy's dummy key; the server accepts only the real one.
    for (const q of ms.requests.filter((x) => x.path === '/v1/messages'))
      expect(q.headers.apiKey).toBe(KEY);
    // The CLI's turns arrived live, as plain progress lines on stderr.
    const err = io.err().split('\n');
    expect(err).toContain('[lailatov] write: turn 1: Write');
    expect(err).toContain('[lailatov] write: turn 2: Added NOTES.md.');
    // The report (the local "PR") has the cost table row of the claude-code run.
    expect(await readFile(String(r.report), 'utf8')).toMatch(/claude-code/);
  }, 120_000);

  test('without --engine-bin and off PATH, the error names the fix', async () => {
    const g = await makeFixture();
    const io = captureIo({
      env: { PATH: pathWithoutNpmBin(), HOME: '/tmp', ANTHROPIC_API_KEY: KEY },
    });
    const code = await main(
      ['write', '--issue', g.issue, '--repo', g.repo, '--engine', 'claude-code', '--json'],
      io,
    );
    expect(code).toBe(2);
    expect(io.err()).toContain('npm i -g @anthropic-ai/claude-code');
  }, 30_000);
});
