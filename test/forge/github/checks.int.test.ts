// The review check run against the emulator: started in_progress, completed in place (annotations
// past 50 in further updates of the same run), and never a verdict on a head it was not made for.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { completeReviewCheck, startReviewCheck } from '../../../src/forge/github/checks.js';
import { track } from '../../../src/core/findings.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { bareGit, clientFor } from './helpers.js';

const REPO = { owner: 'o', repo: 'r' };
let gh: GitHubEmulator;
let main: string;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r', { files: { 'README.md': '# r\n' } });
  main = (await bareGit(gh.repoPath('o/r'), ['rev-parse', 'main'])).trim();
  gh.resetRequests();
});
afterEach(async () => {
  await gh.close();
});

const findings = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    track(
      {
        severity: 'major',
        path: 'README.md',
        startLine: 1,
        endLine: 1,
        rule: `rule-${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
        message: 'm',
      },
      0,
    ),
  );
const checks = () => gh.repo('o/r').checkRuns;

describe('the review check', () => {
  it('is created in_progress, then the same run is completed with all its annotations', async () => {
    const octokit = clientFor(gh);
    const started = await startReviewCheck(octokit, { repo: REPO, headSha: main, title: 'r0' });
    expect(checks().map((c) => [c.name, c.headSha, c.status, c.conclusion])).toEqual([
      ['LailaTov review', main, 'in_progress', null],
    ]);
    await completeReviewCheck(octokit, started, {
      repo: REPO,
      headSha: main,
      conclusion: 'failure',
      title: 'findings',
      summary: 's',
      findings: findings(60),
    });
    expect(checks().map((c) => [c.id, c.status, c.conclusion])).toEqual([
      [started.id, 'completed', 'failure'],
    ]);
    expect(checks()[0]?.annotations).toHaveLength(60);
    expect(gh.requests.map((q) => q.route)).toEqual([
      'POST /repos/{owner}/{repo}/check-runs',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
    ]);
  });

  it('ends neutral when the review ended on another head, which gets the verdict', async () => {
    const gitDir = gh.repoPath('o/r');
    const tree = (await bareGit(gitDir, ['rev-parse', 'main^{tree}'])).trim();
    const moved = (await bareGit(gitDir, ['commit-tree', tree, '-p', main, '-m', 'moved'])).trim();
    await bareGit(gitDir, ['update-ref', 'refs/heads/agent/x', moved]);
    const octokit = clientFor(gh);
    const started = await startReviewCheck(octokit, { repo: REPO, headSha: main, title: 'r0' });
    await completeReviewCheck(octokit, started, {
      repo: REPO,
      headSha: moved,
      conclusion: 'success',
      title: 'clean',
      summary: 's',
      findings: [],
    });
    expect(checks().map((c) => [c.headSha, c.status, c.conclusion])).toEqual([
      [main, 'completed', 'neutral'],
      [moved, 'completed', 'success'],
    ]);
  });
});
