// The Model port against the scripted model server: one forced tool call, validated, repaired once.
import { afterEach, describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { createAnthropicClient } from '../../../src/engines/anthropic/index.js';
import {
  AnthropicModel,
  ModelApiError,
  ModelRefusalError,
  StructuredOutputError,
} from '../../../src/engines/model/index.js';
import { startModelServer, type ModelServer, type Scenario } from '../../support/model/index.js';
import { MODEL, testPricer, totalsAsTokens } from '../anthropic/helpers.js';

let ms: ModelServer | undefined;
afterEach(async () => {
  await ms?.close();
  ms = undefined;
});

const Triage = z.object({
  clear: z.boolean(),
  tier: z.enum(['low', 'medium', 'high']),
  questions: z.array(z.string()),
});

async function modelFor(scenario: Scenario, maxRetries = 0): Promise<AnthropicModel> {
  ms = await startModelServer({ scenario });
  const { client } = await createAnthropicClient({
    env: { ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: ms.url },
    maxRetries,
  });
  return new AnthropicModel({ client, pricer: testPricer, maxRetries });
}

const request = {
  schema: Triage,
  name: 'report_triage',
  description: 'Report the triage of the issue.',
  system: 'You triage GitHub issues.',
  messages: [{ role: 'user' as const, content: 'Issue #1: the login button is broken.' }],
  model: MODEL,
};
const valid = { clear: true, tier: 'medium', questions: [] };
const answer = (input: Record<string, unknown>) => ({
  toolUses: [{ name: 'report_triage', input }],
});

describe('AnthropicModel.complete', () => {
  it('returns the validated value from one forced tool call, with usage and cost', async () => {
    const model = await modelFor({
      rules: [{ when: { toolChoice: 'report_triage' }, reply: answer(valid) }],
    });
    const out = await model.complete(request);
    expect(out.value).toEqual(valid);
    expect(out.calls).toHaveLength(1);
    expect(out.usage).toEqual(totalsAsTokens(ms!.usageTotals()));
    expect(out.costUsd).toBeCloseTo(testPricer(MODEL, out.usage) ?? NaN, 12);
    const body = ms!.requests[0]?.request?.body as Record<string, unknown>;
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'report_triage' });
    const tools = body.tools as Array<{ input_schema: { required: string[] } }>;
    expect(tools[0]?.input_schema.required).toEqual(['clear', 'tier', 'questions']);
  });

  it('repairs an invalid answer once, sending the validation errors back', async () => {
    const model = await modelFor({
      turns: [answer({ clear: 'yes', tier: 'urgent', questions: [] }), answer(valid)],
    });
    const out = await model.complete(request);
    expect(out.value).toEqual(valid);
    expect(out.calls).toHaveLength(2);
    expect(out.usage).toEqual(totalsAsTokens(ms!.usageTotals()));
    const repair = ms!.requests[1]?.request?.messages.at(-1);
    const block = Array.isArray(repair?.content) ? repair?.content[0] : undefined;
    expect(block).toMatchObject({ type: 'tool_result', is_error: true });
    expect(String(block?.content)).toMatch(/clear: .*\n- tier: /);
  });

  it('fails with StructuredOutputError naming the fields when the repair is invalid too', async () => {
    const model = await modelFor({
      turns: [
        answer({ clear: true, tier: 'urgent', questions: [] }),
        answer({ clear: true, tier: 'low', questions: 'none' }),
      ],
    });
    const err = await model.complete(request).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StructuredOutputError);
    const e = err as StructuredOutputError;
    expect(e.fields).toEqual(['questions']);
    expect(e.message).toContain('failing fields: questions');
    // Both calls are paid for and reported.
    expect(e.calls).toHaveLength(2);
    expect(e.usage).toEqual(totalsAsTokens(ms!.usageTotals()));
    expect(e.costUsd).toBeCloseTo(testPricer(MODEL, e.usage) ?? NaN, 12);
  });

  it('reports an API failure after retries as ModelApiError flagged infra', async () => {
    const model = await modelFor({ turns: [answer(valid)] });
    ms!.faults.add({ status: 500, times: 1 });
    const err = await model.complete(request).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelApiError);
    expect((err as ModelApiError).infra).toBe(true);
    expect((err as ModelApiError).detail).toContain('HTTP 500');
  });

  it('reports a refusal as ModelRefusalError after one call, with what that call cost (issue 13)', async () => {
    const model = await modelFor({
      turns: [{ text: 'I will not answer that.', stopReason: 'refusal' }, answer(valid)],
    });
    const err = await model.complete(request).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelRefusalError);
    // No repair attempt: asking again does not change a refusal, and it would cost a second call.
    expect(ms!.requests).toHaveLength(1);
    const refusal = err as ModelRefusalError;
    expect(refusal.usage).toEqual(totalsAsTokens(ms!.usageTotals()));
    expect(refusal.costUsd).toBeCloseTo(testPricer(MODEL, refusal.usage) ?? NaN, 12);
    expect(refusal.costUsd).toBeGreaterThan(0);
  });
});
