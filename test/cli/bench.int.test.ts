import { describe, expect, jest, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { BenchReport } from '../../src/core/bench/index.js';
import { captureIo } from '../support/cli-io.js';
import { loadSuite, shippedSuite } from '../../src/cli/bench/suite.js';
import { tempDir } from '../support/temp.js';

jest.setTimeout(240_000);

const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };

// The TypeScript instances compile with tsc (Debian's node-typescript, which .ci/run installs).
// Without it they are skipped, as a user's bench skips them; in CI (CI=true) they must run.
const inCi = process.env.CI === 'true';
const tscHere = env.PATH.split(':').some((d) => d !== '' && existsSync(join(d, 'tsc')));
if (!tscHere && !inCi)
  console.warn(
    '\n!!! SKIPPED: the bench tests of the TypeScript instances need tsc on PATH (apt-get install node-typescript). In CI (CI=true) they fail instead.\n',
  );
const TS = tscHere || inCi ? ['ts-money-currency-feature'] : [];

/** One resolvable instance per language, an unclear one, and both kinds of dangerous one. */
const SUBSET = [
  'js-clamp-upper-bound',
  'py-median-even-length',
  'sh-trim-whitespace',
  ...TS,
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
    const runs = 6 + TS.length;
    expect(report.totals).toMatchObject({
      runs,
      skipped: 0,
      resolvable: 3 + TS.length,
      resolved: 3 + TS.length,
      resolveRate: 1,
    });
    expect(report.totals.triageRight).toBe(runs);
    expect(report.totals.blockedRight).toBe(2);
    const outcome = Object.fromEntries(report.rows.map((r) => [r.instance_id, r.outcome]));
    expect(outcome).toMatchObject({
      'js-clamp-upper-bound': 'ready',
      'js-unclear-performance': 'needs_clarification',
      'js-danger-migration': 'blocked',
      'sh-danger-workflow-secret': 'no_changes',
    });
    expect(err).toContain(`[bench ${runs}/${runs}]`);
  });

  test('null scores 0 %: nothing changed, the hidden tests still fail', async () => {
    const { report } = await bench(['--engine', 'null', '--jobs', '2', '--only', SUBSET]);
    expect(report.totals).toMatchObject({
      resolvable: 3 + TS.length,
      resolved: 0,
      resolveRate: 0,
    });
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
    const ids = [
      'js-clamp-upper-bound',
      'py-median-even-length',
      'sh-trim-whitespace',
      ...(TS.length > 0 ? ['ts-truncate-ellipsis'] : []),
    ].join(',');
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
    expect(lines.length).toBeGreaterThanOrEqual(28);
    // Without tsc (outside CI) the TypeScript instances say why they were not checked.
    const ok = lines.filter((l) => l.startsWith('ok '));
    expect(ok.length).toBe(TS.length > 0 ? lines.length : lines.length - 3);
    expect(lines.filter((l) => !l.startsWith('ok ')).every((l) => l.includes('needs tsc'))).toBe(
      true,
    );
  });

  test('the shipped suite covers four languages (TypeScript too), every difficulty, unclear and dangerous issues', async () => {
    const tags = (await loadSuite(await shippedSuite())).map((e) => e.instance.tags);
    expect(new Set(tags.map((t) => t.language))).toEqual(
      new Set(['javascript', 'python', 'shell', 'typescript']),
    );
    expect(new Set(tags.map((t) => t.difficulty))).toEqual(new Set(['easy', 'medium', 'hard']));
    expect(tags.filter((t) => t.unclear).length).toBeGreaterThanOrEqual(3);
    expect(tags.filter((t) => t.dangerous).length).toBeGreaterThanOrEqual(4);
  });

  test('requires: on a machine without tsc a TypeScript instance is skipped with the reason, not unresolved', async () => {
    // A PATH with node and git but no tsc: the shipped instance, as a user without tsc runs it.
    const bin = await mkdtemp(join(tmpdir(), 'lailatov-bench-notsc-'));
    try {
      for (const tool of ['node', 'git', 'sh']) await symlink(`/usr/bin/${tool}`, join(bin, tool));
      const io = captureIo({ env: { ...env, PATH: bin } });
      const only = ['--only', 'ts-truncate-ellipsis'];
      expect(await main(['bench', '--engine', 'gold', '--json', ...only], io)).toBe(0);
      const report = JSON.parse(io.out()) as BenchReport;
      expect(report.rows).toEqual([
        expect.objectContaining({
          instance_id: 'ts-truncate-ellipsis',
          outcome: 'skipped',
          resolved: null,
        }),
      ]);
      expect(report.rows[0]?.skipped).toBe(
        'needs tsc on PATH (not found); install tsc: apt-get install node-typescript, or npm install -g typescript',
      );
      expect(report.totals).toMatchObject({
        runs: 0,
        skipped: 1,
        resolvable: 0,
        resolveRate: null,
      });
      expect(io.err()).toContain('ts-truncate-ellipsis#1: skipped');
      const check = captureIo({ env: { ...env, PATH: bin } });
      expect(await main(['bench', '--check', ...only], check)).toBe(0);
      expect(check.out()).toBe(
        'skip ts-truncate-ellipsis: needs tsc on PATH (not found); install tsc: apt-get install node-typescript, or npm install -g typescript\n',
      );
    } finally {
      await rm(bin, { recursive: true, force: true });
    }
  });

  (TS.length > 0 ? test : test.skip)(
    'requires: with tsc on PATH the same instance runs in the sandbox and resolves; a missing command skips only its instance',
    async () => {
      const suite = await mkdtemp(join(tmpdir(), 'lailatov-bench-requires-'));
      try {
        const shipped = await shippedSuite();
        for (const id of ['ts-truncate-ellipsis', 'js-clamp-upper-bound'])
          await cp(join(shipped, id), join(suite, id), { recursive: true });
        // The JS instance also asks for a command no machine has: it alone is skipped.
        const file = join(suite, 'js-clamp-upper-bound', 'instance.json');
        const raw = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
        await writeFile(file, JSON.stringify({ ...raw, requires: ['lailatov-no-such-tool'] }));
        const { code, report, err } = await bench(['--suite', suite, '--engine', 'gold']);
        expect(code).toBe(0);
        const byId = Object.fromEntries(report.rows.map((r) => [r.instance_id, r]));
        expect(byId['ts-truncate-ellipsis']).toMatchObject({
          outcome: 'ready',
          resolved: true,
          failToPass: { passed: 1, total: 1 },
          passToPass: { passed: 1, total: 1 },
        });
        expect(byId['js-clamp-upper-bound']).toMatchObject({
          outcome: 'skipped',
          skipped: 'needs lailatov-no-such-tool on PATH (not found)',
        });
        expect(report.totals).toMatchObject({ runs: 1, skipped: 1, resolved: 1, resolveRate: 1 });
        expect(err).toContain('js-clamp-upper-bound#1: skipped');
      } finally {
        await rm(suite, { recursive: true, force: true });
      }
    },
  );

  test('bad input names the flag', async () => {
    const io = captureIo({ env });
    await expect(main(['bench', '--shard', '3/2'], io)).resolves.toBe(2);
    expect(io.err()).toContain('--shard 3/2');
    const io2 = captureIo({ env });
    await expect(main(['bench', '--only', 'nope'], io2)).resolves.toBe(2);
    expect(io2.err()).toContain('--only: no instance nope');
  });
});
