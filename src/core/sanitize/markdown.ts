import { MemoFinder } from './finder.js';
import type { SanitizeReport } from './report.js';

const MAX_GAP = 256;

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10;
}

/** `![alt](url)` → `![](url)`: alt text is shown to nobody but a model. */
export function stripImageAlts(s: string, report: SanitizeReport): string {
  const finder = new MemoFinder(s);
  const out: string[] = [];
  let from = 0;
  let i = 0;
  for (;;) {
    const p = finder.find('![', i);
    if (p === -1) break;
    const close = finder.find(']', p + 2);
    if (close === -1) break;
    if (s.charCodeAt(close + 1) === 40 && close > p + 2) {
      out.push(s.slice(from, p + 2));
      from = close;
      report.imageAlts++;
    }
    i = Math.max(p + 2, close);
  }
  out.push(s.slice(from));
  return out.join('');
}

/**
 * `[x](url "title")` → `[x](url)`, for "", '' and () titles. The scan only moves forward (a
 * URL is read once), so it is linear; a `](` inside another link's URL is not examined.
 */
export function stripLinkTitles(s: string, report: SanitizeReport): string {
  const finder = new MemoFinder(s);
  const n = s.length;
  const out: string[] = [];
  let from = 0;
  let i = 0;
  for (;;) {
    const p = finder.find('](', i);
    if (p === -1) break;
    let j = p + 2;
    if (s.charCodeAt(j) === 60) {
      const gt = finder.find('>', j);
      if (gt === -1) {
        i = j;
        continue;
      }
      j = gt + 1;
    } else {
      let depth = 0;
      for (; j < n; j++) {
        const c = s.charCodeAt(j);
        if (isWs(c)) break;
        if (c === 40) depth++;
        else if (c === 41) {
          if (depth === 0) break;
          depth--;
        }
      }
    }
    const urlEnd = j;
    let k = j;
    while (k < n && k - urlEnd < MAX_GAP && isWs(s.charCodeAt(k))) k++;
    const q = s[k];
    if (k === urlEnd || (q !== '"' && q !== "'" && q !== '(')) {
      i = Math.max(urlEnd, p + 2);
      continue;
    }
    const close = finder.find(q === '(' ? ')' : q, k + 1);
    if (close === -1) {
      i = urlEnd;
      continue;
    }
    let m = close + 1;
    while (m < n && m - close < MAX_GAP && isWs(s.charCodeAt(m))) m++;
    if (s.charCodeAt(m) !== 41) {
      i = urlEnd;
      continue;
    }
    out.push(s.slice(from, urlEnd));
    from = m;
    report.titles++;
    i = m + 1;
  }
  out.push(s.slice(from));
  return out.join('');
}
