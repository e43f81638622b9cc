// The scripted model server against the real @anthropic-ai/sdk client over loopback HTTP.
import Anthropic from '@anthropic-ai/sdk';
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  startModelServer,
  type ModelServer,
  type ModelServerOptions,
} from '../support/model/index.js';

const MODEL = 'claude-sonnet-4-6';
const WEATHER_TOOL = {
  name: 'get_weather',
  description: 'Weather for a city',
  input_schema: { type: 'object' as const, properties: { city: { type: 'string' } } },
};

let servers: ModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function start(opts: ModelServerOptions): Promise<{ ms: ModelServer; client: Anthropic }> {
  const ms = await startModelServer(opts);
  servers.push(ms);
  return { ms, client: new Anthropic({ baseURL: ms.url, apiKey: 'x', maxRetries: 0 }) };
}

describe('model server with the Anthropic SDK', () => {
  it('streams text and a tool use that the SDK reassembles from deltas', async () => {
    const { ms, client } = await start({
      scenario: {
        turns: [
          {
            text: 'Let me check the weather for you, one moment.',
            toolUses: [{ name: 'get_weather', input: { city: 'Tel Aviv', days: [1, 2, 3] } }],
          },
        ],
      },
    });
    const stream = client.messages.stream({
      model: MODEL,
      max_tokens: 100,
      tools: [WEATHER_TOOL],
      messages: [{ role: 'user', content: 'Weather in Tel Aviv?' }],
    });
    const deltas: string[] = [];
    stream.on('text', (t) => deltas.push(t));
    const msg = await stream.finalMessage();

    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('Let me check the weather for you, one moment.');
    expect(msg.stop_reason).toBe('tool_use');
    const toolUse = msg.content[1];
    expect(toolUse?.type).toBe('tool_use');
    if (toolUse?.type !== 'tool_use') throw new Error('unreachable');
    expect(toolUse.id).toMatch(/^toolu_/);
    expect(toolUse.input).toEqual({ city: 'Tel Aviv', days: [1, 2, 3] });
    expect(msg.usage.output_tokens).toBe(ms.requests[0]?.usage?.output_tokens);
    expect(msg.usage.input_tokens).toBeGreaterThan(0);
    expect(ms.requests[0]?.request?.stream).toBe(true);
    expect(ms.requests[0]?.request?.toolNames).toEqual(['get_weather']);
  });

  it('answers non-streaming requests with the full message shape and usage', async () => {
    const { ms, client } = await start({ scenario: { turns: [{ text: 'Hello there.' }] } });
    const msg = await client.messages.create({
      model: MODEL,
      max_tokens: 50,
      system: 'Be brief.',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(msg).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: MODEL,
      content: [{ type: 'text', text: 'Hello there.' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
    });
    expect(msg.id).toMatch(/^msg_/);
    expect(msg.usage).toEqual({
      input_tokens: ms.requests[0]?.usage?.input_tokens,
      output_tokens: Math.ceil('Hello there.'.length / 4),
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    });
    expect(ms.usageTotals()).toMatchObject({ requests: 1, output_tokens: 3 });
  });

  it('retries after an injected 529 and logs both requests', async () => {
    const ms = await startModelServer({ scenario: { turns: [{ text: 'after retry' }] } });
    servers.push(ms);
    ms.faults.add({ status: 529 });
    const client = new Anthropic({ baseURL: ms.url, apiKey: 'x', maxRetries: 2 });
    const msg = await client.messages.create({
      model: MODEL,
      max_tokens: 20,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(msg.content).toEqual([{ type: 'text', text: 'after retry' }]);
    expect(ms.requests.map((r) => r.status)).toEqual([529, 200]);
    expect(ms.requests[0]?.fault).toBe('status 529');
    expect(ms.usageTotals().requests).toBe(1);
  });

  it('reports 429 and 500 in the API error shapes', async () => {
    const { ms, client } = await start({ scenario: { turns: [] } });
    ms.faults.add({ status: 429, retryAfterSeconds: 7 }).add({ status: 500 });
    const params = {
      model: MODEL,
      max_tokens: 5,
      messages: [{ role: 'user' as const, content: 'x' }],
    };
    const e429 = await client.messages.create(params).catch((e: unknown) => e);
    expect(e429).toBeInstanceOf(Anthropic.RateLimitError);
    const rate = e429 as InstanceType<typeof Anthropic.RateLimitError>;
    expect(rate.headers.get('retry-after')).toBe('7');
    expect(rate.error).toMatchObject({ type: 'error', error: { type: 'rate_limit_error' } });
    const e500 = await client.messages.create(params).catch((e: unknown) => e);
    expect(e500).toBeInstanceOf(Anthropic.InternalServerError);
    expect((e500 as InstanceType<typeof Anthropic.InternalServerError>).error).toMatchObject({
      error: { type: 'api_error' },
    });
  });

  it('surfaces a stream broken mid-message as an error, and serves the turn again', async () => {
    const { ms, client } = await start({
      scenario: { turns: [{ text: 'a fairly long reply text' }] },
    });
    ms.faults.add({ breakAfterEvents: 4 });
    const params = {
      model: MODEL,
      max_tokens: 50,
      messages: [{ role: 'user' as const, content: 'Hi' }],
    };
    await expect(client.messages.stream(params).finalMessage()).rejects.toThrow();
    expect(ms.requests[0]?.fault).toBe('break after 4 events');
    const again = await client.messages.stream(params).finalMessage();
    expect(again.content).toEqual([{ type: 'text', text: 'a fairly long reply text' }]);
  });

  it('delays the first byte when asked', async () => {
    const { ms, client } = await start({ scenario: { turns: [{ text: 'slow' }] } });
    ms.faults.add({ delayMs: 300 });
    const t0 = Date.now();
    await client.messages.create({
      model: MODEL,
      max_tokens: 5,
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });

  it('reads the cached prefix back on a second request with a breakpoint, not without', async () => {
    const { ms, client } = await start({
      scenario: { rules: [{ when: {}, reply: { text: 'ok' } }] },
    });
    const system = 'You are a careful assistant. '.repeat(400); // ~2900 tokens, over the minimum
    const cached = {
      model: MODEL,
      max_tokens: 5,
      system: [
        { type: 'text' as const, text: system, cache_control: { type: 'ephemeral' as const } },
      ],
      messages: [{ role: 'user' as const, content: 'first question' }],
    };
    const first = await client.messages.create(cached);
    const second = await client.messages.create({
      ...cached,
      messages: [{ role: 'user', content: 'second question' }],
    });
    const systemTokens = Math.ceil(JSON.stringify({ type: 'text', text: system }).length / 4);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    expect(first.usage.cache_creation_input_tokens).toBe(systemTokens);
    expect(second.usage.cache_read_input_tokens).toBe(systemTokens);
    expect(second.usage.cache_creation_input_tokens).toBe(0);
    expect(second.usage.input_tokens).toBeGreaterThan(0);

    // Same prompt without breakpoints: nothing is cached or read.
    const plain = { ...cached, system };
    await client.messages.create(plain);
    const plainAgain = await client.messages.create(plain);
    expect(plainAgain.usage.cache_read_input_tokens).toBe(0);
    expect(plainAgain.usage.cache_creation_input_tokens).toBe(0);
    expect(plainAgain.usage.input_tokens).toBeGreaterThan(systemTokens);

    const totals = ms.usageTotals();
    expect(totals.cache_read_input_tokens).toBe(systemTokens);
    expect(totals.requests).toBe(4);
    expect(totals.costUsd).toBeGreaterThan(0);
  });

  it('counts tokens without charging a reply', async () => {
    const { ms, client } = await start({ scenario: {} });
    const res = await client.messages.countTokens({
      model: MODEL,
      messages: [{ role: 'user', content: 'count me please' }],
    });
    expect(res.input_tokens).toBe(
      Math.ceil('user{"type":"text","text":"count me please"}'.length / 4),
    );
    expect(ms.requests[0]?.path).toBe('/v1/messages/count_tokens');
    expect(ms.usageTotals().requests).toBe(0);
  });
});
