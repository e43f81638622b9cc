import { UserError } from '../../../core/errors.js';
import { bashTool } from './bash.js';
import { editTool, readTool, writeTool } from './files.js';
import { globTool, grepTool } from './search.js';
import type { AgentTool } from './types.js';

export { ToolError } from '../../tree-paths.js';
export type { AgentTool, ToolContext, ToolOutput } from './types.js';

const ALL: readonly AgentTool[] = [readTool, writeTool, editTool, globTool, grepTool, bashTool];

/**
 * The tools a task allows, from its Claude Code names. MultiEdit (which older workflows list)
 * maps to edit_file; an unknown name is a configuration mistake and is refused by name.
 */
export function selectTools(allowed: readonly string[]): AgentTool[] {
  const names = new Set(allowed.map((n) => (n === 'MultiEdit' ? 'Edit' : n.trim())));
  const unknown = [...names].filter((n) => !ALL.some((t) => t.claudeName === n));
  if (unknown.length > 0) {
    throw new UserError(
      `allowedTools: unknown tool ${unknown.map((u) => `"${u}"`).join(', ')} for the anthropic ` +
        `engine; use some of ${ALL.map((t) => t.claudeName).join(', ')}.`,
    );
  }
  return ALL.filter((t) => names.has(t.claudeName));
}
