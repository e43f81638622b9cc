// How the orchestrator starts git in a repository whose .git it does not trust: the git directory
// and work tree pinned on the command line, a fresh environment with the safe config
// (src/core/git/safe-config.ts), and an empty definition of every filter, diff and merge driver
// configured at that moment, read just before the command (an include can depend on the branch,
// and the agent may have run in between).
import {
  driverOverrides,
  safeGitEnv,
  type GitConfigPair,
  type SafeGitEnvOptions,
} from '../core/git/safe-config.js';
import { basename, dirname } from 'node:path';
import { runChecked, runCommand, type RunOptions } from './process.js';

export interface SafeGitTarget {
  readonly cwd: string;
  /** The git directory (or a gitfile); pinned with `--git-dir`. */
  readonly gitDir: string;
  /** The work tree, pinned with `--work-tree`; null for a bare repository. */
  readonly workTree: string | null;
  readonly env: SafeGitEnvOptions;
  readonly secrets?: readonly string[];
}

/** The argv for `git <args>` on the target. */
export function safeGitArgs(t: SafeGitTarget, args: readonly string[]): string[] {
  const where = [`--git-dir=${t.gitDir}`];
  if (t.workTree !== null) where.push(`--work-tree=${t.workTree}`);
  return ['--no-pager', ...where, ...args];
}

/** Run options for a git command on the target, with `extra` command-scope config (e.g. a credential). */
export async function safeGitRunOptions(
  t: SafeGitTarget,
  args: readonly string[],
  extra: readonly GitConfigPair[] = [],
): Promise<RunOptions> {
  const drivers = await driversInEffect(t);
  return {
    cwd: t.cwd,
    env: safeGitEnv({ ...t.env, config: [...(t.env.config ?? []), ...drivers, ...extra] }),
    label: `git ${args[0] ?? ''}`,
    secrets: t.secrets ?? [],
  };
}

async function driversInEffect(t: SafeGitTarget): Promise<GitConfigPair[]> {
  const r = await runCommand(
    'git',
    [`--git-dir=${t.gitDir}`, 'config', '--name-only', '--get-regexp', '^(filter|diff|merge)\\.'],
    { cwd: t.cwd, env: safeGitEnv(t.env) },
  );
  // Exit 1: no such key. Anything else: a config git cannot read, and then no command can run.
  if (r.exitCode !== 0 && r.exitCode !== 1)
    throw new Error(`git cannot read the repository's config in ${t.cwd}`);
  return driverOverrides(r.stdout);
}

/**
 * The repository at `cwd`, found by git, with its work tree pinned to the directory that holds
 * `.git` (whatever core.worktree says now); a linked worktree or submodule keeps git's answer.
 * Only local transports; PATH and HOME come from `env`.
 */
export async function discoverSafeTarget(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<SafeGitTarget> {
  const options = { path: env.PATH ?? '/usr/bin:/bin', home: env.HOME ?? '/tmp', protocols: [] };
  const found = await runChecked('git', ['rev-parse', '--absolute-git-dir', '--show-toplevel'], {
    cwd,
    env: safeGitEnv(options),
    label: 'git rev-parse',
  });
  const [gitDir = '', top = cwd] = found.stdout.trim().split('\n');
  const workTree = basename(gitDir) === '.git' ? dirname(gitDir) : top;
  return { cwd, gitDir, workTree, env: options };
}
