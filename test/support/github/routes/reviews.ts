// Reviews and review comments. Each top-level review comment opens a review thread (resolved
// through GraphQL). APPROVE is accepted, as GitHub does, and recorded so tests can assert that
// an agent never approves.
import type { components } from '@octokit/openapi-types';
import { hunkFor, pullDiff } from '../diff.js';
import { resolveCommit } from '../git-refs.js';
import {
  HttpError,
  notFound,
  validationFailed,
  type HandlerContext,
  type HandlerResult,
} from '../http.js';
import { bodyObject } from '../params.js';
import { renderUser, repoApiUrl, repoHtmlUrl } from '../objects.js';
import { listResult } from '../pagination.js';
import { routeTable, type Route } from '../router.js';
import type { RepoState, ReviewCommentRecord, ReviewRecord, State } from '../state.js';
import { pullOf, refreshShas, type PullContext } from './pulls.js';

type Schemas = components['schemas'];

const EVENT_STATE: Record<string, string> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
};

function renderReview(
  state: State,
  repo: RepoState,
  review: ReviewRecord,
): Schemas['pull-request-review'] {
  const pr = `${repoHtmlUrl(repo)}/pull/${review.pullNumber}`;
  const result: Schemas['pull-request-review'] = {
    id: review.id,
    node_id: review.nodeId,
    user: renderUser(state, review.user),
    body: review.body,
    state: review.state,
    html_url: `${pr}#pullrequestreview-${review.id}`,
    pull_request_url: `${repoApiUrl(state, repo)}/pulls/${review.pullNumber}`,
    _links: { html: { href: `${pr}#pullrequestreview-${review.id}` }, pull_request: { href: pr } },
    commit_id: review.commitId,
    author_association: review.user === repo.owner ? 'OWNER' : 'NONE',
  };
  if (review.submittedAt !== undefined) result.submitted_at = review.submittedAt;
  return result;
}

function renderComment(
  state: State,
  repo: RepoState,
  c: ReviewCommentRecord,
): Schemas['pull-request-review-comment'] {
  const api = `${repoApiUrl(state, repo)}/pulls/comments/${c.id}`;
  const html = `${repoHtmlUrl(repo)}/pull/${c.pullNumber}#discussion_r${c.id}`;
  const prApi = `${repoApiUrl(state, repo)}/pulls/${c.pullNumber}`;
  const result: Schemas['pull-request-review-comment'] = {
    url: api,
    pull_request_review_id: c.reviewId,
    id: c.id,
    node_id: c.nodeId,
    diff_hunk: c.diffHunk,
    path: c.path,
    commit_id: c.commitId,
    original_commit_id: c.commitId,
    user: renderUser(state, c.user),
    body: c.body,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    html_url: html,
    pull_request_url: prApi,
    author_association: c.user === repo.owner ? 'OWNER' : 'NONE',
    _links: { self: { href: api }, html: { href: html }, pull_request: { href: prApi } },
    start_line: c.startLine ?? null,
    original_start_line: c.startLine ?? null,
    start_side: c.startLine === undefined ? null : c.side,
    side: c.side,
    subject_type: 'line',
  };
  if (c.line !== undefined) {
    result.line = c.line;
    result.original_line = c.line;
  }
  if (c.inReplyTo !== undefined) result.in_reply_to_id = c.inReplyTo;
  return result;
}

interface CommentInput {
  path: string;
  line: number;
  startLine: number | undefined;
  side: 'LEFT' | 'RIGHT';
  body: string;
}

function parseCommentInput(raw: unknown, resource: string): CommentInput {
  const c = (raw ?? {}) as Record<string, unknown>;
  if (typeof c.body !== 'string' || c.body === '') throw validationFailed(resource, 'body');
  if (typeof c.path !== 'string' || c.path === '') throw validationFailed(resource, 'path');
  if (c.position !== undefined) {
    throw new HttpError(
      422,
      'The emulator supports `line` (and `side`), not the legacy `position`.',
    );
  }
  if (typeof c.line !== 'number') throw validationFailed(resource, 'line');
  const side = c.side === 'LEFT' ? 'LEFT' : 'RIGHT';
  const startLine = typeof c.start_line === 'number' ? c.start_line : undefined;
  return { path: c.path, line: c.line, startLine, side, body: c.body };
}

