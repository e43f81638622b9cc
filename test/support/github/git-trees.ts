// Tree objects in-process: parse, list, and build from a base tree plus path edits (what
// `POST /git/trees` with `base_tree` does), in git's binary format and entry order.
import { readObject, writeObject, type ObjectType } from './git-objects.js';

export interface TreeEntry {
  /** As stored: `40000` for a tree (shown as `040000`), `100644`, `100755`, `120000`, `160000`. */
  readonly mode: string;
  readonly name: string;
  readonly sha: string;
}

export const TREE_MODE = '40000';

export const entryType = (mode: string): ObjectType =>
  mode === TREE_MODE ? 'tree' : mode === '160000' ? 'commit' : 'blob';

/** The mode as GitHub and `ls-tree` print it: six digits. */
export const displayMode = (mode: string): string => mode.padStart(6, '0');

export function parseTree(content: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let i = 0;
  while (i < content.length) {
    const space = content.indexOf(0x20, i);
    const nul = content.indexOf(0, space);
    if (space < 0 || nul < 0 || nul + 21 > content.length) throw new Error('corrupt tree object');
    entries.push({
      mode: content.subarray(i, space).toString('latin1'),
      name: content.subarray(space + 1, nul).toString('utf8'),
      sha: content.subarray(nul + 1, nul + 21).toString('hex'),
    });
    i = nul + 21;
  }
  return entries;
}

// git compares names bytewise, a tree's name as if it ended with '/' (base_name_compare).
const sortKey = (e: TreeEntry): Buffer => Buffer.from(e.mode === TREE_MODE ? `${e.name}/` : e.name);

function serializeTree(entries: readonly TreeEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => Buffer.compare(sortKey(a), sortKey(b)));
  return Buffer.concat(
    sorted.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')]),
  );
}

/** The entries of a tree (a commit's tree for a commit sha); undefined if it is neither. */
export async function readTree(gitDir: string, sha: string): Promise<TreeEntry[] | undefined> {
  const object = await readObject(gitDir, sha);
  if (object?.type === 'commit') {
    const tree = /^tree ([0-9a-f]{40})$/m.exec(object.content.toString('utf8'))?.[1];
    return tree === undefined ? undefined : readTree(gitDir, tree);
  }
  return object?.type === 'tree' ? parseTree(object.content) : undefined;
}

export interface ListedEntry extends TreeEntry {
  /** Path from the listed tree's root. */
  readonly path: string;
  readonly type: ObjectType;
  /** Blobs only, as `ls-tree -l`. */
  readonly size: number | undefined;
}

/** `git ls-tree -l [-r -t]`: entries in tree order, a tree before what it holds. */
export async function listTree(
  gitDir: string,
  treeSha: string,
  options: { recursive?: boolean; prefix?: string } = {},
): Promise<ListedEntry[]> {
  const entries = (await readTree(gitDir, treeSha)) ?? [];
  const listed: ListedEntry[] = [];
  for (const e of entries) {
    const type = entryType(e.mode);
    const entryPath = `${options.prefix ?? ''}${e.name}`;
    const size = type === 'blob' ? (await readObject(gitDir, e.sha))?.content.length : undefined;
    listed.push({ ...e, mode: displayMode(e.mode), path: entryPath, type, size });
    if (type === 'tree' && options.recursive === true) {
      listed.push(...(await listTree(gitDir, e.sha, { recursive: true, prefix: `${entryPath}/` })));
    }
  }
  return listed;
}

export interface TreeEdit {
  /** Slash-separated, validated by the caller (no empty, `.` or `..` component). */
  readonly path: string;
  /** As stored (`40000` for a tree). */
  readonly mode: string;
  /** null deletes the path (a directory: everything below it). */
  readonly sha: string | null;
}

/** A tree being edited: entries of the untouched subtrees stay as they are (sha only). */
interface Dir {
  readonly entries: Map<string, TreeEntry>;
  readonly dirs: Map<string, Dir>;
}

async function loadDir(gitDir: string, sha: string | undefined): Promise<Dir> {
  const entries = sha === undefined ? [] : ((await readTree(gitDir, sha)) ?? []);
  return { entries: new Map(entries.map((e) => [e.name, e])), dirs: new Map() };
}

/** The subdirectory `name` of `dir`, loaded for editing; created (over a file) when `create`. */
async function subDir(
  gitDir: string,
  dir: Dir,
  name: string,
  create: boolean,
): Promise<Dir | undefined> {
  const open = dir.dirs.get(name);
  if (open) return open;
  const entry = dir.entries.get(name);
  const isTree = entry?.mode === TREE_MODE;
  if (!isTree && !create) return undefined;
  const loaded = await loadDir(gitDir, isTree ? entry.sha : undefined);
  dir.entries.delete(name);
  dir.dirs.set(name, loaded);
  return loaded;
}

/** Writes every edited directory bottom-up; an emptied directory disappears, as in git. */
function writeDir(gitDir: string, dir: Dir): string | undefined {
  const entries = [...dir.entries.values()];
  for (const [name, sub] of dir.dirs) {
    const sha = writeDir(gitDir, sub);
    if (sha !== undefined) entries.push({ mode: TREE_MODE, name, sha });
  }
  return entries.length === 0 ? undefined : writeObject(gitDir, 'tree', serializeTree(entries));
}

const EMPTY_TREE = Buffer.alloc(0);

/** Applies the edits in order to `baseTree` (or to nothing) and writes the trees. */
export async function editTree(
  gitDir: string,
  baseTree: string | undefined,
  edits: readonly TreeEdit[],
): Promise<string> {
  const root = await loadDir(gitDir, baseTree);
  for (const edit of edits) {
    const parts = edit.path.split('/');
    const name = parts.pop() ?? '';
    let dir: Dir | undefined = root;
    for (const part of parts) {
      dir = await subDir(gitDir, dir, part, edit.sha !== null);
      if (!dir) break; // deleting below a path that does not exist: nothing to do
    }
    if (!dir) continue;
    dir.entries.delete(name);
    dir.dirs.delete(name);
    if (edit.sha !== null) dir.entries.set(name, { mode: edit.mode, name, sha: edit.sha });
  }
  return writeDir(gitDir, root) ?? writeObject(gitDir, 'tree', EMPTY_TREE);
}
