import { zeroUsage } from '../../core/usage.js';
import type { EngineTokens } from '../types.js';
import { bodyReader } from './sse.js';

/**
 * Token counting from the provider's own responses, independent of what the CLI reports. Each
 * counter reads one response body (SSE or JSON) as it passes and yields that response's usage.
 */
export interface UsageCounter {
  push(chunk: string): void;
  /** Usage of the whole response, once the body has ended (or was cut). */
  end(): ResponseUsage;
}

export interface ResponseUsage {
  readonly tokens: EngineTokens;
  /** The model the response names, when it names one (priced before the run's model). */
  readonly model: string | undefined;
  /** False when the body carried no readable usage: its cost is unknown, never zero. */
  readonly metered: boolean;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** What one protocol reads from each parsed document (an SSE event's data, or a JSON body). */
interface Reading {
  tokens: EngineTokens;
  model: string | undefined;
  metered: boolean;
}

function counter(isSse: boolean, read: (o: Json, r: Reading) => void): UsageCounter {
  const r: Reading = { tokens: zeroUsage(), model: undefined, metered: false };
  let oversize = false;
  const reader = bodyReader({
    isSse,
    onOversize: () => {
      oversize = true;
    },
    onDocument: (text) => {
      const t = text.trim();
      if (t === '' || t === '[DONE]') return;
      let v: unknown;
      try {
        v = JSON.parse(t);
      } catch {
        return; // A malformed event is the client's problem; the count skips it.
      }
      // Gemini's streamGenerateContent without alt=sse answers one JSON array of chunks.
      for (const o of Array.isArray(v) ? v : [v]) {
        const j = obj(o);
        if (j) read(j, r);
      }
    },
  });
  return {
    push: reader.push,
    end: () => {
      reader.end();
      // An event too large to read may have held the usage: then the cost is unknown.
      return { tokens: { ...r.tokens }, model: r.model, metered: r.metered && !oversize };
    },
  };
}

/**
 * Anthropic Messages: `message_start` carries input and cache figures, `message_delta` the
 * cumulative figures so far (output, and on newer APIs input too), a JSON body `usage`.
 */
export function anthropicCounter(isSse: boolean): UsageCounter {
  const take = (r: Reading, u: Json | undefined): void => {
    if (!u) return;
    r.metered = true;
    // Every figure is cumulative for the message: keep the latest one given.
    r.tokens.input = num(u.input_tokens) ?? r.tokens.input;
    r.tokens.cacheRead = num(u.cache_read_input_tokens) ?? r.tokens.cacheRead;
    r.tokens.cacheWrite = num(u.cache_creation_input_tokens) ?? r.tokens.cacheWrite;
    r.tokens.output = num(u.output_tokens) ?? r.tokens.output;
  };
  return counter(isSse, (o, r) => {
    if (o.type === 'message_start') {
      const m = obj(o.message);
      r.model = str(m?.model) ?? r.model;
      take(r, obj(m?.usage));
    } else if (o.type === 'message_delta') take(r, obj(o.usage));
    else if (o.type === 'message') {
      r.model = str(o.model) ?? r.model;
      take(r, obj(o.usage));
    }
  });
}

/**
 * OpenAI Responses (`response.completed`, also `response.incomplete`/`response.failed`, or the
 * JSON response) and Chat Completions (`usage` in the JSON body, or in the last chunk with
 * `stream_options.include_usage`). Input counts include the cached tokens; output counts include
 * the reasoning tokens.
 */
export function openaiCounter(isSse: boolean): UsageCounter {
  return counter(isSse, (o, r) => {
    const response = obj(o.response);
    const u = obj(response?.usage) ?? obj(o.usage);
    r.model = str(response?.model) ?? str(o.model) ?? r.model;
    if (!u) return;
    r.metered = true;
    const input = num(u.input_tokens) ?? num(u.prompt_tokens) ?? 0;
    const cached =
      num(obj(u.input_tokens_details)?.cached_tokens) ??
      num(obj(u.prompt_tokens_details)?.cached_tokens) ??
      0;
    // Split the cached tokens out of input, as Anthropic reports them: they are priced apart.
    r.tokens = {
      input: input - cached,
      cacheRead: cached,
      cacheWrite: 0,
      output: num(u.output_tokens) ?? num(u.completion_tokens) ?? 0,
    };
  });
}

/**
 * Gemini generateContent: `usageMetadata`, cumulative in each streamed chunk (the last is the
 * total). `promptTokenCount` includes the cached tokens; tool-use prompts are input too; thoughts
 * are billed as output.
 */
export function geminiCounter(isSse: boolean): UsageCounter {
  return counter(isSse, (o, r) => {
    r.model = str(o.modelVersion) ?? r.model;
    const u = obj(o.usageMetadata);
    if (!u) return;
    r.metered = true;
    const cached = num(u.cachedContentTokenCount) ?? 0;
    r.tokens = {
      input: (num(u.promptTokenCount) ?? 0) - cached + (num(u.toolUsePromptTokenCount) ?? 0),
      cacheRead: cached,
      cacheWrite: 0,
      output: (num(u.candidatesTokenCount) ?? 0) + (num(u.thoughtsTokenCount) ?? 0),
    };
  });
}
