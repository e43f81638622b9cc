import { TOKEN_USAGE_KEYS } from '../../usage.js';
import {
  CHECK_RESULTS,
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  RECORD_FIELD_NAMES,
  RISK_TIERS,
  RUN_SOURCES,
  TERMINAL_OUTCOMES,
} from '../schema.js';
import { bytesOf, literal, type Literal } from './bytes.js';

/** The schema's field names, objects and choices as the fast scanner's tables (see ./index.ts). */

/** `nextField` after the closing brace. */
export const END = -2;
/** `nextField`'s `prev` before the first member. */
export const FIRST = -3;
/** A field name the schema does not know. */
export const UNKNOWN = -1;

// Every field name the schema knows (in any of its objects), by a small id.
export const enum F {
  schemaVersion,
  correlationId,
  runId,
  runAttempt,
  repo,
  issue,
  pr,
  branch,
  headSha,
  source,
  outcome,
  riskTier,
  checks,
  changedFiles,
  findings,
  remediationRounds,
  stages,
  totals,
  timestamp,
  suiteVersion,
  stage,
  engine,
  model,
  provider,
  costUsd,
  tokens,
  turns,
  durationMs,
  input,
  output,
  cacheRead,
  cacheWrite,
  severity,
  path,
  lines,
  rule,
  message,
  fingerprint,
  status,
  start,
  end,
  links,
  detail,
}
export const FIELD_NAMES = [
  ...RECORD_FIELD_NAMES,
  'stage',
  'engine',
  'model',
  'provider',
  'costUsd',
  'tokens',
  'turns',
  'durationMs',
  ...TOKEN_USAGE_KEYS,
  'severity',
  'path',
  'lines',
  'rule',
  'message',
  'fingerprint',
  'status',
  'start',
  'end',
  'links',
  'detail',
] as const;

/** Kinds of object made so far (`kind` numbers them). */
let kinds = 0;
/** The fields each object must have (the validator reads them all). */
export const RECORD_FIELDS = kind([
  F.schemaVersion,
  F.correlationId,
  F.runId,
  F.runAttempt,
  F.repo,
  F.issue,
  F.pr,
  F.branch,
  F.headSha,
  F.source,
  F.outcome,
  F.riskTier,
  F.checks,
  F.changedFiles,
  F.findings,
  F.remediationRounds,
  F.stages,
  F.totals,
  F.timestamp,
  F.suiteVersion,
]);
export const STAGE_FIELDS = kind([
  F.stage,
  F.engine,
  F.model,
  F.provider,
  F.costUsd,
  F.tokens,
  F.turns,
  F.durationMs,
  F.outcome,
]);
/** A chain link (`detail` is optional, so it has no bit: checked when present). */
export const LINK_FIELDS = kind([
  F.engine,
  F.model,
  F.outcome,
  F.costUsd,
  F.tokens,
  F.turns,
  F.durationMs,
]);
export const TOTALS_FIELDS = kind([F.costUsd, F.tokens, F.turns, F.durationMs]);
export const TOKEN_FIELDS = kind([F.input, F.output, F.cacheRead, F.cacheWrite]);
export const FINDING_FIELDS = kind([
  F.severity,
  F.path,
  F.lines,
  F.rule,
  F.message,
  F.fingerprint,
  F.status,
]);
export const LINES_FIELDS = kind([F.start, F.end]);
/** How many kinds of object there are (rows of the scanner's prediction table). */
export const KINDS = kinds;

/** The fields of one kind of object, each with a bit of its own (all of them required). */
export interface ObjectKind {
  /** Its row in the scanner's table of predicted fields. */
  readonly id: number;
  readonly bitOf: Int8Array;
  readonly all: number;
}
export function kind(fields: readonly F[]): ObjectKind {
  const bitOf = new Int8Array(FIELD_NAMES.length).fill(-1);
  fields.forEach((f, bit) => (bitOf[f] = bit));
  return { id: kinds++, bitOf, all: 2 ** fields.length - 1 };
}

/** Field ids by (length, first and last character), confirmed with startsWith. */
export const FIELD_BYTES = bytesOf(FIELD_NAMES);
/**
 * Each field as the first member of an object (`{"name":`) and as a later one (`,"name":`):
 * a predicted field is confirmed, separator and all, in one comparison.
 */
export const OPENING_MEMBERS = FIELD_NAMES.map((name) => literal(`{"${name}":`));
export const FOLLOWING_MEMBERS = FIELD_NAMES.map((name) => literal(`,"${name}":`));
/** The values a field may take, each quoted, to confirm in one comparison. */
export interface Choices<T extends string> {
  readonly values: readonly T[];
  readonly quoted: readonly Literal[];
}
export function choices<T extends string>(values: readonly T[]): Choices<T> {
  return { values, quoted: values.map((v) => literal(`"${v}"`)) };
}
export const OUTCOMES = choices(TERMINAL_OUTCOMES);
export const SOURCES = choices(RUN_SOURCES);
export const TIERS = choices(RISK_TIERS);
export const CHECK_VALUES = choices(CHECK_RESULTS);
export const SEVERITIES = choices(FINDING_SEVERITIES);
export const STATUSES = choices(FINDING_STATUSES);

/** Rows of the prediction table: one slot for the first member, one after each field. */
export const SLOTS_PER_KIND = FIELD_NAMES.length + 1;
/** Candidate field ids by name length (mod 32) and last byte (mod 128); confirmed by bytes. */
export const FIELDS_BY_SHAPE: F[][] = Array.from({ length: 32 * 128 }, () => []);
export const shape = (length: number, last: number): number => ((length & 31) << 7) | (last & 127);
FIELD_NAMES.forEach((name, id) => {
  FIELDS_BY_SHAPE[shape(name.length, name.charCodeAt(name.length - 1))]?.push(id as F);
});
