// POST /graphql: the operations the pipeline needs that REST lacks (ready-for-review, review
// threads), the reads that replace several REST calls, and the writes (graphql-writes.ts) that
// several may share one request. Mutations run in document order, as on GitHub. Objects are
// resolver maps (graphql-objects.ts); the executor honours the caller's selection set.
import { levelOf, type PermissionLevel, type PermissionScope } from '../auth.js';
import { evaluate, GraphQLSyntaxError, parseOperation, type Field } from '../graphql-parse.js';
import { schemaRefusal } from '../graphql-validate.js';
import { HttpError, type HandlerContext } from '../http.js';
import { bodyObject } from '../params.js';
import type { Route } from '../router.js';
import type { State } from '../state.js';
import {
  createDiscussion,
  DISCUSSION_FIELDS,
  repositoryDiscussionFields,
  updateDiscussion,
} from './graphql-discussions.js';
import {
  findNode,
  GqlError,
  notFoundNode,
  obj,
  pullObject,
  issueObject,
  threadObject,
  type Args,
  type GqlObject,
} from './graphql-objects.js';
import { WRITE_MUTATIONS } from './graphql-writes.js';
import { refreshShas } from './pulls.js';

interface RootField {
  /** What the token needs on pull_requests; `route`: the REST route's own (graphql-writes.ts). */
  readonly permission: PermissionLevel | 'route';
  /** The token scope it needs (default pull_requests), or a function of the selection. */
  readonly scope?: PermissionScope | ((field: Field) => PermissionScope);
  readonly resolve: (
    state: State,
    args: Args,
    login: string,
    ctx: HandlerContext,
  ) => GqlObject | null | Promise<GqlObject | null>;
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
        ...repositoryDiscussionFields(repo),
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
  markPullRequestReadyForReview: { permission: 'write', resolve: setDraft(false) },
  convertPullRequestToDraft: { permission: 'write', resolve: setDraft(true) },
  resolveReviewThread: { permission: 'write', resolve: setResolved(true) },
  unresolveReviewThread: { permission: 'write', resolve: setResolved(false) },
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
  ...Object.fromEntries(
    Object.entries(WRITE_MUTATIONS).map(([name, write]): [string, RootField] => [
      name,
      { permission: 'route', resolve: (_s, args, _l, ctx) => write(ctx, args) },
    ]),
  ),
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
    if (field.typeCondition !== undefined) {
      // Object types only: the documents name the concrete type they expect behind a Node.
      if (field.typeCondition === node.__typename)
        Object.assign(out, project(value, field.selections, vars, path, errors));
      continue;
    }
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

/** A mutation's payload is typed after its field on GitHub (`updatePullRequest`: UpdatePullRequestPayload). */
function payloadNamed(field: string, value: GqlObject | null): GqlObject | null {
  if (value?.__typename !== 'Payload') return value;
  return { ...value, __typename: `${field[0]?.toUpperCase() ?? ''}${field.slice(1)}Payload` };
}

async function execute(ctx: HandlerContext) {
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
  const refused = schemaRefusal(body.query, vars);
  if (refused.length > 0) return { status: 200, body: { errors: refused } };

  const data: Record<string, unknown> = {};
  const errors: ErrorEntry[] = [];
  for (const field of op.selections) {
    const root = roots[field.name]!;
    const location = { line: field.line, column: field.column };
    try {
      const scope = typeof root.scope === 'function' ? root.scope(field) : root.scope;
      const granted = levelOf(ctx.token, scope ?? 'pull_requests');
      const checked = root.permission !== 'route';
      if (checked && (granted === 'none' || (root.permission === 'write' && granted !== 'write'))) {
        throw new GqlError('FORBIDDEN', 'Resource not accessible by integration');
      }
      const args = Object.fromEntries(
        Object.entries(field.args).map(([k, v]) => [k, evaluate(v, vars)]),
      );
      data[field.alias] = project(
        payloadNamed(field.name, await root.resolve(ctx.state, args, ctx.token.login, ctx)),
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
