// Min / median / max of a bench's samples, and the line that reports a paired ratio with the
// baseline's absolute figure beside it (the machine is shared: a ratio alone hides its load).
import { loadavg } from 'node:os';

export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export function spread(xs: readonly number[]): Spread {
  if (xs.length === 0) throw new Error('spread of no samples');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median =
    s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return { min: s[0] as number, median, max: s[s.length - 1] as number };
}

/** "min / median / max" with `digits` decimals. */
export function fmtSpread(x: Spread, digits = 2): string {
  return `${x.min.toFixed(digits)} / ${x.median.toFixed(digits)} / ${x.max.toFixed(digits)}`;
}

/**
 * A ratio computed per pair (both sides measured in the same pair), as min / median / max,
 * beside the baseline's own min / median / max in its unit.
 */
export function ratioLine(
  name: string,
  ratios: readonly number[],
  baseline: { readonly name: string; readonly values: readonly number[]; readonly unit: string },
  digits = 1,
): string {
  return (
    `${name}: ×${fmtSpread(spread(ratios), 3)} (min / median / max of ${ratios.length} pairs); ` +
    `${baseline.name} ${fmtSpread(spread(baseline.values), digits)} ${baseline.unit}`
  );
}

/** `contender / baseline` per pair, reported by `ratioLine` with the baseline beside it. */
export function pairedRatioLine(
  name: string,
  contender: readonly number[],
  baseline: readonly number[],
  unit: string,
  digits = 1,
): string {
  const ratios = contender.map((c, i) => c / (baseline[i] as number));
  return ratioLine(name, ratios, { name: 'baseline', values: baseline, unit }, digits);
}

export function loadLine(): string {
  const [a, b, c] = loadavg();
  return `load average ${a?.toFixed(2)} ${b?.toFixed(2)} ${c?.toFixed(2)}`;
}
