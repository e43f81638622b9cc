// The Workspace on a runner: the user's checkout in GITHUB_WORKSPACE. Commits are made as the
// configured bot identity and pushed at once, only to agent/* branches.
//
// The checkout's `.git` is the agent's to read and, without a sandbox, to rewrite: hooks,
// `core.fsmonitor`, `url.*.insteadOf`, `http.proxy` there would run a program or send the push
// elsewhere. So the token never meets it. Every exchange with the server goes through a private
// bare repository outside the tree, whose config only this class writes; the credential reaches
// that git through its environment (command-scope config), never argv or a file. The checkout
// only ever exchanges objects with the private repository, over a local path, with the
// repository's programs neutralised (GitRepo), and the refs it receives are checked against it.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitConfigPair } from '../../core/git/safe-config.js';
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
  /** GITHUB_SERVER_URL (https://github.com or a GHES host): the credential is scoped to it. */
  readonly serverUrl: string;
  /**
   * The repository's URL on the server (`<serverUrl>/<owner>/<repo>`). Defaults to the
   * checkout's remote URL, read once when the workspace opens, before any agent has run.
   */
  readonly remoteUrl?: string;
  readonly remote?: string;
  /** Where the project's tests run (the agent sandbox). */
  readonly sandbox?: Sandbox;
  /** Where the private repository is created; defaults to RUNNER_TEMP, else the OS tmp dir. */
  readonly privateRoot?: string;
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

/** The HTTP basic credential git sends for a GitHub token. */
export function basicCredential(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString('base64');
}

export class GitHubWorkspace implements Workspace {
  private constructor(
    readonly git: GitRepo,
    /**
     * The private bare repository: the only git that talks to the server, and what the forge
     * should read refs and content from (the checkout's refs are the agent's to rewrite).
     */
    readonly origin: GitRepo,
    private readonly tree: LocalWorkspace,
    private readonly o: GitHubWorkspaceOptions,
    private readonly remote: string,
    private readonly url: string,
  ) {}

  /** Opens the checkout and fetches every branch with full history (review needs merge bases). */
  static async open(o: GitHubWorkspaceOptions): Promise<GitHubWorkspace> {
    const secrets = [o.token];
    const git = await GitRepo.open(o.dir, o.env, { identity: o.identity, secrets });
    const remote = o.remote ?? 'origin';
    const url = o.remoteUrl ?? (await git.exec(['remote', 'get-url', remote])).trim();
    const root = o.privateRoot ?? o.env.RUNNER_TEMP ?? tmpdir();
    const privateDir = await mkdtemp(join(root, 'lailatov-git-'));
    const origin = await GitRepo.initBare(privateDir, o.env, {
      identity: o.identity,
      secrets,
      protocols: ['file', urlScheme(url)],
    });
    const ws = new GitHubWorkspace(
      git,
      origin,
      new LocalWorkspace(git, o.env, o.sandbox),
      o,
      remote,
      url,
    );
    await ws.fetch();
    return ws;
  }

  /**
   * This checkout with the identity and sandbox the config names. The config is read from the
   * fetched base in the private repository, so the workspace opens first (no API call for it).
   */
  configured(o: { readonly identity: GitIdentity; readonly sandbox: Sandbox }): GitHubWorkspace {
    const git = this.git.withIdentity(o.identity);
    return new GitHubWorkspace(
      git,
      this.origin.withIdentity(o.identity),
      new LocalWorkspace(git, this.o.env, o.sandbox),
      { ...this.o, ...o },
      this.remote,
      this.url,
    );
  }

  get dir(): string {
    return this.git.dir;
  }

  /** The credential as command-scope config of one git call, scoped to the server's URL. */
  private get auth(): GitConfigPair[] {
    const key = `http.${this.o.serverUrl.replace(/\/+$/, '')}/.extraheader`;
    return [[key, `AUTHORIZATION: basic ${basicCredential(this.o.token)}`]];
  }

  /** Fetches every branch from the server into the private repository, then into the checkout. */
  async fetch(): Promise<void> {
    await this.origin.exec(
      ['fetch', '--quiet', '--no-tags', '--prune', this.url, '+refs/heads/*:refs/remotes/origin/*'],
      { config: this.auth },
    );
    await this.syncTree('*');
  }

