import { TOKEN_USAGE_KEYS } from '../usage.js';
import {
  CHECK_RESULTS,
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  RECORD_FIELD_NAMES,
  RISK_TIERS,
  RUN_SOURCES,
  TERMINAL_OUTCOMES,
  type OutcomeRecord,
} from './schema.js';

/** One problem with a record: the JSON path of the bad field and what is wrong with it. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

export interface ValidateOptions {
  /** Reject fields the schema does not know (writers use it to catch typos; readers stay lenient). */
  readonly strict?: boolean;
}

type Obj = Record<string, unknown>;

const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(RECORD_FIELD_NAMES);

// ISO 8601 date-time with a zone; Date.parse alone accepts too much ("2024", "March 7").
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/**
 * A hand-written checker rather than zod: it runs once per line on million-line logs, and a
 * plain walk is several times faster while still naming every bad field by its JSON path.
 */
class Checker {
  readonly issues: FieldIssue[] = [];

  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  object(v: unknown, path: string): Obj | undefined {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Obj;
    this.fail(path, `must be an object, got ${describe(v)}`);
    return undefined;
  }

  string(v: unknown, path: string, opts: { nonEmpty?: boolean } = {}): void {
    if (typeof v !== 'string') this.fail(path, `must be a string, got ${describe(v)}`);
    else if (opts.nonEmpty && v.length === 0) this.fail(path, 'must not be empty');
  }

  nullableString(v: unknown, path: string): void {
    if (v !== null) this.string(v, path, { nonEmpty: true });
  }

  count(v: unknown, path: string, opts: { min?: number } = {}): void {
    const min = opts.min ?? 0;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
      this.fail(path, `must be an integer >= ${min}, got ${describe(v)}`);
  }

  nullableCount(v: unknown, path: string, min: number): void {
    if (v !== null) this.count(v, path, { min });
  }

  /** A finite number >= 0 (durations may be fractional). */
  amount(v: unknown, path: string): void {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      this.fail(path, `must be a finite number >= 0, got ${describe(v)}`);
  }

  cost(v: unknown, path: string): void {
    if (v !== null) this.amount(v, path);
  }

  oneOf(v: unknown, allowed: readonly string[], path: string): void {
    if (typeof v !== 'string' || !allowed.includes(v))
      this.fail(path, `must be one of ${allowed.join(' | ')}, got ${describe(v)}`);
  }

  array(v: unknown, path: string): readonly unknown[] | undefined {
    if (Array.isArray(v)) return v;
    this.fail(path, `must be an array, got ${describe(v)}`);
    return undefined;
  }

