// The hostile-agent suite in local mode (`lailatov write`), once per engine: the replay engine,
// the real Claude Code CLI, and the codex, aider and gemini stubs. Each plays
// test/hostile/attack.sh inside the run; the result must be zero (see expectNothingEscaped).
import { afterEach, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { startModelServer, type ModelServer } from '../support/model/index.js';
import {
  PLANTED,
  expectAttackRan,
  expectNothingEscaped,
  hostileWorld,
  runCliWithSecrets,
  type CliRun,
  type HostileWorld,
} from './world.js';

let w: HostileWorld | undefined;
let ms: ModelServer | undefined;
afterEach(async () => {
  await ms?.close();
  await w?.close();
  ms = undefined;
  w = undefined;
});

const baseEnv = (): Record<string, string> => ({
  // Without node_modules/.bin: an engine binary is found only through --engine-bin.
  PATH: (process.env.PATH ?? '')
    .split(delimiter)
    .filter((d) => !d.includes('node_modules'))
    .join(delimiter),
  HOME: process.env.HOME ?? '/tmp',
  GIT_AUTHOR_NAME: 'Maintainer',
  GIT_AUTHOR_EMAIL: 'maintainer@example.invalid',
  GIT_COMMITTER_NAME: 'Maintainer',
  GIT_COMMITTER_EMAIL: 'maintainer@example.invalid',
});

async function write(
  world: HostileWorld,
  engineArgs: string[],
  env = baseEnv(),
): Promise<{ run: CliRun; branch: string }> {
  const run = await runCliWithSecrets(
    ['write', '--issue', world.f.issue, '--repo', world.f.repo, ...engineArgs, '--json'],
    env,
  );
  const json = /\{[\s\S]*\}\s*$/.exec(run.stdout)?.[0];
  expect({ code: run.code, stderr: run.stderr, json: json !== undefined }).toMatchObject({
    json: true,
  });
  const r = JSON.parse(json as string) as { branch: string };
  return { run, branch: r.branch };
}

describe('hostile agent, local mode', () => {
  it('replay engine: bash steps and in-process writes', async () => {
    w = await hostileWorld();
    await writeFile(
      join(w.f.replay, 'write.json'),
      JSON.stringify({
        version: 1,
        steps: [
          { action: 'bash', argv: ['bash', 'hostile/attack.sh'] },
          { action: 'write', path: '.github/workflows/replay.yml', content: 'on: push\n' },
          { action: 'write', path: '.claude/settings.json', content: '{}\n' },
          { action: 'write', path: 'escape-link', content: 'pwned through a symlink\n' },
          { action: 'finish', message: `done: ${Object.keys(PLANTED).join(' ')}` },
        ],
      }),
    );
    const { run, branch } = await write(w, ['--engine', 'replay', '--replay', w.f.replay]);
    await expectAttackRan(w.f.repo, branch);
    await expectNothingEscaped(w, branch, { repo: w.f.repo, texts: [run.stdout, run.stderr] });
  });

  it('the real Claude Code CLI: its Bash and Write tools', async () => {
    w = await hostileWorld();
    const repo = w.f.repo;
    ms = await startModelServer({
      apiKey: PLANTED.ANTHROPIC_API_KEY,
      scenario: {
        rules: [
          { name: 'side-request', when: { noTools: true }, reply: { text: 'ok' } },
          { name: 'haiku', when: { model: /haiku/ }, reply: { text: 'ok' } },
        ],
        turns: [
          { toolUses: [{ name: 'Bash', input: { command: 'bash hostile/attack.sh' } }] },
          {
            toolUses: [
              {
                name: 'Write',
                input: { file_path: join(repo, '.github/workflows/cc.yml'), content: 'x' },
              },
              { name: 'Write', input: { file_path: join(repo, 'escape-link'), content: 'pwned' } },
            ],
          },
          { text: 'Done.' },
        ],
      },
    });
    const { run, branch } = await write(
      w,
      ['--engine', 'claude-code', '--engine-bin', resolve('node_modules/.bin/claude')],
      { ...baseEnv(), ANTHROPIC_BASE_URL: ms.url },
    );
    expect(ms.requests.length).toBeGreaterThan(1); // the CLI really talked to the model
    await expectAttackRan(w.f.repo, branch);
    await expectNothingEscaped(w, branch, {
      repo: w.f.repo,
      texts: [run.stdout, run.stderr, JSON.stringify(ms.requests.map((r) => r.request))],
    });
  });

  it.each(['codex', 'aider', 'gemini'])(
    '%s (stub CLI) that runs the attack and prints its loot',
    async (engine) => {
      w = await hostileWorld();
      const { run, branch } = await write(w, [
        '--engine',
        engine,
        '--engine-bin',
        resolve('test/fixtures/engines', engine),
      ]);
      await expectAttackRan(w.f.repo, branch);
      await expectNothingEscaped(w, branch, { repo: w.f.repo, texts: [run.stdout, run.stderr] });
    },
  );
});
