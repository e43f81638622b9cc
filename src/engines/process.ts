import { execa } from 'execa';
import type { ConfineOptions, TreeJail } from './sandbox/types.js';
import { redact } from '../core/secrets/mask.js';

/**
 * The one process boundary of the suite: an argument array in, `{exitCode, stdout, stderr}` out.
 * Never a shell string. Output is capped, a timeout or an abort sends SIGTERM then SIGKILL, and
 * the whole process group is killed so no grandchild survives the run.
 */
export interface RunOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  readonly input?: string;
  readonly timeoutMs?: number;
  /** Time between SIGTERM and SIGKILL. */
  readonly killGraceMs?: number;
  readonly signal?: AbortSignal;
  /** Cap per stream; the head is dropped, the tail kept, with a marker. */
  readonly maxOutputBytes?: number;
  /** Called with each stdout line as it arrives (progress events). */
  readonly onStdoutLine?: (line: string) => void;
  /**
   * Runs the command inside the agent sandbox of this tree. Every command that runs what an
   * agent wrote or chose sets it; only the orchestrator's own commands (git) leave it out.
   */
  readonly confine?: { readonly jail: TreeJail } & Omit<ConfineOptions, 'cwd' | 'env'>;
  /** What runChecked's error names the command as (e.g. `git push`); argv values never appear. */
  readonly label?: string;
  /** Values redacted, in every printable form, from runChecked's error. */
  readonly secrets?: readonly string[];
}

export interface RunResult {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly aborted: boolean;
  readonly durationMs: number;
  /** Set when the process could not be started at all (e.g. ENOENT, EACCES). */
  readonly spawnError?: string;
}

export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly stderrTail: string,
    message: string,
  ) {
    super(message);
    this.name = 'CommandError';
    Object.setPrototypeOf(this, CommandError.prototype);
  }
}

const DEFAULT_CAP = 4 * 1024 * 1024;

class TailBuffer {
  private chunks: string[] = [];
  private size = 0;
  private dropped = 0;
  constructor(private readonly cap: number) {}
  push(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    while (this.size > this.cap && this.chunks.length > 1) {
      const first = this.chunks.shift() ?? '';
      this.size -= first.length;
      this.dropped += first.length;
    }
  }
  toString(): string {
    let text = this.chunks.join('');
    if (text.length > this.cap) {
      this.dropped += text.length - this.cap;
      text = text.slice(text.length - this.cap);
    }
    return this.dropped > 0 ? `[... ${this.dropped} characters dropped ...]\n${text}` : text;
  }
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    // Negative pid: the whole group (the child is started detached, as a group leader).
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Splits a stream into lines for `onStdoutLine`; a line longer than the cap is cut, not kept. */
class LineSplitter {
  private pending = '';
  constructor(
    private readonly cap: number,
    private readonly onLine: (line: string) => void,
  ) {}
  push(chunk: string): void {
    this.pending += chunk;
    let nl: number;
    while ((nl = this.pending.indexOf('\n')) >= 0) {
      this.emit(this.pending.slice(0, nl));
      this.pending = this.pending.slice(nl + 1);
    }
    if (this.pending.length > this.cap) {
      this.emit(this.pending);
      this.pending = '';
    }
  }
  flush(): void {
    if (this.pending !== '') this.emit(this.pending);
    this.pending = '';
  }
  private emit(line: string): void {
    this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
  }
}

export async function runCommand(
  file: string,
  args: readonly string[],
  opts: RunOptions,
): Promise<RunResult> {
  if (opts.confine) {
    const { jail, ...rest } = opts.confine;
    const c = await jail.confine(file, args, { ...rest, cwd: opts.cwd, env: opts.env });
    return spawnCapped(c.file, c.args, { ...opts, env: c.env });
  }
  return spawnCapped(file, args, opts);
}

async function spawnCapped(
  file: string,
  args: readonly string[],
  opts: RunOptions,
): Promise<RunResult> {
  const started = Date.now();
  const cap = opts.maxOutputBytes ?? DEFAULT_CAP;
  const out = new TailBuffer(cap);
  const err = new TailBuffer(cap);
  const child = execa(file, [...args], {
    cwd: opts.cwd,
    env: opts.env,
    extendEnv: false,
    input: opts.input,
    stdin: opts.input === undefined ? 'ignore' : 'pipe',
    reject: false,
    detached: true,
    buffer: false,
    stripFinalNewline: false,
  });
  const lines = opts.onStdoutLine ? new LineSplitter(cap, opts.onStdoutLine) : undefined;
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    out.push(chunk);
    lines?.push(chunk);
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => err.push(chunk));

  let timedOut = false;
  let aborted = false;
  let stopping = false;
  let killTimer: NodeJS.Timeout | undefined;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    killGroup(child.pid, 'SIGTERM');
    killTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), opts.killGraceMs ?? 5000);
  };
  // When the leader exits, kill what it left behind right away: a backgrounded grandchild that
  // inherited stdout would otherwise keep the pipe open and the run waiting for it.
  child.on('exit', () => killGroup(child.pid, 'SIGKILL'));
  const timer =
    opts.timeoutMs !== undefined
      ? setTimeout(() => {
          timedOut = true;
          stop();
        }, opts.timeoutMs)
      : undefined;
  const onAbort = (): void => {
    aborted = true;
    stop();
  };
  if (opts.signal?.aborted) onAbort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });

  try {
    const result = await child;
    lines?.flush();
    const spawnError =
      child.pid === undefined
        ? result.cause instanceof Error
          ? result.cause.message
          : result.shortMessage
        : undefined;
    return {
      exitCode: result.exitCode ?? null,
      signal: result.signal ?? null,
      stdout: out.toString(),
      stderr: err.toString(),
      timedOut,
      aborted,
      durationMs: Date.now() - started,
      ...(spawnError !== undefined ? { spawnError } : {}),
    };
  } finally {
    if (timer) clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
    killGroup(child.pid, 'SIGKILL');
    if (killTimer) clearTimeout(killTimer);
  }
}

/**
 * Runs a command and throws a CommandError (with the stderr tail) unless it exits 0. The error
 * names the command by its label (or the program alone), never by its argument values, and every
 * form of the given secrets is redacted from it: it reaches logs and the job summary.
 */
export async function runChecked(
  file: string,
  args: readonly string[],
  opts: RunOptions,
): Promise<RunResult> {
  const r = await runCommand(file, args, opts);
  if (r.exitCode !== 0) {
    const label = opts.label ?? file;
    const tail = redact(r.stderr.slice(-2000), opts.secrets ?? []);
    throw new CommandError(
      label,
      r.exitCode,
      tail,
      `${label} failed (exit ${r.exitCode ?? r.signal}): ${tail.trim()}`,
    );
  }
  return r;
}
