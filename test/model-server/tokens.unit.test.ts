// Token counting and prompt-cache accounting, in-process.
import { describe, expect, it } from '@jest/globals';
import {
  CacheLedger,
  countBreakpoints,
  countInputTokens,
  countOutputTokens,
  minCacheableTokensFor,
} from '../support/model/tokens.js';
import type { ParsedRequest, RequestMessage } from '../support/model/types.js';

const EPHEMERAL = { type: 'ephemeral' };

function request(body: Record<string, unknown>): ParsedRequest {
  return {
    path: '/v1/messages',
    model: String(body.model ?? 'claude-sonnet-4-6'),
    stream: false,
    maxTokens: 10,
    system: '',
    toolNames: [],
    toolChoice: undefined,
    messages: (body.messages ?? []) as RequestMessage[],
    body,
  };
}

const text = (t: string, cached = false) => ({
  type: 'text',
  text: t,
  ...(cached ? { cache_control: EPHEMERAL } : {}),
});
const blockTokens = (t: string) => Math.ceil(JSON.stringify({ type: 'text', text: t }).length / 4);
const LONG = 'x'.repeat(400); // 104 tokens as a text block

describe('token counting', () => {
  it('counts ~4 characters per token over tools, system and messages', () => {
    const tool = { name: 'get_weather', input_schema: { type: 'object' } };
    const req = request({
      tools: [tool],
      system: 'Be brief.',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    const expected =
      Math.ceil(JSON.stringify(tool).length / 4) +
      Math.ceil('Be brief.'.length / 4) +
      Math.ceil(`user${JSON.stringify({ type: 'text', text: 'Hi' })}`.length / 4);
    expect(countInputTokens(req)).toBe(expected);
  });

  it('ignores cache_control when counting, and counts a string like one text block', () => {
    const a = request({ messages: [{ role: 'user', content: 'same words' }] });
    const b = request({ messages: [{ role: 'user', content: [text('same words', true)] }] });
    expect(countInputTokens(a)).toBe(countInputTokens(b));
  });

  it('counts output from text and tool JSON, at least one token', () => {
    expect(countOutputTokens({})).toBe(1);
    expect(countOutputTokens({ text: 'abcdefgh' })).toBe(2);
    expect(countOutputTokens({ toolUses: [{ name: 'Bash', input: { command: 'ls' } }] })).toBe(
      Math.ceil(('Bash' + '{"command":"ls"}').length / 4),
    );
  });
});

describe('prompt cache accounting', () => {
  it('charges everything as input without breakpoints', () => {
    const ledger = new CacheLedger(0);
    const req = request({ system: [text(LONG)], messages: [{ role: 'user', content: 'q' }] });
    ledger.charge(req);
    expect(ledger.charge(req)).toEqual({
      input_tokens: countInputTokens(req),
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    });
  });

  it('writes up to the last breakpoint, then reads it back for the same prefix', () => {
    const ledger = new CacheLedger(0);
    const first = request({
      system: [text(LONG, true)],
      messages: [{ role: 'user', content: 'a' }],
    });
    const second = request({
      system: [text(LONG, true)],
      messages: [{ role: 'user', content: 'b' }],
    });
    const sys = blockTokens(LONG);
    expect(ledger.charge(first)).toEqual({
      input_tokens: countInputTokens(first) - sys,
      cache_creation_input_tokens: sys,
      cache_read_input_tokens: 0,
    });
    expect(ledger.charge(second)).toEqual({
      input_tokens: countInputTokens(second) - sys,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: sys,
    });
  });

  it('misses when a byte of the prefix changed, or the model differs', () => {
    const ledger = new CacheLedger(0);
    ledger.charge(request({ system: [text(LONG, true)], messages: [] }));
    const changed = ledger.charge(request({ system: [text(LONG + '!', true)], messages: [] }));
    expect(changed.cache_read_input_tokens).toBe(0);
    const otherModel = ledger.charge(
      request({ model: 'claude-haiku-4-5', system: [text(LONG, true)], messages: [] }),
    );
    expect(otherModel.cache_read_input_tokens).toBe(0);
  });

  it('finds an earlier breakpoint by looking back from a moved breakpoint (conversation growth)', () => {
    const ledger = new CacheLedger(0);
    const turn1: RequestMessage[] = [{ role: 'user', content: [text(LONG, true)] }];
    ledger.charge(request({ messages: turn1 }));
    const turn2: RequestMessage[] = [
      { role: 'user', content: [text(LONG)] },
      { role: 'assistant', content: [text('answer')] },
      { role: 'user', content: [text('next', true)] },
    ];
    const req2 = request({ messages: turn2 });
    const prefix1 = Math.ceil(`user${JSON.stringify(text(LONG))}`.length / 4);
    expect(ledger.charge(req2)).toEqual({
      input_tokens: 0,
      cache_creation_input_tokens: countInputTokens(req2) - prefix1,
      cache_read_input_tokens: prefix1,
    });
  });

  it('does not cache a prefix shorter than the minimum', () => {
    const ledger = new CacheLedger(1024);
    const req = request({ system: [text(LONG, true)], messages: [] });
    ledger.charge(req);
    expect(ledger.charge(req)).toEqual({
      input_tokens: countInputTokens(req),
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    });
  });

  it("applies each model's own minimum by default (1024 Sonnet, 2048 Haiku 3.5, 4096 Haiku 4.5)", () => {
    expect(minCacheableTokensFor('claude-sonnet-4-6')).toBe(1024);
    expect(minCacheableTokensFor('claude-opus-4-1')).toBe(1024);
    expect(minCacheableTokensFor('claude-opus-4-6')).toBe(4096);
    expect(minCacheableTokensFor('claude-haiku-4-5')).toBe(4096);
    expect(minCacheableTokensFor('claude-3-5-haiku-latest')).toBe(2048);
    const ledger = new CacheLedger();
    const big = 'y'.repeat(4 * 2000); // about 2,000 tokens: enough for Sonnet, not Haiku 4.5
    for (const model of ['claude-sonnet-4-6', 'claude-haiku-4-5']) {
      const req = request({ model, system: [text(big, true)], messages: [] });
      ledger.charge(req);
      const again = ledger.charge(req);
      expect([model, again.cache_read_input_tokens > 0]).toEqual([
        model,
        model === 'claude-sonnet-4-6',
      ]);
    }
  });

  it('keeps the tools and system cached but not the messages when tool_choice or thinking change', () => {
    const ledger = new CacheLedger(0);
    const sys = blockTokens(LONG);
    const body = {
      system: [text(LONG, true)],
      messages: [{ role: 'user', content: [text(LONG, true)] }],
    };
    const full = ledger.charge(request(body)).cache_creation_input_tokens;
    expect(ledger.charge(request(body)).cache_read_input_tokens).toBe(full);
    for (const change of [
      { tool_choice: { type: 'any' } },
      { thinking: { type: 'enabled', budget_tokens: 2048 } },
    ]) {
      expect(ledger.charge(request({ ...body, ...change }))).toMatchObject({
        cache_read_input_tokens: sys,
        cache_creation_input_tokens: full - sys,
      });
    }
  });

  it('counts a cache_control inside a tool_result as a breakpoint, and ignores it for the prefix', () => {
    const ledger = new CacheLedger(0);
    const result = (cached: boolean) => ({
      type: 'tool_result',
      tool_use_id: 't1',
      content: [text(LONG, cached)],
    });
    const marked = request({ messages: [{ role: 'user', content: [result(true)] }] });
    const first = ledger.charge(marked);
    expect(first.cache_creation_input_tokens).toBe(countInputTokens(marked));
    // The same prefix, now followed by a marked block: the earlier entry is read back.
    const next = request({
      messages: [
        { role: 'user', content: [result(false)] },
        { role: 'assistant', content: [text('next', true)] },
      ],
    });
    expect(ledger.charge(next).cache_read_input_tokens).toBe(first.cache_creation_input_tokens);
    expect(countBreakpoints(marked.body)).toBe(1);
  });

  it('treats top-level cache_control (automatic caching) as a breakpoint on the last block', () => {
    const ledger = new CacheLedger(0);
    const req = request({ cache_control: EPHEMERAL, messages: [{ role: 'user', content: LONG }] });
    expect(countBreakpoints(req.body)).toBe(1);
    expect(ledger.charge(req).cache_creation_input_tokens).toBe(countInputTokens(req));
    expect(ledger.charge(req).cache_read_input_tokens).toBe(countInputTokens(req));
  });
});
