// What the repository's own configuration promises: the shipped package needs nothing from a
// registry at run time (the CLI bundle holds it all), and the jest config names only real files.
import { describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

const ROOT = process.cwd();

/** Every .ts file under `dir`, as paths relative to the repository. */
async function tsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** The packages (`@scope/name` or `name`) that the files import, `node:` builtins left out. */
async function importedPackages(files: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const specifier = /^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm;
  const bare = /^(@[\w.-]+\/)?[\w.-]+(\/|$)/;
  for (const file of files) {
    for (const m of (await readFile(join(ROOT, file), 'utf8')).matchAll(specifier)) {
      const spec = m[1] ?? m[2] ?? '';
      if (spec.startsWith('.') || spec.startsWith('node:') || !bare.test(spec)) continue;
      const parts = spec.split('/');
      found.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec));
    }
  }
  return found;
}

describe('package.json', () => {
  test('ships no runtime dependency: what only the tests import stays a devDependency', async () => {
    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    const runtime = ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((k) =>
      Object.keys(manifest[k] ?? {}),
    );
    expect(runtime).toEqual([]);
    const fromSrc = await importedPackages(await tsFiles('src'));
    const testOnly = [...(await importedPackages(await tsFiles('test')))].filter(
      (p) => !fromSrc.has(p),
    );
    // The emulator's own client is one of them: it must never reach a user's install.
    expect(testOnly).toContain('@octokit/rest');
    for (const p of testOnly)
      expect({ p, dev: manifest.devDependencies?.[p] }).toEqual({ p, dev: expect.any(String) });
  });
});

describe('jest.config.js', () => {
  test('names only files that are in the repository', async () => {
    const text = await readFile(join(ROOT, 'jest.config.js'), 'utf8');
    const named = [
      ...[...text.matchAll(/<rootDir>\/([^'"*]+\.[a-z]+)/g)].map((m) => m[1] ?? ''),
      ...[...text.matchAll(/\b([\w./-]+\.md)\b/g)].map((m) => m[1] ?? ''),
    ];
    expect(named.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
    expect(named).toContain('test/setup.ts');
  });
});
