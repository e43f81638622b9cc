import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { minimatch } from 'minimatch';

/**
 * Every file tool resolves its path here. A path is accepted only if it lies inside the working
 * tree after resolving symlinks, so neither `..` nor a symlink can reach outside the tree.
 * Refusals are ToolError: their message goes back to the model as an `is_error` tool result.
 */
export class ToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolError';
    Object.setPrototypeOf(this, ToolError.prototype);
  }
}

export interface ResolvedPath {
  /** Absolute path, symlinks resolved as far as the path exists. */
  readonly abs: string;
  /** Relative to the tree root, with `/` separators ('' for the root itself). */
  readonly rel: string;
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Resolves the longest existing prefix of `p` with realpath and re-appends the rest. */
async function realpathLenient(p: string): Promise<string> {
  const missing: string[] = [];
  let cur = p;
  for (;;) {
    try {
      const real = await realpath(cur);
      return path.join(real, ...missing.reverse());
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      const parent = path.dirname(cur);
      if (parent === cur) return p;
      missing.push(path.basename(cur));
      cur = parent;
    }
  }
}

/** `root` must already be a realpath (see `realRoot`). */
export async function resolveInTree(root: string, input: string): Promise<ResolvedPath> {
  if (typeof input !== 'string' || input === '') throw new ToolError('path is required');
  if (input.includes('\0')) throw new ToolError('path contains a NUL byte');
  const lexical = path.resolve(root, input);
  if (!inside(root, lexical)) {
    throw new ToolError(`${input} is outside the working tree; only paths inside it are allowed`);
  }
  const abs = await realpathLenient(lexical);
  if (!inside(root, abs)) {
    throw new ToolError(`${input} resolves (through a symlink) outside the working tree: refused`);
  }
  return { abs, rel: path.relative(root, abs).split(path.sep).join('/') };
}

export function realRoot(cwd: string): Promise<string> {
  return realpath(cwd);
}

/**
 * Whether a write to `rel` is forbidden: the task's protected globs (minimatch, dotfiles
 * included), and `.git/` always, since a file there (e.g. a git hook) would run code outside
 * the agent's sandbox on the next git command.
 */
export function protectedBy(rel: string, globs: readonly string[]): string | undefined {
  if (rel === '.git' || rel.startsWith('.git/')) return '.git/**';
  return globs.find((g) => minimatch(rel, g, { dot: true }));
}

export async function resolveForWrite(
  root: string,
  input: string,
  protectedGlobs: readonly string[],
): Promise<ResolvedPath> {
  const resolved = await resolveInTree(root, input);
  const glob = protectedBy(resolved.rel, protectedGlobs);
  if (glob !== undefined) {
    throw new ToolError(
      `${resolved.rel} is a protected path (matches "${glob}"): agents may not change it. ` +
        'Leave this file alone and say in your summary what change it would need.',
    );
  }
  return resolved;
}
