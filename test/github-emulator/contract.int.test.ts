// Contract test: every REST operation the emulator serves is driven with a real client, and every
// response is validated against the schema GitHub's official OpenAPI description gives for that
// operation and status (test/support/openapi/github-subset.json, made by scripts/extract-openapi.mjs).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import {
  ROUTES,
  routeKey,
  startGitHubEmulator,
  type GitHubEmulator,
} from '../support/github/index.js';
import { octokitFor } from './helpers.js';
import { putSecret } from '../../src/onboard/repo-settings.js';

interface Operation {
  method: string;
  path: string;
  responses: Record<string, unknown>;
}
interface Subset {
  operations: Operation[];
}

const SUBSET_URL = new URL('../support/openapi/github-subset.json', import.meta.url);
const subset = JSON.parse(readFileSync(SUBSET_URL, 'utf8')) as Subset;
// ajv-formats is CommonJS; under ESM its function is the default export's default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule })
  .default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(subset, 'github-subset');

const operationIndex = new Map(subset.operations.map((op, i) => [`${op.method} ${op.path}`, i]));

/** The validator for one operation's response, or undefined when GitHub documents no such status. */
function validatorFor(key: string, status: number): ValidateFunction | null | undefined {
  const index = operationIndex.get(key);
  if (index === undefined)
    throw new Error(`no operation ${key} in the OpenAPI subset: regenerate it`);
  const op = subset.operations[index]!;
  if (!(String(status) in op.responses)) return undefined;
  if (op.responses[String(status)] === null) return null; // documented with no body
  const validate = ajv.getSchema(`github-subset#/operations/${index}/responses/${status}`);
  if (!validate) throw new Error(`cannot compile the schema of ${key} ${status}`);
  return validate;
}

