// What the agent sandbox costs, as ratios to running the same thing unsandboxed, in one run,
// with each pair run back to back (alternating which goes first) so load hits both alike.
// 1. per agent command: `bash -c true` bare, in bwrap, and in bwrap behind the port bridge (what
//    a CLI engine or a command with egress pays);
// 2. per stage: the whole offline demo pipeline (triage → write → review → remediate → ready,
//    replay engine, the project's tests run twice) with `sandbox.mode: bwrap` and `off`.
// Target (issue 12): the sandbox adds under 10 % to a stage's wall time on the demo.
// Usage: npm run bench -- sandbox
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChecked, runCommand } from '../src/engines/process.js';
import { openSandbox } from '../src/engines/sandbox/index.js';
import { openLocalSession, runSessionPipeline } from '../src/cli/local-session.js';

const COMMAND_PAIRS = Number(process.env.BENCH_ROUNDS ?? 30);
const STAGE_PAIRS = Number(process.env.BENCH_STAGE_ROUNDS ?? 5);
const DEMO = join(import.meta.dirname, '..', 'examples', 'demo');
const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir() };

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Runs `a` and `b` `n` times each, alternating which goes first; returns both samples. */
async function paired(
  n: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[number[], number[]]> {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      as.push(await timed(a));
      bs.push(await timed(b));
    } else {
      bs.push(await timed(b));
      as.push(await timed(a));
    }
  }
  return [as, bs];
}

async function perCommand(): Promise<void> {
  const tree = await mkdtemp(join(tmpdir(), 'lailatov-bench-tree-'));
  await runChecked('git', ['init', '-q'], { cwd: tree, env });
  // No egress: bwrap alone. Default egress: the command also gets the proxy's port bridge.
  const closed = await openSandbox({ mode: 'bwrap', env: process.env, network: { allowOnly: [] } });
  const open = await openSandbox({ mode: 'bwrap', env: process.env });
  const globs = ['.github/**', '**/CLAUDE.md'];
  const [jail, bridged] = [await closed.jail(tree, globs), await open.jail(tree, globs)];
  const run = (confine?: Parameters<typeof runCommand>[2]['confine']) => () =>
    runCommand('bash', ['-c', 'true'], { cwd: tree, env, ...(confine && { confine }) });
  try {
    await run({ jail })(); // warm the page cache for bwrap and socat
    await run({ jail: bridged })();
    const [bare, jailed] = await paired(COMMAND_PAIRS, run(), run({ jail }));
    const [bare2, relayed] = await paired(COMMAND_PAIRS, run(), run({ jail: bridged }));
    const row = (name: string, a: number[], b: number[]) =>
      console.log(
        `  ${name.padEnd(34)} ${median(b).toFixed(1)} ms  (+${(median(b) - median(a)).toFixed(1)} ms, ×${(median(b) / median(a)).toFixed(2)})`,
      );
    console.log(`per command (${COMMAND_PAIRS} pairs each, medians):`);
    console.log(`  ${'bare bash -c true'.padEnd(34)} ${median([...bare, ...bare2]).toFixed(1)} ms`);
    row('in bwrap, no network', bare, jailed);
    row('in bwrap + egress port bridge', bare2, relayed);
  } finally {
    await closed.close();
    await open.close();
    await rm(tree, { recursive: true, force: true });
  }
}

/** One offline demo pipeline in a fresh copy, with the given sandbox mode; returns its outcome. */
async function demoRun(mode: 'bwrap' | 'off'): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'lailatov-bench-demo-'));
  try {
    const repo = join(root, 'repo');
    await cp(join(DEMO, 'repo'), repo, { recursive: true });
    const cfg = join(repo, '.github', 'lailatov.yml');
    await writeFile(cfg, `${await readFile(cfg, 'utf8')}\nsandbox:\n  mode: ${mode}\n`);
    const gitEnv = {
      ...env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@x',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@x',
    };
    await runChecked('git', ['init', '-q', '-b', 'main'], { cwd: repo, env: gitEnv });
    await runChecked('git', ['add', '-A'], { cwd: repo, env: gitEnv });
    await runChecked('git', ['commit', '-q', '-m', 'base'], { cwd: repo, env: gitEnv });
    await cp(join(DEMO, 'issue-7.md'), join(root, 'issue-7.md'));
    const session = await openLocalSession({
      repoDir: repo,
      issuePath: join(root, 'issue-7.md'),
      env: { ...process.env, ...gitEnv },
      replayDir: join(DEMO, 'replay'),
      modelScript: join(DEMO, 'model.json'),
      progress: () => undefined,
      source: 'demo',
    });
    return (await runSessionPipeline(session)).outcome;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function perStage(): Promise<void> {
  const outcomes = new Set<string>();
  const record = (mode: 'bwrap' | 'off') => async () =>
    outcomes.add(`${mode}:${await demoRun(mode)}`);
  await record('bwrap')(); // warm up both paths once
  await record('off')();
  const [jailed, bare] = await paired(STAGE_PAIRS, record('bwrap'), record('off'));
  const ratios = jailed.map((j, i) => j / (bare[i] as number));
  console.log(
    `\nwhole demo pipeline (${STAGE_PAIRS} pairs, outcomes ${[...outcomes].join(', ')}):`,
  );
  console.log(`  sandbox off   ${median(bare).toFixed(0)} ms`);
  console.log(`  sandbox bwrap ${median(jailed).toFixed(0)} ms`);
  console.log(
    `  median per-pair ratio ×${median(ratios).toFixed(3)} (+${((median(ratios) - 1) * 100).toFixed(1)} %; target < 10 %)`,
  );
}

await perCommand();
await perStage();
