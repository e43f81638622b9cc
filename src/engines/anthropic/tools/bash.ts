import { z } from 'zod';
import { BASH_ARGS } from '../../hooks/shell.js';
import { runCommand } from '../../process.js';
import { defineTool } from './types.js';

export const BASH_DEFAULT_TIMEOUT_MS = 120_000;
export const BASH_MAX_TIMEOUT_MS = 600_000;
/** Per stream; the tail is kept (test failures print their summary last). */
export const BASH_OUTPUT_CAP = 30_000;

/**
 * Runs the model's command as `bash -c <command>` through the one process boundary: an argument
 * array, the working tree as cwd, and the sandbox environment, so no secret reaches the shell.
 */
export const bashTool = defineTool({
  claudeName: 'Bash',
  name: 'bash',
  description:
    'Run a bash command in the repository root (e.g. tests, builds, git status). The ' +
    'environment holds no credentials and there is no network. Output is capped; a command ' +
    `is stopped after timeout milliseconds (default ${BASH_DEFAULT_TIMEOUT_MS}).`,
  input: z.object({
    command: z.string().min(1),
    timeout: z.number().int().min(1).max(BASH_MAX_TIMEOUT_MS).optional(),
    description: z.string().optional(),
  }),
  async run(input, ctx) {
    const timeoutMs = input.timeout ?? BASH_DEFAULT_TIMEOUT_MS;
    const r = await runCommand('bash', [...BASH_ARGS, input.command], {
      cwd: ctx.root,
      env: ctx.commandEnv,
      confine: { jail: ctx.jail },
      timeoutMs,
      killGraceMs: 2000,
      maxOutputBytes: BASH_OUTPUT_CAP,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    const parts: string[] = [];
    if (r.stdout) parts.push(r.stdout.trimEnd());
    if (r.stderr) parts.push(`[stderr]\n${r.stderr.trimEnd()}`);
    if (r.timedOut) parts.push(`[command timed out after ${timeoutMs} ms and was killed]`);
    else if (r.aborted) parts.push('[command aborted]');
    else parts.push(`[exit code ${r.exitCode ?? `signal ${r.signal ?? '?'}`}]`);
    return { content: parts.join('\n'), isError: r.exitCode !== 0 };
  },
});