/** The diff hunk for a comment, or GitHub's 422 when the line is not part of the diff. */
async function resolveHunk(
  pc: PullContext,
  commitId: string,
  input: CommentInput,
  onMissing: () => HttpError,
) {
  const { files } = await pullDiff(pc.repo.diffCache, pc.repo.gitDir, pc.pull.baseSha, commitId);
  const patch = files.find((f) => f.filename === input.path)?.patch;
  const hunk = hunkFor(patch, input.line, input.side);
  if (hunk === undefined) throw onMissing();
  if (input.startLine !== undefined) {
    const start = hunkFor(patch, input.startLine, input.side);
    if (start === undefined || input.startLine >= input.line) throw onMissing();
  }
  return hunk;
}

function addComment(
  ctx: HandlerContext,
  pc: PullContext,
  fields: {
    reviewId: number;
    commitId: string;
    input: CommentInput;
    hunk: string;
    replyTo?: ReviewCommentRecord;
  },
): ReviewCommentRecord {
  const { state } = ctx;
  const id = state.nextId();
  const now = state.now();
  const threadId = fields.replyTo?.threadId ?? state.nodeId('PRRT', id);
  const comment: ReviewCommentRecord = {
    id,
    nodeId: state.nodeId('PRRC', id),
    pullNumber: pc.pull.number,
    reviewId: fields.reviewId,
    threadId,
    inReplyTo: fields.replyTo?.id,
    user: ctx.token.login,
    body: fields.input.body,
    path: fields.input.path,
    line: fields.input.line,
    startLine: fields.input.startLine,
    side: fields.input.side,
    commitId: fields.commitId,
    diffHunk: fields.hunk,
    createdAt: now,
    updatedAt: now,
  };
  pc.repo.reviewComments.push(comment);
  const thread = pc.repo.threads.get(threadId);
  if (thread) thread.commentIds.push(id);
  else {
    pc.repo.threads.set(threadId, {
      nodeId: threadId,
      pullNumber: pc.pull.number,
      path: comment.path,
      line: comment.line,
      isResolved: false,
      resolvedBy: undefined,
      commentIds: [id],
    });
  }
  return comment;
}

async function commitFor(pc: PullContext, commitId: unknown): Promise<string> {
  await refreshShas(pc.repo, pc.pull);
  if (typeof commitId !== 'string') return pc.pull.headSha;
  const sha = await resolveCommit(pc.repo.gitDir, commitId);
  if (!sha) throw validationFailed('PullRequestReview', 'commit_id', 'invalid');
  return sha;
}

async function createReview(ctx: HandlerContext) {
  const pc = pullOf(ctx);
  const body = bodyObject(ctx);
  const event = typeof body.event === 'string' ? body.event : undefined;
  if (event !== undefined && !(event in EVENT_STATE))
    throw validationFailed('PullRequestReview', 'event', 'invalid');
  const text = typeof body.body === 'string' ? body.body : '';
  const rawComments = Array.isArray(body.comments) ? body.comments : [];
  if (event === 'REQUEST_CHANGES' && text === '') {
    throw new HttpError(422, 'Unprocessable Entity', {
      errors: ['Body is required for REQUEST_CHANGES'],
    });
  }
  if (event === 'COMMENT' && text === '' && rawComments.length === 0) {
    throw new HttpError(422, 'Unprocessable Entity', {
      errors: ['Body or comments are required for COMMENT'],
    });
  }
  const commitId = await commitFor(pc, body.commit_id);
  const inputs = rawComments.map((c) => parseCommentInput(c, 'PullRequestReviewComment'));
  const lineError = () =>
    new HttpError(422, 'Unprocessable Entity', { errors: ['Line could not be resolved'] });
  // Validate every comment before recording anything: a rejected review leaves no trace.
  const hunks: string[] = [];
  for (const input of inputs) hunks.push(await resolveHunk(pc, commitId, input, lineError));
  const id = ctx.state.nextId();
  const review: ReviewRecord = {
    id,
    nodeId: ctx.state.nodeId('PRR', id),
    pullNumber: pc.pull.number,
    user: ctx.token.login,
    body: text,
    state: event === undefined ? 'PENDING' : (EVENT_STATE[event] ?? 'COMMENTED'),
    commitId,
    submittedAt: event === undefined ? undefined : ctx.state.now(),
  };
  pc.repo.reviews.push(review);
  inputs.forEach((input, i) =>
    addComment(ctx, pc, { reviewId: id, commitId, input, hunk: hunks[i] ?? '' }),
  );
  return { status: 200, body: renderReview(ctx.state, pc.repo, review) };
}

