import type { z } from 'zod';
import type { TreeJail } from '../../sandbox/types.js';

/** What a tool may touch during one run. */
export interface ToolContext {
  /** Realpath of the working tree. */
  readonly root: string;
  readonly protectedPaths: readonly string[];
  /** Environment for commands the agent runs: the sandbox allowlist, never secrets. */
  readonly commandEnv: Readonly<Record<string, string>>;
  /** Every command a tool starts runs in this sandbox. */
  readonly jail: TreeJail;
  readonly signal?: AbortSignal;
}

export interface ToolOutput {
  readonly content: string;
  readonly isError: boolean;
}

/**
 * One agent tool. Input field names follow Claude Code's (file_path, old_string, command, ...),
 * so hooks written for Claude Code read them unchanged.
 */
export interface AgentTool<I extends Record<string, unknown> = Record<string, unknown>> {
  /** Name in Claude Code's vocabulary, used by allowedTools and by hook matchers. */
  readonly claudeName: string;
  /** Name the model sees. */
  readonly name: string;
  readonly description: string;
  readonly input: z.ZodType<I>;
  run(input: I, ctx: ToolContext): Promise<ToolOutput>;
}

export function ok(content: string): ToolOutput {
  return { content, isError: false };
}

/** Builds a tool with its input type inferred from the schema. */
export function defineTool<I extends Record<string, unknown>>(tool: AgentTool<I>): AgentTool {
  return tool as unknown as AgentTool;
}
