// GraphQL for discussions (REST has none): a repository's categories and discussions, and
// createDiscussion / updateDiscussion, as GitHub's schema names them. Needs `discussions` on the
// token, read to list and write to post.
import { repoHtmlUrl } from '../objects.js';
import type { DiscussionCategoryRecord, DiscussionRecord, RepoState, State } from '../state.js';
import {
  connection,
  GqlError,
  obj,
  userObject,
  type Args,
  type GqlObject,
} from './graphql-objects.js';

function categoryObject(c: DiscussionCategoryRecord): GqlObject {
  return obj('DiscussionCategory', {
    id: () => c.nodeId,
    name: () => c.name,
    slug: () => c.slug,
  });
}

function discussionObject(repo: RepoState, d: DiscussionRecord): GqlObject {
  const category = repo.discussionCategories.find((c) => c.nodeId === d.categoryNodeId);
  return obj('Discussion', {
    id: () => d.nodeId,
    databaseId: () => d.id,
    number: () => d.number,
    title: () => d.title,
    body: () => d.body,
    url: () => `${repoHtmlUrl(repo)}/discussions/${d.number}`,
    createdAt: () => d.createdAt,
    updatedAt: () => d.updatedAt,
    author: () => userObject(d.user),
    category: () => (category === undefined ? null : categoryObject(category)),
  });
}

/** `orderBy: { field: CREATED_AT | UPDATED_AT, direction }`; GitHub's default UPDATED_AT DESC. */
function ordered(list: DiscussionRecord[], orderBy: unknown): DiscussionRecord[] {
  const o = (orderBy ?? {}) as { field?: string; direction?: string };
  const key = o.field === 'CREATED_AT' ? 'createdAt' : 'updatedAt';
  const sign = o.direction === 'ASC' ? 1 : -1;
  return [...list].sort(
    (a, b) => sign * (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id - b.id),
  );
}

/** The Repository fields about discussions. */
export function repositoryDiscussionFields(repo: RepoState): GqlObject['fields'] {
  return {
    hasDiscussionsEnabled: () => repo.discussionCategories.length > 0,
    discussionCategories: connection(
      'DiscussionCategory',
      repo.discussionCategories,
      categoryObject,
    ),
    discussions: (args: Args) => {
      const inCategory = repo.discussions.filter(
        (d) => args.categoryId == null || d.categoryNodeId === args.categoryId,
      );
      return connection('Discussion', ordered(inCategory, args.orderBy), (d) =>
        discussionObject(repo, d),
      )(args);
    },
    discussion: (args: Args) => {
      const d = repo.discussions.find((x) => x.number === Number(args.number));
      if (!d)
        throw new GqlError(
          'NOT_FOUND',
          `Could not resolve to a Discussion with the number of ${String(args.number)}.`,
        );
      return discussionObject(repo, d);
    },
  };
}

/** The Repository fields this module answers: a query touching only these needs `discussions`. */
export const DISCUSSION_FIELDS: ReadonlySet<string> = new Set([
  'hasDiscussionsEnabled',
  'discussionCategories',
  'discussions',
  'discussion',
]);

/** GitHub's message for a required input field left out. */
function required(input: Record<string, unknown>, type: string, names: readonly string[]) {
  for (const name of names)
    if (typeof input[name] !== 'string')
      throw new GqlError(
        'INVALID',
        `Argument '${name}' on InputObject '${type}' is required. Expected type ${name.endsWith('Id') ? 'ID' : 'String'}!`,
      );
}

const notFound = (id: unknown) =>
  new GqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(id)}'`);

function payload(repo: RepoState, d: DiscussionRecord, input: Record<string, unknown>) {
  return obj('Payload', {
    discussion: () => discussionObject(repo, d),
    clientMutationId: () => input.clientMutationId ?? null,
  });
}

function blankTitle(title: unknown): void {
  if (typeof title === 'string' && title.trim() === '')
    throw new GqlError('UNPROCESSABLE', "Title can't be blank");
}

export function createDiscussion(state: State, input: Record<string, unknown>, login: string) {
  required(input, 'CreateDiscussionInput', ['repositoryId', 'categoryId', 'title', 'body']);
  const repo = state.findRepoByNodeId(input.repositoryId as string);
  if (!repo) throw notFound(input.repositoryId);
  if (repo.discussionCategories.length === 0)
    throw new GqlError('UNPROCESSABLE', 'Repository does not have discussions enabled.');
  const category = repo.discussionCategories.find((c) => c.nodeId === input.categoryId);
  if (!category) throw notFound(input.categoryId);
  blankTitle(input.title);
  const id = state.nextId();
  const now = state.now();
  const d: DiscussionRecord = {
    id,
    nodeId: state.nodeId('D', id),
    number: repo.nextNumber++,
    categoryNodeId: category.nodeId,
    title: input.title as string,
    body: input.body as string,
    user: login,
    createdAt: now,
    updatedAt: now,
  };
  repo.discussions.push(d);
  return payload(repo, d, input);
}

export function updateDiscussion(state: State, input: Record<string, unknown>) {
  if (typeof input.discussionId !== 'string')
    throw new GqlError(
      'INVALID',
      "Argument 'discussionId' on InputObject 'UpdateDiscussionInput' is required. Expected type ID!",
    );
  const found = state.findDiscussion(input.discussionId);
  if (!found) throw notFound(input.discussionId);
  const { repo, discussion: d } = found;
  blankTitle(input.title);
  if (typeof input.title === 'string') d.title = input.title;
  if (typeof input.body === 'string') d.body = input.body;
  if (typeof input.categoryId === 'string') {
    if (!repo.discussionCategories.some((c) => c.nodeId === input.categoryId))
      throw notFound(input.categoryId);
    d.categoryNodeId = input.categoryId;
  }
  d.updatedAt = state.now();
  return payload(repo, d, input);
}
