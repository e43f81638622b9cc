import type { EngineResult } from './types.js';

/**
 * How an engine says "this failed because of infrastructure, not because of the task", so a
 * fallback chain moves on to the next engine: an `error` or `timeout` result whose detail starts
 * with this prefix. It covers 5xx, 529 (overloaded), 429 after the client's own retries, the
 * wall clock running out, a crash, or a non-zero exit without a result. A caller's cancel, a bad
 * key or a bad request is not infrastructure: another provider would not fix it.
 */
export const INFRA_PREFIX = 'infra: ';

/** Marks a failed result as an infrastructure failure. */
export function infraFailure<T extends Omit<EngineResult, 'outcome' | 'detail'>>(
  result: T,
  reason: string,
): T & { outcome: 'error'; detail: string } {
  return { ...result, outcome: 'error', detail: `${INFRA_PREFIX}${reason}` };
}

/** Of a result, or of a chain link on the outcome record (its outcome is a plain string there). */
export function isInfraFailure(result: {
  readonly outcome: string;
  readonly detail?: string | undefined;
}): boolean {
  return (
    (result.outcome === 'error' || result.outcome === 'timeout') &&
    (result.detail ?? '').startsWith(INFRA_PREFIX)
  );
}

/** HTTP statuses from a provider that are worth another attempt or another provider. */
export function isInfraStatus(status: number | undefined): boolean {
  return status === undefined || status === 408 || status === 429 || status >= 500;
}
