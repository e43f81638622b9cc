import type { EngineTokens } from '../types.js';

/** "12k" → 12000, "1.2M" → 1200000, "205" → 205. */
export function parseCount(text: string): number {
  const m = /^([0-9]+(?:\.[0-9]+)?)([kKmM]?)$/.exec(text.trim().replace(/,/g, ''));
  if (!m) return NaN;
  const base = Number(m[1]);
  const mult = m[2] === 'k' || m[2] === 'K' ? 1e3 : m[2] === 'm' || m[2] === 'M' ? 1e6 : 1;
  return Math.round(base * mult);
}

export interface AiderUsageLine {
  readonly tokens: EngineTokens;
  readonly messageCostUsd: number | null;
  readonly sessionCostUsd: number | null;
}

const TOKENS_LINE =
  /^Tokens:\s*(.+?)(?:\.\s*Cost:\s*\$([0-9.]+)\s*message,\s*\$([0-9.]+)\s*session\.?)?\s*$/;

/**
 * One of aider's usage reports, printed after each model reply:
 *   "Tokens: 12k sent, 1.2k received. Cost: $0.05 message, $0.12 session."
 *   "Tokens: 2.4k sent, 1.3k cache write, 8.1k cache hit, 205 received. Cost: ..."
 * "sent" excludes the cache figures (aider prints them apart), so they map one to one.
 */
export function parseTokensLine(line: string): AiderUsageLine | undefined {
  const m = TOKENS_LINE.exec(line.trim());
  if (!m) return undefined;
  const tokens: EngineTokens = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
  for (const part of (m[1] ?? '').replace(/\.$/, '').split(',')) {
    const p = /^\s*([0-9.,]+[kKmM]?)\s+(sent|received|cache write|cache hit)\s*$/.exec(part);
    if (!p) return undefined;
    const n = parseCount(p[1] ?? '');
    if (Number.isNaN(n)) return undefined;
    if (p[2] === 'sent') tokens.input = n;
    else if (p[2] === 'received') tokens.output = n;
    else if (p[2] === 'cache write') tokens.cacheWrite = n;
    else tokens.cacheRead = n;
  }
  return {
    tokens,
    messageCostUsd: m[2] !== undefined ? Number(m[2]) : null,
    sessionCostUsd: m[3] !== undefined ? Number(m[3]) : null,
  };
}

/** Provider failures aider (through litellm) prints before giving up. */
export const AIDER_INFRA =
  /litellm\.(RateLimitError|InternalServerError|ServiceUnavailableError|APIConnectionError|Timeout|APIError)|overloaded_error|\b(429|5\d\d)\b.*(error|Error)/;
