// The bundle check must fail when dist/ is stale: a changed, missing or extra file.
import { describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { appendFile, cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../support/temp.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe('check-dist', () => {
  it('fails on a stale, a missing and an extra file, and names each', async () => {
    const dist = await tempDir('stale-dist-');
    try {
      await cp(path.join(repo, 'dist'), dist, { recursive: true });
      await appendFile(path.join(dist, 'cli/index.js'), '\n// edited by hand\n');
      await rm(path.join(dist, 'cli/package.json'));
      await writeFile(path.join(dist, 'cli/leftover.js'), 'export {};\n');
      // The committed dist/ stands for the fresh build here: `npm test` checks it matches one.
      const args = ['scripts/check-dist.mjs', '--fresh', 'dist', '--dist', dist];
      const r = await execa(process.execPath, args, {
        cwd: repo,
        reject: false,
      });
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain('stale in dist/: cli/index.js');
      expect(r.stderr).toContain('missing in dist/: cli/package.json');
      expect(r.stderr).toContain('not produced by the build (remove it): dist/cli/leftover.js');
      expect(r.stderr).toContain('Fix: run `npm run build` and commit dist/.');
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });
});
