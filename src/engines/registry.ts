import { UserError } from '../core/errors.js';
import { createAiderEngine } from './aider/index.js';
import { createClaudeCodeEngine } from './claude-code/index.js';
import { createCodexEngine } from './codex/index.js';
import { createGeminiEngine } from './gemini/index.js';
import type { CliEngineOptions } from './proxy/cli-session.js';
import { createReplayEngine, type ReplayOptions } from './replay/index.js';
import type { Engine } from './types.js';

export const ENGINE_NAMES = [
  'anthropic',
  'claude-code',
  'codex',
  'aider',
  'gemini',
  'replay',
] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface EngineOptionsByName {
  'claude-code': CliEngineOptions;
  codex: CliEngineOptions;
  aider: CliEngineOptions;
  gemini: CliEngineOptions;
  replay: ReplayOptions;
  /** Passed as is to `./anthropic/index.js` (built on the engine-sdk branch). */
  anthropic: Record<string, unknown>;
}

export function isEngineName(name: string): name is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(name);
}

/** The anthropic SDK engine lives in its own module, loaded only when asked for. */
async function loadAnthropic(options: Record<string, unknown>): Promise<Engine> {
  // A variable specifier keeps this branch compiling and bundling without the module.
  const specifier = './anthropic/index.js';
  let mod: Record<string, unknown>;
  try {
    mod = (await import(specifier)) as Record<string, unknown>;
  } catch (e) {
    throw new UserError(
      `engine "anthropic" is not available in this build (${(e as Error).message}). Use another engine.`,
    );
  }
  // TODO(lead): confirm the factory name exported by src/engines/anthropic/index.ts.
  const factory = mod.createAnthropicEngine;
  if (typeof factory !== 'function') {
    throw new UserError(
      'engine "anthropic": ./anthropic/index.js exports no createAnthropicEngine',
    );
  }
  return (factory as (o: Record<string, unknown>) => Engine | Promise<Engine>)(options);
}

/** Creates an engine by its configured name; an unknown name is a user error, never a no-op. */
export async function createEngine<N extends EngineName>(
  name: N,
  options: EngineOptionsByName[N],
): Promise<Engine>;
export async function createEngine(name: string, options: unknown): Promise<Engine>;
export async function createEngine(name: string, options: unknown): Promise<Engine> {
  const o = (options ?? {}) as never;
  switch (name) {
    case 'claude-code':
      return createClaudeCodeEngine(o);
    case 'codex':
      return createCodexEngine(o);
    case 'aider':
      return createAiderEngine(o);
    case 'gemini':
      return createGeminiEngine(o);
    case 'replay':
      return createReplayEngine(o);
    case 'anthropic':
      return loadAnthropic(o);
    default:
      throw new UserError(`unknown engine "${name}". Use one of: ${ENGINE_NAMES.join(', ')}.`);
  }
}
