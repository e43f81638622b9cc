import { describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../..');

async function lint(root: string) {
  return execa(
    process.execPath,
    ['--import', './scripts/json-import-hook.mjs', 'scripts/lint-workflows.mjs', '--root', root],
    { cwd: repo, reject: false },
  );
}

describe('workflow lint', () => {
  it('passes on every workflow and action.yml the repository ships', async () => {
    const r = await lint(repo);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
  });

  it('fails a broken copy: injection, an unknown input, a missing required input, a bad needs', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wflint-'));
    await cp(path.join(repo, 'action.yml'), path.join(dir, 'action.yml'));
    await mkdir(path.join(dir, '.github/workflows'), { recursive: true });
    await writeFile(
      path.join(dir, '.github/workflows/broken.yml'),
      [
        'on: issues',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "${{ github.event.issue.title }}"',
        '      - uses: ./',
        '        with:',
        '          stage: triage',
        '          stgae: typo',
        '      - uses: ./',
        '  b:',
        '    needs: nosuchjob',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo ok',
        '',
      ].join('\n'),
    );
    const r = await lint(dir);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('"github.event.issue.title" is potentially untrusted');
    expect(r.stderr).toContain('inside run: (script injection risk)');
    expect(r.stderr).toContain("input 'stgae' does not exist in ./");
    expect(r.stderr).toContain("required input 'stage' of ./ is not given");
    expect(r.stderr).toContain('needs job "nosuchjob" which does not exist');
  });

  it("reports the official parser's schema errors", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wflint-'));
    await mkdir(path.join(dir, '.github/workflows'), { recursive: true });
    await writeFile(
      path.join(dir, '.github/workflows/bad.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - run: echo hi\n        shel: bash\n',
    );
    const r = await lint(dir);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      "parser: .github/workflows/bad.yml (Line: 8, Col: 9): Unexpected value 'shel'",
    );
  });
});
