import type { BreakerRegistry, BreakerState } from './breaker.js';
import { INFRA_PREFIX, isInfraFailure } from './infra.js';
import { snapshotTree, type TreeSnapshot } from './tree-reset.js';
import type { Engine, EngineLink, EngineResult, EngineTask, EngineTokens } from './types.js';

export { INFRA_PREFIX, infraFailure, isInfraFailure, isInfraStatus } from './infra.js';

export interface FallbackLink {
  readonly engine: Engine;
  /** Overrides the task's model for this link; absent: the task's model (e.g. `--model`). */
  readonly model?: string;
  /** Breaker key part; defaults to the engine's name (one provider per engine). */
  readonly provider?: string;
}

export interface FallbackOptions {
  readonly breaker?: BreakerRegistry;
  /** PATH and HOME for the git commands that reset the tree between links. */
  readonly gitEnv?: Readonly<Record<string, string | undefined>>;
  /** Called once per chain run, after the last link, e.g. to save the breakers' state. */
  readonly onSettled?: () => Promise<void>;
}

export interface FallbackResult extends EngineResult {
  /** 1-based index of the link whose result this is (0 when no link ran). */
  readonly link: number;
  readonly breakers: Readonly<Record<string, BreakerState>>;
  readonly links: readonly EngineLink[];
}

type Attempt = { engine: string; model: string; reason: string };

const ZERO_TOKENS: EngineTokens = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };

/** A link's breaker key: `engine:provider` (one provider per engine unless the link names one). */
export function breakerKey(engine: string, provider: string = engine): string {
  return `${engine}:${provider}`;
}

function linkKey(link: FallbackLink): string {
  return breakerKey(link.engine.name, link.provider);
}

/** The chain's figures: the sum of its links. One unknown cost makes the total unknown, never 0. */
export function sumLinks(links: readonly EngineLink[]) {
  let costUsd: number | null = 0;
  const tokens = { ...ZERO_TOKENS };
  let turns = 0;
  let durationMs = 0;
  for (const l of links) {
    costUsd = costUsd === null || l.costUsd === null ? null : costUsd + l.costUsd;
    tokens.input += l.tokens.input;
    tokens.output += l.tokens.output;
    tokens.cacheRead += l.tokens.cacheRead;
    tokens.cacheWrite += l.tokens.cacheWrite;
    turns += l.turns;
    durationMs += l.durationMs;
  }
  return { costUsd, tokens, turns, durationMs };
}

function linkOf(r: EngineResult, asked: string): EngineLink {
  return {
    engine: r.engine,
    model: r.model === '' ? asked : r.model,
    outcome: r.outcome,
    costUsd: r.costUsd,
    tokens: r.tokens,
    turns: r.turns,
    durationMs: r.durationMs,
    ...(r.detail !== undefined && r.detail !== '' && { detail: r.detail }),
  };
}

const usd = (n: number): string => `$${n.toFixed(4).replace(/0{1,2}$/, '')}`;

/**
 * An Engine that runs the links in order and moves to the next one only on an infrastructure
 * failure. Refused, max_turns, budget_exceeded, no_changes and completed are answers about the
 * task itself: another engine would not change them, so they end the chain.
 *
 * The chain is one run to its caller: its cost, tokens, turns and duration are the sums of its
 * links, and the task's ceiling holds for all of them together (each link gets what the links
 * before it left). A link whose spend is unknown ends the chain when there is a ceiling: the
 * next link's share could not be known, and guessing could overspend. Before a link runs, the
 * tree is put back as the chain found it, so a failed link's half-finished edits never reach the
 * next one.
 */
