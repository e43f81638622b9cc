// One tool call of the anthropic engine's loop: input validated against the tool's schema, the
// PreToolUse/PostToolUse hooks around it, and the output fenced as data for the model.
import type {
  ToolResultBlockParam,
  ToolUseBlock,
} from '@anthropic-ai/sdk/resources/messages/messages';
import { fenceUntrusted } from '../../core/sanitize/index.js';
import type { HookContext, HookSettings } from '../hooks/index.js';
import { runToolHooks } from '../hooks/index.js';
import type { AgentTool, ToolContext, ToolOutput } from './tools/index.js';
import { ToolError } from './tools/index.js';
import { type Transcript, clip } from './transcript.js';

/** What a tool call reads from the run: the tools, their context, the hooks and the log. */
export interface ToolCallState {
  readonly transcript: Transcript;
  readonly tools: readonly AgentTool[];
  readonly toolCtx: ToolContext;
  readonly hooks: HookSettings;
  readonly hookCtx: HookContext;
  readonly warnings: string[];
}

/** The tool input as Claude Code would show it to a hook: file paths absolute. */
function hookInput(input: Record<string, unknown>, root: string): Record<string, unknown> {
  const out = { ...input };
  if (typeof out.file_path === 'string' && !out.file_path.startsWith('/')) {
    out.file_path = `${root}/${out.file_path}`;
  }
  return out;
}

/** Runs one tool call; every failure becomes an `is_error` result the model reads. */
export async function callTool(s: ToolCallState, use: ToolUseBlock): Promise<ToolResultBlockParam> {
  const out = await toolOutput(s, use);
  await s.transcript.append({
    type: 'tool',
    name: use.name,
    is_error: out.isError,
    output: clip(out.content, 2000),
  });
  // File contents and command output are whatever the tree holds: data in the one fence.
  return {
    type: 'tool_result',
    tool_use_id: use.id,
    content: fenceUntrusted(out.content, { label: `${use.name} result` }),
    is_error: out.isError,
  };
}

async function toolOutput(s: ToolCallState, use: ToolUseBlock): Promise<ToolOutput> {
  const tool = s.tools.find((t) => t.name === use.name);
  if (!tool) {
    return {
      content: `unknown tool ${use.name}: use one of ${s.tools.map((t) => t.name).join(', ')}`,
      isError: true,
    };
  }
  const parsed = tool.input.safeParse(use.input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`);
    return { content: `invalid input for ${tool.name}: ${issues.join('; ')}`, isError: true };
  }
  const call = {
    toolName: tool.claudeName,
    toolInput: hookInput(parsed.data, s.toolCtx.root),
    toolUseId: use.id,
  };
  if (s.hooks.events.PreToolUse.length > 0) {
    const pre = await runToolHooks(s.hooks, 'PreToolUse', call, s.hookCtx);
    s.warnings.push(...pre.errors);
    if (pre.block) {
      await s.transcript.append({ type: 'hook', event: 'PreToolUse', reason: clip(pre.reason) });
      return { content: `Blocked by a PreToolUse hook: ${pre.reason}`, isError: true };
    }
  }
  let out: ToolOutput;
  try {
    out = await tool.run(parsed.data, s.toolCtx);
  } catch (e) {
    const msg = e instanceof ToolError ? e.message : `${tool.name} failed: ${(e as Error).message}`;
    out = { content: msg, isError: true };
  }
  if (s.hooks.events.PostToolUse.length > 0) {
    const post = await runToolHooks(
      s.hooks,
      'PostToolUse',
      { ...call, toolResponse: { output: out.content, is_error: out.isError } },
      s.hookCtx,
    );
    s.warnings.push(...post.errors);
    if (post.block) {
      out = {
        content: `${out.content}\n\nPostToolUse hook feedback: ${post.reason}`,
        isError: out.isError,
      };
    }
  }
  return out;
}
