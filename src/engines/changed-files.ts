import { basename, dirname } from 'node:path';
import { safeGitEnv } from '../core/git/safe-config.js';
import { runChecked } from './process.js';
import { safeGitArgs, safeGitRunOptions, type SafeGitTarget } from './safe-git.js';

/**
 * What a run changed, from git rather than from the agent's claims: files that differ from the
 * starting commit, plus untracked files (new files the agent wrote but did not commit). Git runs
 * with nothing the repository's config names (the agent may have written it): see safe-git.ts.
 */
export async function changedFiles(
  cwd: string,
  baseSha: string,
  env: Readonly<Record<string, string>>,
): Promise<string[]> {
  const committed = await git(cwd, env, ['diff', '--name-only', '-z', '--no-ext-diff', baseSha]);
  const untracked = await git(cwd, env, ['ls-files', '--others', '--exclude-standard', '-z']);
  const all = new Set([...committed.split('\0'), ...untracked.split('\0')].filter((p) => p !== ''));
  return [...all].sort();
}

export async function headSha(cwd: string, env: Readonly<Record<string, string>>): Promise<string> {
  return (await git(cwd, env, ['rev-parse', 'HEAD'])).trim();
}

/** Git on the repository at `cwd`, with its git directory and work tree pinned. */
async function git(
  cwd: string,
  env: Readonly<Record<string, string>>,
  args: readonly string[],
): Promise<string> {
  const options = { path: env.PATH ?? '/usr/bin:/bin', home: env.HOME ?? '/tmp', protocols: [] };
  const found = await runChecked('git', ['rev-parse', '--absolute-git-dir', '--show-toplevel'], {
    cwd,
    env: safeGitEnv(options),
    label: 'git rev-parse',
  });
  const [gitDir = '', top = cwd] = found.stdout.trim().split('\n');
  // The tree is the directory that holds `.git`, whatever core.worktree says now; a linked
  // worktree or submodule (a gitfile) keeps git's own answer.
  const workTree = basename(gitDir) === '.git' ? dirname(gitDir) : top;
  const target: SafeGitTarget = { cwd, gitDir, workTree, env: options };
  const r = await runChecked('git', safeGitArgs(target, args), {
    ...(await safeGitRunOptions(target, args)),
  });
  return r.stdout;
}
