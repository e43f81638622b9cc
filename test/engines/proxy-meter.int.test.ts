// The proxy is the meter: for each protocol (Anthropic Messages, OpenAI Responses and Chat
// Completions, Gemini), a scripted upstream whose model never stops and reports a large usage
// per reply; a client that behaves like the CLIs (retries 408/409/429/5xx, stops on anything
// else) drives requests through the proxy. The proxy must stop within one request of the
// ceiling, with an error the client does not retry, and report exactly what the server reported.
import Anthropic from '@anthropic-ai/sdk';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { costOf } from '../../src/core/cost/index.js';
import { UserError } from '../../src/core/errors.js';
import {
  anthropicProfile,
  geminiProfile,
  openaiProfile,
  type ProviderProfile,
} from '../../src/engines/proxy/providers.js';
import { startKeyProxy, type KeyProxy } from '../../src/engines/proxy/server.js';
import type { Pricer } from '../../src/engines/types.js';
import { startModelServer } from '../support/model/index.js';
import { startMeteredUpstream, type UpstreamUsage } from './support/metered-upstream.js';

const REAL = 'real-provider-key-for-meter-test';
const pricer: Pricer = (model, t) => costOf(model, t).usd;
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

/** Every reply: 1M input tokens (200k of them cached) and 4k output. */
const BIG: UpstreamUsage = { input: 1_000_000, cached: 200_000, output: 4_000 };

async function proxyFor(
  profile: ProviderProfile,
  upstream: string,
  model: string,
  ceilingUsd?: number,
): Promise<KeyProxy> {
  const proxy = await startKeyProxy({
    profile,
    upstream,
    realKey: REAL,
    meter: { pricer, model, ...(ceilingUsd !== undefined ? { ceilingUsd } : {}) },
  });
  cleanup.push(() => proxy.close());
  return proxy;
}

interface Call {
  readonly path: string;
  readonly body: object;
  readonly headers: Record<string, string>;
  readonly stream: boolean;
}

/**
 * A CLI-like client: it calls the model again and again (the model never says it is done),
 * retries what the real CLIs retry, and gives up on any other error, which it reports.
 */
async function driveUntilFinal(
  base: string,
  call: Call,
): Promise<{ ok: number; retries: number; final: { status: number; body: string } }> {
  let ok = 0;
  let retries = 0;
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${base}${call.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...call.headers },
      body: JSON.stringify(call.body),
    });
    const text = await res.text(); // read it all, streamed or not, as a client does
    if (res.ok) {
      ok += 1;
      if (call.stream) expect(res.headers.get('content-type')).toContain('text/event-stream');
      continue;
    }
    if ([408, 409, 429].includes(res.status) || res.status >= 500) {
      retries += 1;
      continue;
    }
    return { ok, retries, final: { status: res.status, body: text } };
  }
  throw new Error('the client never got a final error: the ceiling did not hold');
}

const tokensOf = (u: UpstreamUsage, n: number) => ({
  input: n * (u.input - u.cached),
  cacheRead: n * u.cached,
  cacheWrite: 0,
  output: n * u.output,
});

