import { normalizePath, toGlob } from '../risk/glob.js';
import { PatternSet } from '../risk/pattern-set.js';

/**
 * The one list of paths an agent may never change (DESIGN.md §6). The risk gate (a change here
 * forces `high`), the tree gate (a change here is reverted and reported as blocking), the native
 * file tools (a write here is refused) and the shipped hook (generated copy in
 * .claude/hooks/lib/protected-paths.sh) all read it. Globs follow the risk policy's rules
 * (core/risk/glob.ts): a pattern without `/` matches the name at any depth.
 */
export const CORE_PROTECTED_PATHS: readonly string[] = Object.freeze([
  // Workflows, composite actions, CODEOWNERS and the suite's own config (.github/lailatov.yml).
  '.github/**',
  // Claude Code's settings (settings.json, settings.local.json), hooks and rules.
  '.claude/**',
  // Instructions every agent reads, at any depth (docs/CLAUDE.md too).
  'CLAUDE.md',
  'CLAUDE.local.md',
  'AGENTS.md',
  'risk-policy.json',
  // A file in .git (a hook, the config) runs code outside the agent's sandbox; nested `.git`
  // directories and files (gitlinks) as well.
  '.git/',
]);

/** Entries that `unprotectDefaults` can never remove. */
export const LOCKED_PROTECTED_PATHS: readonly string[] = Object.freeze(['.git/']);

/** The policy key that removes a default entry: named so that nobody removes one by omission. */
export const UNPROTECT_KEY = 'unprotectDefaults';

/**
 * The effective list: the core list minus the entries named in `unprotectDefaults`, plus the
 * policy's own `protectedPaths`. The caller (parsePolicy) has already checked that every
 * removed entry is a core entry and not a locked one.
 */
export function protectedPathList(
  added: readonly string[] = [],
  unprotected: readonly string[] = [],
): string[] {
  const removed = new Set(unprotected.filter((p) => !LOCKED_PROTECTED_PATHS.includes(p)));
  const kept = CORE_PROTECTED_PATHS.filter((p) => !removed.has(p));
  return [...new Set([...kept, ...LOCKED_PROTECTED_PATHS, ...added])];
}

/** Why `entry` cannot be removed with `unprotectDefaults`, or undefined when it can. */
export function unprotectProblem(entry: string): string | undefined {
  if (LOCKED_PROTECTED_PATHS.includes(entry))
    return `"${entry}" is always protected and cannot be removed`;
  if (!CORE_PROTECTED_PATHS.includes(entry))
    return `"${entry}" is not a default protected path (the defaults are ${CORE_PROTECTED_PATHS.map((p) => `"${p}"`).join(', ')})`;
  return undefined;
}

/** A compiled protected list: `match` returns the glob that protects a path, or undefined. */
export interface ProtectedMatcher {
  readonly globs: readonly string[];
  match(path: string): string | undefined;
}

/** Compiles globs once; every path goes through normalizePath (`a/../.github/x` is `.github/x`). */
export function protectedMatcher(globs: readonly string[]): ProtectedMatcher {
  const entries: { glob: string; value: string }[] = [];
  for (const g of [...globs, ...LOCKED_PROTECTED_PATHS]) {
    const glob = toGlob(g);
    if (glob !== undefined) entries.push({ glob, value: g });
  }
  const set = new PatternSet(entries);
  return {
    globs,
    match(raw) {
      const path = normalizePath(raw);
      if (path === '') return undefined;
      // A `.git` segment anywhere (the repository's own, or a nested one the agent made).
      if (path === '.git' || path.endsWith('/.git') || /(^|\/)\.git\//.test(path)) return '.git/';
      return set.match(path);
    },
  };
}
