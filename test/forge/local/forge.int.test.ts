// The local Forge on a real git repository in a temp dir.
import { describe, expect, test } from '@jest/globals';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalForge, MAX_ISSUE_FILE_BYTES } from '../../../src/forge/local/forge.js';
import { GitRepo } from '../../../src/forge/local/git.js';
import { git, gitEnv } from '../../e2e/helpers.js';
import { tempDir } from '../../support/temp.js';

async function setup(opts: { issueInRepo?: boolean } = {}) {
  const root = await tempDir('lailatov-forge-');
  const repo = join(root, 'repo');
  await git(root, 'init', '-q', '-b', 'main', repo);
  await writeFile(join(repo, 'a.txt'), 'one\n');
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', 'initial');
  const issuePath = opts.issueInRepo ? join(repo, 'issue-5.md') : join(root, 'issue-5.md');
  await writeFile(issuePath, '# Fix a\n\nIt says one.\n');
  const stateDir = join(repo, '.lailatov');
  const g = await GitRepo.open(repo, gitEnv, {
    exclude: ['.lailatov', ...(opts.issueInRepo ? ['issue-5.md'] : [])],
  });
  const forge = new LocalForge({
    git: g,
    issuePath,
    issueNumber: 5,
    stateDir,
    botLogin: 'lailatov[bot]',
  });
  return { root, repo, issuePath, stateDir, git: g, forge };
}

describe('LocalForge', () => {
  test('issue: read, comment (appended to the file), labels', async () => {
    const { forge, issuePath } = await setup();
    expect(await forge.readIssue(5)).toMatchObject({ title: 'Fix a', body: 'It says one.' });
    await forge.postComment(5, 'Which one?');
    await appendFile(issuePath, '\n## Comment by alice\n\nThe first.\n');
    await forge.addLabels(5, ['needs-clarification', 'ai-agent']);
    await forge.addLabels(5, ['ai-agent']);
    await forge.removeLabels(5, ['needs-clarification']);
    const issue = await forge.readIssue(5);
    expect(issue.comments).toEqual([
      { author: 'lailatov[bot]', body: 'Which one?', admitted: true },
      { author: 'alice', body: 'The first.', admitted: true },
    ]);
    expect(issue.labels).toEqual(['ai-agent']);
    await expect(forge.readIssue(6)).rejects.toThrow(/holds issue #5, not #6/);
  });

  test('an oversized or missing issue file is a user error naming --issue', async () => {
    const { forge, issuePath } = await setup();
    await writeFile(issuePath, `# Big\n${'x'.repeat(MAX_ISSUE_FILE_BYTES)}`);
    await expect(forge.readIssue(5)).rejects.toThrow(/--issue .*over the 1048576-byte limit/);
    const gone = new LocalForge({
      git: null,
      issuePath: join(issuePath, '..', 'nope.md'),
      issueNumber: 5,
      stateDir: '/tmp',
      botLogin: 'b',
    });
    await expect(gone.readIssue(5)).rejects.toThrow(/--issue .*nope\.md: no such file/);
  });

  test('git: branches, commits, changed files, diff, files at a ref', async () => {
    const { forge, git: g, repo } = await setup();
    expect(await forge.branchExists('agent/x')).toBe(false);
    expect(await g.checkout('agent/x', 'main')).toEqual({ created: true });
    expect(await g.checkout('agent/x', 'main')).toEqual({ created: false });
    await writeFile(join(repo, 'a.txt'), 'two\n');
    await writeFile(join(repo, 'b.txt'), 'new\n');
    expect(await g.dirtyFiles()).toEqual(['a.txt', 'b.txt']);
    const sha = await g.commitAll('fix: a');
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(await g.commitAll('nothing')).toBeNull();
    expect(await forge.commits('main', 'agent/x')).toEqual([{ sha, subject: 'fix: a' }]);
    expect(await forge.changedFiles('main', 'agent/x')).toEqual(['a.txt', 'b.txt']);
    const diff = await forge.diff('main', 'agent/x');
    expect(diff.map((d) => d.path)).toEqual(['a.txt', 'b.txt']);
    expect(diff[0]?.patch).toContain('+two');
    expect(await forge.readFileAt('main', 'a.txt')).toBe('one\n');
    expect(await forge.readFileAt('main', 'missing.txt')).toBeNull();
    expect(await forge.resolveRef('agent/x')).toBe(sha);
  });

  test('the "PR" is a report: upsert, find with its body, mark ready', async () => {
    const { forge } = await setup();
    expect(await forge.findPullRequest('agent/x')).toBeNull();
    const pr = await forge.upsertPullRequest({
      head: 'agent/x',
      base: 'main',
      title: 'fix: a (#5)',
      body: 'Body one\n\n---\n\nwith a rule',
    });
    expect(pr).toMatchObject({ number: null, draft: true });
    expect(await forge.findPullRequest('agent/x')).toMatchObject({
      url: pr.url,
      body: 'Body one\n\n---\n\nwith a rule',
      draft: true,
    });
    await forge.upsertPullRequest({ head: 'agent/x', base: 'main', title: 't', body: 'Body two' });
    await forge.markReady('agent/x');
    expect(await forge.findPullRequest('agent/x')).toMatchObject({
      body: 'Body two',
      draft: false,
    });
    const text = await readFile(pr.url, 'utf8');
    expect(text).toContain('Status: **ready for review**');
  });

  test("the issue file inside the repository: the bot's comments never dirty the tree", async () => {
    const { forge, git: g, repo } = await setup({ issueInRepo: true });
    expect(await g.dirtyFiles()).toEqual([]);
    await forge.postComment(5, 'A question.');
    expect(await g.dirtyFiles()).toEqual([]);
    await writeFile(join(repo, 'a.txt'), 'two\n');
    await g.commitAll('change');
    expect(await git(repo, 'show', '--name-only', '--format=', 'HEAD')).toBe('a.txt\n');
  });
});

describe('LocalForge on damaged state files', () => {
  test('a labels file that is not a list of strings is an error naming the file, and is kept', async () => {
    const { forge, stateDir } = await setup();
    await forge.addLabels(5, ['ai-agent']);
    const labels = join(stateDir, 'labels-issue-5.json');
    await writeFile(labels, '{"ai-agent": true}\n');
    await expect(forge.addLabels(5, ['bug'])).rejects.toThrow(
      /labels-issue-5\.json: the labels must be a JSON list of strings/,
    );
    await writeFile(labels, '["ai-agent",');
    await expect(forge.readIssue(5)).rejects.toThrow(/labels-issue-5\.json: not valid JSON/);
    expect(await readFile(labels, 'utf8')).toBe('["ai-agent",');
  });

  test('a report whose lailatov:pr line lost a field is an error naming the field, and is kept', async () => {
    const { forge } = await setup();
    const pr = await forge.upsertPullRequest({
      head: 'agent/x',
      base: 'main',
      title: 't',
      body: 'B',
    });
    const damaged = (await readFile(pr.url, 'utf8')).replace('"draft":true', '"draft":"yes"');
    await writeFile(pr.url, damaged);
    await expect(forge.findPullRequest('agent/x')).rejects.toThrow(
      /lailatov:pr … --> line's "draft" must be a boolean/,
    );
    await expect(
      forge.upsertPullRequest({ head: 'agent/x', base: 'main', title: 't', body: 'New' }),
    ).rejects.toThrow(/"draft"/);
    expect(await readFile(pr.url, 'utf8')).toBe(damaged);
  });
});
