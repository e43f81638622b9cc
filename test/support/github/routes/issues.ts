// Issues (pull requests are issues too, as on GitHub) and their comments.
import type { components } from '@octokit/openapi-types';
import { notFound, validationFailed, type HandlerContext, type HandlerResult } from '../http.js';
import { bodyObject, intParam, optionalString, repoOf, requiredString } from '../params.js';
import { renderUser, repoApiUrl, repoHtmlUrl } from '../objects.js';
import { listResult } from '../pagination.js';
import { routeTable, showOne, type Route } from '../router.js';
import type { IssueCommentRecord, IssueRecord, RepoState, State } from '../state.js';
import { ensureLabel, renderLabel } from './labels.js';
import { renderReactionRollup } from './reactions.js';

type Schemas = components['schemas'];

export function issueOf(ctx: HandlerContext, repo: RepoState): IssueRecord {
  const issue = repo.issues.get(intParam(ctx, 'issue_number'));
  if (!issue) throw notFound();
  return issue;
}

export function commentOf(ctx: HandlerContext, repo: RepoState): IssueCommentRecord {
  const comment = repo.issueComments.get(intParam(ctx, 'comment_id'));
  if (!comment) throw notFound();
  return comment;
}

export function newIssue(
  state: State,
  repo: RepoState,
  fields: { title: string; body: string | null; user: string; isPullRequest: boolean },
): IssueRecord {
  const id = state.nextId();
  const number = repo.nextNumber++;
  const now = state.now();
  const issue: IssueRecord = {
    id,
    nodeId: state.nodeId(fields.isPullRequest ? 'PR' : 'I', id),
    number,
    title: fields.title,
    body: fields.body,
    user: fields.user,
    state: 'open',
    stateReason: null,
    labels: [],
    assignees: [],
    reactions: [],
    isPullRequest: fields.isPullRequest,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  repo.issues.set(number, issue);
  return issue;
}

export function renderIssue(state: State, repo: RepoState, issue: IssueRecord): Schemas['issue'] {
  const api = `${repoApiUrl(state, repo)}/issues/${issue.number}`;
  const labels = issue.labels
    .map((name) => repo.labels.get(name.toLowerCase()))
    .filter((l) => l !== undefined)
    .map((l) => renderLabel(state, repo, l));
  const comments = [...repo.issueComments.values()].filter((c) => c.issueNumber === issue.number);
  const assignees = issue.assignees.map((a) => renderUser(state, a));
  const result: Schemas['issue'] = {
    id: issue.id,
    node_id: issue.nodeId,
    url: api,
    repository_url: repoApiUrl(state, repo),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${repoHtmlUrl(repo)}/${issue.isPullRequest ? 'pull' : 'issues'}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(state, issue.user),
    labels,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: comments.length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: issue.user === repo.owner ? 'OWNER' : 'NONE',
    reactions: renderReactionRollup(`${api}/reactions`, issue.reactions),
    timeline_url: `${api}/timeline`,
  };
  if (issue.isPullRequest) {
    const pull = repo.pulls.get(issue.number);
    const html = `${repoHtmlUrl(repo)}/pull/${issue.number}`;
    result.draft = pull?.draft ?? false;
    result.pull_request = {
      url: `${repoApiUrl(state, repo)}/pulls/${issue.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: null,
    };
  }
  return result;
}

/** GitHub's author_association: OWNER, COLLABORATOR (any level but none), else NONE. */
export function association(repo: RepoState, login: string): 'OWNER' | 'COLLABORATOR' | 'NONE' {
  if (login === repo.owner) return 'OWNER';
  const level = repo.collaborators.get(login);
  return level && level !== 'none' ? 'COLLABORATOR' : 'NONE';
}

export function renderIssueComment(
  state: State,
  repo: RepoState,
  comment: IssueCommentRecord,
): Schemas['issue-comment'] {
  const issue = repo.issues.get(comment.issueNumber);
  const api = `${repoApiUrl(state, repo)}/issues/comments/${comment.id}`;
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url: api,
    html_url: `${repoHtmlUrl(repo)}/${issue?.isPullRequest ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: renderUser(state, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${repoApiUrl(state, repo)}/issues/${comment.issueNumber}`,
    author_association: association(repo, comment.user),
    reactions: renderReactionRollup(`${api}/reactions`, comment.reactions),
  };
}

function stringList(body: Record<string, unknown>, field: string): string[] | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw validationFailed('Issue', field, 'invalid');
  }
  return value as string[];
}

/** Apply the fields that create and update share: labels and assignees. */
function applyLists(
  state: State,
  repo: RepoState,
  issue: IssueRecord,
  body: Record<string, unknown>,
) {
  const labels = stringList(body, 'labels');
  if (labels) issue.labels = labels.map((name) => ensureLabel(state, repo, name).name);
  const assignees = stringList(body, 'assignees');
  if (assignees) issue.assignees = assignees;
}

function createIssue(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = bodyObject(ctx);
  const title = requiredString(body, 'title', 'Issue');
  const issue = newIssue(ctx.state, repo, {
    title,
    body: optionalString(body, 'body') ?? null,
    user: ctx.token.login,
    isPullRequest: false,
  });
  applyLists(ctx.state, repo, issue, body);
  return { status: 201, body: renderIssue(ctx.state, repo, issue) };
}

function updateIssue(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const body = bodyObject(ctx);
  const title = optionalString(body, 'title');
  if (title !== undefined) issue.title = title;
  if ('body' in body) issue.body = optionalString(body, 'body') ?? null;
  const stateField = optionalString(body, 'state');
  if (stateField !== undefined) {
    if (stateField !== 'open' && stateField !== 'closed')
      throw validationFailed('Issue', 'state', 'invalid');
    if (stateField !== issue.state) {
      issue.state = stateField;
      issue.closedAt = stateField === 'closed' ? ctx.state.now() : null;
      issue.stateReason = stateField === 'closed' ? 'completed' : 'reopened';
    }
  }
  const reason = optionalString(body, 'state_reason');
  if (reason === 'completed' || reason === 'not_planned' || reason === 'reopened')
    issue.stateReason = reason;
  applyLists(ctx.state, repo, issue, body);
  issue.updatedAt = ctx.state.now();
  return { status: 200, body: renderIssue(ctx.state, repo, issue) };
}

function listIssues(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const wanted = ctx.query.state ?? 'open';
  const labels = (ctx.query.labels ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const issues = [...repo.issues.values()]
    .filter((i) => wanted === 'all' || i.state === wanted)
    .filter((i) => labels.every((l) => i.labels.some((n) => n.toLowerCase() === l)))
    .sort((a, b) => b.number - a.number); // GitHub's default: newest first
  return listResult(ctx, issues, (i) => renderIssue(ctx.state, repo, i));
}

function createComment(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const text = requiredString(bodyObject(ctx), 'body', 'IssueComment');
  if (text.length > 65536) {
    throw validationFailed(
      'IssueComment',
      'body',
      'custom',
      'Body is too long (maximum is 65536 characters)',
    );
  }
  const id = ctx.state.nextId();
  const now = ctx.state.now();
  const comment: IssueCommentRecord = {
    id,
    nodeId: ctx.state.nodeId('IC', id),
    issueNumber: issue.number,
    body: text,
    user: ctx.token.login,
    reactions: [],
    createdAt: now,
    updatedAt: now,
  };
  repo.issueComments.set(id, comment);
  return { status: 201, body: renderIssueComment(ctx.state, repo, comment) };
}

function updateComment(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const comment = commentOf(ctx, repo);
  comment.body = requiredString(bodyObject(ctx), 'body', 'IssueComment');
  comment.updatedAt = ctx.state.now();
  return { status: 200, body: renderIssueComment(ctx.state, repo, comment) };
}

const issuesRead = { scope: 'issues', level: 'read' } as const;
const issuesWrite = { scope: 'issues', level: 'write' } as const;

function listComments(ctx: HandlerContext): HandlerResult {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const comments = [...repo.issueComments.values()].filter((c) => c.issueNumber === issue.number);
  return listResult(ctx, comments, (c) => renderIssueComment(ctx.state, repo, c));
}

function deleteComment(ctx: HandlerContext): HandlerResult {
  const repo = repoOf(ctx);
  repo.issueComments.delete(commentOf(ctx, repo).id);
  return { status: 204 };
}

const ISSUE = '/repos/{owner}/{repo}/issues/{issue_number}';
const COMMENT = '/repos/{owner}/{repo}/issues/comments/{comment_id}';

export const issueRoutes: Route[] = routeTable([
  ['GET', '/repos/{owner}/{repo}/issues', issuesRead, listIssues],
  ['POST', '/repos/{owner}/{repo}/issues', issuesWrite, createIssue],
  ['GET', ISSUE, issuesRead, showOne(issueOf, renderIssue)],
  ['PATCH', ISSUE, issuesWrite, updateIssue],
  ['GET', `${ISSUE}/comments`, issuesRead, listComments],
  ['POST', `${ISSUE}/comments`, issuesWrite, createComment],
  ['GET', COMMENT, issuesRead, showOne(commentOf, renderIssueComment)],
  ['PATCH', COMMENT, issuesWrite, updateComment],
  ['DELETE', COMMENT, issuesWrite, deleteComment],
]);
