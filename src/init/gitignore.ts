import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The suite's local state (log, reports, breakers): never committed. */
export const STATE_DIR_PATTERN = '.lailatov/';

/**
 * Adds `pattern` to the repository's .gitignore unless a line already names it. Returns whether
 * the file changed. The user's lines are kept as they are; a missing final newline is added.
 */
export async function ensureIgnored(target: string, pattern = STATE_DIR_PATTERN): Promise<boolean> {
  const file = path.join(target, '.gitignore');
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return '';
    throw e;
  });
  const bare = pattern.replace(/^\/|\/$/g, '');
  const named = text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^\/|\/$/g, ''))
    .includes(bare);
  if (named) return false;
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  await writeFile(file, `${text}${sep}${pattern}\n`);
  return true;
}
