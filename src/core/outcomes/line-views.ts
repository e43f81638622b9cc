import { FastLineScanner } from './fast-line.js';
import { parseOutcomeLine, type CorruptLine } from './line.js';
import type { OutcomeView } from './view.js';

/**
 * Views of raw log lines for readers that need more than the summary's counts (the analytics
 * of `report` and `dashboard`): the fast scanner first, the full parse when it declines, as
 * `OutcomeAggregator.addBytes` does. Corrupt lines are counted and the first few kept.
 */
export class LineViews {
  private readonly scanner = new FastLineScanner();
  private readonly decoder = new TextDecoder();
  corruptCount = 0;
  readonly corrupt: CorruptLine[] = [];

  /**
   * `fast`: lines the scanner accepts give its view, without `record` (no findings or changed
   * files). Off: every line is parsed in full and its view carries the record.
   */
  constructor(
    private readonly maxListed = 100,
    private readonly fast = true,
  ) {}

  /**
   * The view of bytes[start, end) (one line without its break), or undefined for a blank or
   * corrupt line. The view may be the scanner's, filled again by the next call: keep a copy
   * (`snapshotView`) of what must outlive it.
   */
  view(bytes: Uint8Array, start: number, end: number, line: number): OutcomeView | undefined {
    const view = this.fast ? this.scanner.scan(bytes, start, end) : undefined;
    if (view !== undefined) return view;
    const p = parseOutcomeLine(this.decoder.decode(bytes.subarray(start, end)), line);
    if (p.kind === 'record') return p.view;
    if (p.kind === 'corrupt') {
      this.corruptCount++;
      if (this.corrupt.length < this.maxListed) this.corrupt.push({ line, reason: p.reason });
    }
    return undefined;
  }

  /** Every line of a whole log held in memory (e.g. read through the API). */
  forEach(bytes: Uint8Array, visit: (v: OutcomeView) => void): number {
    let line = 0;
    let start = 0;
    while (start < bytes.length) {
      let nl = bytes.indexOf(10, start);
      if (nl === -1) nl = bytes.length;
      const v = this.view(bytes, start, nl, ++line);
      if (v !== undefined) visit(v);
      start = nl + 1;
    }
    return line;
  }
}
