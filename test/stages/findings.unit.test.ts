import { describe, expect, test } from '@jest/globals';
import { fingerprint, track, type ReviewFinding } from '../../src/core/findings.js';
import { mergeFindings } from '../../src/stages/review.js';

const base: ReviewFinding = {
  severity: 'major',
  path: 'src/duration.js',
  startLine: 15,
  endLine: 19,
  rule: 'input-validation',
  message: 'Negative numbers are silently accepted on line 15.',
  suggestion: null,
};

const answer = (
  findings: ReviewFinding[],
  previous: { fingerprint: string; status: 'open' | 'resolved' }[] = [],
) => ({ summary: 's', findings, previous });

describe('fingerprint', () => {
  test('stable when the code moves and the wording is re-spaced', () => {
    const moved = {
      ...base,
      startLine: 40,
      endLine: 44,
      message: '  Negative numbers are   silently\naccepted on line 40. ',
    };
    expect(fingerprint(moved)).toBe(fingerprint(base));
    expect(fingerprint({ ...base, rule: ' Input-Validation ' })).toBe(fingerprint(base));
    expect(fingerprint(base)).toMatch(/^[0-9a-f]{16}$/);
  });

  test('differs for another file, rule or message', () => {
    expect(fingerprint({ ...base, path: 'src/other.js' })).not.toBe(fingerprint(base));
    expect(fingerprint({ ...base, rule: 'naming' })).not.toBe(fingerprint(base));
    expect(fingerprint({ ...base, message: 'Zero is accepted.' })).not.toBe(fingerprint(base));
    expect(fingerprint({ ...base, path: null })).not.toBe(fingerprint(base));
  });
});

describe('mergeFindings', () => {
  const first = mergeFindings([], answer([base]), [], 0);
  const fp = fingerprint(base);

  test('a first review opens its findings at round 0', () => {
    expect(first).toEqual([track(base, 0)]);
    expect(first[0]).toMatchObject({ status: 'open', firstRound: 0, survivedRounds: 0 });
  });

  test('resolved when the reviewer says so and does not report it again', () => {
    const next = mergeFindings(first, answer([], [{ fingerprint: fp, status: 'resolved' }]), [], 1);
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ fingerprint: fp, status: 'resolved', survivedRounds: 0 });
  });

  test('reported again after a line shift: the same finding, one more surviving round', () => {
    const shifted = { ...base, startLine: 30, endLine: 33 };
    const next = mergeFindings(first, answer([shifted]), [], 1);
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ fingerprint: fp, status: 'open', survivedRounds: 1 });
    const again = mergeFindings(next, answer([shifted]), [], 2);
    expect(again[0]?.survivedRounds).toBe(2);
  });

  test('not mentioned at all by a delta review: still open', () => {
    const next = mergeFindings(first, answer([]), [], 1);
    expect(next[0]).toMatchObject({ status: 'open', survivedRounds: 1 });
  });

  test('"resolved" but reported again: open (the report wins)', () => {
    const next = mergeFindings(
      first,
      answer([base], [{ fingerprint: fp, status: 'resolved' }]),
      [],
      1,
    );
    expect(next[0]?.status).toBe('open');
  });

  test('a resolved finding that comes back is reopened; new findings are appended', () => {
    const resolved = mergeFindings(
      first,
      answer([], [{ fingerprint: fp, status: 'resolved' }]),
      [],
      1,
    );
    const other = { ...base, rule: 'naming', message: 'Rename x.' };
    const next = mergeFindings(resolved, answer([base, other]), [], 2);
    expect(next.map((f) => [f.rule, f.status])).toEqual([
      ['input-validation', 'open'],
      ['naming', 'open'],
    ]);
    expect(next[1]?.firstRound).toBe(2);
  });

  test("extra findings (test failures) are merged like the model's", () => {
    const extra = track({ ...base, rule: 'tests', path: null, message: 'The tests fail.' }, 0);
    const next = mergeFindings([], answer([]), [extra], 0);
    expect(next).toEqual([extra]);
  });
});
