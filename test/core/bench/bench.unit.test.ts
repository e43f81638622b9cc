import { describe, expect, test } from '@jest/globals';
import {
  importSwebenchLine,
  mergeReports,
  parseInstance,
  percentile,
  renderCompare,
  renderTable,
  selectShard,
  summaryLines,
  testArgv,
  totalsOf,
  wilson,
  type BenchReport,
  type BenchRow,
} from '../../../src/core/bench/index.js';

const valid = {
  instance_id: 'js-1',
  problem_statement: 'clamp ignores the upper bound\n\nclamp(15, 0, 10) is 15.',
  repo: 'repo',
  base_commit: null,
  test_command: ['node', '--test', '{test}'],
  FAIL_TO_PASS: ['test/a.test.js'],
  tags: { language: 'javascript', difficulty: 'easy' },
};

function row(id: string, over: Partial<BenchRow> = {}): BenchRow {
  return {
    instance_id: id,
    run: 1,
    language: 'javascript',
    difficulty: 'easy',
    unclear: false,
    dangerous: false,
    outcome: 'ready',
    resolved: true,
    triageRight: true,
    blockedRight: true,
    failToPass: { passed: 1, total: 1 },
    passToPass: { passed: 1, total: 1 },
    costUsd: 0.5,
    turns: 3,
    escalations: 0,
    durationMs: 1000,
    ...over,
  };
}

function report(rows: BenchRow[], shard: string | null = null): BenchReport {
  return {
    version: 1,
    engine: 'gold',
    model: null,
    suite: 's',
    shard,
    rows,
    totals: totalsOf(rows),
  };
}

describe('bench instance format', () => {
  test('a valid instance reads with its defaults', () => {
    const i = parseInstance(valid, 'x/instance.json');
    expect(i.tags).toEqual({
      language: 'javascript',
      difficulty: 'easy',
      unclear: false,
      dangerous: false,
    });
    expect(i.PASS_TO_PASS).toEqual([]);
    expect(testArgv(i, 'test/a.test.js')).toEqual(['node', '--test', 'test/a.test.js']);
  });

  test.each([
    [{ ...valid, instance_id: 'a b' }, 'instance_id'],
    [{ ...valid, problem_statement: '' }, 'problem_statement'],
    [{ ...valid, base_commit: 'main' }, 'base_commit'],
    [{ ...valid, test_command: [] }, 'test_command'],
    [{ ...valid, FAIL_TO_PASS: [] }, 'FAIL_TO_PASS'],
    [{ ...valid, FAIL_TO_PASS: [3] }, 'FAIL_TO_PASS'],
    [{ ...valid, tags: { difficulty: 'trivial' } }, 'tags.difficulty'],
    [{ ...valid, tags: { unclear: 'yes' } }, 'tags.unclear'],
    [{ ...valid, patch: '../x.patch' }, 'patch'],
    [{ ...valid, hints: 'x' }, 'hints'],
    [{ ...valid, requires: 'tsc' }, 'requires'],
    [{ ...valid, requires: ['/usr/bin/tsc'] }, 'requires'],
    [{ ...valid, requires: ['tsc --version'] }, 'requires'],
  ])('a bad field is named in the error (%#)', (raw, field) => {
    expect(() => parseInstance(raw, 'x/instance.json')).toThrow(`x/instance.json: ${field}:`);
  });

  test('requires lists the commands the instance needs on PATH; none by default', () => {
    expect(parseInstance(valid, 'w').requires).toEqual([]);
    expect(parseInstance({ ...valid, requires: ['tsc', 'g++'] }, 'w').requires).toEqual([
      'tsc',
      'g++',
    ]);
  });

  test('an unclear or dangerous instance needs no FAIL_TO_PASS', () => {
    expect(
      parseInstance({ ...valid, FAIL_TO_PASS: [], tags: { unclear: true } }, 'w').tags.unclear,
    ).toBe(true);
  });

  test('imports a SWE-bench line: test lists as JSON text, the repository mapped to a local directory', () => {
    const line = JSON.stringify({
      repo: 'astropy/astropy',
      instance_id: 'astropy__astropy-12907',
      base_commit: 'd16bfe05a744909de4b27f5875fe0d4ed41ce607',
      problem_statement: 'Modeling separability is wrong\n\nfor nested models',
      patch: 'diff --git a/x b/x\n',
      test_patch: 'diff --git a/t b/t\n',
      FAIL_TO_PASS: '["test_a"]',
      PASS_TO_PASS: '["test_b"]',
      hints_text: '',
      created_at: '2022-03-03',
      version: '4.3',
      environment_setup_commit: 'abc',
    });
    const r = importSwebenchLine(line, 'in.jsonl:1', (n) => `/repos/${n.replace('/', '__')}`, [
      'pytest',
      '{test}',
    ]);
    expect(r.instance).toMatchObject({
      repo: '/repos/astropy__astropy',
      FAIL_TO_PASS: ['test_a'],
      PASS_TO_PASS: ['test_b'],
      patch: 'reference.patch',
      hidden_tests: 'test.patch',
    });
    expect(r.testPatch).toContain('a/t');
    expect(() => importSwebenchLine('{"instance_id":"x"}', 'in.jsonl:2', (n) => n, ['t'])).toThrow(
      'in.jsonl:2: repo:',
    );
  });
});

