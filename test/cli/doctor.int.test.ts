// `lailatov doctor`: every check passing on a repository set up as the quickstart says, and each
// check failing, with its fix, when its part is missing or wrong.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { createLightOctokit } from '../../src/forge/github/light-client.js';
import { ensureLabels, LABELS } from '../../src/forge/github/labels.js';
import { putSecret, setVariable } from '../../src/onboard/repo-settings.js';
import type { Check } from '../../src/onboard/doctor.js';
import { captureIo } from '../support/cli-io.js';
import { git } from '../e2e/helpers.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { registerApp } from '../support/github/routes/apps.js';
import { tempDir } from '../support/temp.js';

const TEMPLATE = await readFile('workflows-templates/lailatov.yml', 'utf8');
const GOOD_APP = {
  contents: 'write',
  issues: 'write',
  pull_requests: 'write',
  checks: 'write',
  metadata: 'read',
} as const;

let gh: GitHubEmulator;
let checkout: string;
beforeAll(async () => {
  gh = await startGitHubEmulator();
  checkout = await tempDir('lailatov-doctor-');
  await git(checkout, 'init', '-q', '-b', 'main');
  const io = captureIo({ cwd: checkout, env: { PATH: process.env.PATH ?? '' } });
  expect(await main(['init'], io)).toBe(0);
});
afterAll(() => gh.close());

/** A repository set up as the quickstart says: workflow, key, labels, and an App. */
async function readyRepo(
  name: string,
  o: {
    app?: Record<string, 'read' | 'write'> | null;
    files?: Record<string, string>;
    without?: readonly string[];
  } = {},
) {
  await gh.createRepo(name, { files: { '.github/workflows/lailatov.yml': TEMPLATE, ...o.files } });
  const octokit = createLightOctokit({
    token: gh.token,
    baseUrl: gh.url,
    retry: { spaceWrites: false },
  });
  const [owner = '', repo = ''] = name.split('/');
  const ref = { owner, repo };
  await putSecret(octokit, ref, 'ANTHROPIC_API_KEY', 'sk-test');
  await ensureLabels(
    octokit,
    ref,
    Object.values(LABELS).filter((l) => !o.without?.includes(l.name)),
  );
  if (o.app !== null) {
    const slug = `${repo}-app`;
    registerApp(gh.state, { id: 4242, slug, name: slug, owner, permissions: o.app ?? GOOD_APP });
    await setVariable(octokit, ref, 'LAILATOV_APP_ID', '4242');
    await setVariable(octokit, ref, 'LAILATOV_BOT', `${slug}[bot]`);
    await putSecret(octokit, ref, 'LAILATOV_APP_PRIVATE_KEY', '-----BEGIN RSA PRIVATE KEY-----');
  }
  return { octokit, ref };
}

async function doctor(args: string[], dir = checkout) {
  const io = captureIo({
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
      LAILATOV_BACKOFF_SCALE: '0.001',
    },
  });
  const code = await main(['doctor', '--json', ...args], io);
  const out = JSON.parse(io.out()) as { ok: boolean; checks: Check[] };
  return { code, ...out, failed: out.checks.filter((c) => c.status === 'fail') };
}

describe('lailatov doctor', () => {
  test('all checks pass on a repository set up as the quickstart says', async () => {
    await readyRepo('o/ready');
    const r = await doctor(['--github', 'o/ready']);
    expect(r.failed).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.checks.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'config',
        'risk policy',
        'workflow file',
        'workflow permissions',
        'model key',
        'labels',
        'app key',
        'app permissions',
      ]),
    );
    // The human form: one line per check, and the verdict.
    const io = captureIo({
      cwd: checkout,
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_TOKEN: gh.token,
        GITHUB_API_URL: gh.url,
        LAILATOV_BACKOFF_SCALE: '0.001',
      },
    });
    expect(await main(['doctor', '--github', 'o/ready'], io)).toBe(0);
    expect(io.out()).toMatch(
      /^ok +app permissions +App ready-app has exactly what the suite needs$/m,
    );
    expect(io.out()).toMatch(/^Ready/m);
  });

  const cases: [string, () => Promise<string>, string, RegExp][] = [
    [
      'no model key',
      async () => {
        await gh.createRepo('o/nokey', { files: { '.github/workflows/lailatov.yml': TEMPLATE } });
        return 'o/nokey';
      },
      'model key',
      /--secret ANTHROPIC_API_KEY/,
    ],
    [
      'no workflow on the default branch',
      async () => {
        await gh.createRepo('o/noflow', { files: { 'README.md': '#\n' } });
        return 'o/noflow';
      },
      'workflow file',
      /lailatov init/,
    ],
    [
      'a caller job that lacks a permission',
      async () => {
        const repo = 'o/perms';
        await readyRepo(repo, {
          files: {
            '.github/workflows/lailatov.yml': TEMPLATE.replace('      checks: write\n', ''),
          },
        });
        return repo;
      },
      'workflow permissions',
      /permissions block/,
    ],
    [
      'an App granted workflows and no checks',
      async () => {
        await readyRepo('o/badapp', { app: { ...GOOD_APP, checks: 'read', workflows: 'write' } });
        return 'o/badapp';
      },
      'app permissions',
      /Permissions & events/,
    ],
    [
      'no App, and Actions may not open PRs',
      async () => {
        await readyRepo('o/noapp', { app: null });
        return 'o/noapp';
      },
      'actions may open PRs',
      /--allow-prs/,
    ],
    ['a repository the token cannot read', async () => 'o/missing', 'repository', /check the name/],
  ];
  test.each(cases)('%s fails its check with the fix', async (_what, setUp, name, fix) => {
    const r = await doctor(['--github', await setUp()]);
    expect(r.code).toBe(1);
    expect(r.failed.map((c) => c.name)).toContain(name);
    expect(r.failed.find((c) => c.name === name)?.fix).toMatch(fix);
  });

  test('a missing trigger label fails; the other labels only warn', async () => {
    await readyRepo('o/labels', { without: ['agent:blocked'] });
    const warned = await doctor(['--github', 'o/labels']);
    expect(warned.code).toBe(0);
    expect(warned.checks.find((c) => c.name === 'labels')?.status).toBe('warn');
    await readyRepo('o/notrigger', { without: ['ai-agent'] });
    const failed = await doctor(['--github', 'o/notrigger']);
    expect(failed.failed.map((c) => c.name)).toEqual(['labels']);
  });

  test('an invalid config, an invalid policy and a missing workflow fail locally, each with its fix', async () => {
    const dir = await tempDir('lailatov-doctor-bad-');
    await git(dir, 'init', '-q', '-b', 'main');
    await writeFile(join(dir, 'risk-policy.json'), '{ "tiers": 3 }');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, '.github'));
    await writeFile(join(dir, '.github', 'lailatov.yml'), 'maxRemediationRounds: many\n');
    const r = await doctor([], dir);
    expect(r.code).toBe(1);
    expect(r.failed.map((c) => [c.name, c.fix !== ''])).toEqual([
      ['config', true],
      ['risk policy', true],
      ['workflow file', true],
    ]);
    expect(r.failed[0]?.detail).toMatch(/maxRemediationRounds/);
  });
});
