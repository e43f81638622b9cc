// The stages' Forge on GitHub: issues, comments, labels and pull requests through the API (REST,
// and GraphQL for issue threads and batched writes); repository content comes from git in the
// runner's checkout (checkout-content.ts).
import type { GitRepo } from '../local/git.js';
import type { Forge, Issue, PullRequestInput, PullRequestRef } from '../../stages/ports.js';
import { admittedComment } from './admitted.js';
import { CheckoutContent } from './checkout-content.js';
import { IssueThreads, readIssueThread } from './issue-thread.js';
import { MutationBatch } from './mutation-batch.js';
import type { PullRead } from './pull-read.js';
import type { FindingThread } from './review-poster.js';
import type { GitHubClient } from './client.js';
import { hasStatus, wrapApiError } from './errors.js';
import { removeLabel, RunLabels, type LabelSpec } from './labels.js';
import {
  findOpenPullByHead,
  findOrCreateDraftPr,
  markReadyForReview,
  pullSummary,
  type PullSummary,
} from './pulls.js';
import { fullName, type RepoRef } from './repo.js';

/** Comments the suite writes for itself (progress, state) are not part of the issue thread. */
const SUITE_COMMENT = /^<!-- lailatov:(sticky|state)/;

export interface GitHubForgeOptions {
  readonly octokit: GitHubClient;
  readonly repo: RepoRef;
  /**
   * Where refs and content are read: the workspace's private repository (`origin`), already
   * fetched, which no agent can write (the checkout's own .git works too, but is the agent's).
   */
  readonly git: GitRepo;
  /** Colors and descriptions for the labels the suite adds, by name; others get a grey default. */
  readonly labels: ReadonlyMap<string, LabelSpec>;
  /** The git remote of the checkout. Default `origin`. */
  readonly remote?: string;
  /**
   * Logins whose comments reach a prompt whatever their association (see admitted.ts): the
   * issue author whose reply the trust rules took, allowed bots.
   */
  readonly admitLogins?: readonly string[];
  /**
   * Whether the issue's author, who is not a writer, may be heard (a writer put the trigger
   * label on and the suite asked: clarification.ts). Asked only when the author commented.
   */
  readonly admitsAuthor?: (issue: number, author: string) => Promise<boolean>;
}

export interface RawComment {
  readonly id: number;
  /** The global node id (GraphQL); absent when the answer that gave the comment lacked it. */
  readonly nodeId?: string;
  readonly body: string;
  readonly author: string;
  readonly url: string;
  /** GitHub's author_association; absent on comments this run wrote. */
  readonly association?: string;
}

/** A PR as GET /repos/{o}/{r}/pulls/{n} returns it. */
export type PullData = Awaited<ReturnType<GitHubClient['rest']['pulls']['get']>>['data'];

export class GitHubForge extends CheckoutContent implements Forge {
  private readonly pulls = new Map<string, PullSummary | null>();
  /** PRs read before the forge existed (the session, for the base commit): used once. */
  private readonly preread = new Map<number, PullRead>();
  /** The finding threads read with a PR, for the review it is posting: used once. */
  private readonly prereadThreads = new Map<number, readonly FindingThread[]>();
  /** Each issue and its comments, read once per run and kept current by this run's writes. */
  private readonly threads: IssueThreads;
  private readonly pullLabels = new Map<number, string[]>();
  private readonly labels: RunLabels;
  /** Writes queued to be sent together (openBatch), instead of one request each. */
  private batch: MutationBatch | null = null;
  private repositoryId: string | null = null;
  private bodySuffix = '';
  private readonly admitLogins: ReadonlySet<string>;

  constructor(private readonly o: GitHubForgeOptions) {
    super(o.git, o.remote ?? 'origin');
    this.admitLogins = new Set((o.admitLogins ?? []).map((l) => l.toLowerCase()));
    this.labels = new RunLabels(o.octokit, o.repo, o.labels);
    this.threads = new IssueThreads((issue) =>
      this.call(`reading issue #${issue} and its comments`, () =>
        readIssueThread(o.octokit, o.repo, issue),
      ),
    );
  }

  private get r(): { owner: string; repo: string } {
    return { owner: this.o.repo.owner, repo: this.o.repo.repo };
  }

