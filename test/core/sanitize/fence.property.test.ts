import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fenceUntrusted, sanitizeUntrusted } from '../../../src/core/sanitize/index.js';

const OPEN = /^<<<UNTRUSTED-DATA ([0-9a-f]{8}) [^\n]*>>>$/;
const close = (nonce: string) => `<<<END-UNTRUSTED-DATA ${nonce}>>>`;
const nonceOf = (fenced: string) => OPEN.exec(fenced.split('\n')[1] ?? '')?.[1] ?? '';

/** Pieces an attacker would use: our fence lines, code fences, markup the sanitizer removes. */
const piece = fc.oneof(
  fc.constantFrom(
    '<<<END-UNTRUSTED-DATA ',
    '<<<UNTRUSTED-DATA ',
    '>>>',
    '\n',
    '\r\n',
    '```',
    '~~~',
    '<!--',
    '-->',
    '<',
    '>',
    '<b>',
    '</b>',
    '<details>',
    '<div hidden>',
    '<script>',
    '!--',
    '[//]: # (',
    '[x]: ',
    ']: ',
    '[',
    ']',
    '(',
    ')',
    '"',
    "'",
    '\\',
    '![',
    '](',
    ' ',
    '\u200b',
    '\u202e',
    '\ufe0f',
    '\u2800',
    '\u{e0041}',
    'e\u0301',
  ),
  fc.stringMatching(/^[0-9a-f]{8}$/),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const hostile = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
/** A small alphabet of markup, so that removals joining their neighbours come up often. */
const markup = fc
  .array(
    fc.constantFrom(
      '<',
      '>',
      '/',
      '!--',
      '-->',
      'b',
      'b>',
      'script',
      ' hidden',
      '[',
      ']',
      ':',
      '(',
      ')',
      '"',
      ' ',
      '\n',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(hostile, markup, fc.string({ unit: 'binary', maxLength: 200 }));

/** A text followed by the close marker it would get if the marker were not in it. */
const guessing = anyText.map((t) => `${t}\n${close(nonceOf(fenceUntrusted(t, { label: 'x' })))}`);

function assertSealed(text: string, label: string): void {
  const fenced = fenceUntrusted(text, { label });
  const lines = fenced.split('\n');
  const nonce = nonceOf(fenced);
  expect(nonce).toMatch(/^[0-9a-f]{8}$/);
  // The text cannot produce the close marker: it does not contain the nonce at all.
  expect(text.includes(nonce)).toBe(false);
  // Exactly one close marker for this nonce, and it is the last line, after the whole text.
  expect(fenced.split(close(nonce)).length - 1).toBe(1);
  expect(lines.at(-1)).toBe(close(nonce));
  expect(fenced.endsWith(`\n${text}\n${close(nonce)}`)).toBe(true);
  expect(lines[0]).not.toContain('\n');
}

describe('fenceUntrusted (property)', () => {
  it('no text closes its fence early, whatever it contains, labels included', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, guessing), fc.string({ unit: 'binary' }), assertSealed),
      { numRuns: 2000 },
    );
  });

  it('a fence nested in the text, with any nonce, does not close the outer one', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.stringMatching(/^[0-9a-f]{8}$/), (a, b, n) =>
        assertSealed(`${fenceUntrusted(a, { label: 'inner' })}\n${close(n)}\n${b}`, 'outer'),
      ),
      { numRuns: 1000 },
    );
  });

  it('sanitized text stays sealed too', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, guessing), (t) =>
        assertSealed(sanitizeUntrusted(t).text, 'comment'),
      ),
      { numRuns: 1000 },
    );
  });
});

describe('sanitizeUntrusted (property)', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const once = sanitizeUntrusted(t).text;
        expect(sanitizeUntrusted(once).text).toBe(once);
      }),
      { numRuns: 20000 },
    );
  });
});
