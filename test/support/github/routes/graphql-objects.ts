// The GraphQL objects of the emulator (resolver maps the executor in graphql.ts projects onto
// the caller's selection set): PRs, issues, review threads, and the errors GitHub reports.
import { repoHtmlUrl } from '../objects.js';
import type {
  IssueRecord,
  PullRecord,
  RepoState,
  ReviewCommentRecord,
  ReviewThreadRecord,
  State,
} from '../state.js';
import { association } from './issues.js';

export type Args = Record<string, unknown>;
export interface GqlObject {
  readonly __typename: string;
  readonly fields: Record<string, (args: Args) => unknown>;
}

/** An execution error GitHub reports next to partial data (`type` NOT_FOUND, FORBIDDEN...). */
export class GqlError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'GqlError';
    Object.setPrototypeOf(this, GqlError.prototype);
  }
}

export const obj = (typename: string, fields: GqlObject['fields']): GqlObject => ({
  __typename: typename,
  fields,
});

/** A cursor connection; like GitHub, it refuses to run without `first` or `last` (max 100). */
export function connection<T>(name: string, items: readonly T[], render: (item: T) => GqlObject) {
  return (args: Args): GqlObject => {
    const first = args.first as number | undefined;
    const last = args.last as number | undefined;
    if (first === undefined && last === undefined) {
      throw new GqlError(
        'MISSING_PAGINATION_BOUNDARIES',
        `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
      );
    }
    const limit = first ?? last ?? 0;
    if (limit > 100) {
      throw new GqlError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${limit} records on the \`${name}\` connection exceeds the \`${first !== undefined ? 'first' : 'last'}\` limit of 100 records.`,
      );
    }
    const cursor = (i: number) => Buffer.from(`cursor:v2:${i}`).toString('base64');
    const after =
      typeof args.after === 'string'
        ? Number(Buffer.from(args.after, 'base64').toString().split(':')[2]) + 1
        : 0;
    const start = first !== undefined ? after : Math.max(0, items.length - limit);
    const page = items.slice(start, start + limit);
    const end = start + page.length;
    return obj(`${name}Connection`, {
      totalCount: () => items.length,
      nodes: () => page.map(render),
      edges: () =>
        page.map((item, i) =>
          obj(`${name}Edge`, { cursor: () => cursor(start + i), node: () => render(item) }),
        ),
      pageInfo: () =>
        obj('PageInfo', {
          hasNextPage: () => end < items.length,
          hasPreviousPage: () => start > 0,
          startCursor: () => (page.length > 0 ? cursor(start) : null),
          endCursor: () => (page.length > 0 ? cursor(end - 1) : null),
        }),
    });
  };
}

export function userObject(login: string): GqlObject {
  return obj(login.endsWith('[bot]') ? 'Bot' : 'User', {
    login: () => login.replace(/\[bot\]$/, ''),
  });
}

export function reviewObject(repo: RepoState, id: number): GqlObject | null {
  const review = repo.reviews.find((r) => r.id === id);
  if (!review) return null;
  return obj('PullRequestReview', {
    id: () => review.nodeId,
    databaseId: () => review.id,
    body: () => review.body,
    state: () => review.state,
    author: () => userObject(review.user),
    url: () => `${repoHtmlUrl(repo)}/pull/${review.pullNumber}#pullrequestreview-${review.id}`,
  });
}

export function threadObject(repo: RepoState, thread: ReviewThreadRecord): GqlObject {
  const comments = thread.commentIds
    .map((id) => repo.reviewComments.find((c) => c.id === id))
    .filter((c) => c !== undefined);
  const commentObject = (c: ReviewCommentRecord): GqlObject =>
    obj('PullRequestReviewComment', {
      id: () => c.nodeId,
      databaseId: () => c.id,
      body: () => c.body,
      path: () => c.path,
      line: () => c.line ?? null,
      url: () => `${repoHtmlUrl(repo)}/pull/${c.pullNumber}#discussion_r${c.id}`,
      createdAt: () => c.createdAt,
      author: () => userObject(c.user),
      pullRequestReview: () => reviewObject(repo, c.reviewId),
      replyTo: () => {
        const parent = repo.reviewComments.find((p) => p.id === c.inReplyTo);
        return parent ? commentObject(parent) : null;
      },
    });
  return obj('PullRequestReviewThread', {
    id: () => thread.nodeId,
    isResolved: () => thread.isResolved,
    isOutdated: () => false,
    path: () => thread.path,
    line: () => thread.line ?? null,
    resolvedBy: () => (thread.resolvedBy === undefined ? null : userObject(thread.resolvedBy)),
    comments: connection('PullRequestReviewComment', comments, commentObject),
  });
}

export function pullObject(repo: RepoState, pull: PullRecord): GqlObject {
  const issue = repo.issues.get(pull.number);
  const threads = [...repo.threads.values()].filter((t) => t.pullNumber === pull.number);
  return obj('PullRequest', {
    id: () => pull.nodeId,
    number: () => pull.number,
    databaseId: () => pull.id,
    title: () => issue?.title ?? '',
    body: () => issue?.body ?? '',
    isDraft: () => pull.draft,
    state: () => (issue?.state === 'closed' ? 'CLOSED' : 'OPEN'),
    url: () => `${repoHtmlUrl(repo)}/pull/${pull.number}`,
    headRefName: () => pull.headRef,
    baseRefName: () => pull.baseRef,
    headRefOid: () => pull.headSha,
    baseRefOid: () => pull.baseSha,
    labels: connection(
      'Label',
      (issue?.labels ?? []).map(
        (name) => repo.labels.get(name.toLowerCase()) ?? { name, color: 'ededed' },
      ),
      (l) => obj('Label', { name: () => l.name, color: () => l.color }),
    ),
    reviewThreads: connection('PullRequestReviewThread', threads, (t) => threadObject(repo, t)),
  });
}

/** An issue with its labels and comments (what a stage reads of an issue, in one query). */
export function issueObject(repo: RepoState, issue: IssueRecord): GqlObject {
  const comments = [...repo.issueComments.values()]
    .filter((c) => c.issueNumber === issue.number)
    .sort((a, b) => a.id - b.id);
  const labels = issue.labels.map(
    (name) => repo.labels.get(name.toLowerCase()) ?? { name, color: 'ededed' },
  );
  return obj('Issue', {
    id: () => issue.nodeId,
    number: () => issue.number,
    databaseId: () => issue.id,
    title: () => issue.title,
    body: () => issue.body ?? '',
    state: () => (issue.state === 'closed' ? 'CLOSED' : 'OPEN'),
    url: () => `${repoHtmlUrl(repo)}/issues/${issue.number}`,
    author: () => userObject(issue.user),
    labels: connection('Label', labels, (l) =>
      obj('Label', { name: () => l.name, color: () => l.color }),
    ),
    comments: connection('IssueComment', comments, (c) =>
      obj('IssueComment', {
        id: () => c.nodeId,
        databaseId: () => c.id,
        body: () => c.body,
        url: () => `${repoHtmlUrl(repo)}/issues/${c.issueNumber}#issuecomment-${c.id}`,
        authorAssociation: () => association(repo, c.user),
        author: () => userObject(c.user),
      }),
    ),
  });
}

export function findNode(state: State, id: string): GqlObject | undefined {
  const pr = state.findPullByNodeId(id);
  if (pr) return pullObject(pr.repo, pr.pull);
  const thread = state.findThread(id);
  if (thread) return threadObject(thread.repo, thread.thread);
  return undefined;
}

export const notFoundNode = (id: unknown) =>
  new GqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(id)}'`);