describe('the proxy is the meter: OpenAI and Gemini', () => {
  const cases: Array<{
    name: string;
    profile: ProviderProfile;
    model: string;
    call: (p: KeyProxy) => Call;
    errorShape: (body: unknown) => void;
  }> = [
    ...[true, false].map((stream) => ({
      name: `OpenAI Responses (${stream ? 'SSE' : 'JSON'})`,
      profile: openaiProfile,
      model: 'gpt-5-codex',
      call: (p: KeyProxy): Call => ({
        path: '/v1/responses',
        body: { model: 'gpt-5-codex', input: 'go on', stream },
        headers: { authorization: `Bearer ${p.dummyKey}` },
        stream,
      }),
      errorShape: (b: unknown) =>
        expect(b).toMatchObject({
          error: { type: 'invalid_request_error', message: expect.any(String) },
        }),
    })),
    ...[true, false].map((stream) => ({
      name: `OpenAI Chat Completions (${stream ? 'SSE with include_usage' : 'JSON'})`,
      profile: openaiProfile,
      model: 'gpt-5',
      call: (p: KeyProxy): Call => ({
        path: '/v1/chat/completions',
        body: {
          model: 'gpt-5',
          messages: [{ role: 'user', content: 'go on' }],
          stream,
          ...(stream ? { stream_options: { include_usage: true } } : {}),
        },
        headers: { authorization: `Bearer ${p.dummyKey}` },
        stream,
      }),
      errorShape: (b: unknown) =>
        expect(b).toMatchObject({ error: { type: 'invalid_request_error' } }),
    })),
    {
      // An aider-like client: it streams and does not ask for usage. The proxy asks for it, or
      // the first reply's cost would be unknown and the ceiling would refuse the second request.
      name: 'OpenAI Chat Completions (SSE, the client omits include_usage: the proxy asks)',
      profile: openaiProfile,
      model: 'gpt-5',
      call: (p: KeyProxy): Call => ({
        path: '/v1/chat/completions',
        body: { model: 'gpt-5', messages: [{ role: 'user', content: 'go on' }], stream: true },
        headers: { authorization: `Bearer ${p.dummyKey}` },
        stream: true,
      }),
      errorShape: (b: unknown) =>
        expect(b).toMatchObject({ error: { type: 'invalid_request_error' } }),
    },
    ...[true, false].map((stream) => ({
      name: `Gemini ${stream ? 'streamGenerateContent?alt=sse' : 'generateContent'}`,
      profile: geminiProfile,
      model: 'gemini-2.5-pro',
      call: (p: KeyProxy): Call => ({
        path: `/v1beta/models/gemini-2.5-pro:${stream ? 'streamGenerateContent?alt=sse' : 'generateContent'}`,
        body: { contents: [{ role: 'user', parts: [{ text: 'go on' }] }] },
        headers: { 'x-goog-api-key': p.dummyKey },
        stream,
      }),
      errorShape: (b: unknown) =>
        expect(b).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } }),
    })),
  ];

  it.each(cases)(
    '$name: stops at the ceiling with a final 400, and totals equal what the server reported',
    async ({ profile, model, call, errorShape }) => {
      const up = await startMeteredUpstream(BIG);
      cleanup.push(() => up.close());
      const perReply = tokensOf(BIG, 1);
      const replyUsd = pricer(model, perReply) ?? NaN;
      expect(replyUsd).toBeGreaterThan(1); // a large usage: over a dollar a reply
      const ceiling = 5;
      const proxy = await proxyFor(profile, up.url, model, ceiling);

      const run = await driveUntilFinal(proxy.url, call(proxy));

      // Within one request of the ceiling: every forwarded reply but the last fit under it.
      const n = up.requests.length;
      expect(run.ok).toBe(n);
      expect(run.retries).toBe(0);
      expect((n - 1) * replyUsd).toBeLessThanOrEqual(ceiling);
      expect((n + 1) * replyUsd).toBeGreaterThan(ceiling);
      // The error is final: the client stopped at the first refusal, the upstream saw no more.
      expect(run.final.status).toBe(400);
      const body = JSON.parse(run.final.body) as unknown;
      errorShape(body);
      expect(run.final.body).toContain("LailaTov budget: the run's ceiling of $5.00 is spent");
      const s = proxy.stats();
      expect(s).toMatchObject({
        requests: n,
        ceilingHit: true,
        ceilingRefusals: 1,
        ceilingUsd: ceiling,
        unknown: [],
      });
      // Exactly what the server reported, priced with the table.
      expect(s.tokens).toEqual(tokensOf(BIG, n));
      expect(s.costUsd).toBeCloseTo(n * replyUsd, 9);
      expect(up.keys.every((k) => k.includes(REAL))).toBe(true);
    },
  );

  it('counts every reply with no ceiling, and a response with no usage makes the total unknown, not $0', async () => {
    // A gateway that never sends the chat completion usage chunk, even when asked.
    const up = await startMeteredUpstream(BIG, { streamUsage: false });
    cleanup.push(() => up.close());
    const proxy = await proxyFor(openaiProfile, up.url, 'gpt-5');
    const headers = {
      authorization: `Bearer ${proxy.dummyKey}`,
      'content-type': 'application/json',
    };
    for (let i = 0; i < 3; i++) {
      const r = await fetch(`${proxy.url}/v1/responses`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ model: 'gpt-5', input: 'x', stream: true }),
      });
      await r.text();
    }
    expect(proxy.stats().costUsd).toBeCloseTo(3 * (pricer('gpt-5', tokensOf(BIG, 1)) ?? NaN), 9);
    expect(proxy.stats().ceilingHit).toBe(false);
    // A streamed chat completion that reports no usage: its cost is unknown.
    const r = await fetch(`${proxy.url}/v1/chat/completions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: 'gpt-5', messages: [], stream: true }),
    });
    expect(await r.text()).toContain('[DONE]');
    expect(proxy.stats().costUsd).toBeNull();
    expect(proxy.stats().unknown).toEqual(['a response carried no usage']);
  });

  it('asks for the usage of a streamed chat completion the client did not ask for, and passes its chunk through', async () => {
    const up = await startMeteredUpstream(BIG);
    cleanup.push(() => up.close());
    const proxy = await proxyFor(openaiProfile, up.url, 'gpt-5', 100);
    const request = {
      model: 'gpt-5',
      messages: [{ role: 'user', content: 'ünïcode' }],
      stream: true,
      stream_options: { some_future_option: 1 },
    };
    const r = await fetch(`${proxy.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${proxy.dummyKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const text = await r.text();
    // The upstream got the request with include_usage added and nothing else changed...
    expect(up.bodies).toEqual([
      { ...request, stream_options: { some_future_option: 1, include_usage: true } },
    ]);
    // ...the client got the stream with the usage chunk (empty choices, as the API sends it)...
    expect(r.status).toBe(200);
    expect(text.replace(/\r\n(data: )?/g, '')).toContain('"choices": [],');
    expect(text).toContain('data: [DONE]');
    // ...and the meter knows what it cost.
    expect(proxy.stats().tokens).toEqual(tokensOf(BIG, 1));
    expect(proxy.stats().costUsd).toBeCloseTo(pricer('gpt-5', tokensOf(BIG, 1)) ?? NaN, 9);
  });

  it('refuses to start with a ceiling for a model that has no price', async () => {
    await expect(
      startKeyProxy({
        profile: openaiProfile,
        upstream: 'http://127.0.0.1:9',
        realKey: REAL,
        meter: { pricer, model: 'gpt-unknown-9', ceilingUsd: 2 },
      }),
    ).rejects.toThrow(UserError);
    await expect(
      startKeyProxy({
        profile: openaiProfile,
        upstream: 'http://127.0.0.1:9',
        realKey: REAL,
        meter: { pricer, model: 'gpt-unknown-9', ceilingUsd: 2 },
      }),
    ).rejects.toThrow(/no price is known for model "gpt-unknown-9".*\$2\.00/);
  });
});

