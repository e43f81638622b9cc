// What a thread does with each line of a piece of the log, named by a spec that crosses threads
// as data: the summary's counts (`outcomes summary`), the analytics (`report`) or the
// dashboard's views (`dashboard`). Every reducer's state merges, in file order, into what one
// pass over the whole log gives.
import { DashboardAccumulator, type DashboardOptions } from '../core/dashboard/model.js';
import {
  AnalyticsAccumulator,
  FastLineScanner,
  OutcomeAggregator,
  parseOutcomeLine,
  type AggregatorOptions,
  type AnalyticsOptions,
  type CorruptLine,
  type OutcomeView,
} from '../core/outcomes/index.js';

export type ReductionSpec =
  /** `plain`: JSON.parse and the validator for every line, not the fast scanner. */
  | { readonly kind: 'summary'; readonly options?: AggregatorOptions; readonly plain?: boolean }
  | ViewSpec;

/** Reductions into views: `analytics` parses every line (findings included); `dashboard` needs none. */
export type ViewSpec =
  | { readonly kind: 'analytics'; readonly options?: AnalyticsOptions }
  | { readonly kind: 'dashboard'; readonly options: DashboardOptions };

export interface ViewAccumulators {
  readonly analytics: AnalyticsAccumulator;
  readonly dashboard: DashboardAccumulator;
}

/** One line at a time: bytes[start, end) without the line break, numbered from 1. */
export interface LineReducer<S = unknown> {
  addBytes(bytes: Uint8Array, start: number, end: number, line: number): void;
  state(): S;
  /** Adds a later piece's state; `lineOffset` lines precede that piece in its file. */
  merge(part: S, lineOffset: number): void;
}

export interface ViewAccumulator<S> {
  add(v: OutcomeView): unknown;
  state(): S;
  merge(part: S): void;
}

export interface ViewLinesState<S> {
  readonly acc: S;
  readonly corruptCount: number;
  readonly corruptLines: readonly CorruptLine[];
}

const MAX_LISTED = 100;

/**
 * Parses every line (JSON.parse, then the record validator) and hands its view to an
 * accumulator; corrupt lines are counted, the first 100 listed by line number, never fatal.
 */
export class ViewLines<S, A extends ViewAccumulator<S>> implements LineReducer<ViewLinesState<S>> {
  private readonly decoder = new TextDecoder();
  corruptCount = 0;
  readonly corrupt: CorruptLine[] = [];

  /**
   * `scanner`: the summary's fast scanner first (the full parse when it declines), for an
   * accumulator that needs no findings: its views carry no record, and are refilled for the
   * next line (the analytics keep nothing of a view).
   */
  constructor(
    readonly acc: A,
    private readonly scanner?: FastLineScanner,
  ) {}

  addBytes(bytes: Uint8Array, start: number, end: number, line: number): void {
    const fast = this.scanner?.scan(bytes, start, end);
    if (fast !== undefined) {
      this.acc.add(fast);
      return;
    }
    const p = parseOutcomeLine(this.decoder.decode(bytes.subarray(start, end)), line);
    if (p.kind === 'record') this.acc.add(p.view);
    else if (p.kind === 'corrupt') this.addCorrupt({ line, reason: p.reason });
  }

  private addCorrupt(c: CorruptLine): void {
    this.corruptCount++;
    if (this.corrupt.length < MAX_LISTED) this.corrupt.push(c);
  }

  state(): ViewLinesState<S> {
    return { acc: this.acc.state(), corruptCount: this.corruptCount, corruptLines: this.corrupt };
  }

  merge(part: ViewLinesState<S>, lineOffset: number): void {
    this.acc.merge(part.acc);
    this.corruptCount += part.corruptCount - part.corruptLines.length;
    for (const c of part.corruptLines) this.addCorrupt({ ...c, line: c.line + lineOffset });
  }
}

/** The summary through the plain path: every line parsed as `readOutcomeLog` parses it. */
export class PlainSummary extends OutcomeAggregator {
  private readonly text = new TextDecoder();
  override addBytes(bytes: Uint8Array, start: number, end: number, line: number): void {
    this.addLine(parseOutcomeLine(this.text.decode(bytes.subarray(start, end)), line));
  }
}

/** A fresh accumulator for a view spec. */
export function accumulatorFor<K extends ViewSpec['kind']>(
  spec: Extract<ViewSpec, { kind: K }>,
): ViewAccumulators[K] {
  const s = spec as ViewSpec;
  const acc =
    s.kind === 'analytics'
      ? new AnalyticsAccumulator(s.options)
      : new DashboardAccumulator(s.options);
  return acc as ViewAccumulators[K];
}

/**
 * The reducer of a view spec's lines into `acc`. The dashboard shows no findings: it reads
 * through the summary's fast scanner, with the full parse where the scanner declines.
 */
export function linesInto<K extends ViewSpec['kind']>(
  acc: ViewAccumulators[K],
  spec: Extract<ViewSpec, { kind: K }>,
): ViewLines<unknown, ViewAccumulator<unknown>> {
  const scanner = spec.kind === 'dashboard' ? new FastLineScanner() : undefined;
  return new ViewLines(acc as ViewAccumulator<unknown>, scanner);
}

/** A fresh reducer for a spec (on whichever thread reads the piece). */
export function reducerFor(spec: ReductionSpec): LineReducer {
  if (spec.kind === 'summary') {
    const agg = spec.plain ? new PlainSummary(spec.options) : new OutcomeAggregator(spec.options);
    return agg as LineReducer;
  }
  return linesInto(accumulatorFor(spec), spec) as LineReducer;
}
