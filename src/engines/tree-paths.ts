import { constants } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { protectedMatcher } from '../core/protected/paths.js';

/**
 * Every in-process file write of an engine (the native tools, replay steps) resolves its path here. A path is accepted only if it lies inside the working
 * tree after resolving symlinks, so neither `..` nor a symlink can reach outside the tree; a
 * write never goes through a symlink at all.
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

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException).code;
}

/**
 * Walks `lexical` from the root one component at a time with lstat, so that every symlink on
 * the way is seen, including a dangling one (realpath cannot resolve those, and a lenient
 * fallback to the link's own path is how a write once landed outside the tree). A write
 * through any symlink is refused; a read follows a link only when its real target exists and
 * lies inside the tree. Components that do not exist yet are appended as they are.
 */
async function resolveComponents(
  root: string,
  lexical: string,
  input: string,
  forWrite: boolean,
): Promise<string> {
  const parts = path
    .relative(root, lexical)
    .split(path.sep)
    .filter((p) => p !== '');
  let cur = root;
  for (const [i, part] of parts.entries()) {
    const next = path.join(cur, part);
    let info;
    try {
      info = await lstat(next);
    } catch (e) {
      if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR')
        return path.join(next, ...parts.slice(i + 1));
      throw e;
    }
    if (!info.isSymbolicLink()) {
      cur = next;
      continue;
    }
    const shown = path.relative(root, next).split(path.sep).join('/');
    if (forWrite) {
      throw new ToolError(
        `${input}: ${shown} is a symlink, and writing through a symlink is refused; write the real path inside the working tree instead`,
      );
    }
    let real;
    try {
      real = await realpath(next);
    } catch {
      throw new ToolError(`${input}: ${shown} is a dangling symlink (through a symlink): refused`);
    }
    if (!inside(root, real)) {
      throw new ToolError(
        `${input} resolves (through a symlink) outside the working tree: refused`,
      );
    }
    cur = real;
  }
  return cur;
}

/** `root` must already be a realpath (see `realRoot`). */
export async function resolveInTree(
  root: string,
  input: string,
  opts: { forWrite?: boolean } = {},
): Promise<ResolvedPath> {
  if (typeof input !== 'string' || input === '') throw new ToolError('path is required');
  if (input.includes('\0')) throw new ToolError('path contains a NUL byte');
  const lexical = path.resolve(root, input);
  if (!inside(root, lexical)) {
    throw new ToolError(`${input} is outside the working tree; only paths inside it are allowed`);
  }
  const abs = await resolveComponents(root, lexical, input, opts.forWrite === true);
  if (!inside(root, abs)) {
    throw new ToolError(`${input} resolves (through a symlink) outside the working tree: refused`);
  }
  return { abs, rel: path.relative(root, abs).split(path.sep).join('/') };
}

export function realRoot(cwd: string): Promise<string> {
  return realpath(cwd);
}

/**
 * Whether a write to `rel` is forbidden: the task's protected list (the core list of
 * core/protected with the policy's additions and removals), matched with the risk policy's glob
 * rules, and `.git` always (at any depth), since a file there (e.g. a git hook) would run code
 * outside the agent's sandbox on the next git command.
 */
export function protectedBy(rel: string, globs: readonly string[]): string | undefined {
  return protectedMatcher(globs).match(rel);
}

export async function resolveForWrite(
  root: string,
  input: string,
  protectedGlobs: readonly string[],
): Promise<ResolvedPath> {
  const resolved = await resolveInTree(root, input, { forWrite: true });
  const glob = protectedBy(resolved.rel, protectedGlobs);
  if (glob !== undefined) {
    throw new ToolError(
      `${resolved.rel} is a protected path (matches "${glob}"): agents may not change it. ` +
        'Leave this file alone and say in your summary what change it would need.',
    );
  }
  return resolved;
}

/** Opens for writing without following a symlink at the last component (O_NOFOLLOW). */
export const WRITE_NOFOLLOW =
  constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;
