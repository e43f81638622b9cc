// docs/quickstart.md followed literally, on the emulator: the packed package installed into an
// empty directory, `init --github --pr --allow-prs --secret`, the install PR merged, `doctor`, and
// a labelled issue that reaches a draft PR through the built actions.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { installPacked, type PackedInstall } from '../support/packed.js';
import { actionsSettings } from '../support/github/routes/actions-settings.js';
import {
  REPO,
  demoIssue,
  demoRules,
  git,
  labeledEvent,
  ok,
  openIssue,
  startWorld,
  type World,
} from '../actions/harness.js';

jest.setTimeout(300_000);

const QUICKSTART = await readFile('docs/quickstart.md', 'utf8');
/** The commands the quickstart's default path gives, in order (`npx github:…` is the package). */
const COMMANDS = [
  ...QUICKSTART.matchAll(
    /^\s*(?:ANTHROPIC_API_KEY=\S+ )?npx github:lailatov\/lailatov (.+?)\s*(?:#.*)?$/gm,
  ),
].map((m) => (m[1] ?? '').split(/\s+/));

let w: World;
let p: PackedInstall;
beforeAll(async () => {
  [w, p] = await Promise.all([startWorld({ rules: await demoRules() }), installPacked()]);
});
afterAll(async () => w?.close());

describe('the quickstart, followed literally', () => {
  test('from an empty directory to a draft PR, with at most 3 commands and no file edited', async () => {
    expect(COMMANDS.map((c) => c[0])).toEqual(['init', 'doctor']);
    const env = {
      GITHUB_TOKEN: w.gh.token,
      GITHUB_API_URL: w.gh.url,
      LAILATOV_BACKOFF_SCALE: '0.001',
      ANTHROPIC_API_KEY: 'sk-ant-quickstart',
    };
    const args = (c: string[]) => c.map((a) => (a === 'OWNER/REPO' ? REPO : a));

    // 1. init: the files as a PR, the labels, the PR setting, the key.
    const init = await p.lailatov(args(COMMANDS[0] ?? []), { cwd: p.user, env });
    expect({ code: init.code, err: init.stderr }).toMatchObject({ code: 0 });
    expect(init.stdout).toMatch(/pull request: opened/);
    const settings = actionsSettings(w.gh.repo(REPO));
    expect(settings.secrets.get('ANTHROPIC_API_KEY')?.value).toBe('sk-ant-quickstart');
    expect(settings.canApprovePullRequestReviews).toBe(true);

    // A human merges the install PR (a fast-forward of main).
    const bare = w.gh.repoPath(REPO);
    await git(bare, 'update-ref', 'refs/heads/main', 'refs/heads/lailatov/install');

    // 2. doctor: every check passes (a warning for the optional App is fine).
    const doctor = await p.lailatov(args(COMMANDS[1] ?? []), { cwd: p.user, env });
    expect(`${doctor.stdout}${doctor.stderr}exit ${doctor.code}`).toMatch(/exit 0$/);
    expect(doctor.stdout).not.toMatch(/^FAIL/m);

    // 3. Label an issue: triage, then write, through the built actions.
    const t = await demoIssue();
    const issue = await openIssue(w, t);
    ok(await w.run('triage', labeledEvent(issue, t)));
    const { stage, result } = await w.followDispatch();
    expect(stage).toBe('write');
    ok(result);
    const pulls = [...w.gh.repo(REPO).pulls.values()].filter((pr) =>
      pr.headRef.startsWith('agent/'),
    );
    expect(pulls).toHaveLength(1);
    expect(pulls[0]?.draft).toBe(true);
    expect(await git(bare, 'ls-tree', '--name-only', 'main', '.github/workflows/')).toContain(
      'lailatov.yml',
    );
    void join;
  });
});
