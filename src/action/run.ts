// One stage run: inputs → event → plan → authorization → 👀 → the stage → outputs and summary.
// Modules a run may not need (the stages, git, the engines, the model SDK) are imported only
// after the plan says a stage runs, so an ignored event or a refused actor stays cheap. The
// startup bundle holds only what reaches the first API request (bench/github: cold start):
// the permission check and the 👀 go through the request client, and the REST methods, zod,
// @actions/core and the rest load after it.
import { readFileSync } from 'node:fs';
import { UserError, isUserError } from '../core/errors.js';
import type { GitHubClient, GitHubRequester } from '../forge/github/client.js';
import {
  createRequestClient,
  type RequestClient,
  wantsProxy,
} from '../forge/github/request-client.js';
import { authorizeActor } from '../forge/github/authorize.js';
import { addEyesReaction } from '../forge/github/comments.js';
import { retryAtScale } from '../forge/github/retry-policy.js';
import { admitAuthorReply, SUITE_BOTS } from '../forge/github/clarification.js';
import {
  CLARIFICATION_LABEL,
  isBot,
  parseEvent,
  type TriggerEvent,
} from '../forge/github/events/parse-event.js';
import type { Skipped, StageContext, StageReport } from './context.js';
import { parseInputs, readRunner, type EntryStage, type Inputs, type Runner } from './inputs.js';
import { mask } from './early-log.js';
import { planFor, type StagePlan } from './route.js';

/** Bots that send the suite's own chaining dispatches with the default GITHUB_TOKEN. */
const CHAIN_BOTS = SUITE_BOTS;

