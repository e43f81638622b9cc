// A pipeline's terminal outcome on GitHub: the shared close (src/stages/closing.ts) with the
// GitHub forge, the data branch's outcome store and the workflow run's identity.
import type { OutcomeRecord } from '../core/outcomes/index.js';
import { LABELS } from '../forge/github/labels.js';
import { GitBranchOutcomeStore } from '../outcomes/git-branch-store.js';
import {
  closePipeline,
  outcomeRecordOf,
  type RunIdentity,
  type Terminal,
} from '../stages/closing.js';
import type { StageContext } from './context.js';

export type { Terminal } from '../stages/closing.js';

export const SUITE_VERSION = '0.1.0';

/**
 * The outcome store of this repository, with the store's retry budget (sized for many runs
 * appending at once), its backoff scaled like the client's for tests.
 */
export function outcomeStore(ctx: Pick<StageContext, 'octokit' | 'runner'>): GitBranchOutcomeStore {
  return new GitBranchOutcomeStore({
    octokit: ctx.octokit,
    repo: ctx.runner.repo,
    backoffScale: ctx.runner.backoffScale,
  });
}

/** Who ran: this workflow run, for the outcome record. */
export function runIdentity(ctx: Pick<StageContext, 'runner' | 'source'>): RunIdentity {
  return {
    repo: `${ctx.runner.repo.owner}/${ctx.runner.repo.repo}`,
    runId: ctx.runner.runId,
    runAttempt: ctx.runner.runAttempt,
    source: ctx.source,
    suiteVersion: SUITE_VERSION,
  };
}

export function outcomeRecord(
  ctx: Pick<StageContext, 'runner' | 'source'>,
  t: Terminal,
): OutcomeRecord {
  return outcomeRecordOf(runIdentity(ctx), t, new Date());
}

export async function finishPipeline(ctx: StageContext, t: Terminal): Promise<void> {
  const { forge, config, deps } = ctx.session;
  await closePipeline(
    { forge, config, notifier: ctx.notifier, clock: deps.clock },
    {
      store: { append: async (r) => void (await outcomeStore(ctx).append(r)) },
      identity: runIdentity(ctx),
      terminal: t,
      clearLabels: [LABELS.working.name],
    },
  );
}
