import type { CliIo } from './io.js';
import type { ProgressEvent, ProgressSink } from '../stages/ports.js';

function usd(v: number | null): string {
  return v === null ? '' : ` ($${v.toFixed(4)})`;
}

/**
 * Progress on stderr: on a TTY one live line per stage that is rewritten when it ends; in a
 * log (not a TTY) plain lines, one per event.
 */
export function createProgress(io: CliIo, opts: { tty: boolean }): ProgressSink {
  let live = false;
  return (e: ProgressEvent) => {
    const line =
      e.kind === 'stage-start'
        ? `▶ ${e.stage}${e.detail ? ` (${e.detail})` : ''} …`
        : e.kind === 'stage-end'
          ? `✓ ${e.stage}: ${e.outcome}${usd(e.costUsd)}`
          : `  ${e.stage}: ${e.message}`;
    if (!opts.tty) {
      io.stderr(`[lailatov] ${line.replace(/^[▶✓] /, '')}\n`);
      return;
    }
    if (live) io.stderr('\r\x1b[K');
    io.stderr(e.kind === 'stage-start' ? line : `${line}\n`);
    live = e.kind === 'stage-start';
  };
}
