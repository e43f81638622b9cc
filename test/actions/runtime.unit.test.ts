// The action runtime's pure parts: inputs, routing, the review comment format, Slack blocks and
// the progress comment.
import { describe, expect, test } from '@jest/globals';
import { parseInputs } from '../../src/action/inputs.js';
import { failureMessage } from '../../src/action/main.js';
import { GitHubApiError } from '../../src/forge/github/errors.js';
import { planFor } from '../../src/action/route.js';
import { staleReason } from '../../src/action/stale.js';
import { configSchema } from '../../src/config/index.js';
import { LABELS } from '../../src/forge/github/labels.js';
import { slackBlocks } from '../../src/action/slack.js';
import { commentableLines, findingCommentBody } from '../../src/forge/github/review-poster.js';
import { renderProgress } from '../../src/forge/github/summary.js';
import { isStageDispatch, parseEvent } from '../../src/forge/github/events/parse-event.js';
import { track } from '../../src/core/findings.js';

const alice = { login: 'alice', type: 'User' };

describe('inputs', () => {
  test('are read once from INPUT_* names that keep their hyphens, and frozen', () => {
    const i = parseInputs(
      {
        'INPUT_GITHUB-TOKEN': ' t ',
        INPUT_ENGINE: 'claude-code, anthropic',
        'INPUT_MAX-ROUNDS': '3',
        'INPUT_ALLOWED-BOTS': 'a[bot],b[bot]',
      },
      'review',
    );
    expect(i).toMatchObject({
      githubToken: 't',
      engine: ['claude-code', 'anthropic'],
      maxRounds: 3,
      allowedBots: ['a[bot]', 'b[bot]'],
      stage: 'review',
    });
    expect(Object.isFrozen(i)).toBe(true);
  });

  test('bad values name the input and the fix', () => {
    expect(() => parseInputs({ 'INPUT_GITHUB-TOKEN': '' }, 'triage')).toThrow(
      /`github-token` is empty/,
    );
    expect(() =>
      parseInputs({ 'INPUT_GITHUB-TOKEN': 't', 'INPUT_MAX-ROUNDS': 'two' }, 'triage'),
    ).toThrow(/`max-rounds`: expected a whole number/);
    expect(() => parseInputs({ 'INPUT_GITHUB-TOKEN': 't', INPUT_STAGE: 'deploy' }, 'auto')).toThrow(
      /`stage`: expected one of triage, write, review, remediate, auto/,
    );
  });
});

describe('failure message', () => {
  test('an explained API error is shown as it is; a raw one names the call and what to do', () => {
    const explained = new GitHubApiError(
      'GitHub answered 502 (Bad Gateway) to POST /repos/o/r/pulls/3/reviews while posting the review, after the client retried it.',
      502,
      null,
    );
    expect(failureMessage(explained)).toBe(explained.message);
    const raw = Object.assign(new Error('Bad Gateway'), {
      status: 502,
      request: { method: 'POST', url: 'https://api.github.com/repos/o/r/issues/1/comments' },
    });
    expect(failureMessage(raw)).toMatch(
      /^GitHub answered 502 \(Bad Gateway\) to POST \/repos\/o\/r\/issues\/1\/comments, after the client's retries/,
    );
  });
});

