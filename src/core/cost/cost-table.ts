// The per-stage cost table people read in the PR body and in each stage's job summary.
import type { StageLink, StageRecord } from '../outcomes/schema.js';
import { totalsOf } from '../outcomes/view.js';
import { codeSpan, tableRow } from '../markdown-table.js';
import { totalTokens } from '../usage.js';

/** A cost as the tables show it: 4 decimals, and "unknown" (never $0) when it could not be priced. */
export function usd(v: number | null): string {
  return v === null ? 'unknown' : `$${v.toFixed(4)}`;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;

/** A chain link's sub-row under its stage: its own engine, model, cost, tokens and outcome. */
function linkRow(l: StageLink, index: number): string {
  return tableRow([
    `↳ link ${index + 1}`,
    l.engine,
    codeSpan(l.model),
    usd(l.costUsd),
    totalTokens(l.tokens),
    l.turns,
    seconds(l.durationMs),
    l.outcome,
  ]);
}

/**
 * The per-stage cost table, with a total row. An unknown price shows as "unknown", never $0.
 * A stage that ran an engine chain has one sub-row per link (the stage's row is their sum).
 */
export function costTable(stages: readonly StageRecord[]): string {
  const rows = stages.flatMap((s) => [
    tableRow([
      s.stage,
      s.engine,
      codeSpan(s.model),
      usd(s.costUsd),
      totalTokens(s.tokens),
      s.turns,
      seconds(s.durationMs),
      s.outcome,
    ]),
    ...(s.links ?? []).map(linkRow),
  ]);
  const t = totalsOf(stages);
  return [
    '| Stage | Engine | Model | Cost | Tokens | Turns | Duration | Outcome |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    `| **Total** | | | **${usd(t.costUsd)}** | ${totalTokens(t.tokens)} | ${t.turns} | ${seconds(t.durationMs)} | |`,
  ].join('\n');
}
