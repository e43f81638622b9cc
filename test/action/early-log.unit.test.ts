// The action masks its secrets before the first request, in every form a log could show.
import { describe, expect, jest, test } from '@jest/globals';
import { mask } from '../../src/action/early-log.js';
import { secretForms } from '../../src/core/secrets/mask.js';

describe('mask', () => {
  test('registers the token and each of its encoded forms with ::add-mask::', () => {
    const written: string[] = [];
    const spy = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
    try {
      mask(' ghs_earlySecret0123 \n');
      mask('   ');
    } finally {
      spy.mockRestore();
    }
    const lines = written
      .join('')
      .split('\n')
      .filter((l) => l !== '');
    const masked = lines.map((l) => l.replace(/^::add-mask::/, ''));
    expect(lines.every((l) => l.startsWith('::add-mask::'))).toBe(true);
    expect(masked).toEqual(expect.arrayContaining(secretForms('ghs_earlySecret0123')));
    expect(masked).toContain(Buffer.from('x-access-token:ghs_earlySecret0123').toString('base64'));
  });
});
