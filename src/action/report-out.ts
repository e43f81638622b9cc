// The step's outputs and job summary: every run says what it did, including "nothing".
import type { SandboxReport } from '../engines/sandbox/types.js';
import * as core from '@actions/core';
import { renderStageSummary } from '../forge/github/summary.js';
import type { StageReport } from './context.js';

/** Output names (action.yml, rendered from src/action/interface.ts). */
export const OUTPUT = {
  stage: 'stage',
  outcome: 'outcome',
  issue: 'issue-number',
  pr: 'pr-number',
  prUrl: 'pr-url',
  branch: 'branch',
  riskTier: 'risk-tier',
  findings: 'findings',
  round: 'round',
  cost: 'cost-usd',
  correlationId: 'correlation-id',
} as const;

/** A run that started nothing: `ignored` (not for us, or refused) or `stale` (the PR moved on). */
export async function writeIgnored(
  stage: string,
  reason: string,
  outcome: 'ignored' | 'stale' = 'ignored',
): Promise<void> {
  core.setOutput(OUTPUT.stage, stage);
  core.setOutput(OUTPUT.outcome, outcome);
  core.info(`LailaTov ${stage}: ${reason}`);
  await core.summary.addRaw(`## LailaTov ${stage}: nothing to do\n\n${reason}\n`).write();
}

export async function writeReport(
  stage: string,
  r: StageReport,
  runUrl: string,
  sandbox?: SandboxReport,
): Promise<void> {
  const out: Record<string, string> = {
    [OUTPUT.stage]: stage,
    [OUTPUT.outcome]: r.outcome,
    [OUTPUT.issue]: r.issue === null ? '' : String(r.issue),
    [OUTPUT.pr]: r.pr === null ? '' : String(r.pr),
    [OUTPUT.prUrl]: r.prUrl ?? '',
    [OUTPUT.branch]: r.branch ?? '',
    [OUTPUT.riskTier]: r.riskTier ?? '',
    [OUTPUT.findings]: String(r.findings),
    [OUTPUT.round]: String(r.round),
    [OUTPUT.cost]: r.runCostUsd === null ? 'unknown' : r.runCostUsd.toFixed(6),
    [OUTPUT.correlationId]: r.correlationId ?? '',
  };
  for (const [k, v] of Object.entries(out)) core.setOutput(k, v);
  await core.summary
    .addRaw(
      renderStageSummary({
        action: stage,
        outcome: r.outcome,
        why: r.why,
        issue: r.issue,
        prUrl: r.prUrl,
        runUrl,
        stages: r.stages,
        details: r.details,
        ...(sandbox && { sandbox }),
      }),
    )
    .addEOL()
    .write();
}
