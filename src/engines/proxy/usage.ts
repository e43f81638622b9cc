import { zeroUsage } from '../../core/usage.js';
import type { EngineTokens } from '../types.js';

/**
 * Token counting from the provider's own responses, independent of what the CLI reports. Each
 * counter reads one response body (SSE or JSON) incrementally and yields that response's usage.
 */
export interface UsageCounter {
  push(chunk: string): void;
  /** Usage of the whole response, once the body has ended. */
  end(): EngineTokens;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Max bytes of a non-streamed JSON body we keep to read its usage. */
const JSON_TAP_CAP = 8 * 1024 * 1024;

/**
 * Reads `data:` lines of an SSE stream, or a whole JSON body, and hands each parsed object to
 * `onObject`. SSE is parsed line by line as it passes, so nothing is buffered but a partial line.
 */
function jsonTap(
  isSse: boolean,
  onObject: (o: Json) => void,
): { push(c: string): void; end(): void } {
  let pending = '';
  let body = '';
  const line = (l: string): void => {
    if (!l.startsWith('data:')) return;
    const payload = l.slice(5).trim();
    if (payload === '' || payload === '[DONE]') return;
    try {
      const o = obj(JSON.parse(payload));
      if (o) onObject(o);
    } catch {
      // A malformed event is the CLI's problem; the count just skips it.
    }
  };
  return {
    push(c) {
      if (!isSse) {
        if (body.length < JSON_TAP_CAP) body += c;
        return;
      }
      pending += c;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        line(pending.slice(0, nl).replace(/\r$/, ''));
        pending = pending.slice(nl + 1);
      }
    },
    end() {
      if (isSse) {
        if (pending !== '') line(pending);
        return;
      }
      try {
        const o = obj(JSON.parse(body));
        if (o) onObject(o);
      } catch {
        // Not JSON (an error page): no usage.
      }
    },
  };
}

/** Anthropic Messages: `message_start` carries input and cache figures, `message_delta` the output so far. */
export function anthropicCounter(isSse: boolean): UsageCounter {
  const t: EngineTokens = zeroUsage();
  const take = (u: Json | undefined, withInput: boolean): void => {
    if (!u) return;
    if (withInput) {
      t.input = num(u.input_tokens) ?? t.input;
      t.cacheRead = num(u.cache_read_input_tokens) ?? t.cacheRead;
      t.cacheWrite = num(u.cache_creation_input_tokens) ?? t.cacheWrite;
    }
    // output_tokens in message_delta is cumulative for the message: keep the latest.
    t.output = num(u.output_tokens) ?? t.output;
  };
  const tap = jsonTap(isSse, (o) => {
    if (o.type === 'message_start') take(obj(obj(o.message)?.usage), true);
    else if (o.type === 'message_delta') take(obj(o.usage), false);
    else if (o.type === 'message') take(obj(o.usage), true);
  });
  return { push: tap.push, end: () => (tap.end(), { ...t }) };
}

/** OpenAI Responses (`response.completed`) and Chat Completions (`usage`) bodies. */
export function openaiCounter(isSse: boolean): UsageCounter {
  const t: EngineTokens = zeroUsage();
  const take = (u: Json | undefined): void => {
    if (!u) return;
    const input = num(u.input_tokens) ?? num(u.prompt_tokens) ?? 0;
    const cached =
      num(obj(u.input_tokens_details)?.cached_tokens) ??
      num(obj(u.prompt_tokens_details)?.cached_tokens) ??
      0;
    // OpenAI counts cached tokens inside input; split them out like Anthropic does.
    t.input = input - cached;
    t.cacheRead = cached;
    t.output = num(u.output_tokens) ?? num(u.completion_tokens) ?? 0;
  };
  const tap = jsonTap(isSse, (o) => {
    if (o.type === 'response.completed') take(obj(obj(o.response)?.usage));
    else if (obj(o.usage)) take(obj(o.usage));
  });
  return { push: tap.push, end: () => (tap.end(), { ...t }) };
}

/** Gemini generateContent: `usageMetadata`, cumulative in each streamed chunk. */
export function geminiCounter(isSse: boolean): UsageCounter {
  const t: EngineTokens = zeroUsage();
  const tap = jsonTap(isSse, (o) => {
    const u = obj(o.usageMetadata);
    if (!u) return;
    const cached = num(u.cachedContentTokenCount) ?? 0;
    t.input = (num(u.promptTokenCount) ?? 0) - cached;
    t.cacheRead = cached;
    t.output = (num(u.candidatesTokenCount) ?? 0) + (num(u.thoughtsTokenCount) ?? 0);
  });
  return { push: tap.push, end: () => (tap.end(), { ...t }) };
}
