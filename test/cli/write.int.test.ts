// `lailatov write` with the issue file inside the repository it works on.
import { describe, expect, test } from '@jest/globals';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';
import { git, makeFixture } from '../e2e/helpers.js';

describe('lailatov write: the issue file inside the repository', () => {
  test('does not make the tree dirty and is never committed', async () => {
    const f = await makeFixture();
    const issue = join(f.repo, 'issue-7.md');
    await rename(f.issue, issue);
    const io = captureIo({ env: { PATH: process.env.PATH ?? '', HOME: '/tmp' } });
    const code = await main(
      ['write', '--issue', issue, '--repo', f.repo, '--engine', 'replay', '--replay', f.replay],
      io,
    );
    expect({ code, err: io.err() }).toMatchObject({ code: 0 });
    expect(await git(f.repo, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main\n');
    const branch = (
      await git(f.repo, 'branch', '--list', '--format=%(refname:short)', 'agent/*')
    ).trim();
    expect(branch).toMatch(/^agent\/issue-7-/);
    const files = await git(f.repo, 'diff', '--name-only', `main...${branch}`);
    expect(files.split('\n')).not.toContain('issue-7.md');
    expect(files).toContain('src/duration.js');
    // Still untracked, untouched by the suite's commits.
    expect(await git(f.repo, 'status', '--porcelain', '--', 'issue-7.md')).toBe('?? issue-7.md\n');
  }, 30_000);
});
