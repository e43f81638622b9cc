import type { OutcomeRecord } from '../core/outcomes/index.js';
import { BreakerRegistry, type BreakerMemory, type BreakerOptions } from './breaker.js';
import { breakerKey } from './fallback.js';
import { isInfraFailure } from './infra.js';

/** An engine that failed its last 3 runs in a repository is skipped for 15 minutes. */
export const REPO_BREAKER = { failureThreshold: 3, cooldownMs: 15 * 60_000 } as const;

/**
 * The breakers' memory as the outcome log tells it: every chain link on these records, oldest
 * first, is played through the same breakers a chain uses (an infrastructure failure counts, any
 * other answer closes it, a link its breaker skipped never ran). A link's time is its record's
 * timestamp, when its pipeline ended: a failure is remembered from then, never from earlier.
 * Stages without links ran a lone engine, which has no breaker (as in a live chain).
 */
export function breakerMemoryFromRecords(
  records: readonly OutcomeRecord[],
  opts: Omit<BreakerOptions, 'now'> = REPO_BREAKER,
): Record<string, BreakerMemory> {
  let at = 0;
  const registry = new BreakerRegistry({ ...opts, now: () => at });
  const ordered = records
    .map((r) => ({ r, t: Date.parse(r.timestamp) }))
    .filter(({ t }) => Number.isFinite(t))
    .sort((a, b) => a.t - b.t);
  for (const { r, t } of ordered) {
    at = t;
    for (const s of r.stages)
      for (const link of s.links ?? []) {
        if (link.outcome === 'skipped') continue;
        const breaker = registry.get(breakerKey(link.engine));
        if (isInfraFailure(link)) breaker.onFailure();
        else breaker.onSuccess();
      }
  }
  return registry.memory();
}
