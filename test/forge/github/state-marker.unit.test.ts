// The hidden PR state: round trip, and hostile or careless edits of the PR body.
import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import {
  MAX_STATE_CHARS,
  readPrState,
  stripPrState,
  writePrState,
} from '../../../src/forge/github/state-marker.js';

const State = z.object({ correlationId: z.string(), issue: z.number(), round: z.number() });
const parse = (v: unknown) => State.parse(v);
const state = { correlationId: 'c-1', issue: 12, round: 1 };

describe('PR state marker', () => {
  it('round-trips, keeping the visible body', () => {
    const body = writePrState('## Summary\nCloses #12', state);
    expect(body.startsWith('## Summary\nCloses #12\n\n<!-- lailatov:state\n')).toBe(true);
    expect(readPrState(body, parse)).toEqual({ status: 'ok', value: state });
    expect(readPrState('no marker here', parse)).toEqual({ status: 'missing' });
    expect(readPrState(null, parse)).toEqual({ status: 'missing' });
  });

  it('rewriting replaces the marker: exactly one, at the end', () => {
    const once = writePrState('Body', state);
    const twice = writePrState(`${once}\n\nedited by a human`, { ...state, round: 2 });
    expect(twice.match(/<!-- lailatov:state/g)).toHaveLength(1);
    expect(twice).toContain('edited by a human');
    expect(readPrState(twice, parse)).toEqual({ status: 'ok', value: { ...state, round: 2 } });
  });

  it('values that try to close the comment stay inside it', () => {
    const hostile = {
      ...state,
      correlationId: '--> <script>alert(1)</script> <!-- lailatov:state',
    };
    const body = writePrState('x', hostile);
    expect(body.match(/-->/g)).toHaveLength(1);
    expect(body.match(/<!-- lailatov:state/g)).toHaveLength(1);
    expect(readPrState(body, parse)).toEqual({ status: 'ok', value: hostile });
  });

  it.each([
    [
      'two markers',
      `<!-- lailatov:state\n{"a":1}\n-->\n<!-- lailatov:state\n{"a":2}\n-->`,
      /more than one/,
    ],
    ['an unclosed marker', 'text <!-- lailatov:state {"a":1}', /not closed/],
    ['not JSON', '<!-- lailatov:state\n{round: 1}\n-->', /not JSON/],
    ['JSON of the wrong shape', '<!-- lailatov:state\n{"round":"one"}\n-->', /does not validate/],
    [
      'an oversized state',
      `<!-- lailatov:state\n"${'x'.repeat(MAX_STATE_CHARS + 1)}"\n-->`,
      /over 16384/,
    ],
  ])('%s is invalid, never a throw', (_name, body, reason) => {
    const read = readPrState(body, parse);
    expect(read.status).toBe('invalid');
    expect(read.status === 'invalid' && read.reason).toMatch(reason);
  });

  it('writing over broken markers leaves one good marker and keeps the text around them', () => {
    const broken =
      'intro <!-- lailatov:state\n{oops}\n--> middle <!-- lailatov:state unclosed tail';
    const body = writePrState(broken, state);
    expect(readPrState(body, parse)).toEqual({ status: 'ok', value: state });
    expect(stripPrState(body)).toBe('intro  middle  unclosed tail');
    expect(() => writePrState('x', { blob: 'y'.repeat(MAX_STATE_CHARS) })).toThrow(RangeError);
  });
});
