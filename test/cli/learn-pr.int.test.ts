// `lailatov learn --open-pr` against the GitHub emulator: one PR with evidence links; the same
// evidence again opens none; new evidence updates that PR.
import { rm, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { LEARNED_RULES_PATH } from '../../src/core/learn/rules.js';
import { makeRecord } from '../outcomes/support/records.js';
import { handMadeLog, toJsonl } from '../outcomes/support/hand-made-log.js';
import { bareGit } from '../forge/github/helpers.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { captureIo } from '../support/cli-io.js';
import { tempDir } from '../support/temp.js';

let gh: GitHubEmulator;
let dir: string;
let log: string;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('acme/w', {
    files: { 'README.md': '# w\n', '.claude/rules/style.md': 'Be kind.\n' },
  });
  dir = await tempDir('learn-pr-');
  log = path.join(dir, 'outcomes.jsonl');
  await writeFile(log, toJsonl(handMadeLog()));
});
afterEach(async () => {
  await gh.close();
  await rm(dir, { recursive: true, force: true });
});

async function learn(now = '2026-03-09T06:00:00Z') {
  const io = captureIo({
    cwd: dir,
    env: {
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'acme/w',
      LAILATOV_NOW: now,
    },
  });
  const code = await main(['learn', '--log', log, '--open-pr', '--json'], io);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return JSON.parse(io.out()) as {
    evidenceFingerprint: string;
    pr: { action: string; number: number; branch: string; url: string };
  };
}

const learnPulls = () =>
  [...gh.repo('acme/w').pulls.values()].filter((p) => p.headRef.startsWith('agent/learn-'));

describe('lailatov learn --open-pr', () => {
  it('opens one PR with evidence links, none for the same evidence, and updates it for new evidence', async () => {
    const first = await learn();
    expect(first.pr).toMatchObject({ action: 'opened', branch: 'agent/learn-2026-03-09' });
    expect(learnPulls()).toHaveLength(1);
    const git = gh.repoPath('acme/w');
    const proposed = await bareGit(git, ['show', `agent/learn-2026-03-09:${LEARNED_RULES_PATH}`]);
    expect(proposed).toContain('[#14](https://github.com/acme/w/pull/14)');
    expect(proposed).toContain('`src/db/query.ts:3`');
    // The human's rules file is untouched: learn writes only learned.md.
    expect(await bareGit(git, ['show', 'agent/learn-2026-03-09:.claude/rules/style.md'])).toBe(
      'Be kind.\n',
    );
    expect(await bareGit(git, ['diff', '--name-only', 'main', 'agent/learn-2026-03-09'])).toBe(
      `${LEARNED_RULES_PATH}\n`,
    );

    gh.resetRequests();
    const second = await learn('2026-03-16T06:00:00Z');
    expect(second.pr).toMatchObject({ action: 'unchanged', number: first.pr.number });
    expect(second.evidenceFingerprint).toBe(first.evidenceFingerprint);
    expect(learnPulls()).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    await appendFile(
      log,
      toJsonl([
        makeRecord({
          repo: 'acme/w',
          issue: 8,
          pr: 18,
          runId: '8',
          timestamp: '2026-03-10T09:00:00Z',
          findings: [
            {
              severity: 'major',
              path: 'src/db/new.ts',
              lines: { start: 1, end: 1 },
              rule: 'sql-injection',
              message: 'string-built SQL',
              fingerprint: 'g7',
              status: 'open',
            },
          ],
        }),
      ]),
    );
    const third = await learn('2026-03-16T06:00:00Z');
    expect(third.pr).toMatchObject({
      action: 'updated',
      number: first.pr.number,
      branch: first.pr.branch,
    });
    expect(third.evidenceFingerprint).not.toBe(first.evidenceFingerprint);
    expect(learnPulls()).toHaveLength(1);
    const updated = await bareGit(git, ['show', `agent/learn-2026-03-09:${LEARNED_RULES_PATH}`]);
    expect(updated).toContain('[#18](https://github.com/acme/w/pull/18)');
    const pull = learnPulls()[0];
    const body = pull === undefined ? '' : (gh.repo('acme/w').issues.get(pull.number)?.body ?? '');
    expect(body).toContain(`evidence=${third.evidenceFingerprint}`);
    // Still open, never merged by the suite.
    expect(gh.repo('acme/w').issues.get(first.pr.number)?.state).toBe('open');
  });

  it('opens no second PR for evidence a closed learn PR already carried', async () => {
    const first = await learn();
    const issue = gh.repo('acme/w').issues.get(first.pr.number);
    if (issue) issue.state = 'closed';
    const again = await learn('2026-03-23T06:00:00Z');
    expect(again.pr).toMatchObject({ action: 'unchanged', number: first.pr.number });
    expect(learnPulls()).toHaveLength(1);
  });
});
