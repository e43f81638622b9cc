import { constants, copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ensureIgnored, STATE_DIR_PATTERN } from './gitignore.js';

/** One file to install: where it comes from in the package, where it goes in the repository. */
export interface InstallItem {
  readonly from: string;
  /** Relative to the target repository, with forward slashes. */
  readonly to: string;
}

export interface InstallReport {
  readonly written: readonly string[];
  /** Files that already existed and were left alone (no --force). */
  readonly skipped: readonly string[];
  /** Parts of the package that were not there to install (e.g. no .claude/ in this build). */
  readonly unavailable: readonly string[];
}

/** Single files: package path → repository path. */
const FILES: ReadonlyArray<readonly [string, string]> = [
  ['workflows-templates/lailatov.yml', '.github/workflows/lailatov.yml'],
  ['templates/lailatov.yml', '.github/lailatov.yml'],
  ['templates/risk-policy.json', 'risk-policy.json'],
  ['templates/CLAUDE.md', 'CLAUDE.md'],
];

/** Copied as a tree. */
export const CLAUDE_DIR = '.claude';
// Personal or machine-local files that must not travel into someone else's repository.
const CLAUDE_EXCLUDED = new Set(['settings.local.json']);

async function isDirectory(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

async function tree(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...(await tree(dir, r)));
    else if (e.isFile() && !CLAUDE_EXCLUDED.has(e.name)) out.push(r);
  }
  return out;
}

/** What `lailatov init` installs from this package, and what the package lacks. */
export async function planInstall(
  sourceRoot: string,
): Promise<{ items: InstallItem[]; unavailable: string[] }> {
  const items: InstallItem[] = FILES.map(([from, to]) => ({
    from: path.join(sourceRoot, from),
    to,
  }));
  const claude = path.join(sourceRoot, CLAUDE_DIR);
  if (!(await isDirectory(claude))) return { items, unavailable: [`${CLAUDE_DIR}/`] };
  for (const rel of await tree(claude)) {
    items.push({ from: path.join(claude, rel), to: `${CLAUDE_DIR}/${rel}` });
  }
  return { items, unavailable: [] };
}

/**
 * Copies the plan into `target`. An existing file is kept unless `force` is set; without it the
 * copy uses COPYFILE_EXCL, so a file that appears meanwhile is not overwritten either. File modes
 * are kept (the hooks must stay executable).
 */
export async function install(opts: {
  readonly sourceRoot: string;
  readonly target: string;
  readonly force: boolean;
}): Promise<InstallReport> {
  const { items, unavailable } = await planInstall(opts.sourceRoot);
  const written: string[] = [];
  const skipped: string[] = [];
  for (const item of items) {
    const dest = path.join(opts.target, ...item.to.split('/'));
    await mkdir(path.dirname(dest), { recursive: true });
    try {
      await copyFile(item.from, dest, opts.force ? 0 : constants.COPYFILE_EXCL);
      written.push(item.to);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      skipped.push(item.to);
    }
  }
  if (await ensureIgnored(opts.target)) written.push(`.gitignore (${STATE_DIR_PATTERN})`);
  return { written, skipped, unavailable };
}
