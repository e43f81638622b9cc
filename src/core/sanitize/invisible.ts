import type { SanitizeReport } from './report.js';

type Kind = 0 | 1 | 2 | 3 | 4 | 5; // keep, invisible, bidi, control, line separator, blank

/**
 * What GitHub shows as nothing (or as a plain blank) but a model reads as text:
 * - every Unicode Default_Ignorable_Code_Point: zero-width characters, the variation selectors
 *   U+FE00-FE0F and U+E0100-E01EF and the tag characters U+E0000-E007F (both can smuggle ASCII
 *   one character per code point), the deprecated format characters U+206A-206F, fillers;
 * - the interlinear annotation marks U+FFF9-FFFB, which hide the annotation between them;
 * - bidirectional controls (Trojan Source): embeddings, overrides, isolates, marks;
 * - C0 and C1 controls except \t and \n (\r is normalized before this runs).
 * U+2800 (braille blank) renders as a blank, so it becomes a space: a run of it cannot stand
 * for a hidden line of text. test/core/sanitize checks this table against Unicode's own list.
 */
function kindOf(c: number): Kind {
  if (c < 0x20) return c === 9 || c === 10 ? 0 : 3;
  if (c < 0x7f) return 0;
  if (c <= 0x9f) return 3;
  if (c === 0xad || c === 0x34f) return 1;
  if (c === 0x61c) return 2;
  if (c < 0x115f) return 0;
  if (c <= 0x1160) return 1;
  if (c === 0x17b4 || c === 0x17b5) return 1;
  if (c >= 0x180b && c <= 0x180f) return 1;
  if (c < 0x200b) return 0;
  if (c <= 0x200d) return 1;
  if (c <= 0x200f) return 2;
  if (c === 0x2028 || c === 0x2029) return 4;
  if (c >= 0x202a && c <= 0x202e) return 2;
  if (c >= 0x2066 && c <= 0x2069) return 2;
  if (c >= 0x2060 && c <= 0x206f) return 1;
  if (c === 0x2800) return 5;
  if (c === 0x3164) return 1;
  if (c < 0xfe00) return 0;
  if (c <= 0xfe0f || c === 0xfeff || c === 0xffa0) return 1;
  if (c >= 0xfff0 && c <= 0xfffb) return 1;
  if (c >= 0x1bca0 && c <= 0x1bca3) return 1;
  if (c >= 0x1d173 && c <= 0x1d17a) return 1;
  if (c >= 0xe0000 && c <= 0xe0fff) return 1;
  return 0;
}

/**
 * Removes invisible and control characters; a line or paragraph separator becomes `\n`, a
 * braille blank a space.
 */
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
      else if (kind === 4) out.push('\n');
      else {
        report.zeroWidth++;
        out.push(' ');
      }
      from = i + width;
    }
    i += width - 1;
  }
  if (from === 0) return text;
  out.push(text.slice(from));
  return out.join('');
}
