// `report` and `learn` on a generated log of 100,000 records: every figure checked against a
// plain recount of the formulas the log was generated from (test/outcomes/support/generated-log.ts).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/cli-io.js';
import {
  genFacts,
  GEN_START_MS,
  writeGeneratedLog,
  type GenFacts,
} from '../outcomes/support/generated-log.js';
import { tempDir } from '../support/temp.js';

const N = 100_000;
const ESC = new Set(['escalated', 'budget_exceeded']);
let dir: string;
let log: string;
let facts: GenFacts[];

jest.setTimeout(180_000);

beforeAll(async () => {
  dir = await tempDir('big-log-');
  log = path.join(dir, 'outcomes.jsonl');
  await writeGeneratedLog(log, N);
  facts = Array.from({ length: N }, (_, i) => genFacts(i));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The smallest value with at least q of the values at or below it. */
function nearestRank(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(q * sorted.length) - 1] as number;
}

function count<T>(xs: readonly T[], pred: (x: T) => boolean): number {
  let n = 0;
  for (const x of xs) if (pred(x)) n++;
  return n;
}

async function run(args: string[]): Promise<Record<string, unknown>> {
  const io = captureIo({ cwd: dir });
  const code = await main(args, io);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return JSON.parse(io.out()) as Record<string, unknown>;
}

describe('report on 100,000 records', () => {
  it('gives the figures a plain recount gives', async () => {
    const a = (await run(['report', '--log', log, '--period', 'all', '--json'])) as {
      records: number;
      units: number;
      prs: number;
      byOutcome: Record<string, number>;
      resolveRate: number;
      cost: {
        knownUsd: number;
        perPr: { p50: number; p90: number; count: number };
        prsWithUnknownCost: number;
      };
      timeToReadyMs: { p50: number; p90: number; count: number };
      escalations: { url: string }[];
      weeks: { start: string; records: number }[];
      topFindings: { rule: string; units: number }[];
      tiers: { tier: string; units: number; escalated: number }[];
    };
    expect(a.records).toBe(N);
    expect(a.units).toBe(N);
    expect(a.prs).toBe(count(facts, (f) => f.pr !== null));
    const byOutcome: Record<string, number> = {};
    for (const f of facts) byOutcome[f.outcome] = (byOutcome[f.outcome] ?? 0) + 1;
    expect(a.byOutcome).toEqual(byOutcome);
    expect(a.resolveRate).toBe(count(facts, (f) => f.outcome === 'ready') / N);
    const prCosts = facts
      .filter((f) => f.pr !== null && f.cost !== null)
      .map((f) => f.cost as number);
    expect(a.cost.perPr).toMatchObject({
      count: prCosts.length,
      p50: nearestRank(prCosts, 0.5),
      p90: nearestRank(prCosts, 0.9),
    });
    expect(a.cost.prsWithUnknownCost).toBe(count(facts, (f) => f.pr !== null && f.cost === null));
    let known = 0;
    for (const f of facts) known += f.cost ?? 0;
    expect(a.cost.knownUsd).toBeCloseTo(known, 4);
    // One run each: from its start (time less duration) to its end.
    const ready = facts.filter((f) => f.outcome === 'ready').map((f) => f.durationMs);
    expect(a.timeToReadyMs).toMatchObject({
      count: ready.length,
      p50: nearestRank(ready, 0.5),
      p90: nearestRank(ready, 0.9),
    });
    expect(a.escalations).toHaveLength(count(facts, (f) => ESC.has(f.outcome)));
    const newestEscalated = facts.filter((f) => ESC.has(f.outcome)).at(-1) as GenFacts;
    const link =
      newestEscalated.pr === null
        ? `issues/${newestEscalated.issue}`
        : `pull/${newestEscalated.pr}`;
    expect(a.escalations[0]?.url).toBe(`https://github.com/big/r/${link}`);
    const weeks = new Map<number, number>();
    for (const f of facts) {
      const w = Math.floor((f.timestampMs - GEN_START_MS) / (7 * 86_400_000));
      weeks.set(w, (weeks.get(w) ?? 0) + 1);
    }
    expect(a.weeks.map((w) => w.records)).toEqual([...weeks.values()]);
    expect(a.weeks[0]?.start).toBe('2026-01-05');
    const rules = new Map<string, number>();
    for (const f of facts) if (f.rule !== null) rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
    expect(Object.fromEntries(a.topFindings.map((t) => [t.rule, t.units]))).toEqual(
      Object.fromEntries(rules),
    );
    for (const t of a.tiers)
      expect([t.units, t.escalated]).toEqual([
        count(facts, (f) => f.tier === t.tier),
        count(facts, (f) => f.tier === t.tier && ESC.has(f.outcome)),
      ]);
  });
});

describe('learn on 100,000 records', () => {
  it('proposes the rules a plain recount supports', async () => {
    const res = (await run(['learn', '--log', log, '--dir', dir, '--json'])) as {
      records: number;
      rules: { id: string; evidence: { count: number; of: number | null } }[];
    };
    expect(res.records).toBe(N);
    const expected = new Map<string, [number, number | null]>();
    // Findings: every rule is on its own PRs (one finding per record).
    for (const f of facts) {
      if (f.rule === null) continue;
      const k = `finding:${f.rule}`;
      expected.set(k, [(expected.get(k)?.[0] ?? 0) + 1, null]);
    }
    // Paths: each record changes one file; the folder has the same PRs, so only the file counts.
    const byFile = new Map<string, { n: number; bad: number }>();
    for (const f of facts) {
      const c = byFile.get(f.file) ?? { n: 0, bad: 0 };
      c.n++;
      if (f.testsFailed || ESC.has(f.outcome)) c.bad++;
      byFile.set(f.file, c);
    }
    for (const [file, c] of byFile)
      if (c.bad >= 3 && c.bad / c.n >= 0.5) expected.set(`path:${file}`, [c.bad, c.n]);
    for (const tier of ['high', 'medium', 'low']) {
      const n = count(facts, (f) => f.tier === tier);
      const esc = count(facts, (f) => f.tier === tier && ESC.has(f.outcome));
      if (esc / n >= 0.3) expected.set(`tier:${tier}`, [esc, n]);
    }
    // Models of the write stage: success and cost per priced issue; the dominated one is named.
    const stat = (m: string) => {
      const mine = facts.filter((f) => f.model === m);
      const priced = mine.filter((f) => f.cost !== null);
      let usd = 0;
      for (const f of priced) usd += f.cost as number;
      return {
        n: mine.length,
        ok: count(mine, (f) => f.outcome === 'ready') / mine.length,
        per: usd / priced.length,
      };
    };
    const ma = stat('m-a');
    const mb = stat('m-b');
    const dominates = (x: typeof ma, y: typeof ma) =>
      x.ok >= y.ok && x.per <= y.per && (x.ok > y.ok || x.per < y.per);
    if (dominates(ma, mb)) expected.set('model:write:m-b', [mb.n, null]);
    if (dominates(mb, ma)) expected.set('model:write:m-a', [ma.n, null]);
    expect(
      Object.fromEntries(res.rules.map((r) => [r.id, [r.evidence.count, r.evidence.of]])),
    ).toEqual(Object.fromEntries(expected));
    expect(expected.size).toBeGreaterThanOrEqual(3);
  });
});
