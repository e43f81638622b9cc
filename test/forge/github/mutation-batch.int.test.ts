// Writes sent together as one GraphQL request: the review check started and completed through a
// batch lands as the REST calls leave it, a batch that holds nothing sends nothing, and a field
// that fails is reported with what it was doing while the others still land.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  queueCheckCompletion,
  queueReviewCheck,
  REVIEW_CHECK_NAME,
} from '../../../src/forge/github/checks.js';
import { MutationBatch } from '../../../src/forge/github/mutation-batch.js';
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

const finding = (i: number) =>
  track(
    {
      severity: 'major',
      path: 'README.md',
      startLine: 1,
      endLine: 1,
      rule: `rule-${i}`,
      message: `m${i}`,
    },
    0,
  );

describe('a batch of GraphQL writes', () => {
  it('starts and completes the review check, one request each, as REST would leave it', async () => {
    const octokit = clientFor(gh);
    const repositoryId = gh.repo('o/r').nodeId;
    const opening = new MutationBatch(octokit, REPO);
    const started = queueReviewCheck(opening, { repositoryId, headSha: main, title: 'r0' });
    expect(gh.requests).toHaveLength(0);
    await opening.send();
    const check = started();
    expect(gh.repo('o/r').checkRuns).toEqual([
      expect.objectContaining({ id: check.id, name: REVIEW_CHECK_NAME, status: 'in_progress' }),
    ]);
    const closing = new MutationBatch(octokit, REPO);
    const input = {
      repo: REPO,
      headSha: main,
      conclusion: 'failure' as const,
      title: 'findings',
      summary: 'two',
      findings: [finding(1), finding(2)],
    };
    expect(queueCheckCompletion(closing, repositoryId, check, input)).toBe(true);
    await closing.send();
    expect(gh.requests.map((q) => q.route)).toEqual(['POST /graphql', 'POST /graphql']);
    const [run] = gh.repo('o/r').checkRuns;
    expect([run?.status, run?.conclusion, run?.output.title]).toEqual([
      'completed',
      'failure',
      'findings',
    ]);
    expect(run?.annotations.map((a) => [a.path, a.annotation_level, a.message])).toEqual([
      ['README.md', 'failure', 'm1'],
      ['README.md', 'failure', 'm2'],
    ]);
    // More annotations than one request takes, or another head: not for a batch.
    const many = { ...input, findings: Array.from({ length: 51 }, (_, i) => finding(i)) };
    expect(queueCheckCompletion(new MutationBatch(octokit, REPO), repositoryId, check, many)).toBe(
      false,
    );
    const moved = { ...input, headSha: 'f'.repeat(40) };
    expect(queueCheckCompletion(new MutationBatch(octokit, REPO), repositoryId, check, moved)).toBe(
      false,
    );
  });

  it('sends nothing when empty; a failed field names what it was doing, the others land', async () => {
    const octokit = clientFor(gh);
    await new MutationBatch(octokit, REPO).send();
    expect(gh.requests).toHaveLength(0);

    const { data: issue } = await octokit.rest.issues.create({ ...REPO, title: 'I' });
    const { data: c } = await octokit.rest.issues.createComment({
      ...REPO,
      issue_number: issue.number,
      body: 'before',
    });
    const batch = new MutationBatch(octokit, REPO);
    const missing = batch.add({
      field: 'updateIssueComment',
      inputType: 'UpdateIssueCommentInput',
      input: { id: 'IC_missing', body: 'x' },
      select: 'issueComment { id }',
      doing: 'updating the progress comment on #9',
    });
    expect(() => missing.value()).toThrow('not sent yet');
    batch.add({
      field: 'updateIssueComment',
      inputType: 'UpdateIssueCommentInput',
      input: { id: c.node_id, body: 'after' },
      select: 'issueComment { id }',
      doing: `updating comment ${c.id}`,
    });
    await expect(batch.send()).rejects.toThrow(
      /GitHub refused updating the progress comment on #9 on o\/r: Could not resolve to a node/,
    );
    expect(gh.repo('o/r').issueComments.get(c.id)?.body).toBe('after');
  });
});
