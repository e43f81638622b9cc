// Locally, on a real git repository in a temp dir with the scripted model and the replay engine:
// `lailatov review` works on anyone's branch (its settings from the base, never from the branch
// under review), and `lailatov fix --pr-branch B "request"` makes one round for the request,
// with the human-round cap.
import { describe, expect, jest, test } from '@jest/globals';
import { access, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';
import { DEMO, git, makeFixture, type Fixture } from '../e2e/helpers.js';

jest.setTimeout(120_000);

const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
const BRANCH = 'feature/compound';

async function cli(args: string[]) {
  const io = captureIo({ env });
  const code = await main([...args, '--json'], io);
  const out = io.out().trim();
  return { code, json: out ? (JSON.parse(out) as Record<string, unknown>) : {}, err: io.err() };
}

/** The demo repo with a person's branch on it (checked out), carrying the write's fix. */
async function withBranch(files: Record<string, string> = {}): Promise<Fixture> {
  const config = await readFile(join(DEMO, 'repo', '.github', 'lailatov.yml'), 'utf8');
  const f = await makeFixture({
    files: { '.github/lailatov.yml': `${config}humanReview:\n  maxRounds: 1\n` },
  });
  await git(f.repo, 'checkout', '-q', '-b', BRANCH);
  const duration = join(f.repo, 'src', 'duration.js');
  await writeFile(duration, `${await readFile(duration, 'utf8')}export const EXTRA = 1;\n`);
  for (const [path, text] of Object.entries(files)) await writeFile(join(f.repo, path), text);
  await git(f.repo, 'add', '-A');
  await git(f.repo, 'commit', '-q', '-m', 'a person’s change');
  return f;
}

async function reportOf(f: Fixture): Promise<string> {
  const dir = join(f.repo, '.lailatov', 'reports');
  const [name] = await readdir(dir);
  return readFile(join(dir, name ?? ''), 'utf8');
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

describe('lailatov review on any branch', () => {
  test("reviews a person's branch with the base's settings, never the branch's own", async () => {
    // The branch under review ships a config whose test command would run its own code.
    const f = await withBranch({
      '.github/lailatov.yml': `testCommand: [node, -e, "require('fs').writeFileSync('HEAD-CONFIG-RAN', '')"]\n`,
    });
    const r = await cli([
      'review',
      '--repo',
      f.repo,
      '--head',
      BRANCH,
      '--model-script',
      f.modelScript,
    ]);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.json.verdict).toBe('findings');
    expect(r.json.tests).toMatchObject({ status: 'passed', command: 'node --test' });
    expect(await exists(join(f.repo, 'HEAD-CONFIG-RAN'))).toBe(false);
    const report = await reportOf(f);
    expect(report).toMatch(new RegExp(`^# ${BRANCH}\\n`));
    expect(report).not.toContain('Closes #0');
    expect(report).toContain('tests-for-behaviour-change');
  });
});

describe('lailatov fix --pr-branch', () => {
  const script = {
    version: 1,
    tokens: { input: 3000, output: 200 },
    costUsd: 0.02,
    steps: [
      {
        action: 'write',
        path: 'test/extra.test.js',
        content:
          "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { EXTRA } from '../src/duration.js';\n\ntest('EXTRA', () => assert.equal(EXTRA, 1));\n",
      },
      { action: 'finish', message: 'T1: fixed — added test/extra.test.js' },
    ],
  };

  test('one round for the request: a commit on the branch, the verdict, the ledger; then the cap', async () => {
    const f = await withBranch();
    await writeFile(join(f.replay, 'remediate-human-1.json'), JSON.stringify(script));
    const before = (await git(f.repo, 'rev-parse', BRANCH)).trim();
    const args = ['--repo', f.repo, '--pr-branch', BRANCH, '--replay', f.replay];
    const r = await cli(['fix', ...args, '--model-script', f.modelScript, 'Add a test for EXTRA']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({
      outcome: 'changed',
      fixed: true,
      note: 'added test/extra.test.js',
      round: 1,
      costUsd: 0.02,
    });
    const head = (await git(f.repo, 'rev-parse', BRANCH)).trim();
    expect(head).not.toBe(before);
    expect(r.json.commit).toBe(head);
    expect(await git(f.repo, 'log', '-1', '--format=%s', BRANCH)).toContain(
      'address review comments T1',
    );
    expect(await reportOf(f)).toContain('remediate-human-1');

    // humanReview.maxRounds: 1 on main: the second request is refused, nothing is spent.
    const again = await cli(['fix', ...args, 'And another']);
    expect(again.code).toBe(1);
    expect(again.json).toMatchObject({ outcome: 'cap_reached', commit: null, costUsd: null });
    expect((await git(f.repo, 'rev-parse', BRANCH)).trim()).toBe(head);
  });

  test('bad input is named: no request, no such branch', async () => {
    const f = await withBranch();
    const none = await cli(['fix', '--repo', f.repo, '--pr-branch', BRANCH]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('the request is missing');
    const missing = await cli(['fix', '--repo', f.repo, '--pr-branch', 'nope', 'x']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--pr-branch nope: no such branch');
  });
});
