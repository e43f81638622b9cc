import { describe, expect, test } from '@jest/globals';
import {
  apiUrlFor,
  cloneUrlFor,
  looksLikeUrl,
  parseGitHubUrl,
  sameRepository,
} from '../../src/core/github-url.js';

describe('parseGitHubUrl', () => {
  test('reads an issue URL on github.com', () => {
    expect(parseGitHubUrl('https://github.com/octo/hello-world/issues/42')).toEqual({
      serverUrl: 'https://github.com',
      owner: 'octo',
      repo: 'hello-world',
      kind: 'issue',
      number: 42,
    });
  });

  test('reads a PR URL, with a trailing slash, and a GHES host with a port', () => {
    expect(parseGitHubUrl('https://github.com/o/r.js/pull/7/')).toMatchObject({
      repo: 'r.js',
      kind: 'pull',
      number: 7,
    });
    expect(parseGitHubUrl('https://ghe.example.com:8443/team/app/pull/3')).toMatchObject({
      serverUrl: 'https://ghe.example.com:8443',
      owner: 'team',
    });
  });

  test('plain http only on loopback (a test server)', () => {
    expect(parseGitHubUrl('http://127.0.0.1:4000/o/r/issues/1').serverUrl).toBe(
      'http://127.0.0.1:4000',
    );
    expect(() => parseGitHubUrl('http://github.com/o/r/issues/1')).toThrow(/scheme must be https/);
  });

  test.each([
    ['not a URL', 'github.com/o/r/issues/1', /not a URL/],
    ['credentials', 'https://user:pw@github.com/o/r/issues/1', /credentials/],
    ['token as user', 'https://ghp_x@github.com/o/r/issues/1', /credentials/],
    ['a query', 'https://github.com/o/r/issues/1?x=../../a', /query/],
    ['other scheme', 'file:///etc/passwd', /scheme/],
    ['javascript', 'javascript:alert(1)', /scheme|not a URL/],
    ['ssh', 'ssh://git@github.com/o/r/issues/1', /scheme/],
    ['too short', 'https://github.com/o/r', /path must be/],
    ['extra segment', 'https://github.com/o/r/issues/1/files', /path must be/],
    ['encoded slash', 'https://github.com/o%2F..%2Fx/r/issues/1', /owner name/],
    ['dot repo', 'https://github.com/o/../issues/1', /path must be|repository name/],
    ['dotdot repo', 'https://github.com/o/%2E%2E/issues/1', /path must be|repository name/],
    ['bad owner', 'https://github.com/-o/r/issues/1', /owner name/],
    ['wrong kind', 'https://github.com/o/r/discussions/1', /neither issues nor pull/],
    ['zero', 'https://github.com/o/r/issues/0', /not an issue or PR number/],
    ['negative', 'https://github.com/o/r/issues/-1', /not an issue or PR number/],
    ['huge', 'https://github.com/o/r/issues/99999999999', /not an issue or PR number/],
    ['hex', 'https://github.com/o/r/issues/0x10', /not an issue or PR number/],
    ['newline', 'https://github.com/o/r/issues/1\n--upload-pack=evil', /not a URL|path|number/],
    ['space in repo', 'https://github.com/o/r%20x/issues/1', /repository name/],
  ])('refuses %s with the expected form', (_, text, why) => {
    let error: unknown;
    try {
      parseGitHubUrl(text);
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('UserError');
    expect((error as Error).message).toMatch(why);
    expect((error as Error).message).toContain('--issue');
    expect((error as Error).message).toContain('https://github.com/OWNER/REPO/issues/N');
  });

  test('names the flag it was given', () => {
    expect(() => parseGitHubUrl('nope://x', '--pr')).toThrow(/^--pr: /);
  });
});

describe('the helpers', () => {
  test('looksLikeUrl tells URLs from file paths', () => {
    expect(looksLikeUrl('https://github.com/o/r/issues/1')).toBe(true);
    expect(looksLikeUrl('issues/issue-1.md')).toBe(false);
    expect(looksLikeUrl('C:\\issues\\1.md')).toBe(false);
  });

  test('apiUrlFor: api.github.com for github.com, /api/v3 for GHES', () => {
    expect(apiUrlFor('https://github.com')).toBe('https://api.github.com');
    expect(apiUrlFor('https://ghe.example.com:8443')).toBe('https://ghe.example.com:8443/api/v3');
  });

  test('cloneUrlFor and sameRepository accept https and ssh remotes of the same repository', () => {
    const t = parseGitHubUrl('https://github.com/Octo/App/issues/1');
    expect(cloneUrlFor(t)).toBe('https://github.com/Octo/App.git');
    for (const remote of [
      'https://github.com/octo/app.git',
      'https://github.com/Octo/App',
      'git@github.com:octo/app.git',
      'ssh://git@github.com/octo/app.git',
    ])
      expect(sameRepository(remote, t)).toBe(true);
    for (const remote of [
      'https://github.com/octo/app-fork.git',
      'https://gitlab.com/octo/app.git',
      'git@evil.example:octo/app.git',
      '/tmp/somewhere',
    ])
      expect(sameRepository(remote, t)).toBe(false);
  });
});
