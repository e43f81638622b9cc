// The dashboard as one self-contained HTML file: inline CSS, server-side SVG charts, and a
// 10-line inline script for the filters (period, repository), which only show one of the
// pre-rendered views. No request leaves the page (its Content-Security-Policy forbids any),
// so it works from file://, as a CI artifact or on GitHub Pages.
import { TERMINAL_OUTCOMES } from '../outcomes/schema.js';
import type { Analytics, UnitRow } from '../outcomes/analytics.js';
import {
  DASHBOARD_PERIODS,
  issueCostByWeek,
  viewId,
  type DashboardModel,
  type DashboardView,
} from './model.js';
import { esc, formatUsd, lineChart, outcomeColour, rateChart, stackedBarChart } from './svg.js';

export interface PageOptions {
  /** Issues listed per view, latest first (the rest are counted). Default 100. */
  readonly maxRows?: number;
  readonly title?: string;
}

/** Stage columns of the ledger, in pipeline order; other stage names follow, sorted. */
const STAGE_ORDER = ['triage', 'write', 'review', 'remediate'];

const CSS = `
:root{color-scheme:light;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f6f8fa}
body{margin:0}header{background:#fff;border-bottom:1px solid #d0d7de;padding:12px 24px;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center}
h1{font-size:20px;margin:0}header p{margin:0;color:#59636e}form{display:flex;gap:16px;margin-left:auto}
select{font:inherit;padding:2px 6px}main{padding:16px 24px;max-width:1400px;margin:0 auto}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px;margin:0 0 16px;padding:0;list-style:none}
.kpis li{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:8px 12px}.kpis b{display:block;font-size:20px}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(460px,1fr));gap:12px}
.chart{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:0;padding:8px 12px}
figcaption{font-weight:600;margin-bottom:4px}svg{width:100%;height:auto;font-size:11px;fill:#59636e}
.grid{stroke:#eaeef2}.ceiling{stroke:#c62828;stroke-dasharray:6 4;stroke-width:1.5}.ceiling-label{fill:#c62828}
.track{fill:#eaeef2}.empty{fill:#8c959f;font-size:14px}
.legend{display:flex;flex-wrap:wrap;gap:4px 12px;list-style:none;margin:4px 0 0;padding:0;font-size:12px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;background:var(--c);margin-right:4px;vertical-align:-2px}
.swatch.dashed{height:0;border-top:2px dashed var(--c);border-radius:0;background:none}
h2{font-size:16px;margin:20px 0 8px}table{border-collapse:collapse;background:#fff;width:100%;font-size:13px}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;white-space:nowrap}td.num,th.num{text-align:right}
td.over{background:#ffebe9;color:#82071e;font-weight:600}.note{color:#59636e}
.outcome{display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:6px;background:var(--c)}
a{color:#0969da}.table-wrap{overflow-x:auto}
`;

/** Shows the view the two selects name; everything else is static. */
const SCRIPT = `(()=>{const p=document.getElementById('period'),r=document.getElementById('repo');
const show=()=>{const id='v-'+p.value+'-'+r.value;for(const s of document.querySelectorAll('section.view'))s.hidden=s.id!==id;};
p.addEventListener('change',show);r.addEventListener('change',show);show();})();`;

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

function pct(rate: number | null): string {
  return rate === null ? 'n/a' : `${Math.round(rate * 1000) / 10}%`;
}

function duration(ms: number | null): string {
  if (ms === null) return 'n/a';
  const h = ms / 3_600_000;
  return h >= 48
    ? `${(h / 24).toFixed(1)} d`
    : h >= 1
      ? `${h.toFixed(1)} h`
      : `${Math.round(ms / 60_000)} min`;
}

