// The loopback key proxy: only the dummy key gets in, only model endpoints go out, the real key
// is swapped in, SSE streams through as it comes, and usage is counted from the responses.
import { afterEach, describe, expect, it } from '@jest/globals';
import { anthropicProfile } from '../../src/engines/proxy/providers.js';
import { startKeyProxy, type KeyProxy } from '../../src/engines/proxy/server.js';
import { startModelServer, type ModelServer } from '../support/model/index.js';

const REAL = 'sk-ant-real-key-for-proxy-test';
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

async function setup(): Promise<{ ms: ModelServer; proxy: KeyProxy }> {
  const ms = await startModelServer({
    apiKey: REAL,
    minCacheableTokens: 0,
    scenario: { rules: [{ when: {}, reply: { text: 'Hello there, this is a streamed reply.' } }] },
  });
  const proxy = await startKeyProxy({ profile: anthropicProfile, upstream: ms.url, realKey: REAL });
  cleanup.push(
    () => ms.close(),
    () => proxy.close(),
  );
  return { ms, proxy };
}

const body = (stream: boolean) =>
  JSON.stringify({
    model: 'claude-sonnet-4-6',
    max_tokens: 100,
    stream,
    messages: [{ role: 'user', content: 'hi' }],
  });

function post(url: string, key: string, payload: string, path = '/v1/messages') {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      'x-api-key': key,
      'content-type': 'application/json',
      'anthropic-version': '2023-06-01',
    },
    body: payload,
  });
}

describe('key proxy', () => {
  it('refuses a wrong or missing key (401) and non-model endpoints (403)', async () => {
    const { ms, proxy } = await setup();
    expect((await post(proxy.url, 'wrong', body(false))).status).toBe(401);
    expect((await post(proxy.url, REAL, body(false))).status).toBe(401); // the real key is not the proxy's key
    expect(
      (await fetch(`${proxy.url}/v1/models`, { headers: { 'x-api-key': proxy.dummyKey } })).status,
    ).toBe(403);
    expect((await post(proxy.url, proxy.dummyKey, '{}', '/v1/files')).status).toBe(403);
    expect((await post(proxy.url, proxy.dummyKey, '{}', '/v1/messages/batches')).status).toBe(403);
    expect(ms.requests).toHaveLength(0);
    expect(proxy.stats()).toMatchObject({ requests: 0, refused: 5 });
  });

  it('swaps in the real key, streams SSE through, and counts the same usage the server charged', async () => {
    const { ms, proxy } = await setup();
    const json = await post(proxy.url, proxy.dummyKey, body(false));
    expect(json.status).toBe(200);
    const streamed = await post(proxy.url, proxy.dummyKey, body(true));
    expect(streamed.headers.get('content-type')).toContain('text/event-stream');
    const text = await streamed.text();
    expect(text).toContain('event: message_start');
    expect(text).toContain('event: message_stop');
    expect(ms.requests.map((r) => r.headers.apiKey)).toEqual([REAL, REAL]);
    const t = ms.usageTotals();
    expect(proxy.stats().tokens).toEqual({
      input: t.input_tokens,
      output: t.output_tokens,
      cacheRead: t.cache_read_input_tokens,
      cacheWrite: t.cache_creation_input_tokens,
    });
    expect(proxy.stats().tokens.output).toBeGreaterThan(0);
  });

  it('passes events through before the upstream ends (no buffering): a cut stream still delivers its head', async () => {
    const { ms, proxy } = await setup();
    ms.faults.add({ breakAfterEvents: 2 });
    const res = await post(proxy.url, proxy.dummyKey, body(true));
    const reader = res.body?.getReader();
    let received = '';
    try {
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) break;
        received += new TextDecoder().decode(chunk.value);
      }
    } catch {
      // The upstream dropped the socket; the proxy drops ours too.
    }
    expect(received).toContain('event: message_start');
    expect(received).not.toContain('event: message_stop');
  });
});
