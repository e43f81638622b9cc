// The proxy's usage tap reads SSE as the spec defines it, whatever the chunking: data fields over
// several lines, CRLF, CR or LF line ends, a chunk boundary at every position, and a usage it
// cannot read is unknown, never zero.
import { describe, expect, it } from '@jest/globals';
import { bodyReader } from '../../src/engines/proxy/sse.js';
import { anthropicCounter, geminiCounter, openaiCounter } from '../../src/engines/proxy/usage.js';

function docsOf(chunks: readonly string[], isSse = true, cap?: number): string[] {
  const docs: string[] = [];
  const r = bodyReader({
    isSse,
    onDocument: (d) => docs.push(d),
    onOversize: () => docs.push('<oversize>'),
    ...(cap !== undefined ? { cap } : {}),
  });
  for (const c of chunks) r.push(c);
  r.end();
  return docs;
}

const STREAM = [
  ': a comment\r\n',
  'event: response.completed\r\n',
  'data: {"a":\r\n',
  'data:  1,\r\n', // only one leading space is removed
  'data: "b": "x:y"}\r\n',
  'id: 7\r\n',
  '\r\n',
  'event: two\n',
  'data\n', // a data field with no colon is an empty line of data
  'data: {"c": 2}\n',
  '\n',
  'data: {"d": 3}\r',
  '\r',
  'data: [DONE]', // the last event without its blank line still counts
].join('');

const EXPECTED = ['{"a":\n 1,\n"b": "x:y"}', '\n{"c": 2}', '{"d": 3}', '[DONE]'];

describe('SSE reader', () => {
  it('reads multi-line data fields and every line-end style in one piece', () => {
    expect(docsOf([STREAM])).toEqual(EXPECTED);
  });

  it('gives the same events with a chunk boundary at every position, and byte by byte', () => {
    for (let i = 0; i <= STREAM.length; i++)
      expect(docsOf([STREAM.slice(0, i), STREAM.slice(i)])).toEqual(EXPECTED);
    expect(docsOf([...STREAM])).toEqual(EXPECTED);
  });

  it('reports an event larger than its cap as oversize, then reads the next one', () => {
    const big = `data: {"x":"${'y'.repeat(100)}"}\n\ndata: {"z":1}\n\n`;
    expect(docsOf([big], true, 50)).toEqual(['<oversize>', '{"z":1}']);
    expect(docsOf(['{"z":', '1}'], false)).toEqual(['{"z":1}']);
    expect(docsOf(['{"z":', '1}'], false, 3)).toEqual(['<oversize>']);
  });
});

describe('usage counters', () => {
  it('Anthropic: message_start input and cache, message_delta cumulative output, the model', () => {
    const c = anthropicCounter(true);
    c.push(
      'event: message_start\ndata: {"type":"message_start","message":{"model":"claude-sonnet-4-6",\ndata: "usage":{"input_tokens":10,"cache_read_input_tokens":5,"cache_creation_input_tokens":2,"output_tokens":1}}}\n\n',
    );
    c.push('data: {"type":"message_delta","usage":{"output_tokens":40}}\n\n');
    expect(c.end()).toEqual({
      tokens: { input: 10, cacheRead: 5, cacheWrite: 2, output: 40 },
      model: 'claude-sonnet-4-6',
      metered: true,
    });
  });

  it('OpenAI: the cached tokens are split out of input; a body with no usage is not metered', () => {
    const c = openaiCounter(false);
    c.push(
      '{"object":"response","model":"gpt-5","usage":{"input_tokens":100,"input_tokens_details":{"cached_tokens":30},"output_tokens":7}}',
    );
    expect(c.end()).toEqual({
      tokens: { input: 70, cacheRead: 30, cacheWrite: 0, output: 7 },
      model: 'gpt-5',
      metered: true,
    });
    const none = openaiCounter(true);
    none.push('data: {"choices":[],"model":"gpt-5"}\n\ndata: [DONE]\n\n');
    expect(none.end().metered).toBe(false);
  });

  it('Gemini: cumulative usageMetadata (last wins), thoughts as output, tool prompts as input, a JSON array too', () => {
    const meta = (out: number) =>
      `{"usageMetadata":{"promptTokenCount":100,"cachedContentTokenCount":40,"toolUsePromptTokenCount":5,"candidatesTokenCount":${out},"thoughtsTokenCount":3},"modelVersion":"gemini-2.5-pro"}`;
    const sse = geminiCounter(true);
    sse.push(`data: ${meta(1)}\r\n\r\ndata: ${meta(9)}\r\n\r\n`);
    const json = geminiCounter(false);
    json.push(`[${meta(1)},${meta(9)}]`);
    const want = {
      tokens: { input: 65, cacheRead: 40, cacheWrite: 0, output: 12 },
      model: 'gemini-2.5-pro',
      metered: true,
    };
    expect(sse.end()).toEqual(want);
    expect(json.end()).toEqual(want);
  });
});
