// The inputs of one GraphQL mutation field in logged emulator requests: the stages batch their
// writes into GraphQL documents (`m0: createCheckRun(input: $m0) ...`), so a test that checks a
// write looks for its field there, not for a REST route.
import type { LoggedRequest } from '../support/github/server.js';

export interface MutationCall {
  /** The index of the request in `requests`. */
  readonly at: number;
  readonly input: Record<string, unknown>;
}

export function mutationInputs(requests: readonly LoggedRequest[], field: string): MutationCall[] {
  const call = new RegExp(`(\\w+): ${field}\\(input: \\$(\\w+)\\)`, 'g');
  return requests.flatMap((q, at) => {
    const b = q.body as { query?: unknown; variables?: Record<string, unknown> } | undefined;
    if (q.route !== 'POST /graphql' || typeof b?.query !== 'string') return [];
    return [...b.query.matchAll(call)].map((m) => ({
      at,
      input: (b.variables?.[m[2] ?? ''] ?? {}) as Record<string, unknown>,
    }));
  });
}
