// Event payloads as GitHub (and the predecessor's senders) deliver them, parsed at the boundary.
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import {
  isAgentTask,
  isIssueComment,
  isIssueLabeled,
  isPrSynchronize,
  isStageDispatch,
  isUnsupported,
  isWorkflowDispatch,
  parseEvent,
  type TriggerEvent,
} from '../../../src/forge/github/events/parse-event.js';
import { stageDispatchRequest } from '../../../src/forge/github/events/dispatch.js';

const alice = { login: 'alice', type: 'User', id: 1 };
const issue = (overrides: Record<string, unknown> = {}) => ({
  number: 12,
  title: 'Add a dark mode',
  body: 'Please.',
  user: { login: 'reporter', type: 'User' },
  labels: [{ name: 'ai-agent' }],
  ...overrides,
});

function errorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('parseEvent', () => {
  it('issues.labeled with the trigger label', () => {
    const event = parseEvent('issues', {
      action: 'labeled',
      label: { name: 'ai-agent' },
      issue: issue(),
      sender: alice,
    });
    expect(isIssueLabeled(event)).toBe(true);
    expect(event).toEqual({
      kind: 'issue-labeled',
      sender: { login: 'alice', type: 'User' },
      label: 'ai-agent',
      issue: {
        number: 12,
        title: 'Add a dark mode',
        body: 'Please.',
        author: 'reporter',
        labels: ['ai-agent'],
      },
    });
  });

  it('issues.labeled with another label, or a custom trigger label', () => {
    const payload = { action: 'labeled', label: { name: 'bug' }, issue: issue(), sender: alice };
    const other = parseEvent('issues', payload);
    expect(other).toEqual({
      kind: 'unsupported',
      eventName: 'issues',
      reason: 'nothing to do for issues: label "bug" is not the trigger label "ai-agent"',
    });
    expect(parseEvent('issues', payload, { triggerLabel: 'bug' }).kind).toBe('issue-labeled');
    expect(parseEvent('issues', { ...payload, action: 'opened' }).kind).toBe('unsupported');
  });

  it('issue_comment.created on an issue awaiting clarification; not on a PR, not elsewhere', () => {
    const payload = {
      action: 'created',
      issue: issue({ labels: [{ name: 'needs-clarification' }], body: null }),
      comment: {
        id: 99,
        body: 'It should follow the OS setting.',
        user: { login: 'reporter', type: 'User' },
      },
      sender: { login: 'reporter', type: 'User' },
    };
    const event = parseEvent('issue_comment', payload);
    if (!isIssueComment(event)) throw new Error(`got ${event.kind}`);
    expect(event.comment).toEqual({
      id: 99,
      body: 'It should follow the OS setting.',
      author: { login: 'reporter', type: 'User' },
    });
    expect(event.issue.body).toBe('');

    const onPr = parseEvent('issue_comment', {
      ...payload,
      issue: { ...payload.issue, pull_request: { url: 'x' } },
    });
    expect(onPr).toMatchObject({
      kind: 'unsupported',
      reason: expect.stringContaining('on a pull request'),
    });
    const notWaiting = parseEvent('issue_comment', { ...payload, issue: issue() });
    expect(notWaiting).toMatchObject({
      kind: 'unsupported',
      reason: expect.stringContaining('not labeled "needs-clarification"'),
    });
  });

  it("repository_dispatch agent-task: the predecessor's payload, issue_number as a string", () => {
    const event = parseEvent('repository_dispatch', {
      action: 'agent-task',
      client_payload: {
        clickup_task_id: 'gh-42',
        title: 'Fix login',
        description: 'Users cannot log in',
        correlation_id: '0f8fad5b-d9cb-469f-a165-70867728950e',
        risk_tier: 'high',
        complexity: 'standard',
        source: 'github-issue',
        issue_number: '42',
      },
      sender: { login: 'agentfactory-bot[bot]', type: 'Bot' },
    });
    if (!isAgentTask(event)) throw new Error(`got ${event.kind}`);
    expect(event.task).toEqual({
      title: 'Fix login',
      description: 'Users cannot log in',
      issueNumber: 42,
      riskTier: 'high',
      correlationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      clickupTaskId: 'gh-42',
      complexity: 'standard',
      source: 'github-issue',
      branch: null,
      sourceId: null,
      taskUrl: null,
    });
    expect(event.sender).toEqual({ login: 'agentfactory-bot[bot]', type: 'Bot' });
  });

  it('agent-task from the ClickUp relay: numeric or missing issue_number, a branch', () => {
    const base = { action: 'agent-task', sender: alice };
    const numeric = parseEvent('repository_dispatch', {
      ...base,
      client_payload: { title: 'T', issue_number: 7 },
    });
    expect(numeric).toMatchObject({ task: { issueNumber: 7, description: '' } });
    const relay = parseEvent('repository_dispatch', {
      ...base,
      client_payload: { title: 'T', clickup_task_id: 'abc', branch: 'agent/cu-abc' },
    });
    expect(relay).toMatchObject({
      task: { issueNumber: null, clickupTaskId: 'abc', branch: 'agent/cu-abc' },
    });
  });

  it('bad agent-task payloads name the field', () => {
    const bad = (client_payload: unknown) => () =>
      parseEvent('repository_dispatch', { action: 'agent-task', client_payload, sender: alice });
    expect(errorOf(bad({ title: 'T', issue_number: 'forty-two' })).message).toMatch(
      /client_payload\.issue_number: must be a positive whole number or a string of digits/,
    );
    expect(errorOf(bad({ title: 'T', issue_number: '0' })).message).toContain(
      'client_payload.issue_number',
    );
    expect(errorOf(bad({ title: 'T', issue_number: -3 })).message).toContain(
      'client_payload.issue_number',
    );
    expect(errorOf(bad({ description: 'no title' })).message).toContain('client_payload.title');
    expect(errorOf(bad({ title: '   ' })).message).toMatch(/client_payload\.title: is required/);
    expect(errorOf(bad({ title: 'T', risk_tier: 3 })).problems).toEqual([
      expect.stringMatching(/^client_payload\.risk_tier: /),
    ]);
  });

  it.each([
    ['lailatov-write', 'write', null],
    ['lailatov-review', 'review', 8],
    ['lailatov-remediate', 'remediate', 8],
  ] as const)('repository_dispatch %s chains to %s', (type, stage, pr) => {
    const request = stageDispatchRequest(stage, { issue: 12, pr, round: 1, correlationId: 'c-1' });
    expect(request.event_type).toBe(type);
    const event = parseEvent('repository_dispatch', {
      action: request.event_type,
      client_payload: request.client_payload,
      sender: alice,
    });
    if (!isStageDispatch(event)) throw new Error(`got ${event.kind}`);
    expect(event).toMatchObject({
      stage,
      payload: { issue: 12, pr, round: 1, correlationId: 'c-1' },
    });
  });

  it('bad stage payloads name the field; unknown dispatch types are not ours', () => {
    expect(
      errorOf(() =>
        parseEvent('repository_dispatch', {
          action: 'lailatov-review',
          client_payload: { issue: 3, round: 1 },
          sender: alice,
        }),
      ).message,
    ).toMatch(
      /repository_dispatch lailatov-review: bad event payload: client_payload\.correlationId/,
    );
    expect(
      parseEvent('repository_dispatch', { action: 'deploy', client_payload: {}, sender: alice }),
    ).toMatchObject({
      kind: 'unsupported',
      reason:
        'nothing to do for repository_dispatch: event type "deploy" is not one of LailaTov\'s',
    });
  });

  it('pull_request.synchronize on an agent/* head by a human; not by a bot, not on other heads', () => {
    const payload = {
      action: 'synchronize',
      pull_request: {
        number: 8,
        draft: true,
        head: { ref: 'agent/issue-12', sha: 'a'.repeat(40) },
        base: { ref: 'main' },
      },
      sender: alice,
    };
    const event = parseEvent('pull_request', payload);
    if (!isPrSynchronize(event)) throw new Error(`got ${event.kind}`);
    expect(event.pr).toEqual({
      number: 8,
      draft: true,
      headRef: 'agent/issue-12',
      headSha: 'a'.repeat(40),
      baseRef: 'main',
    });

    const otherHead = {
      ...payload,
      pull_request: { ...payload.pull_request, head: { ref: 'feature/x', sha: 'b' } },
    };
    expect(parseEvent('pull_request', otherHead)).toMatchObject({
      kind: 'unsupported',
      reason: expect.stringContaining('not an agent/* branch'),
    });
    const byBot = { ...payload, sender: { login: 'lailatov[bot]', type: 'Bot' } };
    expect(parseEvent('pull_request', byBot)).toMatchObject({
      kind: 'unsupported',
      reason: expect.stringContaining('pushed by the bot'),
    });
    expect(parseEvent('pull_request', { ...payload, action: 'opened' }).kind).toBe('unsupported');
  });

  it('workflow_dispatch with an issue-number input', () => {
    const event = parseEvent('workflow_dispatch', {
      inputs: { 'issue-number': '15' },
      ref: 'refs/heads/main',
      sender: alice,
    });
    expect(isWorkflowDispatch(event) && event.issueNumber).toBe(15);
    expect(
      errorOf(() => parseEvent('workflow_dispatch', { inputs: {}, sender: alice })).message,
    ).toContain('inputs.issue-number');
    expect(
      errorOf(() =>
        parseEvent('workflow_dispatch', { inputs: { 'issue-number': '1.5' }, sender: alice }),
      ).message,
    ).toContain('inputs.issue-number');
  });

  it('workflow_dispatch from the router (lailatov.yml): its input is `number`', () => {
    const event = parseEvent('workflow_dispatch', {
      inputs: { stage: 'triage', number: '15' },
      ref: 'refs/heads/main',
      sender: alice,
    });
    expect(isWorkflowDispatch(event) && event.issueNumber).toBe(15);
    // An empty `number` (not given) leaves room for a workflow of one's own using issue-number.
    const own = parseEvent('workflow_dispatch', {
      inputs: { number: '', 'issue-number': '7' },
      sender: alice,
    });
    expect(isWorkflowDispatch(own) && own.issueNumber).toBe(7);
    expect(
      errorOf(() =>
        parseEvent('workflow_dispatch', { inputs: { number: 'twelve' }, sender: alice }),
      ).problems,
    ).toEqual([
      'inputs.number: must be a positive whole number or a string of digits, got "twelve"',
    ]);
  });

  it("workflow_dispatch's stage input: a stage, auto or nothing; anything else is named", () => {
    const stageOf = (stage: unknown) => {
      const event = parseEvent('workflow_dispatch', {
        inputs: { stage, number: '3' },
        sender: alice,
      });
      return isWorkflowDispatch(event) ? event.stage : 'not a dispatch';
    };
    expect(stageOf('review')).toBe('review');
    expect(stageOf(' remediate ')).toBe('remediate');
    expect(stageOf('auto')).toBeNull();
    expect(stageOf('')).toBeNull();
    expect(stageOf(undefined)).toBeNull();
    for (const bad of ['deploy', 'constructor']) {
      expect(
        errorOf(() =>
          parseEvent('workflow_dispatch', { inputs: { stage: bad, number: '3' }, sender: alice }),
        ).problems,
      ).toEqual([`inputs.stage: must be auto, triage, write, review, remediate; got "${bad}"`]);
    }
  });

  it('a wrong field says what was expected and what came; a missing object is named once', () => {
    const error = errorOf(() =>
      parseEvent('pull_request', {
        action: 'synchronize',
        pull_request: { number: '8', draft: 'yes', head: { ref: 'agent/x' } },
        sender: { login: 'alice', type: null },
      }),
    );
    expect(error.message).toMatch(/^pull_request\.synchronize: bad event payload: /);
    expect(error.problems).toEqual([
      'pull_request.base: is missing (expected an object)',
      'pull_request.number: expected a whole number >= 1, got a string ("8")',
      'pull_request.head.sha: is missing (expected a string)',
      'pull_request.draft: expected true or false, got a string ("yes")',
      'sender.type: expected a string, got null',
    ]);
    expect(
      errorOf(() =>
        parseEvent('issues', {
          action: 'labeled',
          issue: { ...issue(), labels: [{ name: 'ai-agent' }, 3] },
          label: { name: 'ai-agent' },
          sender: alice,
        }),
      ).problems,
    ).toEqual(['issue.labels.1: expected a label object or a label name, got a number (3)']);
    expect(errorOf(() => parseEvent('repository_dispatch', null)).problems).toEqual([
      '(payload): expected an object, got null',
    ]);
  });

  it('any other event: nothing to do, with the reason', () => {
    const event: TriggerEvent = parseEvent('push', { ref: 'refs/heads/main' });
    expect(isUnsupported(event)).toBe(true);
    expect(event).toEqual({
      kind: 'unsupported',
      eventName: 'push',
      reason: 'nothing to do for push: LailaTov does not act on this event',
    });
  });

  it('a payload that is not an object names the missing fields, not a crash', () => {
    expect(errorOf(() => parseEvent('issues', { action: 'labeled' })).problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^issue: /),
        expect.stringMatching(/^label: /),
        expect.stringMatching(/^sender: /),
      ]),
    );
    expect(parseEvent('issues', null).kind).toBe('unsupported');
  });
});
