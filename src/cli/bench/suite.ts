import { access, readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../core/errors.js';
import { parseInstance, type BenchInstance } from '../../core/bench/index.js';

/** An instance and the directory its relative paths (repo, hidden tests, patch) start from. */
export interface SuiteEntry {
  readonly dir: string;
  readonly instance: BenchInstance;
}

export const INSTANCE_FILE = 'instance.json';

/** Finds examples/bench/suite from the source tree (src/cli/bench) or the bundle (dist/cli). */
export async function shippedSuite(): Promise<string> {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'examples', 'bench', 'suite');
    try {
      await access(candidate);
      return candidate;
    } catch {
      dir = dirname(dir);
    }
  }
  throw new UserError('the shipped suite (examples/bench/suite) was not found: pass --suite DIR');
}

/** Every `<dir>/<id>/instance.json` of a suite, sorted by id; ids must be unique. */
export async function loadSuite(suiteDir: string): Promise<SuiteEntry[]> {
  const root = resolve(suiteDir);
  const names = await readdir(root, { withFileTypes: true }).catch(() => {
    throw new UserError(`--suite ${suiteDir}: no such directory`);
  });
  const entries: SuiteEntry[] = [];
  const seen = new Map<string, string>();
  for (const d of names
    .filter((n) => n.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(root, d.name, INSTANCE_FILE);
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw new UserError(`${file}: not JSON (${(e as Error).message})`);
    }
    const instance = parseInstance(raw, file);
    const other = seen.get(instance.instance_id);
    if (other !== undefined)
      throw new UserError(`${file}: instance_id ${instance.instance_id} is also used by ${other}`);
    seen.set(instance.instance_id, file);
    entries.push({ dir: join(root, d.name), instance });
  }
  if (entries.length === 0)
    throw new UserError(`--suite ${suiteDir}: no <id>/${INSTANCE_FILE} in it`);
  return entries;
}
