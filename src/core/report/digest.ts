// `lailatov report`: the digest of a period as Markdown (with Mermaid charts GitHub renders),
// Slack Block Kit and JSON, all from one `Analytics` (src/core/outcomes/analytics.ts).
import type { Analytics, EngineRow, Percentiles } from '../outcomes/analytics.js';
import { codeSpan, tableRow } from '../markdown-table.js';
import { escapeMrkdwn } from '../slack-text.js';

export const DIGEST_FORMATS = ['markdown', 'slack', 'json'] as const;
export type DigestFormat = (typeof DIGEST_FORMATS)[number];

/** Escalations listed by name; the count covers them all. */
const MAX_ESCALATIONS = 20;

export function usd(v: number | null): string {
  return v === null ? 'n/a' : `$${v.toFixed(2)}`;
}

export function rate(v: number | null): string {
  return v === null ? 'n/a' : `${(v * 100).toFixed(1)}%`;
}

export function duration(ms: number | null): string {
  if (ms === null) return 'n/a';
  const min = ms / 60_000;
  if (min < 90) return `${Math.round(min)} min`;
  const h = min / 60;
  return h < 48 ? `${h.toFixed(1)} h` : `${(h / 24).toFixed(1)} d`;
}

function day(ts: string | null): string {
  return ts === null ? '…' : ts.slice(0, 10);
}

export function periodLabel(a: Analytics): string {
  return `${day(a.period.from ?? a.firstTimestamp)} to ${day(a.period.to ?? a.lastTimestamp)}`;
}

function pcts(p: Percentiles, f: (v: number | null) => string): string {
  return `p50 ${f(p.p50)}, p90 ${f(p.p90)} (${p.count})`;
}

/** Mermaid text: a label in double quotes, with the quotes it may hold removed. */
function mq(s: string): string {
  return `"${s.replace(/["\n]/g, '')}"`;
}

function engineTable(title: string, rows: readonly EngineRow[]): string[] {
  if (rows.length === 0) return [];
  return [
    `### ${title}`,
    '',
    '| | issues | ready | success | stage runs | cost | per issue |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) =>
      tableRow([
        codeSpan(r.name),
        r.units,
        r.ready,
        rate(r.successRate),
        r.stages,
        `${usd(r.costUsd)}${r.unknownCostStages > 0 ? ` (+${r.unknownCostStages} unknown)` : ''}`,
        usd(r.costPerUnitUsd),
      ]),
    ),
    '',
  ];
}

/** The digest as GitHub Markdown: a job summary, an issue or a discussion post. */
export function renderDigestMarkdown(a: Analytics): string {
  const out: string[] = [
    `## LailaTov digest: ${periodLabel(a)}`,
    '',
    `- **Issues handled:** ${a.units} (${a.records} run(s), ${a.prs} PR(s))`,
    `- **Resolve rate:** ${rate(a.resolveRate)} (${a.unitsByOutcome.ready ?? 0} ready)`,
    `- **Cost per PR:** ${pcts(a.cost.perPr, usd)}${a.cost.prsWithUnknownCost > 0 ? `; ${a.cost.prsWithUnknownCost} PR(s) of unknown cost` : ''}`,
    `- **Total cost:** ${usd(a.cost.knownUsd)}${a.cost.unknownRecords > 0 ? ` (+${a.cost.unknownRecords} run(s) of unknown cost)` : ''}`,
    `- **Time to ready:** ${pcts(a.timeToReadyMs, duration)}`,
    `- **Escalations:** ${a.escalations.length}`,
    '',
  ];
  const outcomes = Object.entries(a.unitsByOutcome);
  if (outcomes.length > 0) {
    out.push(
      '### Outcomes',
      '',
      '```mermaid',
      'pie showData title Issues by final outcome',
      ...outcomes.map(([k, n]) => `    ${mq(k)} : ${n}`),
      '```',
      '',
      '| outcome | issues | runs |',
      '|---|---:|---:|',
      ...outcomes.map(([k, n]) => tableRow([k, n, a.byOutcome[k] ?? 0])),
      '',
    );
  }
  if (a.weeks.length > 1) {
    out.push(
      '### By week',
      '',
      '```mermaid',
      'xychart-beta',
      '    title "Runs and cost by week"',
      `    x-axis [${a.weeks.map((w) => mq(w.start.slice(5))).join(', ')}]`,
      `    y-axis "Runs"`,
      `    bar [${a.weeks.map((w) => w.records).join(', ')}]`,
      '```',
      '',
    );
  }
  if (a.tiers.length > 0) {
    out.push(
      '### By risk tier',
      '',
      '| tier | issues | ready | escalated | resolve rate |',
      '|---|---:|---:|---:|---:|',
      ...a.tiers.map((t) => tableRow([t.tier, t.units, t.ready, t.escalated, rate(t.resolveRate)])),
      '',
    );
  }
  if (a.escalations.length > 0) {
    out.push('### Escalations', '');
    for (const e of a.escalations.slice(0, MAX_ESCALATIONS)) {
      const label = e.pr !== null ? `PR #${e.pr}` : e.issue !== null ? `#${e.issue}` : e.key;
      const repo = a.byRepo.length > 1 && e.repo !== null ? `${e.repo} ` : '';
      out.push(
        `- ${repo}${e.url === null ? label : `[${label}](${e.url})`}: ${e.outcome}${e.riskTier === null ? '' : ` (${e.riskTier})`}, ${day(e.timestamp)}`,
      );
    }
    if (a.escalations.length > MAX_ESCALATIONS)
      out.push(`- and ${a.escalations.length - MAX_ESCALATIONS} more`);
    out.push('');
  }
  if (a.topFindings.length > 0) {
    out.push(
      '### Top findings',
      '',
      '| rule | severity | PRs | findings | open |',
      '|---|---|---:|---:|---:|',
      ...a.topFindings.map((f) =>
        tableRow([codeSpan(f.rule), f.severity, f.units, f.count, f.open]),
      ),
      '',
    );
  }
  out.push(...engineTable('Engines', a.engines), ...engineTable('Models', a.models));
  return `${out.join('\n').trimEnd()}\n`;
}