/** Read with node:fs, loaded with Node itself; fs/promises would load before the first request. */
function readPayload(runner: Runner): unknown {
  try {
    return JSON.parse(readFileSync(runner.eventPath, 'utf8'));
  } catch (e) {
    throw new UserError(
      `GITHUB_EVENT_PATH (${runner.eventPath}) is not a readable JSON event: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

function toEvent(runner: Runner, inputs: Inputs, payload: unknown): TriggerEvent {
  if (runner.eventName === 'workflow_dispatch') {
    // The inputs of the action win: the lailatov.yml router passes its `number` input through them.
    const p = payload as { sender?: { login?: string; type?: string } };
    const sender = { login: p.sender?.login ?? 'unknown', type: p.sender?.type ?? 'User' };
    const stage = inputs.stage;
    if (inputs.prNumber !== null && (stage === 'review' || stage === 'remediate'))
      return {
        kind: 'stage-dispatch',
        sender,
        stage,
        payload: {
          issue: inputs.issueNumber ?? 0,
          pr: inputs.prNumber,
          round: 0,
          correlationId: 'workflow-dispatch',
        },
      };
    if (inputs.issueNumber !== null)
      return {
        kind: 'workflow-dispatch',
        sender,
        issueNumber: inputs.issueNumber,
        stage: stage === 'auto' ? null : stage,
      };
  }
  return parseEvent(runner.eventName, payload, {
    triggerLabel: inputs.triggerLabel,
    mention: inputs.mention,
  });
}

async function authorize(
  octokit: GitHubRequester,
  runner: Runner,
  inputs: Inputs,
  plan: StagePlan,
): Promise<string | null> {
  const chained = plan.source === 'repository-dispatch' && plan.task === null;
  const verdict = await authorizeActor(octokit, {
    repo: runner.repo,
    actor: plan.sender,
    allowedBots: chained ? [...inputs.allowedBots, ...CHAIN_BOTS] : inputs.allowedBots,
    action: plan.what,
  });
  if (verdict.allowed) return null;
  // The issue's author may answer the question without write permission, but only when a
  // writer put the trigger label on and the suite itself asked (clarification.ts).
  if (plan.issue !== null && plan.issueAuthor === plan.sender.login && !isBot(plan.sender)) {
    const reply = await admitAuthorReply(octokit, {
      repo: runner.repo,
      issue: plan.issue,
      author: plan.sender.login,
      triggerLabel: inputs.triggerLabel,
      clarificationLabel: CLARIFICATION_LABEL,
      suiteLogins: [...CHAIN_BOTS, ...inputs.allowedBots],
      allowedBots: inputs.allowedBots,
    });
    return reply.allowed ? null : reply.reason;
  }
  return verdict.reason;
}

/**
 * The plan with what a chaining dispatch must prove: a stage dispatch that a bot sent runs only
 * for the nonce the previous stage wrote. A person's dispatch is authorized by their permission.
 */
function withChain(plan: StagePlan, runner: Runner, event: TriggerEvent): StagePlan {
  const bySuite =
    runner.eventName === 'repository_dispatch' &&
    event.kind === 'stage-dispatch' &&
    isBot(event.sender);
  return {
    ...plan,
    chained: bySuite ? { nonce: event.payload.nonce ?? null } : null,
  };
}

async function handler(
  stage: StagePlan['stage'],
): Promise<(ctx: StageContext) => Promise<StageReport | Skipped>> {
  switch (stage) {
    case 'triage':
      return (await import('./stages/triage.js')).runTriage;
    case 'write':
      return (await import('./stages/write.js')).runWrite;
    case 'review':
      return (await import('./stages/review.js')).runReview;
    case 'remediate':
      return (await import('./stages/remediate.js')).runRemediate;
  }
}

/** The payload's `repository.default_branch` (every repository event carries it), or null. */
function defaultBranchOf(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null || !('repository' in payload)) return null;
  const repo: unknown = payload.repository;
  if (typeof repo !== 'object' || repo === null || !('default_branch' in repo)) return null;
  const branch: unknown = repo.default_branch;
  return typeof branch === 'string' && /^[^\s~^:?*[\\]+$/.test(branch) ? branch : null;
}

/** Warnings from the client go to the log once @actions/core is loaded (after the first call). */
const clientLog = {
  debug: () => undefined,
  info: () => undefined,
  warn: (m: string) => void import('@actions/core').then((c) => c.warning(m)),
  error: (m: string) => void import('@actions/core').then((c) => c.error(m)),
};

/** The client for the first requests: the request client, or behind a proxy the full one. */
async function startClient(inputs: Inputs, runner: Runner): Promise<RequestClient | GitHubClient> {
  const options = {
    token: inputs.githubToken,
    baseUrl: runner.apiUrl,
    userAgent: 'lailatov-action',
    retry: retryAtScale(runner.backoffScale),
    log: clientLog,
  };
  // Node's fetch and node:http ignore proxy variables; @actions/github's client honours them.
  if (wantsProxy(runner.env))
    return (await import('../forge/github/client.js')).createOctokit(options);
  return createRequestClient(options);
}

/** The same client with the REST methods and `paginate`, which the stages use. */
async function fullClient(client: RequestClient | GitHubClient): Promise<GitHubClient> {
  if ('rest' in client) return client;
  return (await import('../forge/github/light-client.js')).withRestMethods(client);
}

export async function runStage(
  entry: EntryStage,
  env: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  const inputs = parseInputs(env, entry);
  mask(inputs.githubToken);
  if (inputs.anthropicApiKey) mask(inputs.anthropicApiKey);
  if (inputs.openaiApiKey) mask(inputs.openaiApiKey);
  if (inputs.geminiApiKey) mask(inputs.geminiApiKey);
  if (inputs.slackWebhookUrl) mask(inputs.slackWebhookUrl);
  if (inputs.clickupToken) mask(inputs.clickupToken);
  if (inputs.linearApiKey) mask(inputs.linearApiKey);
  const runner = readRunner(env);
  const payload = readPayload(runner);
  const event = toEvent(runner, inputs, payload);
  const planned = planFor(inputs.stage, event, inputs);
  if (planned.kind === 'ignore')
    return (await import('./report-out.js')).writeIgnored(inputs.stage, planned.reason);
  const plan = withChain(planned, runner, event);

  const client = await startClient(inputs, runner);
  const refused = await authorize(client, runner, inputs, plan);
  if (refused !== null) {
    const [core, { writeIgnored }] = await Promise.all([
      import('@actions/core'),
      import('./report-out.js'),
    ]);
    core.notice(`LailaTov ${plan.stage}: ${refused}`);
    return writeIgnored(plan.stage, refused);
  }
  // The 👀 before anything else loads: loading a module holds the event loop, so a 👀 sent
  // beside the stage's imports left only after they had all loaded, about 200 ms of CPU later
  // (bench/github: time to the 👀). Waiting for its answer costs the run one round trip.
  if (plan.reactTo) await addEyesReaction(client, runner.repo, plan.reactTo);
  const [
    core,
    { writeIgnored, writeReport },
    octokit,
    { openGitHubSession },
    { SlackNotifier },
    { recover },
    run,
  ] = await Promise.all([
    import('@actions/core'),
    import('./report-out.js'),
    fullClient(client),
    import('./session.js'),
    import('./slack.js'),
    import('./recover.js'),
    plan.command
      ? import('./commands/run-command.js').then((m) => m.runCommand)
      : handler(plan.stage),
  ]);
  const logger = { info: (m: string) => core.info(m), warn: (m: string) => core.warning(m) };
  const notifier = new SlackNotifier(inputs.slackWebhookUrl, logger);
  notifier.link('workflow run', runner.runUrl);
  const session = await openGitHubSession({
    inputs,
    runner,
    stage: plan.stage,
    pr: plan.pr,
    defaultBranch: defaultBranchOf(payload),
    octokit,
    notifier,
    logger,
    progress: (e) => {
      if (e.kind === 'note') core.info(`[${e.stage}] ${e.message}`);
      else if (e.kind === 'stage-start')
        core.info(`[${e.stage}] started${e.detail ? `: ${e.detail}` : ''}`);
      else if (e.kind === 'stage-end') core.info(`[${e.stage}] ${e.outcome}`);
      else core.info(`[${e.stage}] turn ${e.turn}${e.tool ? `: ${e.tool}` : ''}`);
    },
  });
  const ctx: StageContext = {
    inputs,
    runner,
    octokit,
    plan,
    session,
    notifier,
    logger,
    source: plan.source,
    recovery: {
      issue: plan.issue,
      pr: plan.pr,
      headSha: null,
      check: null,
      branch: null,
      correlationId: plan.correlationId,
      stages: [],
      round: plan.round,
    },
  };
  let result: StageReport | Skipped;
  try {
    // The commands that only read (ask, describe, help, ...) need no test setup.
    const builds =
      plan.command === undefined ||
      (plan.command.parsed.kind === 'command' &&
        ['review', 'fix', 'approve'].includes(plan.command.parsed.name));
    if (inputs.setupCommand && plan.stage !== 'triage' && builds) {
      const { runSetupCommand } = await import('./setup-command.js');
      await runSetupCommand(
        session.workspace,
        inputs.setupCommand,
        session.config.timeouts.tests,
        (line) => core.info(line),
      );
    }
    result = await run(ctx);
  } catch (error) {
    if (!isUserError(error)) await recover(ctx, error);
    throw error;
  }
  if ('skipped' in result) {
    core.notice(`LailaTov ${plan.stage}: ${result.skipped}`);
    return writeIgnored(plan.stage, result.skipped, result.outcome ?? 'stale');
  }
  // The ClickUp task or Linear issue the work came from hears of it (task-status.ts).
  await (await import('./task-status.js')).postTaskStatus(ctx, result);
  const sandbox = session.deps.sandbox.report();
  if (sandbox.mode === 'off') core.warning(sandbox.summary);
  await writeReport(plan.stage, result, runner.runUrl, sandbox);
  if (result.failure) throw new StageFailure(result.failure);
}

/** A stage that ended with an outcome the step must fail on (no_changes, infra_error). */
export class StageFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StageFailure';
    Object.setPrototypeOf(this, StageFailure.prototype);
  }
}
