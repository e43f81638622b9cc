import { CORE_PROTECTED_PATHS, LOCKED_PROTECTED_PATHS, UNPROTECT_KEY } from './paths.js';

/** Where the shipped safety hook reads its copy of the core list. */
export const HOOK_LIST_PATH = '.claude/hooks/lib/protected-paths.sh';

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The hook's copy of the core list, as bash. The hook cannot import TypeScript, so the list is
 * generated (scripts/gen-hook-protected.mjs) and a test fails when the copy is stale.
 */
export function renderHookProtectedList(): string {
  return [
    '# shellcheck shell=bash disable=SC2034',
    '# GENERATED from src/core/protected/paths.ts by `node --import tsx scripts/gen-hook-protected.mjs`.',
    '# Do not edit: change the core list and run the script (a test fails when this copy is stale).',
    `PROTECTED_DEFAULTS=(${CORE_PROTECTED_PATHS.map(quote).join(' ')})`,
    `PROTECTED_LOCKED=(${LOCKED_PROTECTED_PATHS.map(quote).join(' ')})`,
    `PROTECTED_UNPROTECT_KEY=${quote(UNPROTECT_KEY)}`,
    '',
  ].join('\n');
}
