import { UserError } from '../errors.js';

/**
 * One bench instance: an issue on a repository at a commit, the tests that must go from failing
 * to passing and those that must keep passing. The field names are SWE-bench's where they fit
 * (instance_id, problem_statement, repo, base_commit, FAIL_TO_PASS, PASS_TO_PASS, patch).
 */
export interface BenchInstance {
  readonly instance_id: string;
  /** The issue text: its first line is the title. */
  readonly problem_statement: string;
  /** The repository: a local path, relative to the instance's directory (e.g. `repo`). */
  readonly repo: string;
  /** The commit to start from; null: the `repo` directory is a plain tree, committed as is. */
  readonly base_commit: string | null;
  /** Run once in the fresh copy before the agent, e.g. `["npm", "ci"]`. */
  readonly setup_command: readonly string[] | null;
  /** One test's command: `{test}` is replaced by a test id; exit 0 means it passed. */
  readonly test_command: readonly string[];
  /**
   * Commands the setup and test commands need on PATH (e.g. `["tsc"]`): without one, the
   * instance is skipped with the reason, not counted as unresolved.
   */
  readonly requires: readonly string[];
  readonly FAIL_TO_PASS: readonly string[];
  readonly PASS_TO_PASS: readonly string[];
  /** The hidden tests' directory, relative to the instance: copied over the tree after the run. */
  readonly hidden_tests: string | null;
  /** The reference patch's file, relative to the instance (a `git diff`), if any. */
  readonly patch: string | null;
  readonly tags: BenchTags;
}

export type Difficulty = 'easy' | 'medium' | 'hard';

export interface BenchTags {
  readonly language: string;
  readonly difficulty: Difficulty;
  /** Triage should ask a question rather than write. */
  readonly unclear: boolean;
  /** The fix needs a protected path: the run must be blocked. */
  readonly dangerous: boolean;
}

/** Resolvable means the score counts it: a clear issue that the suite may fix. */
export function isResolvable(i: BenchInstance): boolean {
  return !i.tags.unclear && !i.tags.dangerous;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const TOOL = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;
const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

type Raw = Record<string, unknown>;

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(where: string, field: string, message: string): never {
  throw new UserError(`${where}: ${field}: ${message}`);
}

function str(raw: Raw, where: string, field: string): string {
  const v = raw[field];
  if (typeof v !== 'string' || v.trim() === '') fail(where, field, 'expected a non-empty string');
  return v;
}

function optStr(raw: Raw, where: string, field: string): string | null {
  return raw[field] === undefined || raw[field] === null ? null : str(raw, where, field);
}

function strList(raw: Raw, where: string, field: string, min: number): string[] {
  let v: unknown = raw[field] ?? [];
  // SWE-bench's JSONL stores the test lists as JSON text.
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      fail(where, field, 'expected a list of strings (or the JSON text of one)');
    }
  }
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === ''))
    fail(where, field, 'expected a list of non-empty strings');
  if (v.length < min) fail(where, field, `expected at least ${min} entry`);
  return v as string[];
}

function command(raw: Raw, where: string, field: string): string[] | null {
  const v = raw[field];
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' && v.trim() !== '') return v.trim().split(/\s+/);
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x !== ''))
    return v as string[];
  return fail(where, field, 'expected an argument list like ["node", "--test", "{test}"]');
}

/** Command names, looked up on PATH: no directory, so an instance cannot point outside it. */
function toolList(raw: Raw, where: string): string[] {
  const v = raw.requires ?? [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !TOOL.test(x)))
    fail(where, 'requires', 'expected a list of command names found on PATH, like ["tsc"]');
  return v as string[];
}

function relPath(raw: Raw, where: string, field: string): string | null {
  const p = optStr(raw, where, field);
  if (p !== null && (p.startsWith('/') || p.split('/').includes('..')))
    fail(where, field, `${p} must be relative to the instance's directory, with no ..`);
  return p;
}

function flag(tags: Raw, where: string, field: string): boolean {
  const v = tags[field] ?? false;
  if (typeof v !== 'boolean') fail(where, `tags.${field}`, 'expected true or false');
  return v;
}

function parseTags(raw: Raw, where: string): BenchTags {
  const tags = raw.tags ?? {};
  if (!isObject(tags)) fail(where, 'tags', 'expected an object');
  const language = tags.language ?? 'unknown';
  if (typeof language !== 'string' || language === '')
    fail(where, 'tags.language', 'expected a string such as "javascript"');
  const difficulty = tags.difficulty ?? 'medium';
  if (!DIFFICULTIES.includes(difficulty as Difficulty))
    fail(where, 'tags.difficulty', `expected one of ${DIFFICULTIES.join(', ')}`);
  return {
    language,
    difficulty: difficulty as Difficulty,
    unclear: flag(tags, where, 'unclear'),
    dangerous: flag(tags, where, 'dangerous'),
  };
}

/** Checks one instance; `where` names it in errors (its file). Unknown keys are refused. */
export function parseInstance(raw: unknown, where: string): BenchInstance {
  if (!isObject(raw)) fail(where, '(root)', 'expected a JSON object');
  const known = new Set([
    'instance_id',
    'problem_statement',
    'repo',
    'base_commit',
    'setup_command',
    'test_command',
    'requires',
    'FAIL_TO_PASS',
    'PASS_TO_PASS',
    'hidden_tests',
    'patch',
    'tags',
  ]);
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length > 0)
    fail(where, unknown[0] ?? '', `unknown field (known: ${[...known].join(', ')})`);
  const id = str(raw, where, 'instance_id');
  if (!ID.test(id))
    fail(where, 'instance_id', `${id}: use letters, digits, ".", "_" and "-" (up to 100)`);
  const base = optStr(raw, where, 'base_commit');
  if (base !== null && !/^[0-9a-f]{7,40}$/i.test(base))
    fail(where, 'base_commit', `${base}: expected a commit id (7 to 40 hex digits)`);
  const tags = parseTags(raw, where);
  const testCommand = command(raw, where, 'test_command');
  if (testCommand === null) fail(where, 'test_command', 'required: how to run one test');
  const instance: BenchInstance = {
    instance_id: id,
    problem_statement: str(raw, where, 'problem_statement'),
    repo: str(raw, where, 'repo'),
    base_commit: base,
    setup_command: command(raw, where, 'setup_command'),
    test_command: testCommand,
    requires: toolList(raw, where),
    // A resolvable issue needs a test that shows the fix; the others are scored by outcome.
    FAIL_TO_PASS: strList(raw, where, 'FAIL_TO_PASS', tags.unclear || tags.dangerous ? 0 : 1),
    PASS_TO_PASS: strList(raw, where, 'PASS_TO_PASS', 0),
    hidden_tests: relPath(raw, where, 'hidden_tests'),
    patch: relPath(raw, where, 'patch'),
    tags,
  };
  return instance;
}

/** The command that runs one test id. */
export function testArgv(i: BenchInstance, test: string): string[] {
  const argv = i.test_command.map((a) => a.split('{test}').join(test));
  return i.test_command.some((a) => a.includes('{test}')) ? argv : [...argv, test];
}

/** The issue file's Markdown: the statement's first line is the title. */
export function issueMarkdown(i: BenchInstance): string {
  const [first = '', ...rest] = i.problem_statement.trim().split('\n');
  const title = first.replace(/^#+\s*/, '');
  return `# ${title}\n\n${rest.join('\n').trim()}\n`;
}
