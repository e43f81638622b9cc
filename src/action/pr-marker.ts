// What the GitHub side keeps in the PR body besides the stages' state: where the progress comment
// is, who asked for the work, the triage verdict, which review rounds were posted. Reading it
// back from the PR (read anyway) saves listing the issue's comments and the PR's reviews.
import { UserError } from '../core/errors.js';
import type { TaskOrigin } from '../relay/payload.js';
import { triageVerdictSchema, type TriageVerdict } from '../stages/triage.js';
import { parseLedger, type DispatchLedger } from './dispatch-nonce.js';

export interface GitHubMarker {
  readonly v: 1;
  readonly stickyId: number | null;
  /** The progress comment's node id: its edit can ride in a batch of GraphQL writes. */
  readonly stickyNode?: string | null;
  readonly requestedBy: string | null;
  readonly verdict: TriageVerdict | null;
  /** `round@sha` of every review round already posted (a re-run posts no second review). */
  readonly reviewed: readonly string[];
  /** Fingerprints of findings posted in a review body (not as line comments). */
  readonly inBody: readonly string[];
  /** The nonces of the chaining dispatches to review and remediate (dispatch-nonce.ts). */
  readonly dispatch?: DispatchLedger | null;
  /** The ClickUp task or Linear issue the work came from (the stages post their status there). */
  readonly origin?: TaskOrigin | null;
  /** People's reviews and mentions already answered (`review:<id>`, `comment:<id>`). */
  readonly feedback?: readonly string[];
}

/** The marker's origin, or null when absent or not one of ours. */
export function parseOrigin(v: unknown): TaskOrigin | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if ((o.source !== 'clickup' && o.source !== 'linear') || typeof o.id !== 'string' || o.id === '')
    return null;
  return { source: o.source, id: o.id, url: typeof o.url === 'string' ? o.url : null };
}

const RE = /<!-- lailatov:github (\{.*?\}) -->/s;

export function renderMarker(m: GitHubMarker): string {
  const json = JSON.stringify(m).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `<!-- lailatov:github ${json} -->`;
}

/** A marker of ours whose field a person damaged: the run stops rather than forget what it holds. */
function damaged(field: string, what: string): UserError {
  return new UserError(
    `the PR body's <!-- lailatov:github … --> marker: "${field}" ${what}; restore the marker from the PR body's edit history, or delete it to start the PR's bookkeeping afresh`,
  );
}

function strings(v: unknown, field: string): string[] {
  if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string'))
    throw damaged(field, 'must be a list of strings');
  return v;
}

function nullable<T>(v: unknown, field: string, type: 'number' | 'string'): T | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== type) throw damaged(field, `must be a ${type} or null`);
  return v as T;
}

function verdictOf(v: unknown): TriageVerdict | null {
  if (v === undefined || v === null) return null;
  const r = triageVerdictSchema.safeParse(v);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw damaged('verdict', `is not a triage verdict (${issue?.path.join('.')}: ${issue?.message})`);
}

/**
 * The marker, or null when the body has none or it is not ours (no `"v":1`). A marker of ours
 * with a damaged field is a UserError naming it: read as "none", its review rounds would post twice.
 */
export function parseMarker(body: string): GitHubMarker | null {
  const m = RE.exec(body);
  if (!m?.[1]) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(m[1]);
  } catch (e) {
    throw damaged('JSON', `is not valid JSON (${(e as Error).message})`);
  }
  const v = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<
    string,
    unknown
  >;
  if (v.v !== 1) return null;
  return {
    v: 1,
    stickyId: nullable<number>(v.stickyId, 'stickyId', 'number'),
    ...(v.stickyNode !== undefined && {
      stickyNode: nullable<string>(v.stickyNode, 'stickyNode', 'string'),
    }),
    requestedBy: nullable<string>(v.requestedBy, 'requestedBy', 'string'),
    verdict: verdictOf(v.verdict),
    reviewed: strings(v.reviewed, 'reviewed'),
    inBody: strings(v.inBody, 'inBody'),
    dispatch: parseLedger(v.dispatch),
    origin: parseOrigin(v.origin),
    ...(v.feedback !== undefined && { feedback: strings(v.feedback, 'feedback') }),
  };
}

/** The body with its marker replaced by `m` (or `m` added when it has none). */
export function replaceMarker(body: string, m: GitHubMarker): string {
  const rendered = renderMarker(m);
  return RE.test(body)
    ? body.replace(RE, () => rendered)
    : `${body.replace(/\s+$/, '')}\n${rendered}\n`;
}

export function stripMarker(body: string): string {
  return body.replace(new RegExp(RE.source, 'gs'), '').replace(/\s+$/, '');
}
