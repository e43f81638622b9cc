import { runCommand } from '../process.js';
import type { TreeJail } from '../sandbox/types.js';
import { BASH_ARGS } from './shell.js';
import type { HookEvent, HookSettings } from './settings.js';
import { matcherMatches } from './settings.js';

/**
 * Runs `.claude/settings.json` command hooks with Claude Code's protocol: one JSON object on
 * stdin, `CLAUDE_PROJECT_DIR` in the environment, and the decision read from the exit code
 * (2 blocks, stderr is the reason; other non-zero codes are non-blocking errors) or from a JSON
 * object on stdout (`hookSpecificOutput.permissionDecision`, or `decision: "block"` + `reason`).
 */
export interface HookContext {
  readonly sessionId: string;
  readonly transcriptPath: string;
  /** The project directory (the working tree). */
  readonly cwd: string;
  /** The sandboxed environment (no secrets); CLAUDE_PROJECT_DIR is added here. */
  readonly env: Readonly<Record<string, string>>;
  /** Hooks are the repository's own scripts: they run in the agent's sandbox. */
  readonly jail: TreeJail;
  readonly signal?: AbortSignal;
}

export interface ToolCallForHooks {
  /** Claude Code's tool name (Bash, Write, Edit, Read, Glob, Grep). */
  readonly toolName: string;
  /** The input in Claude Code's field names (command, file_path, content, ...). */
  readonly toolInput: Readonly<Record<string, unknown>>;
  readonly toolUseId: string;
  /** PostToolUse only. */
  readonly toolResponse?: unknown;
}

export interface HookDecision {
  /** PreToolUse: do not run the tool. PostToolUse: tell the model. Stop: continue the loop. */
  readonly block: boolean;
  /** What the model is told (the hooks' reasons joined). */
  readonly reason: string;
  /** Non-blocking hook failures (exit 1, timeout, bad JSON), for the run's warnings. */
  readonly errors: readonly string[];
}

const HOOK_OUTPUT_CAP = 64 * 1024;

interface HookJson {
  decision?: unknown;
  reason?: unknown;
  hookSpecificOutput?: { permissionDecision?: unknown; permissionDecisionReason?: unknown };
}

function parseHookJson(stdout: string): HookJson | undefined {
  const text = stdout.trim();
  if (!text.startsWith('{')) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null ? (v as HookJson) : undefined;
  } catch {
    return undefined;
  }
}

/** The blocking reason a JSON answer gives for this event, or undefined when it does not block. */
function jsonBlockReason(event: HookEvent, out: HookJson): string | undefined {
  const specific = out.hookSpecificOutput;
  if (event === 'PreToolUse' && specific && typeof specific === 'object') {
    const d = specific.permissionDecision;
    // "ask" needs a human at a prompt; a CI run has none, so it is a denial here.
    if (d === 'deny' || d === 'ask') {
      const r = specific.permissionDecisionReason;
      return typeof r === 'string' && r !== '' ? r : `hook decision: ${d}`;
    }
  }
  if (out.decision === 'block') {
    return typeof out.reason === 'string' && out.reason !== '' ? out.reason : 'blocked by hook';
  }
  return undefined;
}

async function runOne(
  command: string,
  timeoutSec: number,
  payload: string,
  ctx: HookContext,
): Promise<{ exitCode: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return runCommand('bash', [...BASH_ARGS, command], {
    cwd: ctx.cwd,
    env: { ...ctx.env, CLAUDE_PROJECT_DIR: ctx.cwd },
    confine: { jail: ctx.jail, readable: [ctx.transcriptPath] },
    input: payload,
    timeoutMs: timeoutSec * 1000,
    killGraceMs: 1000,
    maxOutputBytes: HOOK_OUTPUT_CAP,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
}

async function runEvent(
  settings: HookSettings,
  event: HookEvent,
  matchName: string | undefined,
  payload: Record<string, unknown>,
  ctx: HookContext,
): Promise<HookDecision> {
  const reasons: string[] = [];
  const errors: string[] = [];
  const body = JSON.stringify({
    session_id: ctx.sessionId,
    transcript_path: ctx.transcriptPath,
    cwd: ctx.cwd,
    permission_mode: 'default',
    hook_event_name: event,
    ...payload,
  });
  for (const group of settings.events[event]) {
    if (matchName !== undefined && !matcherMatches(group.matcher, matchName)) continue;
    for (const hook of group.commands) {
      const r = await runOne(hook.command, hook.timeoutSec, body, ctx);
      const label = `${event} hook \`${hook.command}\``;
      if (r.timedOut) {
        errors.push(`${label} timed out after ${hook.timeoutSec}s`);
      } else if (r.exitCode === 2) {
        reasons.push(r.stderr.trim() || `${label} exited 2`);
      } else if (r.exitCode !== 0) {
        errors.push(`${label} failed (exit ${r.exitCode ?? 'signal'}): ${r.stderr.trim()}`);
      } else {
        const json = parseHookJson(r.stdout);
        const reason = json ? jsonBlockReason(event, json) : undefined;
        if (reason !== undefined) reasons.push(reason);
      }
    }
  }
  return { block: reasons.length > 0, reason: reasons.join('\n'), errors };
}

export function runToolHooks(
  settings: HookSettings,
  event: 'PreToolUse' | 'PostToolUse',
  call: ToolCallForHooks,
  ctx: HookContext,
): Promise<HookDecision> {
  const payload: Record<string, unknown> = {
    tool_name: call.toolName,
    tool_input: call.toolInput,
    tool_use_id: call.toolUseId,
  };
  if (event === 'PostToolUse') payload.tool_response = call.toolResponse ?? null;
  return runEvent(settings, event, call.toolName, payload, ctx);
}

/**
 * Stop hooks. `stopHookActive` is true when the loop already continued once because of a Stop
 * hook, so that a hook can avoid blocking forever (Claude Code's `stop_hook_active`).
 */
export function runStopHooks(
  settings: HookSettings,
  stopHookActive: boolean,
  ctx: HookContext,
): Promise<HookDecision> {
  return runEvent(settings, 'Stop', undefined, { stop_hook_active: stopHookActive }, ctx);
}

export function hasHooks(settings: HookSettings, event: HookEvent): boolean {
  return settings.events[event].some((g) => g.commands.length > 0);
}