describe('routing', () => {
  const none = { issueNumber: null, prNumber: null };
  const labeled = parseEvent('issues', {
    action: 'labeled',
    label: { name: 'ai-agent' },
    issue: { number: 4, title: 't', body: '', user: alice, labels: [] },
    sender: alice,
  });

  test("workflow_dispatch: the root action runs the workflow's stage input; review and remediate take the number as the PR", () => {
    const dispatch = (inputs: Record<string, string>) =>
      parseEvent('workflow_dispatch', { inputs, sender: alice });
    expect(planFor('auto', dispatch({ stage: 'review', number: '12' }), none)).toMatchObject({
      kind: 'run',
      stage: 'review',
      issue: null,
      pr: 12,
      source: 'workflow-dispatch',
    });
    expect(planFor('auto', dispatch({ stage: 'remediate', number: '12' }), none)).toMatchObject({
      stage: 'remediate',
      pr: 12,
    });
    for (const stage of ['auto', '']) {
      expect(planFor('auto', dispatch({ stage, number: '5' }), none)).toMatchObject({
        stage: 'triage',
        issue: 5,
        reactTo: { issueNumber: 5 },
      });
    }
    expect(planFor('auto', dispatch({ stage: 'write', number: '5' }), none)).toMatchObject({
      stage: 'write',
      issue: 5,
    });
    // A stage action runs its own stage, whatever the workflow's input says.
    expect(planFor('triage', dispatch({ stage: 'review', number: '5' }), none)).toMatchObject({
      stage: 'triage',
      issue: 5,
    });
  });

  test('each event goes to its stage; the root action picks it from the event', () => {
    expect(planFor('triage', labeled, none)).toMatchObject({
      kind: 'run',
      stage: 'triage',
      issue: 4,
      reactTo: { issueNumber: 4 },
      source: 'github-issue',
    });
    expect(planFor('auto', labeled, none)).toMatchObject({ kind: 'run', stage: 'triage' });
    const sync = parseEvent('pull_request', {
      action: 'synchronize',
      pull_request: {
        number: 9,
        head: { ref: 'agent/issue-4-t', sha: 'a'.repeat(40) },
        base: { ref: 'main' },
      },
      sender: alice,
    });
    expect(planFor('auto', sync, none)).toMatchObject({
      stage: 'review',
      pr: 9,
      source: 'pull-request',
    });
    const task = parseEvent('repository_dispatch', {
      action: 'agent-task',
      client_payload: { title: 'x', issue_number: '12' },
      sender: alice,
    });
    expect(planFor('write', task, none)).toMatchObject({ stage: 'write', issue: 12 });
  });

  test('a stage action given another stage’s event, or an unsupported event, does nothing and says why', () => {
    expect(planFor('review', labeled, none)).toEqual({
      kind: 'ignore',
      reason: expect.stringContaining('asks for the triage stage'),
    });
    expect(planFor('triage', parseEvent('push', {}), none)).toEqual({
      kind: 'ignore',
      reason: expect.stringContaining('nothing to do for push'),
    });
  });
});

describe('stale runs', () => {
  const none = { issueNumber: null, prNumber: null };
  const H0 = 'a'.repeat(40);
  const H1 = 'b'.repeat(40);
  const dispatch = (client_payload: Record<string, unknown>) => ({
    action: 'lailatov-remediate',
    client_payload: { issue: 4, pr: 9, round: 1, correlationId: 'c', ...client_payload },
    sender: { login: 'github-actions[bot]', type: 'Bot' },
  });

  test('a chaining dispatch is planned for the head its payload names; a push for the pushed head', () => {
    const headOf = (e: ReturnType<typeof parseEvent>) => isStageDispatch(e) && e.payload.headSha;
    const event = parseEvent('repository_dispatch', dispatch({ headSha: H0 }));
    expect(headOf(event)).toBe(H0);
    expect(planFor('remediate', event, none)).toMatchObject({
      startedFor: { headSha: H0, round: 1 },
    });
    // Sent by hand, without a head: whatever is current.
    const byHand = parseEvent('repository_dispatch', dispatch({}));
    expect(headOf(byHand)).toBeNull();
    expect(headOf(parseEvent('repository_dispatch', dispatch({ headSha: 'main' })))).toBeNull();
    expect(planFor('remediate', byHand, none)).toMatchObject({ startedFor: null });
    const sync = parseEvent('pull_request', {
      action: 'synchronize',
      pull_request: { number: 9, head: { ref: 'agent/issue-4-t', sha: H1 }, base: { ref: 'main' } },
      sender: alice,
    });
    expect(planFor('auto', sync, none)).toMatchObject({
      startedFor: { headSha: H1, round: null },
    });
  });

  test('a run is stale when the PR head moved on, or a newer round already ran', () => {
    const now = { pr: 9, headSha: H1, round: 1 };
    expect(staleReason(null, now)).toBeNull();
    expect(staleReason({ headSha: H1, round: 1 }, now)).toBeNull();
    expect(staleReason({ headSha: H1, round: null }, now)).toBeNull();
    expect(staleReason({ headSha: H0, round: 1 }, now)).toMatch(
      /started for aaaaaaaaaaaa, but PR #9 has moved on to bbbbbbbbbbbb/,
    );
    expect(staleReason({ headSha: H1, round: 0 }, now)).toMatch(
      /started for round 0, but PR #9 is at round 1 already/,
    );
  });
});

