// GraphQL mutations that write what REST writes too (PR body, comments, labels, check runs, PR
// reviews), so that a client can send several writes in one request. Each one translates its
// GraphQL input (camelCase fields, upper-case enums, node ids) to the REST body and runs the REST
// route's own handler, with the route's own permission: one set of semantics for both APIs.
import { authorize } from '../auth.js';
import { HttpError, type HandlerContext } from '../http.js';
import { Router } from '../router.js';
import type { RepoState, State } from '../state.js';
import { checkRoutes } from './checks.js';
import {
  GqlError,
  issueObject,
  notFoundNode,
  obj,
  pullObject,
  reviewObject,
  type Args,
  type GqlObject,
} from './graphql-objects.js';
import { issueRoutes } from './issues.js';
import { labelRoutes } from './labels.js';
import { pullRoutes } from './pulls.js';
import { reviewRoutes } from './reviews.js';

const REST = new Router([
  ...pullRoutes,
  ...issueRoutes,
  ...labelRoutes,
  ...checkRoutes,
  ...reviewRoutes,
]);

/** Runs a REST route for a mutation; its HTTP errors become GitHub's GraphQL error types. */
async function rest(
  ctx: HandlerContext,
  method: string,
  path: string,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const match = REST.match(method, path);
  if (!match) throw new Error(`emulator bug: no REST route for ${method} ${path}`);
  try {
    authorize(ctx.token, match.route.permission);
    const result = await match.route.handler({ ...ctx, params: match.params, query: {}, body });
    return result.body as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    if (error.status === 403) throw new GqlError('FORBIDDEN', error.message);
    if (error.status === 404) throw new GqlError('NOT_FOUND', error.message);
    const details = (error.extra.errors as unknown[] | undefined) ?? [];
    const text = details.map((d) => (typeof d === 'string' ? d : JSON.stringify(d)));
    throw new GqlError('UNPROCESSABLE', [error.message, ...text].join(': '));
  }
}

const input = (args: Args): Record<string, unknown> => (args.input ?? {}) as Args;
const api = (repo: RepoState) => `/repos/${repo.owner}/${repo.name}`;

/** The object a global id names, of one of `kinds` (else GitHub's NOT_FOUND). */
function lookup(state: State, id: unknown, kinds: readonly Kind[]): Found {
  for (const repo of state.repos.values()) {
    for (const kind of kinds) {
      const found = FINDERS[kind](repo, id);
      if (found) return found;
    }
  }
  throw notFoundNode(id);
}

type Kind = 'repository' | 'issue' | 'pull' | 'comment' | 'checkRun' | 'label';
type Found =
  | { kind: 'repository'; repo: RepoState }
  | { kind: 'issue' | 'pull' | 'comment' | 'checkRun'; repo: RepoState; id: number }
  | { kind: 'label'; repo: RepoState; name: string };

const FINDERS: Record<Kind, (repo: RepoState, id: unknown) => Found | undefined> = {
  repository: (repo, id) => (repo.nodeId === id ? { kind: 'repository', repo } : undefined),
  issue: (repo, id) => {
    const i = [...repo.issues.values()].find((x) => x.nodeId === id && !x.isPullRequest);
    return i && { kind: 'issue', repo, id: i.number };
  },
  pull: (repo, id) => {
    const p = [...repo.pulls.values()].find((x) => x.nodeId === id);
    return p && { kind: 'pull', repo, id: p.number };
  },
  comment: (repo, id) => {
    const c = [...repo.issueComments.values()].find((x) => x.nodeId === id);
    return c && { kind: 'comment', repo, id: c.id };
  },
  checkRun: (repo, id) => {
    const r = repo.checkRuns.find((x) => x.nodeId === id);
    return r && { kind: 'checkRun', repo, id: r.id };
  },
  label: (repo, id) => {
    const l = [...repo.labels.values()].find((x) => x.nodeId === id);
    return l && { kind: 'label', repo, name: l.name };
  },
};

/**
 * The values of the enums the write inputs take, as GitHub's schema defines them
 * (test/github-emulator/graphql-schema checks them against graphql-subset.graphql).
 */
