import { CHARS_PER_TOKEN, estimateTokens } from '../core/usage.js';
import type { FileDiff } from './ports.js';

export interface PackedDiff {
  /** The included patches, in review order. */
  readonly text: string;
  readonly included: readonly string[];
  readonly omitted: readonly string[];
  readonly tokens: number;
  /** The rule that decided what was left out, in words, for the prompt. */
  readonly rule: string;
  /** What was left out, for the prompt (names, then a count when there are too many). */
  readonly omissionNote: string;
}

const TIER_RANK: Record<string, number> = { high: 0, medium: 1, low: 2 };

/**
 * Packs a diff into a token budget: highest-risk files first, then smaller patches first (more
 * files reviewed for the same budget), then by path. A patch that does not fit is left out
 * whole, never cut in the middle, and the prompt says which files were left out and why.
 */
export function packDiff(
  files: readonly FileDiff[],
  tierOf: (path: string) => string,
  budgetTokens: number,
): PackedDiff {
  // A tenth of the budget is kept for the list of what was left out.
  const noteBudget = Math.max(200, Math.floor(budgetTokens / 10));
  const diffBudget = budgetTokens - noteBudget;
  const ordered = files
    .map((f) => ({ f, rank: TIER_RANK[tierOf(f.path)] ?? 3, tokens: estimateTokens(f.patch) }))
    .sort((a, b) => a.rank - b.rank || a.tokens - b.tokens || a.f.path.localeCompare(b.f.path));
  const included: string[] = [];
  const omitted: string[] = [];
  const chunks: string[] = [];
  let used = 0;
  for (const { f, tokens } of ordered) {
    if (used + tokens <= diffBudget) {
      included.push(f.path);
      chunks.push(f.patch);
      used += tokens;
    } else omitted.push(f.path);
  }
  const rule =
    `The diff has ${files.length} file(s). Files are ordered by risk tier (high, medium, low), then smallest patch first; ` +
    `each patch is included whole while the total stays within ${diffBudget} tokens (estimated at ${CHARS_PER_TOKEN} characters per token). ` +
    `A patch that does not fit is left out whole, never cut. Included: ${included.length} file(s); left out: ${omitted.length} file(s).`;
  return {
    text: chunks.join(''),
    included,
    omitted,
    tokens: used,
    rule,
    omissionNote: omissionNote(omitted, noteBudget),
  };
}

function omissionNote(omitted: readonly string[], budget: number): string {
  if (omitted.length === 0) return 'Nothing was left out.';
  const head = `Left out (not reviewed; say so if that matters): `;
  const names: string[] = [];
  let used = estimateTokens(head) + 20;
  for (const p of omitted) {
    const cost = estimateTokens(p) + 1;
    if (used + cost > budget) break;
    names.push(p);
    used += cost;
  }
  const rest = omitted.length - names.length;
  return `${head}${names.join(', ')}${rest > 0 ? `, and ${rest} more file(s) not named here` : ''}.`;
}

/** One part of a diff reviewed in its own call. */
export interface DiffChunk {
  /** The patches, in review order. */
  readonly text: string;
  readonly files: readonly string[];
  readonly tokens: number;
  /** Files of this part whose patch was too big for one call: only its first hunks are shown. */
  readonly cut: readonly string[];
  /** The part's highest risk tier. */
  readonly tier: string;
}

/** A patch cut to `budget` tokens at its last hunk (else line) boundary that fits. */
function cutPatch(patch: string, budgetTokens: number): string {
  const limit = budgetTokens * CHARS_PER_TOKEN;
  const head = patch.slice(0, limit);
  const hunk = head.lastIndexOf('\n@@ ');
  const line = head.lastIndexOf('\n');
  const at = hunk > 0 ? hunk + 1 : line > 0 ? line + 1 : limit;
  return `${patch.slice(0, at)}… (the rest of this patch is too big for one review call)\n`;
}

/**
 * Splits a diff into parts of at most `chunkTokens` tokens of patch each, for one review call
 * per part: highest-risk files first (so when the budget runs out, the lowest-risk files are
 * the ones left out), then by path (a directory's files stay together). A patch is never split
 * across parts; one larger than a whole part gets a part of its own, cut at a hunk boundary.
 */
export function chunkDiff(
  files: readonly FileDiff[],
  tierOf: (path: string) => string,
  chunkTokens: number,
): DiffChunk[] {
  const ordered = files
    .map((f) => ({ f, tier: tierOf(f.path), tokens: estimateTokens(f.patch) }))
    .sort(
      (a, b) =>
        (TIER_RANK[a.tier] ?? 3) - (TIER_RANK[b.tier] ?? 3) || a.f.path.localeCompare(b.f.path),
    );
  const chunks: DiffChunk[] = [];
  let part: { text: string[]; files: string[]; tokens: number; tier: string } | null = null;
  const close = (): void => {
    if (part && part.files.length > 0)
      chunks.push({
        text: part.text.join(''),
        files: part.files,
        tokens: part.tokens,
        cut: [],
        tier: part.tier,
      });
    part = null;
  };
  for (const { f, tier, tokens } of ordered) {
    if (tokens > chunkTokens) {
      close();
      const text = cutPatch(f.patch, chunkTokens);
      chunks.push({ text, files: [f.path], tokens: estimateTokens(text), cut: [f.path], tier });
      continue;
    }
    if (part && part.tokens + tokens > chunkTokens) close();
    part ??= { text: [], files: [], tokens: 0, tier };
    part.text.push(f.patch);
    part.files.push(f.path);
    part.tokens += tokens;
  }
  close();
  return chunks;
}
