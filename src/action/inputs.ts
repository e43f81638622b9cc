// Every action input and runner variable, read once into one frozen object. Nothing downstream
// reads process.env or core.getInput again.
import { normalizeMention } from '../core/commands/parse.js';
import { UserError } from '../core/errors.js';
import { parseRepo, type RepoRef } from '../forge/github/repo.js';
import { parseAllowedBots } from '../forge/github/authorize.js';
import { backoffScaleFrom } from '../forge/github/retry-policy.js';
import { DEFAULT_API_URLS } from '../relay/urls.js';

export const ACTION_STAGES = ['triage', 'write', 'review', 'remediate'] as const;
export type ActionStage = (typeof ACTION_STAGES)[number];
/** What an entrypoint asks for: one stage, or `auto` (the root action reads the `stage` input). */
export type EntryStage = ActionStage | 'auto';

type Env = Readonly<Record<string, string | undefined>>;

export interface Inputs {
  /** The stage input of the root action (`auto` there chooses from the event); else the entry's. */
  readonly stage: EntryStage;
  readonly githubToken: string;
  readonly anthropicApiKey: string | null;
  readonly anthropicBaseUrl: string | null;
  readonly provider: 'anthropic' | 'bedrock' | 'vertex';
  readonly awsRegion: string | null;
  readonly vertexProjectId: string | null;
  readonly vertexRegion: string | null;
  /** OpenAI's key and base URL: codex, and aider with an OpenAI model. */
  readonly openaiApiKey: string | null;
  readonly openaiBaseUrl: string | null;
  /** Gemini's key and base URL: the gemini engine. */
  readonly geminiApiKey: string | null;
  readonly geminiBaseUrl: string | null;
  readonly engine: readonly string[] | null;
  readonly model: string | null;
  /** The project's test setup (bash), run in the agent sandbox before the stage. */
  readonly setupCommand: string | null;
  readonly configPath: string;
  readonly budgetUsd: number | null;
  readonly maxRounds: number | null;
  readonly allowedBots: readonly string[];
  readonly triggerLabel: string;
  /** `@login` that addresses the suite in a comment command. */
  readonly mention: string;
  readonly slackWebhookUrl: string | null;
  /** For the status comment on a ClickUp task / a Linear issue the work came from. */
  readonly clickupToken: string | null;
  readonly linearApiKey: string | null;
  /** The providers' API base URLs (LAILATOV_CLICKUP_API_URL, LAILATOV_LINEAR_API_URL: tests, proxies). */
  readonly taskApiUrls: { readonly clickup: string; readonly linear: string };
  readonly issueNumber: number | null;
  readonly prNumber: number | null;
  /** Replay scripts for engine `replay` (tests and demos): LAILATOV_REPLAY_DIR. */
  readonly replayDir: string | null;
}

export interface Runner {
  readonly eventName: string;
  readonly eventPath: string;
  readonly repo: RepoRef;
  readonly workspace: string;
  readonly apiUrl: string;
  readonly graphqlUrl: string;
  readonly serverUrl: string;
  readonly runId: string;
  readonly runAttempt: number;
  readonly runUrl: string;
  /** Multiplies every retry backoff: LAILATOV_BACKOFF_SCALE (backoffScaleFrom). */
  readonly backoffScale: number;
  /** The environment the agent's tools and the test command inherit (scrubbed later). */
  readonly env: Env;
}

function mentionInput(v: string): string {
  if (v === '') return '@lailatov';
  const m = normalizeMention(v);
  if (m === null)
    throw new UserError(
      `input \`mention\`: expected a GitHub login such as @lailatov or @my-bot, got ${JSON.stringify(v)}`,
    );
  return m;
}

