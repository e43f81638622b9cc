import { UserError } from '../core/errors.js';
import type { CliIo } from './io.js';
import type { ProgressEvent, ProgressSink } from '../stages/ports.js';

function usd(v: number | null): string {
  return v === null ? '' : ` ($${v.toFixed(4)})`;
}

function turnText(e: Extract<ProgressEvent, { kind: 'turn' }>): string {
  return `turn ${e.turn}${e.tool ? `: ${e.tool}` : e.text ? `: ${e.text.replace(/\s+/g, ' ').slice(0, 60)}` : ''}`;
}

/** Progress mode: `LAILATOV_PROGRESS=tty|plain` wins; else live on a terminal, plain lines otherwise. */
export function progressIsLive(io: CliIo): boolean {
  const forced = io.env.LAILATOV_PROGRESS;
  if (forced === 'tty') return true;
  if (forced === 'plain') return false;
  if (forced !== undefined && forced !== '')
    throw new UserError(`LAILATOV_PROGRESS="${forced}": use tty or plain (or unset it)`);
  // CliIo knows only whether stdout is a terminal; stderr usually goes with it.
  return io.stdoutIsTty;
}

/**
 * Progress on stderr. Live (a terminal): one line per stage, rewritten in place as the engine's
 * turns arrive and closed with the stage's outcome. Plain (a log or a pipe): one line per event,
 * prefixed `[lailatov]`, so nothing on stdout but the command's result.
 */
export function createProgress(io: CliIo, opts: { tty: boolean }): ProgressSink {
  let live: string | null = null; // the open stage line on a terminal
  return (e: ProgressEvent) => {
    if (!opts.tty) {
      const text =
        e.kind === 'stage-start'
          ? `${e.stage}${e.detail ? ` (${e.detail})` : ''} …`
          : e.kind === 'stage-end'
            ? `${e.stage}: ${e.outcome}${usd(e.costUsd)}`
            : e.kind === 'turn'
              ? `${e.stage}: ${turnText(e)}`
              : `${e.stage}: ${e.message}`;
      io.stderr(`[lailatov] ${text}\n`);
      return;
    }
    const clear = live === null ? '' : '\r\x1b[K';
    if (e.kind === 'stage-start') {
      live = `▶ ${e.stage}${e.detail ? ` (${e.detail})` : ''} …`;
      io.stderr(`${clear}${live}`);
    } else if (e.kind === 'turn') {
      const head = live ?? `▶ ${e.stage}`;
      io.stderr(`${clear}${head} ${turnText(e)}`);
    } else if (e.kind === 'stage-end') {
      live = null;
      io.stderr(`${clear}✓ ${e.stage}: ${e.outcome}${usd(e.costUsd)}\n`);
    } else {
      if (e.message === '') return;
      io.stderr(`${clear}  ${e.stage}: ${e.message}\n${live ?? ''}`);
    }
  };
}
