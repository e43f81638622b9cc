// Remote mode: the stages run on the laptop against a repository on GitHub, through the same
// session as the actions (src/action/session.ts: the GitHub forge, the workspace whose private
// repository alone holds the token, the config read at the base). Only what a runner would have
// given is made here: the token, the API and server URLs, and a checkout.
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import {
  apiUrlFor,
  cloneUrlFor,
  parseGitHubUrl,
  sameRepository,
  type GitHubTarget,
} from '../core/github-url.js';
import { runChecked } from '../engines/process.js';
import type { CliIo } from './io.js';
import { createProgress, progressIsLive } from './progress.js';
import { FileOutcomeStore } from '../outcomes/local-store.js';
import { ScriptedModel } from '../engines/model/scripted-model.js';
import { openGitHubSession } from '../action/session.js';
import { parseInputs, type Inputs, type Runner } from '../action/inputs.js';
import { createOctokit } from '../forge/github/client.js';
import { retryFromEnv, tokenFrom } from '../onboard/github-access.js';
import { wrapApiError } from '../forge/github/errors.js';
import { GitRepo } from '../forge/local/git.js';
import { SUITE_VERSION } from './local-session.js';
import { overridesFromFlags, type StageSession, type StageValues } from './stage-command.js';

type Env = Readonly<Record<string, string | undefined>>;

function definedEnv(env: Env): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) clean[k] = v;
  return clean;
}

/** The issue and the PR the flags name: `--issue URL` and/or `--pr URL`, of one repository. */
export function remoteTargets(v: StageValues): {
  repo: GitHubTarget;
  issue: number;
  pr: number | null;
} {
  const issue = v.issue !== undefined ? parseGitHubUrl(v.issue, '--issue') : null;
  const pr = v.pr !== undefined ? parseGitHubUrl(v.pr, '--pr') : null;
  if (issue?.kind === 'pull')
    throw new UserError(
      `--issue ${v.issue}: that is a pull request; pass an issue URL, or the PR to review or remediate as --pr`,
    );
  if (pr && pr.kind !== 'pull')
    throw new UserError(`--pr ${v.pr}: that is an issue; pass a pull request URL (.../pull/N)`);
  if (issue && pr && (issue.serverUrl !== pr.serverUrl || !sameRepository(cloneUrlFor(pr), issue)))
    throw new UserError(`--issue and --pr name different repositories`);
  const repo = (issue ?? pr) as GitHubTarget;
  return { repo, issue: issue?.number ?? 0, pr: pr?.number ?? null };
}

/**
 * The checkout: `--repo DIR` when it is a clone of the repository (its `origin`), else a fresh
 * one in a temp directory. Either way the workspace fetches every branch through its private
 * repository; a fresh checkout is then put on the default branch.
 */
async function checkoutDir(
  v: StageValues,
  target: GitHubTarget,
  root: string,
  env: Env,
): Promise<{ dir: string; fresh: boolean }> {
  if (v.repo !== undefined) {
    const dir = resolve(v.repo);
    let origin: string | null = null;
    try {
      const git = await GitRepo.open(dir, env);
      origin = await git.tryExec(['remote', 'get-url', 'origin']);
    } catch {
      throw new UserError(`--repo ${v.repo}: not a git repository`);
    }
    if (origin === null || !sameRepository(origin, target))
      throw new UserError(
        `--repo ${v.repo}: its origin (${origin?.trim() ?? 'none'}) is not ${cloneUrlFor(target)}; pass a clone of that repository, or leave --repo out to work in a temp clone`,
      );
    return { dir, fresh: false };
  }
  const dir = join(root, target.repo);
  await mkdir(dir);
  await runChecked('git', ['init', '--quiet', dir], { cwd: root, env: definedEnv(env) });
  const git = await GitRepo.open(dir, env);
  await git.exec(['remote', 'add', 'origin', cloneUrlFor(target)]);
  return { dir, fresh: true };
}

/**
 * The action's inputs for a laptop, read by the action's own parser (so they stay in step): the
 * token, the provider, the replay scripts. The flags go in as config overrides instead.
 */
