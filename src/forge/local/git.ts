import { runChecked, runCommand } from '../../engines/process.js';
import { safeGitArgs, safeGitRunOptions, type SafeGitTarget } from '../../engines/safe-git.js';
import {
  safeGitEnv,
  type GitConfigPair,
  type GitIdentity,
  type SafeGitEnvOptions,
} from '../../core/git/safe-config.js';
import type { CommitInfo, FileDiff } from '../../stages/ports.js';

export type { GitIdentity } from '../../core/git/safe-config.js';

const DEFAULT_IDENTITY: GitIdentity = { name: 'LailaTov', email: 'lailatov@users.noreply.local' };

export interface GitRepoOptions {
  /** The identity the suite commits with; set per command through the environment. */
  readonly identity?: GitIdentity;
  /** Repository-relative paths the suite writes itself (its log); never committed. */
  readonly exclude?: readonly string[];
  /** Transports this repository's git may use; only local paths unless told otherwise. */
  readonly protocols?: readonly string[];
  /** Values redacted from every error this repository's git throws. */
  readonly secrets?: readonly string[];
}

/** Extra command-scope config for one call (e.g. the push credential), passed in the environment. */
export interface ExecOptions {
  readonly config?: readonly GitConfigPair[];
}

/**
 * Git behind one class: every call is an argument array through the suite's one process
 * boundary. Methods that may fail without it being an error start with `try`.
 *
 * The repository's own config is untrusted (an agent may have rewritten `.git/config`), so every
 * command runs with the git directory and work tree pinned to what they were when the repository
 * was opened, only the allowed transports, and {@link safeGitEnv}'s overrides plus an empty
 * definition of every filter, diff and merge driver in effect: nothing the config names runs.
 */
export class GitRepo {
  private constructor(
    readonly dir: string,
    /** The git directory, resolved when the repository was opened. */
    readonly gitDir: string,
    /** The work tree, resolved when opened; null for a bare repository. */
    private readonly workTree: string | null,
    private readonly envOptions: SafeGitEnvOptions,
    private readonly excluded: readonly string[],
    private readonly secrets: readonly string[],
  ) {}

  static async open(
    dir: string,
    parentEnv: Readonly<Record<string, string | undefined>>,
    opts: GitRepoOptions = {},
  ): Promise<GitRepo> {
    const envOptions = gitEnvOptions(parentEnv, opts);
    const env = safeGitEnv(envOptions);
    const r = await runCommand('git', ['rev-parse', '--is-bare-repository', '--absolute-git-dir'], {
      cwd: dir,
      env,
    });
    const [bare, gitDir] = r.stdout.split('\n');
    if (r.exitCode !== 0 || gitDir === undefined || gitDir === '')
      throw new Error(`${dir} is not a git repository`);
    let workTree: string | null = null;
    if (bare !== 'true') {
      const top = await runCommand('git', ['rev-parse', '--show-toplevel'], { cwd: dir, env });
      workTree = top.exitCode === 0 ? top.stdout.trim() : dir;
    }
    return new GitRepo(dir, gitDir, workTree, envOptions, opts.exclude ?? [], opts.secrets ?? []);
  }

  /** Creates an empty bare repository at `gitDir` (a directory only the orchestrator can reach). */
  static async initBare(
    gitDir: string,
    parentEnv: Readonly<Record<string, string | undefined>>,
    opts: GitRepoOptions = {},
  ): Promise<GitRepo> {
    await runChecked('git', ['init', '--quiet', '--bare', gitDir], {
      cwd: gitDir,
      env: safeGitEnv(gitEnvOptions(parentEnv, opts)),
      label: 'git init',
    });
    return GitRepo.open(gitDir, parentEnv, opts);
  }

  /**
   * The same repository, committing as `identity`: a runner's checkout is opened before the
   * config that names the bot is read (from the fetched base, at no API cost).
   */
  withIdentity(identity: GitIdentity): GitRepo {
    return new GitRepo(
      this.dir,
      this.gitDir,
      this.workTree,
      { ...this.envOptions, identity },
      this.excluded,
      this.secrets,
    );
  }

  private get target(): SafeGitTarget {
    return {
      cwd: this.dir,
      gitDir: this.gitDir,
      workTree: this.workTree,
      env: this.envOptions,
      secrets: this.secrets,
    };
  }

  async exec(args: readonly string[], opts: ExecOptions = {}): Promise<string> {
    const r = await runChecked('git', safeGitArgs(this.target, args), {
      ...(await safeGitRunOptions(this.target, args, opts.config)),
      maxOutputBytes: 256 * 1024 * 1024,
    });
    return r.stdout;
  }

