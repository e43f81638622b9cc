// The content half of the GitHub forge: refs, commits, diffs and files read with git from the
// workspace's private repository (`origin`, fetched before it is handed over: workspace.ts)
// instead of the API, which costs no call and needs no `contents: read` round trips.
import type { GitRepo } from '../local/git.js';
import type { CommitInfo, FileDiff } from '../../stages/ports.js';

export class CheckoutContent {
  constructor(
    private readonly git: GitRepo,
    /** The git remote of the checkout. */
    private readonly remote: string,
  ) {}

  /** A branch name as a ref of the checkout: the remote-tracking ref when there is one. */
  private async ref(name: string): Promise<string> {
    if (/^[0-9a-f]{40}$/i.test(name)) return name;
    const tracking = `refs/remotes/${this.remote}/${name}`;
    const found = await this.git.tryExec(['rev-parse', '--verify', '--quiet', tracking]);
    return found === null ? name : tracking;
  }

  async branchExists(branch: string): Promise<boolean> {
    const ref = await this.ref(branch);
    if (ref !== branch) return true;
    return this.git.branchExists(branch);
  }

  async resolveRef(ref: string): Promise<string> {
    return this.git.resolve(await this.ref(ref));
  }

  async commits(base: string, head: string): Promise<CommitInfo[]> {
    return this.git.commits(await this.ref(base), await this.ref(head));
  }

  async changedFiles(base: string, head: string): Promise<string[]> {
    return this.git.changedFiles(await this.ref(base), await this.ref(head));
  }

  async diff(base: string, head: string): Promise<FileDiff[]> {
    return this.git.diff(await this.ref(base), await this.ref(head));
  }

  async readFileAt(ref: string, path: string): Promise<string | null> {
    return this.git.show(await this.ref(ref), path);
  }

  async listFilesAt(ref: string, dir: string): Promise<string[]> {
    return this.git.listFiles(await this.ref(ref), dir);
  }
}
