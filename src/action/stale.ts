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