/**
 * A reply in the thread of `parentId`. Like GitHub, each reply is a review of its own (state
 * COMMENTED) holding that one comment, and a reply to a reply joins the same thread.
 */
function addReply(ctx: HandlerContext, pc: PullContext, parentId: unknown, text: unknown) {
  const parent = pc.repo.reviewComments.find(
    (c) => c.id === parentId && c.pullNumber === pc.pull.number,
  );
  if (!parent) throw notFound();
  if (typeof text !== 'string' || text === '')
    throw validationFailed('PullRequestReviewComment', 'body');
  const reviewId = ctx.state.nextId();
  pc.repo.reviews.push({
    id: reviewId,
    nodeId: ctx.state.nodeId('PRR', reviewId),
    pullNumber: pc.pull.number,
    user: ctx.token.login,
    body: '',
    state: 'COMMENTED',
    commitId: parent.commitId,
    submittedAt: ctx.state.now(),
  });
  const input = {
    path: parent.path,
    line: parent.line ?? 0,
    startLine: parent.startLine,
    side: parent.side,
    body: text,
  };
  const comment = addComment(ctx, pc, {
    reviewId,
    commitId: parent.commitId,
    input,
    hunk: parent.diffHunk,
    replyTo: parent,
  });
  return { status: 201, body: renderComment(ctx.state, pc.repo, comment) };
}

async function createReviewComment(ctx: HandlerContext) {
  const pc = pullOf(ctx);
  const body = bodyObject(ctx);
  if (body.in_reply_to !== undefined) return addReply(ctx, pc, body.in_reply_to, body.body);
  const reviewId = ctx.state.nextId();
  const input = parseCommentInput(body, 'PullRequestReviewComment');
  const commitId = await commitFor(pc, body.commit_id);
  const hunk = await resolveHunk(pc, commitId, input, () =>
    validationFailed(
      'PullRequestReviewComment',
      'pull_request_review_thread.line',
      'custom',
      'pull_request_review_thread.line must be part of the diff',
    ),
  );
  const comment = addComment(ctx, pc, { reviewId, commitId, input, hunk });
  return { status: 201, body: renderComment(ctx.state, pc.repo, comment) };
}

const read = { scope: 'pull_requests', level: 'read' } as const;
const write = { scope: 'pull_requests', level: 'write' } as const;

function listReviews(ctx: HandlerContext): HandlerResult {
  const { repo, pull } = pullOf(ctx);
  const reviews = repo.reviews.filter((r) => r.pullNumber === pull.number);
  return listResult(ctx, reviews, (r) => renderReview(ctx.state, repo, r));
}

function getReview(ctx: HandlerContext): HandlerResult {
  const { repo, pull } = pullOf(ctx);
  const review = repo.reviews.find(
    (r) => r.id === Number(ctx.params.review_id) && r.pullNumber === pull.number,
  );
  if (!review) throw notFound();
  return { status: 200, body: renderReview(ctx.state, repo, review) };
}

function listReviewComments(ctx: HandlerContext): HandlerResult {
  const { repo, pull } = pullOf(ctx);
  const comments = repo.reviewComments.filter((c) => c.pullNumber === pull.number);
  return listResult(ctx, comments, (c) => renderComment(ctx.state, repo, c));
}

function replyToComment(ctx: HandlerContext): HandlerResult {
  return addReply(ctx, pullOf(ctx), Number(ctx.params.comment_id), bodyObject(ctx).body);
}

const PULL = '/repos/{owner}/{repo}/pulls/{pull_number}';

export const reviewRoutes: Route[] = routeTable([
  ['GET', `${PULL}/reviews`, read, listReviews],
  ['POST', `${PULL}/reviews`, write, createReview],
  ['GET', `${PULL}/reviews/{review_id}`, read, getReview],
  ['GET', `${PULL}/comments`, read, listReviewComments],
  ['POST', `${PULL}/comments`, write, createReviewComment],
  ['POST', `${PULL}/comments/{comment_id}/replies`, write, replyToComment],
]);
