// POST /graphql: the few operations the pipeline needs that REST lacks (ready-for-review,
// review threads). Objects are resolver maps; the executor honours the caller's selection set.
import { levelOf, type PermissionLevel, type PermissionScope } from '../auth.js';
import { evaluate, GraphQLSyntaxError, parseOperation, type Field } from '../graphql-parse.js';
import { bodyObject, HttpError, type HandlerContext } from '../http.js';
import { repoHtmlUrl } from '../objects.js';
import type { Route } from '../router.js';
import {
  createDiscussion,
  DISCUSSION_FIELDS,
  repositoryDiscussionFields,
  updateDiscussion,
} from './graphql-discussions.js';
import {
  connection,
  GqlError,
  obj,
  userObject,
  type Args,
  type GqlObject,
} from './graphql-objects.js';
import type {
  IssueRecord,
  PullRecord,
  RepoState,
  ReviewCommentRecord,
  ReviewThreadRecord,
  State,
} from '../state.js';
import { association } from './issues.js';
import { refreshShas } from './pulls.js';

function reviewObject(repo: RepoState, id: number): GqlObject | null {
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

function threadObject(repo: RepoState, thread: ReviewThreadRecord): GqlObject {
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

function pullObject(repo: RepoState, pull: PullRecord): GqlObject {
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
      (issue?.labels ?? []).map((name) => repo.labels.get(name.toLowerCase()) ?? { name }),
      (l) => obj('Label', { name: () => l.name }),
    ),
    reviewThreads: connection('PullRequestReviewThread', threads, (t) => threadObject(repo, t)),
  });
}

/** An issue with its labels and comments (what a stage reads of an issue, in one query). */
function issueObject(repo: RepoState, issue: IssueRecord): GqlObject {
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

function findNode(state: State, id: string): GqlObject | undefined {
  const pr = state.findPullByNodeId(id);
  if (pr) return pullObject(pr.repo, pr.pull);
  const thread = state.findThread(id);
  if (thread) return threadObject(thread.repo, thread.thread);
  return undefined;
}

const notFoundNode = (id: unknown) =>
  new GqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(id)}'`);

interface RootField {
  readonly permission: PermissionLevel;
  /** The token scope it needs (default pull_requests), or a function of the selection. */
  readonly scope?: PermissionScope | ((field: Field) => PermissionScope);
  readonly resolve: (state: State, args: Args, login: string) => GqlObject | null;
}

function input(args: Args): Record<string, unknown> {
  return (args.input ?? {}) as Record<string, unknown>;
}

function setDraft(draft: boolean) {
  return (state: State, args: Args) => {
    const id = input(args).pullRequestId;
    const found = typeof id === 'string' ? state.findPullByNodeId(id) : undefined;
    if (!found) throw notFoundNode(id);
    found.pull.draft = draft;
    return obj('Payload', {
      pullRequest: () => pullObject(found.repo, found.pull),
      clientMutationId: () => input(args).clientMutationId ?? null,
    });
  };
}

function setResolved(resolved: boolean) {
  return (state: State, args: Args, login: string) => {
    const id = input(args).threadId;
    const found = typeof id === 'string' ? state.findThread(id) : undefined;
    if (!found) throw notFoundNode(id);
    found.thread.isResolved = resolved;
    found.thread.resolvedBy = resolved ? login : undefined;
    return obj('Payload', {
      thread: () => threadObject(found.repo, found.thread),
      clientMutationId: () => input(args).clientMutationId ?? null,
    });
  };
}

/** A repository query about discussions only needs `discussions`; anything else pull_requests. */
function repositoryScope(field: Field): PermissionScope {
  const names = field.selections.map((f) => f.name);
  const plain = new Set(['__typename', 'id', 'name', 'nameWithOwner']);
  const discussions = names.some((n) => DISCUSSION_FIELDS.has(n));
  return discussions && names.every((n) => plain.has(n) || DISCUSSION_FIELDS.has(n))
    ? 'discussions'
    : 'pull_requests';
}

const QUERY: Record<string, RootField> = {
  repository: {
    permission: 'read',
    scope: repositoryScope,
    resolve: (state, args) => {
      const repo = state.findRepo(`${String(args.owner)}/${String(args.name)}`);
      if (!repo)
        throw new GqlError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${String(args.owner)}/${String(args.name)}'.`,
        );
      return obj('Repository', {
        id: () => repo.nodeId,
        name: () => repo.name,
        nameWithOwner: () => repo.fullName,
        ...repositoryDiscussionFields(repo),
        issue: (a) => {
          const issue = repo.issues.get(Number(a.number));
          if (!issue || issue.isPullRequest)
            throw new GqlError(
              'NOT_FOUND',
              `Could not resolve to an Issue with the number of ${String(a.number)}.`,
            );
          return issueObject(repo, issue);
        },
        pullRequest: (a) => {
          const pull = repo.pulls.get(Number(a.number));
          if (!pull)
            throw new GqlError(
              'NOT_FOUND',
              `Could not resolve to a PullRequest with the number of ${String(a.number)}.`,
            );
          return pullObject(repo, pull);
        },
      });
    },
  },
  node: {
    permission: 'read',
    resolve: (state, args) => {
      const node = findNode(state, String(args.id));
      if (!node) throw notFoundNode(args.id);
      return node;
    },
  },
};

