import os from 'node:os';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import {
  CLI_PACKAGES,
  findBinary,
  findOnPath,
  isExecutableFile,
  type FindBinaryOptions,
} from './binary.js';
import { runCommand } from './process.js';
import { sandboxEnv } from './sandbox-env.js';

type Env = Readonly<Record<string, string | undefined>>;

/** What to do about a CLI engine that is not on PATH. */
export type MissingCliPlan =
  | { readonly kind: 'report' }
  | {
      readonly kind: 'install';
      /** The npm spec, `<pkg>@<pinned version>`. */
      readonly spec: string;
      readonly prefix: string;
      /** Where npm puts the executable. */
      readonly bin: string;
    };

/**
 * In the Action only (GITHUB_ACTIONS=true), an npm CLI that is missing is installed at its pinned
 * version into RUNNER_TEMP: the router workflow leaves users no step to install it themselves.
 * Locally we never install behind the user's back, and aider (pipx) is never installed.
 */
export function missingCliPlan(opts: FindBinaryOptions, env: Env): MissingCliPlan {
  if (env.GITHUB_ACTIONS !== 'true') return { kind: 'report' };
  if (opts.configured !== undefined && opts.configured !== '') return { kind: 'report' };
  if (!(opts.engine in CLI_PACKAGES)) return { kind: 'report' };
  const { pkg, version } = CLI_PACKAGES[opts.engine as keyof typeof CLI_PACKAGES];
  const prefix = path.join(env.RUNNER_TEMP || os.tmpdir(), 'lailatov-clis');
  return {
    kind: 'install',
    spec: `${pkg}@${version}`,
    prefix,
    bin: path.join(prefix, 'node_modules', '.bin', opts.name),
  };
}

/** The npm arguments of an install into `prefix` (exported for the error text and the tests). */
export function npmInstallArgs(prefix: string, spec: string): string[] {
  return ['install', '--prefix', prefix, '--no-audit', '--no-fund', spec];
}

export interface LocateCliOptions extends FindBinaryOptions {
  /** The orchestrator's environment: GITHUB_ACTIONS, RUNNER_TEMP, PATH, HOME, npm's registry. */
  readonly env: Env;
  readonly timeoutMs?: number;
}

const INSTALL_TIMEOUT_MS = 5 * 60_000;
/** npm's own settings that point it at a mirror; never credentials (sandboxEnv refuses those). */
const NPM_ENV = ['npm_config_registry', 'NPM_CONFIG_REGISTRY', 'npm_config_cache'];
/** One install per prefix and package per process, however many links ask at once. */
const installs = new Map<string, Promise<void>>();

/**
 * Finds a CLI engine's executable; in the Action, installs a missing npm CLI first (see
 * missingCliPlan). Runs npm as the orchestrator, outside the agent sandbox, with no secrets.
 */
export async function locateCli(opts: LocateCliOptions): Promise<string> {
  const plan = missingCliPlan(opts, opts.env);
  if (plan.kind === 'report') return findBinary(opts).catch(inAction(opts));
  const onPath = await findOnPath(opts.name, opts.searchPath);
  if (onPath !== undefined) return onPath;
  if (!(await isExecutableFile(plan.bin))) {
    const key = `${plan.prefix}\0${plan.spec}`;
    let pending = installs.get(key);
    if (pending === undefined) {
      pending = install(opts, plan);
      installs.set(key, pending);
      pending.catch(() => installs.delete(key));
    }
    await pending;
  }
  return plan.bin;
}

/** In the Action, a CLI we do not install (aider) says how to get it onto the runner. */
function inAction(opts: LocateCliOptions): (err: unknown) => never {
  return (err) => {
    const configured = opts.configured !== undefined && opts.configured !== '';
    if (opts.env.GITHUB_ACTIONS !== 'true' || configured || !(err instanceof UserError)) throw err;
    throw new UserError(
      `${err.message} The action installs only the npm CLIs (claude-code, codex, gemini): run ` +
        `${opts.engine} in a job of your own with a step that installs it (docs/providers.md).`,
    );
  };
}

async function install(
  opts: LocateCliOptions,
  plan: Extract<MissingCliPlan, { kind: 'install' }>,
): Promise<void> {
  const args = npmInstallArgs(plan.prefix, plan.spec);
  const command = `npm ${args.join(' ')}`;
  const run = await runCommand('npm', args, {
    cwd: os.tmpdir(),
    env: sandboxEnv(opts.env, { allow: NPM_ENV }),
    timeoutMs: opts.timeoutMs ?? INSTALL_TIMEOUT_MS,
    maxOutputBytes: 64 * 1024,
  });
  const why = run.spawnError
    ? `could not start npm (${run.spawnError})`
    : run.timedOut
      ? `timed out after ${Math.round((opts.timeoutMs ?? INSTALL_TIMEOUT_MS) / 1000)}s`
      : run.exitCode !== 0
        ? `exited ${run.exitCode ?? run.signal}: ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`
        : !(await isExecutableFile(plan.bin))
          ? `did not create ${plan.bin}`
          : undefined;
  if (why === undefined) return;
  throw new UserError(
    `${opts.engine} engine: the "${opts.name}" CLI is not on the runner's PATH, and installing it ` +
      `failed: \`${command}\` ${why}. Fix: let the runner reach the npm registry (or set ` +
      `npm_config_registry to a mirror), or run on a runner with the CLI on PATH.`,
  );
}
