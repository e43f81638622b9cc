// What the proxy sends for a Chat Completions request: include_usage added to a streamed request
// that lacks it, every other body passed through byte for byte.
import { describe, expect, it } from '@jest/globals';
import { withStreamUsage } from '../../src/engines/proxy/stream-usage.js';

const bytes = (o: unknown): Buffer => Buffer.from(JSON.stringify(o));
const parsed = (b: Buffer): unknown => JSON.parse(b.toString('utf8'));

describe('withStreamUsage', () => {
  it('adds stream_options.include_usage to a streamed request, keeping the other options', () => {
    const messages = [{ role: 'user', content: 'héllo' }];
    expect(parsed(withStreamUsage(bytes({ model: 'gpt-5', messages, stream: true })))).toEqual({
      model: 'gpt-5',
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(
      parsed(
        withStreamUsage(bytes({ stream: true, stream_options: { include_obfuscation: false } })),
      ),
    ).toEqual({
      stream: true,
      stream_options: { include_obfuscation: false, include_usage: true },
    });
  });

  it('asks even when the client said include_usage: false (the meter must know the spend)', () => {
    expect(
      parsed(withStreamUsage(bytes({ stream: true, stream_options: { include_usage: false } }))),
    ).toEqual({ stream: true, stream_options: { include_usage: true } });
  });

  it('passes through the same bytes when there is nothing to add or nothing to read', () => {
    for (const body of [
      Buffer.from('{ "stream": true, "stream_options": { "include_usage": true } }'),
      Buffer.from('{"model":"gpt-5","messages":[]}'),
      Buffer.from('{"stream":"yes"}'),
      Buffer.from('not json'),
      Buffer.from('[1,2]'),
      Buffer.alloc(0),
    ])
      expect(withStreamUsage(body)).toBe(body);
  });
});
