// Sticky comment, labels, reaction and the draft PR, against the emulator with the real client.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  addEyesReaction,
  stickyMarker,
  upsertStickyComment,
} from '../../../src/forge/github/comments.js';
import { ensureLabels, LABELS, removeLabel, RunLabels } from '../../../src/forge/github/labels.js';
import { findOrCreateDraftPr, markReadyForReview } from '../../../src/forge/github/pulls.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { bareGit, clientFor } from './helpers.js';

const REPO = { owner: 'o', repo: 'r' };
const LIST_COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
let gh: GitHubEmulator;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r', { files: { 'README.md': '# r\n' } });
  await clientFor(gh).rest.issues.create({ ...REPO, title: 'Add dark mode' });
  gh.resetRequests();
});
afterEach(async () => {
  await gh.close();
});

const commentBodies = () => [...gh.repo('o/r').issueComments.values()].map((c) => c.body);

describe('upsertStickyComment', () => {
  it('creates once, then edits the same comment in place; an identical body is not re-sent', async () => {
    const octokit = clientFor(gh);
    const first = await upsertStickyComment(octokit, {
      repo: REPO,
      issueNumber: 1,
      key: 'progress',
      body: '- [ ] triage',
    });
    const second = await upsertStickyComment(octokit, {
      repo: REPO,
      issueNumber: 1,
      key: 'progress',
      body: '- [x] triage',
    });
    const third = await upsertStickyComment(octokit, {
      repo: REPO,
      issueNumber: 1,
      key: 'progress',
      body: '- [x] triage',
    });
    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId });
    expect(third).toMatchObject({ action: 'unchanged', commentId: first.commentId });
    expect(commentBodies()).toEqual([`${stickyMarker('progress')}\n- [x] triage`]);
    expect(
      gh.apiCallCount({ route: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}' }),
    ).toBe(1);
  });

  it('finds its comment beyond the first page (120 comments before it), through every page', async () => {
    const octokit = clientFor(gh);
    const sticky = await upsertStickyComment(octokit, {
      repo: REPO,
      issueNumber: 1,
      key: 'progress',
      body: 'v1',
    });
    for (let batch = 0; batch < 6; batch++) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          octokit.rest.issues.createComment({
            ...REPO,
            issue_number: 1,
            body: `chatter ${batch * 20 + i}`,
          }),
        ),
      );
    }
    // Move the sticky behind the chatter: delete and re-create is what a page-1-only search would miss.
    await octokit.rest.issues.deleteComment({ ...REPO, comment_id: sticky.commentId });
    await octokit.rest.issues.createComment({
      ...REPO,
      issue_number: 1,
      body: `${stickyMarker('progress')}\nv1`,
    });
    gh.resetRequests();

    const result = await upsertStickyComment(octokit, {
      repo: REPO,
      issueNumber: 1,
      key: 'progress',
      body: 'v2',
    });
    expect(result.action).toBe('updated');
    expect(gh.apiCallCount({ route: LIST_COMMENTS })).toBe(2); // 121 comments at 100 per page
    expect(
      gh.requests.filter((r) => r.route === LIST_COMMENTS).map((r) => r.query.page ?? '1'),
    ).toEqual(['1', '2']);
    expect(commentBodies().filter((b) => b.startsWith(stickyMarker('progress')))).toEqual([
      `${stickyMarker('progress')}\nv2`,
    ]);
    expect(commentBodies()).toHaveLength(121);
  });

  it('keeps separate keys apart and ignores the marker quoted mid-comment or by another author', async () => {
    gh.addToken('human', { issues: 'write' }, { login: 'alice' });
    await clientFor(gh, { token: 'human' }).rest.issues.createComment({
      ...REPO,
      issue_number: 1,
      body: `${stickyMarker('progress')}\nforged by alice`,
    });
    await clientFor(gh).rest.issues.createComment({
      ...REPO,
      issue_number: 1,
      body: `quote: ${stickyMarker('progress')}`,
    });
    const octokit = clientFor(gh);
    const mine = await upsertStickyComment(octokit, {
      repo: REPO,
      issueNumber: 1,
      key: 'progress',
      body: 'real',
      author: 'lailatov-bot[bot]',
    });
    const other = await upsertStickyComment(octokit, {
      repo: REPO,
      issueNumber: 1,
      key: 'cost',
      body: '$0.12',
    });
    expect(mine.action).toBe('created');
    expect(other.action).toBe('created');
    expect(commentBodies()).toContain(`${stickyMarker('progress')}\nforged by alice`);
    expect(() => stickyMarker('Bad Key -->')).toThrow(/sticky comment key/);
  });
});

