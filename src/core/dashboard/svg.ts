// Charts drawn as SVG text on the server: the dashboard page needs no charting script, works
// from file:// and prints. Every plotted value is one element carrying `data-point` (its label
// and value in `<title>`), so a test counts points in a real browser.

/** Text for HTML and SVG content and attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Colours, one per outcome, chosen to read apart (and in grey scale, by lightness). */
export const OUTCOME_COLOURS: Readonly<Record<string, string>> = {
  ready: '#2e7d32',
  escalated: '#e65100',
  budget_exceeded: '#c62828',
  needs_clarification: '#6a1b9a',
  blocked: '#37474f',
  no_changes: '#90a4ae',
  infra_error: '#ad1457',
  cancelled: '#bdbdbd',
  incomplete: '#f9a825',
  refused: '#4e342e',
};
const OTHER_COLOUR = '#78909c';
const SERIES_COLOURS = ['#1565c0', '#00897b', '#8e24aa'];

export function outcomeColour(outcome: string): string {
  return OUTCOME_COLOURS[outcome] ?? OTHER_COLOUR;
}

const W = 640;
const H = 220;
const M = { top: 14, right: 16, bottom: 34, left: 56 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

function num(v: number): string {
  return String(Math.round(v * 10) / 10);
}

/** A "nice" upper bound for an axis (1, 2, 2.5 or 5 times a power of ten). */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (v <= m * p) return m * p;
  return 10 * p;
}

function usd(v: number): string {
  return v >= 100 ? `$${v.toFixed(0)}` : v >= 1 ? `$${v.toFixed(2)}` : `$${v.toFixed(3)}`;
}

export function formatUsd(v: number | null): string {
  return v === null ? 'n/a' : usd(v);
}

function yAxis(max: number, format: (v: number) => string): string {
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const y = M.top + PLOT_H * (1 - f);
    return `<line x1="${M.left}" x2="${W - M.right}" y1="${num(y)}" y2="${num(y)}" class="grid"/><text x="${M.left - 6}" y="${num(y + 4)}" text-anchor="end">${esc(format(max * f))}</text>`;
  });
  return ticks.join('');
}

/** At most ~8 labels along x, whatever the number of buckets. */
function xLabels(labels: readonly string[], xOf: (k: number) => number): string {
  const step = Math.max(1, Math.ceil(labels.length / 8));
  return labels
    .map((l, k) =>
      k % step === 0 || k === labels.length - 1
        ? `<text x="${num(xOf(k))}" y="${H - M.bottom + 16}" text-anchor="middle">${esc(l.slice(5))}</text>`
        : '',
    )
    .join('');
}

function frame(title: string, body: string, legend: string, empty: boolean): string {
  const inner = empty
    ? `<text x="${W / 2}" y="${H / 2}" text-anchor="middle" class="empty">No runs in this period</text>`
    : body;
  return `<figure class="chart"><figcaption>${esc(title)}</figcaption><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}">${inner}</svg>${legend}</figure>`;
}

function legendOf(items: readonly { label: string; colour: string; dashed?: boolean }[]): string {
  return `<ul class="legend">${items
    .map(
      (i) =>
        `<li><span class="swatch${i.dashed ? ' dashed' : ''}" style="--c:${i.colour}"></span>${esc(i.label)}</li>`,
    )
    .join('')}</ul>`;
}

export interface LineSeries {
  readonly name: string;
  /** One value per x label; null leaves a gap (no point). */
  readonly values: readonly (number | null)[];
}

export interface Threshold {
  readonly label: string;
  readonly value: number;
}

/**
 * Lines with a point per known value, and dashed horizontal thresholds (the budget ceilings).
 * The y axis always shows the thresholds, so a ceiling far above the costs still says so.
 */
export function lineChart(o: {
  readonly id: string;
  readonly title: string;
  readonly labels: readonly string[];
  readonly series: readonly LineSeries[];
  readonly thresholds: readonly Threshold[];
  readonly format?: (v: number) => string;
}): string {
  const format = o.format ?? usd;
  const values = o.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = niceMax(Math.max(0, ...values, ...o.thresholds.map((t) => t.value)));
  const n = o.labels.length;
  const xOf = (k: number) => M.left + (n <= 1 ? PLOT_W / 2 : (PLOT_W * k) / (n - 1));
  const yOf = (v: number) => M.top + PLOT_H * (1 - v / max);
  const lines = o.series.map((s, si) => {
    const colour = SERIES_COLOURS[si % SERIES_COLOURS.length] as string;
    let path = '';
    let pen = false;
    const points: string[] = [];
    s.values.forEach((v, k) => {
      if (v === null) {
        pen = false;
        return;
      }
      path += `${pen ? 'L' : 'M'}${num(xOf(k))} ${num(yOf(v))}`;
      pen = true;
      points.push(
        `<circle data-point data-series="${esc(s.name)}" cx="${num(xOf(k))}" cy="${num(yOf(v))}" r="3" fill="${colour}"><title>${esc(`${o.labels[k] ?? ''} ${s.name}: ${format(v)}`)}</title></circle>`,
      );
    });
    return `<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>${points.join('')}`;
  });
  const thresholds = o.thresholds.map(
    (t) =>
      `<line data-threshold x1="${M.left}" x2="${W - M.right}" y1="${num(yOf(t.value))}" y2="${num(yOf(t.value))}" class="ceiling"><title>${esc(`${t.label}: ${format(t.value)}`)}</title></line><text x="${W - M.right}" y="${num(yOf(t.value) - 4)}" text-anchor="end" class="ceiling-label">${esc(`${t.label} ${format(t.value)}`)}</text>`,
  );
  const legend = legendOf([
    ...o.series.map((s, si) => ({
      label: s.name,
      colour: SERIES_COLOURS[si % SERIES_COLOURS.length] as string,
    })),
    ...o.thresholds.map((t) => ({ label: t.label, colour: '#c62828', dashed: true })),
  ]);
  return frame(
    o.title,
    `<g data-chart="${esc(o.id)}">${yAxis(max, format)}${thresholds.join('')}${lines.join('')}${xLabels(o.labels, xOf)}</g>`,
    legend,
    values.length === 0,
  );
}

