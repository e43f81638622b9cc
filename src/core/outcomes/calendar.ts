// Periods, weeks and days of the analytics, and the unit a record belongs to (see
// analytics-types.ts): small pure helpers shared by the accumulator, the report and the
// dashboard.
import type { Period } from './analytics-types.js';
import type { OutcomeRecord } from './schema.js';

export const DAY_MS = 86_400_000;

/** The last `days` days up to `now` (exclusive of nothing: `to` is now). */
export function lastDays(now: Date, days: number): Period {
  return { from: new Date(now.getTime() - days * DAY_MS).toISOString(), to: now.toISOString() };
}

/** True when the instant falls in the period; a line without a time is only in an open one. */
export function inPeriod(timestamp: string | null, period: Period): boolean {
  if (period.from === null && period.to === null) return true;
  if (timestamp === null) return false;
  const t = Date.parse(timestamp);
  if (Number.isNaN(t)) return false;
  if (period.from !== null && t < Date.parse(period.from)) return false;
  if (period.to !== null && t >= Date.parse(period.to)) return false;
  return true;
}

/** The Monday (UTC) of the instant's week, as YYYY-MM-DD. */
export function weekStart(timestamp: string): string | null {
  const t = Date.parse(timestamp);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - sinceMonday))
    .toISOString()
    .slice(0, 10);
}

export function dayOf(timestamp: string): string | null {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** The unit a record belongs to (see analytics-types.ts). */
export function unitKey(r: Pick<OutcomeRecord, 'repo' | 'issue' | 'pr' | 'correlationId'>): string {
  if (r.issue !== null) return `${r.repo}#${r.issue}`;
  if (r.pr !== null) return `${r.repo}!pr${r.pr}`;
  return `${r.repo}@${r.correlationId}`;
}

export function issueUrl(serverUrl: string, repo: string, issue: number): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repo}/issues/${issue}`;
}

export function prUrl(serverUrl: string, repo: string, pr: number): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repo}/pull/${pr}`;
}

/** An instant in ms; -Infinity for none (or an unreadable one). */
export function timeMs(ts: string | null): number {
  const t = ts === null ? Number.NaN : Date.parse(ts);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}
