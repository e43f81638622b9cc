// The tree gate's hands: it records the working tree before an engine run (protected files with
// their exact bytes and modes, every symlink, every nested `.git`, the HEAD commit and the index)
// and, after the run, applies core/protected's plan: what the run may not change is put back,
// what it may not create is removed, and git's HEAD and index are as they were. Whatever the
// engine, whatever it ran (its own tools, bash, python, a CLI), only the tree is compared.
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import {
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  readlink,
  realpath,
  rm,
  symlink,
} from 'node:fs/promises';
import path from 'node:path';
import { protectedMatcher, type ProtectedMatcher } from '../core/protected/paths.js';
import {
  planTreeGate,
  symlinkEscapes,
  type TreeEntry,
  type TreeViolation,
} from '../core/protected/tree-gate.js';
import { runCommand } from './process.js';

/** Git as the gate runs it: no hooks, no fsmonitor, no system or global config, no prompt. */
const GIT_SAFE = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];

export interface TreeSnapshot {
  readonly dir: string;
  /** The tree's real path: symlink targets are judged against it. */
  readonly root: string;
  readonly guard: ProtectedMatcher;
  readonly entries: ReadonlyMap<string, TreeEntry>;
  /** The bytes of every protected file, to put them back exactly. */
  readonly contents: ReadonlyMap<string, Buffer>;
  /** The HEAD commit, the branch HEAD named, and the index as a tree; null outside git. */
  readonly git: { head: string; ref: string | null; index: string | null } | null;
}

export interface TreeGateOptions {
  /** The environment git runs with (PATH is all it needs). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Paths protected on top of the task's list: the action's `config-path` when it moved it. */
  readonly alsoProtected?: readonly string[];
}

function gitEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return {
    PATH: env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: '/nonexistent',
    LANG: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
  };
}

async function git(
  dir: string,
  env: Record<string, string>,
  args: string[],
): Promise<string | null> {
  // safe.directory only counts from protected config (the command line is): a checkout owned by
  // another user (a job container) must not turn the gate's git calls into silent failures.
  const r = await runCommand('git', [...GIT_SAFE, '-c', `safe.directory=${dir}`, ...args], {
    cwd: dir,
    env,
    maxOutputBytes: 64 * 1024 * 1024,
  });
  return r.exitCode === 0 ? r.stdout : null;
}

async function gitState(dir: string, env: Record<string, string>): Promise<TreeSnapshot['git']> {
  const head = (await git(dir, env, ['rev-parse', '--verify', '--quiet', 'HEAD']))?.trim();
  if (!head) return null;
  const ref = (await git(dir, env, ['symbolic-ref', '--quiet', 'HEAD']))?.trim() || null;
  const index = (await git(dir, env, ['write-tree']))?.trim() || null;
  return { head, ref, index };
}

