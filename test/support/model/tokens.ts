// Deterministic token counting and prompt-cache accounting, modelled on the Messages API rules:
// the prompt is the prefix tools → system → messages; `cache_control` marks breakpoints; a prefix
// cached earlier is read back, the new part up to the last breakpoint is written. See README.md.
import { createHash } from 'node:crypto';
import type { ParsedRequest, Turn, Usage } from './types.js';

/** Characters per token: a rough average of Claude's tokenizer on English text and JSON. */
export const CHARS_PER_TOKEN = 4;
/** The API looks for earlier cache entries up to this many blocks before each breakpoint. */
export const CACHE_LOOKBACK_BLOCKS = 20;
/** Default minimum prefix length (tokens) that may be cached; the API uses 1024 to 4096. */
export const DEFAULT_MIN_CACHEABLE_TOKENS = 1024;

export function countTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

interface Segment {
  tokens: number;
  /** Rolling hash of the prefix ending with this segment. */
  prefixHash: string;
  /** Tokens from the start of the prompt through this segment. */
  cumulative: number;
  breakpoint: boolean;
}

type Block = Record<string, unknown>;

function withoutCacheControl(block: Block): { text: string; breakpoint: boolean } {
  const { cache_control: cacheControl, ...rest } = block;
  return { text: JSON.stringify(rest), breakpoint: cacheControl != null };
}

/** Serialized blocks of the prompt in cache-prefix order, each with its breakpoint flag. */
function promptBlocks(req: ParsedRequest): Array<{ text: string; breakpoint: boolean }> {
  const out: Array<{ text: string; breakpoint: boolean }> = [];
  const tools = req.body.tools;
  if (Array.isArray(tools)) for (const t of tools as Block[]) out.push(withoutCacheControl(t));
  const system = req.body.system;
  if (typeof system === 'string') out.push({ text: system, breakpoint: false });
  else if (Array.isArray(system))
    for (const b of system as Block[]) out.push(withoutCacheControl(b));
  for (const m of req.messages) {
    // A string content is shorthand for one text block, and counts the same.
    const content = typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : m.content;
    content.forEach((b, i) => {
      const s = withoutCacheControl(b);
      // The role belongs to the first block so a changed role changes the prefix.
      out.push(i === 0 ? { ...s, text: m.role + s.text } : s);
    });
  }
  return out;
}

function segments(req: ParsedRequest): Segment[] {
  let hash = createHash('sha256').update(req.model).digest('hex');
  let cumulative = 0;
  return promptBlocks(req).map((b) => {
    hash = createHash('sha256').update(hash).update('\0').update(b.text).digest('hex');
    cumulative += countTokens(b.text);
    return { tokens: countTokens(b.text), prefixHash: hash, cumulative, breakpoint: b.breakpoint };
  });
}

export function countInputTokens(req: ParsedRequest): number {
  return segments(req).at(-1)?.cumulative ?? 0;
}

export function countOutputTokens(turn: Turn): number {
  let chars = turn.text?.length ?? 0;
  for (const t of turn.toolUses ?? []) chars += t.name.length + JSON.stringify(t.input).length;
  return Math.max(1, Math.ceil(chars / CHARS_PER_TOKEN));
}

/** The prompt cache of one server: prefix hash (model included) → cached token count. */
export class CacheLedger {
  private readonly entries = new Set<string>();

  constructor(private readonly minCacheableTokens: number) {}

  /** Charge a request's input and record the prefixes it caches. */
  charge(req: ParsedRequest): Omit<Usage, 'output_tokens'> {
    const segs = segments(req);
    const total = segs.at(-1)?.cumulative ?? 0;
    const breakpoints = segs
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.breakpoint && s.cumulative >= this.minCacheableTokens);
    const last = breakpoints.at(-1);
    if (!last) {
      return { input_tokens: total, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
    }
    let read = 0;
    for (const { i } of breakpoints) {
      for (let j = i; j >= 0 && j > i - CACHE_LOOKBACK_BLOCKS; j--) {
        const seg = segs[j];
        if (seg && this.entries.has(seg.prefixHash)) {
          read = Math.max(read, seg.cumulative);
          break;
        }
      }
    }
    for (const { s } of breakpoints) this.entries.add(s.prefixHash);
    return {
      input_tokens: total - last.s.cumulative,
      cache_creation_input_tokens: last.s.cumulative - read,
      cache_read_input_tokens: read,
    };
  }
}
