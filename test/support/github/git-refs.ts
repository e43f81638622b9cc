// Refs in-process, on git's files backend: a loose ref is `refs/heads/x` holding "<sha>\n" and
// overrides a line of `packed-refs`. An update takes git's own lock (`refs/heads/x.lock`, created
// exclusively), so it is atomic against real git pushing the same repository too; and it runs
// synchronously from lock to rename, so no other request of this process interleaves with it.
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { isSha, peelToCommit, readLooseObject } from './git-objects.js';
import { runGit, tryResolveCommit } from './git.js';

/** `git check-ref-format` rules (one-level names like `main` allowed): also keeps paths inside. */
export function isValidRefName(ref: string): boolean {
  if (ref === '' || ref === '@' || ref.includes('..') || ref.includes('@{')) return false;
  // Control characters, space and git's revision syntax.
  if ([...ref].some((c) => c <= ' ' || c === '\x7f' || '~^:?*[\\'.includes(c))) return false;
  if (ref.endsWith('.')) return false;
  return ref
    .split('/')
    .every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}

const errno = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

function readFileOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    // ENOTDIR: `refs/heads/a/b` asked while `refs/heads/a` is a ref; EISDIR: the other way round.
    if (['ENOENT', 'ENOTDIR', 'EISDIR'].includes(errno(error) ?? '')) return undefined;
    throw error;
  }
}

function packedRefs(gitDir: string): Map<string, string> {
  const refs = new Map<string, string>();
  const text = readFileOrUndefined(path.join(gitDir, 'packed-refs')) ?? '';
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{40}) (\S+)$/.exec(line); // skips the header and `^<peeled>` lines
    if (m?.[1] !== undefined && m[2] !== undefined) refs.set(m[2], m[1]);
  }
  return refs;
}

/** What a ref holds, symbolic refs followed; undefined when it does not exist. */
export function readRef(
  gitDir: string,
  ref: string,
  packed: () => Map<string, string> = () => packedRefs(gitDir),
): string | undefined {
  let name = ref;
  for (let depth = 0; depth < 5; depth++) {
    if (!isValidRefName(name)) return undefined;
    const loose = readFileOrUndefined(path.join(gitDir, name))?.trim();
    if (loose === undefined) return packed().get(name);
    if (isSha(loose)) return loose;
    const target = /^ref: (\S+)$/.exec(loose)?.[1];
    if (target === undefined) return undefined;
    name = target;
  }
  return undefined;
}

function looseRefNames(gitDir: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(gitDir, dir), { withFileTypes: true });
  } catch (error) {
    if (errno(error) === 'ENOENT') return [];
    throw error;
  }
  return entries.flatMap((e) => {
    const name = `${dir}/${e.name}`;
    if (e.isDirectory()) return looseRefNames(gitDir, name);
    return isValidRefName(name) ? [name] : []; // skips `x.lock` files of updates in flight
  });
}

export interface RefValue {
  readonly ref: string;
  readonly sha: string;
}

/** Every ref under refs/, sorted by name as `git for-each-ref` does. */
export function listRefs(gitDir: string): RefValue[] {
  const packed = packedRefs(gitDir);
  const names = new Set([...packed.keys(), ...looseRefNames(gitDir, 'refs')]);
  return [...names]
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .flatMap((ref) => {
      const sha = readRef(gitDir, ref, () => packed);
      return sha === undefined ? [] : [{ ref, sha }];
    });
}

/** A ref that would sit where `ref`'s directory or file is (`refs/heads/a` vs `refs/heads/a/b`). */
function conflictingRef(gitDir: string, ref: string): string | undefined {
  return listRefs(gitDir).find(
    (r) => r.ref !== ref && (r.ref.startsWith(`${ref}/`) || ref.startsWith(`${r.ref}/`)),
  )?.ref;
}

/**
 * Sets `ref` to `next` if it holds `expected` now (undefined: if it does not exist yet).
 * False when it holds something else or another writer has it locked, as `git update-ref`.
 */
export function compareAndSwapRef(
  gitDir: string,
  ref: string,
  expected: string | undefined,
  next: string,
): boolean {
  if (!isValidRefName(ref) || !ref.startsWith('refs/')) return false;
  const file = path.join(gitDir, ref);
  const lock = `${file}.lock`;
  let fd: number;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    fd = openSync(lock, 'wx');
  } catch (error) {
    if (['EEXIST', 'ENOTDIR', 'EISDIR'].includes(errno(error) ?? '')) return false;
    throw error;
  }
  let moved = false;
  try {
    const current = readRef(gitDir, ref);
    if (current !== expected) return false;
    if (expected === undefined && conflictingRef(gitDir, ref) !== undefined) return false;
    writeSync(fd, `${next}\n`);
    closeSync(fd);
    renameSync(lock, file);
    moved = true;
    return true;
  } finally {
    if (!moved) {
      try {
        closeSync(fd);
      } catch {
        // already closed before a failed rename
      }
      unlinkSync(lock);
    }
  }
}

/** Deletes a ref holding `expected` (loose and packed): git does it, as it rewrites packed-refs. */
export async function deleteRef(gitDir: string, ref: string, expected: string): Promise<boolean> {
  const result = await runGit(gitDir, ['update-ref', '-d', ref, expected], {
    allowExitCodes: [1, 128],
  });
  return result.exitCode === 0;
}

/** True when `ancestor` is `descendant` or one of its ancestors (`merge-base --is-ancestor`). */
export async function isAncestor(
  gitDir: string,
  ancestor: string,
  descendant: string,
): Promise<boolean> {
  const seen = new Set<string>();
  const queue = [descendant];
  for (let sha = queue.pop(); sha !== undefined; sha = queue.pop()) {
    if (sha === ancestor) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    const commit = readLooseObject(gitDir, sha);
    if (commit?.type !== 'commit') {
      // A packed history: git walks it faster than one `cat-file` per commit would.
      const result = await runGit(gitDir, ['merge-base', '--is-ancestor', ancestor, descendant], {
        allowExitCodes: [1, 128],
      });
      return result.exitCode === 0;
    }
    for (const m of commit.content.toString('utf8').matchAll(/^parent ([0-9a-f]{40})$/gm)) {
      if (m[1] !== undefined) queue.push(m[1]);
    }
  }
  return false;
}

/**
 * A revision to a commit sha: a full sha, or a ref name as `git rev-parse` looks it up (`x`,
 * `refs/x`, `refs/tags/x`, `refs/heads/x`...). Anything else (`main~1`, short shas) goes to git.
 */
export async function resolveCommit(gitDir: string, rev: string): Promise<string | undefined> {
  if (isSha(rev)) return peelToCommit(gitDir, rev);
  if (isValidRefName(rev)) {
    const candidates = [rev, `refs/${rev}`, `refs/tags/${rev}`, `refs/heads/${rev}`];
    for (const name of [...candidates, `refs/remotes/${rev}`, `refs/remotes/${rev}/HEAD`]) {
      const sha = readRef(gitDir, name);
      if (sha !== undefined) return peelToCommit(gitDir, sha);
    }
  }
  return tryResolveCommit(gitDir, rev);
}
