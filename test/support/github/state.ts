import type { ManifestApp } from './routes/app-manifests.js';
// In-memory state of one emulator instance. Git content lives in real bare repositories; the
// rest (issues, PRs, reviews, checks...) lives here. One State per emulator: no shared globals.
import type { components } from '@octokit/openapi-types';
import type { PullDiff } from './diff.js';

type Schemas = components['schemas'];

export interface LabelRecord {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
}

export interface ReactionRecord {
  id: number;
  nodeId: string;
  user: string;
  content: Schemas['reaction']['content'];
  createdAt: string;
}

export interface IssueRecord {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  user: string;
  state: 'open' | 'closed';
  stateReason: Schemas['issue']['state_reason'];
  labels: string[]; // label names, in the order they were added
  assignees: string[];
  reactions: ReactionRecord[];
  isPullRequest: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface IssueCommentRecord {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  user: string;
  reactions: ReactionRecord[];
  createdAt: string;
  updatedAt: string;
}

/** A `labeled` or `unlabeled` entry of an issue's timeline (GET .../issues/{n}/events). */
export interface IssueEventRecord {
  id: number;
  nodeId: string;
  issueNumber: number;
  event: 'labeled' | 'unlabeled';
  actor: string;
  label: string;
  createdAt: string;
}

export interface PullRecord {
  number: number;
  id: number;
  nodeId: string;
  headRef: string; // branch name in this repository
  headOwner: string;
  baseRef: string;
  /** Last known shas: refreshed from the refs on every read, kept if a branch is deleted. */
  headSha: string;
  baseSha: string;
  draft: boolean;
  maintainerCanModify: boolean;
  requestedReviewers: string[];
  merged: false;
}

export interface ReviewRecord {
  id: number;
  nodeId: string;
  pullNumber: number;
  user: string;
  body: string;
  state: Schemas['pull-request-review']['state'];
  commitId: string;
  submittedAt: string | undefined;
}

export interface ReviewCommentRecord {
  id: number;
  nodeId: string;
  pullNumber: number;
  reviewId: number;
  threadId: string;
  inReplyTo: number | undefined;
  user: string;
  body: string;
  path: string;
  line: number | undefined;
  startLine: number | undefined;
  side: 'LEFT' | 'RIGHT';
  commitId: string;
  diffHunk: string;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewThreadRecord {
  nodeId: string;
  pullNumber: number;
  path: string;
  line: number | undefined;
  isResolved: boolean;
  resolvedBy: string | undefined;
  commentIds: number[];
}

export interface CheckRunRecord {
  id: number;
  nodeId: string;
  name: string;
  headSha: string;
  status: Schemas['check-run']['status'];
  conclusion: Schemas['check-run']['conclusion'];
  detailsUrl: string | null;
  externalId: string | null;
  startedAt: string | null;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Schemas['check-annotation'][];
}

export interface StatusRecord {
  id: number;
  nodeId: string;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  targetUrl: string | null;
  description: string | null;
  context: string;
  creator: string;
  createdAt: string;
}

/** A repository's discussion category; none at all means Discussions are turned off. */
export interface DiscussionCategoryRecord {
  id: number;
  nodeId: string;
  name: string;
  slug: string;
}

export interface DiscussionRecord {
  id: number;
  nodeId: string;
  /** Shares the issues' and PRs' numbering, as on GitHub. */
  number: number;
  categoryNodeId: string;
  title: string;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface RepositoryDispatch {
  eventType: string;
  clientPayload: unknown;
  token: string;
}

export interface WorkflowDispatch {
  workflowId: string;
  ref: string;
  inputs: unknown;
  token: string;
}

export interface RepoState {
  readonly id: number;
  readonly nodeId: string;
  readonly owner: string;
  readonly name: string;
  readonly fullName: string;
  readonly gitDir: string;
  defaultBranch: string;
  readonly isPrivate: boolean;
  readonly createdAt: string;
  nextNumber: number;
  readonly issues: Map<number, IssueRecord>;
  readonly issueComments: Map<number, IssueCommentRecord>;
  readonly issueEvents: IssueEventRecord[];
  readonly labels: Map<string, LabelRecord>; // keyed by lower-case name
  readonly pulls: Map<number, PullRecord>;
  readonly reviews: ReviewRecord[];
  readonly reviewComments: ReviewCommentRecord[];
  readonly threads: Map<string, ReviewThreadRecord>;
  readonly checkRuns: CheckRunRecord[];
  readonly statuses: StatusRecord[];
  readonly dispatches: RepositoryDispatch[];
  readonly workflowDispatches: WorkflowDispatch[];
  readonly collaborators: Map<string, CollaboratorPermission>;
  readonly discussionCategories: DiscussionCategoryRecord[];
  readonly discussions: DiscussionRecord[];
  /** Diffs between two commit shas never change: cached, since each git call is a process. */
  readonly diffCache: Map<string, Promise<PullDiff>>;
}

export type CollaboratorPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export class State {
  private lastId = 1000;
  private clock = Date.parse('2026-01-01T00:00:00Z');
  readonly repos = new Map<string, RepoState>();
  /** Apps made from a manifest, by the code their creation redirected with (routes/apps.ts). */
  readonly manifestApps = new Map<string, ManifestApp>();

  constructor(
    readonly baseUrl: string,
    readonly tempDir: string,
  ) {}

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** Monotonic timestamps one second apart: deterministic, and ordering is visible. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** GitHub-style global node id: a type prefix and an opaque base64 body. */
  nodeId(prefix: string, id: number | string): string {
    return `${prefix}_kwDO${Buffer.from(`${prefix}:${id}`).toString('base64url')}`;
  }

  findRepo(fullName: string): RepoState | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  /** Every object that carries a node id and may be fetched through GraphQL. */
  findPullByNodeId(nodeId: string): { repo: RepoState; pull: PullRecord } | undefined {
    for (const repo of this.repos.values()) {
      for (const pull of repo.pulls.values()) if (pull.nodeId === nodeId) return { repo, pull };
    }
    return undefined;
  }

  findRepoByNodeId(nodeId: string): RepoState | undefined {
    for (const repo of this.repos.values()) if (repo.nodeId === nodeId) return repo;
    return undefined;
  }

  findDiscussion(nodeId: string): { repo: RepoState; discussion: DiscussionRecord } | undefined {
    for (const repo of this.repos.values()) {
      const discussion = repo.discussions.find((d) => d.nodeId === nodeId);
      if (discussion) return { repo, discussion };
    }
    return undefined;
  }

  findThread(nodeId: string): { repo: RepoState; thread: ReviewThreadRecord } | undefined {
    for (const repo of this.repos.values()) {
      const thread = repo.threads.get(nodeId);
      if (thread) return { repo, thread };
    }
    return undefined;
  }
}