export const INPUT_ENUMS = {
  RequestableCheckStatusState: ['QUEUED', 'IN_PROGRESS', 'COMPLETED', 'WAITING', 'PENDING'],
  CheckConclusionState: [
    'ACTION_REQUIRED',
    'TIMED_OUT',
    'CANCELLED',
    'FAILURE',
    'SUCCESS',
    'NEUTRAL',
    'SKIPPED',
    'STARTUP_FAILURE',
    'STALE',
  ],
  CheckAnnotationLevel: ['FAILURE', 'NOTICE', 'WARNING'],
  PullRequestReviewEvent: ['COMMENT', 'APPROVE', 'REQUEST_CHANGES', 'DISMISS'],
} as const satisfies Record<string, readonly string[]>;

/** An enum value GitHub's schema defines, lower-cased for REST; anything else is refused. */
function enumValue(value: unknown, name: keyof typeof INPUT_ENUMS): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !(INPUT_ENUMS[name] as readonly string[]).includes(value))
    throw new GqlError(
      'INVALID_ARGUMENT',
      `Expected ${JSON.stringify(value)} to be one of ${name}`,
    );
  return value.toLowerCase();
}

/** CheckRunOutput → the REST `output` (CheckAnnotationData's location is a CheckAnnotationRange). */
function checkOutput(o: unknown): Record<string, unknown> | undefined {
  if (o === undefined || o === null) return undefined;
  const out = o as Args;
  const annotations = (out.annotations as Args[] | undefined)?.map((a) => {
    const loc = (a.location ?? {}) as Args;
    return {
      path: a.path,
      start_line: loc.startLine,
      end_line: loc.endLine,
      ...(loc.startColumn !== undefined && { start_column: loc.startColumn }),
      ...(loc.endColumn !== undefined && { end_column: loc.endColumn }),
      annotation_level: enumValue(a.annotationLevel, 'CheckAnnotationLevel'),
      message: a.message,
      ...(a.title !== undefined && { title: a.title }),
      ...(a.rawDetails !== undefined && { raw_details: a.rawDetails }),
    };
  });
  return {
    title: out.title,
    summary: out.summary,
    ...(out.text !== undefined && { text: out.text }),
    ...(annotations && { annotations }),
  };
}

/** The REST body of a check run create or update, from CreateCheckRunInput / UpdateCheckRunInput. */
function checkBody(i: Args): Record<string, unknown> {
  const status = enumValue(i.status, 'RequestableCheckStatusState');
  const conclusion = enumValue(i.conclusion, 'CheckConclusionState');
  const output = checkOutput(i.output);
  return {
    ...(i.name !== undefined && { name: i.name }),
    ...(i.headSha !== undefined && { head_sha: i.headSha }),
    ...(status !== undefined && { status }),
    ...(conclusion !== undefined && { conclusion }),
    ...(i.detailsUrl !== undefined && { details_url: i.detailsUrl }),
    ...(i.externalId !== undefined && { external_id: i.externalId }),
    ...(i.startedAt !== undefined && { started_at: i.startedAt }),
    ...(i.completedAt !== undefined && { completed_at: i.completedAt }),
    ...(output && { output }),
  };
}

function checkRunObject(run: Record<string, unknown>): GqlObject {
  return obj('CheckRun', {
    id: () => run.node_id,
    databaseId: () => run.id,
    name: () => run.name,
    status: () => String(run.status).toUpperCase(),
    conclusion: () => (run.conclusion === null ? null : String(run.conclusion).toUpperCase()),
    detailsUrl: () => run.details_url,
    permalink: () => run.html_url,
  });
}

function commentObject(c: Record<string, unknown>): GqlObject {
  return obj('IssueComment', {
    id: () => c.node_id,
    databaseId: () => c.id,
    body: () => c.body,
    url: () => c.html_url,
  });
}

/** The repository a check-run mutation names; GitHub requires it next to the check run's id. */
function checkRepo(state: State, i: Args): RepoState {
  return lookup(state, i.repositoryId, ['repository']).repo;
}

const payload = (args: Args, fields: Record<string, () => unknown>) =>
  obj('Payload', { ...fields, clientMutationId: () => input(args).clientMutationId ?? null });

/** The subject of a label or comment mutation: an issue or a pull request (their REST number). */
function labelable(state: State, id: unknown): { repo: RepoState; number: number } {
  const found = lookup(state, id, ['issue', 'pull']);
  if (found.kind !== 'issue' && found.kind !== 'pull') throw notFoundNode(id);
  return { repo: found.repo, number: found.id };
}

