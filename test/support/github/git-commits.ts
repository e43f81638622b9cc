// Commit objects in-process: written byte for byte as `git commit-tree` writes them (identity
// cleaned as git's ident.c does), and parsed back for the API.
import { writeObject } from './git-objects.js';

export interface Identity {
  readonly name: string;
  readonly email: string;
  /** ISO 8601 (`2026-01-01T00:00:00Z`, `...+02:00`), as GitHub takes it. */
  readonly date: string;
}

/** The identity git uses when the request names none (the emulator's git environment's). */
export const DEFAULT_IDENTITY = { name: 'GitHub Emulator', email: 'emulator@example.invalid' };

// ident.c: leading and trailing "crud" goes, and '\n', '<', '>' go everywhere.
const isCrud = (c: string): boolean => c <= ' ' || ',:;<>"\\\''.includes(c);

export function withoutCrud(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isCrud(text.charAt(start))) start++;
  while (end > start && isCrud(text.charAt(end - 1))) end--;
  return text.slice(start, end).replace(/[\n<>]/g, '');
}

/** `<unix seconds> <±hhmm>`, or undefined for a date git would not take either. */
export function gitDate(date: string): string | undefined {
  const raw = /^@?(\d+) ([+-]\d{4})$/.exec(date.trim());
  if (raw) return `${raw[1]} ${raw[2]}`;
  const m =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      date.trim(),
    );
  if (!m) return undefined;
  const offset = m[3] === undefined || m[3].toUpperCase() === 'Z' ? '+0000' : m[3].replace(':', '');
  const ms = Date.parse(`${m[1]}T${m[2]}${offset.slice(0, 3)}:${offset.slice(3)}`);
  return Number.isNaN(ms) ? undefined : `${Math.floor(ms / 1000)} ${offset}`;
}

function signature(who: Identity): string {
  const date = gitDate(who.date);
  if (date === undefined) throw new RangeError(`not a date git takes: ${who.date}`);
  return `${withoutCrud(who.name)} <${withoutCrud(who.email)}> ${date}`;
}

export interface NewCommit {
  readonly tree: string;
  readonly parents: readonly string[];
  readonly author: Identity;
  readonly committer: Identity;
  /** Stored as given, as `git commit-tree` stores its standard input. */
  readonly message: string;
}

export function writeCommit(gitDir: string, commit: NewCommit): string {
  const text = [
    `tree ${commit.tree}\n`,
    ...commit.parents.map((p) => `parent ${p}\n`),
    `author ${signature(commit.author)}\n`,
    `committer ${signature(commit.committer)}\n`,
    '\n',
    commit.message,
  ].join('');
  return writeObject(gitDir, 'commit', Buffer.from(text));
}

export interface ParsedCommit {
  readonly tree: string;
  readonly parents: string[];
  /** The raw `Name <email> seconds ±hhmm` lines. */
  readonly author: string;
  readonly committer: string;
  readonly message: string;
}

export function parseCommit(content: Buffer): ParsedCommit {
  const raw = content.toString('utf8');
  const split = raw.indexOf('\n\n');
  const headers = (split < 0 ? raw : raw.slice(0, split)).split('\n');
  const values = (key: string) =>
    headers.filter((h) => h.startsWith(`${key} `)).map((h) => h.slice(key.length + 1));
  return {
    tree: values('tree')[0] ?? '',
    parents: values('parent'),
    author: values('author')[0] ?? '',
    committer: values('committer')[0] ?? '',
    message: split < 0 ? '' : raw.slice(split + 2),
  };
}