/** Slack Block Kit limits we stay within (api.slack.com/reference/block-kit). */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
} as const;

function cap(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function engineLines(rows: readonly EngineRow[]): string {
  return rows
    .slice(0, 10)
    .map(
      (r) =>
        `• \`${escapeMrkdwn(r.name)}\`: ${r.ready}/${r.units} ready (${rate(r.successRate)}), ${usd(r.costPerUnitUsd)} per issue`,
    )
    .join('\n');
}

/** The digest as a Slack incoming-webhook payload (Block Kit). */
export function renderDigestSlack(a: Analytics): { text: string; blocks: unknown[] } {
  const title = `LailaTov digest: ${periodLabel(a)}`;
  const field = (label: string, value: string) => ({
    type: 'mrkdwn',
    text: cap(`*${label}*\n${value}`, SLACK_LIMITS.fieldText),
  });
  const section = (text: string) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: cap(text, SLACK_LIMITS.sectionText) },
  });
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: cap(title, SLACK_LIMITS.headerText) } },
    {
      type: 'section',
      fields: [
        field('Issues handled', `${a.units} (${a.records} runs)`),
        field('Resolve rate', rate(a.resolveRate)),
        field('Cost per PR', `p50 ${usd(a.cost.perPr.p50)} · p90 ${usd(a.cost.perPr.p90)}`),
        field('Total cost', usd(a.cost.knownUsd)),
        field(
          'Time to ready',
          `p50 ${duration(a.timeToReadyMs.p50)} · p90 ${duration(a.timeToReadyMs.p90)}`,
        ),
        field('Escalations', String(a.escalations.length)),
      ],
    },
  ];
  const outcomes = Object.entries(a.unitsByOutcome);
  if (outcomes.length > 0)
    blocks.push(
      section(`*Outcomes*\n${outcomes.map(([k, n]) => `• ${escapeMrkdwn(k)}: ${n}`).join('\n')}`),
    );
  if (a.escalations.length > 0) {
    const lines = a.escalations.slice(0, MAX_ESCALATIONS).map((e) => {
      const label = e.pr !== null ? `PR #${e.pr}` : e.issue !== null ? `#${e.issue}` : e.key;
      return `• ${e.url === null ? escapeMrkdwn(label) : `<${e.url}|${escapeMrkdwn(label)}>`}: ${e.outcome}`;
    });
    if (a.escalations.length > MAX_ESCALATIONS)
      lines.push(`• and ${a.escalations.length - MAX_ESCALATIONS} more`);
    blocks.push(section(`*Escalations*\n${lines.join('\n')}`));
  }
  if (a.topFindings.length > 0)
    blocks.push(
      section(
        `*Top findings*\n${a.topFindings.map((f) => `• \`${escapeMrkdwn(f.rule)}\` (${f.severity}): ${f.units} PRs`).join('\n')}`,
      ),
    );
  if (a.engines.length > 0) blocks.push(section(`*Engines*\n${engineLines(a.engines)}`));
  if (a.models.length > 0) blocks.push(section(`*Models*\n${engineLines(a.models)}`));
  return { text: title, blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}

/** The digest as one JSON-ready object: the figures, without the per-issue rows and days. */
export function digestJson(a: Analytics): Omit<Analytics, 'rows' | 'days'> {
  const { rows: _rows, days: _days, ...rest } = a;
  return rest;
}
