// The relay end to end on loopback: signed fixtures built from ClickUp's and Linear's documented
// webhook payloads go into the handler; the repository_dispatch lands on the GitHub emulator
// (with a token that has only contents: write), the acknowledging comment on the provider's
// stand-in. Every refusal (bad signature, stale timestamp, replay, wrong tag, unmapped target,
// too large, too fast) sends nothing anywhere.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { parseEvent } from '../../src/forge/github/events/parse-event.js';
import { taskOrigin } from '../../src/action/task-status.js';
import { parseRelayConfig, type RelayConfig } from '../../src/relay/config.js';
import { createRelayHandler, type RelayHandler } from '../../src/relay/handler.js';
import {
  clickupTask,
  signedClickUp,
  startClickUpStandIn,
  taskCreated,
  taskTagUpdated,
  type ClickUpStandIn,
} from '../support/clickup/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import {
  issueWebhook,
  LABEL_ID,
  OTHER_LABEL_ID,
  signedLinear,
  startLinearStandIn,
  type LinearStandIn,
} from '../support/linear/index.js';

const CU_SECRET = 'clickup-webhook-secret';
const LI_SECRET = 'lin_wh_linear-signing-secret';
const RELAY_TOKEN = 'github_pat_relay_only';
const NOW = Date.parse('2026-12-07T02:00:00Z');
const REPO = 'acme/api';

let gh: GitHubEmulator;
let cu: ClickUpStandIn;
let li: LinearStandIn;
let now: number;

beforeEach(async () => {
  [gh, cu, li] = await Promise.all([
    startGitHubEmulator(),
    startClickUpStandIn(),
    startLinearStandIn(),
  ]);
  await gh.createRepo(REPO, { files: { 'README.md': '# api\n' } });
  await gh.createRepo('acme/web', { files: { 'README.md': '# web\n' } });
  // The relay's token: fine-grained, contents: write, nothing else.
  gh.addToken(RELAY_TOKEN, { contents: 'write' }, { login: 'alice' });
  now = NOW;
});
afterEach(async () => {
  await Promise.all([gh.close(), cu.close(), li.close()]);
});

const CONFIG = {
  clickup: {
    riskField: 'Risk tier',
    routes: [
      { workspace: '9012345', list: '162641062', repo: REPO },
      { workspace: '9012345', repo: 'acme/web' },
    ],
  },
  linear: { routes: [{ team: 'ENG', repo: REPO }] },
};

function relay(config: RelayConfig = parseRelayConfig(CONFIG)): RelayHandler {
  return createRelayHandler({
    config,
    secrets: {
      githubToken: RELAY_TOKEN,
      clickup: { webhookSecrets: ['another-webhook-secret', CU_SECRET], apiToken: cu.token },
      linear: { webhookSecrets: [LI_SECRET], apiKey: li.key },
    },
    urls: { github: gh.url, clickup: cu.url, linear: li.url },
    now: () => now,
  });
}

const post = (path: string, d: { body: string; headers: Record<string, string> }) =>
  new Request(`http://relay.test${path}`, { method: 'POST', body: d.body, headers: d.headers });