const MUTATION: Record<string, RootField> = {
  createDiscussion: {
    permission: 'write',
    scope: 'discussions',
    resolve: (state, args, login) => createDiscussion(state, input(args), login),
  },
  updateDiscussion: {
    permission: 'write',
    scope: 'discussions',
    resolve: (state, args) => updateDiscussion(state, input(args)),
  },
  markPullRequestReadyForReview: { permission: 'write', resolve: setDraft(false) },
  convertPullRequestToDraft: { permission: 'write', resolve: setDraft(true) },
  resolveReviewThread: { permission: 'write', resolve: setResolved(true) },
  unresolveReviewThread: { permission: 'write', resolve: setResolved(false) },
};

interface ErrorEntry {
  message: string;
  type?: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

function undefinedField(field: Field, typeName: string, path: (string | number)[]): ErrorEntry {
  return {
    path: [...path, field.alias],
    extensions: { code: 'undefinedField', typeName, fieldName: field.name },
    locations: [{ line: field.line, column: field.column }],
    message: `Field '${field.name}' doesn't exist on type '${typeName}'`,
  };
}

/** Project a resolved value onto the selection set, collecting validation errors. */
function project(
  value: unknown,
  selections: Field[],
  vars: Args,
  path: (string | number)[],
  errors: ErrorEntry[],
): unknown {
  if (Array.isArray(value))
    return value.map((v, i) => project(v, selections, vars, [...path, i], errors));
  if (value === null || typeof value !== 'object' || !('__typename' in value)) return value;
  const node = value as GqlObject;
  const out: Record<string, unknown> = {};
  for (const field of selections) {
    if (field.name === '__typename') {
      out[field.alias] = node.__typename;
      continue;
    }
    const resolver = node.fields[field.name];
    if (!resolver) {
      errors.push(undefinedField(field, node.__typename, path));
      continue;
    }
    const args = Object.fromEntries(
      Object.entries(field.args).map(([k, v]) => [k, evaluate(v, vars)]),
    );
    out[field.alias] = project(
      resolver(args),
      field.selections,
      vars,
      [...path, field.alias],
      errors,
    );
  }
  return out;
}

function execute(ctx: HandlerContext) {
  const body = bodyObject(ctx);
  if (typeof body.query !== 'string')
    throw new HttpError(400, 'A query attribute must be specified and must be a string.');
  const vars = (body.variables ?? {}) as Args;
  let op;
  try {
    op = parseOperation(body.query);
  } catch (error) {
    if (!(error instanceof GraphQLSyntaxError)) throw error;
    return {
      status: 200,
      body: {
        errors: [
          { message: error.message, locations: [{ line: error.line, column: error.column }] },
        ],
      },
    };
  }
  const roots = op.type === 'mutation' ? MUTATION : QUERY;
  const typeName = op.type === 'mutation' ? 'Mutation' : 'Query';
  const validation: ErrorEntry[] = op.selections
    .filter((f) => !(f.name in roots))
    .map((f) => undefinedField(f, typeName, [op.type]));
  if (validation.length > 0) return { status: 200, body: { errors: validation } };

  const data: Record<string, unknown> = {};
  const errors: ErrorEntry[] = [];
  for (const field of op.selections) {
    const root = roots[field.name]!;
    const scope = typeof root.scope === 'function' ? root.scope(field) : root.scope;
    const granted = levelOf(ctx.token, scope ?? 'pull_requests');
    const location = { line: field.line, column: field.column };
    try {
      if (granted === 'none' || (root.permission === 'write' && granted !== 'write')) {
        throw new GqlError('FORBIDDEN', 'Resource not accessible by integration');
      }
      const args = Object.fromEntries(
        Object.entries(field.args).map(([k, v]) => [k, evaluate(v, vars)]),
      );
      data[field.alias] = project(
        root.resolve(ctx.state, args, ctx.token.login),
        field.selections,
        vars,
        [field.alias],
        errors,
      );
    } catch (error) {
      if (!(error instanceof GqlError)) throw error;
      data[field.alias] = null;
      errors.push({
        type: error.type,
        path: [field.alias],
        locations: [location],
        message: error.message,
      });
    }
  }
  const undefinedFields = errors.filter((e) => e.extensions?.code === 'undefinedField');
  if (undefinedFields.length > 0) return { status: 200, body: { errors: undefinedFields } };
  return { status: 200, body: errors.length > 0 ? { data, errors } : { data } };
}

// Permissions are checked per root field inside (GraphQL answers 200 with FORBIDDEN errors).
// The PRs' head and base SHAs follow their branches, as REST reads refresh them.
export const graphqlRoutes: Route[] = [
  {
    method: 'POST',
    path: '/graphql',
    permission: 'none',
    handler: async (ctx) => {
      for (const repo of ctx.state.repos.values())
        for (const pull of repo.pulls.values()) await refreshShas(repo, pull);
      return execute(ctx);
    },
  },
];
