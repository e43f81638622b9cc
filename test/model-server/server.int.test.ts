// The model server at the HTTP level: auth, routes, the SSE wire format, scenario rules and
// errors, and independence of parallel servers.
import { afterEach, describe, expect, it } from '@jest/globals';
import { startModelServer, type ModelServer, type Scenario } from '../support/model/index.js';

let servers: ModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function start(scenario: Scenario, apiKey?: string): Promise<ModelServer> {
  const ms = await startModelServer({ scenario, ...(apiKey ? { apiKey } : {}) });
  servers.push(ms);
  return ms;
}

const BASE = {
  model: 'claude-sonnet-4-6',
  max_tokens: 10,
  messages: [{ role: 'user', content: 'hello' }],
};

function post(
  ms: ModelServer,
  body: unknown,
  headers: Record<string, string> = { 'x-api-key': 'k' },
  path = '/v1/messages',
): Promise<Response> {
  return fetch(ms.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function errorOf(res: Response): Promise<{ type: string; message: string }> {
  const json = (await res.json()) as { type: string; error: { type: string; message: string } };
  expect(json.type).toBe('error');
  return json.error;
}

describe('model server over HTTP', () => {
  it('requires an API key, in x-api-key or Authorization: Bearer', async () => {
    const ms = await start({ rules: [{ when: {}, reply: { text: 'ok' } }] });
    const none = await post(ms, BASE, {});
    expect(none.status).toBe(401);
    expect((await errorOf(none)).type).toBe('authentication_error');
    expect((await post(ms, BASE, { authorization: 'Bearer tok' })).status).toBe(200);
    expect(ms.requests.map((r) => r.headers.apiKey)).toEqual([undefined, 'tok']);
  });

  it('accepts only the configured key when one is set', async () => {
    const ms = await start({ rules: [{ when: {}, reply: { text: 'ok' } }] }, 'right');
    const wrong = await post(ms, BASE, { 'x-api-key': 'wrong' });
    expect(wrong.status).toBe(401);
    expect(await errorOf(wrong)).toEqual({
      type: 'authentication_error',
      message: 'invalid x-api-key',
    });
    expect((await post(ms, BASE, { 'x-api-key': 'right' })).status).toBe(200);
    expect((await post(ms, BASE, { authorization: 'Bearer right' })).status).toBe(200);
  });

  it('serves ?beta=true, logs headers, and 404s unknown routes', async () => {
    const ms = await start({ rules: [{ when: {}, reply: { text: 'ok' } }] });
    const res = await post(
      ms,
      BASE,
      { 'x-api-key': 'k', 'anthropic-beta': 'b1,b2' },
      '/v1/messages?beta=true',
    );
    expect(res.status).toBe(200);
    expect(ms.requests[0]).toMatchObject({ path: '/v1/messages', query: 'beta=true' });
    expect(ms.requests[0]?.headers.anthropicBeta).toBe('b1,b2');
    const missing = await post(ms, BASE, undefined, '/v1/complete');
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).type).toBe('not_found_error');
  });

  it('streams the exact SSE event sequence of the API', async () => {
    const ms = await start({
      turns: [
        {
          text: 'Writing the file now, hold on.',
          toolUses: [{ name: 'Write', input: { file_path: '/a', content: 'x'.repeat(60) } }],
        },
      ],
    });
    const res = await post(ms, {
      ...BASE,
      stream: true,
      tools: [{ name: 'Write', input_schema: {} }],
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = (await res.text())
      .trim()
      .split('\n\n')
      .map((frame) => {
        const [ev, data] = frame.split('\n');
        const parsed = JSON.parse((data ?? '').replace(/^data: /, '')) as Record<string, unknown>;
        expect(ev).toBe(`event: ${String(parsed.type)}`);
        return parsed;
      });
    const types = events.map((e) => e.type);
    expect(types.slice(0, 3)).toEqual(['message_start', 'ping', 'content_block_start']);
    expect(types.slice(-2)).toEqual(['message_delta', 'message_stop']);
    const deltas = (index: number) =>
      events
        .filter((e) => e.type === 'content_block_delta' && e.index === index)
        .map((e) => e.delta as { type: string; text?: string; partial_json?: string });
    expect(deltas(0).length).toBeGreaterThan(1);
    expect(
      deltas(0)
        .map((d) => d.text)
        .join(''),
    ).toBe('Writing the file now, hold on.');
    expect(deltas(1)[0]).toEqual({ type: 'input_json_delta', partial_json: '' });
    expect(
      JSON.parse(
        deltas(1)
          .map((d) => d.partial_json)
          .join(''),
      ),
    ).toEqual({ file_path: '/a', content: 'x'.repeat(60) });
    const skeleton = events[0]?.message as Record<string, unknown>;
    expect(skeleton).toMatchObject({
      type: 'message',
      role: 'assistant',
      content: [],
      stop_reason: null,
    });
    expect(skeleton.usage).toMatchObject({
      input_tokens: ms.requests[0]?.usage?.input_tokens,
      output_tokens: 1,
      cache_read_input_tokens: 0,
      cache_creation_input_tokens: 0,
    });
    const toolStart = events.find((e) => e.type === 'content_block_start' && e.index === 1);
    expect(toolStart?.content_block).toEqual({
      type: 'tool_use',
      id: ms.requests[0]?.toolUseIds?.[0],
      name: 'Write',
      input: {},
    });
    expect(events.at(-2)).toEqual({
      type: 'message_delta',
      delta: { stop_reason: 'tool_use', stop_sequence: null },
      usage: { output_tokens: ms.requests[0]?.usage?.output_tokens },
    });
  });

  it('matches rules first, honours times, then plays turns in order', async () => {
    const ms = await start({
      rules: [
        { name: 'titles', when: { model: /haiku/, noTools: true }, reply: { text: 'title' } },
        { name: 'once', when: { promptIncludes: 'special' }, reply: { text: 'special' }, times: 1 },
        {
          name: 'forced',
          when: { toolChoice: 'pick' },
          reply: { toolUses: [{ name: 'pick', input: {} }] },
        },
        {
          name: 'after-tool',
          when: { lastToolResult: true, hasTool: 'pick' },
          reply: { text: 'got it' },
        },
        {
          name: 'echo',
          when: { systemIncludes: 'ECHO' },
          reply: (req) => ({ text: `${req.messages.length} msgs` }),
        },
      ],
      turns: [{ text: 'turn one' }, { text: 'turn two', usage: { output_tokens: 999 } }],
    });
    const text = async (body: Record<string, unknown>) =>
      (
        (await (await post(ms, { ...BASE, ...body })).json()) as {
          content: Array<{ text?: string; name?: string }>;
        }
      ).content[0];
    const pick = [{ name: 'pick', input_schema: {} }];
    const special = [{ role: 'user', content: 'a special one' }];
    expect(await text({ model: 'claude-haiku-4-5' })).toEqual({ type: 'text', text: 'title' });
    expect(await text({ messages: special })).toEqual({ type: 'text', text: 'special' });
    expect(await text({ messages: special })).toEqual({ type: 'text', text: 'turn one' });
    expect(await text({ tools: pick, tool_choice: { type: 'tool', name: 'pick' } })).toMatchObject({
      name: 'pick',
    });
    const toolResult = [
      { role: 'user', content: 'go' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'pick', input: {} }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'done' }] },
    ];
    expect(await text({ tools: pick, messages: toolResult })).toEqual({
      type: 'text',
      text: 'got it',
    });
    expect(await text({ system: [{ type: 'text', text: 'ECHO' }], messages: toolResult })).toEqual({
      type: 'text',
      text: '3 msgs',
    });
    expect(await text({})).toEqual({ type: 'text', text: 'turn two' });
    expect(ms.requests.map((r) => r.answeredBy)).toEqual([
      'titles',
      'once',
      'turn#0',
      'forced',
      'after-tool',
      'echo',
      'turn#1',
    ]);
    expect(ms.requests.at(-1)?.usage?.output_tokens).toBe(999);
    expect(ms.remainingTurns()).toBe(0);
  });

  it('fails loudly when the scenario is exhausted', async () => {
    const ms = await start({ turns: [] });
    const res = await post(ms, BASE);
    expect(res.status).toBe(400);
    const err = await errorOf(res);
    expect(err.type).toBe('invalid_request_error');
    expect(err.message).toMatch(/scenario exhausted.*request #0/);
    expect(ms.failures).toEqual([err.message]);
    expect(ms.requests[0]).toMatchObject({ status: 400, error: err.message });
  });

  it('rejects a tool use the client did not offer, unless validation is off', async () => {
    const turns = [{ toolUses: [{ name: 'write_file', input: {} }] }];
    const ms = await start({ turns });
    const res = await post(ms, { ...BASE, tools: [{ name: 'Write', input_schema: {} }] });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/write_file.*did not offer.*\[Write\]/);
    const lax = await start({ turns, validateTools: false });
    expect((await post(lax, BASE)).status).toBe(200);
  });

  it('names the field of a malformed request', async () => {
    const ms = await start({ turns: [] });
    expect((await errorOf(await post(ms, '{oops'))).message).toMatch(/not valid JSON/);
    const { max_tokens: _omit, ...noMax } = BASE;
    expect((await errorOf(await post(ms, noMax))).message).toMatch(/^max_tokens: Field required/);
    expect((await errorOf(await post(ms, { ...BASE, model: 3 }))).message).toMatch(/^model:/);
  });

  it('rejects more than 4 cache_control blocks, as the API does, without using a turn', async () => {
    const ms = await start({ turns: [{ text: 'ok' }] });
    const mark = { type: 'ephemeral' };
    const block = (t: string) => ({ type: 'text', text: t, cache_control: mark });
    const res = await post(ms, {
      ...BASE,
      system: [block('a'), block('b')],
      messages: [{ role: 'user', content: [block('c'), block('d'), block('e')] }],
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe(
      'A maximum of 4 blocks with cache_control may be provided. Found 5.',
    );
    expect(ms.remainingTurns()).toBe(1);
  });

  it('sends retry-after with a 429 and the overloaded shape with a 529', async () => {
    const ms = await start({ turns: [] });
    ms.faults.add({ status: 429, retryAfterSeconds: 3 }).add({ status: 529, times: 2 });
    const r429 = await post(ms, BASE);
    expect(r429.status).toBe(429);
    expect(r429.headers.get('retry-after')).toBe('3');
    expect((await errorOf(r429)).type).toBe('rate_limit_error');
    for (let i = 0; i < 2; i++) {
      const r529 = await post(ms, BASE);
      expect(r529.status).toBe(529);
      expect(await errorOf(r529)).toEqual({ type: 'overloaded_error', message: 'Overloaded' });
    }
    expect(ms.faults.pending()).toBe(0);
    expect(() => ms.faults.add({ status: 500, times: 0 })).toThrow(
      /times must be a positive integer/,
    );
  });

  it('cuts a JSON reply short, and applies a fault only to matching requests', async () => {
    const ms = await start({
      rules: [{ when: {}, reply: { text: 'a reply long enough to cut' } }],
    });
    ms.faults.add({ breakAfterEvents: 1, when: { model: /haiku/ } });
    expect((await post(ms, BASE)).status).toBe(200);
    const cut = await post(ms, { ...BASE, model: 'claude-haiku-4-5' });
    await expect(cut.json()).rejects.toThrow();
    expect(ms.requests.map((r) => r.fault)).toEqual([undefined, 'break after 1 events']);
    expect(ms.usageTotals().requests).toBe(1);
  });

  it('runs two servers in parallel with independent state', async () => {
    const t0 = performance.now();
    const [a, b] = await Promise.all([
      start({ turns: [{ text: 'from a' }] }),
      start({ turns: [{ text: 'from b' }] }),
    ]);
    console.log(`model-server: two servers started in ${(performance.now() - t0).toFixed(1)} ms`);
    expect(a.port).not.toBe(b.port);
    const [ra, rb] = await Promise.all([post(a, BASE), post(b, BASE)]);
    expect(((await ra.json()) as { content: unknown[] }).content).toEqual([
      { type: 'text', text: 'from a' },
    ]);
    expect(((await rb.json()) as { content: unknown[] }).content).toEqual([
      { type: 'text', text: 'from b' },
    ]);
    expect([a.requests.length, b.requests.length]).toEqual([1, 1]);
  });
});
