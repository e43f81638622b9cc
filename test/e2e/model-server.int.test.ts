// `lailatov run` through the real Model port: triage, code review and spec audit go through
// @anthropic-ai/sdk (AnthropicModel, forced tool use) to the scripted model server; the outcome
// record's per-stage model, tokens and cost must be what the server charged.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { costOf } from '../../src/core/cost/index.js';
import type { OutcomeRecord } from '../../src/core/outcomes/index.js';
import {
  startModelServer,
  type LoggedRequest,
  type ModelServer,
  type Rule,
} from '../support/model/index.js';
import { captureIo } from '../support/cli-io.js';
import { demoModel, git, makeFixture, readLog, type Fixture } from './helpers.js';

const KEY = 'sk-ant-e2e-model-port';
let ms: ModelServer;

/** A rule that answers a forced tool call with the given tool input. */
function answer(tool: string, value: unknown, times?: number): Rule {
  return {
    name: `${tool}${times ? `x${times}` : ''}`,
    when: { toolChoice: tool },
    reply: { toolUses: [{ name: tool, input: value as Record<string, unknown> }] },
    ...(times !== undefined && { times }),
  };
}

beforeAll(async () => {
  const { answers } = await demoModel();
  const first = (k: string, i: number): unknown => answers[k]?.[i]?.value;
  ms = await startModelServer({
    apiKey: KEY,
    scenario: {
      // Round 1 of review finds something, later rounds are clean; the same for the audit.
      rules: [
        answer('triage_verdict', first('triage_verdict', 0)),
        answer('review_findings', first('review_findings', 0), 1),
        answer('review_findings', first('review_findings', 1)),
        answer('spec_audit', first('spec_audit', 0), 1),
        answer('spec_audit', first('spec_audit', 1)),
      ],
      // The anthropic engine's turns (only the second test writes with it).
      turns: [
        {
          text: 'Adding the notes.',
          toolUses: [{ name: 'write_file', input: { file_path: 'NOTES.md', content: 'ok\n' } }],
        },
        { text: 'Wrote NOTES.md.' },
      ],
    },
  });
});
afterAll(() => ms.close());

async function run(f: Fixture, ...extra: string[]) {
  const io = captureIo({
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      ANTHROPIC_BASE_URL: ms.url,
      ANTHROPIC_API_KEY: KEY,
    },
  });
  const code = await main(
    ['run', '--issue', f.issue, '--repo', f.repo, '--replay', f.replay, '--json', ...extra],
    io,
  );
  return { code, out: io.out(), err: io.err() };
}

const modelCalls = (from: number): LoggedRequest[] =>
  ms.requests.slice(from).filter((r) => r.path === '/v1/messages' && r.status === 200);

describe('lailatov run with the real Model port against the model server', () => {
  test('triage, review and audit are priced from what the server charged', async () => {
    const f = await makeFixture();
    const from = ms.requests.length;
    const { code, out, err } = await run(f);
    expect(ms.failures).toEqual([]);
    expect({ code, err }).toMatchObject({ code: 0 });

    // stdout is exactly one JSON object: the record, also appended to the log.
    const record = JSON.parse(out) as OutcomeRecord;
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(await readLog(f.log)).toEqual([record]);
    expect(record).toMatchObject({ outcome: 'ready', remediationRounds: 1 });
    expect((await git(f.repo, 'branch', '--list', 'agent/*')).trim()).toContain(record.branch);

    // Every model call was forced tool use, in pipeline order.
    const calls = modelCalls(from);
    expect(calls.map((c) => c.request?.toolChoice)).toEqual(
      ['triage_verdict', 'review_findings', 'spec_audit', 'review_findings', 'spec_audit'].map(
        (name) => ({ type: 'tool', name }),
      ),
    );
    for (const c of calls) expect(c.headers.apiKey).toBe(KEY);

    const modelStages = record.stages.filter((s) => s.engine === 'model');
    expect(modelStages.map((s) => s.stage)).toEqual([
      'triage',
      'review',
      'audit',
      'review',
      'audit',
    ]);
    modelStages.forEach((s, i) => {
      const c = calls[i];
      const u = c?.usage;
      expect(s.model).toBe(c?.request?.model);
      expect(s.provider).toBe('anthropic');
      expect(s.tokens).toEqual({
        input: u?.input_tokens,
        output: u?.output_tokens,
        cacheRead: u?.cache_read_input_tokens,
        cacheWrite: u?.cache_creation_input_tokens,
      });
      expect(s.tokens.input).toBeGreaterThan(0);
      expect(s.costUsd).toBeCloseTo(costOf(s.model, s.tokens).usd ?? NaN, 12);
    });
    // The server's own totals (at list prices) match the record's model stages.
    const totals = ms.usageTotals();
    const sum = (k: 'input' | 'output') => modelStages.reduce((a, s) => a + s.tokens[k], 0);
    expect(sum('input')).toBe(totals.input_tokens);
    expect(sum('output')).toBe(totals.output_tokens);
    const modelCost = modelStages.reduce((a, s) => a + (s.costUsd ?? NaN), 0);
    expect(modelCost).toBeCloseTo(totals.costUsd ?? NaN, 12);
    // Writing was replayed: no model tokens there.
    expect(record.stages.filter((s) => s.engine === 'replay').map((s) => s.stage)).toEqual([
      'write',
      'remediate-1',
    ]);

    // Plain progress: every stderr line is a progress line, naming each stage.
    const lines = err.trim().split('\n');
    expect(lines.every((l) => l.startsWith('[lailatov] '))).toBe(true);
    for (const stage of ['triage', 'write', 'review', 'remediate'])
      expect(lines.some((l) => l.startsWith(`[lailatov] ${stage}`))).toBe(true);
  }, 60_000);

  test('the anthropic engine writes, and its turns show as plain progress lines', async () => {
    const f = await makeFixture();
    const from = ms.requests.length;
    const { code, out, err } = await run(f, '--engine', 'anthropic');
    expect(ms.failures).toEqual([]);
    expect(code).toBe(0);
    const record = JSON.parse(out) as OutcomeRecord;
    expect(record).toMatchObject({ outcome: 'ready', remediationRounds: 0 });
    expect(record.changedFiles).toEqual(['NOTES.md']);

    const write = record.stages.find((s) => s.stage === 'write');
    const engineCalls = modelCalls(from).filter((c) => c.answeredBy?.startsWith('turn#'));
    expect(engineCalls).toHaveLength(2);
    expect(write).toMatchObject({ engine: 'anthropic', turns: 2 });
    expect(write?.tokens.output).toBe(
      engineCalls.reduce((a, c) => a + (c.usage?.output_tokens ?? 0), 0),
    );

    const lines = err.trim().split('\n');
    expect(lines.every((l) => l.startsWith('[lailatov] '))).toBe(true);
    expect(lines).toContain('[lailatov] write: turn 1: write_file');
    expect(lines).toContain('[lailatov] write: turn 2: Wrote NOTES.md.');
  }, 60_000);
});
