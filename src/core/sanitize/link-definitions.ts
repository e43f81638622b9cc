import { MemoFinder } from './finder.js';
import type { SanitizeReport } from './report.js';

const MAX_LABEL = 999; // CommonMark's limit on a link label

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** The end of the line that holds `i` (its `\n`, or the end of the text). */
function lineEnd(s: string, finder: MemoFinder, i: number): number {
  const nl = finder.find('\n', i);
  return nl === -1 ? s.length : nl;
}

/** Spaces and tabs, then at most one newline, then spaces and tabs. */
function skipSpaceAndOneNewline(s: string, i: number): { at: number; newline: boolean } {
  while (isBlank(s.charCodeAt(i))) i++;
  if (s.charCodeAt(i) !== 10) return { at: i, newline: false };
  i++;
  while (isBlank(s.charCodeAt(i))) i++;
  return { at: i, newline: true };
}

/** Whether only spaces and tabs remain on the line from `i`. */
function restIsBlank(s: string, i: number): boolean {
  while (isBlank(s.charCodeAt(i))) i++;
  return i >= s.length || s.charCodeAt(i) === 10;
}

interface Definition {
  readonly label: string;
  readonly destination: string;
  /** Where the definition ends: after its line's `\n`, or at the end of the text. */
  readonly end: number;
}

/**
 * Parses a CommonMark link reference definition starting at line start `ls`. Definitions are
 * taken even where CommonMark would not (inside a paragraph or a code block): that removes
 * text GitHub shows, the safe direction. The label stops at any bracket, so the scans from
 * successive line starts never overlap and the pass stays linear.
 */
function parseDefinition(s: string, ls: number, finder: MemoFinder): Definition | null {
  let i = ls;
  while (i - ls < 3 && s.charCodeAt(i) === 32) i++;
  if (s.charCodeAt(i) !== 91) return null;
  const labelStart = ++i;
  for (; i < s.length && i - labelStart <= MAX_LABEL; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 91 || c === 93) break;
    else if (c === 10 && s.charCodeAt(i + 1) === 10) return null;
  }
  if (s.charCodeAt(i) !== 93 || s.charCodeAt(i + 1) !== 58) return null;
  const label = s.slice(labelStart, i);
  if (label.trim() === '' || label.length > MAX_LABEL) return null;
  let { at } = skipSpaceAndOneNewline(s, i + 2);
  const destStart = at;
  if (s.charCodeAt(at) === 60) {
    const gt = finder.find('>', at + 1);
    if (gt === -1 || gt > lineEnd(s, finder, at)) return null;
    at = gt + 1;
  } else {
    while (at < s.length && s.charCodeAt(at) > 32) at++;
    if (at === destStart) return null;
  }
  const destination = s.slice(destStart, at);
  const destEnd = at;
  const lineDone = restIsBlank(s, destEnd);
  const withoutTitle = (): Definition | null => {
    if (!lineDone) return null;
    const e = lineEnd(s, finder, destEnd);
    return { label, destination, end: Math.min(s.length, e + 1) };
  };
  const gap = skipSpaceAndOneNewline(s, destEnd);
  const q = s.charCodeAt(gap.at);
  if (gap.at === destEnd || (q !== 34 && q !== 39 && q !== 40)) return withoutTitle();
  const closer = q === 40 ? ')' : q === 34 ? '"' : "'";
  const close = finder.findUnescaped(closer, gap.at + 1);
  const blank = finder.find('\n\n', gap.at);
  if (close === -1 || (blank !== -1 && blank < close) || !restIsBlank(s, close + 1))
    return withoutTitle();
  const e = lineEnd(s, finder, close + 1);
  return { label, destination, end: Math.min(s.length, e + 1) };
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Removes link reference definitions, which GitHub never shows: `[//]: # (hidden)` and a
 * definition's label and title are places to hide text. A full reference `[text][label]` that
 * used one is rewritten inline as `[text](destination)`, since its label is not shown either
 * (an image's alt text then goes in the next pass).
 */
export function stripLinkDefinitions(s: string, report: SanitizeReport): string {
  const finder = new MemoFinder(s);
  const out: string[] = [];
  const destinations = new Map<string, string>();
  let from = 0;
  let ls = 0;
  while (ls < s.length) {
    const def = parseDefinition(s, ls, finder);
    if (def) {
      out.push(s.slice(from, ls));
      const key = normalizeLabel(def.label);
      if (!destinations.has(key)) destinations.set(key, def.destination);
      report.linkDefinitions++;
      from = ls = def.end;
      continue;
    }
    const nl = finder.find('\n', ls);
    if (nl === -1) break;
    ls = nl + 1;
  }
  out.push(s.slice(from));
  const text = out.join('');
  if (destinations.size === 0) return text;
  return text.replace(/\]\[([^[\]]{1,999})\]/g, (whole, label: string) => {
    const dest = destinations.get(normalizeLabel(label));
    return dest === undefined ? whole : `](${dest})`;
  });
}
