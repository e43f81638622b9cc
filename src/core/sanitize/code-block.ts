/**
 * Text shown verbatim in Markdown (a test run's output): a fence longer than any run of backticks
 * inside, so the text cannot close it and render as Markdown. Only the end is kept, where a test
 * runner prints its failures and totals.
 */
export function codeBlockTail(text: string, maxLines = 60, maxChars = 6000): string {
  let tail = text.split('\n').slice(-maxLines).join('\n');
  if (tail.length > maxChars) tail = tail.slice(-maxChars);
  const longest = Math.max(0, ...[...tail.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${tail.trimEnd()}\n${fence}`;
}
