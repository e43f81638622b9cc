import { describe, expect, test } from '@jest/globals';
import { REDACTED, redact, secretForms } from '../../../src/core/secrets/mask.js';

const TOKEN = 'ghs_abc/def+ghi=jkl0123456789';
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('secretForms', () => {
  test('covers the raw value, its URL encoding, and base64 of it and of the basic credential', () => {
    const forms = secretForms(TOKEN);
    expect(forms).toEqual(
      expect.arrayContaining([
        TOKEN,
        encodeURIComponent(TOKEN),
        b64(TOKEN),
        b64(`x-access-token:${TOKEN}`),
      ]),
    );
    // Longest first, so that a longer form is never half-redacted by a shorter one.
    expect([...forms].sort((a, b) => b.length - a.length)).toEqual(forms);
  });

  test('also lists base64 forms without their padding', () => {
    const padded = b64(`x-access-token:${TOKEN}`);
    expect(padded).toMatch(/=$/);
    expect(secretForms(TOKEN)).toContain(padded.replace(/=+$/, ''));
  });

  test('ignores blank and very short values, which would blank ordinary words', () => {
    expect(secretForms('')).toEqual([]);
    expect(secretForms('  \n')).toEqual([]);
    expect(secretForms('abc')).toEqual([]);
  });
});

describe('redact', () => {
  test('removes every printable form of every secret', () => {
    const text = [
      `token=${TOKEN}`,
      `url=https://x-access-token:${encodeURIComponent(TOKEN)}@github.com/o/r`,
      `header: AUTHORIZATION: basic ${b64(`x-access-token:${TOKEN}`)}`,
      `raw64 ${b64(TOKEN)}`,
      'other sk-ant-secret',
    ].join('\n');
    const out = redact(text, [TOKEN, 'sk-ant-secret']);
    for (const form of [...secretForms(TOKEN), ...secretForms('sk-ant-secret')])
      expect(out).not.toContain(form);
    expect(out).toContain(`header: AUTHORIZATION: basic ${REDACTED}`);
    expect(out).toContain(`other ${REDACTED}`);
  });

  test('leaves text without secrets unchanged', () => {
    expect(redact('nothing to hide', [TOKEN])).toBe('nothing to hide');
    expect(redact('nothing to hide', [])).toBe('nothing to hide');
  });
});
