// What people read: the sticky progress comment on the issue and the job summary of each stage.
// Pure rendering; the action layer decides when to publish.
import type { StageRecord } from '../../core/outcomes/index.js';
import type { SandboxReport } from '../../engines/sandbox/types.js';
import { costTable, usd } from '../../core/cost/cost-table.js';
import { totalsOf } from '../../core/outcomes/view.js';

export const PIPELINE_STEPS = ['triage', 'write', 'review', 'remediate', 'ready'] as const;
export type PipelineStep = (typeof PIPELINE_STEPS)[number];

export interface ProgressView {
  readonly issue: number;
  /** The step running now or that ran last. */
  readonly step: PipelineStep;
  /** Terminal outcome, or null while the pipeline goes on. */
  readonly outcome: string | null;
  readonly note: string;
  readonly round: number;
  readonly stages: readonly StageRecord[];
  readonly runUrl: string;
  readonly prUrl: string | null;
}

function box(step: PipelineStep, view: ProgressView): string {
  const at = PIPELINE_STEPS.indexOf(view.step);
  const me = PIPELINE_STEPS.indexOf(step);
  if (me < at || (me === at && view.outcome === 'ready')) return '- [x]';
  if (me === at) return view.outcome === null ? '- [ ] ⏳' : '- [ ] ⛔';
  return '- [ ]';
}

/** The sticky comment: a stage checklist, links, and the cost so far. */
export function renderProgress(view: ProgressView): string {
  const label: Record<PipelineStep, string> = {
    triage: 'Triage',
    write: 'Write the change and open a draft PR',
    review: `Review${view.round > 0 ? ` (round ${view.round})` : ''}`,
    remediate: `Fix review findings${view.round > 0 ? ` (round ${view.round})` : ''}`,
    ready: 'Ready for a human review',
  };
  const lines = [
    `### 🌙 LailaTov is working on #${view.issue}`,
    '',
    ...PIPELINE_STEPS.map((s) => `${box(s, view)} ${label[s]}`),
    '',
    view.outcome === null ? `**Now:** ${view.note}` : `**Outcome: ${view.outcome}.** ${view.note}`,
    '',
    `**Cost so far:** ${usd(totalsOf(view.stages).costUsd)} · [workflow run](${view.runUrl})${view.prUrl ? ` · [pull request](${view.prUrl})` : ''}`,
  ];
  return lines.join('\n');
}

export interface StageSummaryInput {
  readonly action: string;
  readonly outcome: string;
  readonly why: string;
  readonly issue: number | null;
  readonly prUrl: string | null;
  readonly runUrl: string;
  readonly stages: readonly StageRecord[];
  readonly details?: readonly string[];
  /** The boundary the agent had; `off` is a warning at the top. */
  readonly sandbox?: SandboxReport;
}

/** The sandbox section: loud when there was none, and the hosts it refused either way. */
function sandboxSection(r: SandboxReport): string[] {
  const refused = r.egress.filter((e) => !e.allowed);
  return [
    r.mode === 'off' ? `> [!WARNING]\n> ${r.summary}` : `**Sandbox:** ${r.summary}`,
    ...(refused.length > 0
      ? [
          `Refused egress (add a host to \`sandbox.network.allow\` if the tests need it): ${refused
            .map((e) => `\`${e.host}:${e.port}\``)
            .join(', ')}`,
        ]
      : []),
  ];
}

/** The job summary of one stage run: what happened, why, the cost table and links. */
export function renderStageSummary(s: StageSummaryInput): string {
  const links = [
    s.issue !== null ? `issue #${s.issue}` : null,
    s.prUrl ? `[pull request](${s.prUrl})` : null,
    `[run](${s.runUrl})`,
  ].filter((x): x is string => x !== null);
  return [
    `## LailaTov ${s.action}: ${s.outcome}`,
    s.why,
    ...(s.sandbox ? sandboxSection(s.sandbox) : []),
    ...(s.details ?? []),
    links.join(' · '),
    ...(s.stages.length > 0 ? ['### Cost', costTable(s.stages)] : []),
  ].join('\n\n');
}