/** `INPUT_<NAME>` with the name upper-cased; hyphens stay (the runner keeps them). */
function raw(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
const optional = (env: Env, name: string): string | null => raw(env, name) || null;

function number(env: Env, name: string, opts: { int?: boolean } = {}): number | null {
  const v = raw(env, name);
  if (v === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || (opts.int && !Number.isInteger(n)))
    throw new UserError(
      `input \`${name}\`: expected ${opts.int ? 'a whole number' : 'a number'} >= 0, got ${JSON.stringify(v)}`,
    );
  return n;
}

/** An http(s) URL, or null when the input is empty. */
function baseUrl(env: Env, name: string, example: string): string | null {
  const v = raw(env, name);
  if (v === '') return null;
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    ok = false;
  }
  if (!ok)
    throw new UserError(
      `input \`${name}\`: expected an http(s) URL such as ${example}, got ${JSON.stringify(v)}`,
    );
  return v;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], dflt: T): T {
  const v = raw(env, name) || dflt;
  if (!(allowed as readonly string[]).includes(v))
    throw new UserError(`input \`${name}\`: expected one of ${allowed.join(', ')}, got "${v}"`);
  return v as T;
}

export function parseInputs(env: Env, entry: EntryStage): Inputs {
  const engine = optional(env, 'engine');
  const inputs: Inputs = {
    stage: entry === 'auto' ? oneOf(env, 'stage', [...ACTION_STAGES, 'auto'], 'auto') : entry,
    githubToken: raw(env, 'github-token'),
    anthropicApiKey: optional(env, 'anthropic-api-key'),
    anthropicBaseUrl: optional(env, 'anthropic-base-url'),
    provider: oneOf(env, 'provider', ['anthropic', 'bedrock', 'vertex'], 'anthropic'),
    awsRegion: optional(env, 'aws-region'),
    vertexProjectId: optional(env, 'vertex-project-id'),
    vertexRegion: optional(env, 'vertex-region'),
    openaiApiKey: optional(env, 'openai-api-key'),
    openaiBaseUrl: baseUrl(env, 'openai-base-url', 'https://api.openai.com/v1'),
    geminiApiKey: optional(env, 'gemini-api-key'),
    geminiBaseUrl: baseUrl(env, 'gemini-base-url', 'https://generativelanguage.googleapis.com'),
    engine: engine
      ? engine
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : null,
    model: optional(env, 'model'),
    setupCommand: optional(env, 'setup-command'),
    configPath: raw(env, 'config-path') || '.github/lailatov.yml',
    budgetUsd: number(env, 'budget-usd'),
    maxRounds: number(env, 'max-rounds', { int: true }),
    allowedBots: parseAllowedBots(raw(env, 'allowed-bots')),
    triggerLabel: raw(env, 'trigger-label') || 'ai-agent',
    mention: mentionInput(raw(env, 'mention')),
    slackWebhookUrl: optional(env, 'slack-webhook-url'),
    clickupToken: optional(env, 'clickup-token'),
    linearApiKey: optional(env, 'linear-api-key'),
    taskApiUrls: {
      clickup: env.LAILATOV_CLICKUP_API_URL?.trim() || DEFAULT_API_URLS.clickup,
      linear: env.LAILATOV_LINEAR_API_URL?.trim() || DEFAULT_API_URLS.linear,
    },
    issueNumber: number(env, 'issue-number', { int: true }),
    prNumber: number(env, 'pr-number', { int: true }),
    replayDir: env.LAILATOV_REPLAY_DIR?.trim() || null,
  };
  if (inputs.githubToken === '')
    throw new UserError(
      'input `github-token` is empty: pass ${{ github.token }} or a GitHub App token (actions/create-github-app-token).',
    );
  return Object.freeze(inputs);
}

function required(env: Env, name: string): string {
  const v = env[name]?.trim();
  if (!v)
    throw new UserError(
      `${name} is not set: this action runs inside a GitHub Actions job (the runner sets it).`,
    );
  return v;
}

export function readRunner(env: Env): Runner {
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const repoName = required(env, 'GITHUB_REPOSITORY');
  const runId = env.GITHUB_RUN_ID ?? `local-${Date.now()}`;
  const apiUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  return Object.freeze({
    eventName: required(env, 'GITHUB_EVENT_NAME'),
    eventPath: required(env, 'GITHUB_EVENT_PATH'),
    repo: parseRepo(repoName),
    workspace: required(env, 'GITHUB_WORKSPACE'),
    apiUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL ?? `${apiUrl}/graphql`).replace(/\/+$/, ''),
    serverUrl,
    runId,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1,
    runUrl: `${serverUrl}/${repoName}/actions/runs/${runId}`,
    backoffScale: backoffScaleFrom(env.LAILATOV_BACKOFF_SCALE),
    env,
  });
}