export function createFallbackChain(
  links: readonly FallbackLink[],
  opts: FallbackOptions = {},
): Engine {
  if (links.length === 0) throw new RangeError('createFallbackChain: at least one link is needed');
  const name = `fallback(${links.map((l) => l.engine.name).join(',')})`;

  async function run(task: EngineTask, signal?: AbortSignal): Promise<FallbackResult> {
    try {
      return await runLinks(task, signal);
    } finally {
      await opts.onSettled?.();
    }
  }

  async function runLinks(task: EngineTask, signal?: AbortSignal): Promise<FallbackResult> {
    const attempts: Attempt[] = [];
    const done: EngineLink[] = [];
    /** The model each link was asked to use (its own, else the task's). */
    const asked: string[] = [];
    let last: EngineResult | undefined;
    let lastIndex = 0;
    let start: TreeSnapshot | undefined;
    const ceiling = task.budgetUsd;
    for (const [i, link] of links.entries()) {
      if (signal?.aborted) break;
      const model = link.model ?? task.model;
      asked.push(model);
      // The ceiling first: a breaker admits a half-open trial only to a link that will run.
      const spent = sumLinks(done).costUsd;
      let budgetUsd = ceiling;
      if (ceiling !== undefined && last !== undefined) {
        if (spent === null) {
          const stop = `not moving on to ${link.engine.name}/${model}: what the links before it spent is unknown, and the ${usd(ceiling)} ceiling must hold`;
          return finish(last, lastIndex, attempts, done, asked, { stop });
        }
        budgetUsd = ceiling - spent;
        if (budgetUsd <= 0) {
          const stop = `the ${usd(ceiling)} ceiling is spent (${usd(spent)}) before ${link.engine.name}/${model}`;
          return finish({ ...last, outcome: 'budget_exceeded' }, lastIndex, attempts, done, asked, {
            stop,
          });
        }
      }
      const breaker = opts.breaker?.get(linkKey(link));
      if (breaker && !breaker.tryAcquire()) {
        const reason = `skipped: breaker ${linkKey(link)} is ${breaker.state()} (retry in ${breaker.retryAfterMs()} ms)`;
        attempts.push({ engine: link.engine.name, model, reason });
        done.push({
          engine: link.engine.name,
          model,
          outcome: 'skipped',
          costUsd: 0,
          tokens: ZERO_TOKENS,
          turns: 0,
          durationMs: 0,
          detail: reason,
        });
        continue;
      }
      // The start is taken before the first link that runs; later links start from it again.
      if (links.length > 1 && start === undefined)
        start = await snapshotTree(task.cwd, opts.gitEnv ?? process.env);
      else if (start !== undefined && last !== undefined) await start.restore();
      let result: EngineResult;
      try {
        result = await link.engine.run(
          { ...task, model, ...(budgetUsd !== undefined && { budgetUsd }) },
          signal,
        );
      } catch (e) {
        // A throw is a bug or a user error (e.g. CLI not installed): never hide it behind a
        // fallback, but do not leave a half-open trial dangling either.
        breaker?.onFailure();
        throw e;
      }
      last = result;
      lastIndex = i + 1;
      done.push(linkOf(result, model));
      if (!isInfraFailure(result) || signal?.aborted) {
        breaker?.onSuccess();
        return finish(result, lastIndex, attempts, done, asked);
      }
      breaker?.onFailure();
      attempts.push({ engine: link.engine.name, model, reason: result.detail ?? result.outcome });
    }
    const base: EngineResult = last ?? {
      outcome: 'error',
      finalMessage: '',
      changedFiles: [],
      turns: 0,
      durationMs: 0,
      tokens: ZERO_TOKENS,
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
    return finish(base, lastIndex, attempts, done, asked, { exhausted: true });
  }

  function finish(
    result: EngineResult,
    link: number,
    attempts: Attempt[],
    done: EngineLink[],
    asked: string[],
    end: { exhausted?: boolean; stop?: string } = {},
  ): FallbackResult {
    const history = attempts.map((a) => `${a.engine}/${a.model}: ${a.reason}`).join('; ');
    const where =
      link === 0
        ? 'no link ran'
        : `link ${link}/${links.length} (${links[link - 1]?.engine.name}/${asked[link - 1]})`;
    const summary = end.stop
      ? `${end.stop}; after: ${history}`
      : end.exhausted
        ? `all links failed; last: ${where}`
        : attempts.length > 0
          ? `${result.outcome} on ${where} after: ${history}`
          : undefined;
    const detail = [result.detail, summary].filter((s) => s !== undefined && s !== '').join(' | ');
    return {
      ...result,
      ...sumLinks(done),
      ...(detail !== '' ? { detail } : {}),
      attempts,
      links: done,
      link,
      breakers: opts.breaker?.states() ?? {},
    };
  }

  return { name, run };
}

/** The engine a stage runs: a lone link without its own model as is, else a chain of them. */
export function chainOf(links: readonly FallbackLink[], opts: FallbackOptions = {}): Engine {
  const first = links[0];
  if (links.length === 1 && first && first.model === undefined) return first.engine;
  return createFallbackChain(links, opts);
}
