import { posix } from 'node:path';
import type { MinimatchOptions } from 'minimatch';

/**
 * How policy globs behave, in CODEOWNERS / .gitignore terms:
 * - a pattern with no `/` (other than a trailing one) matches the file name at any depth;
 * - a pattern with a `/` is anchored at the repository root; so is one that starts with `/` or
 *   `./` (that prefix is dropped, as in .gitignore: `/*.md` is the root's Markdown files only);
 * - `*` never crosses `/`, `**` does; dotfiles match; matching is case-sensitive;
 * - a trailing `/` (`docs/`) means everything under that directory.
 * Each raw pattern is rewritten once into an anchored minimatch glob with these options, so the
 * fast matcher and a plain `minimatch(path, glob, MINIMATCH_OPTIONS)` agree by construction.
 */
export const MINIMATCH_OPTIONS: MinimatchOptions = Object.freeze({
  dot: true,
  nocase: false,
  // `!` and `#` are file-name characters here; the policy has no negation or comments in globs.
  nonegate: true,
  nocomment: true,
  // Backslash escapes a glob character on every OS; paths are normalized to `/` beforehand.
  platform: 'linux',
});

/** The anchored minimatch glob for a policy pattern, or undefined when nothing is left of it. */
export function toGlob(raw: string): string | undefined {
  let body = raw;
  let anchored = false;
  while (body.startsWith('./') || body.startsWith('/')) {
    body = body.startsWith('/') ? body.slice(1) : body.slice(2);
    anchored = true;
  }
  let directory = false;
  while (body.endsWith('/')) {
    body = body.slice(0, -1);
    directory = true;
  }
  if (body === '' || body === '.') return undefined;
  // Decided before the `/**` suffix is added: `docs/` is a directory name at any depth.
  const anchoredGlob = anchored || body.includes('/');
  if (directory) body += '/**';
  return anchoredGlob ? body : `**/${body}`;
}

/** A backslash, a leading `/`, `//`, or a `.` or `..` segment. */
const NEEDS_NORMALIZING = /\\|^\/|\/\/|(?:^|\/)\.\.?(?:\/|$)/;

/**
 * A repository-relative path with `/` separators, no leading `./` or `/`, and no `.`, `..` or
 * empty segments (so `docs/../.github/workflows/x.yml` is seen as the workflow it is).
 * Returns '' for a path that names nothing.
 */
export function normalizePath(raw: string): string {
  // Most paths (git's own output) are already normal; posix.normalize is costly at 100k paths.
  if (!NEEDS_NORMALIZING.test(raw)) return raw;
  const p = posix.normalize(raw.replace(/\\/g, '/')).replace(/^\/+/, '');
  return p === '.' || p === './' ? '' : p;
}
