// A run started for a PR head (a human push, or a stage-chaining dispatch) may begin after the
// branch moved on (another push, a remediation) or after a newer round ran. Acting then would
// review or fix code that is no longer there, and race the run started for the new head; so the
// run is skipped, with a notice, before it changes anything. Pure.

/** The head (and, for a chaining dispatch, the round) a run was started for. */
export interface StartedFor {
  readonly headSha: string;
  /** null for a push: a human's push belongs to no round. */
  readonly round: number | null;
}

/** The field of the suite's chaining `client_payload` that names the PR head it was sent for. */
export const HEAD_FIELD = 'headSha';

/**
 * The head a `repository_dispatch` was sent for, from the raw payload: the event parser keeps
 * only the fields it knows. A dispatch without it (sent by hand) asks for whatever is current.
 */
export function dispatchedHead(payload: unknown): string | null {
  const body = (payload as { client_payload?: unknown } | null)?.client_payload;
  if (typeof body !== 'object' || body === null) return null;
  const v = (body as Record<string, unknown>)[HEAD_FIELD];
  return typeof v === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(v) ? v : null;
}

/** Why the run is stale, for the summary; null when it is current. */
export function staleReason(
  startedFor: StartedFor | null,
  now: { readonly pr: number; readonly headSha: string; readonly round: number },
): string | null {
  if (startedFor === null) return null;
  const short = (sha: string) => sha.slice(0, 12);
  if (startedFor.headSha !== now.headSha)
    return `stale: this run was started for ${short(startedFor.headSha)}, but PR #${now.pr} has moved on to ${short(now.headSha)}; the run started for that head does the work.`;
  if (startedFor.round !== null && now.round > startedFor.round)
    return `stale: this run was started for round ${startedFor.round}, but PR #${now.pr} is at round ${now.round} already.`;
  return null;
}