const describeErrors = (v: ValidateFunction) =>
  (v.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath} ${e.message ?? ''}`)
    .join('; ');

const REST_KEYS = ROUTES.filter((r) => r.path !== '/graphql')
  .map(routeKey)
  .sort();

let gh: GitHubEmulator;
/** Just past the 1 MB up to which the contents API's JSON carries the file. */
const BIG = 'a line of text\n'.repeat(70_000);
beforeAll(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r', {
    files: { 'README.md': '# r\n', 'src/a.ts': 'export const a = 1;\n', 'big.txt': BIG },
  });
});
afterAll(async () => {
  await gh.close();
});

describe('OpenAPI contract', () => {
  it('every served REST operation answers in the shape GitHub documents', async () => {
    const octokit = octokitFor(gh);
    const repo = { owner: 'o', repo: 'r' };
    const ids: Record<string, number | string | bigint> = {};
    const expectFail = (p: Promise<unknown>) =>
      p.then(
        () => Promise.reject(new Error('expected failure')),
        () => undefined,
      );

    // Ordered: later calls use what earlier ones created. Keys must cover every served route.
    const scenarios: [string, () => Promise<unknown>][] = [
      ['GET /repos/{owner}/{repo}', () => octokit.request('GET /repos/{owner}/{repo}', repo)],
      ['GET /user', () => octokit.request('GET /user')],
      ['GET /orgs/{org}/repos', () => octokit.request('GET /orgs/{org}/repos', { org: 'o' })],
      [
        'GET /users/{username}/repos',
        () => octokit.request('GET /users/{username}/repos', { username: 'o' }),
      ],
      [
        'GET /repos/{owner}/{repo}/contents/{path}',
        async () => {
          await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            ...repo,
            path: 'src/a.ts',
          });
          await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            ...repo,
            path: 'src',
          });
          // Past 1 MB the JSON form has no content (encoding "none"); the raw media type has
          // the bytes as the body (GitHub's docs describe it; its OpenAPI file has no schema
          // for it, github/rest-api-description#6089, so the scenario checks it here).
          const { data: big } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            ...repo,
            path: 'big.txt',
          });
          expect(big).toMatchObject({ encoding: 'none', content: '', size: BIG.length });
          const { data: raw, headers } = await octokit.request(
            'GET /repos/{owner}/{repo}/contents/{path}',
            { ...repo, path: 'big.txt', headers: { accept: 'application/vnd.github.raw+json' } },
          );
          expect(headers['x-github-media-type']).toBe('github.raw; format=json');
          expect(Buffer.from(raw as unknown as ArrayBuffer).toString('utf8')).toBe(BIG);
          await expectFail(
            octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path: 'nope' }),
          );
        },
      ],
      [
        'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
            ...repo,
            username: 'o',
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/git/ref/{ref}',
        async () => {
          const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
            ...repo,
            ref: 'heads/main',
          });
          ids.main = data.object.sha;
        },
      ],
      [
        'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
        async () => {
          const { data } = await octokit.request(
            'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
            { ...repo, commit_sha: String(ids.main) },
          );
          ids.mainTree = data.tree.sha;
        },
      ],
      [
        'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
            ...repo,
            tree_sha: String(ids.mainTree),
            recursive: '1',
          }),
      ],
      [
        'POST /repos/{owner}/{repo}/git/blobs',
        async () => {
          const { data } = await octokit.request('POST /repos/{owner}/{repo}/git/blobs', {
            ...repo,
            content: 'export const a = 2;\nexport const b = 3;\n',
          });
          ids.blob = data.sha;
        },
      ],
      [
        'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
            ...repo,
            file_sha: String(ids.blob),
          }),
      ],
      [
        'POST /repos/{owner}/{repo}/git/trees',
        async () => {
          const { data } = await octokit.request('POST /repos/{owner}/{repo}/git/trees', {
            ...repo,
            base_tree: String(ids.mainTree),
            tree: [{ path: 'src/a.ts', mode: '100644', type: 'blob', sha: String(ids.blob) }],
          });
          ids.tree = data.sha;
        },
      ],
      [
        'POST /repos/{owner}/{repo}/git/commits',
        async () => {
          const { data } = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
            ...repo,
            message: 'Change a',
            tree: String(ids.tree),
            parents: [String(ids.main)],
          });
          ids.feature = data.sha;
        },
      ],
      [
        'POST /repos/{owner}/{repo}/git/refs',
        async () => {
          await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
            ...repo,
            ref: 'refs/heads/feature',
            sha: String(ids.main),
          });
          await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
            ...repo,
            ref: 'refs/heads/tmp',
            sha: String(ids.main),
          });
          await expectFail(
            octokit.request('POST /repos/{owner}/{repo}/git/refs', {
              ...repo,
              ref: 'refs/heads/tmp',
              sha: String(ids.main),
            }),
          );
        },
      ],
      [
        'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
        async () => {
          await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
            ...repo,
            ref: 'heads/feature',
            sha: String(ids.feature),
          });
          await expectFail(
            octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
              ...repo,
              ref: 'heads/feature',
              sha: String(ids.main),
            }),
          );
        },
      ],
      [
        'GET /repos/{owner}/{repo}/git/matching-refs/{ref}',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
            ...repo,
            ref: 'heads/',
          }),
      ],
      [
        'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
        () =>
          octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
            ...repo,
            ref: 'heads/tmp',
          }),
      ],
      [
        'POST /repos/{owner}/{repo}/labels',
        () =>
          octokit.request('POST /repos/{owner}/{repo}/labels', {
            ...repo,
            name: 'ai-agent',
            color: '0e8a16',
            description: 'Run the agent',
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/labels',
        () => octokit.request('GET /repos/{owner}/{repo}/labels', repo),
      ],
      [
        'GET /repos/{owner}/{repo}/labels/{name}',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/labels/{name}', { ...repo, name: 'ai-agent' }),
      ],
      [
        'POST /repos/{owner}/{repo}/issues',
        async () => {
          const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
            ...repo,
            title: 'Bug',
            body: 'It breaks',
            labels: ['ai-agent'],
          });
          ids.issue = data.number;
          await expectFail(
            octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: '' }),
          );
        },
      ],
      [
        'GET /repos/{owner}/{repo}/issues/{issue_number}',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
            ...repo,
            issue_number: Number(ids.issue),
          }),
      ],
      [
        'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
        () =>
          octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            ...repo,
            issue_number: Number(ids.issue),
            body: 'Edited',
          }),
      ],
      [
        'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
        () =>
          octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
            ...repo,
            issue_number: Number(ids.issue),
            labels: ['triaged'],
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
            ...repo,
            issue_number: Number(ids.issue),
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/issues/{issue_number}/labels',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', {
            ...repo,
            issue_number: Number(ids.issue),
          }),
      ],
      [
        'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
        () =>
          octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
            ...repo,
            issue_number: Number(ids.issue),
            name: 'triaged',
          }),
      ],
      [
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        async () => {
          const { data } = await octokit.request(
            'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
            { ...repo, issue_number: Number(ids.issue), body: 'On it' },
          );
          ids.comment = data.id;
        },
      ],
      [
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...repo,
            issue_number: Number(ids.issue),
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...repo,
            comment_id: Number(ids.comment),
          }),
      ],
      [
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        () =>
          octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...repo,
            comment_id: Number(ids.comment),
            body: 'Done',
          }),
      ],
      [
        'POST /repos/{owner}/{repo}/issues/{issue_number}/reactions',
        () =>
          octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/reactions', {
            ...repo,
            issue_number: Number(ids.issue),
            content: 'eyes',
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/issues/{issue_number}/reactions',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/reactions', {
            ...repo,
            issue_number: Number(ids.issue),
          }),
      ],
      [
        'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
        () =>
          octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
            ...repo,
            comment_id: Number(ids.comment),
            content: 'rocket',
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
            ...repo,
            comment_id: Number(ids.comment),
          }),
      ],
      [
        'POST /repos/{owner}/{repo}/pulls',
        async () => {
          const { data } = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
            ...repo,
            title: 'Fix',
            head: 'feature',
            base: 'main',
            draft: true,
          });
          ids.pull = data.number;
          ids.head = data.head.sha;
          await expectFail(
            octokit.request('POST /repos/{owner}/{repo}/pulls', {
              ...repo,
              title: 'Fix',
              head: 'nope',
              base: 'main',
            }),
          );
        },
      ],
      [
        'GET /repos/{owner}/{repo}/pulls/{pull_number}',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            ...repo,
            pull_number: Number(ids.pull),
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/pulls',
        () => octokit.request('GET /repos/{owner}/{repo}/pulls', { ...repo, head: 'o:feature' }),
      ],
      [
        'GET /repos/{owner}/{repo}/issues',
        () => octokit.request('GET /repos/{owner}/{repo}/issues', { ...repo, state: 'all' }),
      ],
      [
        'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
        () =>
          octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
            ...repo,
            pull_number: Number(ids.pull),
            body: 'Fixes #1',
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
            ...repo,
            pull_number: Number(ids.pull),
          }),
      ],
      [
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
        () =>
          octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            ...repo,
            pull_number: Number(ids.pull),
            reviewers: ['alice'],
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            ...repo,
            pull_number: Number(ids.pull),
          }),
      ],
      [
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        async () => {
          await octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
            ...repo,
            pull_number: Number(ids.pull),
            event: 'REQUEST_CHANGES',
            body: 'See comments',
            comments: [
              {
                path: 'src/a.ts',
                line: 2,
                side: 'RIGHT',
                body: '```suggestion\nexport const b = 4;\n```',
              },
            ],
          });
          await expectFail(
            octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
              ...repo,
              pull_number: Number(ids.pull),
              event: 'COMMENT',
              body: 'x',
              comments: [{ path: 'README.md', line: 1, body: 'off the diff' }],
            }),
          );
        },
      ],
      [
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        async () => {
          const { data } = await octokit.request(
            'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
            { ...repo, pull_number: Number(ids.pull) },
          );
          ids.review = data[0]?.id ?? 0;
        },
      ],
      [
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}', {
            ...repo,
            pull_number: Number(ids.pull),
            review_id: Number(ids.review),
          }),
      ],
      [
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments',
        () =>
          octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
            ...repo,
            pull_number: Number(ids.pull),
            commit_id: String(ids.head),
            path: 'src/a.ts',
            start_line: 1,
            line: 2,
            side: 'RIGHT',
            body: 'Two lines',
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
        async () => {
          const { data } = await octokit.request(
            'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
            { ...repo, pull_number: Number(ids.pull) },
          );
          ids.reviewComment = data[0]?.id ?? 0;
        },
      ],
      [
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies',
        () =>
          octokit.request(
            'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies',
            {
              ...repo,
              pull_number: Number(ids.pull),
              comment_id: Number(ids.reviewComment),
              body: 'Fixed in abc1234.',
            },
          ),
      ],
      [
        'POST /repos/{owner}/{repo}/check-runs',
        async () => {
          const { data } = await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
            ...repo,
            name: 'review',
            head_sha: String(ids.head),
            status: 'in_progress',
          });
          ids.check = data.id;
        },
      ],
      [
        'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
        () =>
          octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            ...repo,
            check_run_id: Number(ids.check),
            conclusion: 'failure',
            output: {
              title: 'Findings',
              summary: '1 finding',
              annotations: [
                {
                  path: 'src/a.ts',
                  start_line: 2,
                  end_line: 2,
                  annotation_level: 'failure',
                  message: 'b is wrong',
                },
              ],
            },
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/check-runs/{check_run_id}',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            ...repo,
            check_run_id: Number(ids.check),
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', {
            ...repo,
            check_run_id: Number(ids.check),
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
            ...repo,
            ref: 'feature',
          }),
      ],
      [
        'POST /repos/{owner}/{repo}/statuses/{sha}',
        () =>
          octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
            ...repo,
            sha: String(ids.head),
            state: 'pending',
            context: 'lailatov/risk',
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/commits/{ref}/statuses',
        () =>
          octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', {
            ...repo,
            ref: String(ids.head),
          }),
      ],
      [
        'POST /repos/{owner}/{repo}/dispatches',
        () =>
          octokit.request('POST /repos/{owner}/{repo}/dispatches', {
            ...repo,
            event_type: 'agent-task',
            client_payload: { issue: 1 },
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/actions/permissions/workflow',
        () => octokit.request('GET /repos/{owner}/{repo}/actions/permissions/workflow', repo),
      ],
      [
        'PUT /repos/{owner}/{repo}/actions/permissions/workflow',
        () =>
          octokit.request('PUT /repos/{owner}/{repo}/actions/permissions/workflow', {
            ...repo,
            can_approve_pull_request_reviews: true,
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/actions/secrets/public-key',
        () => octokit.request('GET /repos/{owner}/{repo}/actions/secrets/public-key', repo),
      ],
      [
        'PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}',
        () => putSecret(octokit, repo, 'CONTRACT_SECRET', 'v'),
      ],
      [
        'GET /repos/{owner}/{repo}/actions/secrets',
        () => octokit.request('GET /repos/{owner}/{repo}/actions/secrets', repo),
      ],
      [
        'POST /repos/{owner}/{repo}/actions/variables',
        () =>
          octokit.request('POST /repos/{owner}/{repo}/actions/variables', {
            ...repo,
            name: 'CONTRACT_VAR',
            value: 'a',
          }),
      ],
      [
        'PATCH /repos/{owner}/{repo}/actions/variables/{name}',
        () =>
          octokit.request('PATCH /repos/{owner}/{repo}/actions/variables/{name}', {
            ...repo,
            name: 'CONTRACT_VAR',
            value: 'b',
          }),
      ],
      [
        'GET /repos/{owner}/{repo}/actions/variables',
        () => octokit.request('GET /repos/{owner}/{repo}/actions/variables', repo),
      ],
      [
        'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
        () =>
          octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
            ...repo,
            workflow_id: 'review.yml',
            ref: 'main',
          }),
      ],
      [
        'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
        () =>
          octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...repo,
            comment_id: Number(ids.comment),
          }),
      ],
      [
        'POST /app-manifests/{code}/conversions',
        async () => {
          // The browser's part: the manifest form, answered with the redirect carrying the code.
          const manifest = {
            name: 'Contract App',
            url: 'https://example.com',
            redirect_url: 'http://127.0.0.1:9/callback',
            hook_attributes: { url: 'https://example.com/hook', active: false },
            default_permissions: { contents: 'write', metadata: 'read' },
          };
          const form = await fetch(`${gh.url}/settings/apps/new?state=s1`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ manifest: JSON.stringify(manifest) }).toString(),
            redirect: 'manual',
          });
          const code = new URL(form.headers.get('location') ?? '').searchParams.get('code');
          // Unauthenticated, as GitHub documents it.
          await fetch(`${gh.url}/app-manifests/${code}/conversions`, { method: 'POST' });
        },
      ],
      // The App the manifest made, as the public API shows it.
      [
        'GET /apps/{app_slug}',
        () => octokit.request('GET /apps/{app_slug}', { app_slug: 'contract-app' }),
      ],
    ];
    expect(scenarios.map(([key]) => key).sort()).toEqual(REST_KEYS);

    for (const [key, run] of scenarios) {
      try {
        await run();
      } catch (error) {
        throw new Error(`${key}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }

    const problems: string[] = [];
    const validated = new Set<string>();
    for (const entry of gh.requests) {
      if (entry.route === undefined) continue;
      const validate = validatorFor(entry.route, entry.status);
      const label = `${entry.route} -> ${entry.status}`;
      if (entry.rawMediaType !== undefined) continue; // bytes: checked in its scenario
      if (validate === undefined) {
        if (entry.status < 300) problems.push(`${label}: status not documented by GitHub`);
        continue;
      }
      if (validate === null) {
        if (entry.responseBody !== undefined) problems.push(`${label}: GitHub documents no body`);
      } else if (!validate(entry.responseBody)) {
        problems.push(`${label}: ${describeErrors(validate)}`);
      }
      if (entry.status < 300) validated.add(entry.route);
    }
    expect(problems).toEqual([]);
    expect([...validated].sort()).toEqual(REST_KEYS);
    // Error answers were exercised and validated too, not only successes.
    expect(
      gh.requests
        .filter((r) => r.status >= 400)
        .map((r) => r.status)
        .sort(),
    ).toEqual([404, 422, 422, 422, 422, 422]);
  });

  it('catches a response that drifts from the documented shape', async () => {
    const octokit = octokitFor(gh);
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
      owner: 'o',
      repo: 'r',
      title: 'drift',
    });
    const validate = validatorFor('POST /repos/{owner}/{repo}/issues', 201);
    if (!validate) throw new Error('the issue schema is missing');
    expect(validate(data)).toBe(true);

    const { number: _dropped, ...withoutNumber } = data;
    expect(validate(withoutNumber)).toBe(false);
    expect(describeErrors(validate)).toContain("must have required property 'number'");

    expect(validate({ ...data, id: 'not-a-number' })).toBe(false);
    expect(validate({ ...data, user: { login: 'x' } })).toBe(false);
    expect(validate({ ...data, labels: [{ name: 1 }] })).toBe(false);
    // Nullable fields accept null, but not a wrong type.
    expect(validate({ ...data, closed_at: null })).toBe(true);
    expect(validate({ ...data, closed_at: 42 })).toBe(false);
  });
});
