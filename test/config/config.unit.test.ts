import { describe, expect, test } from '@jest/globals';
import { applyOverrides, parseConfig, testCommandArgs } from '../../src/config/index.js';
import { UserError } from '../../src/core/errors.js';

function problems(text: string): string[] {
  try {
    parseConfig(text);
  } catch (e) {
    if (e instanceof UserError) return [...e.problems];
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('.github/lailatov.yml', () => {
  test('an empty file gives the documented defaults', () => {
    const c = parseConfig('');
    expect(c.baseBranch).toBe('main');
    expect(c.maxRemediationRounds).toBe(2);
    expect(c.budgets).toEqual({ issue: 10, triage: 0.5, write: 5, review: 1, remediate: 2 });
    expect(c.engines.write).toEqual(['anthropic']);
    expect(c.slackWebhookEnv).toBe('SLACK_WEBHOOK_URL');
    expect(c.testCommand).toBeNull();
  });

  test('errors name the key and what was expected', () => {
    expect(problems('budgets:\n  issue: -3\n')).toEqual([
      'budgets.issue: expected a positive number',
    ]);
    expect(problems('budgets:\n  isue: 3\n')).toEqual([
      'budgets.isue: unknown key (check the spelling; see the docs)',
    ]);
    expect(problems('maxRemediationRounds: 1.5\nengines:\n  write: []\n')).toEqual([
      'maxRemediationRounds: expected a whole number >= 0',
      'engines.write: expected at least one engine',
    ]);
    expect(problems('baseBranch: [\n')[0]).toMatch(/not valid YAML|Flow sequence/);
  });

  test('flags override the file and are validated the same way', () => {
    const c = applyOverrides(parseConfig('baseBranch: develop\nbudgets:\n  issue: 4\n'), {
      engines: { write: ['replay'] },
      issueBudgetUsd: 1,
    });
    expect(c.baseBranch).toBe('develop');
    expect(c.engines).toEqual({ write: ['replay'], remediate: ['anthropic'] });
    expect(c.budgets.issue).toBe(1);
    expect(() => applyOverrides(c, { maxRemediationRounds: -1 })).toThrow(
      'maxRemediationRounds: expected a whole number >= 0',
    );
  });

  test('the test command is an argument list, never a shell string', () => {
    expect(testCommandArgs(parseConfig('testCommand: npm  test -- --ci\n'))).toEqual([
      'npm',
      'test',
      '--',
      '--ci',
    ]);
    expect(testCommandArgs(parseConfig('testCommand: [node, --test]\n'))).toEqual([
      'node',
      '--test',
    ]);
  });
});
