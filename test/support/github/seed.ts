// Test-side seeding: a bare repository (`git init`) with an initial commit, written in-process.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_IDENTITY, writeCommit } from './git-commits.js';
import { writeObject } from './git-objects.js';
import { compareAndSwapRef } from './git-refs.js';
import { editTree } from './git-trees.js';
import { git } from './git.js';
import type { CollaboratorPermission, RepoState, State } from './state.js';

export interface CreateRepoOptions {
  /** Files of the initial commit, path -> content. Empty: the repository has no commits. */
  readonly files?: Record<string, string | Buffer>;
  readonly defaultBranch?: string;
  readonly private?: boolean;
  readonly message?: string;
  /** Collaborator permission levels, login -> level. */
  readonly collaborators?: Record<string, CollaboratorPermission>;
  /** Discussion category names (e.g. DEFAULT_DISCUSSION_CATEGORIES). Omitted: Discussions off. */
  readonly discussionCategories?: readonly string[];
}

/** The categories GitHub creates when Discussions are turned on. */
export const DEFAULT_DISCUSSION_CATEGORIES: readonly string[] = [
  'Announcements',
  'General',
  'Ideas',
  'Polls',
  'Q&A',
  'Show and tell',
];

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

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
    issueEvents: [],
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
    discussionCategories: (options.discussionCategories ?? []).map((name) => {
      const categoryId = state.nextId();
      return { id: categoryId, nodeId: state.nodeId('DIC', categoryId), name, slug: slugOf(name) };
    }),
    discussions: [],
    diffCache: new Map(),
  };
  state.repos.set(fullName.toLowerCase(), repo);

  const files = Object.entries(options.files ?? {});
  if (files.length > 0) {
    const edits = files.map(([filePath, content]) => ({
      path: filePath,
      mode: '100644',
      sha: writeObject(gitDir, 'blob', Buffer.isBuffer(content) ? content : Buffer.from(content)),
    }));
    const who = { ...DEFAULT_IDENTITY, date: new Date().toISOString() };
    const commit = writeCommit(gitDir, {
      tree: await editTree(gitDir, undefined, edits),
      parents: [],
      author: who,
      committer: who,
      message: `${options.message ?? 'Initial commit'}\n`, // as `git commit-tree -m` stores it
    });
    if (!compareAndSwapRef(gitDir, `refs/heads/${defaultBranch}`, undefined, commit)) {
      throw new Error(`createRepo: could not create refs/heads/${defaultBranch} in ${gitDir}`);
    }
  }
  return repo;
}
