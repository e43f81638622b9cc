// Git objects read and written in-process, in git's own loose format (objects/ab/cdef...: zlib of
// "<type> <size>\0<content>", named by the sha-1 of that text). Spawning git costs 40-70 ms a
// call here, and the Git Data API runs several per request; this takes microseconds. The
// repository stays a real one: git reads what this writes, and what git packs (after a push or
// gc) is read back through `git cat-file`.
//
// File access is synchronous on purpose: objects are small, and a read or write that cannot
// interleave with another request's needs no locking.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { runGit } from './git.js';

export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag';

export interface GitObject {
  readonly type: ObjectType;
  readonly content: Buffer;
}

const TYPES: ReadonlySet<string> = new Set(['blob', 'tree', 'commit', 'tag']);

export const isSha = (s: unknown): s is string => typeof s === 'string' && /^[0-9a-f]{40}$/.test(s);

const loosePath = (gitDir: string, sha: string): string =>
  path.join(gitDir, 'objects', sha.slice(0, 2), sha.slice(2));

function parseObject(sha: string, type: string, size: number, content: Buffer): GitObject {
  if (!TYPES.has(type) || content.length !== size) {
    throw new Error(`corrupt object ${sha}: header says ${type} of ${size} bytes`);
  }
  return { type: type as ObjectType, content };
}

/** The object if it is loose; undefined if it is packed or absent (ask `readObject`). */
export function readLooseObject(gitDir: string, sha: string): GitObject | undefined {
  let raw: Buffer;
  try {
    raw = readFileSync(loosePath(gitDir, sha));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const data = inflateSync(raw);
  const nul = data.indexOf(0);
  const [type = '', size = ''] = data.subarray(0, nul).toString('latin1').split(' ');
  return parseObject(sha, type, Number(size), data.subarray(nul + 1));
}

/** Any object, loose or packed; undefined when the repository does not have it. */
export async function readObject(gitDir: string, sha: string): Promise<GitObject | undefined> {
  if (!isSha(sha)) return undefined;
  return readLooseObject(gitDir, sha) ?? (await readWithGit(gitDir, sha));
}

/** Packs (pushed or gc'd objects) are read by git itself: rare here, so one process each. */
async function readWithGit(gitDir: string, sha: string): Promise<GitObject | undefined> {
  const { stdout } = await runGit(gitDir, ['cat-file', '--batch'], { input: `${sha}\n` });
  const newline = stdout.indexOf(10);
  const [, type = '', size = ''] = stdout.subarray(0, newline).toString('latin1').split(' ');
  if (type === 'missing' || size === '') return undefined;
  const start = newline + 1;
  return parseObject(sha, type, Number(size), stdout.subarray(start, start + Number(size)));
}

export async function objectType(gitDir: string, sha: string): Promise<ObjectType | undefined> {
  return (await readObject(gitDir, sha))?.type;
}

let tempCounter = 0;

/** Stores an object (a no-op when it is already loose) and returns its sha. */
export function writeObject(gitDir: string, type: ObjectType, content: Buffer): string {
  const data = Buffer.concat([Buffer.from(`${type} ${content.length}\0`, 'latin1'), content]);
  const sha = createHash('sha1').update(data).digest('hex');
  const file = loosePath(gitDir, sha);
  if (existsSync(file)) return sha;
  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside then renamed, as git does, so a reader never sees half an object.
  tempCounter += 1;
  const temp = path.join(path.dirname(file), `tmp_obj_${process.pid}_${tempCounter}`);
  writeFileSync(temp, deflateSync(data), { mode: 0o444 });
  renameSync(temp, file);
  return sha;
}

/** The commit a commit or an annotated tag points to (tags peeled), or undefined. */
export async function peelToCommit(gitDir: string, sha: string): Promise<string | undefined> {
  let current = sha;
  for (let depth = 0; depth < 10; depth++) {
    const object = await readObject(gitDir, current);
    if (object?.type === 'commit') return current;
    if (object?.type !== 'tag') return undefined;
    const target = /^object ([0-9a-f]{40})$/m.exec(object.content.toString('utf8'))?.[1];
    if (target === undefined) return undefined;
    current = target;
  }
  return undefined;
}
