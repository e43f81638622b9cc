import type { Readable } from 'node:stream';

/** Everything a CLI command may touch of its process, so tests can run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: Readable;
  /** True when stdin is an interactive terminal (then we do not wait for piped input). */
  readonly stdinIsTty: boolean;
  readonly stdoutIsTty: boolean;
  /** Progress goes to stderr, so live progress depends on stderr being a terminal. */
  readonly stderrIsTty: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes shared by every command; external tests depend on them. */
export const ExitCode = {
  ok: 0,
  failure: 1,
  badInput: 2,
  blocked: 3,
} as const;

export type Command = (args: string[], io: CliIo) => Promise<number>;