  /** stdout, or null when git exits non-zero. */
  async tryExec(args: readonly string[], opts: ExecOptions = {}): Promise<string | null> {
    const r = await runCommand(
      'git',
      safeGitArgs(this.target, args),
      await safeGitRunOptions(this.target, args, opts.config),
    );
    return r.exitCode === 0 ? r.stdout : null;
  }

  async branchExists(branch: string): Promise<boolean> {
    return (
      (await this.tryExec(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])) !== null
    );
  }

  async resolve(ref: string): Promise<string> {
    return (await this.exec(['rev-parse', '--verify', `${ref}^{commit}`])).trim();
  }

  async currentBranch(): Promise<string | null> {
    const out = await this.tryExec(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    return out === null ? null : out.trim();
  }

  async checkout(branch: string, base: string): Promise<{ created: boolean }> {
    if (await this.branchExists(branch)) {
      await this.exec(['checkout', '--quiet', branch]);
      return { created: false };
    }
    await this.exec(['checkout', '--quiet', '-b', branch, base]);
    return { created: true };
  }

  private pathspec(): string[] {
    return ['--', '.', ...this.excluded.map((p) => `:(exclude)${p}`)];
  }

  async dirtyFiles(): Promise<string[]> {
    const out = await this.exec([
      'status',
      '--porcelain',
      '-z',
      '--untracked-files=all',
      ...this.pathspec(),
    ]);
    return out
      .split('\0')
      .filter((l) => l.length > 3)
      .map((l) => l.slice(3));
  }

  async commitAll(message: string): Promise<string | null> {
    await this.exec(['add', '-A', ...this.pathspec()]);
    const clean = await this.tryExec([
      'diff',
      '--cached',
      '--quiet',
      '--no-ext-diff',
      '--no-textconv',
    ]);
    if (clean !== null) return null;
    await this.exec(['commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', message]);
    return (await this.exec(['rev-parse', 'HEAD'])).trim();
  }

  async commits(base: string, head: string): Promise<CommitInfo[]> {
    const out = await this.exec([
      'log',
      '--reverse',
      '--no-show-signature',
      '--format=%H%x00%s',
      `${base}..${head}`,
    ]);
    return out
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const [sha = '', subject = ''] = l.split('\0');
        return { sha, subject };
      });
  }

  async changedFiles(base: string, head: string): Promise<string[]> {
    const out = await this.exec([
      'diff',
      '--name-only',
      '-z',
      '--no-ext-diff',
      '--no-textconv',
      `${base}...${head}`,
    ]);
    return out.split('\0').filter((p) => p !== '');
  }

  async diff(base: string, head: string): Promise<FileDiff[]> {
    const out = await this.exec([
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      `${base}...${head}`,
    ]);
    return splitDiff(out);
  }

  /** Paths of the files directly under `dir` at a ref; empty when the directory is absent. */
  async listFiles(ref: string, dir: string): Promise<string[]> {
    const out = await this.tryExec(['ls-tree', '-z', '--name-only', `${ref}:${dir}`]);
    if (out === null) return [];
    return out
      .split('\0')
      .filter((p) => p !== '')
      .map((p) => `${dir.replace(/\/$/, '')}/${p}`);
  }

  /** A file's content at a ref, or null when the ref does not have it. */
  async show(ref: string, path: string): Promise<string | null> {
    return this.tryExec(['cat-file', 'blob', `${ref}:${path}`]);
  }
}

function gitEnvOptions(
  parentEnv: Readonly<Record<string, string | undefined>>,
  opts: GitRepoOptions,
): SafeGitEnvOptions {
  return {
    path: parentEnv.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    home: parentEnv.HOME ?? '/tmp',
    protocols: opts.protocols ?? ['file'],
    identity: opts.identity ?? DEFAULT_IDENTITY,
  };
}

/** Splits `git diff` output into one entry per file, keyed by the new path (old for deletions). */
export function splitDiff(text: string): FileDiff[] {
  const files: FileDiff[] = [];
  const parts = text.split(/^(?=diff --git )/m).filter((p) => p.startsWith('diff --git '));
  for (const part of parts) {
    const plus = /^\+\+\+ b\/(.+)$/m.exec(part)?.[1];
    const minus = /^--- a\/(.+)$/m.exec(part)?.[1];
    const header = /^diff --git a\/(.+) b\/(.+)$/m.exec(part);
    const path = plus ?? minus ?? header?.[2] ?? '';
    files.push({ path, patch: part });
  }
  return files;
}
