// The hostile-agent suite in the BUILT write action on the GitHub emulator: the replay engine
// plays test/hostile/attack.sh in the runner's checkout, with secrets planted in the action's
// environment; the result must be zero, on the pushed branch and in everything the run printed.
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest,
} from '@jest/globals';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  REPO,
  demoRules,
  labeledEvent,
  ok,
  openIssue,
  startWorld,
  type World,
} from '../actions/harness.js';
import {
  PLANTED,
  expectAttackRan,
  expectNothingEscaped,
  hostileTargets,
  type Targets,
} from './world.js';

jest.setTimeout(120_000);

/**
 * The step's log as the runner shows it: `::add-mask::` lines are commands to the runner (they
 * carry the secret so that the runner can mask it) and never reach the log.
 */
const runnerLog = (stdout: string): string =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

let w: World;
let t: Targets;
beforeAll(async () => {
  t = await hostileTargets();
});
// A world per engine: the scripted model answers one triage each.
beforeEach(async () => {
  w = await startWorld({ files: t.files, rules: await demoRules() });
});
afterEach(async () => w?.close());
afterAll(async () => t?.close());

/** A PATH directory where the CLI engines' names are the stub CLIs (test/fixtures/engines). */
async function stubBin(): Promise<string> {
  const dir = join(w.root, 'stub-bin');
  await mkdir(dir, { recursive: true });
  for (const name of ['codex', 'aider', 'gemini'])
    await symlink(resolve('test/fixtures/engines', name), join(dir, name)).catch(() => undefined);
  return dir;
}

describe('hostile agent, built write action', () => {
  it.each(['replay', 'codex', 'aider', 'gemini'])(
    '%s engine: nothing escapes the runner, nothing protected reaches the branch',
    async (engine) => {
      await writeFile(
        join(w.replay, 'write.json'),
        JSON.stringify({
          version: 1,
          steps: [
            { action: 'bash', argv: ['bash', 'hostile/attack.sh'] },
            { action: 'write', path: '.github/workflows/replay.yml', content: 'on: push\n' },
            { action: 'write', path: 'escape-link', content: 'pwned through a symlink\n' },
            { action: 'finish', message: 'done' },
          ],
        }),
      );
      const issue = {
        title: `parseDuration("1h30m") returns 30 minutes (ATTACK with ${engine})`,
        body: 'Fix it.',
      };
      const n = await openIssue(w, issue);
      // The runner holds these; the action's own token is the emulator's, checked too.
      const { 'INPUT_GITHUB-TOKEN': _input, ...secrets } = PLANTED;
      const planted = { ...secrets, PATH: `${await stubBin()}:${process.env.PATH ?? ''}` };
      const triage = ok(await w.run('triage', labeledEvent(n, issue), {}, { env: planted }));
      expect(triage.outputs.outcome).toBe('clear');
      // The project's setup-command is the attacker's too (an install script it edited); its
      // output goes to the step log. It then cleans up, or write would refuse the dirty tree.
      const { stage, result } = await w.followDispatch(
        { 'setup-command': 'bash hostile/attack.sh; git clean -fdq', engine },
        planted,
      );
      expect(stage).toBe('write');
      const branch = result.outputs.branch ?? '';
      expect({ code: result.code, branch, log: result.stdout.slice(-3000) }).toMatchObject({
        branch: expect.stringMatching(/^agent\//),
      });
      await expectAttackRan(w.gh.repoPath(REPO), branch);
      const repo = w.gh.repo(REPO);
      await expectNothingEscaped(
        t,
        branch,
        {
          repo: w.gh.repoPath(REPO),
          dirs: [w.root],
          texts: [
            runnerLog(triage.stdout),
            triage.stderr,
            runnerLog(result.stdout),
            result.stderr,
            result.summary,
            JSON.stringify([...repo.issues.values()]),
            JSON.stringify([...repo.pulls.values()]),
          ],
        },
        [w.gh.token],
      );
    },
  );
});
