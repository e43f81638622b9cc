import { describe, expect, it } from '@jest/globals';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';

// Evaluates the router's job-level `if:` expressions with GitHub's own expression engine
// (@actions/expressions, the library behind @actions/workflow-parser) against event payloads,
// so the routing table in .github/workflows/lailatov.yml is tested, not just parsed.

const repo = path.resolve(import.meta.dirname, '../..');

interface Job {
  if?: string;
}

async function load(rel: string) {
  const doc = YAML.parse(await readFile(path.join(repo, rel), 'utf8'));
  const inputs = Object.fromEntries(
    Object.entries(doc.on?.workflow_call?.inputs ?? {}).map(([k, v]) => [
      k,
      (v as { default?: unknown }).default ?? '',
    ]),
  );
  return { jobs: doc.jobs as Record<string, Job>, inputs };
}

function evaluate(expr: string, context: Record<string, unknown>): boolean {
  const lexed = new Lexer(expr).lex();
  const parsed = new Parser(lexed.tokens, Object.keys(context), []).parse();
  const ctx = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  return truthy(new Evaluator(parsed, ctx).evaluate());
}

type Event = { name: string; payload: Record<string, unknown>; headRef?: string };

async function routed(rel: string, event: Event, inputs: Record<string, unknown> = {}) {
  const wf = await load(rel);
  const context = {
    github: {
      event_name: event.name,
      event: event.payload,
      repository: 'acme/app',
      head_ref: event.headRef ?? '',
    },
    inputs: { ...wf.inputs, ...inputs },
  };
  return Object.entries(wf.jobs)
    .filter(([, job]) => job.if === undefined || evaluate(job.if, context))
    .map(([id]) => id);
}

const human = { login: 'alice', type: 'User' };
const bot = { login: 'lailatov[bot]', type: 'Bot' };
const labeled = (label: string) => ({
  name: 'issues',
  payload: { action: 'labeled', label: { name: label }, issue: { number: 7, labels: [] } },
});
const comment = (labels: string[], user = human, onPr = false) => ({
  name: 'issue_comment',
  payload: {
    action: 'created',
    issue: {
      number: 7,
      labels: labels.map((name) => ({ name })),
      ...(onPr && { pull_request: { url: 'x' } }),
    },
    comment: { body: 'answer', user },
  },
});
const said = (
  body: string,
  o: { user?: typeof human; onPr?: boolean; labels?: string[] } = {},
) => ({
  name: 'issue_comment',
  payload: {
    action: 'created',
    issue: {
      number: 7,
      labels: (o.labels ?? []).map((name) => ({ name })),
      ...(o.onPr && { pull_request: { url: 'x' } }),
    },
    comment: { body, user: o.user ?? human },
  },
});
const reviewed = (
  state: string,
  o: { ref?: string; user?: typeof human; fork?: boolean; kind?: 'review' | 'comment' } = {},
) => {
  const pull_request = {
    number: 9,
    head: {
      ref: o.ref ?? 'agent/issue-7',
      repo: { full_name: o.fork ? 'mallory/app' : 'acme/app' },
    },
  };
  return o.kind === 'comment'
    ? {
        name: 'pull_request_review_comment',
        payload: { action: 'created', comment: { body: 'x', user: o.user ?? human }, pull_request },
      }
    : {
        name: 'pull_request_review',
        payload: { action: 'submitted', review: { state, user: o.user ?? human }, pull_request },
      };
};
const dispatch = (action: string) => ({
  name: 'repository_dispatch',
  payload: { action, client_payload: { issue_number: '7', title: 't', description: 'd' } },
});
const push = (ref: string, sender = human, fork = false) => ({
  name: 'pull_request',
  headRef: ref,
  payload: {
    action: 'synchronize',
    sender,
    pull_request: {
      number: 9,
      head: { ref, repo: { full_name: fork ? 'mallory/app' : 'acme/app' } },
    },
  },
});
const manual = (stage: string) => ({
  name: 'workflow_dispatch',
  payload: { inputs: { stage, number: '7' } },
});

const ROUTER = '.github/workflows/lailatov.yml';

