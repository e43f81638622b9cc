// Check runs (with annotations, at most 50 per request as on GitHub) and commit statuses.
import type { components } from '@octokit/openapi-types';
import { resolveCommit } from '../git-refs.js';
import {
  HttpError,
  notFound,
  validationFailed,
  type HandlerContext,
  type HandlerResult,
} from '../http.js';
import { bodyObject, intParam, optionalString, repoOf, requiredString } from '../params.js';
import { renderApp, renderUser, repoApiUrl, repoHtmlUrl } from '../objects.js';
import { listResult, paginate } from '../pagination.js';
import { routeTable, showOne, type Route } from '../router.js';
import type { CheckRunRecord, RepoState, State, StatusRecord } from '../state.js';

type Schemas = components['schemas'];
type Annotation = Schemas['check-annotation'];

const STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'] as const;
const CONCLUSIONS = [
  'success',
  'failure',
  'neutral',
  'cancelled',
  'skipped',
  'timed_out',
  'action_required',
] as const;
const LEVELS = ['notice', 'warning', 'failure'];
const MAX_ANNOTATIONS_PER_REQUEST = 50;

function renderCheckRun(state: State, repo: RepoState, run: CheckRunRecord): Schemas['check-run'] {
  const api = `${repoApiUrl(state, repo)}/check-runs/${run.id}`;
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: run.nodeId,
    external_id: run.externalId,
    url: api,
    html_url: `${repoHtmlUrl(repo)}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      ...run.output,
      annotations_count: run.annotations.length,
      annotations_url: `${api}/annotations`,
    },
    name: run.name,
    check_suite: { id: 1 },
    app: renderApp(state),
    pull_requests: [],
  };
}

function parseAnnotations(repo: RepoState, headSha: string, raw: unknown): Annotation[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw validationFailed('CheckRun', 'output.annotations', 'invalid');
  if (raw.length > MAX_ANNOTATIONS_PER_REQUEST) {
    throw new HttpError(422, 'Invalid request.\n\nOnly 50 annotations are allowed per request.');
  }
  return raw.map((item: unknown, i) => {
    const a = (item ?? {}) as Record<string, unknown>;
    const field = (name: string) => `output.annotations[${i}].${name}`;
    if (typeof a.path !== 'string') throw validationFailed('CheckRun', field('path'));
    if (typeof a.start_line !== 'number') throw validationFailed('CheckRun', field('start_line'));
    if (typeof a.end_line !== 'number') throw validationFailed('CheckRun', field('end_line'));
    if (typeof a.message !== 'string') throw validationFailed('CheckRun', field('message'));
    if (typeof a.annotation_level !== 'string' || !LEVELS.includes(a.annotation_level)) {
      throw validationFailed('CheckRun', field('annotation_level'), 'invalid');
    }
    return {
      path: a.path,
      start_line: a.start_line,
      end_line: a.end_line,
      start_column: typeof a.start_column === 'number' ? a.start_column : null,
      end_column: typeof a.end_column === 'number' ? a.end_column : null,
      annotation_level: a.annotation_level,
      title: typeof a.title === 'string' ? a.title : null,
      message: a.message,
      raw_details: typeof a.raw_details === 'string' ? a.raw_details : null,
      blob_href: `${repoHtmlUrl(repo)}/blob/${headSha}/${a.path}`,
    };
  });
}

/** Fields shared by create and update: status, conclusion, output, URLs. */
function applyCheckFields(
  ctx: HandlerContext,
  repo: RepoState,
  run: CheckRunRecord,
  body: Record<string, unknown>,
) {
  const status = optionalString(body, 'status');
  if (status !== undefined) {
    if (!(STATUSES as readonly string[]).includes(status))
      throw validationFailed('CheckRun', 'status', 'invalid');
    run.status = status as CheckRunRecord['status'];
  }
  const conclusion = optionalString(body, 'conclusion');
  if (conclusion !== undefined) {
    if (!(CONCLUSIONS as readonly string[]).includes(conclusion)) {
      throw validationFailed('CheckRun', 'conclusion', 'invalid');
    }
    run.conclusion = conclusion as CheckRunRecord['conclusion'];
    run.status = 'completed';
  }
  if (run.status === 'completed' && run.conclusion === null) {
    throw validationFailed('CheckRun', 'conclusion', 'missing_field');
  }
  if (run.status === 'completed')
    run.completedAt = optionalString(body, 'completed_at') ?? run.completedAt ?? ctx.state.now();
  run.detailsUrl = optionalString(body, 'details_url') ?? run.detailsUrl;
  run.externalId = optionalString(body, 'external_id') ?? run.externalId;
  const output = body.output as Record<string, unknown> | undefined;
  if (output !== undefined) {
    if (typeof output !== 'object' || output === null)
      throw validationFailed('CheckRun', 'output', 'invalid');
    if (typeof output.title !== 'string' || typeof output.summary !== 'string') {
      throw validationFailed(
        'CheckRun',
        typeof output.title !== 'string' ? 'output.title' : 'output.summary',
      );
    }
    run.output = {
      title: output.title,
      summary: output.summary,
      text: typeof output.text === 'string' ? output.text : run.output.text,
    };
    run.annotations.push(...parseAnnotations(repo, run.headSha, output.annotations));
  }
}

async function createCheckRun(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = bodyObject(ctx);
  const name = requiredString(body, 'name', 'CheckRun');
  const headSha = requiredString(body, 'head_sha', 'CheckRun');
  if ((await resolveCommit(repo.gitDir, headSha)) !== headSha) {
    throw validationFailed(
      'CheckRun',
      'head_sha',
      'invalid',
      'No commit found for SHA: ' + headSha,
    );
  }
  const id = ctx.state.nextId();
  const run: CheckRunRecord = {
    id,
    nodeId: ctx.state.nodeId('CR', id),
    name,
    headSha,
    status: 'queued',
    conclusion: null,
    detailsUrl: null,
    externalId: null,
    startedAt: optionalString(body, 'started_at') ?? ctx.state.now(),
    completedAt: null,
    output: { title: null, summary: null, text: null },
    annotations: [],
  };
  applyCheckFields(ctx, repo, run, body);
  repo.checkRuns.push(run);
  return { status: 201, body: renderCheckRun(ctx.state, repo, run) };
}

function checkRunOf(ctx: HandlerContext, repo: RepoState): CheckRunRecord {
  const id = intParam(ctx, 'check_run_id');
  const run = repo.checkRuns.find((r) => r.id === id);
  if (!run) throw notFound();
  return run;
}

async function listForRef(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const sha = await resolveCommit(repo.gitDir, ctx.params.ref ?? '');
  if (!sha) throw new HttpError(422, `No commit found for SHA: ${ctx.params.ref ?? ''}`);
  let runs = repo.checkRuns.filter((r) => r.headSha === sha);
  if (ctx.query.check_name) runs = runs.filter((r) => r.name === ctx.query.check_name);
  if (ctx.query.status) runs = runs.filter((r) => r.status === ctx.query.status);
  if ((ctx.query.filter ?? 'latest') === 'latest') {
    // Only the most recent run of each name, as GitHub's default filter does.
    runs = runs.filter((r) => !runs.some((o) => o.name === r.name && o.id > r.id));
  }
  runs = [...runs].sort((a, b) => b.id - a.id);
  const { items, headers } = paginate(ctx, runs);
  const body = {
    total_count: runs.length,
    check_runs: items.map((r) => renderCheckRun(ctx.state, repo, r)),
  };
  return { status: 200, body, headers };
}

function renderStatus(state: State, repo: RepoState, s: StatusRecord): Schemas['status'] {
  return {
    url: `${repoApiUrl(state, repo)}/statuses/${s.sha}`,
    avatar_url: null,
    id: s.id,
    node_id: s.nodeId,
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: renderUser(state, s.creator),
  };
}

async function createStatus(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const sha = ctx.params.sha ?? '';
  if ((await resolveCommit(repo.gitDir, sha)) !== sha) {
    throw validationFailed('Status', 'sha', 'invalid', `No commit found for SHA: ${sha}`);
  }
  const body = bodyObject(ctx);
  const stateField = requiredString(body, 'state', 'Status');
  if (!['error', 'failure', 'pending', 'success'].includes(stateField)) {
    throw validationFailed('Status', 'state', 'invalid');
  }
  const id = ctx.state.nextId();
  const status: StatusRecord = {
    id,
    nodeId: ctx.state.nodeId('SC', id),
    sha,
    state: stateField as StatusRecord['state'],
    targetUrl: optionalString(body, 'target_url') ?? null,
    description: optionalString(body, 'description') ?? null,
    context: optionalString(body, 'context') ?? 'default',
    creator: ctx.token.login,
    createdAt: ctx.state.now(),
  };
  repo.statuses.push(status);
  return { status: 201, body: renderStatus(ctx.state, repo, status) };
}

async function listStatuses(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const sha = await resolveCommit(repo.gitDir, ctx.params.ref ?? '');
  if (!sha) throw notFound();
  const statuses = repo.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id);
  return listResult(ctx, statuses, (s) => renderStatus(ctx.state, repo, s));
}

const checksRead = { scope: 'checks', level: 'read' } as const;
const checksWrite = { scope: 'checks', level: 'write' } as const;
const statusesRead = { scope: 'statuses', level: 'read' } as const;
const statusesWrite = { scope: 'statuses', level: 'write' } as const;

function updateCheckRun(ctx: HandlerContext): HandlerResult {
  const repo = repoOf(ctx);
  const run = checkRunOf(ctx, repo);
  applyCheckFields(ctx, repo, run, bodyObject(ctx));
  return { status: 200, body: renderCheckRun(ctx.state, repo, run) };
}

function listAnnotations(ctx: HandlerContext): HandlerResult {
  return listResult(ctx, checkRunOf(ctx, repoOf(ctx)).annotations, (a) => a);
}

const RUN = '/repos/{owner}/{repo}/check-runs/{check_run_id}';

export const checkRoutes: Route[] = routeTable([
  ['POST', '/repos/{owner}/{repo}/check-runs', checksWrite, createCheckRun],
  ['GET', RUN, checksRead, showOne(checkRunOf, renderCheckRun)],
  ['PATCH', RUN, checksWrite, updateCheckRun],
  ['GET', `${RUN}/annotations`, checksRead, listAnnotations],
  ['GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs', checksRead, listForRef],
  ['POST', '/repos/{owner}/{repo}/statuses/{sha}', statusesWrite, createStatus],
  ['GET', '/repos/{owner}/{repo}/commits/{ref}/statuses', statusesRead, listStatuses],
]);
