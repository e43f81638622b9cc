import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';

/**
 * The hooks part of Claude Code's `.claude/settings.json`: event → matcher groups → commands.
 * Only `type: "command"` handlers run here; other handler types (http, prompt, agent) need Claude
 * Code itself, so they are reported as skipped rather than silently dropped.
 */
export type HookEvent = 'PreToolUse' | 'PostToolUse' | 'Stop';
export const HOOK_EVENTS: readonly HookEvent[] = ['PreToolUse', 'PostToolUse', 'Stop'];

export interface HookCommand {
  readonly command: string;
  /** Seconds, as in Claude Code's settings. */
  readonly timeoutSec: number;
}

export interface HookGroup {
  /** Regex on the Claude Code tool name; empty or `*` matches every tool. */
  readonly matcher: string;
  readonly commands: readonly HookCommand[];
}

export interface HookSettings {
  readonly events: Readonly<Record<HookEvent, readonly HookGroup[]>>;
  /** Handlers this engine cannot run (non-command types), named for the run's warnings. */
  readonly skipped: readonly string[];
}

/** Claude Code's default hook timeout. */
export const DEFAULT_HOOK_TIMEOUT_SEC = 60;

const handlerSchema = z
  .object({
    type: z.string(),
    command: z.string().optional(),
    timeout: z.number().positive().optional(),
  })
  .loose();
const groupSchema = z
  .object({ matcher: z.string().optional(), hooks: z.array(handlerSchema) })
  .loose();
const settingsSchema = z
  .object({ hooks: z.record(z.string(), z.array(groupSchema)).optional() })
  .loose();

export const NO_HOOKS: HookSettings = {
  events: { PreToolUse: [], PostToolUse: [], Stop: [] },
  skipped: [],
};

/** Parses settings text; `source` names the file in errors. */
export function parseHookSettings(text: string, source: string): HookSettings {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${source} is not valid JSON (${(e as Error).message}): fix the file.`);
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${source}: ${i.path.join('.')}: ${i.message}`);
    throw new UserError(
      `${source} has an invalid "hooks" section: ${problems.join('; ')}`,
      problems,
    );
  }
  const skipped: string[] = [];
  const events = { PreToolUse: [], PostToolUse: [], Stop: [] } as Record<HookEvent, HookGroup[]>;
  for (const [event, groups] of Object.entries(parsed.data.hooks ?? {})) {
    if (!(HOOK_EVENTS as readonly string[]).includes(event)) {
      skipped.push(`${event} (event not supported by the anthropic engine)`);
      continue;
    }
    for (const group of groups) {
      const commands: HookCommand[] = [];
      for (const h of group.hooks) {
        if (h.type !== 'command' || h.command === undefined) {
          skipped.push(`${event} handler of type "${h.type}"`);
          continue;
        }
        commands.push({ command: h.command, timeoutSec: h.timeout ?? DEFAULT_HOOK_TIMEOUT_SEC });
      }
      const matcher = group.matcher ?? '';
      checkMatcher(matcher, `${source}: hooks.${event}`);
      events[event as HookEvent].push({ matcher, commands });
    }
  }
  return { events, skipped };
}

/**
 * Reads `<cwd>/.claude/settings.json` once, at the start of a run: the agent may edit the file
 * during the run, and must not be able to switch its own guards off that way.
 */
export async function loadHookSettings(cwd: string): Promise<HookSettings> {
  const file = path.join(cwd, '.claude', 'settings.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return NO_HOOKS;
    throw e;
  }
  return parseHookSettings(text, '.claude/settings.json');
}

function checkMatcher(matcher: string, where: string): void {
  try {
    new RegExp(matcher);
  } catch (e) {
    throw new UserError(
      `${where}: matcher "${matcher}" is not a valid regular expression (${(e as Error).message}).`,
    );
  }
}

/**
 * Claude Code's matcher rule: empty or `*` matches all; a plain name or `A|B` list matches
 * exactly; anything else is a regular expression tested against the tool name.
 */
export function matcherMatches(matcher: string, toolName: string): boolean {
  if (matcher === '' || matcher === '*') return true;
  if (/^[\w|]+$/.test(matcher)) return matcher.split('|').includes(toolName);
  return new RegExp(matcher).test(toolName);
}