  /**
   * Copies the private repository's `refs/remotes/origin/<pattern>` into the checkout's
   * remote-tracking refs (unshallowing it), then checks that the checkout holds exactly those:
   * a rewritten URL in the checkout's config must not slip in other commits.
   */
  private async syncTree(pattern: string): Promise<void> {
    const shallow = (await this.git.exec(['rev-parse', '--is-shallow-repository'])).trim();
    await this.git.exec([
      'fetch',
      '--quiet',
      '--no-tags',
      '--no-recurse-submodules',
      '--upload-pack=git-upload-pack',
      ...(pattern === '*' ? ['--prune'] : []),
      ...(shallow === 'true' ? ['--unshallow'] : []),
      this.origin.gitDir,
      `+refs/remotes/origin/${pattern}:refs/remotes/${this.remote}/${pattern}`,
    ]);
    const want = await refsUnder(this.origin, 'refs/remotes/origin/', pattern);
    const got = await refsUnder(this.git, `refs/remotes/${this.remote}/`, pattern);
    if (want !== got)
      throw new Error(
        "the checkout's remote-tracking refs differ from what was fetched from the server " +
          '(its .git/config may have been rewritten); refusing to go on',
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
    // The private repository holds the branch too, so that the forge reads it from there.
    await this.origin.exec(['update-ref', `refs/heads/${branch}`, await this.git.resolve(start)]);
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
    try {
      await this.pushHead(branch);
      return;
    } catch (first) {
      const fetched = await this.origin.tryExec(
        [
          'fetch',
          '--quiet',
          '--no-tags',
          this.url,
          `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
        ],
        { config: this.auth },
      );
      if (fetched === null) throw first;
      await this.syncTree(branch);
      const rebased = await this.git.tryExec([
        'rebase',
        '--quiet',
        '--no-gpg-sign',
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
        await this.pushHead(branch);
      } catch (second) {
        throw new PushRejectedError(branch, msg(second));
      }
    }
  }

  /**
   * Takes the checkout's HEAD into the private repository (checking it arrived unchanged) and
   * pushes it from there, without force, to the server's URL only.
   */
  private async pushHead(branch: string): Promise<void> {
    const sha = await this.git.resolve('HEAD');
    const local = `refs/heads/${branch}`;
    await this.origin.exec([
      'fetch',
      '--quiet',
      '--no-tags',
      '--no-recurse-submodules',
      '--upload-pack=git-upload-pack',
      this.git.gitDir,
      `+${local}:${local}`,
    ]);
    const taken = await this.origin.resolve(local);
    if (taken !== sha)
      throw new Error(`the commit taken from the checkout (${taken}) is not its HEAD (${sha})`);
    await this.origin.exec(['push', '--quiet', '--no-verify', this.url, `${sha}:${local}`], {
      config: this.auth,
    });
    await this.origin.exec(['update-ref', `refs/remotes/origin/${branch}`, sha]);
    await this.git.exec(['update-ref', `refs/remotes/${this.remote}/${branch}`, sha]);
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

/** The transport of a remote URL, for GIT_ALLOW_PROTOCOL (a scp-like address is ssh). */
function urlScheme(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url);
  if (m?.[1]) return m[1].toLowerCase();
  return url.startsWith('/') ? 'file' : 'ssh';
}

/** `<sha> <name>` lines of the refs under `prefix` matching `pattern` (a name or `*`), names relative. */
async function refsUnder(repo: GitRepo, prefix: string, pattern: string): Promise<string> {
  const out = await repo.exec([
    'for-each-ref',
    '--format=%(objectname) %(refname)',
    pattern === '*' ? prefix : `${prefix}${pattern}`,
  ]);
  return (
    out
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.replace(` ${prefix}`, ' '))
      // The clone's symbolic `<remote>/HEAD` is not a branch of the server.
      .filter((l) => !l.endsWith(' HEAD'))
      .sort()
      .join('\n')
  );
}

function msg(e: unknown): string {
  return e instanceof Error ? e.message.slice(-500) : String(e);
}
