import { APIConnectionError, APIError, APIUserAbortError } from '@anthropic-ai/sdk';
import type { EngineResult } from '../types.js';

/**
 * How the fallback chain tells an infrastructure failure (retry elsewhere) from everything
 * else: the result's `detail` starts with `infra:`. The anthropic engine uses it for 5xx, 529,
 * 429, connection failures and the wall-clock timeout, all after the SDK's own retries. A 4xx
 * such as a bad key or a bad request is not infra: another provider would not fix it.
 */
export const INFRA_PREFIX = 'infra:';

export function isInfraFailure(result: Pick<EngineResult, 'outcome' | 'detail'>): boolean {
  return (
    (result.outcome === 'error' || result.outcome === 'timeout') &&
    result.detail?.startsWith(INFRA_PREFIX) === true
  );
}

/** Statuses another attempt (later, or on another provider) may succeed with. */
function isInfraStatus(status: number | undefined): boolean {
  return status === undefined || status === 408 || status === 429 || status >= 500;
}

/** The `detail` of an `error` result for a failed API call. */
export function describeApiError(e: unknown, retries: number): string {
  if (e instanceof APIUserAbortError) return 'the request was aborted';
  if (e instanceof APIConnectionError) {
    return `${INFRA_PREFIX} connection to the model API failed after ${retries} retries: ${e.message}`;
  }
  if (e instanceof APIError) {
    const status = e.status as number | undefined;
    const kind = (e.error as { error?: { type?: string } } | undefined)?.error?.type ?? 'error';
    const what = `HTTP ${status ?? '?'} ${kind} after ${retries} retries: ${e.message}`;
    if (isInfraStatus(status)) return `${INFRA_PREFIX} ${what}`;
    if (status === 401 || status === 403) {
      return `${what} (check the provider credentials, e.g. ANTHROPIC_API_KEY)`;
    }
    return what;
  }
  return `${INFRA_PREFIX} model call failed: ${e instanceof Error ? e.message : String(e)}`;
}
