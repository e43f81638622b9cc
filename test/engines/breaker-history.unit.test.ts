// The breakers' memory replayed from outcome records (the Action's source; local runs keep a
// file): the same breaker logic as a live chain, fed by the links on the log.
import { describe, expect, test } from '@jest/globals';
import type { OutcomeRecord, StageLink } from '../../src/core/outcomes/index.js';
import { breakerMemoryFromRecords } from '../../src/engines/breaker-history.js';
import { breakersFromLog } from '../../src/outcomes/breaker-log.js';
import { makeLink, makeRecord, makeStage } from '../outcomes/support/records.js';

const T0 = Date.parse('2026-12-07T10:00:00Z');
const link = (engine: string, outcome: string, detail?: string): StageLink =>
  makeLink({ engine, outcome, ...(detail !== undefined && { detail }) });
const DOWN = link('codex', 'error', 'infra: HTTP 503');
const UP = link('codex', 'completed');
const NEXT = link('anthropic', 'completed');

function run(minute: number, first: StageLink, repo = 'o/r'): OutcomeRecord {
  return makeRecord({
    repo,
    runId: `r${minute}`,
    timestamp: new Date(T0 + minute * 60_000).toISOString(),
    stages: [makeStage({ links: [first, NEXT] })],
  });
}

describe('breakerMemoryFromRecords', () => {
  test('three infra failures in a row open the breaker at the third record', () => {
    const memory = breakerMemoryFromRecords([run(2, DOWN), run(0, DOWN), run(1, DOWN)]);
    expect(memory['codex:codex']).toEqual({ failures: 3, openedAt: T0 + 2 * 60_000 });
    expect(memory['anthropic:anthropic']).toEqual({ failures: 0, openedAt: null });
  });

  test('a success closes it; a skipped link and a task answer (not infra) are no failure', () => {
    const refused = link('codex', 'error', 'the key was refused');
    const skipped = link('codex', 'skipped', 'skipped: breaker codex:codex is open');
    const memory = breakerMemoryFromRecords([
      run(0, DOWN),
      run(1, DOWN),
      run(2, UP),
      run(3, DOWN),
      run(4, skipped),
      run(5, refused),
    ]);
    expect(memory['codex:codex']).toEqual({ failures: 0, openedAt: null });
    expect(breakerMemoryFromRecords([run(0, DOWN), run(1, DOWN), run(4, skipped)])).toMatchObject({
      'codex:codex': { failures: 2, openedAt: null },
    });
  });
});

describe('breakersFromLog', () => {
  const shards = (files: Record<string, readonly OutcomeRecord[]>) => ({
    pathFor: (at: Date) => `data/outcomes/${at.toISOString().slice(0, 7)}.jsonl`,
    read: async (file: string) => (files[file] ?? []).map((r) => JSON.stringify(r)).join('\n'),
  });

  test('open within the cool-down, for this repository only', async () => {
    const log = shards({
      'data/outcomes/2026-12.jsonl': [run(0, DOWN), run(1, DOWN), run(2, DOWN)],
    });
    const at = (minute: number) => () => T0 + minute * 60_000;
    const soon = await breakersFromLog({ log, repo: 'o/r', now: at(5) });
    expect(soon.get('codex:codex').state()).toBe('open');
    expect(soon.get('anthropic:anthropic').state()).toBe('closed');
    const other = await breakersFromLog({ log, repo: 'o/other', now: at(5) });
    expect(other.get('codex:codex').state()).toBe('closed');
    // After the cool-down, one trial is let through (half-open), as a live breaker does.
    const later = await breakersFromLog({ log, repo: 'o/r', now: at(20) });
    expect(later.get('codex:codex').state()).toBe('half_open');
  });

  test("reads last month's shard while the cool-down reaches into it", async () => {
    const lastMonth = Date.parse('2026-11-30T23:55:00Z');
    const late = (i: number) =>
      makeRecord({
        ...run(0, DOWN),
        runId: `late${i}`,
        timestamp: new Date(lastMonth + i * 60_000).toISOString(),
      });
    const log = shards({ 'data/outcomes/2026-11.jsonl': [late(0), late(1), late(2)] });
    const registry = await breakersFromLog({
      log,
      repo: 'o/r',
      now: () => Date.parse('2026-12-01T00:05:00Z'),
    });
    expect(registry.get('codex:codex').memory()).toEqual({
      failures: 3,
      openedAt: lastMonth + 2 * 60_000,
    });
  });

  test('an unreadable log starts closed and says why', async () => {
    const warnings: string[] = [];
    const registry = await breakersFromLog({
      log: { pathFor: () => 'x', read: async () => Promise.reject(new Error('HTTP 403')) },
      repo: 'o/r',
      now: () => T0,
      warn: (m) => warnings.push(m),
    });
    expect(registry.get('codex:codex').state()).toBe('closed');
    expect(warnings).toEqual([
      'circuit breakers start closed: the outcome log could not be read (HTTP 403)',
    ]);
  });
});
