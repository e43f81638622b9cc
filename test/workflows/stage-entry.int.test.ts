import { describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { STAGES } from '../../src/action/interface.js';
import { tempDir } from '../support/temp.js';

const repo = path.resolve(import.meta.dirname, '../..');

// The bundles run as the runner runs them: a child process with the runner's environment.
async function runBundle(name: string, env: Record<string, string>) {
  const dir = await tempDir('entry-');
  const summary = path.join(dir, 'summary.md');
  await writeFile(summary, '');
  const r = await execa(process.execPath, [path.join(repo, 'dist', name, 'index.js')], {
    reject: false,
    env: { GITHUB_STEP_SUMMARY: summary, ...env },
    extendEnv: false,
  });
  return { ...r, summary: await readFile(summary, 'utf8') };
}

// The stages themselves run end to end in test/actions/*.int.test.ts (issue #6).
describe('stage entry points outside a configured job', () => {
  it.each(STAGES)('dist/%s fails loudly, names what is missing, never green', async (s) => {
    const r = await runBundle(s, {});
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(`::error::LailaTov ${s}: input \`github-token\` is empty`);
    expect(r.summary).toContain(`LailaTov ${s} failed`);
  });

  it('the root action names the stage it was asked for', async () => {
    const r = await runBundle('lailatov', { INPUT_STAGE: 'review', 'INPUT_GITHUB-TOKEN': 'x' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("::error::LailaTov stage 'review': GITHUB_REPOSITORY is not set");
  });
});
