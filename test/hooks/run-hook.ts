// Runs a real hook script of .claude/hooks the way Claude Code does: a child process with the
// hook's JSON on stdin and CLAUDE_PROJECT_DIR set, judged by exit code (2 = block) and stderr.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '..', '..');
export const HOOKS = path.join(REPO, '.claude', 'hooks');

export interface HookResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function spawnHook(
  script: string,
  project: string,
  stdin: unknown,
  env: Record<string, string | undefined> = {},
): Promise<HookResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(HOOKS, script), [], {
      cwd: project,
      env: { ...process.env, CLAUDE_PROJECT_DIR: project, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(typeof stdin === 'string' ? stdin : JSON.stringify(stdin));
  });
}

/** Claude Code's PreToolUse input for a Bash call. */
export function bashInput(project: string, command: string): Record<string, unknown> {
  return {
    session_id: 'sess-1',
    transcript_path: '/dev/null',
    cwd: project,
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: { command, description: 'test' },
  };
}
