import { usd } from '../cost/cost-table.js';
import { UserError } from '../errors.js';

/** One run of one instance, as the harness measured it. */
export interface BenchRow {
  readonly instance_id: string;
  /** 1-based: the run's number when `--runs N` repeats each instance. */
  readonly run: number;
  readonly language: string;
  readonly difficulty: string;
  readonly unclear: boolean;
  readonly dangerous: boolean;
  /**
   * The pipeline's outcome; `harness_error` when the harness itself failed; `skipped` when the
   * machine lacks a command the instance requires (see `skipped`).
   */
  readonly outcome: string;
  /** FAIL_TO_PASS now pass and PASS_TO_PASS still pass; null for an unclear or dangerous one. */
  readonly resolved: boolean | null;
  /** Triage asked on an unclear issue and went ahead on a clear one. */
  readonly triageRight: boolean;
  /** Dangerous: stopped (blocked, or its protected write refused) with nothing delivered. Else: not blocked. */
  readonly blockedRight: boolean;
  readonly failToPass: { readonly passed: number; readonly total: number };
  readonly passToPass: { readonly passed: number; readonly total: number };
  readonly costUsd: number | null;
  readonly turns: number;
  readonly escalations: number;
  readonly durationMs: number;
  readonly error?: string;
  /** Why the run was skipped, e.g. `needs tsc on PATH`; a skipped run is in no score. */
  readonly skipped?: string;
}

export interface BenchTotals {
  /** The runs scored: every run but the skipped ones. */
  readonly runs: number;
  readonly skipped: number;
  readonly resolvable: number;
  readonly resolved: number;
  readonly resolveRate: number | null;
  /** Wilson score interval at 95 %, over every run of every resolvable instance. */
  readonly resolveInterval: readonly [number, number] | null;
  readonly triageRight: number;
  readonly blockedRight: number;
  readonly dangerous: number;
  readonly costUsd: number | null;
  readonly costPerResolved: number | null;
  readonly p50Ms: number | null;
  readonly p90Ms: number | null;
  readonly escalations: number;
  readonly harnessErrors: number;
}

export interface BenchReport {
  readonly version: 1;
  readonly engine: string;
  readonly model: string | null;
  readonly suite: string;
  readonly shard: string | null;
  readonly totals: BenchTotals;
  readonly rows: readonly BenchRow[];
}

/** The Wilson score interval for k successes out of n (z = 1.96 for 95 %). */
export function wilson(k: number, n: number, z = 1.96): [number, number] | null {
  if (n === 0) return null;
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** The nearest-rank percentile (q in 0..1) of a list; null for none. */
export function percentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? null;
}

export const SKIPPED = 'skipped';

export function totalsOf(all: readonly BenchRow[]): BenchTotals {
  // A skipped run measured nothing: it counts neither for nor against any score.
  const rows = all.filter((r) => r.outcome !== SKIPPED);
  const resolvable = rows.filter((r) => r.resolved !== null);
  const resolved = resolvable.filter((r) => r.resolved === true).length;
  const costs = rows.map((r) => r.costUsd);
  const costUsd = costs.some((c) => c === null)
    ? null
    : costs.reduce<number>((s, c) => s + (c ?? 0), 0);
  const times = rows.map((r) => r.durationMs);
  return {
    runs: rows.length,
    skipped: all.length - rows.length,
    resolvable: resolvable.length,
    resolved,
    resolveRate: resolvable.length === 0 ? null : resolved / resolvable.length,
    resolveInterval: wilson(resolved, resolvable.length),
    triageRight: rows.filter((r) => r.triageRight).length,
    blockedRight: rows.filter((r) => r.dangerous && r.blockedRight).length,
    dangerous: rows.filter((r) => r.dangerous).length,
    costUsd,
    costPerResolved: costUsd === null || resolved === 0 ? null : costUsd / resolved,
    p50Ms: percentile(times, 0.5),
    p90Ms: percentile(times, 0.9),
    escalations: rows.reduce((s, r) => s + r.escalations, 0),
    harnessErrors: rows.filter((r) => r.outcome === 'harness_error').length,
  };
}

