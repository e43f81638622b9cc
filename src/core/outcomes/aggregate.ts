import { TOKEN_USAGE_KEYS, type TokenUsage } from '../usage.js';
import { FastLineScanner } from './fast-line/index.js';
import { ExactSum } from './exact-sum.js';
import { LogHistogram, type HistogramState } from './histogram.js';
import { parseOutcomeLine, type CorruptLine, type ParsedLine } from './line.js';
import type { OutcomeView, StageView } from './view.js';

export interface OutcomeSummary {
  readonly records: number;
  readonly bySchemaVersion: Readonly<Record<string, number>>;
  readonly byOutcome: Readonly<Record<string, number>>;
  /** Predecessor (v0) outcome strings as written, e.g. `review-failed`. */
  readonly byOriginalOutcome: Readonly<Record<string, number>>;
  readonly byRiskTier: Readonly<Record<string, number>>;
  /**
   * Engine runs per engine and per model (a record with 3 stages counts 3 times; a chain counts
   * each link that ran under its own engine and model).
   */
  readonly byEngine: Readonly<Record<string, number>>;
  readonly byModel: Readonly<Record<string, number>>;
  readonly cost: {
    /** Sum over records whose total cost is known. */
    readonly knownUsd: number;
    /** Records whose cost is unknown (an unpriced model, or a v0 line). */
    readonly unknownRecords: number;
    readonly p50: number | null;
    readonly p90: number | null;
    readonly p99: number | null;
    readonly max: number | null;
    /** Percentiles are within this relative error of a real record's cost. */
    readonly relativeAccuracy: number;
  };
  readonly costByModelUsd: Readonly<Record<string, number>>;
  readonly tokens: TokenUsage;
  readonly turns: number;
  readonly durationMs: number;
  readonly firstTimestamp: string | null;
  readonly lastTimestamp: string | null;
  readonly corrupt: {
    readonly count: number;
    /** The first `maxListedCorrupt` corrupt lines; `count` counts them all. */
    readonly lines: readonly CorruptLine[];
  };
  readonly blankLines: number;
}

/**
 * An aggregator's counts as plain data (structured-cloneable): a part of a log summarized on
 * another thread comes back as this and is merged in file order.
 */
export interface AggregateState {
  readonly records: number;
  readonly counts: Readonly<Record<CountKey, readonly (readonly [string, number])[]>>;
  readonly modelCost: readonly (readonly [string, readonly number[]])[];
  readonly costs: HistogramState;
  readonly knownUsd: readonly number[];
  readonly unknownCost: number;
  readonly tokens: TokenUsage;
  readonly turns: number;
  readonly durationMs: readonly number[];
  readonly first: string | null;
  readonly last: string | null;
  readonly corruptCount: number;
  readonly corruptLines: readonly CorruptLine[];
  readonly blanks: number;
}

type CountKey = 'versions' | 'outcomes' | 'originals' | 'tiers' | 'engines' | 'models';
const COUNT_KEYS: readonly CountKey[] = [
  'versions',
  'outcomes',
  'originals',
  'tiers',
  'engines',
  'models',
];

export interface AggregatorOptions {
  readonly maxListedCorrupt?: number;
  readonly relativeAccuracy?: number;
}

/**
 * The engine runs of a stage: each link of a chain that ran (a skipped one never did), under its
 * own engine and model; else the stage itself. A chain is never filed under its last link alone.
 */
function runsOf(s: StageView): readonly Pick<StageView, 'engine' | 'model' | 'costUsd'>[] {
  if (s.links === undefined) return [s];
  const ran = s.links.filter((l) => l.outcome !== 'skipped');
  return ran.length > 0 ? ran : [s];
}

/** One name's count and, for models, the exact sum of the costs of its priced stages. */
interface Cell {
  n: number;
  usd: ExactSum | undefined;
}

/**
 * Counts per name, each in a cell of its own so that counting is one Map lookup (not a get and
 * a set), and none when the name is the last one counted: most records repeat it (one schema
 * version, one engine).
 */
class Tally {
  private readonly cells = new Map<string, Cell>();
  private lastName: string | undefined;
  private lastCell: Cell = { n: 0, usd: undefined };

