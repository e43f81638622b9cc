// Pull requests: create/get/list/update, files (a real git diff), requested reviewers.
import type { components } from '@octokit/openapi-types';
import { pullDiff } from '../diff.js';
import { resolveCommit } from '../git-refs.js';
import {
  HttpError,
  notFound,
  validationFailed,
  type HandlerContext,
  type HandlerResult,
} from '../http.js';
import { bodyObject, intParam, optionalString, repoOf, requiredString } from '../params.js';
import { renderRepository, renderUser, repoApiUrl, repoHtmlUrl } from '../objects.js';
import { listResult } from '../pagination.js';
import { routeTable, type Route } from '../router.js';
import type { IssueRecord, PullRecord, RepoState, State } from '../state.js';
import { newIssue } from './issues.js';
import { renderLabel } from './labels.js';

type Schemas = components['schemas'];

export interface PullContext {
  repo: RepoState;
  pull: PullRecord;
  issue: IssueRecord;
}

export function pullOf(ctx: HandlerContext): PullContext {
  const repo = repoOf(ctx);
  const number = intParam(ctx, 'pull_number');
  const pull = repo.pulls.get(number);
  const issue = repo.issues.get(number);
  if (!pull || !issue) throw notFound();
  return { repo, pull, issue };
}

/** Follow the branches: a push to the head branch moves the PR's head sha, as on GitHub. */
export async function refreshShas(repo: RepoState, pull: PullRecord): Promise<void> {
  const [head, base] = await Promise.all([
    resolveCommit(repo.gitDir, `refs/heads/${pull.headRef}`),
    resolveCommit(repo.gitDir, `refs/heads/${pull.baseRef}`),
  ]);
  pull.headSha = head ?? pull.headSha;
  pull.baseSha = base ?? pull.baseSha;
}

function branches(
  state: State,
  repo: RepoState,
  pull: PullRecord,
): Pick<Schemas['pull-request'], 'head' | 'base'> {
  const repository = renderRepository(state, repo);
  const owner = renderUser(state, repo.owner);
  return {
    head: {
      label: `${pull.headOwner}:${pull.headRef}`,
      ref: pull.headRef,
      sha: pull.headSha,
      repo: repository,
      user: owner,
    },
    base: {
      label: `${repo.owner}:${pull.baseRef}`,
      ref: pull.baseRef,
      sha: pull.baseSha,
      repo: repository,
      user: owner,
    },
  };
}