  tokens(v: unknown, path: string): void {
    const o = this.object(v, path);
    if (!o) return;
    for (const k of TOKEN_USAGE_KEYS) this.count(o[k], `${path}.${k}`);
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing (the field is missing)';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

function checkFinding(c: Checker, v: unknown, path: string): void {
  const f = c.object(v, path);
  if (!f) return;
  c.oneOf(f.severity, FINDING_SEVERITIES, `${path}.severity`);
  c.nullableString(f.path, `${path}.path`);
  if (f.lines !== null) {
    const l = c.object(f.lines, `${path}.lines`);
    if (l) {
      c.count(l.start, `${path}.lines.start`, { min: 1 });
      c.count(l.end, `${path}.lines.end`, { min: 1 });
      if (typeof l.start === 'number' && typeof l.end === 'number' && l.end < l.start)
        c.fail(`${path}.lines.end`, 'must be >= lines.start');
    }
  }
  c.string(f.rule, `${path}.rule`);
  c.string(f.message, `${path}.message`);
  c.string(f.fingerprint, `${path}.fingerprint`, { nonEmpty: true });
  c.oneOf(f.status, FINDING_STATUSES, `${path}.status`);
}

function checkStage(c: Checker, v: unknown, path: string): void {
  const s = c.object(v, path);
  if (!s) return;
  c.string(s.stage, `${path}.stage`, { nonEmpty: true });
  c.string(s.engine, `${path}.engine`, { nonEmpty: true });
  c.string(s.model, `${path}.model`, { nonEmpty: true });
  c.string(s.provider, `${path}.provider`, { nonEmpty: true });
  c.cost(s.costUsd, `${path}.costUsd`);
  c.tokens(s.tokens, `${path}.tokens`);
  c.count(s.turns, `${path}.turns`);
  c.amount(s.durationMs, `${path}.durationMs`);
  c.string(s.outcome, `${path}.outcome`, { nonEmpty: true });
  if (s.links !== undefined)
    c.array(s.links, `${path}.links`)?.forEach((l, i) => checkLink(c, l, `${path}.links[${i}]`));
}

function checkLink(c: Checker, v: unknown, path: string): void {
  const l = c.object(v, path);
  if (!l) return;
  c.string(l.engine, `${path}.engine`, { nonEmpty: true });
  c.string(l.model, `${path}.model`, { nonEmpty: true });
  c.string(l.outcome, `${path}.outcome`, { nonEmpty: true });
  c.cost(l.costUsd, `${path}.costUsd`);
  c.tokens(l.tokens, `${path}.tokens`);
  c.count(l.turns, `${path}.turns`);
  c.amount(l.durationMs, `${path}.durationMs`);
  if (l.detail !== undefined) c.string(l.detail, `${path}.detail`);
}

/** Checks a parsed JSON value against outcome schema v1; every issue names its field path. */
export function validateOutcomeRecord(
  v: unknown,
  opts: ValidateOptions = {},
): Validation<OutcomeRecord> {
  const c = new Checker();
  const r = c.object(v, '$');
  if (!r) return { ok: false, issues: c.issues };
  if (r.schemaVersion !== 1)
    c.fail('$.schemaVersion', `must be 1, got ${describe(r.schemaVersion)}`);
  c.string(r.correlationId, '$.correlationId', { nonEmpty: true });
  c.string(r.runId, '$.runId', { nonEmpty: true });
  c.count(r.runAttempt, '$.runAttempt', { min: 1 });
  if (typeof r.repo !== 'string' || !REPO.test(r.repo))
    c.fail('$.repo', `must be "owner/name", got ${describe(r.repo)}`);
  c.nullableCount(r.issue, '$.issue', 1);
  c.nullableCount(r.pr, '$.pr', 1);
  c.nullableString(r.branch, '$.branch');
  c.nullableString(r.headSha, '$.headSha');
  c.oneOf(r.source, RUN_SOURCES, '$.source');
  c.oneOf(r.outcome, TERMINAL_OUTCOMES, '$.outcome');
  if (r.riskTier !== null) c.oneOf(r.riskTier, RISK_TIERS, '$.riskTier');
  const checks = c.object(r.checks, '$.checks');
  if (checks)
    for (const [name, result] of Object.entries(checks))
      c.oneOf(result, CHECK_RESULTS, `$.checks.${name}`);
  const files = c.array(r.changedFiles, '$.changedFiles');
  files?.forEach((f, i) => c.string(f, `$.changedFiles[${i}]`, { nonEmpty: true }));
  const findings = c.array(r.findings, '$.findings');
  findings?.forEach((f, i) => checkFinding(c, f, `$.findings[${i}]`));
  c.count(r.remediationRounds, '$.remediationRounds');
  const stages = c.array(r.stages, '$.stages');
  stages?.forEach((s, i) => checkStage(c, s, `$.stages[${i}]`));
  const totals = c.object(r.totals, '$.totals');
  if (totals) {
    c.cost(totals.costUsd, '$.totals.costUsd');
    c.tokens(totals.tokens, '$.totals.tokens');
    c.count(totals.turns, '$.totals.turns');
    c.amount(totals.durationMs, '$.totals.durationMs');
  }
  if (typeof r.timestamp !== 'string' || !ISO_TIMESTAMP.test(r.timestamp))
    c.fail(
      '$.timestamp',
      `must be an ISO 8601 date-time with a zone, got ${describe(r.timestamp)}`,
    );
  c.string(r.suiteVersion, '$.suiteVersion', { nonEmpty: true });
  if (opts.strict)
    for (const k of Object.keys(r))
      if (!TOP_LEVEL_KEYS.has(k)) c.fail(`$.${k}`, 'is not a field of outcome schema v1');
  return c.issues.length === 0
    ? { ok: true, value: r as unknown as OutcomeRecord }
    : { ok: false, issues: c.issues };
}

export function formatIssues(issues: readonly FieldIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}
