// learn's optional model call rewords rules; it never changes which rules there are or their
// evidence, and its words are kept to one line of plain text.
import { describe, expect, it } from '@jest/globals';
import { learnRules } from '../../src/core/learn/rules.js';
import { wordRules } from '../../src/stages/learn-wording.js';
import { handMadeLog, viewsOf } from '../outcomes/support/hand-made-log.js';
import { queueModel } from './doubles.js';

describe('wordRules', () => {
  const res = learnRules(viewsOf(handMadeLog()));

  it('takes the model text for the ids it answers, keeps the rest, the order and the evidence', async () => {
    const model = queueModel({
      word_rules: [
        {
          rules: [
            {
              id: 'tier:high',
              text: 'Plan high-risk issues first:\n\n## they escalated 2 of 3 times <b>.',
            },
            { id: 'made-up', text: 'A rule the log never supported.' },
          ],
        },
      ],
    });
    const worded = await wordRules(model, 'claude-sonnet-4-6', res.rules);
    expect(worded.rules.map((r) => r.id)).toEqual(res.rules.map((r) => r.id));
    const tier = worded.rules.find((r) => r.id === 'tier:high');
    expect(tier?.text).toBe('Plan high-risk issues first: ## they escalated 2 of 3 times .');
    expect(tier?.evidence).toEqual(res.rules.find((r) => r.id === 'tier:high')?.evidence);
    const finding = worded.rules.find((r) => r.id === 'finding:sql-injection');
    expect(finding?.text).toBe(res.rules.find((r) => r.id === 'finding:sql-injection')?.text);
    expect(worded.costUsd).toBe(0.001);
    // The rules reach the prompt fenced, as data.
    expect(model.requests).toHaveLength(1);
    expect(model.requests[0]?.prompt).toContain('rules derived from the outcome log');
    expect(model.requests[0]?.stage).toBe('learn');
  });

  it('makes no call when there is nothing to word', async () => {
    const model = queueModel({});
    expect((await wordRules(model, 'm', [])).rules).toEqual([]);
    expect(model.requests).toHaveLength(0);
  });
});