function renderSimple(
  state: State,
  { repo, pull, issue }: PullContext,
): Schemas['pull-request-simple'] {
  const api = `${repoApiUrl(state, repo)}/pulls/${pull.number}`;
  const issueApi = `${repoApiUrl(state, repo)}/issues/${pull.number}`;
  const html = `${repoHtmlUrl(repo)}/pull/${pull.number}`;
  const statuses = `${repoApiUrl(state, repo)}/statuses/${pull.headSha}`;
  const labels = issue.labels
    .map((n) => repo.labels.get(n.toLowerCase()))
    .filter((l) => l !== undefined)
    .map((l) => ({ ...renderLabel(state, repo, l), description: l.description ?? '' }));
  const assignees = issue.assignees.map((a) => renderUser(state, a));
  return {
    url: api,
    id: pull.id,
    node_id: pull.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApiUrl(state, repo)}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: statuses,
    number: pull.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: renderUser(state, issue.user),
    body: issue.body,
    labels,
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: pull.requestedReviewers.map((r) => renderUser(state, r)),
    requested_teams: [],
    ...branches(state, repo, pull),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: issueApi },
      comments: { href: `${issueApi}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApiUrl(state, repo)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: statuses },
    },
    author_association: issue.user === repo.owner ? 'OWNER' : 'NONE',
    auto_merge: null,
    draft: pull.draft,
  };
}

export async function renderPull(state: State, pc: PullContext): Promise<Schemas['pull-request']> {
  const { repo, pull } = pc;
  await refreshShas(repo, pull);
  const { files, commits } = await pullDiff(
    repo.diffCache,
    repo.gitDir,
    pull.baseSha,
    pull.headSha,
  );
  const simple = renderSimple(state, pc);
  return {
    ...simple,
    ...branches(state, repo, pull),
    state: pc.issue.state,
    user: renderUser(state, pc.issue.user),
    labels: pc.issue.labels
      .map((n) => repo.labels.get(n.toLowerCase()))
      .filter((l) => l !== undefined)
      .map((l) => renderLabel(state, repo, l)),
    requested_teams: [],
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: [...repo.issueComments.values()].filter((c) => c.issueNumber === pull.number).length,
    review_comments: repo.reviewComments.filter((c) => c.pullNumber === pull.number).length,
    maintainer_can_modify: pull.maintainerCanModify,
    commits,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  };
}

/** `head` is `branch` or `owner:branch`; forks are not emulated. */
function parseHead(repo: RepoState, head: string): string {
  const colon = head.indexOf(':');
  if (colon < 0) return head;
  if (head.slice(0, colon).toLowerCase() !== repo.owner.toLowerCase()) {
    throw validationFailed('PullRequest', 'head', 'invalid');
  }
  return head.slice(colon + 1);
}

async function createPull(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = bodyObject(ctx);
  const title = requiredString(body, 'title', 'PullRequest');
  const headRef = parseHead(repo, requiredString(body, 'head', 'PullRequest'));
  const baseRef = requiredString(body, 'base', 'PullRequest');
  const [headSha, baseSha] = await Promise.all([
    resolveCommit(repo.gitDir, `refs/heads/${headRef}`),
    resolveCommit(repo.gitDir, `refs/heads/${baseRef}`),
  ]);
  if (!headSha) throw validationFailed('PullRequest', 'head', 'invalid');
  if (!baseSha) throw validationFailed('PullRequest', 'base', 'invalid');
  const open = [...repo.pulls.values()].find(
    (p) =>
      p.headRef === headRef && p.baseRef === baseRef && repo.issues.get(p.number)?.state === 'open',
  );
  if (open) {
    throw validationFailed(
      'PullRequest',
      'head',
      'custom',
      `A pull request already exists for ${repo.owner}:${headRef}.`,
    );
  }
  if ((await pullDiff(repo.diffCache, repo.gitDir, baseSha, headSha)).commits === 0) {
    throw validationFailed(
      'PullRequest',
      'base',
      'custom',
      `No commits between ${baseRef} and ${headRef}`,
    );
  }
  const issue = newIssue(ctx.state, repo, {
    title,
    body: optionalString(body, 'body') ?? null,
    user: ctx.token.login,
    isPullRequest: true,
  });
  const pull: PullRecord = {
    number: issue.number,
    id: ctx.state.nextId(),
    nodeId: issue.nodeId,
    headRef,
    headOwner: repo.owner,
    baseRef,
    headSha,
    baseSha,
    draft: body.draft === true,
    maintainerCanModify: body.maintainer_can_modify !== false,
    requestedReviewers: [],
    merged: false,
  };
  repo.pulls.set(pull.number, pull);
  return { status: 201, body: await renderPull(ctx.state, { repo, pull, issue }) };
}

async function updatePull(ctx: HandlerContext) {
  const pc = pullOf(ctx);
  const body = bodyObject(ctx);
  const title = optionalString(body, 'title');
  if (title !== undefined) pc.issue.title = title;
  if ('body' in body) pc.issue.body = optionalString(body, 'body') ?? null;
  const stateField = optionalString(body, 'state');
  if (stateField !== undefined) {
    if (stateField !== 'open' && stateField !== 'closed')
      throw validationFailed('PullRequest', 'state', 'invalid');
    pc.issue.state = stateField;
    pc.issue.closedAt = stateField === 'closed' ? ctx.state.now() : null;
  }
  const base = optionalString(body, 'base');
  if (base !== undefined) {
    if (!(await resolveCommit(pc.repo.gitDir, `refs/heads/${base}`))) {
      throw validationFailed('PullRequest', 'base', 'invalid');
    }
    pc.pull.baseRef = base;
  }
  pc.issue.updatedAt = ctx.state.now();
  return { status: 200, body: await renderPull(ctx.state, pc) };
}

async function listPulls(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const wanted = ctx.query.state ?? 'open';
  const head = ctx.query.head;
  const headRef =
    head === undefined ? undefined : head.includes(':') ? head : `${repo.owner}:${head}`;
  const pulls: PullContext[] = [];
  for (const pull of [...repo.pulls.values()].sort((a, b) => b.number - a.number)) {
    const issue = repo.issues.get(pull.number);
    if (!issue || (wanted !== 'all' && issue.state !== wanted)) continue;
    if (
      headRef !== undefined &&
      `${pull.headOwner}:${pull.headRef}`.toLowerCase() !== headRef.toLowerCase()
    )
      continue;
    if (ctx.query.base !== undefined && pull.baseRef !== ctx.query.base) continue;
    await refreshShas(repo, pull);
    pulls.push({ repo, pull, issue });
  }
  return listResult(ctx, pulls, (pc) => renderSimple(ctx.state, pc));
}

async function listFiles(ctx: HandlerContext) {
  const { repo, pull } = pullOf(ctx);
  await refreshShas(repo, pull);
  // GitHub lists at most 3000 files of a pull request.
  const diff = await pullDiff(repo.diffCache, repo.gitDir, pull.baseSha, pull.headSha);
  const files = diff.files.slice(0, 3000);
  const api = repoApiUrl(ctx.state, repo);
  return listResult(ctx, files, (f): Schemas['diff-entry'] => {
    const entry: Schemas['diff-entry'] = {
      sha: f.sha,
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `${repoHtmlUrl(repo)}/blob/${pull.headSha}/${f.filename}`,
      raw_url: `${repoHtmlUrl(repo)}/raw/${pull.headSha}/${f.filename}`,
      contents_url: `${api}/contents/${f.filename}?ref=${pull.headSha}`,
    };
    if (f.patch !== undefined) entry.patch = f.patch;
    if (f.previousFilename !== undefined) entry.previous_filename = f.previousFilename;
    return entry;
  });
}

async function requestReviewers(ctx: HandlerContext) {
  const pc = pullOf(ctx);
  const reviewers = bodyObject(ctx).reviewers ?? [];
  if (!Array.isArray(reviewers) || reviewers.some((r) => typeof r !== 'string')) {
    throw validationFailed('PullRequest', 'reviewers', 'invalid');
  }
  for (const login of reviewers as string[]) {
    if (login.toLowerCase() === pc.issue.user.toLowerCase()) {
      throw new HttpError(422, 'Review cannot be requested from pull request author.');
    }
    if (!pc.pull.requestedReviewers.includes(login)) pc.pull.requestedReviewers.push(login);
  }
  await refreshShas(pc.repo, pc.pull);
  return { status: 201, body: renderSimple(ctx.state, pc) };
}

const read = { scope: 'pull_requests', level: 'read' } as const;
const write = { scope: 'pull_requests', level: 'write' } as const;

async function getPull(ctx: HandlerContext): Promise<HandlerResult> {
  return { status: 200, body: await renderPull(ctx.state, pullOf(ctx)) };
}

function listRequestedReviewers(ctx: HandlerContext): HandlerResult {
  const { pull } = pullOf(ctx);
  const body: Schemas['pull-request-review-request'] = {
    users: pull.requestedReviewers.map((r) => renderUser(ctx.state, r)),
    teams: [],
  };
  return { status: 200, body };
}

const PULL = '/repos/{owner}/{repo}/pulls/{pull_number}';

export const pullRoutes: Route[] = routeTable([
  ['GET', '/repos/{owner}/{repo}/pulls', read, listPulls],
  ['POST', '/repos/{owner}/{repo}/pulls', write, createPull],
  ['GET', PULL, read, getPull],
  ['PATCH', PULL, write, updatePull],
  ['GET', `${PULL}/files`, read, listFiles],
  ['GET', `${PULL}/requested_reviewers`, read, listRequestedReviewers],
  ['POST', `${PULL}/requested_reviewers`, write, requestReviewers],
]);
