// The fallback chain moves on only for infrastructure failures, and the breaker (with an
// injected clock) opens, half-opens for exactly one trial, and closes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BreakerRegistry, CircuitBreaker } from '../../src/engines/breaker.js';
import {
  createFallbackChain,
  infraFailure,
  isInfraFailure,
  type FallbackResult,
} from '../../src/engines/fallback.js';
import { makeTask, tempRepo, type TempRepo } from './support/repo.js';
import { result, scriptedEngine } from './support/doubles.js';

// A chain resets the tree between links, so its task needs a real repository.
let repo: TempRepo;
let task: ReturnType<typeof makeTask>;
beforeAll(async () => {
  repo = await tempRepo();
  task = makeTask(repo.dir);
});
afterAll(() => repo.cleanup());
const infra = (engine: string) => infraFailure(result(engine, 'error'), 'HTTP 529 overloaded');

describe('infra failure flag', () => {
  it('marks infra errors and wall-clock timeouts, not a caller cancel or task outcomes', () => {
    expect(isInfraFailure(infra('x'))).toBe(true);
    expect(isInfraFailure(result('x', 'timeout', 'infra: wall-clock timeout after 5 ms'))).toBe(
      true,
    );
    // A cancel by the caller is a timeout outcome too, but another engine would not help.
    expect(isInfraFailure(result('x', 'timeout', 'aborted by the caller'))).toBe(false);
    expect(isInfraFailure(result('x', 'error', 'the model wrote bad JSON'))).toBe(false);
    for (const o of [
      'completed',
      'no_changes',
      'refused',
      'max_turns',
      'budget_exceeded',
    ] as const) {
      expect(isInfraFailure(result('x', o))).toBe(false);
    }
  });
});

describe('createFallbackChain', () => {
  it('moves to the next link on an infra failure and says which link completed and why', async () => {
    const a = scriptedEngine('a', [infra('a')]);
    const b = scriptedEngine('b', [result('b', 'completed')]);
    const chain = createFallbackChain([
      { engine: a, model: 'model-a' },
      { engine: b, model: 'model-b' },
    ]);
    const r = (await chain.run(task)) as FallbackResult;
    expect(r).toMatchObject({ outcome: 'completed', engine: 'b', link: 2 });
    expect(r.attempts).toEqual([
      { engine: 'a', model: 'model-a', reason: 'infra: HTTP 529 overloaded' },
    ]);
    expect(r.detail).toMatch(
      /completed on link 2\/2 \(b\/model-b\) after: a\/model-a: infra: HTTP 529/,
    );
    // Each link runs the task with its own model.
    expect(a.tasks[0]?.model).toBe('model-a');
    expect(b.tasks[0]?.model).toBe('model-b');
  });

  it.each(['refused', 'max_turns', 'budget_exceeded', 'no_changes', 'completed'] as const)(
    'stops on %s: another engine would not change the answer',
    async (outcome) => {
      const a = scriptedEngine('a', [result('a', outcome)]);
      const b = scriptedEngine('b', []);
      const r = await createFallbackChain([
        { engine: a, model: 'm' },
        { engine: b, model: 'm' },
      ]).run(task);
      expect(r.outcome).toBe(outcome);
      expect(b.tasks).toHaveLength(0);
    },
  );

  it('reports every failure when all links fail, still flagged infra', async () => {
    const r = (await createFallbackChain([
      { engine: scriptedEngine('a', [infra('a')]), model: 'm' },
      {
        engine: scriptedEngine('b', [
          result('b', 'timeout', 'infra: wall-clock timeout after 5 ms'),
        ]),
        model: 'm',
      },
    ]).run(task)) as FallbackResult;
    expect(r.outcome).toBe('timeout');
    expect(isInfraFailure(r)).toBe(true);
    expect(r.attempts?.map((x) => x.engine)).toEqual(['a', 'b']);
    expect(r.detail).toMatch(/all links failed/);
  });
});

describe('circuit breaker', () => {
  it('opens after N consecutive infra failures, half-opens for ONE trial, closes on success', async () => {
    let now = 0;
    const breakers = new BreakerRegistry({ failureThreshold: 2, cooldownMs: 1000, now: () => now });
    let releaseTrial: (r: ReturnType<typeof result>) => void = () => {};
    const trial = new Promise<ReturnType<typeof result>>((resolve) => (releaseTrial = resolve));
    const primary = scriptedEngine('primary', [infra('primary'), infra('primary'), trial]);
    const secondary = scriptedEngine(
      'secondary',
      Array.from({ length: 4 }, () => result('secondary', 'completed')),
    );
    const chain = createFallbackChain(
      [
        { engine: primary, model: 'p', provider: 'anthropic' },
        { engine: secondary, model: 's' },
      ],
      { breaker: breakers },
    );
    const run = async () => (await chain.run(task)) as FallbackResult;

    expect((await run()).breakers['primary:anthropic']).toBe('closed'); // 1 failure
    expect((await run()).breakers['primary:anthropic']).toBe('open'); // 2 failures: open
    const skipped = await run();
    expect(primary.tasks).toHaveLength(2); // not called while open
    expect(skipped.attempts?.[0]?.reason).toMatch(
      /^skipped: breaker primary:anthropic is open \(retry in 1000 ms\)/,
    );
    expect(skipped.link).toBe(2);

    now += 1000; // cool-down over: half-open
    expect(breakers.get('primary:anthropic').state()).toBe('half_open');
    const trialRun = run(); // admitted as the one trial
    const concurrent = await run(); // a second caller is not admitted while the trial runs
    expect(primary.tasks).toHaveLength(3);
    expect(concurrent.attempts?.[0]?.reason).toMatch(
      /skipped: breaker primary:anthropic is half_open/,
    );
    releaseTrial(result('primary', 'completed'));
    const done = await trialRun;
    expect(done).toMatchObject({ engine: 'primary', link: 1 });
    expect(done.breakers['primary:anthropic']).toBe('closed');
  });

  it('re-opens for a full cool-down when the half-open trial fails', () => {
    let now = 0;
    const b = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 500, now: () => now });
    expect(b.tryAcquire()).toBe(true);
    b.onFailure();
    expect(b.state()).toBe('open');
    expect(b.tryAcquire()).toBe(false);
    now = 500;
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(false);
    b.onFailure();
    expect(b.state()).toBe('open');
    expect(b.retryAfterMs()).toBe(500);
    now = 1000;
    expect(b.tryAcquire()).toBe(true);
    b.onSuccess();
    expect(b.state()).toBe('closed');
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(true);
  });
});
