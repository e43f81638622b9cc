// PR diffs from real git: name-status, line counts and per-file patches between the merge base
// of base and head, and head (GitHub's three-dot comparison).
import { git, runGit } from './git.js';

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';

export interface FileDiff {
  readonly filename: string;
  readonly previousFilename: string | undefined;
  readonly status: FileStatus;
  /** Blob sha of the new side (the old side for a removed file). */
  readonly sha: string;
  readonly additions: number;
  readonly deletions: number;
  /** Hunks only (from the first `@@`), as GitHub's `patch`; undefined for binary files. */
  readonly patch: string | undefined;
}

const STATUS: Record<string, FileStatus> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

export async function mergeBase(gitDir: string, base: string, head: string): Promise<string> {
  const result = await runGit(gitDir, ['merge-base', base, head], { allowExitCodes: [1] });
  return result.exitCode === 0 ? result.stdout.toString('utf8').trim() : base;
}

interface RawEntry {
  status: FileStatus;
  sha: string;
  filename: string;
  previous: string | undefined;
}

function parseRaw(out: string): RawEntry[] {
  const fields = out.split('\0');
  const entries: RawEntry[] = [];
  for (let i = 0; i < fields.length;) {
    const meta = fields[i++] ?? '';
    if (!meta.startsWith(':')) continue;
    const [, , oldSha = '', newSha = '', code = ''] = meta.slice(1).split(' ');
    const letter = code.charAt(0);
    const first = fields[i++] ?? '';
    const twoPaths = letter === 'R' || letter === 'C';
    const second = twoPaths ? (fields[i++] ?? '') : undefined;
    entries.push({
      status: STATUS[letter] ?? 'modified',
      sha: letter === 'D' ? oldSha : newSha,
      filename: second ?? first,
      previous: twoPaths ? first : undefined,
    });
  }
  return entries;
}

/** numstat -z: `add\tdel\tpath\0`, or `add\tdel\t\0old\0new\0` for renames. */
function parseNumstat(out: string): { additions: number; deletions: number }[] {
  const fields = out.split('\0');
  const counts: { additions: number; deletions: number }[] = [];
  for (let i = 0; i < fields.length;) {
    const field = fields[i++] ?? '';
    if (field === '') continue;
    const [add = '0', del = '0', p = ''] = field.split('\t');
    if (p === '') i += 2; // rename: two paths follow
    counts.push({
      additions: add === '-' ? 0 : Number(add),
      deletions: del === '-' ? 0 : Number(del),
    });
  }
  return counts;
}

function splitPatches(text: string): (string | undefined)[] {
  const chunks = text.split(/^diff --git /m).slice(1);
  return chunks.map((chunk) => {
    const at = chunk.search(/^@@ /m);
    return at < 0 ? undefined : chunk.slice(at).replace(/\n$/, '');
  });
}

export interface PullDiff {
  readonly files: FileDiff[];
  /** Commits on head since the merge base. */
  readonly commits: number;
}

/** The diff of a PR between two commit shas, computed once per pair (the result never changes). */
export function pullDiff(
  cache: Map<string, Promise<PullDiff>>,
  gitDir: string,
  base: string,
  head: string,
): Promise<PullDiff> {
  const key = `${base}...${head}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = computePullDiff(gitDir, base, head);
    entry.catch(() => cache.delete(key));
    cache.set(key, entry);
  }
  return entry;
}

async function computePullDiff(gitDir: string, base: string, head: string): Promise<PullDiff> {
  const from = await mergeBase(gitDir, base, head);
  const [files, count] = await Promise.all([
    diffFiles(gitDir, from, head),
    git(gitDir, ['rev-list', '--count', `${from}..${head}`]),
  ]);
  return { files, commits: Number(count) };
}

async function diffFiles(gitDir: string, from: string, head: string): Promise<FileDiff[]> {
  const common = ['-c', 'core.quotepath=false', 'diff', '-M', from, head];
  const [raw, numstat, patch] = await Promise.all([
    git(gitDir, [...common.slice(0, 3), '--raw', '-z', '--abbrev=40', ...common.slice(3)]),
    git(gitDir, [...common.slice(0, 3), '--numstat', '-z', ...common.slice(3)]),
    runGit(gitDir, common).then((r) => r.stdout.toString('utf8')),
  ]);
  const entries = parseRaw(raw);
  const counts = parseNumstat(numstat);
  const patches = splitPatches(patch);
  return entries.map((e, i) => ({
    filename: e.filename,
    previousFilename: e.previous,
    status: e.status,
    sha: e.sha,
    additions: counts[i]?.additions ?? 0,
    deletions: counts[i]?.deletions ?? 0,
    patch: patches[i],
  }));
}

/**
 * The diff hunk GitHub attaches to a review comment: the hunk header through the commented line.
 * Undefined when the line is not part of the diff (GitHub answers 422 then).
 */
export function hunkFor(
  patch: string | undefined,
  line: number,
  side: 'LEFT' | 'RIGHT',
): string | undefined {
  if (patch === undefined) return undefined;
  const lines = patch.split('\n');
  let oldLine = 0;
  let newLine = 0;
  let hunkStart = -1;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      oldLine = Number(header[1]);
      newLine = Number(header[2]);
      hunkStart = i;
      continue;
    }
    if (hunkStart < 0 || text.startsWith('\\')) continue;
    const kind = text.charAt(0);
    const hitsOld = side === 'LEFT' && kind !== '+' && oldLine === line;
    const hitsNew = side === 'RIGHT' && kind !== '-' && newLine === line;
    if (hitsOld || hitsNew) return lines.slice(hunkStart, i + 1).join('\n');
    if (kind !== '+') oldLine++;
    if (kind !== '-') newLine++;
  }
  return undefined;
}
