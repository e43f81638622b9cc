import { runChecked, runCommand } from '../../engines/process.js';
import type { CommitInfo, FileDiff } from '../../stages/ports.js';

/** The identity the suite commits with; set per command through the environment, never in config. */
export interface GitIdentity {
  readonly name: string;
  readonly email: string;
}

const DEFAULT_IDENTITY: GitIdentity = { name: 'LailaTov', email: 'lailatov@users.noreply.local' };

/**
 * Git behind one class: every call is an argument array through the suite's one process
 * boundary. Methods that may fail without it being an error start with `try`.
 */
export class GitRepo {
  private constructor(
    readonly dir: string,
    private readonly env: Record<string, string>,
    /** Repository-relative paths the suite writes itself (its log); never committed. */
    private readonly excluded: readonly string[],
  ) {}

  static async open(
    dir: string,
    parentEnv: Readonly<Record<string, string | undefined>>,
    opts: { identity?: GitIdentity; exclude?: readonly string[] } = {},
  ): Promise<GitRepo> {
    const identity = opts.identity ?? DEFAULT_IDENTITY;
    const env: Record<string, string> = {
      PATH: parentEnv.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: parentEnv.HOME ?? '/tmp',
      LANG: 'C',
      GIT_AUTHOR_NAME: identity.name,
      GIT_AUTHOR_EMAIL: identity.email,
      GIT_COMMITTER_NAME: identity.name,
      GIT_COMMITTER_EMAIL: identity.email,
      GIT_TERMINAL_PROMPT: '0',
    };
    const repo = new GitRepo(dir, env, opts.exclude ?? []);
    const top = await repo.tryExec(['rev-parse', '--show-toplevel']);
    if (top === null) throw new Error(`${dir} is not a git repository`);
    return repo;
  }

  async exec(args: readonly string[]): Promise<string> {
    const r = await runChecked('git', ['-c', 'core.quotepath=off', ...args], {
      cwd: this.dir,
      env: this.env,
      maxOutputBytes: 256 * 1024 * 1024,
    });
    return r.stdout;
  }

  /** stdout, or null when git exits non-zero. */
  async tryExec(args: readonly string[]): Promise<string | null> {
    const r = await runCommand('git', ['-c', 'core.quotepath=off', ...args], {
      cwd: this.dir,
      env: this.env,
    });
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
    const clean = await this.tryExec(['diff', '--cached', '--quiet']);
    if (clean !== null) return null;
    await this.exec(['commit', '--quiet', '--no-verify', '-m', message]);
    return (await this.exec(['rev-parse', 'HEAD'])).trim();
  }

  async commits(base: string, head: string): Promise<CommitInfo[]> {
    const out = await this.exec(['log', '--reverse', '--format=%H%x00%s', `${base}..${head}`]);
    return out
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const [sha = '', subject = ''] = l.split('\0');
        return { sha, subject };
      });
  }

  async changedFiles(base: string, head: string): Promise<string[]> {
    const out = await this.exec(['diff', '--name-only', '-z', `${base}...${head}`]);
    return out.split('\0').filter((p) => p !== '');
  }

  async diff(base: string, head: string): Promise<FileDiff[]> {
    const out = await this.exec(['diff', '--no-color', '--no-ext-diff', `${base}...${head}`]);
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
    return this.tryExec(['show', `${ref}:${path}`]);
  }
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
