import { stripHtml } from './html.js';
import { stripInvisible } from './invisible.js';
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

/**
 * Cleans untrusted issue or comment text before it reaches a prompt: what a human reading the
 * rendered page would not see is removed, so a model does not read hidden instructions.
 * Invisible characters go first so they cannot disguise markup from the later passes (at
 * worst this hides text that a browser would show, the safe direction). Every pass is linear.
 */
export function sanitizeUntrusted(input: string, opts: SanitizeOptions = {}): Sanitized {
  const maxLength = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength < 0)
    throw new RangeError(`maxLength must be an integer >= 0, got ${maxLength}`);
  const report = emptyReport();
  let text = input.replace(/\r\n?/g, '\n');
  text = stripInvisible(text, report).normalize('NFC');
  text = stripHtml(text, report);
  text = stripImageAlts(text, report);
  text = stripLinkTitles(text, report);
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
