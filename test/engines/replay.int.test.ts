// The replay engine plays validated scripts against a real git repo; its shell gets the
// scrubbed environment. Bad scripts fail before any run, naming the step.
import { afterEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import { createReplayEngine, parseReplayScript } from '../../src/engines/replay/index.js';
import { makeTask, parentEnvWithSecrets, secretLeaks, tempRepo } from './support/repo.js';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

describe('replay engine', () => {
  it('writes, edits and runs bash; figures as declared; changed files from git; no secrets in env', async () => {
    const repo = await tempRepo({ 'README.md': '# demo\nold line\n' });
    cleanup.push(repo.cleanup);
    const engine = createReplayEngine({
      parentEnv: parentEnvWithSecrets(),
      script: {
        version: 1,
        tokens: { input: 1200, output: 300, cacheRead: 50 },
        costUsd: 0.0123,
        steps: [
          { action: 'write', path: 'src/new.txt', content: 'new\n' },
          { action: 'edit', path: 'README.md', old: 'old line', new: 'new line' },
          { action: 'bash', command: 'env > env.txt' },
          { action: 'bash', argv: ['git', 'add', 'src/new.txt'] },
          { action: 'finish', message: 'All done.' },
        ],
      },
    });
    const r = await engine.run(makeTask(repo.dir));
    expect(r).toMatchObject({
      outcome: 'completed',
      finalMessage: 'All done.',
      turns: 5,
      costUsd: 0.0123,
      tokens: { input: 1200, output: 300, cacheRead: 50, cacheWrite: 0 },
      engine: 'replay',
    });
    expect(r.changedFiles).toEqual(['README.md', 'env.txt', 'src/new.txt']);
    expect(await repo.read('README.md')).toBe('# demo\nnew line\n');
    const env = await repo.read('env.txt');
    expect(env).toContain('PATH=');
    expect(secretLeaks(env)).toEqual([]);
  });

  it('simulates a declared outcome and fails a step whose edit does not apply', async () => {
    const repo = await tempRepo();
    cleanup.push(repo.cleanup);
    const nothing = await createReplayEngine({
      script: { version: 1, steps: [{ action: 'finish', message: 'nothing to do' }] },
    }).run(makeTask(repo.dir));
    expect(nothing.outcome).toBe('no_changes');
    const capped = await createReplayEngine({
      script: {
        version: 1,
        outcome: 'max_turns',
        steps: [{ action: 'write', path: 'a', content: 'x' }],
      },
    }).run(makeTask(repo.dir));
    expect(capped.outcome).toBe('max_turns');
    const bad = await createReplayEngine({
      script: {
        version: 1,
        steps: [{ action: 'edit', path: 'README.md', old: 'absent', new: 'x' }],
      },
    }).run(makeTask(repo.dir));
    expect(bad).toMatchObject({
      outcome: 'error',
      detail: 'steps[0] (edit README.md): the old text was not found',
    });
  });

  it('prices declared tokens with the injected Pricer when no cost is declared', async () => {
    const repo = await tempRepo();
    cleanup.push(repo.cleanup);
    const r = await createReplayEngine({
      pricer: (_m, t) => t.input / 1000,
      script: {
        version: 1,
        tokens: { input: 2000 },
        steps: [{ action: 'write', path: 'a', content: 'x' }],
      },
    }).run(makeTask(repo.dir, { budgetUsd: 1 }));
    expect(r).toMatchObject({ costUsd: 2, outcome: 'budget_exceeded' });
  });
});

describe('replay script validation', () => {
  const bad =
    (steps: unknown[], extra: Record<string, unknown> = {}) =>
    () =>
      parseReplayScript({ version: 1, steps, ...extra });

  it('names the bad step and the fix', () => {
    expect(bad([{ action: 'write', path: 'a' }])).toThrow(/steps\[0\]\.content \(action "write"\)/);
    expect(bad([{ action: 'write', path: '../escape', content: '' }])).toThrow(
      /steps\[0\]\.path \(action "write"\): must be a path inside the repository/,
    );
    expect(bad([{ action: 'write', path: 'a', content: '' }, { action: 'bash' }])).toThrow(
      /steps\[1\] \(action "bash"\): give exactly one of argv/,
    );
    expect(bad([{ action: 'deploy' }])).toThrow(/steps\[0\]\.action \(action "deploy"\)/);
    expect(
      bad([
        { action: 'finish', message: 'x' },
        { action: 'write', path: 'a', content: '' },
      ]),
    ).toThrow(/steps\[0\] \(action "finish"\): finish must be the last step/);
    expect(bad([], { outcome: 'great' })).toThrow(UserError);
    expect(() => parseReplayScript({ steps: [] })).toThrow(/version/);
  });
});
