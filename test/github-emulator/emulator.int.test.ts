// The emulator's basics through real clients: startup, isolation, pagination, auth, logging.
import { afterEach, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { octokitFor } from './helpers.js';

const open: GitHubEmulator[] = [];
async function start(): Promise<GitHubEmulator> {
  const gh = await startGitHubEmulator();
  open.push(gh);
  return gh;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((gh) => gh.close()));
});

describe('GitHub emulator', () => {
  it('starts quickly on a loopback port (time printed, not asserted)', async () => {
    const t0 = performance.now();
    const gh = await start();
    const elapsed = performance.now() - t0;
    console.log(`gh-emulator start: ${elapsed.toFixed(1)} ms`);
    expect(gh.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('runs two emulators in parallel with separate state', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    expect(a.url).not.toBe(b.url);
    await Promise.all([a.createRepo('o/r'), b.createRepo('o/r')]);
    await octokitFor(a).issues.create({ owner: 'o', repo: 'r', title: 'only in a' });
    const inA = await octokitFor(a).issues.listForRepo({ owner: 'o', repo: 'r' });
    const inB = await octokitFor(b).issues.listForRepo({ owner: 'o', repo: 'r' });
    expect(inA.data.map((i) => i.title)).toEqual(['only in a']);
    expect(inB.data).toEqual([]);
    expect(a.repoPath('o/r')).not.toBe(b.repoPath('o/r'));
  });

  it('paginates 250 comments with Link headers; a one-page reader sees only 30', async () => {
    const gh = await start();
    await gh.createRepo('o/r');
    const octokit = octokitFor(gh);
    const { data: issue } = await octokit.issues.create({ owner: 'o', repo: 'r', title: 'many' });
    // Ten writers at a time: the order of arrival decides the comment ids.
    for (let i = 0; i < 250; i += 10) {
      await Promise.all(
        Array.from({ length: 10 }, (_, k) =>
          octokit.issues.createComment({
            owner: 'o',
            repo: 'r',
            issue_number: issue.number,
            body: `c${i + k + 1}`,
          }),
        ),
      );
    }
    const params = { owner: 'o', repo: 'r', issue_number: issue.number };
    const firstPage = await octokit.issues.listComments(params);
    expect(firstPage.data).toHaveLength(30);
    expect(firstPage.headers.link).toContain('rel="next"');
    expect(firstPage.headers.link).toContain('page=9>; rel="last"');

    gh.resetRequests();
    const all = await octokit.paginate(octokit.issues.listComments, { ...params, per_page: 100 });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((c) => c.body)).size).toBe(250);
    expect(all.map((c) => c.id)).toEqual(
      [...all.map((c) => c.id)].sort((x, y) => Number(x) - Number(y)),
    );
    expect(
      gh.apiCallCount({ route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments' }),
    ).toBe(3);

    const middle = await octokit.issues.listComments({ ...params, per_page: 100, page: 2 });
    const rels = [...(middle.headers.link ?? '').matchAll(/page=(\d+)>; rel="(\w+)"/g)].map(
      (m) => `${m[2]}=${m[1]}`,
    );
    expect(rels).toEqual(['prev=1', 'next=3', 'last=3', 'first=1']);
    expect(middle.headers.link).toContain('per_page=100');
  });

  it('caps per_page at 100', async () => {
    const gh = await start();
    await gh.createRepo('o/r');
    const octokit = octokitFor(gh);
    for (let i = 0; i < 101; i++)
      await octokit.issues.createLabel({ owner: 'o', repo: 'r', name: `l${i}` });
    const { data } = await octokit.issues.listLabelsForRepo({
      owner: 'o',
      repo: 'r',
      per_page: 500,
    });
    expect(data).toHaveLength(100);
  });

  it('answers 401 Bad credentials without a known token', async () => {
    const gh = await start();
    await gh.createRepo('o/r');
    await expect(octokitFor(gh, 'nope').repos.get({ owner: 'o', repo: 'r' })).rejects.toMatchObject(
      {
        status: 401,
        response: { data: { message: 'Bad credentials' } },
      },
    );
    const anonymous = await fetch(`${gh.url}/repos/o/r`);
    expect(anonymous.status).toBe(401);
  });

  it('answers 403 when the token lacks the permission the route needs', async () => {
    const gh = await start();
    await gh.createRepo('o/r');
    gh.addToken('read-only', { issues: 'read', pull_requests: 'write' });
    const octokit = octokitFor(gh, 'read-only');
    await octokitFor(gh).issues.create({ owner: 'o', repo: 'r', title: 'x' });
    await expect(
      octokit.issues.get({ owner: 'o', repo: 'r', issue_number: 1 }),
    ).resolves.toMatchObject({ status: 200 });
    await expect(
      octokit.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'no' }),
    ).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
    await expect(
      octokit.checks.create({ owner: 'o', repo: 'r', name: 'c', head_sha: 'a'.repeat(40) }),
    ).rejects.toMatchObject({
      status: 403,
    });
    // metadata:read is implicit for every token, as on GitHub.
    await expect(octokit.repos.get({ owner: 'o', repo: 'r' })).resolves.toMatchObject({
      status: 200,
    });
    const refused = gh.requests.filter((r) => r.status === 403);
    expect(refused.map((r) => r.token)).toEqual(['read-only', 'read-only']);
  });

  it('works with getOctokit from @actions/github given baseUrl at call time', async () => {
    const gh = await start();
    await gh.createRepo('o/r', { collaborators: { alice: 'write', bob: 'triage' } });
    const octokit = getOctokit(gh.token, { baseUrl: gh.url });
    const alice = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: 'o',
      repo: 'r',
      username: 'alice',
    });
    const bob = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: 'o',
      repo: 'r',
      username: 'bob',
    });
    const eve = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: 'o',
      repo: 'r',
      username: 'eve',
    });
    expect([alice.data.permission, bob.data.permission, eve.data.permission]).toEqual([
      'write',
      'read',
      'none',
    ]);
    expect(bob.data.role_name).toBe('triage');
    gh.setCollaboratorPermission('o/r', 'eve', 'admin');
    const eve2 = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: 'o',
      repo: 'r',
      username: 'eve',
    });
    expect(eve2.data.permission).toBe('admin');
  });

  it('logs each request with route, body, token and status', async () => {
    const gh = await start();
    await gh.createRepo('o/r');
    await octokitFor(gh).issues.create({ owner: 'o', repo: 'r', title: 'logged' });
    await expect(
      octokitFor(gh).issues.get({ owner: 'o', repo: 'r', issue_number: 99 }),
    ).rejects.toMatchObject({ status: 404 });
    expect(gh.requests.map((r) => [r.method, r.route, r.status])).toEqual([
      ['POST', 'POST /repos/{owner}/{repo}/issues', 201],
      ['GET', 'GET /repos/{owner}/{repo}/issues/{issue_number}', 404],
    ]);
    expect(gh.requests[0]?.body).toEqual({ title: 'logged' });
    expect(gh.requests[0]?.token).toBe(gh.token);
    expect(gh.apiCallCount({ method: 'POST' })).toBe(1);
    gh.resetRequests();
    expect(gh.apiCallCount()).toBe(0);
  });

  it('manages labels, reactions, dispatches and workflow dispatches', async () => {
    const gh = await start();
    await gh.createRepo('o/r', { files: { 'a.txt': 'a\n' } });
    const octokit = octokitFor(gh);
    await octokit.issues.createLabel({ owner: 'o', repo: 'r', name: 'ai-agent', color: 'ff0000' });
    await expect(
      octokit.issues.createLabel({ owner: 'o', repo: 'r', name: 'AI-agent' }),
    ).rejects.toMatchObject({ status: 422 });
    const { data: issue } = await octokit.issues.create({ owner: 'o', repo: 'r', title: 'x' });
    const added = await octokit.issues.addLabels({
      owner: 'o',
      repo: 'r',
      issue_number: issue.number,
      labels: ['ai-agent', 'new'],
    });
    expect(added.data.map((l) => [l.name, l.color])).toEqual([
      ['ai-agent', 'ff0000'],
      ['new', 'ededed'],
    ]);
    const left = await octokit.issues.removeLabel({
      owner: 'o',
      repo: 'r',
      issue_number: issue.number,
      name: 'ai-agent',
    });
    expect(left.data.map((l) => l.name)).toEqual(['new']);
    await expect(
      octokit.issues.removeLabel({
        owner: 'o',
        repo: 'r',
        issue_number: issue.number,
        name: 'ai-agent',
      }),
    ).rejects.toMatchObject({ status: 404 });
    const first = await octokit.reactions.createForIssue({
      owner: 'o',
      repo: 'r',
      issue_number: issue.number,
      content: 'eyes',
    });
    const again = await octokit.reactions.createForIssue({
      owner: 'o',
      repo: 'r',
      issue_number: issue.number,
      content: 'eyes',
    });
    expect([first.status, again.status]).toEqual([201, 200]);
    const got = await octokit.issues.get({ owner: 'o', repo: 'r', issue_number: issue.number });
    expect(got.data.reactions?.eyes).toBe(1);

    await octokit.repos.createDispatchEvent({
      owner: 'o',
      repo: 'r',
      event_type: 'agent-task',
      client_payload: { issue: 1 },
    });
    await octokit.actions.createWorkflowDispatch({
      owner: 'o',
      repo: 'r',
      workflow_id: 'review.yml',
      ref: 'main',
      inputs: { pr: '2' },
    });
    expect(gh.repo('o/r').dispatches).toEqual([
      { eventType: 'agent-task', clientPayload: { issue: 1 }, token: gh.token },
    ]);
    expect(gh.repo('o/r').workflowDispatches).toEqual([
      { workflowId: 'review.yml', ref: 'main', inputs: { pr: '2' }, token: gh.token },
    ]);
    await expect(
      octokit.actions.createWorkflowDispatch({
        owner: 'o',
        repo: 'r',
        workflow_id: 'x.yml',
        ref: 'nope',
      }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
