import { runChecked, runCommand } from './process.js';
import {
  discoverSafeTarget,
  safeGitArgs,
  safeGitRunOptions,
  type SafeGitTarget,
} from './safe-git.js';

/** Puts a working tree back where it was when `snapshotTree` was taken. */
export interface TreeSnapshot {
  restore(): Promise<void>;
}

/**
 * The tree as a chain starts: HEAD's commit and branch. `restore` checks that commit out again on
 * that branch (or detached), discarding every change, commit and untracked file a failed link
 * left, ignored files excepted (dependencies, build output). Git runs with the safe config
 * (hooks off, no filters from the repository: safe-git.ts), because the agent may have written
 * the repository's config.
 */
export async function snapshotTree(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<TreeSnapshot> {
  const target = await discoverSafeTarget(cwd, env);
  const sha = (await git(target, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
  // Exit 1: a detached HEAD.
  const args = ['symbolic-ref', '-q', 'HEAD'];
  const ref = await runCommand('git', safeGitArgs(target, args), {
    ...(await safeGitRunOptions(target, args)),
  });
  const name = ref.exitCode === 0 ? ref.stdout.trim().replace(/^refs\/heads\//, '') : '';
  const branch = name === '' ? null : name;
  return {
    async restore() {
      await git(
        target,
        branch === null
          ? ['checkout', '--force', '--detach', sha]
          : ['checkout', '--force', '-B', branch, sha],
      );
      // -ff: nested repositories too; no -x: ignored files stay.
      await git(target, ['clean', '-ffdq']);
    },
  };
}

async function git(target: SafeGitTarget, args: readonly string[]): Promise<string> {
  const r = await runChecked('git', safeGitArgs(target, args), {
    ...(await safeGitRunOptions(target, args)),
  });
  return r.stdout;
}
