// Deterministic token counting and prompt-cache accounting, modelled on the Messages API rules:
// the prompt is the prefix tools → system → messages; `cache_control` marks breakpoints; a prefix
// cached earlier is read back, the new part up to the last breakpoint is written. See README.md.
import { createHash } from 'node:crypto';
import type { ParsedRequest, Turn, Usage } from './types.js';

/** Characters per token: a rough average of Claude's tokenizer on English text and JSON. */
export const CHARS_PER_TOKEN = 4;
/** The API looks for earlier cache entries up to this many blocks before each breakpoint. */
export const CACHE_LOOKBACK_BLOCKS = 20;
/** Minimum prefix length (tokens) that may be cached, for a model the table below does not name. */
export const DEFAULT_MIN_CACHEABLE_TOKENS = 1024;
/** The API rejects a request with more blocks than this carrying `cache_control`. */
export const MAX_CACHE_BREAKPOINTS = 4;

/** The minimum cacheable prompt length by model, as Anthropic's prompt-caching page lists it. */
const MIN_CACHEABLE_BY_MODEL: ReadonlyArray<readonly [RegExp, number]> = [
  [/opus-4-[56]/, 4096],
  [/haiku-4/, 4096],
  [/3-5-haiku|3-haiku|haiku-3/, 2048],
];

export function minCacheableTokensFor(model: string): number {
  return MIN_CACHEABLE_BY_MODEL.find(([re]) => re.test(model))?.[1] ?? DEFAULT_MIN_CACHEABLE_TOKENS;
}

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

/** `value` without any `cache_control` key, at any depth, and how many it had. */
function stripCacheControl(value: unknown): { value: unknown; marks: number } {
  if (Array.isArray(value)) {
    const parts = value.map(stripCacheControl);
    return { value: parts.map((p) => p.value), marks: parts.reduce((n, p) => n + p.marks, 0) };
  }
  if (typeof value !== 'object' || value === null) return { value, marks: 0 };
  let marks = 0;
  const out: Block = {};
  for (const [k, v] of Object.entries(value as Block)) {
    if (k === 'cache_control') {
      if (v != null) marks += 1;
      continue;
    }
    const inner = stripCacheControl(v);
    marks += inner.marks;
    out[k] = inner.value;
  }
  return { value: out, marks };
}

/**
 * A block's text for hashing and counting, without its `cache_control` markers; a marker on the
 * block or inside it (a tool_result's content) makes the block a breakpoint.
 */
function withoutCacheControl(block: Block): { text: string; breakpoint: boolean } {
  const { value, marks } = stripCacheControl(block);
  return { text: JSON.stringify(value), breakpoint: marks > 0 };
}

/** Blocks carrying `cache_control` in a request (top-level automatic caching counts as one). */
export function countBreakpoints(body: Record<string, unknown>): number {
  const { tools, system, messages, cache_control: auto } = body;
  return (
    (auto != null ? 1 : 0) +
    stripCacheControl(tools ?? []).marks +
    stripCacheControl(typeof system === 'string' ? [] : (system ?? [])).marks +
    stripCacheControl(messages ?? []).marks
  );
}

/** Serialized blocks of the prompt in cache-prefix order, each with its breakpoint flag. */
interface PromptBlock {
  text: string;
  breakpoint: boolean;
  /** Hashed into the prefix but not counted as tokens. */
  salt?: string;
}

function promptBlocks(req: ParsedRequest): PromptBlock[] {
  const out: PromptBlock[] = [];
  const tools = req.body.tools;
  if (Array.isArray(tools)) for (const t of tools as Block[]) out.push(withoutCacheControl(t));
  const system = req.body.system;
  if (typeof system === 'string') out.push({ text: system, breakpoint: false });
  else if (Array.isArray(system))
    for (const b of system as Block[]) out.push(withoutCacheControl(b));
  // Changing tool_choice or the thinking parameters invalidates the cached messages (not the
  // tools or system): they lead the messages part of the prefix.
  const lead = JSON.stringify({
    tool_choice: req.body.tool_choice ?? null,
    thinking: req.body.thinking ?? null,
  });
  let salt: string | undefined = lead;
  for (const m of req.messages) {
    // A string content is shorthand for one text block, and counts the same.
    const content = typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : m.content;
    content.forEach((b, i) => {
      const s = withoutCacheControl(b);
      // The role belongs to the first block so a changed role changes the prefix.
      out.push(i === 0 ? { ...s, text: m.role + s.text, ...(salt && { salt }) } : s);
      salt = undefined;
    });
  }
  // Top-level `cache_control` (automatic caching) puts the breakpoint on the last block.
  const last = out.at(-1);
  if (req.body.cache_control != null && last) last.breakpoint = true;
  return out;
}

function segments(req: ParsedRequest): Segment[] {
  let hash = createHash('sha256').update(req.model).digest('hex');
  let cumulative = 0;
  return promptBlocks(req).map((b) => {
    hash = createHash('sha256')
      .update(hash)
      .update(`\0${b.salt ?? ''}\0`)
      .update(b.text)
      .digest('hex');
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

  /** `minCacheableTokens`: one minimum for every model; by default each model's own. */
  constructor(private readonly minCacheableTokens?: number) {}

  /** Charge a request's input and record the prefixes it caches. */
  charge(req: ParsedRequest): Omit<Usage, 'output_tokens'> {
    const segs = segments(req);
    const total = segs.at(-1)?.cumulative ?? 0;
    const minimum = this.minCacheableTokens ?? minCacheableTokensFor(req.model);
    const breakpoints = segs
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.breakpoint && s.cumulative >= minimum);
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
