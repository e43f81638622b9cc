// A scripted Engine double: answers each run with the next scripted result (or a promise of
// one), records the tasks it got, and throws when run more often than scripted.
import type {
  Engine,
  EngineOutcome,
  EngineResult,
  EngineTask,
} from '../../../src/engines/types.js';

export function result(engine: string, outcome: EngineOutcome, detail?: string): EngineResult {
  return {
    outcome,
    finalMessage: `${engine}: ${outcome}`,
    changedFiles: outcome === 'completed' ? ['a.txt'] : [],
    turns: 1,
    durationMs: 1,
    tokens: { input: 10, output: 5, cacheRead: 0, cacheWrite: 0 },
    costUsd: 0.001,
    engine,
    model: 'm',
    provider: engine,
    transcriptPath: null,
    ...(detail !== undefined ? { detail } : {}),
  };
}

export interface ScriptedEngine extends Engine {
  readonly tasks: EngineTask[];
}

export function scriptedEngine(
  name: string,
  script: Array<EngineResult | Promise<EngineResult>>,
): ScriptedEngine {
  const tasks: EngineTask[] = [];
  return {
    name,
    tasks,
    run(task) {
      tasks.push(task);
      const next = script.shift();
      if (next === undefined) throw new Error(`${name}: run ${tasks.length} was not scripted`);
      return Promise.resolve(next);
    },
  };
}