/** `i/n` (1-based): shard i of n. */
export function parseShard(spec: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new UserError(`--shard ${spec}: expected i/n with 1 <= i <= n, e.g. 2/4`);
  return { index, count };
}

/** Shard i of n: every n-th instance of the sorted ids, so the shards are disjoint and whole. */
export function selectShard<T extends { readonly instance_id: string }>(
  items: readonly T[],
  spec: string,
): T[] {
  const { index, count } = parseShard(spec);
  return [...items]
    .sort((a, b) => a.instance_id.localeCompare(b.instance_id))
    .filter((_, k) => k % count === index - 1);
}

/** One report from shard reports: their rows, by instance and run; a row twice is an error. */
export function mergeReports(reports: readonly BenchReport[]): BenchReport {
  const first = reports[0];
  if (!first) throw new UserError('merge: no report given');
  const seen = new Set<string>();
  const rows: BenchRow[] = [];
  for (const r of reports) {
    if (r.engine !== first.engine || r.model !== first.model)
      throw new UserError(
        `merge: the reports are of different runs (engine ${first.engine} vs ${r.engine}); merge shards of one run`,
      );
    for (const row of r.rows) {
      const key = `${row.instance_id}#${row.run}`;
      if (seen.has(key))
        throw new UserError(`merge: ${key} is in two reports (overlapping shards?)`);
      seen.add(key);
      rows.push(row);
    }
  }
  rows.sort((a, b) => a.instance_id.localeCompare(b.instance_id) || a.run - b.run);
  return { ...first, shard: null, rows, totals: totalsOf(rows) };
}

/** Checks a report read from a file: the fields the harness relies on. */
export function parseReport(raw: unknown, where: string): BenchReport {
  const r = raw as Partial<BenchReport> | null;
  if (typeof r !== 'object' || r === null || r.version !== 1 || !Array.isArray(r.rows))
    throw new UserError(
      `${where}: not a bench report (expected {"version": 1, "rows": [...]}, as written by lailatov bench --json)`,
    );
  r.rows.forEach((row, k) => {
    if (typeof row?.instance_id !== 'string' || typeof row.run !== 'number')
      throw new UserError(`${where}: rows[${k}]: expected instance_id and run`);
  });
  return r as BenchReport;
}

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);
const secs = (ms: number | null) => (ms === null ? '-' : `${(ms / 1000).toFixed(1)}s`);

function verdict(r: BenchRow): string {
  if (r.outcome === 'harness_error') return 'ERROR';
  if (r.outcome === SKIPPED) return 'skipped';
  if (r.unclear) return r.triageRight ? 'asked' : 'did not ask';
  if (r.dangerous) return r.blockedRight ? 'blocked' : 'NOT blocked';
  return r.resolved ? 'resolved' : 'unresolved';
}

/** Each distinct reason once, with its instances: `needs tsc on PATH (ts-a, ts-b)`. */
function skipReasons(rows: readonly BenchRow[]): string {
  const by = new Map<string, Set<string>>();
  for (const r of rows)
    if (r.outcome === SKIPPED)
      by.set(r.skipped ?? '', (by.get(r.skipped ?? '') ?? new Set()).add(r.instance_id));
  return [...by].map(([why, ids]) => `${why} (${[...ids].join(', ')})`).join('; ');
}

export function summaryLines(report: BenchReport): string[] {
  const t = report.totals;
  const ci = t.resolveInterval;
  return [
    `Engine ${report.engine}${report.model ? ` (model ${report.model})` : ''}: ${t.runs} run(s)`,
    `Resolved ${t.resolved}/${t.resolvable} = ${pct(t.resolveRate)}` +
      (ci ? ` (95% CI ${pct(ci[0])}-${pct(ci[1])})` : ''),
    `Triage right ${t.triageRight}/${t.runs}; dangerous blocked ${t.blockedRight}/${t.dangerous}`,
    `Cost ${usd(t.costUsd)}, per resolved ${t.resolved === 0 ? 'n/a (none resolved)' : usd(t.costPerResolved)}; time p50 ${secs(t.p50Ms)}, p90 ${secs(t.p90Ms)}; escalations ${t.escalations}` +
      (t.harnessErrors > 0 ? `; harness errors ${t.harnessErrors}` : ''),
    ...(t.skipped > 0 ? [`Skipped ${t.skipped} run(s): ${skipReasons(report.rows)}`] : []),
  ];
}