function remoteInputs(token: string, v: StageValues, env: Env): Inputs {
  const provider =
    env.CLAUDE_CODE_USE_BEDROCK === '1'
      ? 'bedrock'
      : env.CLAUDE_CODE_USE_VERTEX === '1'
        ? 'vertex'
        : 'anthropic';
  return parseInputs(
    {
      'INPUT_GITHUB-TOKEN': token,
      INPUT_PROVIDER: provider,
      ...(v.replay !== undefined && { LAILATOV_REPLAY_DIR: v.replay }),
    },
    'auto',
  );
}

export async function openRemoteSession(
  v: StageValues,
  io: CliIo,
  opts: { issueRequired: boolean },
): Promise<StageSession> {
  if (opts.issueRequired && v.issue === undefined)
    throw new UserError('--issue is required: the issue as a GitHub issue URL');
  if (v.pr !== undefined && v.head !== undefined)
    throw new UserError('--pr and --head both name the branch to work on: pass one');
  const { repo: target, issue, pr } = remoteTargets(v);
  const env = io.env;
  const token = await tokenFrom(env, 'a token that can write contents, issues and pull requests');
  const apiUrl = (env.GITHUB_API_URL ?? apiUrlFor(target.serverUrl)).replace(/\/+$/, '');
  const repo = { owner: target.owner, repo: target.repo };
  const octokit = createOctokit({
    token,
    baseUrl: apiUrl,
    userAgent: 'lailatov-cli',
    retry: retryFromEnv(env),
    log: { debug: () => {}, info: () => {}, warn: (m) => io.stderr(`${m}\n`), error: () => {} },
  });
  const root = await mkdtemp(join(env.TMPDIR ?? tmpdir(), 'lailatov-remote-'));
  const { dir, fresh } = await checkoutDir(v, target, root, env);
  const runId = `remote-${Date.now()}`;
  const runner: Runner = {
    eventName: 'workflow_dispatch',
    eventPath: '',
    repo,
    workspace: dir,
    apiUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL ?? apiUrl.replace(/\/v3$/, '') + '/graphql').replace(
      /\/+$/,
      '',
    ),
    serverUrl: target.serverUrl,
    runId,
    runAttempt: 1,
    runUrl: `${target.serverUrl}/${target.owner}/${target.repo}`,
    backoffScale: retryFromEnv(env).backoffScale,
    env: { ...env, RUNNER_TEMP: root },
  };
  const progress = createProgress(io, { tty: progressIsLive(io) });
  const session = await openGitHubSession({
    inputs: remoteInputs(token, v, env),
    runner,
    stage: pr !== null ? 'review' : 'write',
    pr,
    defaultBranch: null, // no event payload here: read from the repository
    octokit,
    notifier: { notify: async () => undefined },
    logger: { info: () => undefined, warn: (m) => io.stderr(`warning: ${m}\n`) },
    progress,
    overrides: overridesFromFlags(v),
    ...(v['model-script'] !== undefined && {
      model: await ScriptedModel.fromFile(v['model-script']),
    }),
  });
  const base = session.config.baseBranch;
  if (fresh)
    await session.workspace.git.exec([
      'checkout',
      '--quiet',
      '-B',
      base,
      `refs/remotes/origin/${base}`,
    ]);
  let head: string | undefined;
  if (pr !== null) {
    try {
      const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pr });
      head = data.head.ref;
    } catch (error) {
      throw wrapApiError(error, {
        repo: `${target.owner}/${target.repo}`,
        doing: `reading PR #${pr}`,
      });
    }
  }
  const logPath = resolve(v.log ?? join(root, 'outcomes.jsonl'));
  io.stderr(`Remote: ${target.owner}/${target.repo} on ${target.serverUrl}, checkout ${dir}\n`);
  return {
    deps: session.deps,
    forge: session.forge,
    store: new FileOutcomeStore(logPath),
    issueNumber: issue,
    logPath,
    config: session.config,
    identity: {
      repo: `${target.owner}/${target.repo}`,
      runId,
      runAttempt: 1,
      source: 'local',
      suiteVersion: SUITE_VERSION,
    },
    ...(head !== undefined && { head }),
  };
}
