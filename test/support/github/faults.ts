// Scriptable faults: fail, slow down or drop the next N calls to a route.
export interface FaultSpec {
  /** A route key (`POST /repos/{owner}/{repo}/issues`) or a method and a regex on the raw path. */
  readonly route: string | { readonly method: string; readonly path: RegExp };
  /**
   * Only calls whose raw body contains this text: one GraphQL request among others
   * (`addPullRequestReview`), since they all share `POST /graphql`.
   */
  readonly bodyIncludes?: string;
  /** HTTP status to answer with (500, 502, 403, 429...). Omit for latency-only faults. */
  readonly status?: number;
  /** How many matching calls to affect (default 1). */
  readonly times?: number;
  /** Seconds, sent as the `retry-after` header. */
  readonly retryAfter?: number;
  /** Answer with GitHub's secondary-rate-limit message (status defaults to 403). */
  readonly secondaryRateLimit?: boolean;
  /** Delay before answering (or before passing the call on when no status is given). */
  readonly latencyMs?: number;
  /** Destroy the socket without answering. */
  readonly drop?: boolean;
}

export interface ActiveFault {
  readonly spec: FaultSpec;
  remaining: number;
  hits: number;
}

export type FaultAction =
  | { kind: 'drop'; latencyMs: number }
  | {
      kind: 'respond';
      latencyMs: number;
      status: number;
      body: unknown;
      headers: Record<string, string>;
    }
  | { kind: 'delay'; latencyMs: number };

const DOCS_SECONDARY =
  'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

export class FaultInjector {
  private readonly faults: ActiveFault[] = [];

  add(spec: FaultSpec): ActiveFault {
    if (spec.status === undefined && !spec.drop && !spec.secondaryRateLimit && !spec.latencyMs) {
      throw new Error('fault needs one of status, drop, secondaryRateLimit or latencyMs');
    }
    const fault: ActiveFault = { spec, remaining: spec.times ?? 1, hits: 0 };
    this.faults.push(fault);
    return fault;
  }

  clear(): void {
    this.faults.length = 0;
  }

  get pending(): number {
    return this.faults.reduce((n, f) => n + f.remaining, 0);
  }

  /** Consume the first fault that matches this call, if any. */
  take(
    method: string,
    routeKey: string | undefined,
    rawPath: string,
    requestId: string,
    rawBody = '',
  ): FaultAction | undefined {
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        matches(f.spec, method, routeKey, rawPath) &&
        (f.spec.bodyIncludes === undefined || rawBody.includes(f.spec.bodyIncludes)),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    fault.hits += 1;
    return toAction(fault.spec, requestId);
  }
}

function matches(
  spec: FaultSpec,
  method: string,
  routeKey: string | undefined,
  rawPath: string,
): boolean {
  if (typeof spec.route === 'string') return spec.route === routeKey;
  return spec.route.method.toUpperCase() === method && spec.route.path.test(rawPath);
}

function toAction(spec: FaultSpec, requestId: string): FaultAction {
  const latencyMs = spec.latencyMs ?? 0;
  if (spec.drop) return { kind: 'drop', latencyMs };
  if (spec.status === undefined && !spec.secondaryRateLimit) return { kind: 'delay', latencyMs };
  const status = spec.status ?? 403;
  const headers: Record<string, string> = {};
  if (spec.retryAfter !== undefined) headers['retry-after'] = String(spec.retryAfter);
  if (spec.secondaryRateLimit) {
    return {
      kind: 'respond',
      latencyMs,
      status,
      headers,
      body: {
        message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        documentation_url: DOCS_SECONDARY,
        status: String(status),
      },
    };
  }
  if (status === 429 || status === 403) {
    // A primary rate limit: GitHub says so with these headers.
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset'] = String(Math.floor(Date.now() / 1000) + (spec.retryAfter ?? 1));
    return {
      kind: 'respond',
      latencyMs,
      status,
      headers,
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url:
          'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        status: String(status),
      },
    };
  }
  const message =
    status === 502 ? 'Server Error' : status >= 500 ? 'Internal Server Error' : 'Injected fault';
  return { kind: 'respond', latencyMs, status, headers, body: { message, status: String(status) } };
}
