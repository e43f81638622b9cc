// The GitHub Forge and Workspace on the emulator and real git: pagination, labels with colors,
// content from the checkout, pushes limited to agent/*, the moved-branch rebase and the token
// header removed afterwards.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLightOctokit } from '../../../src/forge/github/light-client.js';
import { GitHubForge } from '../../../src/forge/github/forge.js';
import { LABELS } from '../../../src/forge/github/labels.js';
import { GitHubWorkspace, PushRejectedError } from '../../../src/forge/github/workspace.js';
import { runChecked } from '../../../src/engines/process.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { FULL_ACCESS } from '../../support/github/auth.js';
import { tempDir } from '../../support/temp.js';

const env = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/tmp',
  GIT_AUTHOR_NAME: 'H',
  GIT_AUTHOR_EMAIL: 'h@example.invalid',
  GIT_COMMITTER_NAME: 'H',
  GIT_COMMITTER_EMAIL: 'h@example.invalid',
};
const git = async (cwd: string, ...args: string[]) =>
  (await runChecked('git', args, { cwd, env })).stdout;

describe('GitHubForge and GitHubWorkspace', () => {
  let gh: GitHubEmulator;
  let root: string;
  let ws: GitHubWorkspace;
  let forge: GitHubForge;
  const repo = { owner: 'o', repo: 'r' };

  beforeAll(async () => {
    gh = await startGitHubEmulator();
    await gh.createRepo('o/r', {
      files: { 'README.md': '# r\n', '.claude/rules/patterns.md': 'p\n' },
    });
    root = await tempDir('gh-actions-forge-');
    const dir = join(root, 'ws');
    await git(root, 'clone', '-q', '--depth', '1', `file://${gh.repoPath('o/r')}`, dir);
    ws = await GitHubWorkspace.open({
      dir,
      env,
      identity: { name: 'lailatov[bot]', email: 'lailatov@users.noreply.github.com' },
      token: 'secret-token',
      serverUrl: 'https://github.example',
      privateRoot: root,
    });
    const octokit = createLightOctokit({
      token: gh.token,
      baseUrl: gh.url,
      retry: { backoffScale: 0.001, spaceWrites: false },
    });
    forge = new GitHubForge({
      octokit,
      repo,
      git: ws.git,
      labels: new Map([[LABELS.working.name, LABELS.working]]),
    });
  });
  afterAll(async () => {
    await gh?.close();
    await rm(root, { recursive: true, force: true });
  });

  test('readIssue reads every page of comments and leaves out the suite’s own progress comment', async () => {
    const { data } = await createLightOctokit({
      token: gh.token,
      baseUrl: gh.url,
    }).rest.issues.create({ ...repo, title: 'T', body: 'B' });
    for (let i = 0; i < 105; i++) await forge.postComment(data.number, `c${i}`);
    await forge.postComment(data.number, '<!-- lailatov:sticky:progress -->\nprogress');
    const fresh = new GitHubForge({
      octokit: createLightOctokit({ token: gh.token, baseUrl: gh.url }),
      repo,
      git: ws.git,
      labels: new Map(),
    });
    const issue = await fresh.readIssue(data.number);
    expect(issue.comments).toHaveLength(105);
    expect(issue.comments.at(-1)?.body).toBe('c104');
    // The issue and its comments in one GraphQL query per 100 comments: two pages, two calls.
    expect(gh.apiCallCount({ route: 'POST /graphql' })).toBe(2);
    expect(
      gh.apiCallCount({ route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments' }),
    ).toBe(0);
    expect(gh.apiCallCount({ route: 'GET /repos/{owner}/{repo}/issues/{issue_number}' })).toBe(0);
  });

  test('readIssue admits the comments of writers (author_association) and of admitLogins only', async () => {
    const octokitAs = (login: string) => {
      gh.addToken(`t-${login}`, FULL_ACCESS, { login });
      return createLightOctokit({ token: `t-${login}`, baseUrl: gh.url });
    };
    gh.setCollaboratorPermission('o/r', 'writer', 'write');
    const { data } = await octokitAs('o').rest.issues.create({ ...repo, title: 'T', body: 'B' });
    for (const login of ['o', 'writer', 'stranger', 'author'])
      await octokitAs(login).rest.issues.createComment({
        ...repo,
        issue_number: data.number,
        body: `by ${login}`,
      });
    const read = async (admitLogins?: string[]) =>
      (
        await new GitHubForge({
          octokit: createLightOctokit({ token: gh.token, baseUrl: gh.url }),
          repo,
          git: ws.git,
          labels: new Map(),
          ...(admitLogins ? { admitLogins } : {}),
        }).readIssue(data.number)
      ).comments.map((c) => `${c.body}: ${c.admitted}`);
    expect(await read()).toEqual([
      'by o: true',
      'by writer: true',
      'by stranger: false',
      'by author: false',
    ]);
    expect(await read(['Author'])).toContain('by author: true');
  });

  test("readIssue hears the issue's author, not a writer, only when the trust rules admit them", async () => {
    gh.addToken('t-asker', FULL_ACCESS, { login: 'asker' });
    const asker = createLightOctokit({ token: 't-asker', baseUrl: gh.url });
    const { data } = await asker.rest.issues.create({ ...repo, title: 'Q', body: 'B' });
    await asker.rest.issues.createComment({
      ...repo,
      issue_number: data.number,
      body: 'my answer',
    });
    const asked: string[] = [];
    const read = (verdict: boolean) =>
      new GitHubForge({
        octokit: createLightOctokit({ token: gh.token, baseUrl: gh.url }),
        repo,
        git: ws.git,
        labels: new Map(),
        admitsAuthor: async (issue, author) => {
          asked.push(`#${issue} ${author}`);
          return verdict;
        },
      }).readIssue(data.number);
    expect((await read(false)).comments).toEqual([
      { author: 'asker', body: 'my answer', admitted: false },
    ]);
    expect((await read(true)).comments).toEqual([
      { author: 'asker', body: 'my answer', admitted: true },
    ]);
    expect(asked).toEqual([`#${data.number} asker`, `#${data.number} asker`]);
  });

  test('addLabels creates a missing label with its color once per run, then adds it', async () => {
    gh.resetRequests();
    await forge.addLabels(1, [LABELS.working.name]);
    await forge.addLabels(1, [LABELS.working.name]);
    expect(gh.repo('o/r').labels.get('agent:working')?.color.toUpperCase()).toBe(
      LABELS.working.color,
    );
    expect(gh.apiCallCount({ route: 'POST /repos/{owner}/{repo}/labels' })).toBe(1);
    expect(gh.repo('o/r').issues.get(1)?.labels).toContain('agent:working');
  });

  test('content comes from the fetched checkout (unshallowed), refs resolve to the remote branches', async () => {
    expect(await forge.readFileAt('main', 'README.md')).toBe('# r\n');
    expect(await forge.listFilesAt('main', '.claude/rules')).toEqual(['.claude/rules/patterns.md']);
    expect((await git(ws.dir, 'rev-parse', '--is-shallow-repository')).trim()).toBe('false');
  });

  test('commitAll pushes the agent branch; the token header exists only during the push', async () => {
    await ws.checkoutBranch('agent/issue-1-t', 'main');
    await writeFile(join(ws.dir, 'a.txt'), 'a\n');
    const sha = await ws.commitAll('feat: a');
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    const remote = (
      await git(root, '--git-dir', gh.repoPath('o/r'), 'rev-parse', 'agent/issue-1-t')
    ).trim();
    expect(remote).toBe(sha);
    expect(await forge.changedFiles('main', 'agent/issue-1-t')).toEqual(['a.txt']);
    const config = await git(ws.dir, 'config', '--local', '--list');
    expect(config).not.toContain('extraheader');
    expect(config).not.toContain(Buffer.from('x-access-token:secret-token').toString('base64'));
    expect((await git(ws.dir, 'log', '-1', '--format=%an')).trim()).toBe('lailatov[bot]');
  });

  test('a push rejected because the branch moved is rebased onto it and retried once', async () => {
    // Someone else pushes to the agent branch meanwhile.
    const other = join(root, 'other');
    await git(root, 'clone', '-q', '-b', 'agent/issue-1-t', `file://${gh.repoPath('o/r')}`, other);
    await writeFile(join(other, 'b.txt'), 'b\n');
    await git(other, 'add', '-A');
    await git(other, 'commit', '-qm', 'human: b');
    await git(other, 'push', '-q', 'origin', 'agent/issue-1-t');
    await writeFile(join(ws.dir, 'c.txt'), 'c\n');
    const sha = await ws.commitAll('feat: c');
    const log = await git(
      root,
      '--git-dir',
      gh.repoPath('o/r'),
      'log',
      '--format=%s',
      'agent/issue-1-t',
    );
    expect(log.split('\n').slice(0, 3)).toEqual(['feat: c', 'human: b', 'feat: a']);
    expect(
      (await git(root, '--git-dir', gh.repoPath('o/r'), 'rev-parse', 'agent/issue-1-t')).trim(),
    ).toBe(sha);
  });

  test('a rebase that conflicts is reported, not forced', async () => {
    const other = join(root, 'other');
    await git(other, 'pull', '-q', 'origin', 'agent/issue-1-t');
    await writeFile(join(other, 'c.txt'), 'theirs\n');
    await git(other, 'commit', '-qam', 'human: c');
    await git(other, 'push', '-q', 'origin', 'agent/issue-1-t');
    await writeFile(join(ws.dir, 'c.txt'), 'ours\n');
    await expect(ws.commitAll('feat: c again')).rejects.toBeInstanceOf(PushRejectedError);
    const remoteLog = await git(
      root,
      '--git-dir',
      gh.repoPath('o/r'),
      'log',
      '-1',
      '--format=%s',
      'agent/issue-1-t',
    );
    expect(remoteLog.trim()).toBe('human: c');
  });

  test('only agent/* branches are pushed', async () => {
    await git(ws.dir, 'checkout', '-q', '-B', 'feature/x', 'origin/main');
    await writeFile(join(ws.dir, 'd.txt'), 'd\n');
    await expect(ws.commitAll('feat: d')).rejects.toThrow(/pushes only agent\/\* branches/);
  });
});