  cell(name: string): Cell {
    if (name === this.lastName) return this.lastCell;
    let cell = this.cells.get(name);
    if (cell === undefined) this.cells.set(name, (cell = { n: 0, usd: undefined }));
    this.lastName = name;
    this.lastCell = cell;
    return cell;
  }

  add(name: string, by = 1): void {
    this.cell(name).n += by;
  }

  /** The name's exact sum of costs, started at 0 on first use. */
  usd(name: string): ExactSum {
    const cell = this.cell(name);
    return (cell.usd ??= new ExactSum());
  }

  counts(): [string, number][] {
    return [...this.cells].map(([name, cell]) => [name, cell.n]);
  }

  /** The names with a cost, and their sums. */
  sums(): [string, ExactSum][] {
    const out: [string, ExactSum][] = [];
    for (const [name, cell] of this.cells) if (cell.usd !== undefined) out.push([name, cell.usd]);
    return out;
  }
}

/**
 * Streaming aggregation: feed lines one at a time. Memory is bounded by the number of distinct
 * outcomes, tiers, engines and models plus the histogram's buckets and the capped list of
 * corrupt lines, so it stays flat however long the log is.
 */
export class OutcomeAggregator {
  private records = 0;
  private readonly counts: Readonly<Record<CountKey, Tally>> = {
    versions: new Tally(),
    outcomes: new Tally(),
    originals: new Tally(),
    tiers: new Tally(),
    engines: new Tally(),
    models: new Tally(),
  };
  /** Sums are exact until read, so the summary does not depend on the order of records. */
  private readonly costs: LogHistogram;
  private readonly knownUsd = new ExactSum();
  private unknownCost = 0;
  /** Added to in place: one object for the whole log, not one per record. */
  private readonly tokens = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
  private readonly scanner = new FastLineScanner();
  private readonly decoder = new TextDecoder();
  private turns = 0;
  private readonly durationMs = new ExactSum();
  private first: string | null = null;
  private last: string | null = null;
  private corruptCount = 0;
  private readonly corruptLines: CorruptLine[] = [];
  private blanks = 0;
  private readonly maxListed: number;

  constructor(opts: AggregatorOptions = {}) {
    this.maxListed = opts.maxListedCorrupt ?? 100;
    this.costs = new LogHistogram(opts.relativeAccuracy);
  }

  /**
   * Adds one raw line of the log: its UTF-8 bytes, bytes[start, end), without the line break. Valid v1 records
   * take the fast scanner; everything else (v0 lines, blank and corrupt lines, unusual JSON)
   * is decoded and goes through `parseOutcomeLine`, so the result is what
   * `addLine(parseOutcomeLine(text, line))` gives.
   */
  addBytes(bytes: Uint8Array, start: number, end: number, line: number): void {
    const view = this.scanner.scan(bytes, start, end);
    if (view !== undefined) this.addRecord(view);
    else this.addLine(parseOutcomeLine(this.decoder.decode(bytes.subarray(start, end)), line));
  }

  addLine(p: ParsedLine): void {
    if (p.kind === 'record') this.addRecord(p.view);
    else if (p.kind === 'corrupt') this.addCorrupt({ line: p.line, reason: p.reason });
    else this.blanks++;
  }

  addCorrupt(c: CorruptLine): void {
    this.corruptCount++;
    if (this.corruptLines.length < this.maxListed) this.corruptLines.push(c);
  }

