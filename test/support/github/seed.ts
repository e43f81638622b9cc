// Test-side seeding: a bare repository with an initial commit, made with git plumbing.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { buildTree, git, hashObject } from './git.js';
import type { CollaboratorPermission, RepoState, State } from './state.js';

export interface CreateRepoOptions {
  /** Files of the initial commit, path -> content. Empty: the repository has no commits. */
  readonly files?: Record<string, string | Buffer>;
  readonly defaultBranch?: string;
  readonly private?: boolean;
  readonly message?: string;
  /** Collaborator permission levels, login -> level. */
  readonly collaborators?: Record<string, CollaboratorPermission>;
}

export async function createRepo(
  state: State,
  fullName: string,
  options: CreateRepoOptions = {},
): Promise<RepoState> {
  const [owner, name, ...rest] = fullName.split('/');
  if (!owner || !name || rest.length > 0) {
    throw new Error(`createRepo: expected "owner/name", got ${JSON.stringify(fullName)}`);
  }
  if (state.findRepo(fullName)) throw new Error(`createRepo: ${fullName} already exists`);
  const defaultBranch = options.defaultBranch ?? 'main';
  const gitDir = path.join(state.tempDir, 'repos', owner, `${name}.git`);
  await mkdir(path.dirname(gitDir), { recursive: true });
  await git(gitDir, ['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, gitDir]);

  const id = state.nextId();
  const repo: RepoState = {
    id,
    nodeId: state.nodeId('R', id),
    owner,
    name,
    fullName,
    gitDir,
    defaultBranch,
    isPrivate: options.private ?? false,
    createdAt: state.now(),
    nextNumber: 1,
    issues: new Map(),
    issueComments: new Map(),
    labels: new Map(),
    pulls: new Map(),
    reviews: [],
    reviewComments: [],
    threads: new Map(),
    checkRuns: [],
    statuses: [],
    dispatches: [],
    workflowDispatches: [],
    collaborators: new Map(Object.entries(options.collaborators ?? {})),
    diffCache: new Map(),
  };
  state.repos.set(fullName.toLowerCase(), repo);

  const files = Object.entries(options.files ?? {});
  if (files.length > 0) {
    const entries = [];
    for (const [filePath, content] of files) {
      const sha = await hashObject(
        gitDir,
        Buffer.isBuffer(content) ? content : Buffer.from(content),
      );
      entries.push({ path: filePath, mode: '100644', sha });
    }
    const tree = await buildTree(
      gitDir,
      path.join(state.tempDir, `seed-${id}.index`),
      undefined,
      entries,
    );
    const commit = await git(gitDir, [
      'commit-tree',
      tree,
      '-m',
      options.message ?? 'Initial commit',
    ]);
    await git(gitDir, ['update-ref', `refs/heads/${defaultBranch}`, commit]);
  }
  return repo;
}
