/**
 * A sum of doubles that is exact until it is read, then rounded once (Shewchuk's partials, as in
 * Python's math.fsum). The summary adds costs and durations this way so that the total does not
 * depend on the order of the records: a log summarized in parts, on several threads, and merged
 * gives the same bits as one pass over it, and a million small costs lose no cents.
 *
 * The state is a short list of non-overlapping partials (a few: 7 after 300k random costs),
 * smallest first; their exact sum is the exact sum of everything added.
 */
export class ExactSum {
  /** The partials are p[0..n), in a typed array: no growing, shrinking or boxing per add. */
  private p = new Float64Array(4);
  private n = 0;

  /** Adds a finite value (a non-finite one is a bug in the caller). */
  add(value: number): void {
    if (!Number.isFinite(value)) throw new RangeError(`ExactSum: ${value} is not finite`);
    const p = this.p;
    let x = value;
    let kept = 0;
    for (let k = 0; k < this.n; k++) {
      const y = p[k] as number;
      // Knuth's two-sum: hi + lo is exactly x + y, whichever is larger (no branch to swap them).
      const hi = x + y;
      const yPart = hi - x;
      const lo = x - (hi - yPart) + (y - yPart);
      if (lo !== 0) p[kept++] = lo;
      x = hi;
    }
    if (kept === p.length) {
      // Non-overlapping doubles are few (at most about 40), so this happens once or twice.
      this.p = new Float64Array(p.length * 2);
      this.p.set(p);
    }
    this.p[kept++] = x;
    this.n = kept;
  }

  /** Adds another sum's partials: still exact. */
  merge(partials: readonly number[]): void {
    for (const v of partials) this.add(v);
  }

  /** The partials, for merging elsewhere (plain numbers: they cross threads as they are). */
  state(): number[] {
    return Array.from(this.p.subarray(0, this.n));
  }

  /** The exact sum, correctly rounded to the nearest double. */
  value(): number {
    const p = this.p;
    let i = this.n;
    if (i === 0) return 0;
    let hi = p[--i] as number;
    let lo = 0;
    // Add from the largest partial down until a step rounds (lo !== 0): what remains below
    // cannot change hi, except in the half-way case handled after.
    while (i > 0) {
      const x = hi;
      const y = p[--i] as number;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // hi + lo was a tie broken to even; a further partial of lo's sign means the exact sum is
    // past the half-way point, so round away instead.
    if (i > 0 && ((lo < 0 && (p[i - 1] as number) < 0) || (lo > 0 && (p[i - 1] as number) > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}
