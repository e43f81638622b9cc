import { access, mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import {
  applyOverrides,
  CONFIG_PATH,
  egressSettings,
  loadConfigAt,
  loadConfigFile,
  priceTableOf,
  type ConfigOverrides,
  type LailatovConfig,
} from '../config/index.js';
import type { RunSource } from '../core/outcomes/index.js';
import { UserError } from '../core/errors.js';
import { chainOf } from '../engines/fallback.js';
import { loadBreakers } from '../engines/breaker-file.js';
import { REPO_BREAKER } from '../engines/breaker-history.js';
import { parseLink } from '../engines/chain-spec.js';
import { createEngine } from '../engines/registry.js';
import type { Engine } from '../engines/types.js';
import { INSTALL_COMMANDS, type CliEngineName } from '../engines/binary.js';
import type { CliEngineOptions } from '../engines/proxy/cli-session.js';
import { providerUpstream } from '../engines/upstream.js';
import { FileOutcomeStore } from '../outcomes/local-store.js';
import type { StageDeps } from '../stages/deps.js';
import { runPipeline, type PipelineResult, type RunIdentity } from '../stages/pipeline.js';
import type { EngineFactory, Model, ProgressSink } from '../stages/ports.js';
import type { AnthropicEngineConfig } from '../engines/anthropic/index.js';
import { tablePricer } from '../engines/pricer.js';
import type { Pricer } from '../engines/types.js';
import { systemClock } from '../stages/ports.js';
import { coreRiskGate } from '../stages/risk-gate.js';
import { createTreeGate } from '../engines/tree-gate.js';
import { ScriptedModel } from '../engines/model/scripted-model.js';
import { coreUntrustedText } from '../stages/untrusted-text.js';
import { AGENT_BRANCH_PREFIX } from '../forge/github/workspace.js';
import { LocalForge } from '../forge/local/forge.js';
import { GitRepo } from '../forge/local/git.js';
import { issueNumberFromPath } from '../forge/local/issue-file.js';
import { LocalWorkspace } from '../forge/local/workspace.js';
import { lazySandbox, type Sandbox } from '../engines/sandbox/index.js';

export const SUITE_VERSION = '0.1.0';

export interface LocalSessionOptions {
  readonly repoDir: string;
  readonly issuePath: string | null;
  /** The outcome log; default `<repo>/.lailatov/outcomes.jsonl`. */
  readonly logPath?: string;
  readonly overrides?: ConfigOverrides;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory of replay scripts, one per stage run: write.json, remediate-1.json, ... */
  readonly replayDir?: string;
  /** A ScriptedModel answer file instead of a provider. */
  readonly modelScript?: string;
  readonly progress: ProgressSink;
  readonly source: RunSource;
  /** Triage reads only the issue: it may run outside a git repository. */
  readonly gitOptional?: boolean;
  /** The CLI engine's executable (`--engine-bin`); else LAILATOV_<ENGINE>_BIN, else PATH. */
  readonly engineBin?: string;
  /** The branch the command reviews or fixes: never where the settings are read. */
  readonly head?: string;
}

export interface LocalSession {
  readonly deps: StageDeps;
  readonly forge: LocalForge;
  readonly store: FileOutcomeStore;
  readonly identity: RunIdentity;
  readonly issueNumber: number;
  readonly logPath: string;
  readonly config: LailatovConfig;
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

/** `LAILATOV_CLAUDE_BIN` for claude-code, `LAILATOV_CODEX_BIN`, ...: a CLI engine's binary. */
export function binEnvName(engine: CliEngineName): string {
  return `LAILATOV_${engine === 'claude-code' ? 'CLAUDE' : engine.toUpperCase()}_BIN`;
}

/** A CLI engine's options: the binary (flag, then env), the upstream for the key proxy. */
export function cliEngineOptions(
  name: CliEngineName,
  o: LocalSessionOptions,
  pricer: Pricer,
): CliEngineOptions {
  const binaryPath = o.engineBin ?? o.env[binEnvName(name)];
  return {
    parentEnv: o.env,
    pricer,
    ...(binaryPath !== undefined && binaryPath !== '' && { binaryPath }),
    // Each CLI's own provider (codex: OpenAI, gemini: Gemini, aider: by its model).
    upstreamFor: (provider) => providerUpstream(provider, o.env),
  };
}

/** The SDK engine's options: its client reads the provider variables from the session's env. */
export function anthropicEngineOptions(
  o: LocalSessionOptions,
  pricer: Pricer,
): AnthropicEngineConfig {
  return { env: o.env, pricer };
}

async function createLinkEngine(
  name: string,
  run: string,
  o: LocalSessionOptions,
  sandbox: Sandbox,
  pricer: Pricer,
): Promise<Engine> {
  if (name === 'replay') {
    if (!o.replayDir)
      throw new UserError(
        'engine replay needs --replay DIR (a directory of replay scripts: write.json, remediate-1.json, ...)',
      );
    const scriptPath = join(o.replayDir, `${run}.json`);
    if (!(await exists(scriptPath)))
      throw new UserError(`engine replay: no script for this run at ${scriptPath}`);
    return createEngine('replay', { scriptPath, parentEnv: o.env, sandbox });
  }
  if (name === 'anthropic')
    return createEngine('anthropic', { ...anthropicEngineOptions(o, pricer), sandbox });
  if (name in INSTALL_COMMANDS) {
    const cli = name as CliEngineName;
    return createEngine(cli, { ...cliEngineOptions(cli, o, pricer), sandbox });
  }
  return createEngine(name, {}); // an unknown name: the registry's UserError lists the engines
}

/** The breakers of a local run: the same as the Action's, remembered in a file. */
export const LOCAL_BREAKER = REPO_BREAKER;

/**
 * A link without a model of its own runs the stage's model (`--model` included). The breakers
 * of a chain live in `<state dir>/breakers.json`, so they remember across runs.
 */
function engineFactory(
  o: LocalSessionOptions,
  sandbox: Sandbox,
  stateDir: string,
  pricer: Pricer,
): EngineFactory {
  return async (chain, run) => {
    const specs = chain.map(parseLink);
    const clis = new Set(specs.map((l) => l.name).filter((n) => n in INSTALL_COMMANDS));
    if (o.engineBin !== undefined && clis.size > 1)
      throw new UserError(
        `--engine-bin names one executable, but the chain has ${clis.size} CLI engines (${[...clis].join(', ')}): set ${[...clis].map((n) => binEnvName(n as CliEngineName)).join(', ')} instead`,
      );
    const links = [];
    for (const { name, model } of specs) {
      links.push({
        engine: await createLinkEngine(name, run, o, sandbox, pricer),
        ...(model !== undefined && { model }),
      });
    }
    if (links.length < 2) return chainOf(links, { gitEnv: o.env });
    const breakers = await loadBreakers(join(stateDir, 'breakers.json'), LOCAL_BREAKER);
    return chainOf(links, { gitEnv: o.env, breaker: breakers.registry, onSettled: breakers.save });
  };
}

/** The model is built on first use: `write` with a CLI engine needs no model credentials. */
function lazyModel(o: LocalSessionOptions, pricer: Pricer): Model {
  let model: Promise<Model> | undefined;
  return {
    complete: async (req) => {
      model ??= modelFor(o, pricer);
      return (await model).complete(req);
    },
  };
}

async function modelFor(o: LocalSessionOptions, pricer: Pricer): Promise<Model> {
  if (o.modelScript) return ScriptedModel.fromFile(o.modelScript, pricer);
  const useCloud = o.env.CLAUDE_CODE_USE_BEDROCK === '1' || o.env.CLAUDE_CODE_USE_VERTEX === '1';
  if (!useCloud && !o.env.ANTHROPIC_API_KEY)
    throw new UserError(
      'ANTHROPIC_API_KEY is not set: export it (and ANTHROPIC_BASE_URL for a gateway) to use a model, or pass --model-script FILE for canned answers',
    );
  const { createSdkModel } = await import('../engines/model/sdk-model.js');
  return createSdkModel({ env: o.env, pricer });
}

/**
 * The config as committed on the base branch, never the tree, an agent branch or the branch
 * under review (`head`, which may be anyone's): `--base`, else the branch checked out unless it
 * is one of those, else main. Only a repository with no commit yet (or no git) has its config
 * read from the tree: there is no branch to protect.
 */
async function localConfig(
  git: GitRepo | null,
  repoDir: string,
  base: string | undefined,
  head: string | undefined,
): Promise<LailatovConfig> {
  const fromTree = () => loadConfigFile(join(repoDir, CONFIG_PATH));
  if (git === null || (await git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD'])) === null)
    return fromTree();
  const current = await git.currentBranch();
  const settled = current !== null && !current.startsWith(AGENT_BRANCH_PREFIX) && current !== head;
  const ref = base ?? (settled ? current : 'main');
  if ((await git.tryExec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) === null)
    throw new UserError(
      `cannot read ${CONFIG_PATH} from the base branch ${ref}: no such branch. Pass --base BRANCH (the branch agent branches start from).`,
    );
  return loadConfigAt((path) => git.show(ref, path), CONFIG_PATH, `branch ${ref}`);
}

/**
 * The suite's own files (its log and reports, an issue file it appends comments to): inside the
 * repository they never make the tree dirty and are never committed.
 */
export function suitePaths(o: Pick<LocalSessionOptions, 'repoDir' | 'logPath' | 'issuePath'>) {
  const repoDir = resolve(o.repoDir);
  const logPath = resolve(o.logPath ?? join(repoDir, '.lailatov', 'outcomes.jsonl'));
  const stateDir = join(logPath, '..');
  const issuePath = o.issuePath ? resolve(o.issuePath) : '';
  const exclude = [stateDir, issuePath]
    .filter((p) => p.startsWith(`${repoDir}/`))
    .map((p) => p.slice(repoDir.length + 1));
  return { logPath, stateDir, issuePath, exclude };
}

/** A state directory inside the repository ignores itself, so `git status` never lists it. */
async function ignoreStateDir(repoDir: string, stateDir: string): Promise<void> {
  if (!stateDir.startsWith(`${repoDir}/`)) return;
  await mkdir(stateDir, { recursive: true });
  await writeFile(join(stateDir, '.gitignore'), '*\n', { flag: 'wx' }).catch(() => undefined);
}

/** What a path flag must name, checked before anything else: a mistyped path is exit 2. */
async function requirePath(flag: string, path: string, want: 'file' | 'directory'): Promise<void> {
  const s = await stat(path).catch(() => null);
  if (s === null) throw new UserError(`--${flag} ${path}: no such ${want}`);
  if (want === 'file' && !s.isFile())
    throw new UserError(`--${flag} ${path}: is a directory; pass the issue's Markdown file`);
  if (want === 'directory' && !s.isDirectory())
    throw new UserError(`--${flag} ${path}: is a file; pass the repository's directory`);
}

/** Builds every port of local mode: a git repo, an issue file, the report, the JSONL log. */
export async function openLocalSession(o: LocalSessionOptions): Promise<LocalSession> {
  const repoDir = resolve(o.repoDir);
  await requirePath('repo', repoDir, 'directory');
  if (o.issuePath) await requirePath('issue', resolve(o.issuePath), 'file');
  const { logPath, stateDir, issuePath, exclude } = suitePaths(o);
  await ignoreStateDir(repoDir, stateDir);
  let git: GitRepo | null = null;
  try {
    git = await GitRepo.open(repoDir, o.env, { exclude });
  } catch {
    if (!o.gitOptional)
      throw new UserError(
        `--repo ${o.repoDir}: not a git repository (run 'git init' and commit first)`,
      );
  }
  const config = applyOverrides(
    await localConfig(git, repoDir, o.overrides?.baseBranch, o.head),
    o.overrides ?? {},
  );
  const issueNumber = o.issuePath ? issueNumberFromPath(o.issuePath) : 0;
  const forge = new LocalForge({
    git,
    issuePath,
    issueNumber,
    stateDir,
    botLogin: config.botLogin,
  });
  const sandbox = lazySandbox({
    mode: config.sandbox.mode,
    env: o.env,
    network: egressSettings(config.sandbox.network),
  });
  const pricer = tablePricer(priceTableOf(config));
  const deps: StageDeps = {
    config,
    forge,
    workspace: new LocalWorkspace(git, o.env, sandbox),
    model: lazyModel(o, pricer),
    engines: engineFactory(o, sandbox, stateDir, pricer),
    text: coreUntrustedText,
    risk: coreRiskGate,
    treeGate: createTreeGate({ env: o.env }),
    notifier: { notify: async () => undefined },
    clock: systemClock,
    logger: { info: () => undefined, warn: () => undefined },
    progress: o.progress,
    sandbox,
  };
  const repoName = basename(repoDir).replace(/[^A-Za-z0-9_.-]/g, '-') || 'repo';
  return {
    deps,
    forge,
    store: new FileOutcomeStore(logPath),
    issueNumber,
    logPath,
    config,
    identity: {
      repo: `local/${repoName}`,
      runId: `local-${Date.now()}`,
      runAttempt: 1,
      source: o.source,
      suiteVersion: SUITE_VERSION,
    },
  };
}

/** The whole pipeline on the session's issue; its outcome record goes to the session's log. */
export function runSessionPipeline(
  session: Pick<LocalSession, 'deps' | 'issueNumber' | 'store' | 'identity'>,
): Promise<PipelineResult> {
  return runPipeline(session.deps, {
    issue: session.issueNumber,
    store: session.store,
    identity: session.identity,
  });
}