describe('labels and reactions', () => {
  it('creates missing labels with their colors once, adds and removes them', async () => {
    const octokit = clientFor(gh);
    await octokit.rest.issues.createLabel({ ...REPO, name: 'risk:high', color: 'D93F0B' });
    const specs = new Map([LABELS.working, LABELS.riskHigh].map((s) => [s.name, s]));
    const run = new RunLabels(octokit, REPO, specs);
    await run.ensure(['agent:working', 'risk:high', 'custom']);
    await run.ensure(['agent:working', 'custom']);
    const creates = gh.requests.filter((q) => q.route === 'POST /repos/{owner}/{repo}/labels');
    expect(creates).toHaveLength(4); // the one above, then each of the run's once
    // Node ids of the labels the run created; one made before it is not known.
    expect(run.nodeIds(['agent:working', 'custom'])).toEqual([
      expect.any(String),
      expect.any(String),
    ]);
    expect(run.nodeIds(['agent:working', 'risk:high'])).toBeNull();
    expect(await ensureLabels(octokit, REPO, [LABELS.working, LABELS.needsClarification])).toEqual([
      'needs-clarification',
    ]);
    const labels = gh.repo('o/r').labels;
    expect([...labels.values()].map((l) => [l.name, l.color.toUpperCase()]).sort()).toEqual([
      ['agent:working', '1D76DB'],
      ['custom', 'BFD4F2'],
      ['needs-clarification', 'FBCA04'],
      ['risk:high', 'D93F0B'],
    ]);
    const onIssue = async () =>
      (await octokit.rest.issues.listLabelsOnIssue({ ...REPO, issue_number: 1 })).data
        .map((l) => l.name)
        .sort();
    await octokit.rest.issues.addLabels({
      ...REPO,
      issue_number: 1,
      labels: ['agent:working', 'risk:high'],
    });
    expect(await onIssue()).toEqual(['agent:working', 'risk:high']);
    expect(await removeLabel(octokit, REPO, 1, 'agent:working')).toBe(true);
    expect(await removeLabel(octokit, REPO, 1, 'agent:working')).toBe(false);
    expect(await onIssue()).toEqual(['risk:high']);
  });

  it('adds 👀 to the issue and to a comment; a second time is harmless', async () => {
    const octokit = clientFor(gh);
    const { data: c } = await octokit.rest.issues.createComment({
      ...REPO,
      issue_number: 1,
      body: 'hi',
    });
    await addEyesReaction(octokit, REPO, { issueNumber: 1 });
    await addEyesReaction(octokit, REPO, { issueNumber: 1 });
    await addEyesReaction(octokit, REPO, { commentId: c.id });
    const onIssue = await octokit.rest.reactions.listForIssue({ ...REPO, issue_number: 1 });
    const onComment = await octokit.rest.reactions.listForIssueComment({
      ...REPO,
      comment_id: c.id,
    });
    expect(onIssue.data.map((r) => r.content)).toEqual(['eyes']);
    expect(onComment.data.map((r) => r.content)).toEqual(['eyes']);
  });
});

describe('draft PR', () => {
  async function pushAgentBranch(name: string): Promise<void> {
    const gitDir = gh.repoPath('o/r');
    const blob = (await bareGit(gitDir, ['hash-object', '-w', '--stdin'], 'dark mode\n')).trim();
    const base = (await bareGit(gitDir, ['rev-parse', 'main^{tree}'])).trim();
    const entries = await bareGit(gitDir, ['ls-tree', base]);
    const tree = (
      await bareGit(gitDir, ['mktree'], `${entries}100644 blob ${blob}\tdark.txt\n`)
    ).trim();
    const commit = (
      await bareGit(gitDir, ['commit-tree', tree, '-p', 'main', '-m', 'Add dark mode'])
    ).trim();
    await bareGit(gitDir, ['update-ref', `refs/heads/${name}`, commit]);
  }

  it('find-or-create twice gives one draft PR; mark ready flips it through GraphQL', async () => {
    await pushAgentBranch('agent/issue-1');
    const octokit = clientFor(gh);
    const options = {
      repo: REPO,
      head: 'agent/issue-1',
      base: 'main',
      title: 'Add dark mode',
      body: 'Closes #1',
    };
    const first = await findOrCreateDraftPr(octokit, options);
    const second = await findOrCreateDraftPr(octokit, { ...options, title: 'ignored on re-run' });
    expect(first.created).toBe(true);
    expect(second).toEqual({ pr: first.pr, created: false });
    expect(first.pr).toMatchObject({ draft: true, headRef: 'agent/issue-1', baseRef: 'main' });
    expect(gh.repo('o/r').pulls.size).toBe(1);

    gh.resetRequests();
    expect(await markReadyForReview(octokit, REPO, first.pr)).toEqual({ changed: true });
    expect(gh.requests.map((r) => r.route)).toEqual(['POST /graphql']);
    expect(gh.requests[0]?.body).toMatchObject({
      query: expect.stringContaining('markPullRequestReadyForReview'),
    });
    const { data } = await octokit.rest.pulls.get({ ...REPO, pull_number: first.pr.number });
    expect(data.draft).toBe(false);
    const again = await findOrCreateDraftPr(octokit, options);
    expect(again.pr.draft).toBe(false);
    expect(await markReadyForReview(octokit, REPO, again.pr)).toEqual({ changed: false });
  });

  it('a closed PR on the head does not count: a new draft is opened', async () => {
    await pushAgentBranch('agent/issue-2');
    const octokit = clientFor(gh);
    const options = { repo: REPO, head: 'agent/issue-2', base: 'main', title: 'T', body: 'B' };
    const { pr } = await findOrCreateDraftPr(octokit, options);
    await octokit.rest.pulls.update({ ...REPO, pull_number: pr.number, state: 'closed' });
    const reopened = await findOrCreateDraftPr(octokit, options);
    expect(reopened.created).toBe(true);
    expect(reopened.pr.number).not.toBe(pr.number);
  });
});
