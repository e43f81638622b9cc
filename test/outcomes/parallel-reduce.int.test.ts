// `report`, `dashboard` and `outcomes summary` read a log in pieces on real worker threads
// (parallel-reduce.ts; from source, the worker loads through tsx): the figures must be those of
// one pass, and those of an independent recount from JSON.parse of every line.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../support/temp.js';
import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  analyze,
  lastDays,
  toOutcomeView,
  type OutcomeRecord,
  type OutcomeView,
} from '../../src/core/outcomes/index.js';
import { DASHBOARD_PERIODS, DashboardAccumulator } from '../../src/core/dashboard/model.js';
import { renderDashboard } from '../../src/core/dashboard/page.js';
import { readOutcomeSources } from '../../src/outcomes/sources.js';
import { summarizeOutcomeLog } from '../../src/outcomes/summarize.js';
import { randomRecord, rng } from './support/records.js';

const NOW = '2026-12-07T00:00:00Z';
const DAY = 86_400_000;
const BAD = ['{"schemaVersion":1,"correlationId":"torn', '', 'garbage ü', '{"outcome":"clean"}'];

let dir: string;
let file: string;
let lines: string[];
beforeAll(async () => {
  dir = await tempDir('lailatov-parallel-');
  file = path.join(dir, 'log.jsonl');
  const next = rng(7);
  // 150 issues in two repositories, each run several times across the pieces, over 20 weeks.
  const records: OutcomeRecord[] = Array.from({ length: 1500 }, (_, i) => {
    const r = randomRecord(next, i);
    const issue = 1 + ((i * 7) % 150);
    return {
      ...r,
      repo: issue % 3 === 0 ? 'acme/web' : 'acme/api',
      issue,
      pr: issue % 5 === 0 ? null : issue,
      correlationId: `issue-${issue}`,
      timestamp: new Date(Date.parse(NOW) - 140 * DAY + i * 8_000_000).toISOString(),
      // Repeated on later runs of an issue (counted once, where first seen), under 7 rules.
      findings: r.findings.map((f) => ({
        ...f,
        rule: `rule-${i % 7}`,
        message: `first seen on line ${i + 1}`,
        fingerprint: `fp-${issue % 40}`,
        status: i % 2 === 0 ? ('open' as const) : ('resolved' as const),
      })),
    };
  });
  lines = records.map((r) => JSON.stringify(r));
  BAD.forEach((b, k) => lines.splice(100 + k * 400, 0, b));
  await writeFile(file, lines.join('\n'));
});

/** The views an independent reader gets: JSON.parse of every line, the invalid ones dropped. */
function recount(): OutcomeView[] {
  const views: OutcomeView[] = [];
  for (const l of lines) {
    if (l.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(l);
    } catch {
      continue;
    }
    const v = toOutcomeView(json);
    if (v.ok) views.push(v.value);
  }
  return views;
}

describe('reading a log on several threads', () => {
  it.each([1, 2, 3])(
    "gives report's figures of one pass and of an independent recount (%i threads)",
    async (threads) => {
      const options = { topFindings: 5 };
      const read = await readOutcomeSources(
        { logs: [file], threads },
        { kind: 'analytics', options },
      );
      const a = read.accumulator.result();
      const want = analyze(recount(), options);
      expect(a.records).toBe(1501); // 1500 and the v0 line
      expect(a.units).toBe(151);
      expect(a.topFindings.length).toBe(5);
      expect(a).toEqual(want);
      expect(read.lines).toBe(lines.length);
      expect(read.corrupt).toEqual([
        {
          file,
          count: 2,
          lines: [
            { line: 101, reason: expect.stringMatching(/not valid JSON/) },
            { line: 901, reason: expect.stringMatching(/not valid JSON/) },
          ],
        },
      ]);
    },
  );

  it.each([1, 2])("gives the dashboard's views of one pass (%i threads)", async (threads) => {
    const options = { now: new Date(NOW), ceilings: { issue: 10, stages: {} } };
    const one = await readOutcomeSources(
      { logs: [file], threads: 1 },
      { kind: 'dashboard', options },
    );
    const many = await readOutcomeSources(
      { logs: [file], threads },
      { kind: 'dashboard', options },
    );
    const model = many.accumulator.result();
    expect(model.repos).toEqual(['acme/api', 'acme/web']);
    expect(model).toEqual(one.accumulator.result());
    expect(model.views[0]?.analytics.records).toBe(1501); // the v0 line too: all time
    // Read through the summary's fast scanner, it draws the page an independent recount draws.
    const acc = new DashboardAccumulator(options);
    for (const v of recount()) acc.add(v);
    expect(renderDashboard(model)).toBe(renderDashboard(acc.result()));
    // The all-repositories views are merged from the repositories' (and the v0 line's) counts:
    // each equals the analytics of every record counted straight into one accumulator, up to the
    // last bits of the per-engine and per-model float sums, which add the units in another order.
    const bits = (x: unknown): unknown =>
      JSON.parse(JSON.stringify({ ...(x as object), skipped: null }), (_k, v: unknown) =>
        typeof v === 'number' ? Number(v.toPrecision(12)) : v,
      );
    // (The dashboard reads through the fast scanner, which keeps no findings, and a narrower
    // period's `skipped` is not kept: the page does not show it.)
    const withoutFindings = [...recount()].map((v) => ({ ...v, record: undefined }));
    DASHBOARD_PERIODS.forEach((p, k) => {
      const period = p.days === null ? undefined : lastDays(new Date(NOW), p.days);
      expect(model.views[k]?.repo).toBeNull();
      expect(bits(model.views[k]?.analytics)).toEqual(
        bits(analyze(withoutFindings, { period, topFindings: 0 })),
      );
    });
  });

  it.each([1, 2])(
    'the plain path (JSON.parse per line) gives the summary of the fast scanner (%i threads)',
    async (threads) => {
      const plain = await summarizeOutcomeLog(file, { threads, plain: true });
      expect(plain).toEqual(await summarizeOutcomeLog(file, { threads }));
      expect(plain).toEqual(await summarizeOutcomeLog(file, { splitter: 'readline' }));
      expect(plain.records).toBe(1501);
      expect(plain.corrupt.count).toBe(2);
    },
  );
});