function subjectObject(repo: RepoState, number: number): GqlObject | null {
  const pull = repo.pulls.get(number);
  if (pull) return pullObject(repo, pull);
  const issue = repo.issues.get(number);
  return issue ? issueObject(repo, issue) : null;
}

export type WriteResolver = (ctx: HandlerContext, args: Args) => Promise<GqlObject>;

export const WRITE_MUTATIONS: Record<string, WriteResolver> = {
  updatePullRequest: async (ctx, args) => {
    const i = input(args);
    const { repo, number } = labelable(ctx.state, i.pullRequestId);
    if (!repo.pulls.has(number)) throw notFoundNode(i.pullRequestId);
    await rest(ctx, 'PATCH', `${api(repo)}/pulls/${number}`, {
      ...(i.title !== undefined && { title: i.title }),
      ...(i.body !== undefined && { body: i.body }),
      ...(i.state !== undefined && { state: String(i.state).toLowerCase() }),
    });
    return payload(args, { pullRequest: () => subjectObject(repo, number) });
  },
  updateIssueComment: async (ctx, args) => {
    const i = input(args);
    const found = lookup(ctx.state, i.id, ['comment']);
    if (found.kind !== 'comment') throw notFoundNode(i.id);
    const c = await rest(ctx, 'PATCH', `${api(found.repo)}/issues/comments/${found.id}`, {
      body: i.body,
    });
    return payload(args, { issueComment: () => commentObject(c) });
  },
  addComment: async (ctx, args) => {
    const i = input(args);
    const { repo, number } = labelable(ctx.state, i.subjectId);
    const c = await rest(ctx, 'POST', `${api(repo)}/issues/${number}/comments`, { body: i.body });
    return payload(args, {
      commentEdge: () => obj('IssueCommentEdge', { node: () => commentObject(c) }),
      subject: () => subjectObject(repo, number),
    });
  },
  addLabelsToLabelable: async (ctx, args) => {
    const i = input(args);
    const { repo, number } = labelable(ctx.state, i.labelableId);
    const names = ((i.labelIds as unknown[] | undefined) ?? []).map((id) => {
      const found = lookup(ctx.state, id, ['label']);
      if (found.kind !== 'label' || found.repo !== repo) throw notFoundNode(id);
      return found.name;
    });
    await rest(ctx, 'POST', `${api(repo)}/issues/${number}/labels`, { labels: names });
    return payload(args, { labelable: () => subjectObject(repo, number) });
  },
  createCheckRun: async (ctx, args) => {
    const i = input(args);
    const repo = checkRepo(ctx.state, i);
    const run = await rest(ctx, 'POST', `${api(repo)}/check-runs`, checkBody(i));
    return payload(args, { checkRun: () => checkRunObject(run) });
  },
  updateCheckRun: async (ctx, args) => {
    const i = input(args);
    const repo = checkRepo(ctx.state, i);
    const found = lookup(ctx.state, i.checkRunId, ['checkRun']);
    if (found.kind !== 'checkRun' || found.repo !== repo) throw notFoundNode(i.checkRunId);
    const run = await rest(ctx, 'PATCH', `${api(repo)}/check-runs/${found.id}`, checkBody(i));
    return payload(args, { checkRun: () => checkRunObject(run) });
  },
  addPullRequestReview: async (ctx, args) => {
    const i = input(args);
    const { repo, number } = labelable(ctx.state, i.pullRequestId);
    if (!repo.pulls.has(number)) throw notFoundNode(i.pullRequestId);
    const event = enumValue(i.event, 'PullRequestReviewEvent');
    // DraftPullRequestReviewThread: path, line, side, startLine, startSide, body.
    const comments = ((i.threads as Args[] | undefined) ?? []).map((t) => ({
      path: t.path,
      line: t.line,
      body: t.body,
      ...(t.side !== undefined && { side: t.side }),
      ...(t.startLine !== undefined && { start_line: t.startLine }),
      ...(t.startSide !== undefined && { start_side: t.startSide }),
    }));
    const review = await rest(ctx, 'POST', `${api(repo)}/pulls/${number}/reviews`, {
      ...(i.commitOID !== undefined && { commit_id: i.commitOID }),
      ...(i.body !== undefined && { body: i.body }),
      ...(event !== undefined && { event: event.toUpperCase() }),
      comments,
    });
    return payload(args, { pullRequestReview: () => reviewObject(repo, Number(review.id)) });
  },
};
