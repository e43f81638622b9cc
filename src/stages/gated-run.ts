import { describeViolation, type TreeViolation } from '../core/protected/tree-gate.js';
import type { Engine, EngineResult, EngineTask } from '../engines/types.js';
import type { StageDeps } from './deps.js';
import { track, type TrackedFinding } from '../core/findings.js';

export interface GatedRun {
  readonly run: EngineResult;
  /** What the tree gate undid after the run, as blocking findings for the PR. */
  readonly findings: readonly TrackedFinding[];
}

/** One blocking finding per violation; the same violation in a later round is the same finding. */
export function treeGateFindings(
  violations: readonly TreeViolation[],
  round: number,
): TrackedFinding[] {
  return violations.map((v) =>
    track(
      {
        severity: 'blocking',
        path: v.path,
        startLine: null,
        endLine: null,
        rule: v.rule,
        message: describeViolation(v),
        suggestion: null,
      },
      round,
    ),
  );
}

/**
 * Every engine run of a stage goes through here: the tree is recorded before the run and, after
 * it (also when the engine throws), the gate reverts what no engine may change. Whatever the
 * engine did, the tree that is committed next has no change to a protected path.
 */
export async function runGated(
  deps: Pick<StageDeps, 'treeGate' | 'progress'>,
  stage: string,
  engine: Engine,
  task: EngineTask,
  round: number,
): Promise<GatedRun> {
  const snapshot = await deps.treeGate.snapshot(task.cwd, task.protectedPaths);
  let run: EngineResult;
  try {
    run = await engine.run(task);
  } catch (e) {
    await deps.treeGate.enforce(snapshot);
    throw e;
  }
  const findings = treeGateFindings(await deps.treeGate.enforce(snapshot), round);
  for (const f of findings)
    deps.progress({ kind: 'note', stage, message: `tree gate: ${f.message}` });
  return { run, findings };
}

/** Adds findings not already tracked (same fingerprint) to the state's list. */
export function withFindings(
  known: readonly TrackedFinding[],
  fresh: readonly TrackedFinding[],
): TrackedFinding[] {
  const prints = new Set(known.map((f) => f.fingerprint));
  return [...known, ...fresh.filter((f) => !prints.has(f.fingerprint))];
}
