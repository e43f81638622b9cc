// Token counting and prompt-cache accounting, in-process.
import { describe, expect, it } from '@jest/globals';
import { CacheLedger, countInputTokens, countOutputTokens } from '../support/model/tokens.js';
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
});
