// Posting `lailatov report`'s digest to GitHub: one issue, or one discussion, per period. A
// hidden marker in the body names the period, so a second run for the same period (a re-run, a
// retry) finds its post and edits it instead of opening another.
import { UserError } from '../../core/errors.js';
import type { GitHubClient } from './client.js';
import { hasStatus, wrapApiError } from './errors.js';
import { fullName, type RepoRef } from './repo.js';

/** The label every digest issue carries: how a re-run finds it with one listing. */
export const DIGEST_LABEL = 'lailatov-digest';

export interface DigestPost {
  readonly repo: RepoRef;
  readonly title: string;
  /** The Markdown digest (Mermaid charts included: GitHub renders them). */
  readonly body: string;
  /** The period, e.g. `2026-03-02 to 2026-03-09`: one post per key. */
  readonly key: string;
}

export interface Posted {
  readonly url: string;
  readonly number: number;
  /** `unchanged`: the post already said exactly this. */
  readonly action: 'created' | 'updated' | 'unchanged';
}

/** The hidden first line of a digest post. */
export function digestMarker(key: string): string {
  return `<!-- lailatov-digest: ${key.replace(/--/g, '- -')} -->`;
}

const withMarker = (p: DigestPost) => `${digestMarker(p.key)}\n${p.body}`;

/**
 * Creates the period's digest issue (labelled DIGEST_LABEL), or updates the one a previous run
 * created, open or closed. Needs `issues: write`.
 */
export async function postDigestIssue(octokit: GitHubClient, p: DigestPost): Promise<Posted> {
  const body = withMarker(p);
  const marker = digestMarker(p.key);
  try {
    const labelled = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...p.repo,
      labels: DIGEST_LABEL,
      state: 'all',
      per_page: 100,
    });
    const found = labelled.find(
      (i) => i.pull_request === undefined && (i.body ?? '').startsWith(marker),
    );
    if (found === undefined) {
      const { data } = await octokit.rest.issues.create({
        ...p.repo,
        title: p.title,
        body,
        labels: [DIGEST_LABEL],
      });
      return { url: data.html_url, number: data.number, action: 'created' };
    }
    if (found.body === body && found.title === p.title)
      return { url: found.html_url, number: found.number, action: 'unchanged' };
    const { data } = await octokit.rest.issues.update({
      ...p.repo,
      issue_number: found.number,
      title: p.title,
      body,
    });
    return { url: data.html_url, number: data.number, action: 'updated' };
  } catch (error) {
    throw postError(error, p.repo, 'issue');
  }
}

/** The operations sent, exported so the schema test checks them against GitHub's schema. */
export const DISCUSSION_CATEGORIES_QUERY = `query($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    id
    hasDiscussionsEnabled
    discussionCategories(first: 100) { nodes { id name slug } }
  }
}`;

export const CATEGORY_DISCUSSIONS_QUERY = `query($owner: String!, $name: String!, $categoryId: ID!, $after: String) {
  repository(owner: $owner, name: $name) {
    discussions(first: 100, after: $after, categoryId: $categoryId, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { id number title body url }
    }
  }
}`;

export const CREATE_DISCUSSION_MUTATION = `mutation($input: CreateDiscussionInput!) {
  createDiscussion(input: $input) { discussion { id number url } }
}`;

export const UPDATE_DISCUSSION_MUTATION = `mutation($input: UpdateDiscussionInput!) {
  updateDiscussion(input: $input) { discussion { id number url } }
}`;

/** Discussions of the category looked through for the period's post, newest first. */
const PAGES = 5;

interface DiscussionNode {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly url: string;
}

/**
 * Creates the period's digest discussion in `category` (its name or slug), or updates the one a
 * previous run created there (among the category's 500 newest). Needs `discussions: write`.
 */
