// What `learn` and `report` (and `dashboard`) share on the command line: which logs to read and
// which period to count.
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { Period } from '../core/outcomes/index.js';

/** The local pipeline's log, the default when no --log is given. */
export const DEFAULT_LOCAL_LOG = path.join('.lailatov', 'outcomes.jsonl');

const DAY_MS = 86_400_000;
const UNITS: Readonly<Record<string, number>> = { d: 1, w: 7 };

/**
 * `--period 7d|4w|all` (up to `now`) or `--since YYYY-MM-DD[Thh:mm...]` (to now; with --until,
 * to that instant). Without either: `fallback` days, or the whole log when it is null.
 */
export function parsePeriod(
  o: { readonly period?: string; readonly since?: string; readonly until?: string },
  now: Date,
  fallbackDays: number | null,
): Period {
  if (o.period !== undefined && o.since !== undefined)
    throw new UserError('--period and --since both set. Fix: pass one of them.');
  const to = o.until === undefined ? now.toISOString() : instant(o.until, '--until');
  if (o.since !== undefined) return { from: instant(o.since, '--since'), to };
  const spec = o.period ?? (fallbackDays === null ? 'all' : `${fallbackDays}d`);
  if (spec === 'all') return { from: null, to: o.until === undefined ? null : to };
  const m = /^(\d{1,4})([dw])$/.exec(spec);
  if (m === null || Number(m[1]) === 0)
    throw new UserError(
      `--period must be a number of days or weeks such as 7d or 4w, or all; got ${JSON.stringify(spec)}.`,
    );
  const days = Number(m[1]) * (UNITS[m[2] as string] as number);
  return { from: new Date(Date.parse(to) - days * DAY_MS).toISOString(), to };
}

function instant(value: string, flag: string): string {
  const t = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(t))
    throw new UserError(
      `${flag} must be a date (YYYY-MM-DD) or an ISO time, got ${JSON.stringify(value)}.`,
    );
  return new Date(t).toISOString();
}

/** `LAILATOV_NOW` pins the clock (tests, and re-running a past week's digest). */
export function cliNow(env: Readonly<Record<string, string | undefined>>): Date {
  const pinned = env.LAILATOV_NOW;
  if (pinned === undefined || pinned === '') return new Date();
  const t = Date.parse(pinned);
  if (Number.isNaN(t))
    throw new UserError(`LAILATOV_NOW must be an ISO time, got ${JSON.stringify(pinned)}.`);
  return new Date(t);
}

/** Reads each `--log` as given (a file, or a folder such as a checkout of the data branch). */
export function logTargets(logs: readonly string[] | undefined, cwd: string): string[] {
  const list = logs === undefined || logs.length === 0 ? [DEFAULT_LOCAL_LOG] : logs;
  return list.map((l) => path.resolve(cwd, l));
}

/** An unreadable log is the user's to fix: name it and where logs live. */
export function unreadableLog(e: unknown, targets: readonly string[]): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code !== 'ENOENT' && code !== 'EACCES' && code !== 'EISDIR' && code !== 'ENOTDIR') return e;
  return new UserError(
    `cannot read the outcome log ${targets.join(', ')} (${code}). Fix: pass --log FILE, or a checkout of the data branch (git worktree add DIR lailatov-data; the logs are data/outcomes/*.jsonl).`,
  );
}
