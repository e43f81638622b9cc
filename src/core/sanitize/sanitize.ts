import { stripHtml } from './html.js';
import { stripInvisible } from './invisible.js';
import { stripLinkDefinitions } from './link-definitions.js';
import { stripImageAlts, stripLinkTitles } from './markdown.js';
import { emptyReport, type SanitizeReport } from './report.js';

export const DEFAULT_MAX_LENGTH = 20_000;

export interface SanitizeOptions {
  /** Characters (UTF-16 code units) kept before the truncation marker. */
  readonly maxLength?: number;
}

export interface Sanitized {
  readonly text: string;
  readonly report: SanitizeReport;
}

/** Rounds before a text that keeps changing is treated as built to defeat the passes. */
const MAX_ROUNDS = 4;

/** One round of every pass. Invisible characters go first so they cannot disguise markup. */
function clean(text: string, report: SanitizeReport): string {
  text = stripInvisible(text, report).normalize('NFC');
  text = stripHtml(text, report);
  text = stripLinkDefinitions(text, report);
  text = stripImageAlts(text, report);
  return stripLinkTitles(text, report);
}

/**
 * Cleans untrusted issue or comment text before it reaches a prompt: what a human reading the
 * rendered page would not see is removed, so a model does not read hidden instructions (at
 * worst a pass hides text that a browser would show, the safe direction). Removing markup can
 * join its neighbours into new markup (`<<b>!--`), so the passes run again until nothing
 * changes, which makes the result idempotent; a text still changing after a few rounds is
 * hostile, and its remaining `<` become `&lt;` so no tag is left to form. Every pass is linear.
 */
export function sanitizeUntrusted(input: string, opts: SanitizeOptions = {}): Sanitized {
  const maxLength = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength < 0)
    throw new RangeError(`maxLength must be an integer >= 0, got ${maxLength}`);
  const report = emptyReport();
  let text = input.replace(/\r\n?/g, '\n');
  for (let round = 0; ; round++) {
    const next = clean(text, report);
    if (next === text) break;
    text = next;
    if (round === MAX_ROUNDS) {
      text = clean(text.replaceAll('<', '&lt;'), report);
      break;
    }
  }
  return { text: truncate(text, maxLength, report), report };
}

function truncate(text: string, max: number, report: SanitizeReport): string {
  if (text.length <= max) return text;
  let cut = max;
  // Do not split a surrogate pair.
  const last = text.charCodeAt(cut - 1);
  if (cut > 0 && last >= 0xd800 && last <= 0xdbff) cut--;
  const dropped = text.length - cut;
  report.truncatedChars = dropped;
  return `${text.slice(0, cut)}\n[... truncated ${dropped} characters ...]`;
}
