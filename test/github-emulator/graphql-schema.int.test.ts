// Keeps the discussion GraphQL honest against GitHub's schema (the subset in
// test/support/github/graphql-subset.graphql, extracted by scripts/extract-graphql.mjs): every
// operation the digest poster sends must validate, its variables must coerce to the declared
// input types, and the emulator's answer must be one GitHub's schema can give (types, enums and
// non-null fields), checked by executing the document over the answer with graphql-js.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, execute, parse, validate, type GraphQLSchema } from 'graphql';
import {
  CATEGORY_DISCUSSIONS_QUERY,
  CREATE_DISCUSSION_MUTATION,
  DISCUSSION_CATEGORIES_QUERY,
  postDigestDiscussion,
  UPDATE_DISCUSSION_MUTATION,
} from '../../src/forge/github/digest-post.js';
import { clientFor } from '../forge/github/helpers.js';
import {
  DEFAULT_DISCUSSION_CATEGORIES,
  startGitHubEmulator,
  type GitHubEmulator,
} from '../support/github/index.js';

let gh: GitHubEmulator;
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = buildSchema(
    await readFile(
      path.join(import.meta.dirname, '../support/github/graphql-subset.graphql'),
      'utf8',
    ),
  );
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r', { discussionCategories: DEFAULT_DISCUSSION_CATEGORIES });
});
afterAll(async () => {
  await gh?.close();
});

/** The schema's verdict on one request and its answer: [] when GitHub could have given it. */
function check(query: string, variables: Record<string, unknown>, data: unknown): string[] {
  const document = parse(query);
  const invalid = validate(schema, document).map((e) => e.message);
  if (invalid.length > 0) return invalid;
  const replayed = execute({ schema, document, variableValues: variables, rootValue: data });
  if ('then' in replayed) throw new Error('no resolver here is asynchronous');
  const errors = (replayed.errors ?? []).map((e) => e.message);
  if (errors.length === 0) expect(replayed.data).toEqual(data);
  return errors;
}

describe("the discussion GraphQL against GitHub's schema", () => {
  it('posts and updates a digest with operations, variables and answers the schema accepts', async () => {
    const octokit = clientFor(gh);
    const post = {
      repo: { owner: 'o', repo: 'r' },
      title: 'LailaTov digest: 2026-03-02 to 2026-03-09',
      key: '2026-03-02 to 2026-03-09',
      category: 'General',
    };
    gh.resetRequests();
    await postDigestDiscussion(octokit, { ...post, body: 'one' });
    await postDigestDiscussion(octokit, { ...post, body: 'two' });
    const sent = gh.requests.filter((r) => r.path === '/graphql');
    const queries = sent.map((r) => (r.body as { query: string }).query);
    // categories, the category's discussions, create; then categories, discussions, update.
    expect(queries).toEqual([
      DISCUSSION_CATEGORIES_QUERY,
      CATEGORY_DISCUSSIONS_QUERY,
      CREATE_DISCUSSION_MUTATION,
      DISCUSSION_CATEGORIES_QUERY,
      CATEGORY_DISCUSSIONS_QUERY,
      UPDATE_DISCUSSION_MUTATION,
    ]);
    for (const r of sent) {
      const body = r.body as { query: string; variables?: Record<string, unknown> };
      const answer = r.responseBody as { data?: unknown; errors?: unknown };
      expect(answer.errors).toBeUndefined();
      expect(check(body.query, body.variables ?? {}, answer.data)).toEqual([]);
    }
    // REST agrees that the repository has Discussions.
    expect((await octokit.rest.repos.get({ owner: 'o', repo: 'r' })).data.has_discussions).toBe(
      true,
    );
    expect(gh.repo('o/r').discussions.map((d) => d.body)).toEqual([
      '<!-- lailatov-digest: 2026-03-02 to 2026-03-09 -->\ntwo',
    ]);
  });

  it('is strict enough to catch a wrong field, a wrong input and a wrong answer', () => {
    expect(
      check('query { repository(owner: "o", name: "r") { discussionz { totalCount } } }', {}, {}),
    ).toEqual([
      'Cannot query field "discussionz" on type "Repository". Did you mean "discussion" or "discussions"?',
    ]);
    expect(
      check(
        CREATE_DISCUSSION_MUTATION,
        { input: { title: 't', body: 'b', categoryId: 'c' } },
        {},
      )[0],
    ).toMatch(/Field "repositoryId" of required type "ID!" was not provided/);
    expect(
      check(
        CREATE_DISCUSSION_MUTATION,
        { input: { repositoryId: 'r', title: 't', body: 'b', categoryId: 'c' } },
        {
          createDiscussion: { discussion: { id: 'D_1', number: 'one', url: 'https://x' } },
        },
      ),
    ).toEqual(['Int cannot represent non-integer value: "one"']);
  });
});