async function send(
  handler: RelayHandler,
  path: string,
  d: { body: string; headers: Record<string, string> },
) {
  const res = await handler(post(path, d));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const dispatches = (repo = REPO) => gh.repo(repo).dispatches;

/** The relay answered "dispatched" and sent exactly one agent-task, with `clientPayload`. */
function expectOneDispatch(r: unknown, clientPayload: Record<string, unknown>): void {
  expect(r).toEqual({ status: 200, body: { status: 'dispatched', repo: REPO } });
  expect(dispatches()).toEqual([{ eventType: 'agent-task', token: RELAY_TOKEN, clientPayload }]);
}
/** The first dispatch as the action's own event parser reads it (GitHub's sender: the token's owner). */
const received = () => {
  const d = dispatches()[0];
  return parseEvent('repository_dispatch', {
    action: d?.eventType,
    client_payload: d?.clientPayload,
    sender: { login: 'alice', type: 'User' },
  });
};
const nothingSent = () => {
  expect(dispatches()).toEqual([]);
  expect(dispatches('acme/web')).toEqual([]);
  expect(cu.comments).toEqual([]);
  expect(li.comments).toEqual([]);
};

function seedTask(o: Partial<Parameters<typeof clickupTask>[0]> = {}) {
  const task = clickupTask({
    id: '86abc12',
    name: 'Compound durations in parseDuration',
    description: 'parseDuration("1h30m") returns 30 minutes.',
    tags: ['ai-agent'],
    ...o,
  });
  cu.tasks.set(String(task.id), task);
  return task;
}

describe('ClickUp', () => {
  it('a task tagged ai-agent is dispatched as agent-task with the payload the action reads, and acknowledged on the task', async () => {
    seedTask({ risk: 'high' });
    const r = await send(
      relay(),
      '/clickup',
      signedClickUp(CU_SECRET, taskTagUpdated({ taskId: '86abc12', tag: 'ai-agent' })),
    );
    expectOneDispatch(r, {
      title: 'Compound durations in parseDuration',
      description: 'parseDuration("1h30m") returns 30 minutes.',
      source: 'clickup',
      source_id: '86abc12',
      task_url: 'https://app.clickup.com/t/86abc12',
      clickup_task_id: '86abc12',
      risk_tier: 'high',
    });
    // The action's own payload reader takes exactly what the relay sent.
    const event = received();
    expect(event).toMatchObject({
      kind: 'agent-task',
      task: {
        title: 'Compound durations in parseDuration',
        issueNumber: null,
        riskTier: 'high',
        clickupTaskId: '86abc12',
        source: 'clickup',
      },
    });
    expect(event.kind === 'agent-task' && taskOrigin(event.task)).toEqual({
      source: 'clickup',
      id: '86abc12',
      url: 'https://app.clickup.com/t/86abc12',
    });
    expect(cu.comments).toEqual([
      expect.objectContaining({
        taskId: '86abc12',
        text: expect.stringContaining(`sent to ${REPO}`),
      }),
    ]);
    // The GitHub token served the dispatch and nothing else.
    expect(gh.requests.filter((q) => q.token === RELAY_TOKEN).map((q) => q.route)).toEqual([
      'POST /repos/{owner}/{repo}/dispatches',
    ]);
  });

  it('a task created with the tag is dispatched; one created without it is not', async () => {
    seedTask({ id: 'tagged' });
    seedTask({ id: 'plain', tags: ['bug'] });
    const h = relay();
    expect(
      (await send(h, '/clickup', signedClickUp(CU_SECRET, taskCreated({ taskId: 'plain' })))).body,
    ).toMatchObject({
      status: 'ignored',
    });
    expect(dispatches()).toEqual([]);
    const created = {
      ...taskCreated({ taskId: 'tagged' }),
      history_items: [
        { ...(taskCreated({ taskId: 'x' }).history_items as object[])[0], id: 'h-2' },
      ],
    };
    expect((await send(h, '/clickup', signedClickUp(CU_SECRET, created))).body).toMatchObject({
      status: 'dispatched',
    });
    expect(dispatches().map((d) => d.clientPayload)).toEqual([
      expect.objectContaining({ source_id: 'tagged' }),
    ]);
  });

  it('a task created with the tag and then reported as tagged is handed over once', async () => {
    seedTask();
    const h = relay();
    const created = signedClickUp(CU_SECRET, taskCreated({ taskId: '86abc12' }));
    const tagged = signedClickUp(CU_SECRET, taskTagUpdated({ taskId: '86abc12', tag: 'ai-agent' }));
    expect((await send(h, '/clickup', created)).body.status).toBe('dispatched');
    expect((await send(h, '/clickup', tagged)).body).toEqual({
      status: 'duplicate',
      reason: 'ClickUp 86abc12 was already handed over',
    });
    expect(dispatches()).toHaveLength(1);
  });

  it('a list mapped by workspace only goes to that route', async () => {
    seedTask({ list: '999' });
    const r = await send(
      relay(),
      '/clickup',
      signedClickUp(
        CU_SECRET,
        taskTagUpdated({ taskId: '86abc12', tag: 'ai-agent', listId: '999' }),
      ),
    );
    expect(r.body).toEqual({ status: 'dispatched', repo: 'acme/web' });
    expect(dispatches()).toEqual([]);
    expect(dispatches('acme/web')).toHaveLength(1);
  });

  it('a bad signature gets 401: nothing read, nothing sent', async () => {
    seedTask();
    const signed = signedClickUp(
      'not-the-secret',
      taskTagUpdated({ taskId: '86abc12', tag: 'ai-agent' }),
    );
    expect((await send(relay(), '/clickup', signed)).status).toBe(401);
    const unsigned = { ...signed, headers: { 'content-type': 'application/json' } };
    expect((await send(relay(), '/clickup', unsigned)).status).toBe(401);
    // The body changed after signing: the signature no longer holds.
    const good = signedClickUp(CU_SECRET, taskTagUpdated({ taskId: '86abc12', tag: 'ai-agent' }));
    const tampered = { ...good, body: good.body.replace('86abc12', '86abc13') };
    expect((await send(relay(), '/clickup', tampered)).status).toBe(401);
    expect(cu.requests).toEqual([]);
    nothingSent();
  });

  it('a replayed delivery is answered but dispatched once', async () => {
    seedTask();
    const h = relay();
    const d = signedClickUp(CU_SECRET, taskTagUpdated({ taskId: '86abc12', tag: 'ai-agent' }));
    expect((await send(h, '/clickup', d)).body.status).toBe('dispatched');
    expect(await send(h, '/clickup', d)).toMatchObject({
      status: 200,
      body: { status: 'duplicate' },
    });
    expect(dispatches()).toHaveLength(1);
    expect(cu.comments).toHaveLength(1);
  });

  it('a tag other than the configured one, or one already there, dispatches nothing', async () => {
    seedTask();
    const h = relay();
    const wrong = await send(
      h,
      '/clickup',
      signedClickUp(CU_SECRET, taskTagUpdated({ taskId: '86abc12', tag: 'bug' })),
    );
    expect(wrong.body).toMatchObject({
      status: 'ignored',
      reason: 'no history item adds the tag "ai-agent"',
    });
    const already = await send(
      h,
      '/clickup',
      signedClickUp(
        CU_SECRET,
        taskTagUpdated({
          taskId: '86abc12',
          tag: 'ai-agent',
          before: ['ai-agent'],
          historyId: 'h-9',
        }),
      ),
    );
    expect(already.body.status).toBe('ignored');
    nothingSent();
  });

  it('an unmapped list gets 404 and sends nothing; once mapped, the retry is dispatched', async () => {
    seedTask({ workspace: '555', list: '777' });
    const d = signedClickUp(
      CU_SECRET,
      taskTagUpdated({ taskId: '86abc12', tag: 'ai-agent', listId: '777' }),
    );
    const r = await send(relay(), '/clickup', d);
    expect(r).toEqual({
      status: 404,
      body: { error: 'no repository is mapped for ClickUp workspace 555, list 777' },
    });
    nothingSent();
    const mapped = parseRelayConfig({
      ...CONFIG,
      clickup: { routes: [{ list: '777', repo: REPO }] },
    });
    expect((await send(relay(mapped), '/clickup', d)).body.status).toBe('dispatched');
  });

  it('a dispatch GitHub refuses is answered 502 and released, so the provider retry goes through', async () => {
    seedTask();
    const h = relay();
    gh.faults.add({ route: 'POST /repos/{owner}/{repo}/dispatches', status: 502 });
    const d = signedClickUp(CU_SECRET, taskTagUpdated({ taskId: '86abc12', tag: 'ai-agent' }));
    expect((await send(h, '/clickup', d)).status).toBe(502);
    expect(cu.comments).toEqual([]);
    expect((await send(h, '/clickup', d)).body.status).toBe('dispatched');
    expect(dispatches()).toHaveLength(1);
  });
});

describe('Linear', () => {
  const labeled = () =>
    issueWebhook({
      timestamp: now,
      labels: [
        { id: LABEL_ID, name: 'ai-agent' },
        { id: OTHER_LABEL_ID, name: 'risk:low' },
      ],
      labelsBefore: [OTHER_LABEL_ID],
    });

  it('an issue that gains the label is dispatched, and acknowledged through commentCreate', async () => {
    li.issues.add('2174add1-f7c8-44e3-bbf3-2d60b5ea8bc9');
    const r = await send(relay(), '/linear', signedLinear(LI_SECRET, labeled()));
    expectOneDispatch(r, {
      title: 'Compound durations in parseDuration',
      description: 'parseDuration("1h30m") returns 30 minutes; it should add every part.',
      source: 'linear',
      source_id: '2174add1-f7c8-44e3-bbf3-2d60b5ea8bc9',
      task_url: 'https://linear.app/acme/issue/ENG-42/compound-durations',
      risk_tier: 'low',
    });
    const event = received();
    expect(event.kind === 'agent-task' && taskOrigin(event.task)).toEqual({
      source: 'linear',
      id: '2174add1-f7c8-44e3-bbf3-2d60b5ea8bc9',
      url: 'https://linear.app/acme/issue/ENG-42/compound-durations',
    });
    expect(li.comments).toEqual([
      {
        issueId: '2174add1-f7c8-44e3-bbf3-2d60b5ea8bc9',
        body: expect.stringContaining(`sent to ${REPO}`),
      },
    ]);
  });

  it('an issue created with the label is dispatched', async () => {
    const r = await send(
      relay(),
      '/linear',
      signedLinear(LI_SECRET, issueWebhook({ timestamp: now, action: 'create' })),
    );
    expect(r.body.status).toBe('dispatched');
  });

  it('a bad signature gets 401 and sends nothing', async () => {
    const r = await send(relay(), '/linear', signedLinear('wrong', labeled()));
    expect(r.status).toBe(401);
    nothingSent();
  });

  it('a stale timestamp gets 401 and sends nothing, even correctly signed', async () => {
    const old = issueWebhook({ timestamp: now - 61_000 });
    const r = await send(relay(), '/linear', signedLinear(LI_SECRET, old));
    expect(r).toMatchObject({
      status: 401,
      body: { error: expect.stringContaining('stale delivery') },
    });
    nothingSent();
  });

  it('a replayed delivery dispatches once', async () => {
    const h = relay();
    const d = signedLinear(LI_SECRET, labeled(), 'delivery-1');
    expect((await send(h, '/linear', d)).body.status).toBe('dispatched');
    now += 5_000; // still fresh: the delivery id catches it
    expect((await send(h, '/linear', d)).body).toMatchObject({ status: 'duplicate' });
    expect(dispatches()).toHaveLength(1);
  });

  it('another label, or an edit that did not add the label, dispatches nothing', async () => {
    const h = relay();
    const other = issueWebhook({ timestamp: now, labels: [{ id: OTHER_LABEL_ID, name: 'bug' }] });
    expect((await send(h, '/linear', signedLinear(LI_SECRET, other))).body.status).toBe('ignored');
    const kept = issueWebhook({ timestamp: now, labelsBefore: [LABEL_ID] });
    expect((await send(h, '/linear', signedLinear(LI_SECRET, kept))).body).toMatchObject({
      status: 'ignored',
      reason: 'the label "ai-agent" was already on the issue',
    });
    nothingSent();
  });

  it('an unmapped team gets 404 and sends nothing', async () => {
    const r = await send(
      relay(),
      '/linear',
      signedLinear(LI_SECRET, issueWebhook({ timestamp: now, teamKey: 'OPS' })),
    );
    expect(r.status).toBe(404);
    nothingSent();
  });
});

describe('who may hand work over', () => {
  it('with users listed, a tag or label from anyone else dispatches nothing', async () => {
    seedTask();
    const h = relay(
      parseRelayConfig({
        clickup: { ...CONFIG.clickup, users: ['someone@company.com'] },
        linear: { ...CONFIG.linear, users: ['a9'] },
      }),
    );
    const cuRes = await send(
      h,
      '/clickup',
      signedClickUp(CU_SECRET, taskTagUpdated({ taskId: '86abc12', tag: 'ai-agent' })),
    );
    expect(cuRes.body).toEqual({
      status: 'ignored',
      reason: 'the user who tagged is not in clickup.users',
    });
    const liRes = await send(
      h,
      '/linear',
      signedLinear(LI_SECRET, issueWebhook({ timestamp: now, action: 'create' })),
    );
    expect(liRes.body.status).toBe('ignored');
    nothingSent();
    // The fixtures' users: John (john@company.com, id 183) in ClickUp, Ada (id a1b2) in Linear.
    const allowed = relay(
      parseRelayConfig({
        clickup: { ...CONFIG.clickup, users: ['John@Company.com'] },
        linear: { ...CONFIG.linear, users: ['a1b2'] },
      }),
    );
    expect(
      (
        await send(
          allowed,
          '/clickup',
          signedClickUp(CU_SECRET, taskTagUpdated({ taskId: '86abc12', tag: 'ai-agent' })),
        )
      ).body.status,
    ).toBe('dispatched');
    expect(
      (
        await send(
          allowed,
          '/linear',
          signedLinear(LI_SECRET, issueWebhook({ timestamp: now, action: 'create' })),
        )
      ).body.status,
    ).toBe('dispatched');
  });
});

describe('limits', () => {
  it('a body over the cap gets 413 and a client past the rate gets 429, each with nothing sent', async () => {
    seedTask();
    const h = relay(parseRelayConfig({ ...CONFIG, maxBodyBytes: 1024, ratePerMinute: 2 }));
    const big = signedClickUp(CU_SECRET, {
      ...taskTagUpdated({ taskId: '86abc12', tag: 'ai-agent' }),
      pad: 'x'.repeat(2000),
    });
    expect((await h(post('/clickup', big), { ip: '198.51.100.7' })).status).toBe(413);
    const wrong = signedClickUp('nope', taskTagUpdated({ taskId: '86abc12', tag: 'ai-agent' }));
    expect((await h(post('/clickup', wrong), { ip: '198.51.100.7' })).status).toBe(401);
    expect((await h(post('/clickup', wrong), { ip: '198.51.100.7' })).status).toBe(429);
    // Another client has its own bucket; a minute later the first one has its back.
    expect((await h(post('/clickup', wrong), { ip: '203.0.113.9' })).status).toBe(401);
    now += 60_000;
    expect((await h(post('/clickup', wrong), { ip: '198.51.100.7' })).status).toBe(401);
    nothingSent();
  });
});
