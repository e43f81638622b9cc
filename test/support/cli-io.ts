import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

/** A CliIo that records output and feeds `stdin` from a string (or nothing, as a TTY). */
export function captureIo(
  opts: { stdin?: string; cwd?: string; env?: Record<string, string> } = {},
): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    stdin: Readable.from(opts.stdin === undefined ? [] : [opts.stdin]),
    stdinIsTty: opts.stdin === undefined,
    stdoutIsTty: false,
    stderrIsTty: false,
    cwd: opts.cwd ?? process.cwd(),
    env: opts.env ?? {},
    out: () => out,
    err: () => err,
  };
}
