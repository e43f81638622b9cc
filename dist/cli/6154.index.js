export const id = 6154;
export const ids = [6154];
export const modules = {

/***/ 76154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dashboardCommand: () => (/* binding */ dashboardCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
// EXTERNAL MODULE: ./src/core/outcomes/schema.ts
var schema = __webpack_require__(37774);
// EXTERNAL MODULE: ./src/core/dashboard/model.ts
var dashboard_model = __webpack_require__(30641);
;// CONCATENATED MODULE: ./src/core/dashboard/svg.ts
// Charts drawn as SVG text on the server: the dashboard page needs no charting script, works
// from file:// and prints. Every plotted value is one element carrying `data-point` (its label
// and value in `<title>`), so a test counts points in a real browser.
/** Text for HTML and SVG content and attribute values. */
function esc(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/** Colours, one per outcome, chosen to read apart (and in grey scale, by lightness). */
const OUTCOME_COLOURS = {
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
function outcomeColour(outcome) {
    return OUTCOME_COLOURS[outcome] ?? OTHER_COLOUR;
}
const W = 640;
const H = 220;
const M = { top: 14, right: 16, bottom: 34, left: 56 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;
function num(v) {
    return String(Math.round(v * 10) / 10);
}
/** A "nice" upper bound for an axis (1, 2, 2.5 or 5 times a power of ten). */
function niceMax(v) {
    if (!(v > 0))
        return 1;
    const p = 10 ** Math.floor(Math.log10(v));
    for (const m of [1, 2, 2.5, 5, 10])
        if (v <= m * p)
            return m * p;
    return 10 * p;
}
function usd(v) {
    return v >= 100 ? `$${v.toFixed(0)}` : v >= 1 ? `$${v.toFixed(2)}` : `$${v.toFixed(3)}`;
}
function formatUsd(v) {
    return v === null ? 'n/a' : usd(v);
}
function yAxis(max, format) {
    const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
        const y = M.top + PLOT_H * (1 - f);
        return `<line x1="${M.left}" x2="${W - M.right}" y1="${num(y)}" y2="${num(y)}" class="grid"/><text x="${M.left - 6}" y="${num(y + 4)}" text-anchor="end">${esc(format(max * f))}</text>`;
    });
    return ticks.join('');
}
/** At most ~8 labels along x, whatever the number of buckets. */
function xLabels(labels, xOf) {
    const step = Math.max(1, Math.ceil(labels.length / 8));
    return labels
        .map((l, k) => k % step === 0 || k === labels.length - 1
        ? `<text x="${num(xOf(k))}" y="${H - M.bottom + 16}" text-anchor="middle">${esc(l.slice(5))}</text>`
        : '')
        .join('');
}
function svg_frame(title, body, legend, empty) {
    const inner = empty
        ? `<text x="${W / 2}" y="${H / 2}" text-anchor="middle" class="empty">No runs in this period</text>`
        : body;
    return `<figure class="chart"><figcaption>${esc(title)}</figcaption><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}">${inner}</svg>${legend}</figure>`;
}
function legendOf(items) {
    return `<ul class="legend">${items
        .map((i) => `<li><span class="swatch${i.dashed ? ' dashed' : ''}" style="--c:${i.colour}"></span>${esc(i.label)}</li>`)
        .join('')}</ul>`;
}
/**
 * Lines with a point per known value, and dashed horizontal thresholds (the budget ceilings).
 * The y axis always shows the thresholds, so a ceiling far above the costs still says so.
 */
function lineChart(o) {
    const format = o.format ?? usd;
    const values = o.series.flatMap((s) => s.values.filter((v) => v !== null));
    const max = niceMax(Math.max(0, ...values, ...o.thresholds.map((t) => t.value)));
    const n = o.labels.length;
    const xOf = (k) => M.left + (n <= 1 ? PLOT_W / 2 : (PLOT_W * k) / (n - 1));
    const yOf = (v) => M.top + PLOT_H * (1 - v / max);
    const lines = o.series.map((s, si) => {
        const colour = SERIES_COLOURS[si % SERIES_COLOURS.length];
        let path = '';
        let pen = false;
        const points = [];
        s.values.forEach((v, k) => {
            if (v === null) {
                pen = false;
                return;
            }
            path += `${pen ? 'L' : 'M'}${num(xOf(k))} ${num(yOf(v))}`;
            pen = true;
            points.push(`<circle data-point data-series="${esc(s.name)}" cx="${num(xOf(k))}" cy="${num(yOf(v))}" r="3" fill="${colour}"><title>${esc(`${o.labels[k] ?? ''} ${s.name}: ${format(v)}`)}</title></circle>`);
        });
        return `<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>${points.join('')}`;
    });
    const thresholds = o.thresholds.map((t) => `<line data-threshold x1="${M.left}" x2="${W - M.right}" y1="${num(yOf(t.value))}" y2="${num(yOf(t.value))}" class="ceiling"><title>${esc(`${t.label}: ${format(t.value)}`)}</title></line><text x="${W - M.right}" y="${num(yOf(t.value) - 4)}" text-anchor="end" class="ceiling-label">${esc(`${t.label} ${format(t.value)}`)}</text>`);
    const legend = legendOf([
        ...o.series.map((s, si) => ({
            label: s.name,
            colour: SERIES_COLOURS[si % SERIES_COLOURS.length],
        })),
        ...o.thresholds.map((t) => ({ label: t.label, colour: '#c62828', dashed: true })),
    ]);
    return svg_frame(o.title, `<g data-chart="${esc(o.id)}">${yAxis(max, format)}${thresholds.join('')}${lines.join('')}${xLabels(o.labels, xOf)}</g>`, legend, values.length === 0);
}
/** One bar per bucket, stacked by key (outcomes), in the order of `keys`. */
function stackedBarChart(o) {
    const totals = o.bars.map((b) => o.keys.reduce((t, k) => t + (b.parts[k] ?? 0), 0));
    const max = niceMax(Math.max(0, ...totals));
    const n = o.bars.length;
    const slot = PLOT_W / Math.max(1, n);
    const barW = Math.max(1, Math.min(28, slot * 0.8));
    const xOf = (k) => M.left + slot * (k + 0.5);
    const yOf = (v) => M.top + PLOT_H * (1 - v / max);
    const bars = o.bars.map((b, k) => {
        let base = 0;
        const parts = o.keys
            .filter((key) => (b.parts[key] ?? 0) > 0)
            .map((key) => {
            const v = b.parts[key];
            const y = yOf(base + v);
            const h = yOf(base) - y;
            base += v;
            return `<rect x="${num(xOf(k) - barW / 2)}" y="${num(y)}" width="${num(barW)}" height="${num(h)}" fill="${o.colour(key)}"><title>${esc(`${b.label} ${key}: ${v}`)}</title></rect>`;
        });
        return `<g data-point data-label="${esc(b.label)}" data-total="${totals[k]}">${parts.join('')}</g>`;
    });
    const legend = legendOf(o.keys
        .filter((key) => o.bars.some((b) => (b.parts[key] ?? 0) > 0))
        .map((key) => ({ label: key.replace(/_/g, ' '), colour: o.colour(key) })));
    return svg_frame(o.title, `<g data-chart="${esc(o.id)}">${yAxis(max, (v) => num(v))}${bars.join('')}${xLabels(o.bars.map((b) => b.label), xOf)}</g>`, legend, n === 0);
}
/** Horizontal bars of rates (0-100 %), one per row, with the count beside it. */
function rateChart(o) {
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
    const inner = o.rows.length === 0
        ? `<text x="${W / 2}" y="20" text-anchor="middle" class="empty">No runs in this period</text>`
        : `<g data-chart="${esc(o.id)}">${rows.join('')}</g>`;
    return `<figure class="chart rate"><figcaption>${esc(o.title)}</figcaption><svg viewBox="0 0 ${W} ${o.rows.length === 0 ? 30 : h}" role="img" aria-label="${esc(o.title)}">${inner}</svg></figure>`;
}

;// CONCATENATED MODULE: ./src/core/dashboard/page.ts
// The dashboard as one self-contained HTML file: inline CSS, server-side SVG charts, and a
// 10-line inline script for the filters (period, repository), which only show one of the
// pre-rendered views. No request leaves the page (its Content-Security-Policy forbids any),
// so it works from file://, as a CI artifact or on GitHub Pages.



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
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
function pct(rate) {
    return rate === null ? 'n/a' : `${Math.round(rate * 1000) / 10}%`;
}
function duration(ms) {
    if (ms === null)
        return 'n/a';
    const h = ms / 3_600_000;
    return h >= 48
        ? `${(h / 24).toFixed(1)} d`
        : h >= 1
            ? `${h.toFixed(1)} h`
            : `${Math.round(ms / 60_000)} min`;
}
function kpis(a) {
    const items = [
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
function charts(model, a) {
    const weeks = a.weeks.map((w) => w.start);
    const perIssue = (0,dashboard_model/* issueCostByWeek */.OG)(weeks, a.rows);
    const outcomeKeys = [
        ...schema/* TERMINAL_OUTCOMES */.BF,
        ...Object.keys(a.byOutcome).filter((k) => !schema/* TERMINAL_OUTCOMES */.BF.includes(k)),
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
function ledger(row) {
    const by = new Map();
    for (const s of row.stages) {
        const cell = by.get(s.stage) ?? { usd: 0, runs: 0 };
        cell.usd = cell.usd === null || s.costUsd === null ? null : cell.usd + s.costUsd;
        cell.runs++;
        by.set(s.stage, cell);
    }
    return by;
}
function stageColumns(rows) {
    const seen = new Set(rows.flatMap((r) => r.stages.map((s) => s.stage)));
    const known = STAGE_ORDER.filter((s) => seen.has(s));
    const other = [...seen].filter((s) => !STAGE_ORDER.includes(s)).sort();
    return [...known, ...other];
}
function page_link(url, text) {
    return url === null ? esc(text) : `<a href="${esc(url)}">${esc(text)}</a>`;
}
function issueTable(model, a, maxRows) {
    const rows = a.rows.slice(0, maxRows);
    const stages = stageColumns(rows);
    const ceiling = (stage) => model.ceilings.stages[stage];
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
            if (cell === undefined)
                return '<td class="num"></td>';
            const c = ceiling(s);
            // A stage's ceiling holds per run: over it when the average run exceeds it.
            const over = c !== undefined && cell.usd !== null && cell.usd / cell.runs > c;
            return `<td class="num${over ? ' over' : ''}">${esc(formatUsd(cell.usd))}${cell.runs > 1 ? ` <span class="note">×${cell.runs}</span>` : ''}</td>`;
        });
        const overIssue = r.costUsd !== null && r.costUsd > model.ceilings.issue;
        const name = r.issue !== null ? `#${r.issue}` : r.pr !== null ? `PR #${r.pr}` : r.key;
        return `<tr data-row data-repo="${esc(r.repo ?? '')}"><td>${page_link(r.issueUrl, name)}</td><td>${esc(r.repo ?? '')}</td><td><span class="outcome" style="--c:${outcomeColour(r.outcome)}"></span>${esc(r.outcome)}</td><td>${esc(r.riskTier ?? '')}</td><td class="num">${r.runs}</td><td>${esc(r.lastTimestamp ?? '')}</td><td>${r.pr === null ? '' : page_link(r.prUrl, `#${r.pr}`)}</td>${cells.join('')}<td class="num${overIssue ? ' over' : ''}">${esc(formatUsd(r.costUsd))}</td></tr>`;
    });
    const note = a.rows.length > rows.length
        ? `<p class="note">The ${rows.length} issues with the latest runs, of ${a.rows.length}.</p>`
        : '';
    return `<h2>Issues (${a.rows.length})</h2>${note}<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}
function viewSection(model, v, first, maxRows) {
    const a = v.analytics;
    return `<section class="view" id="${(0,dashboard_model/* viewId */.Nm)(model, v)}" data-period="${esc(v.period.id)}" data-repo="${esc(v.repo ?? '')}"${first ? '' : ' hidden'}>${kpis(a)}<div class="charts">${charts(model, a)}</div>${issueTable(model, a, maxRows)}</section>`;
}
function page_select(id, label, options) {
    return `<label>${esc(label)} <select id="${id}">${options.map(([value, text]) => `<option value="${esc(value)}">${esc(text)}</option>`).join('')}</select></label>`;
}
/** The whole page, one string. */
function renderDashboard(model, opts = {}) {
    const maxRows = opts.maxRows ?? 100;
    const title = opts.title ?? 'LailaTov dashboard';
    const all = model.views[0]?.analytics;
    const filters = `<form id="filters" onsubmit="return false">${page_select('period', 'Period', dashboard_model/* DASHBOARD_PERIODS */.ut.map((p) => [p.id, p.label]))}${page_select('repo', 'Repository', [
        ['all', 'All repositories'],
        ...model.repos.map((r, k) => [String(k), r]),
    ])}</form>`;
    const range = all?.firstTimestamp != null ? ` from ${all.firstTimestamp} to ${all.lastTimestamp}` : '';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><style>${CSS}</style></head>
<body><header><h1>${esc(title)}</h1><p>${all?.records ?? 0} runs in ${model.repos.length} ${model.repos.length === 1 ? 'repository' : 'repositories'}${esc(range)}; generated ${esc(model.generatedAt)}</p>${filters}<noscript><p>The filters need JavaScript: this shows all repositories, all time.</p></noscript></header>
<main>${model.views.map((v, k) => viewSection(model, v, k === 0, maxRows)).join('\n')}</main>
<script>${SCRIPT}</script></body></html>
`;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/cli/outcome-sources.ts + 2 modules
var outcome_sources = __webpack_require__(98116);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/outcome-args.ts
var outcome_args = __webpack_require__(16438);
;// CONCATENATED MODULE: ./src/cli/commands/dashboard.ts









const USAGE = `Usage: lailatov dashboard --out DIR (--log PATH | --repo OWNER/NAME | --owner NAME)... [options]

Writes DIR/index.html: one self-contained page (no script or font from anywhere, works from
file://, as a CI artifact or on GitHub Pages) with cost over time against the budget ceilings,
outcomes by week, resolve rate by tier, engine and model, and one row per issue with its cost
ledger by stage, linked to the PR; filters by period and repository.
  --out DIR         where to write index.html (created if missing)
${outcome_sources/* SOURCE_USAGE */.gd}
  --config FILE     the ceilings come from its budgets (default ${load/* CONFIG_PATH */.tF}, else the defaults)
  --now ISO         the page's time, where the periods end (default: LAILATOV_NOW, else now)
  --rows N          issues listed per view, latest first (default 100)
`;
function positiveInt(value, name, fallback) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new errors/* UserError */.y(`${name} must be a whole number of at least 1, not '${value}'`);
    return n;
}
const dashboardCommand = async (args, io) => {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            options: {
                ...outcome_sources/* SOURCE_OPTIONS */.xK,
                out: { type: 'string' },
                config: { type: 'string' },
                now: { type: 'string' },
                rows: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (e) {
        io.stderr(`lailatov dashboard: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
        return cli_io/* ExitCode */.y.badInput;
    }
    const v = parsed.values;
    if (v.help) {
        io.stdout(USAGE);
        return cli_io/* ExitCode */.y.ok;
    }
    if (v.out === undefined) {
        io.stderr(`lailatov dashboard: --out DIR is required\n\n${USAGE}`);
        return cli_io/* ExitCode */.y.badInput;
    }
    const now = v.now === undefined ? (0,outcome_args/* cliNow */.ry)(io.env) : new Date(v.now);
    if (Number.isNaN(now.getTime()))
        throw new errors/* UserError */.y(`--now must be an ISO date or time (e.g. 2026-12-07T00:00:00Z), not '${v.now}'`);
    const maxRows = positiveInt(v.rows, '--rows', 100);
    const config = await (0,load/* loadConfigFile */.HT)(external_node_path_default().resolve(io.cwd, v.config ?? load/* CONFIG_PATH */.tF));
    const { budgets } = config;
    const options = {
        now,
        ceilings: {
            issue: budgets.issue,
            stages: {
                triage: budgets.triage,
                write: budgets.write,
                review: budgets.review,
                remediate: budgets.remediate,
            },
        },
        serverUrl: io.env.GITHUB_SERVER_URL,
    };
    const read = await (0,outcome_sources/* readSourcesFromArgs */.oV)(v, io, 'dashboard', { kind: 'dashboard', options });
    if (read === undefined)
        return cli_io/* ExitCode */.y.badInput;
    const html = renderDashboard(read.accumulator.result(), { maxRows });
    const dir = external_node_path_default().resolve(io.cwd, v.out);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, 'index.html');
    await (0,promises_.writeFile)(file, html);
    io.stdout(`Wrote ${external_node_path_default().relative(io.cwd, file) || file} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KB) from ${read.lines} line(s) in ${read.files} file(s).\n`);
    return cli_io/* ExitCode */.y.ok;
};


/***/ })

};
