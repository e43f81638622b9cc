// The circuit breaker in the Action (issue 13): a fresh runner remembers nothing, so a chain's
// breakers are replayed from this repository's outcome log on the data branch. An engine whose
// last 3 chain links here failed on infrastructure is skipped for the cool-down, and the record
// (the PR's state and cost table) says so. On the emulator, the actions run from source.
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import type { OutcomeRecord } from '../../src/core/outcomes/index.js';
import { GitBranchOutcomeStore } from '../../src/outcomes/git-branch-store.js';
import { parseStateMarker } from '../../src/stages/state.js';
import { clientFor } from '../forge/github/helpers.js';
import { makeLink, makeRecord, makeStage } from '../outcomes/support/records.js';
import { REPO, demoIssue, labeledEvent, openIssue, startWorld, type World } from './harness.js';

jest.setTimeout(240_000);

let w: World | undefined;
afterEach(async () => w?.close());

/** A finished pipeline whose write chain lost its first link (anthropic) to a 529. */
function failedRun(i: number, minutesAgo: number): OutcomeRecord {
  return makeRecord({
    repo: REPO,
    runId: `seed-${i}`,
    timestamp: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    stages: [
      makeStage({
        engine: 'replay',
        links: [
          makeLink({ engine: 'anthropic', outcome: 'error', detail: 'infra: HTTP 529 overloaded' }),
          makeLink({ engine: 'replay' }),
        ],
      }),
    ],
  });
}

async function seedLog(world: World, records: readonly OutcomeRecord[]): Promise<void> {
  const [owner = '', repo = ''] = REPO.split('/');
  const store = new GitBranchOutcomeStore({ octokit: clientFor(world.gh), repo: { owner, repo } });
  for (const r of records) await store.append(r);
}

async function writeWithChain(world: World) {
  const t = await demoIssue();
  const issue = await openIssue(world, t);
  expect((await world.run('triage', labeledEvent(issue, t))).outputs.outcome).toBe('clear');
  const { stage, result } = await world.followDispatch({ engine: 'anthropic,replay' });
  expect(stage).toBe('write');
  expect(result.outputs.outcome).toBe('pr_opened');
  const pull = [...world.gh.repo(REPO).pulls.values()][0];
  const body = world.gh.repo(REPO).issues.get(pull?.number ?? 0)?.body ?? '';
  const write = parseStateMarker(body)?.stages.find((s) => s.stage === 'write');
  return { body, links: write?.links ?? [] };
}

describe('the breaker of a chain in the Action, from the outcome log', () => {
  test('an engine whose last 3 links here failed is skipped, and the record and the PR say so', async () => {
    w = await startWorld({ source: true });
    await seedLog(w, [failedRun(1, 9), failedRun(2, 6), failedRun(3, 3)]);
    const { body, links } = await writeWithChain(w);
    expect(links.map((l) => [l.engine, l.outcome])).toEqual([
      ['anthropic', 'skipped'],
      ['replay', 'completed'],
    ]);
    expect(links[0]?.detail).toMatch(
      /^skipped: breaker anthropic:anthropic is open \(retry in \d+ ms\)/,
    );
    expect(body).toMatch(
      /\| ↳ link 1 \| anthropic \| `[^`]+` \| \$0\.0000 \| 0 \| 0 \| 0\.0s \| skipped \|/,
    );
  });
});
