import { costTable } from '../core/cost/cost-table.js';
import { SANDBOX_OFF_WARNING } from '../engines/sandbox/off.js';
import type { SandboxMode } from '../engines/sandbox/types.js';
import { describeFinding } from '../core/findings.js';
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
