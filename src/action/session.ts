// Builds the stages' ports for one GitHub stage run. The model client, the engines and the
// Anthropic SDK are imported only when a stage first uses them: triage never loads an engine, and
// a run that is ignored loads neither (cold start, bench/github.bench.ts).
import { authorAdmission, SUITE_BOTS } from '../forge/github/clarification.js';
import { CLARIFICATION_LABEL } from '../forge/github/events/parse-event.js';
import { lazySandbox, type Sandbox } from '../engines/sandbox/index.js';
import { join } from 'node:path';
import {
  applyOverrides,
  egressSettings,
  type ConfigOverrides,
  loadConfigAt,
  type LailatovConfig,
} from '../config/index.js';
import { UserError } from '../core/errors.js';
import type { GitHubClient } from '../forge/github/client.js';
import { GitHubForge } from '../forge/github/forge.js';
import { LABELS, type LabelSpec } from '../forge/github/labels.js';
import { settingsBase, type SettingsBase } from '../forge/github/settings.js';
import { GitHubWorkspace } from '../forge/github/workspace.js';
import type { BreakerRegistry } from '../engines/breaker.js';
import type { Pricer } from '../engines/types.js';
import type { StageDeps } from '../stages/deps.js';
import type { EngineFactory, Logger, Model, Notifier, ProgressSink } from '../stages/ports.js';
import { systemClock } from '../stages/ports.js';
import { coreRiskGate } from '../stages/risk-gate.js';
import { createTreeGate } from '../engines/tree-gate.js';
import { coreUntrustedText } from '../stages/untrusted-text.js';
import type { ActionStage, Inputs, Runner } from './inputs.js';

export interface GitHubSession {
  readonly deps: StageDeps;
  readonly forge: GitHubForge;
  readonly workspace: GitHubWorkspace;
  readonly config: LailatovConfig;
}

/** The environment the engines and the model see: the runner's, plus the keys and URLs from the inputs. */
export function providerEnv(inputs: Inputs, runner: Runner): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(runner.env)) if (!k.startsWith('INPUT_')) env[k] = v;
  if (inputs.anthropicApiKey) env.ANTHROPIC_API_KEY = inputs.anthropicApiKey;
  if (inputs.anthropicBaseUrl) env.ANTHROPIC_BASE_URL = inputs.anthropicBaseUrl;
  if (inputs.provider === 'bedrock') env.CLAUDE_CODE_USE_BEDROCK = '1';
  if (inputs.provider === 'vertex') env.CLAUDE_CODE_USE_VERTEX = '1';
  if (inputs.awsRegion) env.AWS_REGION = inputs.awsRegion;
  if (inputs.vertexProjectId) env.ANTHROPIC_VERTEX_PROJECT_ID = inputs.vertexProjectId;
  if (inputs.vertexRegion) env.CLOUD_ML_REGION = inputs.vertexRegion;
  if (inputs.openaiApiKey) env.OPENAI_API_KEY = inputs.openaiApiKey;
  if (inputs.openaiBaseUrl) env.OPENAI_BASE_URL = inputs.openaiBaseUrl;
  if (inputs.geminiApiKey) env.GEMINI_API_KEY = inputs.geminiApiKey;
  if (inputs.geminiBaseUrl) env.GOOGLE_GEMINI_BASE_URL = inputs.geminiBaseUrl;
  return env;
}

/**
 * The config file as committed at the base (never the checkout, which may be the PR's head),
 * with the action's inputs on top (validated again). `read` reads a file at the base.
 */
export async function loadActionConfig(
  inputs: Inputs,
  read: (path: string) => Promise<string | null>,
  base: SettingsBase,
  stage: ActionStage,
): Promise<LailatovConfig> {
  const file = await loadConfigAt(read, inputs.configPath, base.what);
  const engineStage = stage === 'write' || stage === 'remediate' ? stage : null;
  const config = applyOverrides(file, {
    ...(inputs.engine && engineStage && { engines: { [engineStage]: [...inputs.engine] } }),
    ...(inputs.model && { models: { [stage]: inputs.model } }),
    ...(inputs.maxRounds !== null && { maxRemediationRounds: inputs.maxRounds }),
  });
  if (inputs.budgetUsd === null) return config;
  if (inputs.budgetUsd <= 0) throw new UserError('input `budget-usd`: expected a number > 0');
  return { ...config, budgets: { ...config.budgets, [stage]: inputs.budgetUsd } };
}

