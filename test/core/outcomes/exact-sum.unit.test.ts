import { describe, expect, it } from '@jest/globals';
import { ExactSum } from '../../../src/core/outcomes/index.js';
import { rng } from '../../outcomes/support/records.js';

const sumOf = (values: readonly number[]): number => {
  const s = new ExactSum();
  for (const v of values) s.add(v);
  return s.value();
};

describe('ExactSum', () => {
  it('rounds once, at the end: ten 0.1s make 1 (a running += gives 0.9999999999999999)', () => {
    const tenth = Array.from({ length: 10 }, () => 0.1);
    expect(tenth.reduce((a, b) => a + b, 0)).not.toBe(1);
    expect(sumOf(tenth)).toBe(1);
  });

  it('keeps what cancels: 1e100 + 1 - 1e100 is 1', () => {
    expect(sumOf([1e100, 1, -1e100])).toBe(1);
    expect(sumOf([])).toBe(0);
  });

  it('breaks a tie by what lies below it (the half-way case)', () => {
    // 1 + 2^-53 is exactly half-way between 1 and its successor; the tiny third term decides.
    expect(sumOf([1, 2 ** -53, 2 ** -80])).toBe(1 + 2 ** -52);
    expect(sumOf([1, 2 ** -53, -(2 ** -80)])).toBe(1);
  });

  it('gives the same bits in any order and when merged from parts', () => {
    const next = rng(5);
    const costs = Array.from({ length: 5000 }, () => Math.round(next() * 4e6) / 1e6);
    const whole = sumOf(costs);
    expect(sumOf([...costs].reverse())).toBe(whole);
    const a = new ExactSum();
    const b = new ExactSum();
    costs.forEach((c, i) => (i % 3 === 0 ? a : b).add(c));
    a.merge(structuredClone(b.state()));
    expect(a.value()).toBe(whole);
  });

  it('refuses a non-finite value instead of poisoning the sum', () => {
    expect(() => new ExactSum().add(Number.NaN)).toThrow(/not finite/);
    expect(() => new ExactSum().add(Number.POSITIVE_INFINITY)).toThrow(/not finite/);
  });
});
