import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommand } from '../../engines/process.js';
import { sandboxEnv } from '../../engines/sandbox-env.js';
import { jailFor, type Sandbox } from '../../engines/sandbox/index.js';
import { DEFAULT_PROTECTED_PATHS } from '../../core/risk/index.js';
import type { CommandOutcome, Workspace } from '../../stages/ports.js';
import { UserError } from '../../core/errors.js';
import type { GitRepo } from './git.js';

/** The working tree of a local repository, edited in place. */
export class LocalWorkspace implements Workspace {
  constructor(
    private readonly repo: GitRepo | null,
    private readonly parentEnv: Readonly<Record<string, string | undefined>>,
    /** The project's tests run project code an agent may have written: in the agent sandbox. */
    private readonly sandbox?: Sandbox,
  ) {}

  private get git(): GitRepo {
    if (!this.repo) throw new UserError('this command needs a git repository: pass --repo DIR');
    return this.repo;
  }

  get dir(): string {
    return this.git.dir;
  }

  checkoutBranch(branch: string, base: string): Promise<{ created: boolean }> {
    return this.git.checkout(branch, base);
  }

  dirtyFiles(): Promise<string[]> {
    return this.git.dirtyFiles();
  }

  commitAll(message: string): Promise<string | null> {
    return this.git.commitAll(message);
  }

  headSha(): Promise<string> {
    return this.git.resolve('HEAD');
  }

  async exists(path: string): Promise<boolean> {
    try {
      await access(join(this.dir, path));
      return true;
    } catch {
      return false;
    }
  }

  async readFile(path: string): Promise<string | null> {
    try {
      return await readFile(join(this.dir, path), 'utf8');
    } catch {
      return null;
    }
  }

  async run(argv: readonly string[], timeoutMs: number): Promise<CommandOutcome> {
    const [file, ...args] = argv;
    if (file === undefined) throw new Error('empty command');
    // Tests run project code: same scrubbed environment and sandbox as the agent, no secrets.
    const jail = await jailFor(this.sandbox, this.dir, DEFAULT_PROTECTED_PATHS);
    const r = await runCommand(file, args, {
      cwd: this.dir,
      env: sandboxEnv(this.parentEnv),
      confine: { jail },
      timeoutMs,
      killGraceMs: 2000,
      maxOutputBytes: 1024 * 1024,
    }).catch((e: unknown) => ({
      exitCode: null,
      stdout: '',
      stderr: `could not start ${file}: ${e instanceof Error ? e.message : String(e)}`,
      timedOut: false,
      durationMs: 0,
    }));
    return {
      exitCode: r.exitCode,
      output: `${r.stdout}${r.stderr}`,
      timedOut: r.timedOut,
      durationMs: r.durationMs,
    };
  }
}