export interface StackedBar {
  readonly label: string;
  readonly parts: Readonly<Record<string, number>>;
}

/** One bar per bucket, stacked by key (outcomes), in the order of `keys`. */
export function stackedBarChart(o: {
  readonly id: string;
  readonly title: string;
  readonly bars: readonly StackedBar[];
  readonly keys: readonly string[];
  readonly colour: (key: string) => string;
}): string {
  const totals = o.bars.map((b) => o.keys.reduce((t, k) => t + (b.parts[k] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const n = o.bars.length;
  const slot = PLOT_W / Math.max(1, n);
  const barW = Math.max(1, Math.min(28, slot * 0.8));
  const xOf = (k: number) => M.left + slot * (k + 0.5);
  const yOf = (v: number) => M.top + PLOT_H * (1 - v / max);
  const bars = o.bars.map((b, k) => {
    let base = 0;
    const parts = o.keys
      .filter((key) => (b.parts[key] ?? 0) > 0)
      .map((key) => {
        const v = b.parts[key] as number;
        const y = yOf(base + v);
        const h = yOf(base) - y;
        base += v;
        return `<rect x="${num(xOf(k) - barW / 2)}" y="${num(y)}" width="${num(barW)}" height="${num(h)}" fill="${o.colour(key)}"><title>${esc(`${b.label} ${key}: ${v}`)}</title></rect>`;
      });
    return `<g data-point data-label="${esc(b.label)}" data-total="${totals[k]}">${parts.join('')}</g>`;
  });
  const legend = legendOf(
    o.keys
      .filter((key) => o.bars.some((b) => (b.parts[key] ?? 0) > 0))
      .map((key) => ({ label: key.replace(/_/g, ' '), colour: o.colour(key) })),
  );
  return frame(
    o.title,
    `<g data-chart="${esc(o.id)}">${yAxis(max, (v) => num(v))}${bars.join('')}${xLabels(
      o.bars.map((b) => b.label),
      xOf,
    )}</g>`,
    legend,
    n === 0,
  );
}

export interface RateRow {
  readonly label: string;
  /** 0..1, or null when there is nothing to divide. */
  readonly rate: number | null;
  /** What the rate is out of (units). */
  readonly of: number;
}

/** Horizontal bars of rates (0-100 %), one per row, with the count beside it. */
export function rateChart(o: {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly RateRow[];
}): string {
  const rowH = 22;
  const left = 170;
  const width = 360;
  const h = Math.max(1, o.rows.length) * rowH + 8;
  const rows = o.rows.map((r, k) => {
    const y = 4 + k * rowH;
    const pct = r.rate === null ? null : Math.round(r.rate * 1000) / 10;
    const w = pct === null ? 0 : (width * pct) / 100;
    return `<g data-point data-label="${esc(r.label)}" data-rate="${pct ?? ''}"><text x="${left - 8}" y="${y + 15}" text-anchor="end">${esc(r.label)}</text><rect x="${left}" y="${y + 3}" width="${width}" height="${rowH - 8}" class="track"/><rect x="${left}" y="${y + 3}" width="${num(w)}" height="${rowH - 8}" fill="#2e7d32"/><text x="${left + width + 8}" y="${y + 15}">${pct === null ? 'n/a' : `${pct}%`} of ${r.of}</text><title>${esc(`${r.label}: ${pct === null ? 'n/a' : `${pct}%`} ready of ${r.of}`)}</title></g>`;
  });
  const inner =
    o.rows.length === 0
      ? `<text x="${W / 2}" y="20" text-anchor="middle" class="empty">No runs in this period</text>`
      : `<g data-chart="${esc(o.id)}">${rows.join('')}</g>`;
  return `<figure class="chart rate"><figcaption>${esc(o.title)}</figcaption><svg viewBox="0 0 ${W} ${o.rows.length === 0 ? 30 : h}" role="img" aria-label="${esc(o.title)}">${inner}</svg></figure>`;
}
