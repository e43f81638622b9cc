import { rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';
import { tempDir } from '../support/temp.js';

describe('lailatov risk (integration)', () => {
  it('runs from the built bundle with the repository’s own risk-policy.json', async () => {
    const result = await execa(
      process.execPath,
      ['dist/cli/index.js', 'risk', '--json', 'a.md', 'src/auth/x.ts'],
      {
        cwd: path.resolve('.'),
        reject: false,
      },
    );
    expect(result.exitCode).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({
      tier: 'medium',
      files: [
        { path: 'a.md', tier: 'low', pattern: '*.md' },
        { path: 'src/auth/x.ts', tier: 'medium', pattern: 'src/**' },
      ],
      requiredChecks: ['risk-policy-gate', 'tests', 'code-review'],
      humanApprovalRequired: true,
      blocked: [],
    });
  });

  describe('--base/--head on a real git repository', () => {
    let repo: string;
    const git = (...args: string[]) => execa('git', args, { cwd: repo });

    beforeAll(async () => {
      repo = await tempDir('lailatov-risk-git-');
      await git('init', '-q', '-b', 'main');
      await git('config', 'user.email', 't@example.com');
      await git('config', 'user.name', 'Test');
      const policy = {
        riskTierRules: { high: ['src/auth/**'], low: ['docs/**'] },
        mergePolicy: { high: { requiredChecks: ['tests'] }, medium: {}, low: {} },
      };
      await writeFile(path.join(repo, 'risk-policy.json'), JSON.stringify(policy));
      await mkdir(path.join(repo, 'docs'));
      await mkdir(path.join(repo, 'src/auth'), { recursive: true });
      await writeFile(path.join(repo, 'docs/a.md'), 'a\n');
      await writeFile(path.join(repo, 'src/auth/login.ts'), 'x\n');
      await git('add', '.');
      await git('commit', '-q', '-m', 'base');
      await git('checkout', '-q', '-b', 'feature');
      await writeFile(path.join(repo, 'docs/b file.md'), 'b\n');
      await git('mv', 'src/auth/login.ts', 'src/login.ts');
      await git('add', '.');
      await git('commit', '-q', '-m', 'feature');
      // A commit on main after the fork must not show up (three-dot diff from the merge base).
      await git('checkout', '-q', 'main');
      await writeFile(path.join(repo, 'main-only.txt'), 'm\n');
      await git('add', '.');
      await git('commit', '-q', '-m', 'main moves on');
    });
    afterAll(async () => {
      await rm(repo, { recursive: true, force: true });
    });

    it('classifies git diff --name-only BASE...HEAD, counting a rename out of a high path', async () => {
      const io = captureIo({ cwd: repo });
      expect(await main(['risk', '--json', '--base', 'main', '--head', 'feature'], io)).toBe(0);
      const out = JSON.parse(io.out());
      expect(out.files).toEqual([
        { path: 'docs/b file.md', tier: 'low', pattern: 'docs/**' },
        { path: 'src/auth/login.ts', tier: 'high', pattern: 'src/auth/**' },
        { path: 'src/login.ts', tier: 'medium', pattern: null },
      ]);
      expect(out.tier).toBe('high');
    });

    it('defaults --head to HEAD, and gives tier none when nothing changed', async () => {
      const io = captureIo({ cwd: repo });
      expect(await main(['risk', '--json', '--base', 'main'], io)).toBe(0);
      expect(JSON.parse(io.out()).tier).toBe('none');
    });

    it('exits 2 for a bad ref, with git’s error on stderr', async () => {
      const io = captureIo({ cwd: repo });
      expect(await main(['risk', '--base', 'no-such-branch'], io)).toBe(2);
      expect(io.err()).toMatch(/git diff no-such-branch\.\.\.HEAD failed.*Fix:/);
      const dash = captureIo({ cwd: repo });
      expect(await main(['risk', '--base=--output=x'], dash)).toBe(2);
      expect(dash.err()).toContain('is not a git ref');
    });
  });
});
