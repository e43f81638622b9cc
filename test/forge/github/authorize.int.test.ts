// Who may trigger a run, checked through the emulator's collaborator permission endpoint.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { authorizeActor, parseAllowedBots } from '../../../src/forge/github/authorize.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { clientFor } from './helpers.js';

const REPO = { owner: 'o', repo: 'r' };
let gh: GitHubEmulator;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r', {
    collaborators: { wendy: 'write', mo: 'maintain', ada: 'admin', rita: 'read', tri: 'triage' },
  });
});
afterAll(async () => {
  await gh.close();
});

const check = (login: string, type = 'User', allowedBots: string[] = []) =>
  authorizeActor(clientFor(gh), {
    repo: REPO,
    actor: { login, type },
    allowedBots,
    action: 'labeled #1',
  });

describe('authorizeActor', () => {
  it.each(['wendy', 'mo', 'ada', 'o'])(
    'allows %s (write, maintain, admin, owner)',
    async (login) => {
      await expect(check(login)).resolves.toEqual({ allowed: true });
    },
  );

  it.each([
    ['rita', 'read'],
    ['tri', 'triage'],
    ['stranger', 'none'],
  ])('refuses %s with %s permission, saying why', async (login, role) => {
    const result = await check(login);
    expect(result).toEqual({
      allowed: false,
      reason: `ignored: ${login} (labeled #1) has ${role} permission on o/r; write, maintain or admin is needed`,
    });
  });

  it('refuses a bot not listed in allowed-bots, by type or by [bot] suffix, without an API call', async () => {
    gh.resetRequests();
    const byType = await check('renovate', 'Bot');
    const bySuffix = await check('dependabot[bot]', 'User');
    expect(byType).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('not listed in `allowed-bots`'),
    });
    expect(bySuffix.allowed).toBe(false);
    expect(gh.apiCallCount()).toBe(0);
  });

  it('allows a listed bot (with or without [bot], any case)', async () => {
    const bots = parseAllowedBots('lailatov[bot],\n Other-Bot ');
    expect(bots).toEqual(['lailatov[bot]', 'Other-Bot']);
    await expect(check('lailatov[bot]', 'Bot', bots)).resolves.toEqual({ allowed: true });
    await expect(check('other-bot[bot]', 'Bot', bots)).resolves.toEqual({ allowed: true });
    await expect(check('lailatov-evil[bot]', 'Bot', bots)).resolves.toMatchObject({
      allowed: false,
    });
  });

  it('uses one API call per human check', async () => {
    gh.resetRequests();
    await check('wendy');
    expect(gh.requests.map((r) => r.route)).toEqual([
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
    ]);
  });

  it('is not fooled by a user login that merely looks privileged', async () => {
    await expect(check('admin')).resolves.toMatchObject({ allowed: false });
  });
});
