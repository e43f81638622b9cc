// How a CLI engine's result takes the proxy's meter: the proxy saw every request, so its priced
// total stands when the CLI reported none or less, an unknown figure never hides a known one,
// and a request refused for the ceiling makes the run budget_exceeded (not an infra failure).
import { describe, expect, it } from '@jest/globals';
import { isInfraFailure, infraFailure } from '../../src/engines/fallback.js';
import { withMeter, type CliSession } from '../../src/engines/proxy/cli-session.js';
import type { ProxyStats } from '../../src/engines/proxy/server.js';
import type { EngineResult } from '../../src/engines/types.js';

const T = (n: number) => ({ input: n, output: n, cacheRead: 0, cacheWrite: 0 });

function session(proxy: Partial<ProxyStats> | null, aborted = false): CliSession {
  return {
    run: {
      exitCode: 1,
      signal: null,
      stdout: '',
      stderr: '',
      timedOut: false,
      aborted,
      durationMs: 1,
    },
    changedFiles: [],
    binary: '/bin/x',
    proxy:
      proxy === null
        ? null
        : {
            requests: 3,
            refused: 0,
            statuses: [200, 200, 200],
            tokens: T(30),
            costUsd: 4.5,
            ceilingUsd: undefined,
            ceilingHit: false,
            ceilingRefusals: 0,
            ceilingMessage: undefined,
            unknown: [],
            ...proxy,
          },
  };
}

const result = (costUsd: number | null, extra: Partial<EngineResult> = {}): EngineResult => ({
  outcome: 'completed',
  finalMessage: '',
  changedFiles: ['a'],
  turns: 3,
  durationMs: 1,
  tokens: T(10),
  costUsd,
  engine: 'codex',
  model: 'gpt-5',
  provider: 'openai',
  transcriptPath: null,
  ...extra,
});

describe('withMeter', () => {
  it("uses the proxy's tokens and priced total when the CLI reports no cost or less", () => {
    expect(withMeter(session({}), result(null))).toMatchObject({ costUsd: 4.5, tokens: T(30) });
    expect(withMeter(session({}), result(1))).toMatchObject({ costUsd: 4.5 });
    expect(withMeter(session({}), result(9))).toMatchObject({ costUsd: 9 });
  });

  it('keeps a known CLI figure when the proxy could not price, and leaves a run without proxy alone', () => {
    expect(withMeter(session({ costUsd: null }), result(2)).costUsd).toBe(2);
    expect(withMeter(session({ costUsd: null }), result(null)).costUsd).toBeNull();
    expect(withMeter(session(null), result(null))).toEqual(result(null));
    // No request went through the proxy: its zero is not a measurement.
    expect(withMeter(session({ requests: 0, costUsd: 0, tokens: T(0) }), result(null))).toEqual(
      result(null),
    );
  });

  it('a ceiling refusal makes the run budget_exceeded, even when the CLI ended in an infra-looking error', () => {
    const hit = session({
      ceilingHit: true,
      ceilingRefusals: 1,
      ceilingMessage: "LailaTov budget: the run's ceiling of $4.00 is spent",
    });
    const r = withMeter(hit, infraFailure(result(null), 'exit 1 without a result'));
    expect(r.outcome).toBe('budget_exceeded');
    expect(isInfraFailure(r)).toBe(false);
    expect(r.detail).toBe(
      "LailaTov budget: the run's ceiling of $4.00 is spent (1 request refused); infra: exit 1 without a result",
    );
    // A cancel stays a cancel.
    const cancelled = session({ ceilingHit: true, ceilingRefusals: 1 }, true);
    expect(withMeter(cancelled, result(null, { outcome: 'error' })).outcome).toBe('error');
  });
});