/** Untracked paths git ignores (directories collapsed, with a trailing `/`): never committed. */
async function ignoredPaths(dir: string, env: Record<string, string>): Promise<Set<string>> {
  const out = await git(dir, env, [
    'ls-files',
    '-z',
    '--others',
    '--ignored',
    '--exclude-standard',
    '--directory',
  ]);
  return new Set((out ?? '').split('\0').filter((p) => p !== ''));
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** By its text, or by where it really leads when that exists. */
async function linkOutside(root: string, rel: string, target: string): Promise<boolean> {
  if (symlinkEscapes(rel, target)) return true;
  try {
    return !inside(root, await realpath(path.join(root, rel)));
  } catch {
    return false; // dangling, and inside by its text: harmless to commit
  }
}

interface Walked {
  entries: Map<string, TreeEntry>;
  contents: Map<string, Buffer>;
}

/**
 * Records what the gate can act on: protected files (bytes, mode), symlinks, nested `.git`.
 * Never follows a symlink. Skips untracked ignored directories that are not protected
 * (node_modules): their content is never committed.
 */
async function walk(root: string, guard: ProtectedMatcher, ignored: Set<string>): Promise<Walked> {
  const entries = new Map<string, TreeEntry>();
  const contents = new Map<string, Buffer>();
  const visit = async (relDir: string): Promise<void> => {
    let list;
    try {
      list = await readdir(path.join(root, relDir), { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      // Fail closed: a directory the gate cannot read could hide anything (chmod 000).
      throw new Error(
        `the tree gate cannot read ${relDir || '.'} (${code ?? String(e)}); the run's changes are not checked, so nothing is committed`,
      );
    }
    for (const d of list) {
      const rel = relDir === '' ? d.name : `${relDir}/${d.name}`;
      const abs = path.join(root, rel);
      if (d.name === '.git') {
        if (relDir !== '') entries.set(rel, { kind: 'gitdir' });
        continue;
      }
      const isProtected = guard.match(rel) !== undefined;
      if (d.isSymbolicLink()) {
        const target = await readlink(abs);
        entries.set(rel, {
          kind: 'symlink',
          target,
          outside: await linkOutside(root, rel, target),
        });
      } else if (d.isDirectory()) {
        if (ignored.has(`${rel}/`) && !isProtected) continue;
        await visit(rel);
      } else if (d.isFile() && isProtected) {
        const [bytes, info] = await Promise.all([readFile(abs), lstat(abs)]);
        const digest = createHash('sha256').update(bytes).digest('hex');
        entries.set(rel, { kind: 'file', mode: info.mode & 0o7777, digest });
        contents.set(rel, bytes);
      }
    }
  };
  await visit('');
  return { entries, contents };
}

/** Records the tree before an engine run. */
export async function snapshotTree(
  dir: string,
  protectedPaths: readonly string[],
  o: TreeGateOptions,
): Promise<TreeSnapshot> {
  const env = gitEnv(o.env);
  const root = await realpath(dir);
  const guard = protectedMatcher([...protectedPaths, ...(o.alsoProtected ?? [])]);
  const state = await gitState(root, env);
  const { entries, contents } = await walk(root, guard, await ignoredPaths(root, env));
  return { dir, root, guard, entries, contents, git: state };
}

/** Whether every ancestor of `rel` is a real directory (no symlink on the way). */
async function realAncestors(root: string, rel: string): Promise<boolean> {
  const parts = rel.split('/').slice(0, -1);
  let cur = root;
  for (const part of parts) {
    cur = path.join(cur, part);
    const info = await lstat(cur).catch(() => null);
    if (info === null || !info.isDirectory()) return false;
  }
  return true;
}

/** Makes every ancestor of `rel` a real directory, removing a symlink or file in the way. */
async function ensureAncestors(root: string, rel: string): Promise<void> {
  let cur = root;
  for (const part of rel.split('/').slice(0, -1)) {
    cur = path.join(cur, part);
    const info = await lstat(cur).catch(() => null);
    if (info?.isDirectory()) continue;
    if (info !== null) await rm(cur, { force: true });
    await mkdir(cur);
  }
}

async function putBack(s: TreeSnapshot, rel: string): Promise<void> {
  const entry = s.entries.get(rel);
  const abs = path.join(s.root, rel);
  await ensureAncestors(s.root, rel);
  await rm(abs, { recursive: true, force: true });
  if (entry?.kind === 'symlink') {
    await symlink(entry.target, abs);
  } else if (entry?.kind === 'file') {
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
    const handle = await open(abs, flags, entry.mode);
    try {
      await handle.writeFile(s.contents.get(rel) ?? Buffer.alloc(0));
      await handle.chmod(entry.mode); // exact, whatever the umask
    } finally {
      await handle.close();
    }
  }
}

/** HEAD on its branch at the starting commit, and the index as it was: no agent commit stays. */
async function restoreGit(s: TreeSnapshot, env: Record<string, string>): Promise<void> {
  if (s.git === null) return;
  const { head, ref, index } = s.git;
  if (ref !== null) {
    await git(s.root, env, ['symbolic-ref', 'HEAD', ref]);
    await git(s.root, env, ['update-ref', ref, head]);
  } else await git(s.root, env, ['update-ref', '--no-deref', 'HEAD', head]);
  await git(s.root, env, ['read-tree', index ?? head]);
}

/**
 * After an engine run: reverts every change to a protected path, removes escaping symlinks and
 * nested `.git` the run made, resets HEAD and the index, and returns what it found.
 */
export async function enforceTreeGate(
  s: TreeSnapshot,
  o: TreeGateOptions,
): Promise<TreeViolation[]> {
  const env = gitEnv(o.env);
  await restoreGit(s, env);
  const now = await walk(s.root, s.guard, await ignoredPaths(s.root, env));
  const plan = planTreeGate(s.entries, now.entries, s.guard);
  for (const rel of plan.remove) {
    if (await realAncestors(s.root, rel))
      await rm(path.join(s.root, rel), { recursive: true, force: true });
  }
  for (const rel of plan.restore) await putBack(s, rel);
  return [...plan.violations];
}

/** The TreeGate port (src/stages/ports.ts) over this module. */
export function createTreeGate(o: TreeGateOptions): {
  snapshot(dir: string, protectedPaths: readonly string[]): Promise<TreeSnapshot>;
  enforce(snapshot: TreeSnapshot): Promise<TreeViolation[]>;
} {
  return {
    snapshot: (dir, protectedPaths) => snapshotTree(dir, protectedPaths, o),
    enforce: (snapshot) => enforceTreeGate(snapshot, o),
  };
}
