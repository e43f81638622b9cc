import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { treeChangesSince, headSha } from '../tree-changes.js';
import { runCommand } from '../process.js';
import { INFRA_PREFIX } from '../infra.js';
import { sandboxEnv } from '../sandbox-env.js';
import { jailFor, type Sandbox, type TreeJail } from '../sandbox/index.js';
import { realRoot, resolveForWrite, ToolError, WRITE_NOFOLLOW } from '../tree-paths.js';
import type { Engine, EngineResult, EngineTask, Pricer } from '../types.js';
import {
  loadReplayScript,
  parseReplayScript,
  type ReplayScript,
  type ReplayStep,
} from './script.js';

export interface ReplayOptions {
  /** The script itself (validated), or the path of a JSON file holding it. */
  readonly script?: unknown;
  readonly scriptPath?: string;
  readonly parentEnv?: Readonly<Record<string, string | undefined>>;
  readonly pricer?: Pricer;
  readonly killGraceMs?: number;
  /** Where bash steps run (default: the strict bwrap sandbox). */
  readonly sandbox?: Sandbox;
}

interface StepLog {
  readonly step: number;
  readonly action: string;
  readonly note: string;
}

class StepFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StepFailure';
    Object.setPrototypeOf(this, StepFailure.prototype);
  }
}

/**
 * Plays a script of tool actions against the working tree: the deterministic engine behind tests
 * and the offline demo. Shell steps get the same scrubbed environment as any agent.
 */
interface StepContext {
  readonly cwd: string;
  readonly env: Record<string, string>;
  readonly jail: TreeJail;
  readonly tree: { readonly root: string; readonly protectedPaths: readonly string[] };
}

/**
 * A replayed write lands where a native tool's would, or nowhere: never through a symlink,
 * outside the tree or on a protected path. A refusal is the step's note, as it is a tool error
 * for a model, and the run goes on.
 */
async function writable(
  tree: StepContext['tree'],
  rel: string,
): Promise<string | { refused: string }> {
  try {
    return (await resolveForWrite(tree.root, rel, tree.protectedPaths)).abs;
  } catch (e) {
    if (e instanceof ToolError) return { refused: `refused: ${e.message}` };
    throw e;
  }
}