export async function postDigestDiscussion(
  octokit: GitHubClient,
  p: DigestPost & { readonly category: string },
): Promise<Posted> {
  const vars = { owner: p.repo.owner, name: p.repo.repo };
  try {
    const { repository: r } = await octokit.graphql<{
      repository: {
        id: string;
        hasDiscussionsEnabled: boolean;
        discussionCategories: { nodes: { id: string; name: string; slug: string }[] };
      };
    }>(DISCUSSION_CATEGORIES_QUERY, vars);
    if (!r.hasDiscussionsEnabled)
      throw new UserError(
        `${fullName(p.repo)} has Discussions turned off. Fix: turn them on (Settings → General → Features → Discussions), or post with --post issue.`,
      );
    const wanted = p.category.toLowerCase();
    const category = r.discussionCategories.nodes.find(
      (c) => c.name.toLowerCase() === wanted || c.slug === wanted,
    );
    if (category === undefined)
      throw new UserError(
        `--category ${JSON.stringify(p.category)}: ${fullName(p.repo)} has no such discussion category. Fix: pass one of ${r.discussionCategories.nodes.map((c) => JSON.stringify(c.name)).join(', ')}.`,
      );
    const body = withMarker(p);
    const found = await findDiscussion(octokit, { ...vars, categoryId: category.id }, p.key);
    if (found === undefined) {
      const { createDiscussion: c } = await octokit.graphql<{
        createDiscussion: { discussion: { number: number; url: string } };
      }>(CREATE_DISCUSSION_MUTATION, {
        input: { repositoryId: r.id, categoryId: category.id, title: p.title, body },
      });
      return { url: c.discussion.url, number: c.discussion.number, action: 'created' };
    }
    if (found.body === body && found.title === p.title)
      return { url: found.url, number: found.number, action: 'unchanged' };
    const { updateDiscussion: u } = await octokit.graphql<{
      updateDiscussion: { discussion: { number: number; url: string } };
    }>(UPDATE_DISCUSSION_MUTATION, { input: { discussionId: found.id, title: p.title, body } });
    return { url: u.discussion.url, number: u.discussion.number, action: 'updated' };
  } catch (error) {
    throw postError(error, p.repo, 'discussion');
  }
}

interface DiscussionPage {
  readonly repository: {
    readonly discussions: {
      readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
      readonly nodes: readonly DiscussionNode[];
    };
  };
}

async function findDiscussion(
  octokit: GitHubClient,
  vars: { owner: string; name: string; categoryId: string },
  key: string,
): Promise<DiscussionNode | undefined> {
  const marker = digestMarker(key);
  let after: string | null = null;
  for (let page = 0; page < PAGES; page++) {
    const answer: DiscussionPage = await octokit.graphql<DiscussionPage>(
      CATEGORY_DISCUSSIONS_QUERY,
      { ...vars, after },
    );
    const { nodes, pageInfo } = answer.repository.discussions;
    const found = nodes.find((d) => d.body.startsWith(marker));
    if (found !== undefined || !pageInfo.hasNextPage) return found;
    after = pageInfo.endCursor;
  }
  return undefined;
}

/**
 * A token short of the scope is named with the one posting needs (reading first, it would fail
 * on the read scope, and then again on the write one). GraphQL answers 200 with FORBIDDEN.
 */
function postError(error: unknown, repo: RepoRef, what: 'issue' | 'discussion'): unknown {
  const errors = (error as { errors?: { type?: string; message?: string }[] }).errors;
  const forbidden = Array.isArray(errors) && errors.some((e) => e.type === 'FORBIDDEN');
  const denied =
    hasStatus(error, 403) && /not accessible by integration/i.test((error as Error).message);
  if (forbidden || denied) {
    const permission = what === 'issue' ? 'issues: write' : 'discussions: write';
    return new UserError(
      `The token may not post the digest ${what} on ${fullName(repo)} (${(error as Error).message}). Fix: add \`${permission}\` to the workflow's \`permissions:\` block (or grant it to the GitHub App).`,
      [permission],
    );
  }
  return wrapApiError(error, {
    repo: fullName(repo),
    doing: `posting the digest ${what}`,
    tokenInput: 'GITHUB_TOKEN',
  });
}
