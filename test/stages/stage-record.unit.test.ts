// A stage run by an engine chain is recorded with every link, and the record is a valid v1 one.
import { describe, expect, it } from '@jest/globals';
import { validateOutcomeRecord } from '../../src/core/outcomes/index.js';
import { createFallbackChain, infraFailure } from '../../src/engines/fallback.js';
import { stageFromEngine } from '../../src/stages/deps.js';
import { makeRecord } from '../outcomes/support/records.js';
import { result, scriptedEngine } from '../engines/support/doubles.js';
import { makeTask, tempRepo } from '../engines/support/repo.js';

describe('stageFromEngine', () => {
  it('lists every link of a chain, with its engine, model, cost, tokens and outcome', async () => {
    const repo = await tempRepo();
    try {
      const first = { ...infraFailure(result('a', 'error'), 'HTTP 529'), costUsd: 0.9 };
      const r = await createFallbackChain([
        { engine: scriptedEngine('a', [first]), model: 'model-a' },
        { engine: scriptedEngine('b', [result('b', 'completed')]), model: 'model-b' },
      ]).run(makeTask(repo.dir, { budgetUsd: 2 }));
      const stage = stageFromEngine('write', r);
      expect(stage.costUsd).toBeCloseTo(0.901, 10);
      expect(stage.links?.map((l) => [l.engine, l.outcome, l.costUsd])).toEqual([
        ['a', 'error', 0.9],
        ['b', 'completed', 0.001],
      ]);
      expect(
        validateOutcomeRecord(makeRecord({ stages: [stage] }), { strict: true }),
      ).toMatchObject({ ok: true });
      // A lone engine's stage has no links field at all (records stay as they were).
      expect('links' in stageFromEngine('write', result('x', 'completed'))).toBe(false);
    } finally {
      await repo.cleanup();
    }
  });
});