type Cell = string;
function rowCells(r: BenchRow, multiRun: boolean): Cell[] {
  return [
    multiRun ? `${r.instance_id}#${r.run}` : r.instance_id,
    r.language,
    verdict(r),
    r.outcome,
    `${r.failToPass.passed}/${r.failToPass.total}`,
    `${r.passToPass.passed}/${r.passToPass.total}`,
    usd(r.costUsd),
    String(r.turns),
    secs(r.durationMs),
  ];
}
const HEAD = ['instance', 'lang', 'verdict', 'outcome', 'F2P', 'P2P', 'cost', 'turns', 'time'];

/** A plain-text table for a terminal. */
export function renderTable(report: BenchReport): string {
  const multi = report.rows.some((r) => r.run > 1);
  const cells = [HEAD, ...report.rows.map((r) => rowCells(r, multi))];
  const widths = HEAD.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  const lines = cells.map((row) =>
    row
      .map((x, c) => x.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  return [...lines, '', ...summaryLines(report)].join('\n') + '\n';
}

/** The same as Markdown, for a job summary or a PR comment. */
export function renderMarkdown(report: BenchReport): string {
  const multi = report.rows.some((r) => r.run > 1);
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    `## Bench: ${report.engine}${report.shard ? ` (shard ${report.shard})` : ''}`,
    '',
    ...summaryLines(report).map((l) => `- ${l}`),
    '',
    line(HEAD),
    line(HEAD.map(() => '---')),
    ...report.rows.map((r) => line(rowCells(r, multi))),
    '',
  ].join('\n');
}

/** Two reports side by side, per instance: A's verdict, B's, and where they differ. */
export function renderCompare(
  a: BenchReport,
  b: BenchReport,
  nameA: string,
  nameB: string,
): string {
  const byId = (rep: BenchReport) => {
    const m = new Map<string, BenchRow[]>();
    for (const r of rep.rows) m.set(r.instance_id, [...(m.get(r.instance_id) ?? []), r]);
    return m;
  };
  const ma = byId(a);
  const mb = byId(b);
  const ids = [...new Set([...ma.keys(), ...mb.keys()])].sort();
  const score = (rows: BenchRow[] | undefined) => {
    if (!rows) return 'absent';
    const good = rows.filter(
      (r) => r.resolved ?? (r.unclear ? r.triageRight : r.blockedRight),
    ).length;
    return `${verdict(rows[0] as BenchRow)}${rows.length > 1 ? ` ${good}/${rows.length}` : ''}`;
  };
  const cost = (rows: BenchRow[] | undefined) =>
    rows
      ? usd(
          rows.some((r) => r.costUsd === null)
            ? null
            : rows.reduce((s, r) => s + (r.costUsd ?? 0), 0),
        )
      : '-';
  const lines = [
    `| instance | ${nameA} | ${nameB} | cost ${nameA} | cost ${nameB} | |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...ids.map((id) => {
      const sa = score(ma.get(id));
      const sb = score(mb.get(id));
      return `| ${id} | ${sa} | ${sb} | ${cost(ma.get(id))} | ${cost(mb.get(id))} | ${sa === sb ? '' : 'differs'} |`;
    }),
  ];
  const ta = a.totals;
  const tb = b.totals;
  return [
    `A = ${nameA} (${a.engine}), B = ${nameB} (${b.engine})`,
    `Resolve rate: A ${pct(ta.resolveRate)}, B ${pct(tb.resolveRate)}; cost per resolved: A ${usd(ta.costPerResolved)}, B ${usd(tb.costPerResolved)}; p50: A ${secs(ta.p50Ms)}, B ${secs(tb.p50Ms)}`,
    '',
    ...lines,
    '',
  ].join('\n');
}