function kpis(a: Analytics): string {
  const items: [string, string][] = [
    ['Runs', String(a.records)],
    ['Issues handled', String(a.units)],
    ['Resolve rate', pct(a.resolveRate)],
    ['Spend (known)', formatUsd(a.cost.knownUsd)],
    ['Runs of unknown cost', String(a.cost.unknownRecords)],
    ['Cost per PR p50 / p90', `${formatUsd(a.cost.perPr.p50)} / ${formatUsd(a.cost.perPr.p90)}`],
    ['Time to ready p50', duration(a.timeToReadyMs.p50)],
    ['Escalations', String(a.escalations.length)],
  ];
  return `<ul class="kpis">${items.map(([k, v]) => `<li>${esc(k)}<b data-kpi="${esc(k)}">${esc(v)}</b></li>`).join('')}</ul>`;
}

function charts(model: DashboardModel, a: Analytics): string {
  const weeks = a.weeks.map((w) => w.start);
  const perIssue = issueCostByWeek(weeks, a.rows);
  const outcomeKeys = [
    ...TERMINAL_OUTCOMES,
    ...Object.keys(a.byOutcome).filter(
      (k) => !(TERMINAL_OUTCOMES as readonly string[]).includes(k),
    ),
  ];
  return [
    lineChart({
      id: 'spend',
      title: 'Spend per week (known costs)',
      labels: weeks,
      series: [{ name: 'spend', values: a.weeks.map((w) => w.costUsd) }],
      thresholds: [],
    }),
    lineChart({
      id: 'issue-cost',
      title: 'Cost per issue, by week of its latest run',
      labels: weeks,
      series: [
        { name: 'median', values: perIssue.map((w) => w.median) },
        { name: 'max', values: perIssue.map((w) => w.max) },
      ],
      thresholds: [{ label: 'issue ceiling', value: model.ceilings.issue }],
    }),
    stackedBarChart({
      id: 'outcomes',
      title: 'Outcomes by week (runs)',
      bars: a.weeks.map((w) => ({ label: w.start, parts: w.byOutcome })),
      keys: outcomeKeys,
      colour: outcomeColour,
    }),
    rateChart({
      id: 'tier',
      title: 'Resolve rate by risk tier (issues ready)',
      rows: a.tiers.map((t) => ({ label: t.tier, rate: t.resolveRate, of: t.units })),
    }),
    rateChart({
      id: 'engine',
      title: 'Resolve rate by engine',
      rows: a.engines.map((e) => ({ label: e.name, rate: e.successRate, of: e.units })),
    }),
    rateChart({
      id: 'model',
      title: 'Resolve rate by model',
      rows: a.models.map((m) => ({ label: m.name, rate: m.successRate, of: m.units })),
    }),
  ].join('');
}

/** A unit's ledger summed by stage name (remediation and review rounds add up). */
function ledger(row: UnitRow): Map<string, { usd: number | null; runs: number }> {
  const by = new Map<string, { usd: number | null; runs: number }>();
  for (const s of row.stages) {
    const cell = by.get(s.stage) ?? { usd: 0, runs: 0 };
    cell.usd = cell.usd === null || s.costUsd === null ? null : cell.usd + s.costUsd;
    cell.runs++;
    by.set(s.stage, cell);
  }
  return by;
}

function stageColumns(rows: readonly UnitRow[]): string[] {
  const seen = new Set(rows.flatMap((r) => r.stages.map((s) => s.stage)));
  const known = STAGE_ORDER.filter((s) => seen.has(s));
  const other = [...seen].filter((s) => !STAGE_ORDER.includes(s)).sort();
  return [...known, ...other];
}

function link(url: string | null, text: string): string {
  return url === null ? esc(text) : `<a href="${esc(url)}">${esc(text)}</a>`;
}

