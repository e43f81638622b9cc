import { describe, expect, it } from '@jest/globals';
import { validateOutcomeRecord } from '../../../src/core/outcomes/index.js';
import { makeRecord, makeStage } from '../../outcomes/support/records.js';

function issuesOf(v: unknown, strict = false): string[] {
  const r = validateOutcomeRecord(v, { strict });
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('validateOutcomeRecord', () => {
  it('accepts a complete v1 record', () => {
    expect(issuesOf(makeRecord())).toEqual([]);
  });

  it('names the bad field path, nested ones included', () => {
    const bad = {
      ...makeRecord(),
      outcome: 'clean',
      runAttempt: 0,
      checks: { tests: 'success' },
      stages: [makeStage(), { ...makeStage(), tokens: { input: 1, output: -2, cacheRead: 0 } }],
      findings: [
        {
          severity: 'blocker',
          path: 'a.ts',
          lines: { start: 5, end: 2 },
          rule: 'r',
          message: 'm',
          fingerprint: 'f',
          status: 'open',
        },
      ],
    };
    const issues = issuesOf(bad);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.outcome: must be one of ready \| escalated .* got "clean"/),
        expect.stringMatching(/^\$\.runAttempt: must be an integer >= 1, got number 0/),
        expect.stringMatching(/^\$\.checks\.tests: must be one of passed/),
        expect.stringMatching(/^\$\.stages\[1\]\.tokens\.output: must be an integer >= 0/),
        expect.stringMatching(/^\$\.stages\[1\]\.tokens\.cacheWrite: .*missing/),
        expect.stringMatching(/^\$\.findings\[0\]\.severity: must be one of blocking/),
        expect.stringMatching(/^\$\.findings\[0\]\.lines\.end: must be >= lines\.start/),
      ]),
    );
    expect(issues).toHaveLength(7);
  });

  it('allows a null cost (unknown price) but not a negative or NaN one', () => {
    expect(issuesOf(makeRecord({ stages: [makeStage({ costUsd: null })] }))).toEqual([]);
    expect(issuesOf(makeRecord({ stages: [makeStage({ costUsd: -1 })] }))).toEqual([
      '$.stages[0].costUsd: must be a finite number >= 0, got number -1',
      '$.totals.costUsd: must be a finite number >= 0, got number -1',
    ]);
  });

  it('rejects timestamps without a zone and repos that are not owner/name', () => {
    expect(issuesOf(makeRecord({ timestamp: '2026-02-19 00:39' }))[0]).toMatch(/^\$\.timestamp/);
    expect(issuesOf(makeRecord({ repo: 'widgets' }))[0]).toMatch(
      /^\$\.repo: must be "owner\/name"/,
    );
  });

  it('rejects unknown fields only in strict mode (writers), so readers stay forward compatible', () => {
    const extra = { ...makeRecord(), outcom: 'ready' };
    expect(issuesOf(extra)).toEqual([]);
    expect(issuesOf(extra, true)).toEqual(['$.outcom: is not a field of outcome schema v1']);
  });

  it('checks the links of an engine chain when a stage has them, naming each bad field', () => {
    const link = {
      engine: 'anthropic',
      model: 'claude-sonnet-4-6',
      outcome: 'error',
      costUsd: 0.9,
      tokens: { input: 1, output: 2, cacheRead: 0, cacheWrite: 0 },
      turns: 1,
      durationMs: 5,
      detail: 'infra: HTTP 529',
    };
    const skipped = { ...link, outcome: 'skipped', costUsd: 0, detail: undefined };
    expect(issuesOf(makeRecord({ stages: [makeStage({ links: [link, skipped] })] }), true)).toEqual(
      [],
    );
    const bad = makeRecord({
      stages: [
        makeStage({
          links: [{ ...link, model: '', costUsd: -1, detail: 3 } as unknown as typeof link],
        }),
      ],
    });
    expect(issuesOf(bad)).toEqual([
      '$.stages[0].links[0].model: must not be empty',
      '$.stages[0].links[0].costUsd: must be a finite number >= 0, got number -1',
      '$.stages[0].links[0].detail: must be a string, got number 3',
    ]);
    expect(issuesOf(makeRecord({ stages: [makeStage({ links: {} as never })] }))).toEqual([
      '$.stages[0].links: must be an array, got an object',
    ]);
  });

  it('rejects a wrong schema version and a non-object', () => {
    expect(issuesOf({ ...makeRecord(), schemaVersion: 2 })[0]).toBe(
      '$.schemaVersion: must be 1, got number 2',
    );
    expect(issuesOf([1, 2])).toEqual(['$: must be an object, got an array']);
  });
});
