// Contention on the outcome log, measured: N writers append K records each, at the same moment,
// to the data branch of a repository on the GitHub emulator, through the real store
// (GitBranchOutcomeStore: Git Data API, compare-and-swap ref update, its default retries and
// backoff), each writer with its own client as separate runs would have. The baseline, in the same
// pair, is one writer appending the same N×K records one after another. The two alternate pair by
// pair (who starts rotates), each on a fresh repository.
// Reports per (N, K): lost records (must be 0; the bench fails otherwise), duplicates, lost races
// (422 from the ref update, counted by the emulator), attempts per append, API calls, and the
// concurrent time against the single writer's, paired per run.
// The emulator answers in milliseconds and the client does not space writes 1 s apart as it does
// on GitHub, so an attempt's read-to-update window here is far shorter than on GitHub: these
// figures are the store's behaviour under real races, not GitHub's latency.
// Usage: npm run bench -- outcome-append
//   (OUTCOME_APPEND_WRITERS=5,20,50  OUTCOME_APPEND_RECORDS=3  OUTCOME_APPEND_PAIRS=3)
import { performance } from 'node:perf_hooks';
import {
  DEFAULT_DATA_BRANCH,
  DEFAULT_OUTCOMES_DIR,
  GitBranchOutcomeStore,
  RETRY_DEFAULTS,
  shardPath,
} from '../src/outcomes/git-branch-store.js';
import { bareGit, clientFor } from '../test/forge/github/helpers.js';
import { startGitHubEmulator } from '../test/support/github/index.js';
import { makeRecord } from '../test/outcomes/support/records.js';
import { fmtSpread, loadLine, pairedRatioLine, spread } from './support/spread.js';

const WRITERS = (process.env.OUTCOME_APPEND_WRITERS ?? '5,20,50').split(',').map(Number);
const RECORDS = Number(process.env.OUTCOME_APPEND_RECORDS ?? 3);
const PAIRS = Number(process.env.OUTCOME_APPEND_PAIRS ?? 3);

const gh = await startGitHubEmulator();
let repos = 0;

interface Run {
  ms: number;
  lost: number;
  duplicates: number;
  lostRaces: number;
  attempts: number[];
  calls: number;
}

/** `writers` writers, each appending `each` records in turn, all writers starting together. */
async function run(writers: number, each: number): Promise<Run> {
  const name = `o/r${++repos}`;
  await gh.createRepo(name, { files: { 'README.md': '# r\n' } });
  const repo = { owner: 'o', repo: name.slice(2) };
  const firstRequest = gh.requests.length;
  const records = Array.from({ length: writers }, (_, w) =>
    Array.from({ length: each }, (_, k) => makeRecord({ runId: `w${w}-r${k}`, issue: w + 1 })),
  );
  const stores = records.map(() => new GitBranchOutcomeStore({ octokit: clientFor(gh), repo }));
  const t0 = performance.now();
  const results = await Promise.all(
    records.map(async (mine, w) => {
      const out = [];
      for (const r of mine) out.push(await (stores[w] as GitBranchOutcomeStore).append(r));
      return out;
    }),
  );
  const ms = performance.now() - t0;
  const shard = shardPath(DEFAULT_OUTCOMES_DIR, records[0]?.[0]?.timestamp ?? '');
  const text = await bareGit(gh.repoPath(name), ['show', `${DEFAULT_DATA_BRANCH}:${shard}`]);
  const ids = text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => (JSON.parse(l) as { runId: string }).runId);
  const expected = records.flat().map((r) => r.runId);
  const requests = gh.requests.slice(firstRequest);
  return {
    ms,
    lost: expected.filter((id) => !ids.includes(id)).length,
    duplicates: ids.length - new Set(ids).size,
    lostRaces: requests.filter((r) => r.status === 422).length,
    attempts: results.flat().map((r) => r.attempts),
    calls: requests.length,
  };
}

console.log(
  `store defaults: ${RETRY_DEFAULTS.maxAttempts} attempts, backoff base ${RETRY_DEFAULTS.baseMs} ms, cap ${RETRY_DEFAULTS.capMs / 1000} s; ` +
    `${PAIRS} pairs per row; ${loadLine()}`,
);
let failed = false;
for (const n of WRITERS) {
  const together: Run[] = [];
  const alone: Run[] = [];
  for (let i = 0; i < PAIRS; i++) {
    if (i % 2 === 0) {
      together.push(await run(n, RECORDS));
      alone.push(await run(1, n * RECORDS));
    } else {
      alone.push(await run(1, n * RECORDS));
      together.push(await run(n, RECORDS));
    }
  }
  const all = [...together, ...alone];
  const lost = all.reduce((a, r) => a + r.lost + r.duplicates, 0);
  if (lost > 0) failed = true;
  const attempts = together.flatMap((r) => r.attempts);
  const total = n * RECORDS;
  console.log(
    `\nN=${n} writers x K=${RECORDS} records (${total} appends a run): lost ${together.reduce((a, r) => a + r.lost, 0)}, ` +
      `duplicated ${together.reduce((a, r) => a + r.duplicates, 0)} (single writer: lost ${alone.reduce((a, r) => a + r.lost, 0)})`,
  );
  console.log(
    `  lost races (422) per run ${fmtSpread(spread(together.map((r) => r.lostRaces)), 0)}; ` +
      `attempts per append: mean ${(attempts.reduce((a, b) => a + b, 0) / attempts.length).toFixed(2)}, ` +
      `most ${Math.max(...attempts)} (of ${RETRY_DEFAULTS.maxAttempts}); ` +
      `API calls per append ${fmtSpread(spread(together.map((r) => r.calls / total)), 1)} (single writer ${fmtSpread(spread(alone.map((r) => r.calls / total)), 1)})`,
  );
  console.log(
    '  ' +
      pairedRatioLine(
        'time, concurrent / single writer',
        together.map((r) => r.ms),
        alone.map((r) => r.ms),
        'ms (single writer)',
        0,
      ),
  );
  console.log(
    `  concurrent ${fmtSpread(spread(together.map((r) => r.ms)), 0)} ms (min / median / max)`,
  );
}
await gh.close();
console.log(`\n${loadLine()}`);
if (failed) {
  console.error('FAILED: records were lost or duplicated');
  process.exit(1);
}
