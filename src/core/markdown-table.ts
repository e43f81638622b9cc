// Markdown table cells that hold whatever a log or a config says: a `|` or a newline in a name
// must not split the row, nor a backtick end its code span.

/** One table row; each cell on one line, its pipes escaped (GFM reads `\|` as a literal pipe). */
export function tableRow(cells: readonly (string | number)[]): string {
  return `| ${cells.map((c) => String(c).replace(/\s+/g, ' ').replace(/\|/g, '\\|')).join(' | ')} |`;
}

/**
 * `text` as an inline code span that no backtick inside it can end: the fence is one backtick
 * longer than the longest run in the text, padded with a space where the text starts or ends
 * with one (CommonMark strips one space on each side).
 */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