describe('the proxy is the meter: Anthropic, with the real SDK', () => {
  it.each([true, false])(
    'stream=%s: the SDK gets a 400 it does not retry, and the totals equal what the server charged',
    async (stream) => {
      const MODEL = 'claude-sonnet-4-6';
      const ms = await startModelServer({
        apiKey: REAL,
        scenario: {
          rules: [
            {
              when: {},
              reply: {
                text: 'Still working.',
                usage: { input_tokens: 1_000_000, output_tokens: 2_000 },
              },
            },
          ],
        },
      });
      cleanup.push(() => ms.close());
      const ceiling = 10;
      const proxy = await proxyFor(anthropicProfile, ms.url, MODEL, ceiling);
      // The SDK's own retry policy (maxRetries 2 by default) is what is under test.
      const client = new Anthropic({ baseURL: proxy.url, apiKey: proxy.dummyKey });
      let ok = 0;
      let final: unknown;
      for (let i = 0; i < 50 && final === undefined; i++) {
        try {
          const params = {
            model: MODEL,
            max_tokens: 100,
            messages: [{ role: 'user' as const, content: 'go on' }],
          };
          if (stream) await client.messages.stream(params).finalMessage();
          else await client.messages.create(params);
          ok += 1;
        } catch (e) {
          final = e;
        }
      }
      expect(final).toBeInstanceOf(Anthropic.BadRequestError);
      expect((final as Error).message).toContain(
        "LailaTov budget: the run's ceiling of $10.00 is spent",
      );
      const calls = ms.requests.filter((r) => r.path === '/v1/messages');
      expect(calls).toHaveLength(ok); // nothing past the ceiling reached the server
      const s = proxy.stats();
      expect(s).toMatchObject({ requests: ok, ceilingHit: true, ceilingRefusals: 1 }); // no retry
      const t = ms.usageTotals();
      expect(s.tokens).toEqual({
        input: t.input_tokens,
        output: t.output_tokens,
        cacheRead: t.cache_read_input_tokens,
        cacheWrite: t.cache_creation_input_tokens,
      });
      expect(s.costUsd).toBeCloseTo(t.costUsd ?? NaN, 9);
      const reply = (s.costUsd ?? NaN) / ok;
      expect((ok - 1) * reply).toBeLessThanOrEqual(ceiling);
      expect((ok + 1) * reply).toBeGreaterThan(ceiling);
    },
  );
});

