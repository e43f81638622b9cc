import { parseConfig } from '../../src/config/index.js';
import { lazySandbox } from '../../src/engines/sandbox/index.js';
import type { StageDeps } from '../../src/stages/deps.js';
import type {
  Forge,
  Model,
  Notifier,
  ModelRequest,
  ModelResponse,
  Workspace,
} from '../../src/stages/ports.js';
import { coreRiskGate } from '../../src/stages/risk-gate.js';
import { coreUntrustedText } from '../../src/stages/untrusted-text.js';

/** Records every call; any method not stubbed throws, so a test sees exactly what a stage used. */
export function recording<T extends object>(
  name: string,
  stubs: Partial<T>,
): { port: T; calls: { method: string; args: unknown[] }[] } {
  const calls: { method: string; args: unknown[] }[] = [];
  const port = new Proxy(stubs as T, {
    get(target, prop) {
      if (typeof prop !== 'string' || prop === 'then') return undefined;
      const stub = (target as Record<string, unknown>)[prop];
      return (...args: unknown[]) => {
        calls.push({ method: prop, args });
        if (typeof stub !== 'function')
          throw new Error(`${name}.${prop} was called but not stubbed`);
        return (stub as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
  return { port, calls };
}

/** A Model double answering per tool name from a queue, recording every request. */
export function queueModel(
  answers: Record<string, unknown[]>,
): Model & { requests: ModelRequest<unknown>[] } {
  const requests: ModelRequest<unknown>[] = [];
  return {
    requests,
    async complete<T>(req: ModelRequest<T>): Promise<ModelResponse<T>> {
      requests.push(req as ModelRequest<unknown>);
      const next = answers[req.toolName]?.shift();
      if (next === undefined) throw new Error(`no answer queued for ${req.toolName}`);
      return {
        value: req.schema.parse(next),
        usage: { input: 100, output: 10, cacheRead: 0, cacheWrite: 0 },
        costUsd: 0.001,
        model: 'claude-sonnet-4-6',
        provider: 'test',
        durationMs: 1,
      };
    },
  };
}

export function stageDeps(over: {
  forge: Forge;
  model: Model;
  workspace?: Workspace;
  config?: string;
}): StageDeps {
  return {
    config: parseConfig(over.config ?? ''),
    forge: over.forge,
    model: over.model,
    workspace: over.workspace ?? recording<Workspace>('workspace', {}).port,
    engines: () => Promise.reject(new Error('engines not stubbed')),
    text: coreUntrustedText,
    risk: coreRiskGate,
    treeGate: {
      snapshot: () => Promise.reject(new Error('tree gate not stubbed')),
      enforce: () => Promise.reject(new Error('tree gate not stubbed')),
    },
    notifier: recording<Notifier>('notifier', {}).port,
    clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    logger: { info: () => undefined, warn: () => undefined },
    progress: () => undefined,
    sandbox: lazySandbox({ mode: 'bwrap', env: {} }),
  };
}
