import { APIConnectionError, APIError, APIUserAbortError } from '@anthropic-ai/sdk';
import { INFRA_PREFIX, isInfraStatus } from '../infra.js';

/** The `detail` of an `error` result for a failed API call. */
export function describeApiError(e: unknown, retries: number): string {
  if (e instanceof APIUserAbortError) return 'the request was aborted';
  if (e instanceof APIConnectionError) {
    return `${INFRA_PREFIX}connection to the model API failed after ${retries} retries: ${e.message}`;
  }
  if (e instanceof APIError) {
    const status = e.status as number | undefined;
    const kind = (e.error as { error?: { type?: string } } | undefined)?.error?.type ?? 'error';
    const what = `HTTP ${status ?? '?'} ${kind} after ${retries} retries: ${e.message}`;
    if (isInfraStatus(status)) return `${INFRA_PREFIX}${what}`;
    if (status === 401 || status === 403) {
      return `${what} (check the provider credentials, e.g. ANTHROPIC_API_KEY)`;
    }
    return what;
  }
  return `${INFRA_PREFIX}model call failed: ${e instanceof Error ? e.message : String(e)}`;
}
