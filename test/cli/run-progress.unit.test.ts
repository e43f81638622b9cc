import { describe, expect, test } from '@jest/globals';
import { createProgress, progressIsLive } from '../../src/cli/progress.js';
import type { ProgressEvent } from '../../src/stages/ports.js';
import { captureIo } from '../support/cli-io.js';

const events: ProgressEvent[] = [
  { kind: 'stage-start', stage: 'write', detail: 'agent/issue-1-x' },
  { kind: 'turn', stage: 'write', turn: 1, tool: 'Write' },
  { kind: 'turn', stage: 'write', turn: 2, text: 'Done.\nAll good.' },
  { kind: 'note', stage: 'write', message: 'tests passed' },
  { kind: 'stage-end', stage: 'write', outcome: 'written', costUsd: 0.5 },
];

describe('run progress on stderr', () => {
  test('plain mode: one prefixed line per event', () => {
    const io = captureIo();
    const sink = createProgress(io, { tty: false });
    for (const e of events) sink(e);
    expect(io.out()).toBe('');
    expect(io.err().split('\n')).toEqual([
      '[lailatov] write (agent/issue-1-x) …',
      '[lailatov] write: turn 1: Write',
      '[lailatov] write: turn 2: Done. All good.',
      '[lailatov] write: tests passed',
      '[lailatov] write: written ($0.5000)',
      '',
    ]);
  });

  test('live mode: one line rewritten in place per turn, closed by the outcome', () => {
    const io = captureIo();
    const sink = createProgress(io, { tty: true });
    for (const e of events) sink(e);
    const err = io.err();
    expect(err).toBe(
      '▶ write (agent/issue-1-x) …' +
        '\r\x1b[K▶ write (agent/issue-1-x) … turn 1: Write' +
        '\r\x1b[K▶ write (agent/issue-1-x) … turn 2: Done. All good.' +
        '\r\x1b[K  write: tests passed\n▶ write (agent/issue-1-x) …' +
        '\r\x1b[K✓ write: written ($0.5000)\n',
    );
    // What a terminal finally shows: the note and the closed stage line, nothing half-written.
    const screen = err.split('\n').map((l) => l.split('\r\x1b[K').at(-1));
    expect(screen).toEqual(['  write: tests passed', '✓ write: written ($0.5000)', '']);
  });

  test('LAILATOV_PROGRESS forces a mode; a bad value names the variable', () => {
    expect(progressIsLive(captureIo({ env: { LAILATOV_PROGRESS: 'tty' } }))).toBe(true);
    expect(
      progressIsLive({ ...captureIo({ env: { LAILATOV_PROGRESS: 'plain' } }), stdoutIsTty: true }),
    ).toBe(false);
    expect(progressIsLive(captureIo())).toBe(false);
    expect(() => progressIsLive(captureIo({ env: { LAILATOV_PROGRESS: 'x' } }))).toThrow(
      /LAILATOV_PROGRESS="x": use tty or plain/,
    );
  });
});
