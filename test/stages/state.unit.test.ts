import { describe, expect, test } from '@jest/globals';
import { initialState } from '../../src/stages/pipeline.js';
import { renderPrBody } from '../../src/stages/pr-body.js';
import { track } from '../../src/core/findings.js';
import { parseStateMarker, renderStateMarker, type PipelineState } from '../../src/stages/state.js';

const state: PipelineState = {
  ...initialState(7, 'main'),
  branch: 'agent/issue-7-x',
  title: 'Title with <b>tags</b> and --> an end of comment',
  acceptanceCriteria: ['a < b', 'c'],
  round: 1,
  summary: 'sum',
  stages: [
    {
      stage: 'write',
      engine: 'replay',
      model: 'm',
      provider: 'p',
      costUsd: null,
      tokens: { input: 1, output: 2, cacheRead: 3, cacheWrite: 4 },
      turns: 2,
      durationMs: 5,
      outcome: 'completed',
    },
  ],
  findings: [
    track(
      {
        severity: 'major',
        path: 'a.js',
        startLine: 1,
        endLine: 2,
        rule: 'r',
        message: 'm -->',
        suggestion: null,
      },
      0,
    ),
  ],
  checks: { tests: 'failed' },
  testFailure: 'boom',
};

describe('the hidden state marker', () => {
  test('round-trips, even with text that could end an HTML comment', () => {
    const marker = renderStateMarker(state);
    expect(marker.slice(4, -3)).not.toContain('-->');
    expect(marker.slice(4, -3)).not.toContain('<');
    expect(parseStateMarker(`text before\n\n${marker}\n`)).toEqual(state);
  });

  test('keeps the links of an engine chain from one stage to the next', () => {
    const link = {
      engine: 'anthropic',
      model: 'm',
      outcome: 'error',
      costUsd: 0.9,
      tokens: { input: 1, output: 2, cacheRead: 0, cacheWrite: 0 },
      turns: 1,
      durationMs: 3,
      detail: 'infra: HTTP 529 -->',
    };
    const { detail: _, ...second } = { ...link, engine: 'replay', outcome: 'completed' };
    const chained: PipelineState = {
      ...state,
      stages: state.stages.map((s) => ({ ...s, links: [link, second] })),
    };
    expect(parseStateMarker(renderStateMarker(chained))).toEqual(chained);
  });

  test('round-trips through a whole PR body', () => {
    const body = renderPrBody({ state, summary: 'Fixed it.', status: 'draft', tests: null });
    expect(parseStateMarker(body)).toEqual(state);
  });

  test('a fake marker in the agent summary does not inject state', () => {
    const fake = renderStateMarker({ ...state, round: 99, branch: 'main', issue: 1 });
    const body = renderPrBody({ state, summary: `Done.\n${fake}`, status: 'draft', tests: null });
    const parsed = parseStateMarker(body);
    expect(parsed).toEqual(state);
    expect(body).not.toContain(`\n${fake}`);
  });

  test('a fake marker alone in a hostile body yields no state when it is not a whole state', () => {
    expect(parseStateMarker('<!-- lailatov:state {"v":1,"round":99} -->')).toBeNull();
    expect(parseStateMarker('<!-- lailatov:state {"v":2} -->')).toBeNull();
    const wrongTypes = renderStateMarker({ ...state, round: -1 });
    expect(parseStateMarker(wrongTypes)).toBeNull();
  });

  test('broken JSON, no marker, huge garbage: null, no throw', () => {
    expect(parseStateMarker('<!-- lailatov:state {"v":1, -->')).toBeNull();
    expect(parseStateMarker('<!-- lailatov:state {not json} -->')).toBeNull();
    expect(parseStateMarker('no marker here')).toBeNull();
    expect(parseStateMarker('')).toBeNull();
    expect(parseStateMarker(`<!-- lailatov:state {${'{'.repeat(100_000)} -->`)).toBeNull();
  });

  test('the last marker wins: a later valid marker is the one read', () => {
    const older = renderStateMarker({ ...state, round: 0 });
    expect(parseStateMarker(`${older}\n\n${renderStateMarker(state)}`)?.round).toBe(1);
  });
});