describe('the proxy is the meter: failed calls', () => {
  it('a stream cut after message_start still counts the input it was charged', async () => {
    const MODEL = 'claude-sonnet-4-6';
    const ms = await startModelServer({
      apiKey: REAL,
      scenario: { rules: [{ when: {}, reply: { text: 'A reply that will be cut.' } }] },
    });
    cleanup.push(() => ms.close());
    ms.faults.add({ breakAfterEvents: 2 });
    const proxy = await proxyFor(anthropicProfile, ms.url, MODEL);
    const res = await fetch(`${proxy.url}/v1/messages`, {
      method: 'POST',
      headers: {
        'x-api-key': proxy.dummyKey,
        'content-type': 'application/json',
        'anthropic-version': '2023-06-01',
      },
      body: JSON.stringify({
        model: MODEL,
        max_tokens: 100,
        stream: true,
        messages: [{ role: 'user', content: 'hi' }],
      }),
    });
    await res.text().catch(() => '');
    // Wait until the proxy has settled the cut request (no clock: poll the stats).
    for (let i = 0; i < 200 && proxy.stats().tokens.input === 0; i++)
      await new Promise((r) => setImmediate(r));
    const charged = ms.requests[0]?.usage;
    expect(charged?.input_tokens).toBeGreaterThan(0);
    expect(proxy.stats().tokens.input).toBe(charged?.input_tokens);
    expect(proxy.stats().costUsd).toBeGreaterThan(0);
  });
});

describe('the proxy is the meter: any body size', () => {
  it('passes a 20 MB stream through byte for byte (multi-byte text split anywhere) and still reads its usage', async () => {
    const text = 'ünïcödé … 😀 '.repeat(4096); // about 90 kB of multi-byte text per event
    const event = (usage: boolean) =>
      `data: ${JSON.stringify({
        candidates: [{ content: { parts: [{ text }] } }],
        ...(usage
          ? {
              usageMetadata: { promptTokenCount: 1234, candidatesTokenCount: 56 },
              modelVersion: 'gemini-2.5-pro',
            }
          : {}),
      })}\n\n`;
    const body = Buffer.from(
      Array.from({ length: 240 }, (_, i) => event(i === 239)).join(''),
      'utf8',
    );
    expect(body.length).toBeGreaterThan(20_000_000);
    const server = http.createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      // Odd-sized pieces, so multi-byte characters and lines are cut everywhere.
      const write = (at: number): void => {
        if (at >= body.length) {
          res.end();
          return;
        }
        const next = Math.min(body.length, at + 65_521);
        if (res.write(body.subarray(at, next))) write(next);
        else res.once('drain', () => write(next));
      };
      write(0);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    cleanup.push(
      () =>
        new Promise<void>((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
    );
    const { port } = server.address() as AddressInfo;
    const proxy = await proxyFor(geminiProfile, `http://127.0.0.1:${port}`, 'gemini-2.5-pro', 100);
    const res = await fetch(
      `${proxy.url}/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse`,
      { method: 'POST', headers: { 'x-goog-api-key': proxy.dummyKey }, body: '{}' },
    );
    const got = Buffer.from(await res.arrayBuffer());
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(got.length).toBe(body.length);
    expect(sha(got)).toBe(sha(body));
    expect(proxy.stats().tokens).toEqual({ input: 1234, cacheRead: 0, cacheWrite: 0, output: 56 });
    expect(proxy.stats().costUsd).toBeCloseTo(
      pricer('gemini-2.5-pro', { input: 1234, output: 56, cacheRead: 0, cacheWrite: 0 }) ?? NaN,
      12,
    );
  });
});
