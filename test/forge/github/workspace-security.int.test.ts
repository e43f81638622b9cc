// The push credential in GitHub mode: it reaches only the configured server, never a program or
// a host named by the checkout's .git, never a file under the tree, never an error message.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { secretForms } from '../../../src/core/secrets/mask.js';
import { basicCredential, GitHubWorkspace } from '../../../src/forge/github/workspace.js';
import { GitHubForge } from '../../../src/forge/github/forge.js';
import { createLightOctokit } from '../../../src/forge/github/light-client.js';
import { gitIn, gitTestEnv, plantGitTraps, sprungTraps } from '../../support/git-traps.js';
import { startGitHttpServer, type GitHttpServer } from '../../support/git-http/server.js';
import { tempDir } from '../../support/temp.js';

const TOKEN = 'ghs_plantedSecretToken0123456789abcdef';
const env = gitTestEnv;
const git = gitIn;

/** Every file under `dir` (recursively, .git included) whose bytes contain a form of the token. */
async function filesHoldingToken(dir: string): Promise<string[]> {
  const forms = secretForms(TOKEN);
  const found: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path, 'latin1');
    if (forms.some((f) => bytes.includes(f))) found.push(path);
  }
  return found;
}

describe('GitHubWorkspace and the push credential', () => {
  let root: string;
  let tree: string;
  let markers: string;
  let server: GitHttpServer;
  let evil: GitHttpServer;
  let bare: string;

  beforeEach(async () => {
    root = await tempDir('ws-security-');
    tree = join(root, 'tree');
    markers = join(root, 'markers');
    await mkdir(markers);
    const projects = join(root, 'srv');
    bare = join(projects, 'o', 'r.git');
    await mkdir(bare, { recursive: true });
    await git(bare, 'init', '-q', '--bare', '-b', 'main');
    const seed = join(root, 'seed');
    await git(root, 'clone', '-q', bare, seed);
    await writeFile(join(seed, 'README.md'), '# r\n');
    await git(seed, 'add', '-A');
    await git(seed, 'commit', '-qm', 'base');
    await git(seed, 'push', '-q', 'origin', 'HEAD:main');
    server = await startGitHttpServer({
      projectRoot: projects,
      authorization: `basic ${basicCredential(TOKEN)}`,
    });
    evil = await startGitHttpServer();
    // As actions/checkout leaves it: a shallow clone whose origin is the server.
    await git(root, 'clone', '-q', '--depth', '1', `file://${bare}`, tree);
    await git(tree, 'remote', 'set-url', 'origin', `${server.url}/o/r.git`);
  });
  afterEach(async () => {
    await server.close();
    await evil.close();
    await rm(root, { recursive: true, force: true });
  });

  const open = () =>
    GitHubWorkspace.open({
      dir: tree,
      env,
      identity: { name: 'lailatov[bot]', email: 'lailatov@users.noreply.github.com' },
      token: TOKEN,
      serverUrl: server.url,
      privateRoot: root,
    });

  /** What the stage does after the agent ran: a branch, a commit, a push, a fetch. */
  async function agentRoundTrip(ws: GitHubWorkspace): Promise<void> {
    await ws.checkoutBranch('agent/issue-1-t', 'main');
    await writeFile(join(tree, 'feature.txt'), 'agent work\n');
    await ws.commitAll('feat: agent work');
    await ws.fetch();
  }

  /** The round trip after the agent planted its traps in the checkout's .git. */
  async function trappedRoundTrip(ws: GitHubWorkspace): Promise<void> {
    await plantGitTraps(tree, markers);
    // Signing with the planted gpg would stop the commit before the push (GitRepo's own test
    // covers gpg): leave it out here so that the push's hooks get their chance.
    await git(tree, 'config', '--unset', 'commit.gpgSign');
    await agentRoundTrip(ws);
  }

  test('hooks, fsmonitor and filters planted in the checkout never run during fetch, checkout, commit and push', async () => {
    const ws = await open();
    await trappedRoundTrip(ws);
    expect(await sprungTraps(markers)).toEqual([]);
    // The push reached the server, with the credential.
    expect(
      (await git(root, '--git-dir', bare, 'log', '-1', '--format=%s', 'agent/issue-1-t')).trim(),
    ).toBe('feat: agent work');
    expect(server.requests.some((r) => r.authorization === `basic ${basicCredential(TOKEN)}`)).toBe(
      true,
    );
  });

  test('no form of the token is ever written under the tree or its .git, nor the private repository', async () => {
    const ws = await open();
    await trappedRoundTrip(ws);
    expect(await filesHoldingToken(root)).toEqual([]);
  });

  test('a locked .git/config does not put the credential into an error', async () => {
    const ws = await open();
    await writeFile(join(tree, '.git', 'config.lock'), '');
    const error = await ws.fetch().then(
      () => null,
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    for (const form of secretForms(TOKEN)) expect(error ?? '').not.toContain(form);
  });

  test('a refused push names the command, not the credential', async () => {
    const ws = await open();
    await ws.checkoutBranch('agent/issue-1-t', 'main');
    await writeFile(join(tree, 'feature.txt'), 'agent work\n');
    // The server now refuses every push (a pre-receive hook of the server's own).
    await writeFile(
      join(bare, 'hooks', 'pre-receive'),
      `#!/bin/sh\necho refused ${TOKEN} >&2\nexit 1\n`,
      {
        mode: 0o755,
      },
    );
    const error = await ws.commitAll('feat: agent work').then(
      () => null,
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    expect(error).toMatch(/git push/);
    for (const form of secretForms(TOKEN)) expect(error).not.toContain(form);
  });

  test.each([
    ['http.proxy', (evilUrl: string, _good: string) => [['http.proxy', evilUrl]]],
    [
      'url.insteadOf and remote pushurl',
      (evilUrl: string, good: string) => [
        [`url.${evilUrl}/.insteadOf`, `${good}/`],
        [`url.${evilUrl}/.pushInsteadOf`, `${good}/`],
        ['remote.origin.pushurl', `${evilUrl}/o/r.git`],
      ],
    ],
  ])('%s in the checkout cannot send the push or the token elsewhere', async (_name, settings) => {
    const ws = await open();
    for (const [key, value] of settings(evil.url, server.url))
      await git(tree, 'config', '--local', key ?? '', value ?? '');
    await agentRoundTrip(ws);
    expect(evil.requests).toEqual([]);
    expect(
      (await git(root, '--git-dir', bare, 'log', '-1', '--format=%s', 'agent/issue-1-t')).trim(),
    ).toBe('feat: agent work');
  });

  test('the forge reads the base from the private repository, not from refs the agent rewrote in the checkout', async () => {
    const ws = await open();
    await ws.checkoutBranch('agent/issue-1-t', 'main');
    // The agent crafts a commit with its own policy and points the checkout's origin/main at it.
    await writeFile(join(tree, 'risk-policy.json'), '{"tiers":"all low"}\n');
    await git(tree, 'add', '-A');
    await git(tree, 'commit', '-qm', 'crafted');
    await git(tree, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    await git(tree, 'reset', '-q', '--hard', 'HEAD~1');
    const forge = new GitHubForge({
      octokit: createLightOctokit({ token: 'unused', baseUrl: server.url }),
      repo: { owner: 'o', repo: 'r' },
      git: ws.origin,
      labels: new Map(),
    });
    expect(await forge.readFileAt('main', 'risk-policy.json')).toBeNull();
    expect(await forge.readFileAt('main', 'README.md')).toBe('# r\n');
    expect(await forge.commits('main', 'agent/issue-1-t')).toEqual([]);
  });
});