/** The label colors, keyed by the names this repository's config uses. */
export function labelCatalog(config: LailatovConfig): Map<string, LabelSpec> {
  const specs: LabelSpec[] = [
    { ...LABELS.needsClarification, name: config.labels.needsClarification },
    { ...LABELS.escalated, name: config.labels.escalated },
    { ...LABELS.blocked, name: config.labels.blocked },
    { ...LABELS.incomplete, name: config.labels.incomplete },
    { ...LABELS.stopped, name: config.labels.stopped },
    { ...LABELS.planPending, name: config.labels.planPending },
    LABELS.working,
    LABELS.riskHigh,
    LABELS.riskMedium,
    LABELS.riskLow,
  ];
  return new Map(specs.map((s) => [s.name, s]));
}

/** The run's pricer: the built-in table under the config's `prices`. */
async function pricerFor(config: LailatovConfig): Promise<Pricer> {
  const { tablePricer } = await import('../engines/pricer.js');
  const { priceTableOf } = await import('../config/prices.js');
  return tablePricer(priceTableOf(config));
}

function lazyModel(
  env: Record<string, string | undefined>,
  provider: Inputs['provider'],
  config: LailatovConfig,
): Model {
  let model: Promise<Model> | undefined;
  const build = async (): Promise<Model> => {
    const { createSdkModel } = await import('../engines/model/sdk-model.js');
    return createSdkModel({ env, provider, pricer: await pricerFor(config) });
  };
  return {
    complete: async (req) => {
      model ??= build();
      return (await model).complete(req);
    },
  };
}

export function engineFactory(
  env: Record<string, string | undefined>,
  inputs: Inputs,
  sandbox: Sandbox,
  config: LailatovConfig,
  /** The breakers of a chain (read once, when a chain first runs); none: no breaker. */
  breakers?: () => Promise<BreakerRegistry>,
): EngineFactory {
  return async (chain, run) => {
    const { createEngine } = await import('../engines/registry.js');
    const price = await pricerFor(config);
    const { providerUpstream } = await import('../engines/upstream.js');
    const { parseLink } = await import('../engines/chain-spec.js');
    const links = [];
    for (const text of chain) {
      const { name, model } = parseLink(text);
      const own = model !== undefined ? { model } : {};
      if (name === 'replay') {
        if (!inputs.replayDir)
          throw new UserError(
            'engine replay needs LAILATOV_REPLAY_DIR (a directory of replay scripts)',
          );
        const scriptPath = join(inputs.replayDir, `${run}.json`);
        links.push({
          engine: await createEngine('replay', { scriptPath, parentEnv: env, sandbox }),
          ...own,
        });
      } else
        links.push({
          engine: await createEngine(name, {
            env,
            parentEnv: env,
            pricer: price,
            sandbox,
            // Each CLI reaches its own provider (codex: OpenAI, gemini: Gemini, aider: by its
            // model), never the Anthropic endpoint with the Anthropic key.
            upstreamFor: (provider: 'anthropic' | 'openai' | 'gemini') =>
              providerUpstream(provider, env),
          }),
          ...own,
        });
    }
    // A fresh runner remembers nothing: a chain's breakers come from the outcome log.
    const { chainOf } = await import('../engines/fallback.js');
    if (links.length < 2 || breakers === undefined) return chainOf(links, { gitEnv: env });
    return chainOf(links, { gitEnv: env, breaker: await breakers() });
  };
}

/**
 * The breakers of this repository's chains, replayed from the outcome log on the data branch
 * (docs/providers.md), read at most once per run.
 */
function logBreakers(o: {
  readonly runner: Runner;
  readonly octokit: GitHubClient;
  readonly logger: Logger;
}): () => Promise<BreakerRegistry> {
  let registry: Promise<BreakerRegistry> | undefined;
  return () =>
    (registry ??= (async () => {
      const [{ GitBranchOutcomeStore }, { breakersFromLog }] = await Promise.all([
        import('../outcomes/git-branch-store.js'),
        import('../outcomes/breaker-log.js'),
      ]);
      const { owner, repo } = o.runner.repo;
      return breakersFromLog({
        log: new GitBranchOutcomeStore({ octokit: o.octokit, repo: o.runner.repo }),
        repo: `${owner}/${repo}`,
        warn: (m) => o.logger.warn(m),
      });
    })());
}

/**
 * The PR's base commit as a ref of the checkout. A base the fetch did not bring (rewritten
 * since) falls back to the base branch's head: still the base, never the head.
 */
