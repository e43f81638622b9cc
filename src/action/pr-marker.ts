// What the GitHub side keeps in the PR body besides the stages' state: where the progress comment
// is, who asked for the work, the triage verdict, which review rounds were posted. Reading it
// back from the PR (read anyway) saves listing the comments and the PR's reviews.
import type { TaskOrigin } from '../relay/payload.js';
import type { TriageVerdict } from '../stages/triage.js';
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

/** The marker, or null when it is missing or not ours (a human edited the body). */
export function parseMarker(body: string): GitHubMarker | null {
  const m = RE.exec(body);
  if (!m?.[1]) return null;
  try {
    const v = JSON.parse(m[1]) as Partial<GitHubMarker>;
    if (v.v !== 1 || !Array.isArray(v.reviewed) || !Array.isArray(v.inBody)) return null;
    return {
      v: 1,
      stickyId: typeof v.stickyId === 'number' ? v.stickyId : null,
      ...(typeof v.stickyNode === 'string' && { stickyNode: v.stickyNode }),
      requestedBy: typeof v.requestedBy === 'string' ? v.requestedBy : null,
      verdict: v.verdict ?? null,
      reviewed: v.reviewed.filter((x): x is string => typeof x === 'string'),
      inBody: v.inBody.filter((x): x is string => typeof x === 'string'),
      dispatch: parseLedger(v.dispatch),
      origin: parseOrigin(v.origin),
      ...(Array.isArray(v.feedback) && {
        feedback: v.feedback.filter((x): x is string => typeof x === 'string'),
      }),
    };
  } catch {
    return null;
  }
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
