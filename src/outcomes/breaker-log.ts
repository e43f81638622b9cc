// The circuit breakers of a GitHub run, from the outcome log: a fresh runner remembers nothing,
// but the log on the data branch lists every chain link of this repository's recent runs.
import { parseOutcomeLine, type OutcomeRecord } from '../core/outcomes/index.js';
import { BreakerRegistry, type BreakerOptions } from '../engines/breaker.js';
import { breakerMemoryFromRecords, REPO_BREAKER } from '../engines/breaker-history.js';

/** The part of the log store the breakers read: the month shards (GitBranchOutcomeStore). */
export interface OutcomeShards {
  pathFor(at: Date): string;
  read(file: string): Promise<string>;
}

export interface BreakersFromLogOptions {
  readonly log: OutcomeShards;
  /** owner/name: only this repository's records count. */
  readonly repo: string;
  /** The clock (epoch ms) of the shards read and of the breakers; default Date.now. */
  readonly now?: () => number;
  readonly breaker?: Required<Pick<BreakerOptions, 'failureThreshold' | 'cooldownMs'>>;
  /** Told why the log could not be read (the run then starts with closed breakers). */
  readonly warn?: (message: string) => void;
}

/**
 * The breakers for this run, their memory replayed from the log: this month's shard, and last
 * month's while the cool-down reaches into it. Older failures are not counted (a breaker that
 * opened then has cooled down). An unreadable log is a fresh start: the breaker is an
 * optimisation, never a reason to fail a run.
 */
export async function breakersFromLog(o: BreakersFromLogOptions): Promise<BreakerRegistry> {
  const now = o.now ?? Date.now;
  const opts = { ...(o.breaker ?? REPO_BREAKER), now };
  const at = now();
  const files = [
    ...new Set([o.log.pathFor(new Date(at - opts.cooldownMs)), o.log.pathFor(new Date(at))]),
  ];
  const records: OutcomeRecord[] = [];
  try {
    for (const text of await Promise.all(files.map((f) => o.log.read(f))))
      for (const [i, line] of text.split('\n').entries()) {
        // Only a chain's record has links: the rest is not parsed at all.
        if (!line.includes('"links"')) continue;
        const parsed = parseOutcomeLine(line, i + 1);
        const record = parsed.kind === 'record' ? parsed.view.record : undefined;
        if (record !== undefined && record.repo === o.repo) records.push(record);
      }
  } catch (e) {
    o.warn?.(
      `circuit breakers start closed: the outcome log could not be read (${e instanceof Error ? e.message : String(e)})`,
    );
    return new BreakerRegistry(opts);
  }
  return new BreakerRegistry(opts, breakerMemoryFromRecords(records, opts));
}
