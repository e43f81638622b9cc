import { posix } from 'node:path';
import type { ProtectedMatcher } from './paths.js';

/**
 * The tree gate's decision, pure: given what the working tree held before an engine run and
 * after it, which changes must be undone. The adapter (src/engines/tree-gate.ts) walks the tree,
 * applies the plan and reports each violation as a blocking finding.
 */

/** One path of the tree as the gate records it. Only paths the gate can act on are recorded. */
export type TreeEntry =
  | { readonly kind: 'file'; readonly mode: number; readonly digest: string }
  | { readonly kind: 'symlink'; readonly target: string; readonly outside: boolean }
  /** A `.git` directory or file below the root: a nested repository or a gitlink. */
  | { readonly kind: 'gitdir' };

export type TreeEntries = ReadonlyMap<string, TreeEntry>;

export const TREE_GATE_RULES = {
  protected: 'protected-path',
  symlink: 'escaping-symlink',
  gitdir: 'nested-git',
} as const;
export type TreeGateRule = (typeof TREE_GATE_RULES)[keyof typeof TREE_GATE_RULES];

export type TreeChange = 'created' | 'modified' | 'deleted' | 'mode' | 'type';

export interface TreeViolation {
  readonly path: string;
  readonly rule: TreeGateRule;
  readonly change: TreeChange;
  /** The protected glob, the symlink target, or the nested `.git`. */
  readonly detail: string;
}

export interface TreeGatePlan {
  readonly violations: readonly TreeViolation[];
  /** Paths to delete (recursively, never through a symlink), before any restore. */
  readonly remove: readonly string[];
  /** Paths to put back exactly as they were before the run. */
  readonly restore: readonly string[];
}

/** Whether a symlink at `path` with this target points outside the tree, by its text alone. */
export function symlinkEscapes(path: string, target: string): boolean {
  if (target === '' || posix.isAbsolute(target) || /^[A-Za-z]:[\\/]/.test(target)) return true;
  const joined = posix.normalize(posix.join(posix.dirname(path), target.replace(/\\/g, '/')));
  return joined === '..' || joined.startsWith('../');
}

function same(a: TreeEntry, b: TreeEntry): boolean {
  if (a.kind === 'file' && b.kind === 'file') return a.mode === b.mode && a.digest === b.digest;
  if (a.kind === 'symlink' && b.kind === 'symlink') return a.target === b.target;
  return a.kind === b.kind;
}

function changeOf(before: TreeEntry | undefined, after: TreeEntry | undefined): TreeChange {
  if (before === undefined) return 'created';
  if (after === undefined) return 'deleted';
  if (before.kind !== after.kind) return 'type';
  if (before.kind === 'file' && after.kind === 'file' && before.digest === after.digest)
    return 'mode';
  return 'modified';
}

/**
 * Every change under a protected path is undone (created: removed; deleted or edited: put back);
 * a symlink the run made or changed that points outside the tree is removed; a `.git` the run
 * made below the root is removed. Other changes are the agent's work and stay.
 */
export function planTreeGate(
  before: TreeEntries,
  after: TreeEntries,
  guard: ProtectedMatcher,
): TreeGatePlan {
  const violations: TreeViolation[] = [];
  const remove: string[] = [];
  const restore: string[] = [];
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const path of paths) {
    const b = before.get(path);
    const a = after.get(path);
    if (a !== undefined && b !== undefined && same(a, b)) continue;
    const change = changeOf(b, a);
    const glob = guard.match(path);
    if (a?.kind === 'gitdir') {
      violations.push({ path, rule: TREE_GATE_RULES.gitdir, change, detail: '.git' });
    } else if (glob !== undefined) {
      violations.push({ path, rule: TREE_GATE_RULES.protected, change, detail: glob });
    } else if (a?.kind === 'symlink' && a.outside) {
      violations.push({ path, rule: TREE_GATE_RULES.symlink, change, detail: a.target });
    } else continue;
    if (a !== undefined) remove.push(path);
    // Put back what was there, unless it was itself a nested repository (never restored).
    if (b !== undefined && b.kind !== 'gitdir') restore.push(path);
  }
  return { violations, remove, restore };
}

/** One line for a report: what changed, where, and what the gate did about it. */
export function describeViolation(v: TreeViolation): string {
  switch (v.rule) {
    case TREE_GATE_RULES.protected:
      return `the agent ${v.change === 'mode' ? 'changed the mode of' : v.change === 'type' ? 'replaced' : v.change} ${v.path}, a protected path (matches "${v.detail}"); the change was reverted. Agents may not change protected paths: a human must make this change.`;
    case TREE_GATE_RULES.symlink:
      return `the agent made ${v.path} a symlink to ${v.detail}, outside the working tree; it was removed.`;
    case TREE_GATE_RULES.gitdir:
      return `the agent created a nested git directory or gitlink at ${v.path}; it was removed (.git is never committed).`;
  }
}
