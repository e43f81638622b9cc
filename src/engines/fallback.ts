import type { BreakerRegistry, BreakerState } from './breaker.js';
import type { Engine, EngineResult, EngineTask } from './types.js';

/**
 * How an engine says "this failed because of infrastructure, not because of the task": an
 * `error` result whose detail starts with this prefix. 5xx, 529 (overloaded), 429 after the
 * client's own retries, a provider timeout, a crash or a non-zero exit without a result.
 * A `timeout` outcome (the wall clock ran out) counts as infrastructure too.
 */
export const INFRA_PREFIX = 'infra: ';

/** Marks a failed result as an infrastructure failure, so a fallback chain moves on. */
export function infraFailure<T extends Omit<EngineResult, 'outcome' | 'detail'>>(
  result: T,
  reason: string,
): T & { outcome: 'error'; detail: string } {
  return { ...result, outcome: 'error', detail: `${INFRA_PREFIX}${reason}` };
}

export function isInfraFailure(result: EngineResult): boolean {
  if (result.outcome === 'timeout') return true;
  return result.outcome === 'error' && (result.detail ?? '').startsWith(INFRA_PREFIX);
}

/** Classifies an HTTP status from a provider: these are worth another provider or engine. */
export function isInfraStatus(status: number): boolean {
  return status === 429 || status === 529 || status >= 500;
}

export interface FallbackLink {
  readonly engine: Engine;
  /** Overrides the task's model for this link. */
  readonly model: string;
  /** Breaker key part; defaults to the engine's name (one provider per engine). */
  readonly provider?: string;
}

export interface FallbackOptions {
  readonly breaker?: BreakerRegistry;
}

export interface FallbackResult extends EngineResult {
  /** 1-based index of the link whose result this is (0 when no link ran). */
  readonly link: number;
  readonly breakers: Readonly<Record<string, BreakerState>>;
}

function linkKey(link: FallbackLink): string {
  return `${link.engine.name}:${link.provider ?? link.engine.name}`;
}

function describe(link: FallbackLink): string {
  return `${link.engine.name}/${link.model}`;
}

/**
 * An Engine that runs the links in order and moves to the next one only on an infrastructure
 * failure. Refused, max_turns, budget_exceeded, no_changes and completed are answers about the
 * task itself: another engine would not change them, so they end the chain.
 */
export function createFallbackChain(
  links: readonly FallbackLink[],
  opts: FallbackOptions = {},
): Engine {
  if (links.length === 0) throw new RangeError('createFallbackChain: at least one link is needed');
  const name = `fallback(${links.map((l) => l.engine.name).join(',')})`;

  async function run(task: EngineTask, signal?: AbortSignal): Promise<FallbackResult> {
    const attempts: { engine: string; model: string; reason: string }[] = [];
    let last: EngineResult | undefined;
    let lastIndex = 0;
    for (const [i, link] of links.entries()) {
      if (signal?.aborted) break;
      const breaker = opts.breaker?.get(linkKey(link));
      if (breaker && !breaker.tryAcquire()) {
        attempts.push({
          engine: link.engine.name,
          model: link.model,
          reason: `skipped: breaker ${linkKey(link)} is ${breaker.state()} (retry in ${breaker.retryAfterMs()} ms)`,
        });
        continue;
      }
      let result: EngineResult;
      try {
        result = await link.engine.run({ ...task, model: link.model }, signal);
      } catch (e) {
        // A throw is a bug or a user error (e.g. CLI not installed): never hide it behind a
        // fallback, but do not leave a half-open trial dangling either.
        breaker?.onFailure();
        throw e;
      }
      last = result;
      lastIndex = i + 1;
      if (!isInfraFailure(result) || signal?.aborted) {
        breaker?.onSuccess();
        return finish(result, lastIndex, attempts, links.length);
      }
      breaker?.onFailure();
      attempts.push({
        engine: link.engine.name,
        model: link.model,
        reason: result.detail ?? result.outcome,
      });
    }
    const base: EngineResult = last ?? {
      outcome: 'error',
      finalMessage: '',
      changedFiles: [],
      turns: 0,
      durationMs: 0,
      tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
      costUsd: 0,
      engine: name,
      model: task.model,
      provider: 'none',
      transcriptPath: null,
      detail: signal?.aborted
        ? 'cancelled before any link ran'
        : `${INFRA_PREFIX}every link was skipped`,
    };
    // Every link failed: report the last failure, with every attempt (the last one included).
    return finish(base, lastIndex, attempts, links.length, true);
  }

  function finish(
    result: EngineResult,
    link: number,
    attempts: { engine: string; model: string; reason: string }[],
    total: number,
    exhausted = false,
  ): FallbackResult {
    const history = attempts.map((a) => `${a.engine}/${a.model}: ${a.reason}`).join('; ');
    const where =
      link === 0
        ? 'no link ran'
        : `link ${link}/${total} (${describe(links[link - 1] as FallbackLink)})`;
    const summary = exhausted
      ? `all links failed; last: ${where}`
      : attempts.length > 0
        ? `${result.outcome} on ${where} after: ${history}`
        : undefined;
    const detail = [result.detail, summary].filter((s) => s !== undefined && s !== '').join(' | ');
    return {
      ...result,
      ...(detail !== '' ? { detail } : {}),
      attempts,
      link,
      breakers: opts.breaker?.states() ?? {},
    };
  }

  return { name, run };
}