function issueTable(model: DashboardModel, a: Analytics, maxRows: number): string {
  const rows = a.rows.slice(0, maxRows);
  const stages = stageColumns(rows);
  const ceiling = (stage: string) => model.ceilings.stages[stage];
  const head = [
    '<th>Issue</th><th>Repository</th><th>Outcome</th><th>Tier</th><th class="num">Runs</th><th>Latest run</th><th>PR</th>',
    ...stages.map((s) => {
      const c = ceiling(s);
      return `<th class="num">${esc(s)}${c === undefined ? '' : `<br><span class="note">≤ ${esc(formatUsd(c))}/run</span>`}</th>`;
    }),
    `<th class="num">Total<br><span class="note">≤ ${esc(formatUsd(model.ceilings.issue))}</span></th>`,
  ].join('');
  const body = rows.map((r) => {
    const l = ledger(r);
    const cells = stages.map((s) => {
      const cell = l.get(s);
      if (cell === undefined) return '<td class="num"></td>';
      const c = ceiling(s);
      // A stage's ceiling holds per run: over it when the average run exceeds it.
      const over = c !== undefined && cell.usd !== null && cell.usd / cell.runs > c;
      return `<td class="num${over ? ' over' : ''}">${esc(formatUsd(cell.usd))}${cell.runs > 1 ? ` <span class="note">×${cell.runs}</span>` : ''}</td>`;
    });
    const overIssue = r.costUsd !== null && r.costUsd > model.ceilings.issue;
    const name = r.issue !== null ? `#${r.issue}` : r.pr !== null ? `PR #${r.pr}` : r.key;
    return `<tr data-row data-repo="${esc(r.repo ?? '')}"><td>${link(r.issueUrl, name)}</td><td>${esc(r.repo ?? '')}</td><td><span class="outcome" style="--c:${outcomeColour(r.outcome)}"></span>${esc(r.outcome)}</td><td>${esc(r.riskTier ?? '')}</td><td class="num">${r.runs}</td><td>${esc(r.lastTimestamp ?? '')}</td><td>${r.pr === null ? '' : link(r.prUrl, `#${r.pr}`)}</td>${cells.join('')}<td class="num${overIssue ? ' over' : ''}">${esc(formatUsd(r.costUsd))}</td></tr>`;
  });
  const note =
    a.rows.length > rows.length
      ? `<p class="note">The ${rows.length} issues with the latest runs, of ${a.rows.length}.</p>`
      : '';
  return `<h2>Issues (${a.rows.length})</h2>${note}<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}

function viewSection(
  model: DashboardModel,
  v: DashboardView,
  first: boolean,
  maxRows: number,
): string {
  const a = v.analytics;
  return `<section class="view" id="${viewId(model, v)}" data-period="${esc(v.period.id)}" data-repo="${esc(v.repo ?? '')}"${first ? '' : ' hidden'}>${kpis(a)}<div class="charts">${charts(model, a)}</div>${issueTable(model, a, maxRows)}</section>`;
}

function select(id: string, label: string, options: readonly [string, string][]): string {
  return `<label>${esc(label)} <select id="${id}">${options.map(([value, text]) => `<option value="${esc(value)}">${esc(text)}</option>`).join('')}</select></label>`;
}

/** The whole page, one string. */
export function renderDashboard(model: DashboardModel, opts: PageOptions = {}): string {
  const maxRows = opts.maxRows ?? 100;
  const title = opts.title ?? 'LailaTov dashboard';
  const all = model.views[0]?.analytics;
  const filters = `<form id="filters" onsubmit="return false">${select(
    'period',
    'Period',
    DASHBOARD_PERIODS.map((p) => [p.id, p.label]),
  )}${select('repo', 'Repository', [
    ['all', 'All repositories'],
    ...model.repos.map((r, k): [string, string] => [String(k), r]),
  ])}</form>`;
  const range =
    all?.firstTimestamp != null ? ` from ${all.firstTimestamp} to ${all.lastTimestamp}` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><style>${CSS}</style></head>
<body><header><h1>${esc(title)}</h1><p>${all?.records ?? 0} runs in ${model.repos.length} ${model.repos.length === 1 ? 'repository' : 'repositories'}${esc(range)}; generated ${esc(model.generatedAt)}</p>${filters}<noscript><p>The filters need JavaScript: this shows all repositories, all time.</p></noscript></header>
<main>${model.views.map((v, k) => viewSection(model, v, k === 0, maxRows)).join('\n')}</main>
<script>${SCRIPT}</script></body></html>
`;
}
