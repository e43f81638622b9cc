// The action masks its secrets before the first request, in every form a log could show.
import { describe, expect, test } from '@jest/globals';
import { mask } from '../../src/action/early-log.js';
import { secretForms } from '../../src/core/secrets/mask.js';
import { stdoutOf } from '../support/stdout.js';

describe('mask', () => {
  test('registers the token and each of its encoded forms with ::add-mask::', () => {
    const written = stdoutOf(() => {
      mask(' ghs_earlySecret0123 \n');
      mask('   ');
    });
    const lines = written.split('\n').filter((l) => l !== '');
    const masked = lines.map((l) => l.replace(/^::add-mask::/, ''));
    expect(lines.every((l) => l.startsWith('::add-mask::'))).toBe(true);
    expect(masked).toEqual(expect.arrayContaining(secretForms('ghs_earlySecret0123')));
    expect(masked).toContain(Buffer.from('x-access-token:ghs_earlySecret0123').toString('base64'));
  });
});
