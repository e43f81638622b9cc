// LAILATOV_BACKOFF_SCALE is read in one place for the action and the CLI: a value that is not a
// number >= 0 is refused with the variable's name, where the CLI used to fall back to 1 silently.
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import { backoffScaleFrom } from '../../../src/forge/github/retry-policy.js';
import { retryFromEnv } from '../../../src/onboard/github-access.js';

describe('LAILATOV_BACKOFF_SCALE', () => {
  it.each([
    [undefined, 1],
    ['', 1],
    ['0.001', 0.001],
    ['0', 0],
    ['2', 2],
  ])('%p gives %p', (value, scale) => {
    expect(backoffScaleFrom(value)).toBe(scale);
  });

  it.each(['fast', '-1', 'Infinity', 'NaN'])('%p is refused, naming the variable', (value) => {
    expect(() => backoffScaleFrom(value)).toThrow(UserError);
    expect(() => backoffScaleFrom(value)).toThrow(
      /^LAILATOV_BACKOFF_SCALE: expected a number >= 0/,
    );
  });

  it('the CLI refuses it too, and spaces writes only at 1 or more', () => {
    expect(() => retryFromEnv({ LAILATOV_BACKOFF_SCALE: 'fast' })).toThrow(
      /LAILATOV_BACKOFF_SCALE/,
    );
    expect(retryFromEnv({})).toEqual({ backoffScale: 1, spaceWrites: true });
    expect(retryFromEnv({ LAILATOV_BACKOFF_SCALE: '0.001' })).toEqual({
      backoffScale: 0.001,
      spaceWrites: false,
    });
  });
});