/** The default branch as fetched; a branch the fetch did not bring is an error, never "no config". */
async function defaultBranchRef(workspace: GitHubWorkspace, base: SettingsBase): Promise<string> {
  const ref = `refs/remotes/origin/${base.ref}`;
  const found = await workspace.origin.tryExec(['rev-parse', '--verify', '--quiet', ref]);
  if (found === null)
    throw new UserError(
      `the default branch ${base.ref} was not fetched from the repository: check the token's contents: read permission`,
    );
  return ref;
}

async function baseCommit(
  workspace: GitHubWorkspace,
  pull: { readonly summary: { readonly baseSha: string; readonly baseRef: string } },
): Promise<string> {
  const { baseSha, baseRef } = pull.summary;
  const found = await workspace.git.tryExec(['cat-file', '-e', `${baseSha}^{commit}`]);
  return found === null ? `refs/remotes/origin/${baseRef}` : baseSha;
}

export async function openGitHubSession(o: {
  readonly inputs: Inputs;
  readonly runner: Runner;
  readonly stage: ActionStage;
  /** The PR the run is for: its base commit holds the settings (else the default branch). */
  readonly pr: number | null;
  /** The default branch as the event payload names it (null: read it from the API). */
  readonly defaultBranch: string | null;
  readonly octokit: GitHubClient;
  readonly notifier: Notifier;
  readonly logger: Logger;
  readonly progress: ProgressSink;
  /** Remote mode (the CLI on a laptop): its flags on top of the committed config. */
  readonly overrides?: ConfigOverrides;
  /** Remote mode's `--model-script`: canned answers instead of the provider's SDK. */
  readonly model?: Model;
}): Promise<GitHubSession> {
  const base = await settingsBase(o.octokit, o.runner.repo, o.pr, o.defaultBranch);
  // The workspace fetches every branch first; the config is then read from the base in its
  // private repository (no API call), and names the identity and the sandbox.
  const fetched = await GitHubWorkspace.open({
    dir: o.runner.workspace,
    env: o.runner.env,
    identity: { name: 'LailaTov', email: 'lailatov@users.noreply.github.com' },
    token: o.inputs.githubToken,
    serverUrl: o.runner.serverUrl,
  });
  const settingsRef = base.pull
    ? await baseCommit(fetched, base.pull)
    : await defaultBranchRef(fetched, base);
  const committed = await loadActionConfig(
    o.inputs,
    (path) => fetched.origin.show(settingsRef, path),
    base,
    o.stage,
  );
  const config = o.overrides ? applyOverrides(committed, o.overrides) : committed;
  const env = providerEnv(o.inputs, o.runner);
  const sandbox = lazySandbox({
    mode: config.sandbox.mode,
    env: o.runner.env,
    network: egressSettings(config.sandbox.network),
  });
  const workspace = fetched.configured({
    sandbox,
    identity: {
      name: config.botLogin,
      email: `${config.botLogin.replace(/\[bot\]$/, '')}@users.noreply.github.com`,
    },
  });
  const forge = new GitHubForge({
    octokit: o.octokit,
    repo: o.runner.repo,
    // Refs and content from the private repository, which no agent can write.
    git: workspace.origin,
    labels: labelCatalog(config),
    // The suite's own comments, and the issue author's answer once the trust rules admit it.
    admitLogins: [config.botLogin, ...SUITE_BOTS, ...o.inputs.allowedBots],
    admitsAuthor: authorAdmission(o.octokit, {
      repo: o.runner.repo,
      triggerLabel: o.inputs.triggerLabel,
      clarificationLabel: CLARIFICATION_LABEL,
      suiteLogins: [...SUITE_BOTS, ...o.inputs.allowedBots],
      allowedBots: o.inputs.allowedBots,
    }),
  });
  if (base.pull) forge.rememberPull(base.pull);
  const deps: StageDeps = {
    config,
    forge,
    workspace,
    model: o.model ?? lazyModel(env, o.inputs.provider, config),
    engines: engineFactory(env, o.inputs, sandbox, config, logBreakers(o)),
    text: coreUntrustedText,
    risk: coreRiskGate,
    // The config file is protected wherever `config-path` puts it (anchored at the root).
    treeGate: createTreeGate({ env, alsoProtected: [`/${o.inputs.configPath}`] }),
    notifier: o.notifier,
    clock: systemClock,
    logger: o.logger,
    progress: o.progress,
    sandbox,
    ...(base.pull && { settingsRef }),
  };
  return { deps, forge, workspace, config };
}
