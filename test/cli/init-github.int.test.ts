// `lailatov init --github`: the repository set up through the API on the emulator, each step
// idempotent and reported; `--pr` opens the files as a pull request instead of writing them.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';
import { git } from '../e2e/helpers.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { actionsSettings } from '../support/github/routes/actions-settings.js';
import { tempDir } from '../support/temp.js';

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startGitHubEmulator();
});
afterAll(() => gh.close());

async function init(args: string[], extraEnv: Record<string, string> = {}) {
  const dir = await tempDir('lailatov-init-gh-');
  await git(dir, 'init', '-q', '-b', 'main');
  const io = captureIo({
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
      LAILATOV_BACKOFF_SCALE: '0.001',
      ...extraEnv,
    },
  });
  const code = await main(['init', ...args], io);
  return { code, out: io.out(), err: io.err(), dir };
}

describe('lailatov init --github', () => {
  test('creates the labels, turns on the PR setting, seals the secret; a second run changes nothing new', async () => {
    await gh.createRepo('o/setup', { files: { 'README.md': '# r\n' } });
    const key = 'sk-ant-test-value';
    const first = await init(
      ['--github', 'o/setup', '--allow-prs', '--secret', 'ANTHROPIC_API_KEY'],
      {
        ANTHROPIC_API_KEY: key,
      },
    );
    expect({ code: first.code, err: first.err }).toEqual({ code: 0, err: '' });
    expect(first.out).toContain('wrote    .github/workflows/lailatov.yml');
    expect(first.out).toMatch(/labels: created ai-agent, needs-clarification, agent:working/);
    expect(first.out).toContain('Actions may open pull requests: turned on');
    expect(first.out).toContain('secret ANTHROPIC_API_KEY: created');
    expect(first.out).not.toContain(key);
    const repo = gh.repo('o/setup');
    expect([...repo.labels.values()].map((l) => l.name)).toContain('ai-agent');
    const settings = actionsSettings(repo);
    expect(settings.canApprovePullRequestReviews).toBe(true);
    // The emulator opened the sealed box with the repository's private key.
    expect(settings.secrets.get('ANTHROPIC_API_KEY')?.value).toBe(key);

    const again = await init(
      ['--github', 'o/setup', '--allow-prs', '--secret', 'ANTHROPIC_API_KEY'],
      {
        ANTHROPIC_API_KEY: 'rotated',
      },
    );
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/labels: all \d+ present/);
    expect(again.out).toContain('Actions may open pull requests: already on');
    expect(again.out).toContain('secret ANTHROPIC_API_KEY: updated');
    expect(settings.secrets.get('ANTHROPIC_API_KEY')?.value).toBe('rotated');
  });

  test('leaves the PR setting alone without --allow-prs, and says how to change it', async () => {
    await gh.createRepo('o/ask', { files: { 'README.md': '# r\n' } });
    const r = await init(['--github', 'o/ask']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Actions may open pull requests: off, left as it is \(pass --allow-prs/);
    expect(actionsSettings(gh.repo('o/ask')).canApprovePullRequestReviews).toBe(false);
  });

  test('--pr opens the files as one pull request; a second run finds it open', async () => {
    await gh.createRepo('o/pr', { files: { 'README.md': '# r\n', '.gitignore': 'node_modules' } });
    const r = await init(['--github', 'o/pr', '--pr']);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    expect(r.out).not.toContain('wrote    ');
    expect(r.out).toMatch(/pull request: opened \S+\/pull\/\d+/);
    const files = await git(
      gh.repoPath('o/pr'),
      'ls-tree',
      '-r',
      '--name-only',
      'lailatov/install',
    );
    expect(files.split('\n')).toEqual(
      expect.arrayContaining(['.github/workflows/lailatov.yml', 'risk-policy.json', 'CLAUDE.md']),
    );
    expect(await git(gh.repoPath('o/pr'), 'show', 'lailatov/install:.gitignore')).toBe(
      'node_modules\n.lailatov/\n',
    );
    const again = await init(['--github', 'o/pr', '--pr']);
    expect(again.out).toMatch(/pull request: already open, \S+\/pull\/\d+/);
    expect([...gh.repo('o/pr').pulls.values()]).toHaveLength(1);
  });

  test('a secret that is not in the environment, or --pr without --github, is exit 2 with the fix', async () => {
    const r = await init(['--github', 'o/none', '--secret', 'NOPE_KEY']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--secret NOPE_KEY: the environment variable NOPE_KEY is not set/);
    const p = await init(['--pr']);
    expect(p.code).toBe(2);
    expect(p.err).toMatch(/need --github OWNER\/REPO/);
  });
});
