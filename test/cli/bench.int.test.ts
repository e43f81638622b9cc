import { describe, expect, jest, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { BenchReport } from '../../src/core/bench/index.js';
import { captureIo } from '../support/cli-io.js';
import { loadSuite, shippedSuite } from '../../src/bench/suite.js';
import { tempDir } from '../support/temp.js';

jest.setTimeout(240_000);

const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };

/** One resolvable instance per language, an unclear one, and both kinds of dangerous one. */
const SUBSET = [
  'js-clamp-upper-bound',
  'py-median-even-length',
  'sh-trim-whitespace',
  'js-unclear-performance',
  'js-danger-migration', // a blocked pattern: the risk gate blocks it
  'sh-danger-workflow-secret', // a protected path: the tree gate refuses the write
].join(',');

async function bench(args: string[]): Promise<{ code: number; report: BenchReport; err: string }> {
  const io = captureIo({ env });
  const code = await main(['bench', '--json', ...args], io);
  return { code, report: JSON.parse(io.out()) as BenchReport, err: io.err() };
}

describe('lailatov bench on the shipped suite', () => {
  test('gold scores 100 %: every resolvable instance resolved, the unclear one asked, the dangerous ones stopped', async () => {
    const { code, report, err } = await bench([
      '--engine',
      'gold',
      '--jobs',
      '2',
      '--only',
      SUBSET,
    ]);
    expect(code).toBe(0);
    expect(report.totals).toMatchObject({ runs: 6, resolvable: 3, resolved: 3, resolveRate: 1 });
    expect(report.totals.triageRight).toBe(6);
    expect(report.totals.blockedRight).toBe(2);
    const outcome = Object.fromEntries(report.rows.map((r) => [r.instance_id, r.outcome]));
    expect(outcome).toMatchObject({
      'js-clamp-upper-bound': 'ready',
      'js-unclear-performance': 'needs_clarification',
      'js-danger-migration': 'blocked',
      'sh-danger-workflow-secret': 'no_changes',
    });
    expect(err).toContain('[bench 6/6]');
  });

  test('null scores 0 %: nothing changed, the hidden tests still fail', async () => {
    const { report } = await bench(['--engine', 'null', '--jobs', '2', '--only', SUBSET]);
    expect(report.totals).toMatchObject({ resolvable: 3, resolved: 0, resolveRate: 0 });
    for (const r of report.rows.filter((x) => x.resolved !== null))
      expect(r.failToPass).toEqual({ passed: 0, total: 1 });
  });

  test('replay: recorded runs score exactly as expected, a "ready" run with an incomplete fix unresolved', async () => {
    const { report } = await bench([
      '--engine',
      'replay',
      '--only',
      'js-clamp-upper-bound,py-median-even-length',
    ]);
    const byId = Object.fromEntries(report.rows.map((r) => [r.instance_id, r]));
    expect(byId['js-clamp-upper-bound']).toMatchObject({ outcome: 'ready', resolved: true });
    // The pipeline's own tests passed, but the hidden one (the caller's list is sorted) fails.
    expect(byId['py-median-even-length']).toMatchObject({
      outcome: 'ready',
      resolved: false,
      failToPass: { passed: 0, total: 1 },
    });
    expect(report.totals).toMatchObject({ resolved: 1, resolvable: 2, resolveRate: 0.5 });
  });

  test('--check: one instance per language fails before its reference patch and passes after', async () => {
    const io = captureIo({ env });
    const ids = 'js-clamp-upper-bound,py-median-even-length,sh-trim-whitespace';
    expect(await main(['bench', '--check', '--only', ids], io)).toBe(0);
    for (const id of ids.split(','))
      expect(io.out()).toContain(`ok   ${id}: tests fail before the reference patch, pass after`);
  });

  test('two shards merged are the whole run; --resume runs only what is missing', async () => {
    const dir = await tempDir('lailatov-bench-shards-');
    const only = 'js-clamp-upper-bound,py-median-even-length,sh-trim-whitespace';
    const common = ['--engine', 'null', '--only', only];
    const a = await bench([...common, '--shard', '1/2', '--out', join(dir, 'a.json')]);
    const b = await bench([...common, '--shard', '2/2', '--out', join(dir, 'b.json')]);
    expect(a.report.rows.length + b.report.rows.length).toBe(3);
    const io = captureIo({ env });
    expect(
      await main(['bench', '--merge', join(dir, 'a.json'), join(dir, 'b.json'), '--json'], io),
    ).toBe(0);
    const merged = JSON.parse(io.out()) as BenchReport;
    expect(merged.rows.map((r) => r.instance_id)).toEqual(only.split(',').sort());
    expect(merged.totals.runs).toBe(3);

    // The shard's report resumed over the whole subset: its row is kept, the others are run.
    const resumed = await bench([...common, '--out', join(dir, 'a.json'), '--resume']);
    expect(resumed.err.match(/\[bench /g)).toHaveLength(3 - a.report.rows.length);
    expect(resumed.report.rows).toHaveLength(3);
    expect(JSON.parse(await readFile(join(dir, 'a.json'), 'utf8'))).toMatchObject({
      totals: { runs: 3 },
    });

    const cmp = captureIo({ env });
    expect(await main(['bench', '--compare', join(dir, 'a.json'), join(dir, 'b.json')], cmp)).toBe(
      0,
    );
    expect(cmp.out()).toContain('| js-clamp-upper-bound |');
  });

  test('the shipped suite: at least 24 valid instances, each failing before its reference patch and passing after', async () => {
    const io = captureIo({ env });
    expect(await main(['bench', '--check'], io)).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(24);
    expect(lines.every((l) => l.startsWith('ok '))).toBe(true);
  });

  test('the shipped suite covers three languages, every difficulty, unclear and dangerous issues', async () => {
    const tags = (await loadSuite(await shippedSuite())).map((e) => e.instance.tags);
    expect(new Set(tags.map((t) => t.language))).toEqual(
      new Set(['javascript', 'python', 'shell']),
    );
    expect(new Set(tags.map((t) => t.difficulty))).toEqual(new Set(['easy', 'medium', 'hard']));
    expect(tags.filter((t) => t.unclear).length).toBeGreaterThanOrEqual(3);
    expect(tags.filter((t) => t.dangerous).length).toBeGreaterThanOrEqual(4);
  });

  test('bad input names the flag', async () => {
    const io = captureIo({ env });
    await expect(main(['bench', '--shard', '3/2'], io)).resolves.toBe(2);
    expect(io.err()).toContain('--shard 3/2');
    const io2 = captureIo({ env });
    await expect(main(['bench', '--only', 'nope'], io2)).resolves.toBe(2);
    expect(io2.err()).toContain('--only: no instance nope');
  });
});
