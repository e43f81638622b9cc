// ARCHITECTURE.md is a map: every src/ path it names must exist, and every folder of src/ must be
// on it, so a move that forgets the page (or a new folder nobody describes) fails here.
import { describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';

const PAGE = 'ARCHITECTURE.md';

/** `src/a/{b,c}/d.ts` -> `src/a/b/d.ts`, `src/a/c/d.ts` (one level of braces, as the page writes). */
function expandBraces(p: string): string[] {
  const m = /^(.*?)\{([^}]*)\}(.*)$/.exec(p);
  if (!m) return [p];
  const [, head = '', alts = '', tail = ''] = m;
  return alts.split(',').flatMap((a) => expandBraces(`${head}${a.trim()}${tail}`));
}

/** Every src/ path the text names; a placeholder (`<name>`, `*`) cuts it to the folder before it. */
export function namedSrcPaths(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\bsrc\/[A-Za-z0-9_.\-/{},<>*]*/g)) {
    for (const raw of expandBraces(m[0])) {
      const cut = raw.split(/[<*]/)[0] ?? raw;
      const p = cut.replace(/[.,:]+$/, '').replace(/\/+$/, '');
      if (p !== 'src') found.add(p);
    }
  }
  return [...found].sort();
}

describe(PAGE, () => {
  test('reads paths the way the page writes them', () => {
    expect(
      namedSrcPaths(
        'see `src/action/entries/<name>.ts`, src/engines/{anthropic,replay}, and src/core/.',
      ),
    ).toEqual(['src/action/entries', 'src/core', 'src/engines/anthropic', 'src/engines/replay']);
  });

  test('every src/ path it names exists', async () => {
    const paths = namedSrcPaths(await readFile(PAGE, 'utf8'));
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((p) => !existsSync(p))).toEqual([]);
  });

  test('every folder of src/ is on it', async () => {
    const named = new Set(namedSrcPaths(await readFile(PAGE, 'utf8')).map((p) => p.split('/')[1]));
    const folders = (await readdir('src', { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !named.has(f))).toEqual([]);
  });
});
