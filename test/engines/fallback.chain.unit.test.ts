// A chain is one run to its caller: its figures are the sums of its links, the task's ceiling
// holds for all links together, the tree is put back between links, and every link is listed.
import { afterEach, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { access, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBreakers } from '../../src/engines/breaker-file.js';
import {
  createFallbackChain,
  infraFailure,
  isInfraFailure,
  type FallbackResult,
} from '../../src/engines/fallback.js';
import { createReplayEngine } from '../../src/engines/replay/index.js';
import type { Engine, EngineResult } from '../../src/engines/types.js';
import { makeTask, tempRepo } from './support/repo.js';
import { result, scriptedEngine } from './support/doubles.js';
import { tempDir } from '../support/temp.js';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

async function repoTask(budgetUsd?: number) {
  const repo = await tempRepo({ 'README.md': '# demo\n', '.gitignore': 'ignored.txt\n' });
  cleanup.push(repo.cleanup);
  return { repo, task: makeTask(repo.dir, budgetUsd === undefined ? {} : { budgetUsd }) };
}

/** An infra failure (529) after spending `costUsd` on `tokens`. */
function paidFailure(engine: string, costUsd: number | null): EngineResult {
  return {
    ...infraFailure(result(engine, 'error'), 'HTTP 529 overloaded'),
    costUsd,
    tokens: { input: 1000, output: 200, cacheRead: 50, cacheWrite: 10 },
    turns: 1,
    durationMs: 40,
  };
}

function completed(engine: string, costUsd: number): EngineResult {
  return {
    ...result(engine, 'completed'),
    costUsd,
    tokens: { input: 300, output: 100, cacheRead: 0, cacheWrite: 0 },
    turns: 3,
    durationMs: 60,
  };
}

describe('a chain adds up', () => {
  it('reports the sum of its links and gives the next link what the first left of the ceiling', async () => {
    const { task } = await repoTask(2);
    const a = scriptedEngine('a', [paidFailure('a', 0.9)]);
    const b = scriptedEngine('b', [completed('b', 0.5)]);
    const r = (await createFallbackChain([
      { engine: a, model: 'model-a' },
      { engine: b, model: 'model-b' },
    ]).run(task)) as FallbackResult;

    expect(r).toMatchObject({ outcome: 'completed', engine: 'b', link: 2 });
    expect(r.costUsd).toBeCloseTo(1.4, 10);
    expect(r.tokens).toEqual({ input: 1300, output: 300, cacheRead: 50, cacheWrite: 10 });
    expect(r.turns).toBe(4);
    expect(r.durationMs).toBe(100);
    expect(a.tasks[0]?.budgetUsd).toBe(2);
    expect(b.tasks[0]?.budgetUsd).toBeCloseTo(1.1, 10);
    expect(r.links).toEqual([
      {
        engine: 'a',
        model: 'm',
        outcome: 'error',
        costUsd: 0.9,
        tokens: { input: 1000, output: 200, cacheRead: 50, cacheWrite: 10 },
        turns: 1,
        durationMs: 40,
        detail: 'infra: HTTP 529 overloaded',
      },
      {
        engine: 'b',
        model: 'm',
        outcome: 'completed',
        costUsd: 0.5,
        tokens: { input: 300, output: 100, cacheRead: 0, cacheWrite: 0 },
        turns: 3,
        durationMs: 60,
      },
    ]);
  });

  it('stops with budget_exceeded when the first link spent the whole ceiling', async () => {
    const { task } = await repoTask(2);
    const b = scriptedEngine('b', []);
    const r = (await createFallbackChain([
      { engine: scriptedEngine('a', [paidFailure('a', 2.2)]), model: 'm' },
      { engine: b, model: 'm' },
    ]).run(task)) as FallbackResult;
    expect(b.tasks).toHaveLength(0);
    expect(r.outcome).toBe('budget_exceeded');
    expect(r.costUsd).toBe(2.2);
    expect(r.detail).toMatch(/the \$2\.00 ceiling is spent \(\$2\.20\) before b\/m/);
  });

  it('an unknown cost makes the total unknown, and with a ceiling the chain does not go on', async () => {
    const { task } = await repoTask(2);
    const b = scriptedEngine('b', []);
    const r = (await createFallbackChain([
      { engine: scriptedEngine('a', [paidFailure('a', null)]), model: 'm' },
      { engine: b, model: 'm' },
    ]).run(task)) as FallbackResult;
    expect(b.tasks).toHaveLength(0);
    expect(r.costUsd).toBeNull();
    expect(isInfraFailure(r)).toBe(true);
    expect(r.detail).toMatch(/what the links before it spent is unknown/);

    // Without a ceiling the next link runs, and the total stays unknown (never 0).
    const free = await repoTask();
    const r2 = await createFallbackChain([
      { engine: scriptedEngine('a', [paidFailure('a', null)]), model: 'm' },
      { engine: scriptedEngine('b', [completed('b', 0.5)]), model: 'm' },
    ]).run(free.task);
    expect(r2.outcome).toBe('completed');
    expect(r2.costUsd).toBeNull();
  });

  it('a link without a model of its own runs the task model (the --model of the CLI)', async () => {
    const { task } = await repoTask();
    const a = scriptedEngine('a', [paidFailure('a', 0.1)]);
    const b = scriptedEngine('b', [completed('b', 0.1)]);
    await createFallbackChain([{ engine: a }, { engine: b, model: 'own' }]).run({
      ...task,
      model: 'from-flag',
    });
    expect(a.tasks[0]?.model).toBe('from-flag');
    expect(b.tasks[0]?.model).toBe('own');
  });
});

describe('the tree between links', () => {
  it('is back at the start before the next link: edits, new files and commits are gone, ignored files stay', async () => {
    const { repo, task } = await repoTask();
    const head = (await execa('git', ['rev-parse', 'HEAD'], { cwd: repo.dir })).stdout;
    const first = createReplayEngine({
      script: {
        version: 1,
        costUsd: 0.3,
        outcome: 'error',
        detail: 'infra: HTTP 529 overloaded',
        steps: [
          { action: 'write', path: 'half.txt', content: 'half-finished\n' },
          { action: 'write', path: 'dir/new.txt', content: 'new\n' },
          { action: 'edit', path: 'README.md', old: '# demo', new: '# half' },
          { action: 'write', path: 'ignored.txt', content: 'cache\n' },
        ],
      },
    });
    const seen: Record<string, unknown> = {};
    const probe: Engine = {
      name: 'probe',
      async run(t) {
        const exists = (p: string) =>
          access(join(t.cwd, p)).then(
            () => true,
            () => false,
          );
        seen.half = await exists('half.txt');
        seen.dir = await exists('dir');
        seen.readme = await readFile(join(t.cwd, 'README.md'), 'utf8');
        seen.ignored = await exists('ignored.txt');
        seen.head = (await execa('git', ['rev-parse', 'HEAD'], { cwd: t.cwd })).stdout;
        seen.branch = (
          await execa('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: t.cwd })
        ).stdout;
        return completed('probe', 0.1);
      },
    };
    // A link that committed its half-finished work is undone too.
    const committing: Engine = {
      name: 'committing',
      async run(t) {
        await writeFile(join(t.cwd, 'committed.txt'), 'x\n');
        await execa('git', ['add', '-A'], { cwd: t.cwd });
        await execa('git', ['commit', '-qm', 'half'], { cwd: t.cwd });
        return paidFailure('committing', 0.1);
      },
    };
    const r = await createFallbackChain([
      { engine: first, model: 'replay' },
      { engine: committing, model: 'm' },
      { engine: probe, model: 'm' },
    ]).run(task);
    expect(r.outcome).toBe('completed');
    expect(seen).toEqual({
      half: false,
      dir: false,
      readme: '# demo\n',
      ignored: true,
      head,
      branch: 'main',
    });
  });
});

describe('breakers that remember', () => {
  it('skip an engine that failed its last runs in this repository, across runs, and say so', async () => {
    const { task } = await repoTask();
    const dir = await tempDir('lailatov-breakers-');
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, 'breakers.json');
    const runOnce = async (a: Engine, b: Engine) => {
      // Each run loads the file afresh, as each `lailatov write` does.
      const { registry, save } = await loadBreakers(file, { failureThreshold: 2 });
      return (await createFallbackChain(
        [
          { engine: a, model: 'm' },
          { engine: b, model: 'm' },
        ],
        { breaker: registry, onSettled: save },
      ).run(task)) as FallbackResult;
    };
    const a = scriptedEngine('a', [paidFailure('a', 0.1), paidFailure('a', 0.1)]);
    const b = scriptedEngine(
      'b',
      Array.from({ length: 3 }, () => completed('b', 0.1)),
    );
    await runOnce(a, b);
    await runOnce(a, b);
    expect(JSON.parse(await readFile(file, 'utf8'))['a:a']).toMatchObject({ failures: 2 });
    const third = await runOnce(a, b);
    expect(a.tasks).toHaveLength(2); // not asked a third time
    expect(third.links[0]).toMatchObject({ engine: 'a', outcome: 'skipped', costUsd: 0 });
    expect(third.links[0]?.detail).toMatch(/^skipped: breaker a:a is open/);
    expect(third).toMatchObject({ outcome: 'completed', engine: 'b', link: 2 });
  });
});