describe('the lailatov.yml router', () => {
  it.each<[string, Event, string[]]>([
    ['the trigger label', labeled('ai-agent'), ['triage']],
    ['another label', labeled('bug'), []],
    ['a human reply on a needs-clarification issue', comment(['needs-clarification']), ['triage']],
    ['a reply on an issue that asked nothing', comment(['ai-agent']), []],
    ["the suite's own comment", comment(['needs-clarification'], bot), []],
    ['a comment on a pull request', comment(['needs-clarification'], human, true), []],
    ["the predecessor's agent-task dispatch", dispatch('agent-task'), ['write']],
    ['lailatov-triage', dispatch('lailatov-triage'), ['triage']],
    ['lailatov-write', dispatch('lailatov-write'), ['write']],
    ['lailatov-review', dispatch('lailatov-review'), ['review']],
    ['lailatov-remediate', dispatch('lailatov-remediate'), ['remediate']],
    ['an unknown dispatch type', dispatch('deploy'), []],
    ['a human push to an agent/* PR', push('agent/issue-7'), ['review']],
    ['a bot push to an agent/* PR', push('agent/issue-7', bot), []],
    ['a push to a human branch', push('feature/x'), []],
    ['a fork branch named agent/*', push('agent/issue-7', human, true), []],
    ['workflow_dispatch triage', manual('triage'), ['triage']],
    ['workflow_dispatch write', manual('write'), ['write']],
    ['workflow_dispatch review', manual('review'), ['review']],
    ['workflow_dispatch remediate', manual('remediate'), ['remediate']],
    ['an event the router does not handle', { name: 'push', payload: {} }, ['unsupported']],
    ['a command on an issue', said('@lailatov plan'), ['command']],
    ['a command on a PR', said('@lailatov review', { onPr: true }), ['command']],
    ['a slash command on a PR', said('/describe', { onPr: true }), ['command']],
    [
      'a mention in a reply to a question',
      said('thanks @lailatov', { labels: ['needs-clarification'] }),
      ['command'],
    ],
    ['an unrelated comment on a PR', said('looks good to me', { onPr: true }), []],
    ['an unrelated comment on an issue', said('+1'), []],
    ["a bot's comment with the mention", said('@lailatov help', { user: bot }), []],
    ['changes requested on an agent PR', reviewed('changes_requested'), ['review-feedback']],
    ['a commented review on an agent PR', reviewed('commented'), ['review-feedback']],
    ['an approval on an agent PR', reviewed('approved'), []],
    ["a bot's review on an agent PR", reviewed('changes_requested', { user: bot }), []],
    ['a review on a human PR', reviewed('changes_requested', { ref: 'feature/x' }), []],
    ['a review on a fork named agent/*', reviewed('changes_requested', { fork: true }), []],
    [
      'a review-thread comment on an agent PR',
      reviewed('', { kind: 'comment' }),
      ['review-feedback'],
    ],
    ["a bot's review-thread comment", reviewed('', { kind: 'comment', user: bot }), []],
    [
      'a review-thread comment on a human PR',
      reviewed('', { kind: 'comment', ref: 'feature/x' }),
      [],
    ],
  ])('%s → %j', async (_what, event, jobs) => {
    expect(await routed(ROUTER, event)).toEqual(jobs);
  });

  it('follows a renamed trigger or clarification label', async () => {
    expect(await routed(ROUTER, labeled('robot'), { 'trigger-label': 'robot' })).toEqual([
      'triage',
    ]);
    expect(await routed(ROUTER, labeled('ai-agent'), { 'trigger-label': 'robot' })).toEqual([]);
    const asked = comment(['question']);
    expect(await routed(ROUTER, asked, { 'clarification-label': 'question' })).toEqual(['triage']);
  });

  it('follows a configured mention', async () => {
    expect(
      await routed(ROUTER, said('@acme-bot review', { onPr: true }), { mention: '@acme-bot' }),
    ).toEqual(['command']);
    expect(
      await routed(ROUTER, said('@lailatov review', { onPr: true }), { mention: '@acme-bot' }),
    ).toEqual([]);
  });
});

describe('the OIDC variants start a runner only for events that may need one', () => {
  it.each(['workflows-templates/lailatov-bedrock.yml', 'workflows-templates/lailatov-vertex.yml'])(
    '%s',
    async (rel) => {
      expect(await routed(rel, labeled('ai-agent'))).toEqual(['lailatov']);
      expect(await routed(rel, comment(['needs-clarification']))).toEqual(['lailatov']);
      expect(await routed(rel, comment([]))).toEqual([]);
      expect(await routed(rel, push('agent/issue-7'))).toEqual(['lailatov']);
      expect(await routed(rel, push('feature/x'))).toEqual([]);
      expect(await routed(rel, said('@lailatov review', { onPr: true }))).toEqual(['lailatov']);
      expect(await routed(rel, said('/help'))).toEqual(['lailatov']);
      expect(await routed(rel, said('looks good', { onPr: true }))).toEqual([]);
      expect(await routed(rel, said('@lailatov help', { user: bot }))).toEqual([]);
      expect(await routed(rel, reviewed('changes_requested'))).toEqual(['lailatov']);
      expect(await routed(rel, reviewed('approved'))).toEqual([]);
      expect(await routed(rel, reviewed('commented', { ref: 'feature/x' }))).toEqual([]);
      expect(await routed(rel, reviewed('', { kind: 'comment' }))).toEqual(['lailatov']);
    },
  );
});
