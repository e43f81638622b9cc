// Prompt caching, measured by the model server's accounting (a ratio of tokens, not a timing).
import { afterEach, describe, expect, it } from '@jest/globals';
import { startModelServer, type ModelServer } from '../../support/model/index.js';
import { engineFor, removeDir, task, totalsAsTokens } from './helpers.js';
import { cacheReadShare, twelveTurnRepo, twelveTurnScenario } from './scenarios.js';

let ms: ModelServer | undefined;
let repo: string | undefined;
afterEach(async () => {
  await ms?.close();
  if (repo) await removeDir(repo);
  ms = undefined;
  repo = undefined;
});

async function runTwelveTurns(cache: boolean) {
  repo = await twelveTurnRepo();
  // Default minimum cacheable prefix (1024 tokens), as on the real API.
  ms = await startModelServer({ scenario: twelveTurnScenario() });
  const result = await (await engineFor(ms, { cache })).run(task(repo));
  expect(ms.failures).toEqual([]);
  expect(result.outcome).toBe('completed');
  expect(result.turns).toBe(12);
  expect(result.tokens).toEqual(totalsAsTokens(ms.usageTotals()));
  return { result, share: cacheReadShare(ms.usageTotals()), requests: ms.requests };
}

describe('prompt caching in the anthropic engine', () => {
  it('reads at least 80% of input tokens from the cache over a 12-turn task', async () => {
    const { share, requests } = await runTwelveTurns(true);
    expect(share).toBeGreaterThanOrEqual(0.8);
    // At most 4 breakpoints in every request (the API rejects more).
    for (const r of requests) {
      const marks = JSON.stringify(r.request?.body).match(/"cache_control"/g) ?? [];
      expect(marks.length).toBeLessThanOrEqual(4);
    }
  });

  it('reads almost nothing from the cache with cache: false', async () => {
    const { share, requests } = await runTwelveTurns(false);
    expect(share).toBeLessThan(0.02);
    expect(JSON.stringify(requests.map((r) => r.request?.body))).not.toContain('cache_control');
  });
});