describe('bench totals', () => {
  test('Wilson interval and nearest-rank percentiles', () => {
    expect(wilson(0, 0)).toBeNull();
    const [lo, hi] = wilson(17, 17) ?? [0, 0];
    expect(hi).toBe(1);
    expect(lo).toBeCloseTo(0.816, 3);
    const [lo0, hi0] = wilson(0, 17) ?? [1, 1];
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(0.184, 3);
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
  });

  test('the resolve rate counts resolvable runs only; unknown costs stay unknown', () => {
    const t = totalsOf([
      row('a'),
      row('b', { resolved: false, costUsd: 1 }),
      row('c', { resolved: null, unclear: true }),
    ]);
    expect(t).toMatchObject({
      resolvable: 2,
      resolved: 1,
      resolveRate: 0.5,
      costUsd: 2,
      costPerResolved: 2,
    });
    expect(totalsOf([row('a', { costUsd: null })]).costUsd).toBeNull();
  });

  test('a skipped run is in no score, and the summary says why it was skipped', () => {
    const skipped = row('ts', {
      outcome: 'skipped',
      resolved: null,
      triageRight: false,
      costUsd: null,
      skipped: 'needs tsc on PATH (not found)',
    });
    const rows = [row('a'), skipped];
    expect(totalsOf(rows)).toMatchObject({
      runs: 1,
      skipped: 1,
      resolvable: 1,
      resolved: 1,
      resolveRate: 1,
      triageRight: 1,
      costUsd: 0.5,
    });
    expect(summaryLines(report(rows))).toContain(
      'Skipped 1 run(s): needs tsc on PATH (not found) (ts)',
    );
    expect(renderTable(report(rows))).toMatch(/^ts +javascript +skipped +skipped/m);
  });
});

describe('bench shards', () => {
  const items = ['e', 'a', 'd', 'b', 'c'].map((instance_id) => ({ instance_id }));
  test('the shards are disjoint and together are the whole suite', () => {
    const shards = [1, 2, 3].map((i) => selectShard(items, `${i}/3`).map((x) => x.instance_id));
    expect(shards).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
    expect(() => selectShard(items, '4/3')).toThrow('--shard 4/3');
    expect(() => selectShard(items, 'x')).toThrow('expected i/n');
  });

  test('merging shard reports gives the whole run; an overlap is refused', () => {
    const merged = mergeReports([
      report([row('b'), row('d')], '2/2'),
      report([row('a', { resolved: false })], '1/2'),
    ]);
    expect(merged.rows.map((r) => r.instance_id)).toEqual(['a', 'b', 'd']);
    expect(merged.shard).toBeNull();
    expect(merged.totals).toMatchObject({ runs: 3, resolved: 2, resolvable: 3 });
    expect(() => mergeReports([report([row('a')]), report([row('a')])])).toThrow(
      'a#1 is in two reports',
    );
  });

  test('compare shows both verdicts per instance and flags where they differ', () => {
    const text = renderCompare(
      report([row('a'), row('b')]),
      { ...report([row('a', { resolved: false })]), engine: 'null' },
      'gold',
      'null',
    );
    expect(text).toContain('| a | resolved | unresolved | $0.5000 | $0.5000 | differs |');
    expect(text).toContain('| b | resolved | absent |');
  });
});
