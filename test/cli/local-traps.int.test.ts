// Local mode without traps: every ordinary mistake is a clear exit-2 message, checked before the
// checkout is touched, and a finished run puts the user back where they started.
import { describe, expect, test } from '@jest/globals';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';
import { git, makeFixture, type Fixture } from '../e2e/helpers.js';

const ENV = { PATH: process.env.PATH ?? '', HOME: '/tmp' };

/** What a mistake must leave alone: the branch, the status, the stash and the branch list. */
async function checkout(repo: string) {
  return {
    branch: (await git(repo, 'rev-parse', '--abbrev-ref', 'HEAD')).trim(),
    status: await git(repo, 'status', '--porcelain', '--untracked-files=all'),
    stash: await git(repo, 'stash', 'list'),
    branches: await git(repo, 'branch', '--list'),
  };
}

async function run(args: string[], env: Record<string, string> = ENV) {
  const io = captureIo({ env });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

async function expectMistake(
  f: Fixture,
  args: string[],
  message: RegExp,
  env: Record<string, string> = ENV,
): Promise<void> {
  const before = await checkout(f.repo);
  const r = await run(args, env);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/internal error|\n\s+at /);
  expect(r.code).toBe(2);
  expect(await checkout(f.repo)).toEqual(before);
}

describe('local mode: mistakes are exit 2, and the checkout is unchanged', () => {
  test('an unknown engine is refused before the agent branch is created', async () => {
    const f = await makeFixture();
    await expectMistake(
      f,
      ['write', '--issue', f.issue, '--repo', f.repo, '--engine', 'nope'],
      /unknown engine "nope"/,
    );
  }, 30_000);

  test('a missing key is refused before the branch, and `run` pays for no triage call', async () => {
    const f = await makeFixture();
    await expectMistake(
      f,
      ['write', '--issue', f.issue, '--repo', f.repo, '--engine', 'anthropic'],
      /ANTHROPIC_API_KEY is not set/,
    );
    // The model script would answer triage: the run must stop before asking it anything.
    await expectMistake(
      f,
      [
        'run',
        '--issue',
        f.issue,
        '--repo',
        f.repo,
        '--engine',
        'anthropic',
        '--model-script',
        f.modelScript,
      ],
      /ANTHROPIC_API_KEY is not set/,
    );
    await expect(readFile(f.log, 'utf8')).rejects.toThrow(/ENOENT/);
  }, 30_000);

  test('a malformed committed risk policy is refused before the branch', async () => {
    const f = await makeFixture({ files: { 'risk-policy.json': '{ "tiers": ' } });
    await expectMistake(
      f,
      ['write', '--issue', f.issue, '--repo', f.repo, '--engine', 'replay', '--replay', f.replay],
      /risk-policy\.json/,
    );
  }, 30_000);

  test('a dirty tree', async () => {
    const f = await makeFixture();
    await writeFile(join(f.repo, 'README.md'), 'changed by hand\n');
    await expectMistake(
      f,
      ['write', '--issue', f.issue, '--repo', f.repo, '--engine', 'replay', '--replay', f.replay],
      /uncommitted changes \(README\.md\); commit or stash them first/,
    );
  }, 30_000);

  test('--issue naming a directory, --repo naming a file, a missing --head', async () => {
    const f = await makeFixture();
    await expectMistake(
      f,
      ['write', '--issue', f.root, '--repo', f.repo],
      /--issue .*: is a directory; pass the issue's Markdown file/,
    );
    await expectMistake(
      f,
      ['write', '--issue', f.issue, '--repo', join(f.repo, 'package.json')],
      /--repo .*package\.json: is a file; pass the repository's directory/,
    );
    await expectMistake(
      f,
      ['review', '--repo', f.repo, '--head', 'agent/none'],
      /--head agent\/none: no such branch/,
    );
  }, 30_000);

  test('--budget -5 names the flag and the rule, not the parser', async () => {
    const f = await makeFixture();
    await expectMistake(
      f,
      ['write', '--issue', f.issue, '--repo', f.repo, '--budget', '-5'],
      /--budget: must be at least 0, got -5/,
    );
  }, 30_000);

  test('a YAML error in the config is said once', async () => {
    const f = await makeFixture({ files: { '.github/lailatov.yml': 'engines: [\n' } });
    const r = await run(['write', '--issue', f.issue, '--repo', f.repo]);
    expect(r.code).toBe(2);
    const said = /not valid YAML: (.*)/.exec(r.err)?.[1] ?? '';
    expect(said).not.toBe('');
    expect(r.err.split(said).length - 1).toBe(1);
  }, 30_000);

  test('demo --dir naming a file, or a directory an earlier demo used', async () => {
    const f = await makeFixture();
    const file = join(f.repo, 'package.json');
    const r = await run(['demo', '--dir', file]);
    expect({ code: r.code, err: r.err }).toEqual({
      code: 2,
      err: `lailatov demo: --dir ${file}: is a file; pass a new or empty directory\n`,
    });
    const used = join(f.root, 'used');
    await mkdir(join(used, 'tiny-duration', '.lailatov'), { recursive: true });
    const again = await run(['demo', '--dir', used]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/is not empty \(an earlier demo\?\)/);
  }, 30_000);

  test('outcomes summary on a binary file is exit 2 and prints no raw bytes', async () => {
    const f = await makeFixture();
    const binary = join(f.root, 'log.jsonl');
    await writeFile(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x0a]));
    const r = await run(['outcomes', 'summary', binary]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is a binary file, not an outcome log/);
    expect(r.out + r.err).not.toContain('ELF');
  });
});

describe('local mode: a finished run', () => {
  test('puts the user back on their branch, says where the work is, and leaves .lailatov/ out of git status', async () => {
    const f = await makeFixture();
    const r = await run([
      'write',
      '--issue',
      f.issue,
      '--repo',
      f.repo,
      '--engine',
      'replay',
      '--replay',
      f.replay,
    ]);
    expect({ code: r.code, err: r.err }).toMatchObject({ code: 0 });
    expect((await git(f.repo, 'rev-parse', '--abbrev-ref', 'HEAD')).trim()).toBe('main');
    const branch = /the work is on (agent\/issue-7-\S+); back on main/.exec(r.err)?.[1];
    expect(branch).toBeDefined();
    expect(await git(f.repo, 'diff', '--name-only', `main...${branch}`)).toContain(
      'src/duration.js',
    );
    expect(await git(f.repo, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  }, 60_000);

  test('an escalation shows the failing test output where people read it', async () => {
    const { escalationSummary, initialState } = await import('../../src/stages/pipeline.js');
    const state = {
      ...initialState(7, 'main'),
      testFailure: 'ok 1 parses\nnot ok 2 rejects "1h"\n```\n# fail 1',
    };
    const text = escalationSummary('the tests fail', state, null);
    expect(text).toContain('not ok 2 rejects "1h"');
    // The output's own fence cannot close ours.
    expect(text).toContain('````text\n');
    expect(text).not.toContain('see the report');
  });
});