  private async call<T>(doing: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw wrapApiError(error, { repo: fullName(this.o.repo), doing });
    }
  }

  /**
   * From now until sendBatch, the PR body updates, ready-for-review and label additions this
   * forge can write through GraphQL are queued; the caller adds its own writes to the batch.
   */
  openBatch(): MutationBatch {
    this.batch ??= new MutationBatch(this.o.octokit, this.o.repo);
    return this.batch;
  }

  /** The batch writes are queued in now (null: none, they go out one by one). */
  get openBatchOrNull(): MutationBatch | null {
    return this.batch;
  }

  /** Sends the queued writes in one request (nothing queued: none) and ends the batch. */
  async sendBatch(): Promise<void> {
    const batch = this.batch;
    this.batch = null;
    await batch?.send();
  }

  /** The repository's node id, when a read of this run gave it (a check run mutation needs it). */
  get repositoryNodeId(): string | null {
    return this.repositoryId;
  }

  /** The node id of an issue or PR this run knows (a PR it read or opened), else null. */
  private nodeIdOf(number: number): string | null {
    for (const p of this.pulls.values()) if (p?.number === number) return p.nodeId;
    return null;
  }

  /** Every comment of an issue, oldest first. */
  async issueComments(issue: number): Promise<RawComment[]> {
    return [...(await this.threads.get(issue)).comments];
  }

  /** Records a comment this run wrote or edited, so later reads in the run see it. */
  rememberComment(issue: number, comment: RawComment): void {
    this.threads.amend(issue, (t) => ({
      ...t,
      comments: [
        ...t.comments.filter((c) => c.id !== comment.id),
        { association: 'NONE', ...comment },
      ],
    }));
  }

  async readIssue(issue: number): Promise<Issue> {
    const data = await this.threads.get(issue);
    const author = data.author;
    const comments = data.comments;
    const admit = new Set(this.admitLogins);
    const unheard = comments.some(
      (c) => c.author === author && !admittedComment(c, this.admitLogins),
    );
    if (unheard && (await this.o.admitsAuthor?.(issue, author))) admit.add(author.toLowerCase());
    return {
      number: data.number,
      title: data.title,
      body: data.body,
      comments: comments
        .filter((c) => !SUITE_COMMENT.test(c.body))
        .map((c) => ({
          author: c.author,
          body: c.body,
          admitted: admittedComment(c, admit),
        })),
      labels: [...data.labels],
    };
  }

  async postComment(issue: number, body: string): Promise<void> {
    const { data } = await this.call(`commenting on #${issue}`, () =>
      this.o.octokit.rest.issues.createComment({ ...this.r, issue_number: issue, body }),
    );
    this.rememberComment(issue, {
      id: data.id,
      nodeId: data.node_id,
      body,
      author: data.user?.login ?? '',
      url: data.html_url,
    });
  }

  /** Adds labels, creating each one the first time this run uses it (RunLabels). */
  async addLabels(issue: number, labels: readonly string[]): Promise<void> {
    if (labels.length === 0) return;
    await this.labels.ensure(labels);
    const ids = this.labels.nodeIds(labels);
    const target = this.nodeIdOf(issue);
    if (this.batch && target && ids) {
      this.batch.add({
        field: 'addLabelsToLabelable',
        inputType: 'AddLabelsToLabelableInput',
        input: { labelableId: target, labelIds: ids },
        select: 'clientMutationId',
        doing: `labeling #${issue}`,
      });
    } else
      await this.call(`labeling #${issue}`, () =>
        this.o.octokit.rest.issues.addLabels({
          ...this.r,
          issue_number: issue,
          labels: [...labels],
        }),
      );
    this.threads.amend(issue, (t) => ({ ...t, labels: [...new Set([...t.labels, ...labels])] }));
  }

  async removeLabels(issue: number, labels: readonly string[]): Promise<void> {
    for (const name of labels) await removeLabel(this.o.octokit, this.o.repo, issue, name);
    const gone = new Set(labels);
    this.threads.amend(issue, (t) => ({ ...t, labels: t.labels.filter((l) => !gone.has(l)) }));
  }

  /** The open PR of a head branch with its node id and head SHA (cached for the run). */
  async pull(head: string): Promise<PullSummary | null> {
    // A branch the checkout's fetch did not see has no open PR (GitHub closes a PR whose head
    // branch is deleted): the write stage's first run skips the lookup.
    if (!this.pulls.has(head) && !(await this.branchExists(head))) this.pulls.set(head, null);
    if (!this.pulls.has(head)) {
      const found = await this.call(`finding the PR for ${head}`, () =>
        findOpenPullByHead(this.o.octokit, this.o.repo, head),
      );
      this.pulls.set(head, found ?? null);
    }
    return this.pulls.get(head) ?? null;
  }

  /**
   * Hidden text the action layer keeps at the end of every PR body this forge writes (its own
   * marker next to the stages' state). Set before the stage runs.
   */
  setPullBodySuffix(suffix: string): void {
    this.bodySuffix = suffix === '' ? '' : `\n${suffix}\n`;
  }

  /** The labels of a PR read by pullByNumber (none read yet: empty). */
  labelsOf(pr: number): readonly string[] {
    return this.pullLabels.get(pr) ?? [];
  }

  /** A PR this run read already: the next pullByNumber(number) uses it instead of a request. */
  rememberPull(read: PullRead): void {
    this.repositoryId ??= read.repositoryId ?? null;
    this.preread.set(read.summary.number, read);
    if (read.threads !== null) this.prereadThreads.set(read.summary.number, read.threads);
  }

  /** The finding threads read with the PR at the start of the run, once (else undefined). */
  takeThreads(pr: number): readonly FindingThread[] | undefined {
    const threads = this.prereadThreads.get(pr);
    this.prereadThreads.delete(pr);
    return threads;
  }

  /** A PR by number (a review started by a push or a dispatch), cached under its head branch. */
  async pullByNumber(pr: number): Promise<PullSummary> {
    const known = this.preread.get(pr);
    this.preread.delete(pr);
    const read =
      known ??
      (await this.call(`reading PR #${pr}`, async () => {
        const { data } = await this.o.octokit.rest.pulls.get({ ...this.r, pull_number: pr });
        return { summary: pullSummary(data), labels: data.labels.map((l) => l.name) };
      }));
    const p = read.summary;
    this.pullLabels.set(p.number, [...read.labels]);
    if (p.open) this.pulls.set(p.headRef, p);
    return p;
  }

  /** Replaces a PR's whole body (the action's marker, outside a stage's own update). */
  async updatePullBody(p: PullSummary, body: string): Promise<PullSummary> {
    if (this.batch) this.queueBody(p, body);
    else
      await this.call(`updating PR #${p.number}`, () =>
        this.o.octokit.rest.pulls.update({ ...this.r, pull_number: p.number, body }),
      );
    const updated = { ...p, body };
    if (p.open) this.pulls.set(p.headRef, updated);
    return updated;
  }

  async findPullRequest(head: string): Promise<PullRequestRef | null> {
    const p = await this.pull(head);
    return p ? toRef(p) : null;
  }

  async upsertPullRequest(given: PullRequestInput): Promise<PullRequestRef> {
    const input = { ...given, body: `${given.body.replace(/\s+$/, '')}\n${this.bodySuffix}` };
    const existing = await this.pull(input.head);
    if (!existing) {
      const pr = await this.createDraft(input);
      this.pulls.set(input.head, pr);
      return toRef(pr);
    }
    if (existing.body === input.body) return toRef(existing);
    if (this.batch) {
      this.queueBody(existing, input.body);
      const queued: PullSummary = { ...existing, body: input.body };
      this.pulls.set(input.head, queued);
      return toRef(queued);
    }
    // The title is the author's to change once the PR exists; only the body carries our state.
    const { data } = await this.call(`updating PR #${existing.number}`, () =>
      this.o.octokit.rest.pulls.update({
        ...this.r,
        pull_number: existing.number,
        body: input.body,
      }),
    );
    const updated: PullSummary = { ...existing, body: data.body ?? '', headSha: data.head.sha };
    this.pulls.set(input.head, updated);
    return toRef(updated);
  }

  private queueBody(p: PullSummary, body: string): void {
    this.batch?.add({
      field: 'updatePullRequest',
      inputType: 'UpdatePullRequestInput',
      input: { pullRequestId: p.nodeId, body },
      select: 'clientMutationId',
      doing: `updating PR #${p.number}`,
    });
  }

  /** Opens the draft PR; we just found none, so only a race needs the lookup of findOrCreate. */
  private async createDraft(input: PullRequestInput): Promise<PullSummary> {
    try {
      const { data } = await this.o.octokit.rest.pulls.create({ ...this.r, ...input, draft: true });
      return pullSummary(data);
    } catch (error) {
      if (!hasStatus(error, 422))
        throw wrapApiError(error, {
          repo: fullName(this.o.repo),
          doing: `opening the draft PR for ${input.head}`,
        });
      return (await findOrCreateDraftPr(this.o.octokit, { repo: this.o.repo, ...input })).pr;
    }
  }

  async markReady(head: string): Promise<void> {
    const p = await this.pull(head);
    if (!p) throw new Error(`no open pull request for ${head} to mark ready`);
    if (this.batch) {
      if (p.draft)
        this.batch.add({
          field: 'markPullRequestReadyForReview',
          inputType: 'MarkPullRequestReadyForReviewInput',
          input: { pullRequestId: p.nodeId },
          select: 'clientMutationId',
          doing: `marking PR #${p.number} ready for review`,
        });
    } else await markReadyForReview(this.o.octokit, this.o.repo, p);
    this.pulls.set(head, { ...p, draft: false });
  }
}

function toRef(p: PullSummary): PullRequestRef {
  return { number: p.number, url: p.url, body: p.body, draft: p.draft };
}