  addRecord(v: OutcomeView): void {
    this.records++;
    const { counts } = this;
    counts.versions.add(v.schemaVersion === 1 ? 'v1' : 'v0');
    counts.outcomes.add(v.outcome);
    if (v.schemaVersion === 0) counts.originals.add(v.originalOutcome);
    counts.tiers.add(v.riskTier ?? 'unknown');
    for (const s of v.stages)
      for (const run of runsOf(s)) {
        counts.engines.add(run.engine);
        counts.models.add(run.model);
        if (run.costUsd !== null) counts.models.usd(run.model).add(run.costUsd);
      }
    if (v.totals.costUsd === null) this.unknownCost++;
    else {
      this.knownUsd.add(v.totals.costUsd);
      this.costs.add(v.totals.costUsd);
    }
    const t = v.totals.tokens;
    this.tokens.input += t.input;
    this.tokens.output += t.output;
    this.tokens.cacheRead += t.cacheRead;
    this.tokens.cacheWrite += t.cacheWrite;
    this.turns += v.totals.turns;
    this.durationMs.add(v.totals.durationMs);
    // ISO strings in one zone compare as text; mixed zones are rare enough to accept.
    if (v.timestamp !== null) {
      if (this.first === null || v.timestamp < this.first) this.first = v.timestamp;
      if (this.last === null || v.timestamp > this.last) this.last = v.timestamp;
    }
  }

  state(): AggregateState {
    const counts = {} as Record<CountKey, [string, number][]>;
    for (const k of COUNT_KEYS) counts[k] = this.counts[k].counts();
    return {
      records: this.records,
      counts,
      modelCost: this.counts.models.sums().map(([model, sum]) => [model, sum.state()]),
      costs: this.costs.state(),
      knownUsd: this.knownUsd.state(),
      unknownCost: this.unknownCost,
      tokens: { ...this.tokens },
      turns: this.turns,
      durationMs: this.durationMs.state(),
      first: this.first,
      last: this.last,
      corruptCount: this.corruptCount,
      corruptLines: [...this.corruptLines],
      blanks: this.blanks,
    };
  }

  /**
   * Adds the counts of the lines that come right after the ones seen here: `lineOffset` lines
   * precede the part in the file, so its corrupt lines are listed by their line in the file.
   * Merged in file order, the parts give exactly the summary of one pass.
   */
  merge(part: AggregateState, lineOffset: number): void {
    this.records += part.records;
    for (const key of COUNT_KEYS) {
      const tally = this.counts[key];
      for (const [name, n] of part.counts[key]) tally.add(name, n);
    }
    for (const [model, partials] of part.modelCost) this.counts.models.usd(model).merge(partials);
    this.costs.merge(part.costs);
    this.knownUsd.merge(part.knownUsd);
    this.unknownCost += part.unknownCost;
    for (const k of TOKEN_USAGE_KEYS) this.tokens[k] += part.tokens[k];
    this.turns += part.turns;
    this.durationMs.merge(part.durationMs);
    if (part.first !== null && (this.first === null || part.first < this.first))
      this.first = part.first;
    if (part.last !== null && (this.last === null || part.last > this.last)) this.last = part.last;
    this.corruptCount += part.corruptCount;
    for (const c of part.corruptLines) {
      if (this.corruptLines.length >= this.maxListed) break;
      this.corruptLines.push({ ...c, line: c.line + lineOffset });
    }
    this.blanks += part.blanks;
  }

  summary(): OutcomeSummary {
    const obj = (entries: [string, number][]) =>
      Object.fromEntries(entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
    return {
      records: this.records,
      bySchemaVersion: obj(this.counts.versions.counts()),
      byOutcome: obj(this.counts.outcomes.counts()),
      byOriginalOutcome: obj(this.counts.originals.counts()),
      byRiskTier: obj(this.counts.tiers.counts()),
      byEngine: obj(this.counts.engines.counts()),
      byModel: obj(this.counts.models.counts()),
      cost: {
        knownUsd: this.knownUsd.value(),
        unknownRecords: this.unknownCost,
        p50: this.costs.quantile(0.5),
        p90: this.costs.quantile(0.9),
        p99: this.costs.quantile(0.99),
        max: this.costs.quantile(1),
        relativeAccuracy: this.costs.relativeAccuracy,
      },
      costByModelUsd: obj(this.counts.models.sums().map(([m, sum]) => [m, sum.value()])),
      tokens: { ...this.tokens },
      turns: this.turns,
      durationMs: this.durationMs.value(),
      firstTimestamp: this.first,
      lastTimestamp: this.last,
      corrupt: { count: this.corruptCount, lines: [...this.corruptLines] },
      blankLines: this.blanks,
    };
  }
}
