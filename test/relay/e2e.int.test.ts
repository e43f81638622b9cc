// End to end on the emulator: a ClickUp task tagged ai-agent goes through the relay, the write
// action (from source, scripted model, replay engine) opens an issue and a draft PR for it, and
// the status comes back on the task; the review that follows posts its outcome there too, found
// through the PR's marker (its run knows nothing of ClickUp but the marker).
import { afterEach, beforeEach, expect, it, jest } from '@jest/globals';
import { parseRelayConfig } from '../../src/relay/config.js';
import { createRelayHandler } from '../../src/relay/handler.js';
import { ok, REPO, startWorld, type World } from '../actions/harness.js';
import {
  clickupTask,
  signedClickUp,
  startClickUpStandIn,
  taskTagUpdated,
  type ClickUpStandIn,
} from '../support/clickup/index.js';

jest.setTimeout(180_000);

let w: World;
let cu: ClickUpStandIn;
beforeEach(async () => {
  [w, cu] = await Promise.all([startWorld({ source: true }), startClickUpStandIn()]);
});
afterEach(async () => {
  await Promise.all([w?.close(), cu?.close()]);
});

it('a tagged ClickUp task becomes a draft PR, and its status is posted back on the task', async () => {
  const SECRET = 'cu-secret';
  cu.tasks.set(
    '86abc12',
    clickupTask({
      id: '86abc12',
      name: 'Compound durations in parseDuration',
      description: 'parseDuration("1h30m") returns 30 minutes; add up every part.',
      tags: ['ai-agent'],
    }),
  );
  // The relay's token: alice's fine-grained token, contents: write on the repository only.
  w.gh.addToken('relay-token', { contents: 'write' }, { login: 'alice' });
  const relay = createRelayHandler({
    config: parseRelayConfig({ clickup: { routes: [{ list: '162641062', repo: REPO }] } }),
    secrets: {
      githubToken: 'relay-token',
      clickup: { webhookSecrets: [SECRET], apiToken: cu.token },
      linear: null,
    },
    urls: { github: w.gh.url, clickup: cu.url },
  });
  const d = signedClickUp(SECRET, taskTagUpdated({ taskId: '86abc12', tag: 'ai-agent' }));
  const res = await relay(
    new Request('http://relay.test/clickup', { method: 'POST', body: d.body, headers: d.headers }),
  );
  expect(res.status).toBe(200);

  // GitHub starts the workflow for the dispatch; its sender is the token's owner.
  const sent = w.gh.repo(REPO).dispatches.at(-1);
  expect(sent?.eventType).toBe('agent-task');
  const statusInputs = { 'clickup-token': cu.token };
  const statusEnv = { LAILATOV_CLICKUP_API_URL: cu.url };
  const write = ok(
    await w.run(
      'write',
      {
        name: 'repository_dispatch',
        payload: {
          action: sent?.eventType,
          client_payload: sent?.clientPayload,
          sender: { login: 'alice', type: 'User' },
        },
      },
      statusInputs,
      { env: statusEnv },
    ),
  );
  expect(write.outputs.outcome).toBe('pr_opened');
  const pr = [...w.gh.repo(REPO).pulls.values()][0];
  expect(pr?.draft).toBe(true);
  const issue = w.gh.repo(REPO).issues.get(Number(write.outputs['issue-number']));
  expect(issue?.body).toContain('ClickUp 86abc12: https://app.clickup.com/t/86abc12');
  const prUrl = write.outputs['pr-url'] ?? '';
  expect(prUrl).not.toBe('');
  expect(cu.comments.map((c) => c.text)).toEqual([
    expect.stringContaining(`sent to ${REPO}`),
    `LailaTov opened a draft pull request: ${prUrl}. It is being reviewed now.`,
  ]);

  // The review stage escalates (no rounds allowed): the task hears it through the PR's marker.
  const { stage, result } = await w.followDispatch(
    { ...statusInputs, 'max-rounds': '0' },
    statusEnv,
  );
  expect(stage).toBe('review');
  expect(ok(result).outputs.outcome).toBe('escalated');
  expect(cu.comments).toHaveLength(3);
  expect(cu.comments[2]?.text).toMatch(/^LailaTov stopped \(escalated\); a human takes over\./);
  expect(cu.comments[2]?.text).toContain(prUrl);
  // The token is masked for the runner, and appears in no other line of the log.
  const log = write.stdout + result.stdout;
  expect(log).toContain(`::add-mask::${cu.token}\n`);
  expect(
    log.split('\n').filter((l) => !l.startsWith('::add-mask::') && l.includes(cu.token)),
  ).toEqual([]);
});
