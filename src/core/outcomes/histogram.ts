/**
 * A log-bucketed histogram (the DDSketch idea): bucket i holds values in (g^(i-1), g^i] with
 * g = (1+a)/(1-a), so any quantile it returns is within relative error `a` of a true sample
 * value. Memory depends on the range of values, not on how many there are: costs from
 * $0.000001 to $100,000 at a = 0.5% span about 2,300 buckets, for one record or a billion.
 * Exact quantiles would need every value (8 MB per million, growing with the file); a
 * t-digest bounds memory too but its error is absolute in rank, not relative in dollars.
 */
/** A histogram's counts as plain data, to merge one built elsewhere (another thread). */
export interface HistogramState {
  readonly buckets: readonly (readonly [number, number])[];
  readonly zeros: number;
  readonly n: number;
  readonly min: number;
  readonly max: number;
}

export class LogHistogram {
  private readonly logGamma: number;
  private readonly gamma: number;
  private readonly buckets = new Map<number, number>();
  private zeros = 0;
  private n = 0;
  private minSeen = Number.POSITIVE_INFINITY;
  private maxSeen = Number.NEGATIVE_INFINITY;

  constructor(readonly relativeAccuracy = 0.005) {
    if (!(relativeAccuracy > 0 && relativeAccuracy < 1))
      throw new RangeError('relativeAccuracy must be in (0, 1)');
    this.gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
    this.logGamma = Math.log(this.gamma);
  }

  /** Adds a value >= 0; negative or non-finite values are a bug in the caller. */
  add(value: number): void {
    if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`bad value ${value}`);
    this.n++;
    if (value < this.minSeen) this.minSeen = value;
    if (value > this.maxSeen) this.maxSeen = value;
    // Below a nanodollar is zero for our purposes and would add useless buckets.
    if (value < 1e-9) {
      this.zeros++;
      return;
    }
    const i = Math.ceil(Math.log(value) / this.logGamma);
    this.buckets.set(i, (this.buckets.get(i) ?? 0) + 1);
  }

  state(): HistogramState {
    return {
      buckets: [...this.buckets],
      zeros: this.zeros,
      n: this.n,
      min: this.minSeen,
      max: this.maxSeen,
    };
  }

  /** Adds the counts of a histogram with the same accuracy: as if its values were added here. */
  merge(other: HistogramState): void {
    for (const [i, count] of other.buckets) this.buckets.set(i, (this.buckets.get(i) ?? 0) + count);
    this.zeros += other.zeros;
    this.n += other.n;
    this.minSeen = Math.min(this.minSeen, other.min);
    this.maxSeen = Math.max(this.maxSeen, other.max);
  }

  get count(): number {
    return this.n;
  }

  get bucketCount(): number {
    return this.buckets.size + (this.zeros > 0 ? 1 : 0);
  }

  /** The q-quantile (0..1) by the nearest-rank rule, or null when empty. */
  quantile(q: number): number | null {
    if (this.n === 0) return null;
    if (q <= 0) return this.minSeen;
    if (q >= 1) return this.maxSeen;
    const rank = Math.max(1, Math.ceil(q * this.n));
    let seen = this.zeros;
    if (seen >= rank) return 0;
    const keys = [...this.buckets.keys()].sort((a, b) => a - b);
    for (const k of keys) {
      seen += this.buckets.get(k) ?? 0;
      if (seen >= rank) {
        // The bucket's midpoint in relative terms: within `a` of every value in it.
        const estimate = (2 * Math.pow(this.gamma, k)) / (this.gamma + 1);
        return Math.min(this.maxSeen, Math.max(this.minSeen, estimate));
      }
    }
    return this.maxSeen;
  }
}
