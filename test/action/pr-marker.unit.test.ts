// The PR body's marker is read back on every stage run: a damaged one is an error naming the
// field, never half-read (a verdict of the wrong shape, review rounds silently dropped).
import { describe, expect, test } from '@jest/globals';
import { parseMarker, renderMarker, type GitHubMarker } from '../../src/action/pr-marker.js';

const marker: GitHubMarker = {
  v: 1,
  stickyId: 12,
  requestedBy: 'alice',
  verdict: {
    clear: true,
    confidence: 0.9,
    question: null,
    defaultAssumption: null,
    why: 'clear enough',
    acceptanceCriteria: ['it works'],
    complexity: 'low',
  },
  reviewed: ['1@abc'],
  inBody: [],
  dispatch: null,
  origin: null,
};

/** The PR body with the marker's JSON edited by `edit`. */
function edited(edit: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(JSON.stringify(marker)) as Record<string, unknown>;
  edit(json);
  return `Closes #5\n${renderMarker(json as unknown as GitHubMarker)}\n`;
}

describe('parseMarker', () => {
  test('reads back what renderMarker wrote', () => {
    expect(parseMarker(`body\n${renderMarker(marker)}`)).toEqual(marker);
  });

  test('a body without a marker, or with one that is not ours, has none', () => {
    expect(parseMarker('just a body')).toBeNull();
    expect(parseMarker(edited((j) => (j.v = 2)))).toBeNull();
  });

  test('a verdict of the wrong shape is an error naming the field and the fix', () => {
    const body = edited((j) => ((j.verdict as Record<string, unknown>).confidence = 'high'));
    expect(() => parseMarker(body)).toThrow(/"verdict" is not a triage verdict \(confidence: /);
    expect(() => parseMarker(body)).toThrow(/restore the marker .* or delete it/);
  });

  test('review rounds of the wrong type are an error, not silently dropped', () => {
    expect(() => parseMarker(edited((j) => (j.reviewed = ['1@abc', 7])))).toThrow(
      /"reviewed" must be a list of strings/,
    );
    expect(() => parseMarker(edited((j) => (j.stickyId = '12')))).toThrow(
      /"stickyId" must be a number or null/,
    );
  });

  test('a marker that is not JSON is an error, not "no marker"', () => {
    expect(() => parseMarker('<!-- lailatov:github {"v":1, reviewed} -->')).toThrow(
      /marker: "JSON" is not valid JSON/,
    );
  });
});
