import type { LailatovConfig } from '../config/index.js';
import type { StageLink, StageRecord } from '../core/outcomes/index.js';
import { ModelRefusalError } from '../engines/model/errors.js';
import type { EngineLink, EngineProgress, EngineResult } from '../engines/types.js';
import type { Sandbox } from '../engines/sandbox/types.js';
import type {
  Clock,
  EngineFactory,
  Forge,
  Logger,
  Model,
  ModelResponse,
  Notifier,
  ProgressSink,
  RiskGate,
  TreeGate,
  UntrustedText,
  Workspace,
} from './ports.js';

/** Everything a stage may touch, passed down once and never mutated. */
export interface StageDeps {
  readonly config: LailatovConfig;
  readonly forge: Forge;
  readonly workspace: Workspace;
  readonly model: Model;
  readonly engines: EngineFactory;
  readonly text: UntrustedText;
  readonly risk: RiskGate;
  /** Runs around every engine run (runGated): the boundary for protected paths and symlinks. */
  readonly treeGate: TreeGate;
  readonly notifier: Notifier;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly progress: ProgressSink;
  /** The OS boundary the agent's commands run in; a run without one says so in the PR. */
  readonly sandbox: Pick<Sandbox, 'mode' | 'report'>;
  /**
   * The commit the risk policy, CLAUDE.md and the rules are read at: a PR's base commit. Unset:
   * the base branch's head. Never the head the stage works on.
   */
  readonly settingsRef?: string;
}

export function stageFromModel(
  stage: string,
  r: ModelResponse<unknown>,
  outcome: string,
): StageRecord {
  return {
    stage,
    engine: 'model',
    model: r.model,
    provider: r.provider,
    costUsd: r.costUsd,
    tokens: r.usage,
    turns: 1,
    durationMs: r.durationMs,
    outcome,
  };
}

export function stageFromEngine(stage: string, r: EngineResult): StageRecord {
  return {
    stage,
    engine: r.engine,
    model: r.model,
    provider: r.provider,
    costUsd: r.costUsd,
    tokens: r.tokens,
    turns: r.turns,
    durationMs: r.durationMs,
    outcome: r.outcome,
    ...(r.links !== undefined && { links: r.links.map(stageLink) }),
  };
}

/** A chain link as the record keeps it (a copy: the record never shares the engine's objects). */
function stageLink(l: EngineLink): StageLink {
  return {
    engine: l.engine,
    model: l.model,
    outcome: l.outcome,
    costUsd: l.costUsd,
    tokens: { ...l.tokens },
    turns: l.turns,
    durationMs: l.durationMs,
    ...(l.detail !== undefined && { detail: l.detail }),
  };
}

/** What a failed call reports it spent: the Model port's errors carry their calls' usage. */
export interface SpentBeforeFailing {
  readonly costUsd: number | null;
  readonly usage: StageRecord['tokens'];
}

/**
 * What a failed model call cost, from its error. An error that carries no usage could have
 * spent anything: its cost is unknown (null), never a silent $0.
 */
export function spentBy(e: unknown): SpentBeforeFailing {
  if (typeof e === 'object' && e !== null && 'costUsd' in e && 'usage' in e) {
    const { costUsd, usage } = e as { costUsd: unknown; usage: unknown };
    if ((costUsd === null || typeof costUsd === 'number') && isUsage(usage))
      return { costUsd, usage };
  }
  return { costUsd: null, usage: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 } };
}

function isUsage(u: unknown): u is StageRecord['tokens'] {
  if (typeof u !== 'object' || u === null) return false;
  const r = u as Record<string, unknown>;
  return ['input', 'output', 'cacheRead', 'cacheWrite'].every((k) => typeof r[k] === 'number');
}

/**
 * A structured call that failed, on the record with what it cost: the error's usage, priced
 * (unknown stays null). `spent` absent: nothing was sent (a call refused before it started).
 */
export function failedStage(
  stage: string,
  model: string,
  outcome: string,
  ms: number,
  spent: SpentBeforeFailing = {
    costUsd: 0,
    usage: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
  },
): StageRecord {
  return {
    stage,
    engine: 'model',
    model,
    provider: 'unknown',
    costUsd: spent.costUsd,
    tokens: spent.usage,
    turns: 0,
    durationMs: ms,
    outcome,
  };
}

/** How a failed structured call ends: the model's refusal is `refused`, the rest an outage. */
export function failureOutcome(e: unknown): 'refused' | 'infra_error' {
  return e instanceof ModelRefusalError ? 'refused' : 'infra_error';
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The engine's per-turn callback, forwarded to the progress display as `turn` events. */
export function engineProgress(
  deps: Pick<StageDeps, 'progress'>,
  stage: string,
): (e: EngineProgress) => void {
  return (e) =>
    deps.progress({
      kind: 'turn',
      stage,
      turn: e.turn,
      ...(e.tool !== undefined && { tool: e.tool }),
      ...(e.text !== undefined && { text: e.text }),
    });
}
