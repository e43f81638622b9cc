// The review poster against the emulator: what was already posted is read back from the PR's
// review threads (every page), and fixed findings' threads are resolved in one mutation.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { findOrCreateDraftPr } from '../../../src/forge/github/pulls.js';
import { postReviewRound } from '../../../src/forge/github/review-poster.js';
import { track, type TrackedFinding } from '../../../src/core/findings.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { bareGit, clientFor } from './helpers.js';

const REPO = { owner: 'o', repo: 'r' };
const LINES = 120;
let gh: GitHubEmulator;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r', { files: { 'README.md': '# r\n' } });
});
afterEach(async () => {
  await gh.close();
});

/** An agent branch adding a file of LINES lines, and its draft PR. */
async function openPr(): Promise<{ number: number; headSha: string }> {
  const gitDir = gh.repoPath('o/r');
  const text = Array.from({ length: LINES }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
  const blob = (await bareGit(gitDir, ['hash-object', '-w', '--stdin'], text)).trim();
  const entries = await bareGit(gitDir, ['ls-tree', 'main^{tree}']);
  const tree = (
    await bareGit(gitDir, ['mktree'], `${entries}100644 blob ${blob}\tbig.txt\n`)
  ).trim();
  const commit = (await bareGit(gitDir, ['commit-tree', tree, '-p', 'main', '-m', 'big'])).trim();
  await bareGit(gitDir, ['update-ref', 'refs/heads/agent/issue-1', commit]);
  const { pr } = await findOrCreateDraftPr(clientFor(gh), {
    repo: REPO,
    head: 'agent/issue-1',
    base: 'main',
    title: 'Big',
    body: 'Closes #1',
  });
  return { number: pr.number, headSha: commit };
}

/** Finding i on line i + 1 (messages differ by letters: digits do not count in a fingerprint). */
const finding = (i: number): TrackedFinding =>
  track(
    {
      severity: 'minor',
      path: 'big.txt',
      startLine: i + 1,
      endLine: i + 1,
      rule: 'r',
      message: `finding ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    },
    0,
  );

describe('postReviewRound', () => {
  it('reads every page of threads: nothing is posted twice, and fixed threads are resolved in one mutation', async () => {
    const octokit = clientFor(gh);
    const pr = await openPr();
    const findings = Array.from({ length: 105 }, (_, i) => finding(i));
    const round = {
      repo: REPO,
      pr: pr.number,
      headSha: pr.headSha,
      summary: 's',
      alreadyPosted: false,
      inBodyBefore: [],
    };
    const first = await postReviewRound(octokit, { ...round, round: 0, findings });
    expect(first).toMatchObject({ posted: true, inline: 105, duplicatesSkipped: 0 });
    expect(gh.repo('o/r').threads.size).toBe(105);

    // Round 1: the first and the last (on the second page of threads) are fixed.
    gh.resetRequests();
    const fixed = new Set([0, 104]);
    const next = findings.map((f, i) => (fixed.has(i) ? { ...f, status: 'resolved' as const } : f));
    const second = await postReviewRound(octokit, { ...round, round: 1, findings: next });
    expect(second).toMatchObject({
      posted: true,
      inline: 0,
      duplicatesSkipped: 103,
      threadsResolved: 2,
    });
    expect(gh.repo('o/r').reviewComments).toHaveLength(105);
    const resolved = [...gh.repo('o/r').threads.values()].filter((t) => t.isResolved);
    expect(resolved.map((t) => t.line)).toEqual([1, 105]);
    const graphql = gh.requests.filter((q) => q.route === 'POST /graphql');
    // Two pages of threads, then one mutation.
    expect(graphql).toHaveLength(3);
    expect(JSON.stringify(graphql[2]?.body)).toMatch(/t0: resolveReviewThread[\s\S]*t1: resolve/);

    // A re-run of round 1 posts no second review and resolves nothing again.
    const rerun = await postReviewRound(octokit, {
      ...round,
      round: 1,
      findings: next,
      alreadyPosted: true,
    });
    expect(rerun).toMatchObject({ posted: false, threadsResolved: 0 });
    expect(gh.repo('o/r').reviews).toHaveLength(2);
  });
});
