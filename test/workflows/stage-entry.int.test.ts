import { describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { STAGES } from '../../src/actions/_interface.js';

const repo = path.resolve(import.meta.dirname, '../..');

// The bundles run as the runner runs them: a child process with the runner's environment.
async function runBundle(name: string, env: Record<string, string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'entry-'));
  const summary = path.join(dir, 'summary.md');
  await writeFile(summary, '');
  const r = await execa(process.execPath, [path.join(repo, 'dist', name, 'index.js')], {
    reject: false,
    env: { GITHUB_STEP_SUMMARY: summary, ...env },
    extendEnv: false,
  });
  return { ...r, summary: await readFile(summary, 'utf8') };
}

describe('stage entry points before issue #6 lands', () => {
  it.each(STAGES)('dist/%s fails loudly and says so in the summary, never green', async (s) => {
    const r = await runBundle(s, {});
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(`::error::LailaTov ${s}: not available in this version yet`);
    expect(r.summary).toContain('Nothing was done.');
  });

  it('the root action names the stage it was asked for', async () => {
    const r = await runBundle('lailatov', { INPUT_STAGE: 'review' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("::error::LailaTov stage 'review': not available");
  });
});
