import { runChecked } from './process.js';
import { discoverSafeTarget, safeGitArgs, safeGitRunOptions } from './safe-git.js';

/**
 * What a run changed, from git rather than from the agent's claims: files that differ from the
 * starting commit, plus untracked files (new files the agent wrote but did not commit). Git runs
 * with nothing the repository's config names (the agent may have written it): see safe-git.ts.
 */
export async function treeChangesSince(
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

/** Git on the repository at `cwd`, with nothing its config names run (see safe-git.ts). */
async function git(
  cwd: string,
  env: Readonly<Record<string, string>>,
  args: readonly string[],
): Promise<string> {
  const target = await discoverSafeTarget(cwd, env);
  const r = await runChecked('git', safeGitArgs(target, args), {
    ...(await safeGitRunOptions(target, args)),
  });
  return r.stdout;
}
