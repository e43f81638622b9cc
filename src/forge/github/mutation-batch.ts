// Several GraphQL mutations in one request: a stage queues the writes it would send one by one
// (PR body, check run, review, labels, progress comment) and sends them together. GitHub runs the
// fields of a mutation document in order, each on its own: one that fails does not stop the rest,
// and its error names its alias, which names what we were doing.
import { UserError } from '../../core/errors.js';
import type { GitHubClient } from './client.js';
import { wrapApiError } from './errors.js';
import { fullName, type RepoRef } from './repo.js';

export interface Mutation {
  /** The root field: `updatePullRequest`, `addLabelsToLabelable`... */
  readonly field: string;
  /** Its input type in GitHub's schema: `UpdatePullRequestInput`... */
  readonly inputType: string;
  readonly input: Record<string, unknown>;
  /** The selection on the payload: `pullRequest { id }`. */
  readonly select: string;
  /** For the error: "updating PR #3". */
  readonly doing: string;
}

/** A queued mutation's payload, readable once the batch is sent. */
export interface Queued<T> {
  value(): T;
}

interface GraphqlErrorLike {
  readonly errors?: readonly { readonly message: string; readonly path?: readonly unknown[] }[];
}

export class MutationBatch {
  private queued: Mutation[] = [];
  private answers: unknown[] | null = null;

  constructor(
    private readonly octokit: GitHubClient,
    private readonly repo: RepoRef,
  ) {}

  get size(): number {
    return this.queued.length;
  }

  /** Whether a mutation of this root field is queued. */
  has(field: string): boolean {
    return this.queued.some((m) => m.field === field);
  }

  add<T = Record<string, unknown>>(m: Mutation): Queued<T> {
    if (this.answers !== null) throw new Error('this mutation batch was sent already');
    const i = this.queued.push(m) - 1;
    return {
      value: () => {
        if (this.answers === null) throw new Error(`${m.doing}: the batch is not sent yet`);
        return this.answers[i] as T;
      },
    };
  }

  /** The document: `mutation($m0: XInput!, ...) { m0: x(input: $m0) { ... } ... }`. */
  document(): { query: string; variables: Record<string, unknown> } {
    const vars = this.queued.map((m, i) => `$m${i}: ${m.inputType}!`).join(', ');
    const fields = this.queued.map((m, i) => `m${i}: ${m.field}(input: $m${i}) { ${m.select} }`);
    return {
      query: `mutation(${vars}) {\n  ${fields.join('\n  ')}\n}`,
      variables: Object.fromEntries(this.queued.map((m, i) => [`m${i}`, m.input])),
    };
  }

  /** Sends every queued mutation in one request (none queued: no request). */
  async send(): Promise<void> {
    if (this.answers !== null) return;
    if (this.queued.length === 0) {
      this.answers = [];
      return;
    }
    const { query, variables } = this.document();
    try {
      const data = await this.octokit.graphql<Record<string, unknown>>(query, variables);
      this.answers = this.queued.map((_, i) => data[`m${i}`]);
    } catch (error) {
      throw this.explain(error);
    }
  }

  /** The first failed field's error, with what it was doing; an HTTP error, with all of it. */
  private explain(error: unknown): unknown {
    const errors = (error as GraphqlErrorLike).errors;
    const first = errors?.[0];
    if (!first)
      return wrapApiError(error, {
        repo: fullName(this.repo),
        doing: this.queued.map((q) => q.doing).join(', '),
      });
    const alias = typeof first.path?.[0] === 'string' ? first.path[0] : '';
    const m = this.queued[Number(alias.slice(1))];
    const doing = m?.doing ?? this.queued.map((q) => q.doing).join(', ');
    const message = `GitHub refused ${doing} on ${fullName(this.repo)}: ${first.message}`;
    return /not accessible by integration/i.test(first.message)
      ? new UserError(
          `${message} (give the workflow token \`pull-requests: write\`, \`issues: write\` and \`checks: write\`)`,
        )
      : new Error(message, { cause: error });
  }
}
