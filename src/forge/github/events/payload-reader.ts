// Reads fields out of an untrusted JSON event payload and collects every problem with its path
// ("client_payload.issue_number: must be ..."), so one UserError can name them all. Hand-written
// rather than zod: the event is parsed before an action's first API request, and zod is the
// largest module an action would otherwise load before it (bench/github: cold start).
import { UserError } from '../../../core/errors.js';

export type JsonObject = Readonly<Record<string, unknown>>;

/** What a value is, for a message: `nothing`, `null`, `an array`, `a number (3)`. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value) ?? String(value);
  return `${typeof value === 'string' ? 'a string' : `a ${typeof value}`} (${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown})`;
}

/** The message for a value of the wrong kind, or a missing one. */
const expected = (what: string, value: unknown): string =>
  value === undefined
    ? `is missing (expected ${what})`
    : `expected ${what}, got ${describe(value)}`;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The predecessor sends `issue_number: "42"`; new senders send 42. */
function toIssueNumber(value: unknown): number | null {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*[1-9]\d*\s*$/.test(value)
        ? Number.parseInt(value, 10)
        : Number.NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/**
 * One payload's reader. Each method returns the value, or a placeholder after recording a
 * problem; call check() before using the values. A missing object can be read on as `{}`.
 */
export class PayloadReader {
  private readonly found: string[] = [];
  /** Fields already reported: nothing under them is reported again (a missing object, once). */
  private readonly reported: string[] = [];

  /** `prefix` goes in front of every path, e.g. `client_payload`. */
  constructor(private readonly prefix = '') {}

  /** Records a problem at `path` (`a.b`; '' is the payload itself). */
  problem(path: string, message: string): void {
    const field = [this.prefix, path].filter((p) => p !== '').join('.');
    if (this.reported.some((f) => f === '' || field.startsWith(`${f}.`))) return;
    this.reported.push(field);
    this.found.push(`${field || '(payload)'}: ${message}`);
  }

  /** An object; null (and a problem) when it is missing or is not one. */
  object(value: unknown, path: string, what = 'an object'): JsonObject | null {
    if (isObject(value)) return value;
    this.problem(path, expected(what, value));
    return null;
  }

  /** An object, or null when absent (null or missing). */
  optionalObject(value: unknown, path: string): JsonObject | null {
    return value === undefined || value === null ? null : this.object(value, path);
  }

  /** A string; `nonEmpty` also refuses '' (after trimming when `trim` is set). */
  string(
    value: unknown,
    path: string,
    options: { nonEmpty?: boolean; trim?: boolean; missing?: string } = {},
  ): string {
    if (typeof value !== 'string') {
      this.problem(
        path,
        value === undefined && options.missing ? options.missing : expected('a string', value),
      );
      return '';
    }
    const text = options.trim ? value.trim() : value;
    if (options.nonEmpty && text === '') {
      this.problem(path, options.missing ?? 'must not be empty');
      return '';
    }
    return text;
  }

  /** A string, or null when absent (null or missing). */
  optionalString(value: unknown, path: string): string | null {
    return value === undefined || value === null ? null : this.string(value, path);
  }

  /** A string, or `fallback` when missing (null is a problem, as in the payloads GitHub sends). */
  stringOr(value: unknown, path: string, fallback: string): string {
    return value === undefined ? fallback : this.string(value, path);
  }

  boolOr(value: unknown, path: string, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.problem(path, expected('true or false', value));
    return fallback;
  }

  /** A whole number >= `min` (a JSON number; strings are not accepted here). */
  integer(value: unknown, path: string, min: number): number {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return value;
    this.problem(path, expected(`a whole number >= ${min}`, value));
    return min;
  }

  /** A positive issue or PR number, as a number or a string of digits. */
  issueNumber(value: unknown, path: string): number {
    const n = toIssueNumber(value);
    if (n !== null) return n;
    this.problem(
      path,
      `must be a positive whole number or a string of digits, got ${JSON.stringify(value) ?? 'nothing'}`,
    );
    return 0;
  }

  /** An issue number, or null when absent (null or missing). */
  optionalIssueNumber(value: unknown, path: string): number | null {
    return value === undefined || value === null ? null : this.issueNumber(value, path);
  }

  /** An array; each element goes through `item` with its index in the path. */
  array<T>(value: unknown, path: string, item: (element: unknown, path: string) => T): T[] {
    if (!Array.isArray(value)) {
      this.problem(path, expected('an array', value));
      return [];
    }
    return value.map((element, i) => item(element, `${path}.${i}`));
  }

  /**
   * Throws one UserError listing every problem and then the fix:
   * `${what}: bad event payload: a: ...; b: .... ${fix}`.
   */
  check(what: string, fix: string): void {
    if (this.found.length > 0)
      throw new UserError(`${what}: bad event payload: ${this.found.join('; ')}. ${fix}`, [
        ...this.found,
      ]);
  }
}

/** `parent.key`, or `key` at the top. */
export const at = (parent: string, key: string): string =>
  parent === '' ? key : `${parent}.${key}`;
