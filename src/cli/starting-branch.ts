import type { CliIo } from './io.js';
import { GitRepo } from '../forge/local/git.js';

/**
 * Where the user stood before a local command: the stages switch to the agent branch to work,
 * and the user is put back afterwards, told where the work is. A tree left dirty (by a crash
 * mid-stage) is never switched away from, so nothing is lost.
 */
export interface StartingPoint {
  restore(io: CliIo): Promise<void>;
}

const NOWHERE: StartingPoint = { restore: async () => undefined };

export async function rememberStartingPoint(
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
  /** The suite's own files in the tree (see `suitePaths`): they never count as uncommitted. */
  exclude: readonly string[],
): Promise<StartingPoint> {
  const git = await GitRepo.open(dir, env, { exclude }).catch(() => null);
  if (git === null) return NOWHERE;
  const branch = await git.currentBranch();
  const start = branch ?? (await git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD']))?.trim();
  if (start === undefined) return NOWHERE; // no commit yet: nothing to go back to
  return {
    async restore(io) {
      const now = await git.currentBranch();
      if (now === branch) return;
      const dirty = await git.dirtyFiles();
      if (dirty.length > 0) {
        io.stderr(
          `[lailatov] left on ${now ?? 'a detached HEAD'}: the tree has uncommitted changes\n`,
        );
        return;
      }
      await git.exec(['checkout', '--quiet', start]);
      io.stderr(
        `[lailatov] the work is on ${now ?? 'a detached HEAD'}; back on ${branch ?? start}\n`,
      );
    },
  };
}
