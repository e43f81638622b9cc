// The Messages API wire format: the JSON message, the SSE event sequence, and error bodies.
import { randomBytes } from 'node:crypto';
import type { StopReason, Turn, Usage } from './types.js';

/** Text and tool JSON are streamed in chunks of at most this many characters. */
const CHUNK_CHARS = 24;

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

const DEFAULT_MESSAGES: Record<string, string> = {
  rate_limit_error: 'Number of request tokens has exceeded your per-minute rate limit',
  api_error: 'Internal server error',
  overloaded_error: 'Overloaded',
};

export function errorType(status: number): string {
  return ERROR_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
}

export function errorBody(status: number, message?: string): string {
  const type = errorType(status);
  return JSON.stringify({
    type: 'error',
    error: { type, message: message ?? DEFAULT_MESSAGES[type] ?? type },
  });
}

/** An id in the API's style: prefix + 24 base62-ish characters. */
export function newId(prefix: 'msg' | 'toolu' | 'req'): string {
  const chars = randomBytes(24)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 24)
    .padEnd(24, '0');
  return `${prefix}_01${chars}`;
}

export type ContentBlock =
  | { type: 'text'; text: string }
  | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> };

export interface AssistantMessage {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: ContentBlock[];
  stop_reason: StopReason;
  stop_sequence: null;
  usage: Usage;
}

export function buildMessage(turn: Turn, model: string, usage: Usage): AssistantMessage {
  const content: ContentBlock[] = [];
  if (turn.text !== undefined && turn.text !== '') content.push({ type: 'text', text: turn.text });
  for (const t of turn.toolUses ?? []) {
    content.push({ type: 'tool_use', id: t.id ?? newId('toolu'), name: t.name, input: t.input });
  }
  const hasTools = (turn.toolUses?.length ?? 0) > 0;
  return {
    id: newId('msg'),
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: turn.stopReason ?? (hasTools ? 'tool_use' : 'end_turn'),
    stop_sequence: null,
    usage,
  };
}

function chunks(s: string): string[] {
  if (s.length <= 1) return [s];
  // At least two chunks, so clients must really concatenate deltas.
  const size = Math.min(CHUNK_CHARS, Math.ceil(s.length / 2));
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out;
}

export interface SseEvent {
  event: string;
  data: Record<string, unknown>;
}

/** The events the API streams for `message`, in the API's order. */
export function streamEvents(message: AssistantMessage): SseEvent[] {
  const { usage } = message;
  const events: SseEvent[] = [
    {
      event: 'message_start',
      data: {
        type: 'message_start',
        message: {
          ...message,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          // The API reports the full input usage up front and 1 output token so far.
          usage: { ...usage, output_tokens: 1 },
        },
      },
    },
    { event: 'ping', data: { type: 'ping' } },
  ];
  message.content.forEach((block, index) => {
    const start =
      block.type === 'text' ? { type: 'text', text: '' } : { ...block, input: {} as object };
    events.push({
      event: 'content_block_start',
      data: { type: 'content_block_start', index, content_block: start },
    });
    const deltas =
      block.type === 'text'
        ? chunks(block.text).map((text) => ({ type: 'text_delta', text }))
        : // The API opens tool input with an empty partial_json, then streams the JSON text.
          ['', ...chunks(JSON.stringify(block.input))].map((partial_json) => ({
            type: 'input_json_delta',
            partial_json,
          }));
    for (const delta of deltas) {
      events.push({
        event: 'content_block_delta',
        data: { type: 'content_block_delta', index, delta },
      });
    }
    events.push({ event: 'content_block_stop', data: { type: 'content_block_stop', index } });
  });
  events.push(
    {
      event: 'message_delta',
      data: {
        type: 'message_delta',
        delta: { stop_reason: message.stop_reason, stop_sequence: null },
        usage: { output_tokens: usage.output_tokens },
      },
    },
    { event: 'message_stop', data: { type: 'message_stop' } },
  );
  return events;
}

export function formatSse(e: SseEvent): string {
  return `event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`;
}
