import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { withStreamUsage } from './stream-usage.js';
import { anthropicCounter, geminiCounter, openaiCounter, type UsageCounter } from './usage.js';

/**
 * What the proxy knows about one provider's API: which requests are model calls (everything else
 * is refused), where the client puts its key, how to put the real one, and how to count usage.
 */
export interface ProviderProfile {
  readonly name: 'anthropic' | 'openai' | 'gemini';
  /** True for the model endpoints the CLI may call. `path` has no query string. */
  allows(method: string, path: string): boolean;
  /** True for endpoints whose responses carry billable usage. */
  counts(path: string): boolean;
  /** The key the client presented, if any. */
  presentedKey(headers: IncomingHttpHeaders): string | undefined;
  /** Sets the real credential on the outgoing headers (after the client's were removed). */
  setCredential(headers: OutgoingHttpHeaders, key: string): void;
  counter(isSse: boolean): UsageCounter;
  /**
   * The change the proxy makes to the body of a request to `path` before sending it (the body is
   * then read whole first), or undefined: the body streams through untouched.
   */
  bodyRewrite?(path: string): ((body: Buffer) => Buffer) | undefined;
  /**
   * The answer to a request past the run's ceiling: a status and body the provider's clients
   * report as final. They retry 408, 409, 429 and 5xx (Anthropic and OpenAI SDKs, Claude Code,
   * codex, gemini-cli), so this is a 400 in the provider's own error shape.
   */
  budgetError(message: string): { status: number; body: string };
}

/** Client auth headers: all removed before forwarding, whichever the CLI used. */
export const AUTH_HEADERS = ['x-api-key', 'authorization', 'x-goog-api-key'] as const;

function bearer(headers: IncomingHttpHeaders): string | undefined {
  const h = headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7) : undefined;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export const anthropicProfile: ProviderProfile = {
  name: 'anthropic',
  allows: (method, path) =>
    method === 'POST' && (path === '/v1/messages' || path === '/v1/messages/count_tokens'),
  counts: (path) => path === '/v1/messages',
  // Claude Code sends x-api-key for ANTHROPIC_API_KEY, and a bearer for ANTHROPIC_AUTH_TOKEN.
  presentedKey: (h) => header(h, 'x-api-key') ?? bearer(h),
  setCredential: (h, key) => {
    h['x-api-key'] = key;
  },
  counter: anthropicCounter,
  budgetError: (message) => ({
    status: 400,
    body: JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message } }),
  }),
};

export const openaiProfile: ProviderProfile = {
  name: 'openai',
  allows: (method, path) =>
    method === 'POST' && (path === '/v1/responses' || path === '/v1/chat/completions'),
  counts: () => true,
  presentedKey: bearer,
  setCredential: (h, key) => {
    h.authorization = `Bearer ${key}`;
  },
  counter: openaiCounter,
  // A streamed chat completion reports its usage only when asked: ask (see withStreamUsage).
  bodyRewrite: (path) => (path === '/v1/chat/completions' ? withStreamUsage : undefined),
  budgetError: (message) => ({
    status: 400,
    body: JSON.stringify({
      error: { message, type: 'invalid_request_error', param: null, code: 'budget_exceeded' },
    }),
  }),
};

const GEMINI_MODEL_CALL =
  /^\/v1(beta)?\/models\/[A-Za-z0-9._-]+:(generateContent|streamGenerateContent|countTokens)$/;

export const geminiProfile: ProviderProfile = {
  name: 'gemini',
  allows: (method, path) => method === 'POST' && GEMINI_MODEL_CALL.test(path),
  counts: (path) => !path.endsWith(':countTokens'),
  presentedKey: (h) => header(h, 'x-goog-api-key') ?? bearer(h),
  setCredential: (h, key) => {
    h['x-goog-api-key'] = key;
  },
  counter: geminiCounter,
  budgetError: (message) => ({
    status: 400,
    body: JSON.stringify({ error: { code: 400, message, status: 'INVALID_ARGUMENT' } }),
  }),
};
