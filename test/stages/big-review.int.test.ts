// Every file of a 3,000-file diff is reviewed, through the real Model adapter (the Anthropic SDK)
// against the scripted model server, within a $5 review budget at Sonnet's prices.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { costOf } from '../../src/core/cost/index.js';
import { createSdkModel } from '../../src/engines/model/sdk-model.js';
import { initialState } from '../../src/stages/pipeline.js';
import { review } from '../../src/stages/review.js';
import { startModelServer, type ModelServer } from '../support/model/index.js';
import { bigDiff, bigDiffForge } from './big-diff.js';
import { stageDeps } from './doubles.js';

jest.setTimeout(120_000);

describe('review of a 3,000-file diff against the scripted model server', () => {
  let ms: ModelServer;
  beforeAll(async () => {
    ms = await startModelServer({
      scenario: {
        rules: [
          {
            name: 'review',
            when: { toolChoice: 'review_findings' },
            reply: {
              toolUses: [
                { name: 'review_findings', input: { summary: 'ok', findings: [], previous: [] } },
              ],
            },
          },
        ],
      },
    });
  });
  afterAll(async () => ms?.close());

  test('100% of the files are reviewed, in parallel calls, for less than $5 at Sonnet prices', async () => {
    const files = bigDiff();
    const forge = bigDiffForge(files);
    const model = await createSdkModel({
      env: { ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: ms.url },
      pricer: (m, t) => costOf(m, t).usd,
    });
    const deps = stageDeps({
      forge: forge.port,
      model,
      config: 'models:\n  review: claude-sonnet-4-6\nbudgets:\n  review: 5\n  issue: 50\n',
    });
    const r = await review(deps, {
      head: 'agent/big',
      state: { ...initialState(1, 'main'), branch: 'agent/big' },
    });

    expect(r.verdict).toBe('clean');
    expect(r.packed?.included).toHaveLength(3000);
    expect(r.packed?.omitted).toEqual([]);
    const served = ms.requests.filter((q) => q.status === 200);
    expect(served).toHaveLength(r.packed?.calls ?? -1);
    expect(served.length).toBeGreaterThan(10);
    // What the server charged, at its own list prices, and what the ledger recorded.
    const charged = ms.usageTotals().costUsd ?? Infinity;
    expect(charged).toBeLessThan(5);
    const rec = r.state.stages.find((s) => s.stage === 'review');
    expect(rec?.costUsd).toBeLessThan(5);
    expect(rec?.turns).toBe(served.length);
  });
});
