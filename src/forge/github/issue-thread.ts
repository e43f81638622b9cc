// An issue and all its comments in one GraphQL query per 100 comments: REST needs one request
// for the issue and one per page of comments, and every stage on an issue reads both (the
// progress comment is found among the comments; triage and write read the issue).
import type { GitHubClient } from './client.js';
import { fullName, type RepoRef } from './repo.js';

export interface ThreadComment {
  /** The REST id (databaseId): what the REST comment endpoints take. */
  readonly id: number;
  /** The global node id: what GraphQL's comment mutations take (absent: not known). */
  readonly nodeId?: string;
  readonly body: string;
  /** As REST spells it: a GitHub App's bot ends in `[bot]`; a deleted user is `ghost`. */
  readonly author: string;
  readonly url: string;
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE... (the same values REST returns). */
  readonly association: string;
}

export interface IssueThread {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly author: string;
  readonly labels: readonly string[];
  /** Oldest first. */
  readonly comments: readonly ThreadComment[];
}

const ISSUE = `query($owner: String!, $name: String!, $issue: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    issue(number: $issue) {
      number
      title
      body
      author { __typename login }
      labels(first: 100) { nodes { name } }
      comments(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id databaseId body url authorAssociation author { __typename login } }
      }
    }
  }
}`;

interface Actor {
  readonly __typename: string;
  readonly login: string;
}

interface IssueAnswer {
  readonly repository: {
    readonly issue: {
      readonly number: number;
      readonly title: string;
      readonly body: string | null;
      readonly author: Actor | null;
      readonly labels: { readonly nodes: readonly { readonly name: string }[] };
      readonly comments: {
        readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
        readonly nodes: readonly {
          readonly id: string;
          readonly databaseId: number;
          readonly body: string;
          readonly url: string;
          readonly authorAssociation: string;
          readonly author: Actor | null;
        }[];
      };
    } | null;
  } | null;
}

/** GraphQL names a bot without the `[bot]` that REST (and every login the suite compares) has. */
function loginOf(actor: Actor | null): string {
  if (actor === null) return 'ghost';
  return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]')
    ? `${actor.login}[bot]`
    : actor.login;
}

/**
 * A pull request's conversation (a command written on a PR): GraphQL's `issue` field refuses a
 * PR number, REST's issue endpoints take both.
 */
async function readPullConversation(
  octokit: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<IssueThread> {
  const r = { owner: repo.owner, repo: repo.repo, issue_number: number };
  const [{ data }, comments] = await Promise.all([
    octokit.rest.issues.get(r),
    octokit.paginate(octokit.rest.issues.listComments, { ...r, per_page: 100 }),
  ]);
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    author: data.user?.login ?? 'ghost',
    labels: data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    comments: comments.map((c) => ({
      id: c.id,
      nodeId: c.node_id,
      body: c.body ?? '',
      author: c.user?.login ?? 'ghost',
      url: c.html_url,
      association: c.author_association,
    })),
  };
}

const NOT_AN_ISSUE = /Could not resolve to an Issue/;

export async function readIssueThread(
  octokit: GitHubClient,
  repo: RepoRef,
  issue: number,
): Promise<IssueThread> {
  try {
    return await readIssueQuery(octokit, repo, issue);
  } catch (e) {
    if (e instanceof Error && NOT_AN_ISSUE.test(e.message))
      return readPullConversation(octokit, repo, issue);
    throw e;
  }
}

async function readIssueQuery(
  octokit: GitHubClient,
  repo: RepoRef,
  issue: number,
): Promise<IssueThread> {
  const comments: ThreadComment[] = [];
  let after: string | null = null;
  let head: Omit<IssueThread, 'comments'> | null = null;
  for (;;) {
    const answer: IssueAnswer = await octokit.graphql<IssueAnswer>(ISSUE, {
      owner: repo.owner,
      name: repo.repo,
      issue,
      after,
    });
    const found = answer.repository?.issue;
    if (!found) throw new Error(`GraphQL found no issue #${issue} in ${fullName(repo)}`);
    head ??= {
      number: found.number,
      title: found.title,
      body: found.body ?? '',
      author: loginOf(found.author),
      labels: found.labels.nodes.map((l) => l.name),
    };
    for (const c of found.comments.nodes)
      comments.push({
        id: c.databaseId,
        nodeId: c.id,
        body: c.body,
        author: loginOf(c.author),
        url: c.url,
        association: c.authorAssociation,
      });
    const page = found.comments.pageInfo;
    if (!page.hasNextPage || !page.endCursor) return { ...head, comments };
    after = page.endCursor;
  }
}

/**
 * Issue threads read once per run (one GraphQL query per 100 comments) and kept current by the
 * run's own writes (comments, labels), so a later read in the run sees them without a request.
 */
export class IssueThreads {
  private readonly threads = new Map<number, Promise<IssueThread>>();

  constructor(private readonly read: (issue: number) => Promise<IssueThread>) {}

  get(issue: number): Promise<IssueThread> {
    let cached = this.threads.get(issue);
    if (!cached) {
      cached = this.read(issue);
      this.threads.set(issue, cached);
      cached.catch(() => this.threads.delete(issue));
    }
    return cached;
  }

  /** Applies a change this run made to a thread it has read (nothing read yet: nothing to do). */
  amend(issue: number, change: (t: IssueThread) => IssueThread): void {
    const cached = this.threads.get(issue);
    if (cached) this.threads.set(issue, cached.then(change));
  }
}
