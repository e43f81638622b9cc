import type { StageLink, StageRecord } from '../core/outcomes/index.js';
import { totalTokens } from '../core/usage.js';
import { SANDBOX_OFF_WARNING } from '../engines/sandbox/off.js';
import type { SandboxMode } from '../engines/sandbox/types.js';
import { describeFinding } from '../core/findings.js';
import { totalsOf } from './ledger.js';
import { neutralizeMarkers, renderStateMarker, type PipelineState } from './state.js';

export interface PrBodyInput {
  readonly state: PipelineState;
  readonly summary: string;
  readonly status: string;
  readonly tests: string | null;
  readonly extra?: string;
  /** `off` puts a warning at the top: the agent ran without the OS sandbox. */
  readonly sandbox?: SandboxMode;
}

function usd(v: number | null): string {
  return v === null ? 'unknown' : `$${v.toFixed(4)}`;
}

/** A table row; a cell ends at `|`, so none in a cell's text (a model id, an outcome) splits it. */
function row(cells: readonly (string | number)[]): string {
  return `| ${cells.map((c) => String(c).replace(/\|/g, '\\|').replace(/\s+/g, ' ')).join(' | ')} |`;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;

/** A chain link's sub-row under its stage: its own engine, model, cost, tokens and outcome. */
function linkRow(l: StageLink, index: number): string {
  return row([
    `↳ link ${index + 1}`,
    l.engine,
    `\`${l.model}\``,
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
    row([
      s.stage,
      s.engine,
      `\`${s.model}\``,
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

/** The draft PR body: summary, `Closes #n`, plan, findings, cost table and the hidden state. */
export function renderPrBody(input: PrBodyInput): string {
  const { state } = input;
  const open = state.findings.filter((f) => f.status === 'open');
  const parts = [
    ...(input.sandbox === 'off' ? [`> [!WARNING]\n> ${SANDBOX_OFF_WARNING}`] : []),
    `## Summary\n\n${input.summary.trim() || '(the agent gave no summary)'}`,
    // Issue 0: a branch reviewed or fixed locally with no issue (`lailatov review --head B`).
    ...(state.issue > 0 ? [`Closes #${state.issue}`] : []),
    `**Status:** ${input.status} · **Remediation rounds:** ${state.round}`,
  ];
  if (state.acceptanceCriteria.length > 0)
    parts.push(
      `## Acceptance criteria\n\n${state.acceptanceCriteria.map((c) => `- ${c}`).join('\n')}`,
    );
  if (state.plan) parts.push(`## Plan\n\n${state.plan}`);
  if (input.tests) parts.push(`## Tests\n\n${input.tests}`);
  if (state.findings.length > 0)
    parts.push(
      `## Review findings (${open.length} open)\n\n${state.findings
        .map(
          (f) =>
            `- ${f.status === 'open' ? '⬜' : '✅'} ${describeFinding(f)} \`${f.fingerprint}\``,
        )
        .join('\n')}`,
    );
  if (input.extra) parts.push(input.extra);
  parts.push(`## Cost\n\n${costTable(state.stages)}`);
  return `${neutralizeMarkers(parts.join('\n\n'))}\n\n${renderStateMarker(state)}\n`;
}
