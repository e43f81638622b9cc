// The one-time nonce of a chaining dispatch. repository_dispatch can be sent by any workflow
// that holds a token with contents: write, and arrives as github-actions[bot] like the suite's
// own: the sender alone proves nothing. So the stage that chains writes a fresh nonce into the
// state it owns (the issue's progress comment, the PR body) before it dispatches, and the next
// stage runs only for that nonce, once. The nonce is not a secret (the state is readable): it is
// a ticket for the one run the suite itself asked for. A re-run of the workflow run that used it
// (same run id, next attempt, which takes write permission) may use it again.
import { randomUUID } from 'node:crypto';
import type { ChainedStage } from '../forge/github/events/dispatch.js';

export interface DispatchTicket {
  readonly nonce: string;
  /** The stage the nonce starts. */
  readonly stage: ChainedStage;
}

/** The dispatch waiting to run, and the last ones used with the run that used each. */
export interface DispatchLedger {
  readonly pending: DispatchTicket | null;
  readonly used: readonly (DispatchTicket & { readonly run: string })[];
}

/** How many used nonces are kept (for re-runs of the runs that used them). */
const KEEP_USED = 10;
const STAGES: readonly string[] = ['triage', 'write', 'review', 'remediate'];

/** The ledger with a fresh nonce pending for `stage` (any earlier pending one is dropped). */
export function issueNonce(
  ledger: DispatchLedger | null | undefined,
  stage: ChainedStage,
): DispatchLedger {
  return { pending: { nonce: randomUUID(), stage }, used: ledger?.used ?? [] };
}

function ticket(value: unknown): DispatchTicket | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.nonce !== 'string' || typeof v.stage !== 'string' || !STAGES.includes(v.stage))
    return null;
  return { nonce: v.nonce, stage: v.stage as ChainedStage };
}

/** The ledger read back from state others can edit: checked, not cast. */
export function parseLedger(value: unknown): DispatchLedger | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const used = Array.isArray(v.used)
    ? v.used.flatMap((u) => {
        const t = ticket(u);
        const run = (u as Record<string, unknown>).run;
        return t && typeof run === 'string' ? [{ ...t, run }] : [];
      })
    : [];
  return { pending: ticket(v.pending), used };
}

/** Why a dispatch for `got.stage` with `got.nonce` may not run in run `runId`; null: it may. */
export function nonceRefusal(
  ledger: DispatchLedger | null,
  got: { readonly stage: ChainedStage; readonly nonce: string | null; readonly where: string },
  runId: string,
): string | null {
  const why = (what: string) =>
    `ignored: this ${got.stage} dispatch ${what}; only the nonce the previous stage wrote into ${got.where} starts the next stage, once.`;
  if (got.nonce === null) return why('carries no nonce');
  const same = (t: DispatchTicket) => t.nonce === got.nonce && t.stage === got.stage;
  if (ledger?.pending && same(ledger.pending)) return null;
  const used = ledger?.used.find(same);
  if (used === undefined) return why('carries an unknown nonce');
  return used.run === runId ? null : why(`carries a nonce already used by run ${used.run}`);
}

/** The ledger after run `runId` used `nonce` (nonceRefusal allowed it). */
export function markUsed(ledger: DispatchLedger, nonce: string, runId: string): DispatchLedger {
  const pending = ledger.pending?.nonce === nonce ? null : ledger.pending;
  const ticketOf = ledger.pending?.nonce === nonce ? ledger.pending : null;
  const used = ticketOf
    ? [...ledger.used, { ...ticketOf, run: runId }].slice(-KEEP_USED)
    : ledger.used;
  return { pending, used };
}