describe('label names', () => {
  test('the config defaults are the names the suite creates with colors (issue #6: agent:escalated)', () => {
    expect(configSchema.parse({}).labels).toMatchObject({
      trigger: LABELS.trigger.name,
      needsClarification: LABELS.needsClarification.name,
      escalated: LABELS.escalated.name,
      blocked: LABELS.blocked.name,
      incomplete: LABELS.incomplete.name,
    });
    expect(LABELS.escalated.name).toBe('agent:escalated');
  });
});

describe('review comments', () => {
  const patch = '@@ -10,3 +10,4 @@ x\n a\n-b\n+c\n+d\n e';
  test('only right-side lines of the hunks can carry a comment', () => {
    expect([...commentableLines(patch)]).toEqual([10, 11, 12, 13]);
  });

  test('a fenced code suggestion becomes a suggestion block; prose stays prose; the fingerprint is hidden', () => {
    const base = {
      severity: 'major' as const,
      path: 'a.js',
      startLine: 11,
      endLine: 12,
      rule: 'r',
      message: 'm',
    };
    const code = track({ ...base, suggestion: '```js\nconst c = 1;\n```' }, 0);
    expect(findingCommentBody(code)).toContain('```suggestion\nconst c = 1;\n```');
    const prose = track({ ...base, suggestion: 'Add a test.' }, 0);
    expect(findingCommentBody(prose)).toContain('Suggestion: Add a test.');
    expect(findingCommentBody(prose)).not.toContain('```suggestion');
    expect(findingCommentBody(prose)).toContain(`<!-- lailatov:finding:${prose.fingerprint} -->`);
  });
});

describe('Slack and progress', () => {
  test('an escalation is Block Kit: header, mrkdwn section, links', () => {
    const b = slackBlocks(
      { level: 'warning', title: 'Issue #4 escalated', text: '**Still open:**\n- [major] r' },
      [{ text: 'PR', url: 'https://x/pr/1' }],
    );
    expect(b.blocks.map((x) => x.type)).toEqual(['header', 'section', 'context']);
    expect(JSON.stringify(b.blocks[1])).toContain('*Still open:*\\n• [major] r');
    expect(JSON.stringify(b.blocks[2])).toContain('<https://x/pr/1|PR>');
  });

  test("untrusted text is escaped for Slack's mrkdwn: no mention pings, no link is forged", () => {
    const b = slackBlocks(
      {
        level: 'warning',
        title: 'Issue #4: <!here> & co',
        text: 'From the issue: <!channel> <@U123> <https://evil|click> a && b > c',
      },
      [{ text: 'PR <!everyone>', url: 'https://x/pr/1' }],
    );
    const section = JSON.stringify(b.blocks[1]);
    expect(section).toContain(
      'From the issue: &lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|click&gt; a &amp;&amp; b &gt; c',
    );
    expect(section).not.toMatch(/<[!@h]/);
    expect(JSON.stringify(b.blocks[2])).toContain('<https://x/pr/1|PR &lt;!everyone&gt;>');
    expect(b.text).toBe('⚠️ Issue #4: &lt;!here&gt; &amp; co');
    // The cap applies to the escaped text, and never leaves half an entity.
    const long = slackBlocks({ level: 'info', title: 't', text: '&'.repeat(5000) }, []);
    const cut = JSON.stringify(long.blocks[1]);
    expect(cut).toMatch(/(&amp;)+…/);
    expect((long.blocks[1] as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(
      3000,
    );
  });

  test('the progress comment ticks finished steps and shows the cost so far', () => {
    const text = renderProgress({
      issue: 4,
      step: 'review',
      outcome: null,
      note: 'reviewing',
      round: 0,
      stages: [],
      runUrl: 'https://run',
      prUrl: 'https://pr',
    });
    expect(text).toContain('- [x] Triage');
    expect(text).toContain('- [x] Write the change');
    expect(text).toContain('- [ ] ⏳ Review');
    expect(text).toContain('**Cost so far:** $0.0000');
  });
});
