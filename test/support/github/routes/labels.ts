// Repository labels (with colors) and labels on issues and pull requests.
import type { components } from '@octokit/openapi-types';
import {
  HttpError,
  notFound,
  validationFailed,
  type HandlerContext,
  type HandlerResult,
} from '../http.js';
import { bodyObject, optionalString, repoOf, requiredString } from '../params.js';
import { renderUser, repoApiUrl } from '../objects.js';
import { listResult } from '../pagination.js';
import { routeTable, type Route } from '../router.js';
import type { IssueEventRecord, IssueRecord, LabelRecord, RepoState, State } from '../state.js';
import { issueOf } from './issues.js';

type Schemas = components['schemas'];

export function renderLabel(state: State, repo: RepoState, label: LabelRecord): Schemas['label'] {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${repoApiUrl(state, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

export function ensureLabel(
  state: State,
  repo: RepoState,
  name: string,
  color = 'ededed',
): LabelRecord {
  const existing = repo.labels.get(name.toLowerCase());
  if (existing) return existing;
  const id = state.nextId();
  const label: LabelRecord = { id, nodeId: state.nodeId('LA', id), name, color, description: null };
  repo.labels.set(name.toLowerCase(), label);
  return label;
}

function createLabel(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = bodyObject(ctx);
  const name = requiredString(body, 'name', 'Label');
  const color = (optionalString(body, 'color') ?? 'ededed').replace(/^#/, '');
  if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed('Label', 'color', 'invalid');
  if (repo.labels.has(name.toLowerCase()))
    throw validationFailed('Label', 'name', 'already_exists');
  const label = ensureLabel(ctx.state, repo, name, color.toLowerCase());
  label.description = optionalString(body, 'description') ?? null;
  return { status: 201, body: renderLabel(ctx.state, repo, label) };
}

function getLabel(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const label = repo.labels.get((ctx.params.name ?? '').toLowerCase());
  if (!label) throw notFound();
  return { status: 200, body: renderLabel(ctx.state, repo, label) };
}

/** Records who labeled or unlabeled an issue, as GitHub's issue timeline does. */
function recordEvent(
  ctx: HandlerContext,
  repo: RepoState,
  issue: IssueRecord,
  event: IssueEventRecord['event'],
  label: string,
): void {
  const id = ctx.state.nextId();
  repo.issueEvents.push({
    id,
    nodeId: ctx.state.nodeId(event === 'labeled' ? 'LE' : 'UNLE', id),
    issueNumber: issue.number,
    event,
    actor: ctx.token.login,
    label,
    createdAt: ctx.state.now(),
  });
}

function renderIssueEvent(
  state: State,
  repo: RepoState,
  e: IssueEventRecord,
): Schemas['labeled-issue-event'] | Schemas['unlabeled-issue-event'] {
  const label = repo.labels.get(e.label.toLowerCase());
  return {
    id: e.id,
    node_id: e.nodeId,
    url: `${repoApiUrl(state, repo)}/issues/events/${e.id}`,
    actor: renderUser(state, e.actor),
    event: e.event,
    commit_id: null,
    commit_url: null,
    created_at: e.createdAt,
    performed_via_github_app: null,
    label: { name: label?.name ?? e.label, color: label?.color ?? 'ededed' },
  };
}

function issueLabels(repo: RepoState, names: readonly string[]) {
  return names
    .map((n) => repo.labels.get(n.toLowerCase()))
    .filter((l): l is LabelRecord => l !== undefined);
}

function addIssueLabels(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const body = ctx.body;
  const raw = Array.isArray(body) ? body : bodyObject(ctx).labels;
  if (
    !Array.isArray(raw) ||
    raw.some((l) => typeof l !== 'string' && typeof (l as { name?: unknown })?.name !== 'string')
  ) {
    throw validationFailed('Label', 'labels', 'invalid');
  }
  for (const item of raw as (string | { name: string })[]) {
    const name = typeof item === 'string' ? item : item.name;
    const label = ensureLabel(ctx.state, repo, name);
    if (!issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) {
      issue.labels.push(label.name);
      recordEvent(ctx, repo, issue, 'labeled', label.name);
    }
  }
  issue.updatedAt = ctx.state.now();
  const labels = issueLabels(repo, issue.labels);
  return { status: 200, body: labels.map((l) => renderLabel(ctx.state, repo, l)) };
}

function removeIssueLabel(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const name = (ctx.params.name ?? '').toLowerCase();
  const index = issue.labels.findIndex((l) => l.toLowerCase() === name);
  if (index < 0) throw new HttpError(404, 'Label does not exist');
  const [removed = name] = issue.labels.splice(index, 1);
  recordEvent(ctx, repo, issue, 'unlabeled', removed);
  issue.updatedAt = ctx.state.now();
  const labels = issueLabels(repo, issue.labels);
  return { status: 200, body: labels.map((l) => renderLabel(ctx.state, repo, l)) };
}

const issuesRead = { scope: 'issues', level: 'read' } as const;
const issuesWrite = { scope: 'issues', level: 'write' } as const;

function listLabels(ctx: HandlerContext): HandlerResult {
  const repo = repoOf(ctx);
  return listResult(ctx, [...repo.labels.values()], (l) => renderLabel(ctx.state, repo, l));
}

function listIssueLabels(ctx: HandlerContext): HandlerResult {
  const repo = repoOf(ctx);
  const labels = issueLabels(repo, issueOf(ctx, repo).labels);
  return listResult(ctx, labels, (l) => renderLabel(ctx.state, repo, l));
}

/** Only the label events are kept: the rest of the timeline is not needed by the suite. */
function listIssueEvents(ctx: HandlerContext): HandlerResult {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const events = repo.issueEvents.filter((e) => e.issueNumber === issue.number);
  return listResult(ctx, events, (e) => renderIssueEvent(ctx.state, repo, e));
}

const ISSUE = '/repos/{owner}/{repo}/issues/{issue_number}';

export const labelRoutes: Route[] = routeTable([
  ['GET', '/repos/{owner}/{repo}/labels', issuesRead, listLabels],
  ['POST', '/repos/{owner}/{repo}/labels', issuesWrite, createLabel],
  ['GET', '/repos/{owner}/{repo}/labels/{name}', issuesRead, getLabel],
  ['GET', `${ISSUE}/labels`, issuesRead, listIssueLabels],
  ['POST', `${ISSUE}/labels`, issuesWrite, addIssueLabels],
  ['GET', `${ISSUE}/events`, issuesRead, listIssueEvents],
  ['DELETE', `${ISSUE}/labels/{name}`, issuesWrite, removeIssueLabel],
]);
