// A real fallback: Claude Code against a model server that only answers 529 (retries off) is an
// infra failure, and the chain completes the task on the replay engine, saying so.
import { afterEach, describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { BreakerRegistry } from '../../src/engines/breaker.js';
import { createClaudeCodeEngine } from '../../src/engines/claude-code/index.js';
import { createFallbackChain, type FallbackResult } from '../../src/engines/fallback.js';
import { createReplayEngine } from '../../src/engines/replay/index.js';
import { startModelServer } from '../support/model/index.js';
import { makeTask, tempRepo } from './support/repo.js';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

describe('fallback chain with the real Claude Code CLI', () => {
  it('moves from claude-code (529 overloaded) to replay and reports both', async () => {
    const repo = await tempRepo();
    cleanup.push(repo.cleanup);
    const ms = await startModelServer({ scenario: { turns: [] } });
    cleanup.unshift(() => ms.close());
    ms.faults.add({ status: 529, times: 1000 });

    const chain = createFallbackChain(
      [
        {
          engine: createClaudeCodeEngine({
            binaryPath: resolve('node_modules/.bin/claude'),
            parentEnv: { PATH: process.env.PATH },
            upstream: { url: ms.url, apiKey: 'sk-real' },
            maxRetries: 0,
          }),
          model: 'claude-sonnet-4-6',
          provider: 'anthropic',
        },
        {
          engine: createReplayEngine({
            script: {
              version: 1,
              steps: [{ action: 'write', path: 'fixed.txt', content: 'ok\n' }],
            },
          }),
          model: 'replay',
        },
      ],
      { breaker: new BreakerRegistry({ failureThreshold: 1 }) },
    );
    const r = (await chain.run(makeTask(repo.dir, { timeoutMs: 120_000 }))) as FallbackResult;

    expect(ms.requests.filter((q) => q.path === '/v1/messages').map((q) => q.status)).toContain(
      529,
    );
    expect(r).toMatchObject({
      outcome: 'completed',
      engine: 'replay',
      link: 2,
      changedFiles: ['fixed.txt'],
    });
    expect(r.attempts).toHaveLength(1);
    expect(r.attempts?.[0]).toMatchObject({ engine: 'claude-code', model: 'claude-sonnet-4-6' });
    expect(r.attempts?.[0]?.reason).toMatch(/^infra: .*529/);
    expect(r.breakers).toEqual({ 'claude-code:anthropic': 'open', 'replay:replay': 'closed' });
  }, 150_000);
});
