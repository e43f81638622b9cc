// Issue 14, Build 3: a comment command becomes a command event and a plan for the root action;
// the stage actions leave it alone (it is the root action's, through the router's command job).
import { describe, expect, test } from '@jest/globals';
import { planNeeded } from '../../src/action/commands/plan.js';
import { linkedIssue } from '../../src/action/commands/human-review.js';
import { planFor } from '../../src/action/route.js';
import { parseEvent } from '../../src/forge/github/events/parse-event.js';

const payload = (body: string, o: { pr?: boolean; labels?: string[] } = {}) => ({
  action: 'created',
  issue: {
    number: 7,
    title: 't',
    body: '',
    user: { login: 'alice' },
    labels: (o.labels ?? []).map((name) => ({ name })),
    ...(o.pr && { pull_request: { url: 'x' } }),
  },
  comment: { id: 55, body, user: { login: 'bob', type: 'User' } },
  sender: { login: 'bob', type: 'User' },
});
const inputs = { issueNumber: null, prNumber: null };

describe('a comment command', () => {
  test('on a PR is a command event, planned for the root action with the PR', () => {
    const e = parseEvent('issue_comment', payload('@lailatov ask why?', { pr: true }));
    expect(e).toMatchObject({ kind: 'command', onPullRequest: true, command: { name: 'ask' } });
    const plan = planFor('auto', e, inputs);
    expect(plan).toMatchObject({
      kind: 'run',
      stage: 'review',
      pr: 7,
      issue: null,
      reactTo: { commentId: 55 },
      source: 'issue-comment',
      command: { commentId: 55, number: 7, onPullRequest: true },
    });
  });

  test('comes before the clarification reply on a labeled issue', () => {
    const e = parseEvent('issue_comment', payload('/plan', { labels: ['needs-clarification'] }));
    expect(planFor('auto', e, inputs)).toMatchObject({ stage: 'write', issue: 7 });
  });

  test('a reply that holds no command is still the clarification reply', () => {
    const e = parseEvent(
      'issue_comment',
      payload('thanks @lailatov', { labels: ['needs-clarification'] }),
    );
    expect(e.kind).toBe('issue-comment');
  });

  test('uses the configured mention', () => {
    const e = parseEvent('issue_comment', payload('@acme help'), { mention: '@acme' });
    expect(e).toMatchObject({ kind: 'command', command: { name: 'help' } });
    expect(parseEvent('issue_comment', payload('@lailatov help'), { mention: '@acme' }).kind).toBe(
      'unsupported',
    );
  });

  test('is ignored by a stage action, with the reason', () => {
    const e = parseEvent('issue_comment', payload('@lailatov review', { pr: true }));
    expect(planFor('review', e, inputs)).toMatchObject({
      kind: 'ignore',
      reason: expect.stringContaining('lailatov action (stage auto)'),
    });
  });
});

test('plan approval: always, never, or for high-complexity or high-risk work', () => {
  const high = { complexity: 'high' as const };
  const low = { complexity: 'low' as const };
  const task = (riskTier: string | null) => ({
    title: 't',
    description: '',
    issueNumber: 1,
    riskTier,
    correlationId: null,
    clickupTaskId: null,
    complexity: null,
    source: null,
    branch: null,
    sourceId: null,
    taskUrl: null,
  });
  expect(planNeeded({ planApproval: 'high' }, high, null)).toBe(true);
  expect(planNeeded({ planApproval: 'high' }, low, null)).toBe(false);
  expect(planNeeded({ planApproval: 'high' }, null, task('high'))).toBe(true);
  expect(planNeeded({ planApproval: 'high' }, null, task('low'))).toBe(false);
  expect(planNeeded({ planApproval: 'always' }, low, null)).toBe(true);
  expect(planNeeded({ planApproval: 'never' }, high, task('high'))).toBe(false);
});

test('the issue a PR body closes', () => {
  expect(linkedIssue('This fixes #12.')).toBe(12);
  expect(linkedIssue('Closes #3 and more')).toBe(3);
  expect(linkedIssue('See #4')).toBeNull();
});
