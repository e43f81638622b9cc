// The GitHub clients against the emulator: faults and rate limits (one policy, both clients),
// and the translation of known failures into UserErrors with the fix.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import {
  createOctokit,
  DO_NOT_RETRY_STATUSES,
  maskToken,
} from '../../../src/forge/github/client.js';
import { createLightOctokit, withRestMethods } from '../../../src/forge/github/light-client.js';
import { createRequestClient } from '../../../src/forge/github/request-client.js';
import { GitHubApiError, wrapApiError } from '../../../src/forge/github/errors.js';
import { verifyRepoAccess } from '../../../src/forge/github/repo.js';
import { stdoutOf } from '../../support/stdout.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { clientFor, FAST, type ClientForOptions } from './helpers.js';

const COMMENTS = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const REPO = { owner: 'o', repo: 'r' };
let gh: GitHubEmulator;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r');
  await clientFor(gh).rest.issues.create({ ...REPO, title: 'target' });
  gh.resetRequests();
});
afterEach(async () => {
  await gh.close();
});

const comment = (octokit = clientFor(gh)) =>
  octokit.rest.issues.createComment({ ...REPO, issue_number: 1, body: 'hello' });

// Both clients take their policy from retry-policy.ts; these tests hold each of them to it.
describe.each([
  ['createOctokit (@actions/github)', createOctokit],
  ['createLightOctokit (the actions: request client + REST methods)', createLightOctokit],
])('%s', (_name, create) => {
  const commentWith = (options: Omit<ClientForOptions, 'create'> = {}) =>
    clientFor(gh, { ...options, create }).rest.issues.createComment({
      ...REPO,
      issue_number: 1,
      body: 'hello',
    });

  it('gets through a burst of 502s', async () => {
    gh.faults.add({ route: COMMENTS, status: 502, times: 3 });
    await expect(commentWith()).resolves.toMatchObject({ status: 201 });
    expect(gh.requests.map((r) => r.status)).toEqual([502, 502, 502, 201]);
    expect(gh.repo('o/r').issueComments.size).toBe(1);
  });

  it('waits out a secondary rate limit as long as retry-after says (scaled) and completes', async () => {
    gh.faults.add({ route: COMMENTS, secondaryRateLimit: true, retryAfter: 30 });
    const warnings: string[] = [];
    const started = Date.now();
    await expect(commentWith({ warnings })).resolves.toMatchObject({ status: 201 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(30); // 30 s × 0.001
    expect(gh.requests.map((r) => r.status)).toEqual([403, 201]);
    expect(warnings).toEqual([
      expect.stringMatching(/secondary rate limit on POST .*: retrying in 30 s/),
    ]);
  });

  it('retries a dropped connection', async () => {
    gh.faults.add({ route: COMMENTS, drop: true });
    await expect(commentWith()).resolves.toMatchObject({ status: 201 });
    expect(gh.apiCallCount({ route: COMMENTS })).toBe(2);
  });

  it('a permanent 500 ends, after 3 retries, in a clear GitHubApiError', async () => {
    gh.faults.add({ route: COMMENTS, status: 500, times: 100 });
    const error = await commentWith()
      .catch((e: unknown) => e)
      .then((e) => wrapApiError(e, { repo: 'o/r', doing: 'posting the progress comment' }));
    expect(gh.apiCallCount({ route: COMMENTS })).toBe(4);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).not.toBeInstanceOf(UserError);
    expect((error as GitHubApiError).message).toMatch(
      /GitHub answered 500 .* to POST \/repos\/o\/r\/issues\/1\/comments while posting the progress comment on o\/r/,
    );
    expect((error as GitHubApiError).cause).toMatchObject({ status: 500 });
  });

  it('does not retry a 422 (a compare-and-swap loss is the caller’s to handle)', async () => {
    expect(DO_NOT_RETRY_STATUSES).toContain(422);
    gh.faults.add({ route: COMMENTS, status: 422 });
    await expect(commentWith()).rejects.toMatchObject({ status: 422 });
    expect(gh.apiCallCount({ route: COMMENTS })).toBe(1);
  });
});

describe('createRequestClient (the first requests of an action, before the REST methods load)', () => {
  it('has the same retries, and gains the REST methods in place, keeping its state', async () => {
    const client = createRequestClient({ token: gh.token, baseUrl: gh.url, retry: FAST });
    gh.faults.add({ route: COMMENTS, status: 502, times: 2 });
    const first = await client.request(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { ...REPO, issue_number: 1, body: 'first' },
    );
    expect(first.status).toBe(201);
    expect(gh.requests.map((r) => r.status)).toEqual([502, 502, 201]);
    expect('rest' in client).toBe(false);

    const full = withRestMethods(client);
    expect(full).toBe(client);
    gh.faults.add({ route: COMMENTS, status: 404 });
    await expect(comment(full)).rejects.toMatchObject({ status: 404 });
    await expect(comment(full)).resolves.toMatchObject({ status: 201 });
    expect(gh.apiCallCount({ route: COMMENTS })).toBe(5); // the 404 was not retried
  });
});

describe('wrapApiError', () => {
  it('401: names the token input and the secret to check', async () => {
    const error = await comment(clientFor(gh, { token: 'nope' })).catch((e: unknown) => e);
    const wrapped = wrapApiError(error, { repo: 'o/r', doing: 'commenting' });
    expect(wrapped).toBeInstanceOf(UserError);
    expect((wrapped as UserError).message).toMatch(/401 Bad credentials.*`github-token`.*secret/s);
    expect(gh.apiCallCount({ route: COMMENTS })).toBe(1); // not retried
  });

  it('403 not accessible by integration: names the permissions: scope to add', async () => {
    gh.addToken('no-issues', { contents: 'write', issues: 'read' });
    const error = await comment(clientFor(gh, { token: 'no-issues' })).catch((e: unknown) => e);
    const wrapped = wrapApiError(error, { repo: 'o/r', doing: 'commenting' });
    expect(wrapped).toBeInstanceOf(UserError);
    expect((wrapped as UserError).message).toContain('Add `issues: write`');
    expect((wrapped as UserError).problems).toEqual(['issues: write']);
  });

  it('404 on the repository: the token cannot see it', async () => {
    const error = await verifyRepoAccess(clientFor(gh), { owner: 'o', repo: 'missing' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/cannot see o\/missing \(404\)/);
    await expect(verifyRepoAccess(clientFor(gh), REPO)).resolves.toBeUndefined();
  });

  it('leaves other errors alone, stack included', () => {
    const bug = new TypeError('x is undefined');
    expect(wrapApiError(bug, { repo: 'o/r', doing: 'x' })).toBe(bug);
  });
});

describe('maskToken', () => {
  it('registers the token as a secret and refuses an empty one with the fix', () => {
    let trimmed = '';
    const written = stdoutOf(() => {
      trimmed = maskToken(' ghs_secret \n');
    });
    expect(trimmed).toBe('ghs_secret');
    expect(written).toContain('::add-mask::ghs_secret');
    expect(() => maskToken('  ')).toThrow(UserError);
    expect(() => maskToken('')).toThrow(/`github-token` input is empty/);
  });
  it('also masks the base64 forms git would send in its basic credential', () => {
    const written = stdoutOf(() => maskToken('ghs_formsSecret'));
    const basic = Buffer.from('x-access-token:ghs_formsSecret').toString('base64');
    expect(written).toContain(`::add-mask::${basic}`);
    expect(written).toContain(`::add-mask::${Buffer.from('ghs_formsSecret').toString('base64')}`);
  });
});
