import type { SanitizeReport } from './report.js';

type Kind = 0 | 1 | 2 | 3 | 4; // keep, zero-width, bidi, control, line separator

/**
 * Zero-width and invisible formatting characters, including Unicode "tag" characters
 * (U+E0000-E007F) and the supplementary variation selectors, which can smuggle ASCII text that
 * renders as nothing. U+FE0F (the emoji variation selector) is kept: it is visible.
 * Bidirectional controls (Trojan Source): embeddings, overrides, isolates, marks.
 * C0 and C1 controls except \t and \n (\r is normalized before this runs).
 */
function kindOf(c: number): Kind {
  if (c < 0x20) return c === 9 || c === 10 ? 0 : 3;
  if (c < 0x7f) return 0;
  if (c <= 0x9f) return 3;
  if (c === 0xad || c === 0x34f || c === 0x115f || c === 0x1160 || c === 0x180e) return 1;
  if (c === 0x61c) return 2;
  if (c < 0x200b) return 0;
  if (c <= 0x200d) return 1;
  if (c <= 0x200f) return 2;
  if (c === 0x2028 || c === 0x2029) return 4;
  if (c >= 0x202a && c <= 0x202e) return 2;
  if (c >= 0x2060 && c <= 0x2064) return 1;
  if (c >= 0x2066 && c <= 0x2069) return 2;
  if (c === 0x3164 || c === 0xfeff || c === 0xffa0) return 1;
  if ((c >= 0xe0000 && c <= 0xe007f) || (c >= 0xe0100 && c <= 0xe01ef)) return 1;
  return 0;
}

/** Removes invisible and control characters; a line or paragraph separator becomes `\n`. */
export function stripInvisible(text: string, report: SanitizeReport): string {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) as number;
    const width = c > 0xffff ? 2 : 1;
    const kind = kindOf(c);
    if (kind !== 0) {
      if (i > from) out.push(text.slice(from, i));
      if (kind === 1) report.zeroWidth++;
      else if (kind === 2) report.bidiControls++;
      else if (kind === 3) report.controlChars++;
      else out.push('\n');
      from = i + width;
    }
    i += width - 1;
  }
  if (from === 0) return text;
  out.push(text.slice(from));
  return out.join('');
}
