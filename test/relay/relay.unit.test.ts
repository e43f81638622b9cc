import { describe, expect, it } from '@jest/globals';
import { statusText, taskOrigin } from '../../src/action/task-status.js';
import { parseOrigin } from '../../src/action/pr-marker.js';
import { isUserError } from '../../src/core/errors.js';
import { clickupRepo, parseRelayConfig } from '../../src/relay/config.js';
import { hmacSha256Hex, verifySignature } from '../../src/relay/signature.js';
import { agentTask as task } from './agent-task.js';

function problemsOf(value: unknown): string[] {
  try {
    parseRelayConfig(value, 'relay.json');
  } catch (e) {
    if (isUserError(e)) return [e.message, ...e.problems];
  }
  return [];
}

describe('relay config', () => {
  it('defaults: tag ai-agent, 256 KiB, 60 a minute, 60 s', () => {
    expect(parseRelayConfig({ clickup: { routes: [{ list: 162641062, repo: 'a/b' }] } })).toEqual({
      clickup: {
        tag: 'ai-agent',
        riskField: null,
        users: null,
        routes: [{ workspace: null, list: '162641062', repo: 'a/b' }],
      },
      linear: null,
      maxBodyBytes: 262144,
      ratePerMinute: 60,
      maxAgeSeconds: 60,
    });
  });

  it('every problem names its field', () => {
    const p = problemsOf({
      clickup: { routes: [{ repo: 'a/b' }, { list: '1', repo: 'nope' }], tags: 'x' },
      linear: { routes: [] },
      ratePerMinute: 0,
    });
    expect(p[0]).toContain('relay.json is invalid (5 problems)');
    expect(p.slice(1)).toEqual([
      'clickup.tags: unknown field; expected one of tag, riskField, users, routes',
      'clickup.routes[0].workspace: give a workspace id, a list id, or both',
      'clickup.routes[1].repo: expected "owner/name" of a GitHub repository, got "nope"',
      'linear.routes: expected a non-empty list of routes',
      'ratePerMinute: expected a whole number above 0, got 0',
    ]);
    expect(problemsOf({})[1]).toContain('give clickup or linear');
  });

  it('a route naming the list wins over one naming the workspace', () => {
    const routes = [
      { workspace: 'w', list: null, repo: 'o/ws' },
      { workspace: null, list: 'l', repo: 'o/list' },
    ];
    expect(clickupRepo(routes, { workspace: 'w', list: 'l' })).toBe('o/list');
    expect(clickupRepo(routes, { workspace: 'w', list: 'x' })).toBe('o/ws');
    expect(clickupRepo(routes, { workspace: 'v', list: 'x' })).toBeNull();
  });
});

describe('signature', () => {
  it('accepts the hex HMAC under any configured secret, nothing else', () => {
    const body = Buffer.from('{"a":1}');
    const sig = hmacSha256Hex('s2', body);
    expect(verifySignature(['s1', 's2'], body, sig)).toBe(true);
    expect(verifySignature(['s1', 's2'], body, sig.toUpperCase())).toBe(true);
    expect(verifySignature(['s1'], body, sig)).toBe(false);
    expect(verifySignature(['s2'], body, null)).toBe(false);
    expect(verifySignature(['s2'], body, 'zz')).toBe(false);
    expect(verifySignature([''], body, hmacSha256Hex('', body))).toBe(false);
  });
});

describe('status back', () => {
  it('the origin: the relays, the predecessor ClickUp relay, and nothing else', () => {
    expect(taskOrigin(task({ source: 'linear', sourceId: 'L1' }))).toEqual({
      source: 'linear',
      id: 'L1',
      url: null,
    });
    expect(taskOrigin(task({ source: 'clickup', sourceId: 'c1', taskUrl: 'u' }))).toEqual({
      source: 'clickup',
      id: 'c1',
      url: 'u',
    });
    expect(taskOrigin(task({ clickupTaskId: 'cu-9' }))).toEqual({
      source: 'clickup',
      id: 'cu-9',
      url: null,
    });
    expect(taskOrigin(task({ source: 'github-issue', clickupTaskId: 'gh-42' }))).toBeNull();
    expect(taskOrigin(null)).toBeNull();
    expect(parseOrigin({ source: 'jira', id: 'x' })).toBeNull();
    expect(parseOrigin({ source: 'linear', id: 'x' })).toEqual({
      source: 'linear',
      id: 'x',
      url: null,
    });
  });
  it('a comment for PR opened, ready and a stop; none for a step in between', () => {
    const r = (outcome: string) =>
      statusText({ outcome, prUrl: 'https://g/pr/3', why: 'Round limit.' });
    expect(r('pr_opened')).toContain('opened a draft pull request: https://g/pr/3');
    expect(r('ready')).toContain('ready for a human review: https://g/pr/3');
    expect(r('escalated')).toContain('stopped (escalated)');
    expect(r('escalated')).toContain('Round limit.');
    expect(r('findings')).toBeNull();
    expect(r('remediated')).toBeNull();
  });
});
