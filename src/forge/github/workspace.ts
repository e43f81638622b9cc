// The Workspace on a runner: the user's checkout in GITHUB_WORKSPACE. Commits are made as the
// configured bot identity and pushed at once, only to agent/* branches, with the token given as
// an http extraheader that exists only while git talks to the server (restored in `finally`).
import { GitRepo, type GitIdentity } from '../local/git.js';
import { LocalWorkspace } from '../local/workspace.js';
import type { CommandOutcome, Workspace } from '../../stages/ports.js';
import type { Sandbox } from '../../engines/sandbox/types.js';

export const AGENT_BRANCH_PREFIX = 'agent/';

export interface GitHubWorkspaceOptions {
  readonly dir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly identity: GitIdentity;
  readonly token: string;
  /** GITHUB_SERVER_URL (https://github.com or a GHES host): the extraheader is scoped to it. */
  readonly serverUrl: string;
  readonly remote?: string;
  /** Where the project's tests run (the agent sandbox). */
  readonly sandbox?: Sandbox;
}

export class PushRejectedError extends Error {
  constructor(
    readonly branch: string,
    detail: string,
  ) {
    super(
      `git push of ${branch} was rejected twice (the branch moved, and a rebase onto it did not help): ${detail}`,
    );
    this.name = 'PushRejectedError';
    Object.setPrototypeOf(this, PushRejectedError.prototype);
  }
}

export class GitHubWorkspace implements Workspace {
  private constructor(
    readonly git: GitRepo,
    private readonly tree: LocalWorkspace,
    private readonly o: GitHubWorkspaceOptions,
    private readonly remote: string,
  ) {}

  /** Opens the checkout and fetches every branch with full history (review needs merge bases). */
  static async open(o: GitHubWorkspaceOptions): Promise<GitHubWorkspace> {
    const git = await GitRepo.open(o.dir, o.env, { identity: o.identity });
    const ws = new GitHubWorkspace(
      git,
      new LocalWorkspace(git, o.env, o.sandbox),
      o,
      o.remote ?? 'origin',
    );
    await ws.fetch();
    return ws;
  }

  get dir(): string {
    return this.git.dir;
  }

  private get headerKey(): string {
    return `http.${this.o.serverUrl.replace(/\/+$/, '')}/.extraheader`;
  }

  /** Runs git network commands with the token, then restores the checkout's own setting. */
  private async withAuth<T>(fn: () => Promise<T>): Promise<T> {
    const key = this.headerKey;
    const before = await this.git.tryExec(['config', '--local', '--get-all', key]);
    const basic = Buffer.from(`x-access-token:${this.o.token}`).toString('base64');
    await this.git.exec([
      'config',
      '--local',
      '--replace-all',
      key,
      `AUTHORIZATION: basic ${basic}`,
    ]);
    try {
      return await fn();
    } finally {
      await this.git.tryExec(['config', '--local', '--unset-all', key]);
      for (const v of (before ?? '').split('\n').filter((l) => l !== ''))
        await this.git.exec(['config', '--local', '--add', key, v]);
    }
  }

  async fetch(): Promise<void> {
    const shallow = (await this.git.exec(['rev-parse', '--is-shallow-repository'])).trim();
    await this.withAuth(() =>
      this.git.exec([
        'fetch',
        '--quiet',
        '--no-tags',
        '--prune',
        ...(shallow === 'true' ? ['--unshallow'] : []),
        this.remote,
        `+refs/heads/*:refs/remotes/${this.remote}/*`,
      ]),
    );
  }

  /** Checks out `branch` at its remote head, or creates it from the remote base. */
  async checkoutBranch(branch: string, base: string): Promise<{ created: boolean }> {
    await this.fetch();
    const remoteHead = `refs/remotes/${this.remote}/${branch}`;
    const exists =
      (await this.git.tryExec(['rev-parse', '--verify', '--quiet', remoteHead])) !== null;
    const start = exists ? remoteHead : `refs/remotes/${this.remote}/${base}`;
    await this.git.exec(['checkout', '--quiet', '--no-track', '-B', branch, start]);
    return { created: !exists };
  }

  dirtyFiles(): Promise<string[]> {
    return this.tree.dirtyFiles();
  }

  /** Commits everything and pushes the agent branch; the SHA is the pushed one (after a rebase). */
  async commitAll(message: string): Promise<string | null> {
    const sha = await this.git.commitAll(message);
    if (sha === null) return null;
    const branch = await this.git.currentBranch();
    if (branch === null || !branch.startsWith(AGENT_BRANCH_PREFIX))
      throw new Error(
        `refusing to push ${branch ?? 'a detached HEAD'}: the suite pushes only ${AGENT_BRANCH_PREFIX}* branches`,
      );
    await this.push(branch);
    return this.git.resolve('HEAD');
  }

  /** Pushes without force; a rejection because the branch moved is fetched, rebased, retried once. */
  async push(branch: string): Promise<void> {
    const refspec = `HEAD:refs/heads/${branch}`;
    await this.withAuth(async () => {
      try {
        await this.git.exec(['push', '--quiet', this.remote, refspec]);
        return;
      } catch (first) {
        const fetched = await this.git.tryExec([
          'fetch',
          '--quiet',
          this.remote,
          `+refs/heads/${branch}:refs/remotes/${this.remote}/${branch}`,
        ]);
        if (fetched === null) throw first;
        const rebased = await this.git.tryExec([
          'rebase',
          '--quiet',
          `refs/remotes/${this.remote}/${branch}`,
        ]);
        if (rebased === null) {
          await this.git.tryExec(['rebase', '--abort']);
          throw new PushRejectedError(
            branch,
            `rebase onto the moved branch conflicted (${msg(first)})`,
          );
        }
        try {
          await this.git.exec(['push', '--quiet', this.remote, refspec]);
        } catch (second) {
          throw new PushRejectedError(branch, msg(second));
        }
      }
    });
  }

  headSha(): Promise<string> {
    return this.git.resolve('HEAD');
  }

  exists(path: string): Promise<boolean> {
    return this.tree.exists(path);
  }

  readFile(path: string): Promise<string | null> {
    return this.tree.readFile(path);
  }

  run(argv: readonly string[], timeoutMs: number): Promise<CommandOutcome> {
    return this.tree.run(argv, timeoutMs);
  }
}

function msg(e: unknown): string {
  return e instanceof Error ? e.message.slice(-500) : String(e);
}
