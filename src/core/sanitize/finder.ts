/**
 * indexOf with a memory, so a scanner that searches the same needle from ever-later starts
 * never re-reads the same text: once a search from `from` found `at` (or nothing), any later
 * search from a start in [from, at] has the same answer. This keeps hostile input like
 * 100,000 unterminated `<!--` or `![` linear instead of quadratic.
 */
export class MemoFinder {
  private readonly memo = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  find(needle: string, from: number): number {
    const m = this.memo.get(needle);
    if (m && from >= m.from && (m.at === -1 || from <= m.at)) return m.at;
    const at = this.text.indexOf(needle, from);
    if (m) {
      m.from = from;
      m.at = at;
    } else this.memo.set(needle, { from, at });
    return at;
  }

  /**
   * The first `needle` (one character) at or after `from` that no odd run of backslashes
   * escapes. Memoized like `find`, so scans from successive starts never re-walk the escapes.
   */
  findUnescaped(needle: string, from: number): number {
    const key = `esc:${needle}`;
    const m = this.memo.get(key);
    if (m && from >= m.from && (m.at === -1 || from <= m.at)) return m.at;
    let at = this.find(needle, from);
    while (at !== -1 && this.escaped(at)) at = this.find(needle, at + 1);
    this.memo.set(key, { from, at });
    return at;
  }

  private escaped(at: number): boolean {
    let n = 0;
    while (at - n - 1 >= 0 && this.text.charCodeAt(at - n - 1) === 92) n++;
    return n % 2 === 1;
  }

  /** Case-insensitive search for an ASCII needle (e.g. `</script`). */
  findCi(needle: string, from: number): number {
    const key = `ci:${needle}`;
    const m = this.memo.get(key);
    if (m && from >= m.from && (m.at === -1 || from <= m.at)) return m.at;
    const re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi');
    re.lastIndex = from;
    const hit = re.exec(this.text);
    const at = hit ? hit.index : -1;
    this.memo.set(key, { from, at });
    return at;
  }
}
