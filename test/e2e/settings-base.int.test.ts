// Local mode reads its settings from the base branch as committed: a branch that changes
// .github/lailatov.yml (here: a test command that leaves a marker file) does not get it used,
// even when it is the branch checked out.
import { describe, expect, test } from '@jest/globals';
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';
import { git, makeFixture } from './helpers.js';

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

describe('local settings from the base branch', () => {
  test("lailatov review on the agent branch runs the base's test command, not the branch's", async () => {
    const f = await makeFixture();
    const head = 'agent/issue-7-own-settings';
    await git(f.repo, 'checkout', '-q', '-b', head);
    await writeFile(
      join(f.repo, '.github/lailatov.yml'),
      [
        'baseBranch: main',
        `testCommand: [node, -e, "require('fs').writeFileSync('HEAD-CONFIG-RAN', 'x')"]`,
        'budgets:',
        '  issue: 1000',
        '',
      ].join('\n'),
    );
    await writeFile(join(f.repo, 'src/extra.js'), 'export const extra = 1;\n');
    await git(f.repo, 'add', '-A');
    await git(f.repo, 'commit', '-q', '-m', 'feat: extra, and my own settings');
    const io = captureIo({
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
    });
    const code = await main(
      ['review', '--repo', f.repo, '--head', head, '--model-script', f.modelScript, '--json'],
      io,
    );
    expect(io.err()).not.toMatch(/Error:/);
    expect([0, 1]).toContain(code);
    const result = JSON.parse(io.out()) as { tests: { command?: string[] } | null };
    expect(result.tests).not.toBeNull();
    expect(await exists(join(f.repo, 'HEAD-CONFIG-RAN'))).toBe(false);
  });
});