export function createReplayEngine(options: ReplayOptions): Engine {
  if ((options.script === undefined) === (options.scriptPath === undefined)) {
    throw new TypeError('createReplayEngine: give exactly one of script or scriptPath');
  }
  // Validate an inline script up front: a bad script is a user error before any run.
  const inline = options.script !== undefined ? parseReplayScript(options.script) : undefined;
  const name = 'replay';

  async function play(
    script: ReplayScript,
    task: EngineTask,
    signal: AbortSignal | undefined,
    deadline: number,
  ): Promise<{ finalMessage: string; log: StepLog[] }> {
    const env = sandboxEnv(options.parentEnv ?? process.env, task.env);
    const jail = await jailFor(options.sandbox, task.cwd, task.protectedPaths);
    const tree = { root: await realRoot(task.cwd), protectedPaths: task.protectedPaths };
    const log: StepLog[] = [];
    let finalMessage = '';
    for (const [i, s] of script.steps.entries()) {
      if (signal?.aborted) throw new StepFailure('cancelled');
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new StepFailure(`timeout before steps[${i}]`);
      log.push({
        step: i,
        action: s.action,
        note: await runStep(s, i, { cwd: task.cwd, env, jail, tree }, remaining, signal),
      });
      if (s.action === 'finish') finalMessage = s.message;
    }
    return { finalMessage, log };
  }

  async function runStep(
    s: ReplayStep,
    i: number,
    { cwd, env, jail, tree }: StepContext,
    timeoutMs: number,
    signal: AbortSignal | undefined,
  ): Promise<string> {
    switch (s.action) {
      case 'write': {
        const file = await writable(tree, s.path);
        if (typeof file !== 'string') return file.refused;
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, s.content, { flag: WRITE_NOFOLLOW });
        return `wrote ${s.path}`;
      }
      case 'edit': {
        const file = await writable(tree, s.path);
        if (typeof file !== 'string') return file.refused;
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch {
          throw new StepFailure(`steps[${i}] (edit ${s.path}): the file does not exist`);
        }
        const at = text.indexOf(s.old);
        if (at < 0)
          throw new StepFailure(`steps[${i}] (edit ${s.path}): the old text was not found`);
        if (text.indexOf(s.old, at + 1) >= 0) {
          throw new StepFailure(`steps[${i}] (edit ${s.path}): the old text occurs more than once`);
        }
        await writeFile(file, text.slice(0, at) + s.new + text.slice(at + s.old.length), {
          flag: WRITE_NOFOLLOW,
        });
        return `edited ${s.path}`;
      }
      case 'bash': {
        const [file, args] = s.argv
          ? [s.argv[0] as string, s.argv.slice(1)]
          : ['bash', ['-c', s.command ?? '']];
        const r = await runCommand(file, args, {
          cwd,
          env,
          confine: { jail },
          timeoutMs,
          ...(signal ? { signal } : {}),
          ...(options.killGraceMs !== undefined ? { killGraceMs: options.killGraceMs } : {}),
        });
        if (r.aborted) throw new StepFailure('cancelled');
        if (r.timedOut) throw new StepFailure(`timeout in steps[${i}]`);
        // Like an agent, a failing command is information, not the end of the run.
        return `exit ${r.exitCode ?? r.signal ?? r.spawnError}`;
      }
      case 'finish':
        return 'finish';
    }
  }

  return {
    name,
    async run(task, signal): Promise<EngineResult> {
      const started = Date.now();
      const script = inline ?? (await loadReplayScript(options.scriptPath as string));
      const gitEnv = sandboxEnv(options.parentEnv ?? process.env);
      const base = await headSha(task.cwd, gitEnv);
      let played: { finalMessage: string; log: StepLog[] } | undefined;
      let failure: string | undefined;
      try {
        played = await play(script, task, signal, started + task.timeoutMs);
      } catch (e) {
        if (!(e instanceof StepFailure)) throw e;
        failure = e.message;
      }
      const files = await treeChangesSince(task.cwd, base, gitEnv);
      const tokens = script.tokens;
      const costUsd = script.costUsd ?? options.pricer?.(task.model, tokens) ?? null;
      const common = {
        finalMessage: played?.finalMessage ?? '',
        changedFiles: files,
        turns: script.turns ?? script.steps.length,
        durationMs: Date.now() - started,
        tokens,
        costUsd,
        engine: name,
        model: task.model,
        provider: 'replay',
        transcriptPath: null,
      };
      if (failure !== undefined) {
        // A step that ran out of wall clock is infrastructure, so a fallback chain may move on.
        if (failure.startsWith('timeout')) {
          return { ...common, outcome: 'timeout', detail: `${INFRA_PREFIX}${failure}` };
        }
        return { ...common, outcome: 'error', detail: failure };
      }
      if (script.outcome) {
        return {
          ...common,
          outcome: script.outcome,
          ...(script.detail ? { detail: script.detail } : {}),
        };
      }
      if (task.budgetUsd !== undefined && costUsd !== null && costUsd > task.budgetUsd) {
        return {
          ...common,
          outcome: 'budget_exceeded',
          detail: `cost $${costUsd} is over the $${task.budgetUsd} budget`,
        };
      }
      if (common.turns > task.maxTurns) {
        return {
          ...common,
          outcome: 'max_turns',
          detail: `${common.turns} turns over the cap of ${task.maxTurns}`,
        };
      }
      return { ...common, outcome: files.length > 0 ? 'completed' : 'no_changes' };
    },
  };
}

export { parseReplayScript, loadReplayScript, type ReplayScript } from './script.js';
