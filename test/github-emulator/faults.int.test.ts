// Fault injection, seen through the real Octokit retry and throttling plugins.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { octokitFor, quiet } from './helpers.js';

const COMMENTS = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
let gh: GitHubEmulator;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r');
  await octokitFor(gh).issues.create({ owner: 'o', repo: 'r', title: 'target' });
  gh.resetRequests();
});
afterEach(async () => {
  await gh.close();
});

const comment = (octokit: Octokit) =>
  octokit.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'hello' });

describe('fault injection', () => {
  it('fails the next N calls to a route with the given status', async () => {
    gh.faults.add({ route: COMMENTS, status: 500, times: 2 });
    const octokit = octokitFor(gh);
    await expect(comment(octokit)).rejects.toMatchObject({ status: 500 });
    await expect(comment(octokit)).rejects.toMatchObject({ status: 500 });
    await expect(comment(octokit)).resolves.toMatchObject({ status: 201 });
    expect(gh.requests.map((r) => r.status)).toEqual([500, 500, 201]);
    expect(gh.repo('o/r').issueComments.size).toBe(1);
  });

  it('a client with plugin-retry gets through an injected 502', async () => {
    gh.faults.add({ route: COMMENTS, status: 502 });
    const RetryingOctokit = Octokit.plugin(retry);
    const octokit = new RetryingOctokit({
      auth: gh.token,
      baseUrl: gh.url,
      log: quiet,
      retry: { retryAfterBaseValue: 1 },
    });
    const { status } = await comment(octokit);
    expect(status).toBe(201);
    expect(gh.apiCallCount({ route: COMMENTS })).toBe(2);
    expect(gh.requests.map((r) => r.status)).toEqual([502, 201]);
  });

  it('without retries the 502 surfaces', async () => {
    gh.faults.add({ route: COMMENTS, status: 502 });
    await expect(comment(octokitFor(gh))).rejects.toMatchObject({ status: 502 });
  });

  it('a secondary rate limit carries retry-after, honoured by plugin-throttling', async () => {
    gh.faults.add({ route: COMMENTS, secondaryRateLimit: true, retryAfter: 2 });
    const seen: number[] = [];
    const ThrottledOctokit = Octokit.plugin(throttling);
    const octokit = new ThrottledOctokit({
      auth: gh.token,
      baseUrl: gh.url,
      log: quiet,
      throttle: {
        retryAfterBaseValue: 10, // 2 "seconds" become 20 ms
        onRateLimit: () => false,
        onSecondaryRateLimit: (retryAfter, _options, _octokit, retryCount) => {
          seen.push(retryAfter);
          return retryCount === 0; // retry once
        },
      },
    });
    const { status } = await comment(octokit);
    expect(status).toBe(201);
    expect(seen).toEqual([2]);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 201]);
    expect(gh.requests[0]?.responseBody).toMatchObject({
      message: expect.stringContaining('You have exceeded a secondary rate limit'),
    });
  });

  it('sends retry-after and the message on the raw 403 response', async () => {
    gh.faults.add({ route: COMMENTS, secondaryRateLimit: true, retryAfter: 7 });
    const res = await fetch(`${gh.url}/repos/o/r/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: `token ${gh.token}` },
      body: JSON.stringify({ body: 'x' }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(((await res.json()) as { message: string }).message).toMatch(
      /^You have exceeded a secondary rate limit/,
    );
  });

  it('answers 429 with rate-limit headers', async () => {
    gh.faults.add({ route: { method: 'POST', path: /\/comments$/ }, status: 429, retryAfter: 1 });
    await expect(comment(octokitFor(gh))).rejects.toMatchObject({
      status: 429,
      response: { headers: { 'x-ratelimit-remaining': '0', 'retry-after': '1' } },
    });
  });

  it('a dropped connection surfaces as an error, and nothing is written', async () => {
    gh.faults.add({ route: COMMENTS, drop: true });
    await expect(comment(octokitFor(gh))).rejects.toThrow();
    expect(gh.repo('o/r').issueComments.size).toBe(0);
    await expect(comment(octokitFor(gh))).resolves.toMatchObject({ status: 201 });
  });

  it('adds latency without failing', async () => {
    gh.faults.add({ route: COMMENTS, latencyMs: 150 });
    const t0 = performance.now();
    await comment(octokitFor(gh));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('matches faults by method and path regex, and leaves other routes alone', async () => {
    const fault = gh.faults.add({
      route: { method: 'GET', path: /^\/repos\/o\/r\/issues\/\d+$/ },
      status: 500,
      times: 1,
    });
    const octokit = octokitFor(gh);
    await expect(comment(octokit)).resolves.toMatchObject({ status: 201 });
    await expect(
      octokit.issues.get({ owner: 'o', repo: 'r', issue_number: 1 }),
    ).rejects.toMatchObject({ status: 500 });
    expect(fault.hits).toBe(1);
    expect(gh.faults.pending).toBe(0);
  });
});
