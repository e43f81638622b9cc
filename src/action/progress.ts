// The issue's sticky progress comment, which also carries the issue-level state between stage
// runs (the triage verdict, the ledger before a PR exists, who asked): one comment per issue,
// edited in place, found through the forge's one read of the issue's comments.
import type { StageRecord } from '../core/outcomes/index.js';
import type { GitHubClient } from '../forge/github/client.js';
import { stickyMarker } from '../forge/github/comments.js';
import { wrapApiError } from '../forge/github/errors.js';
import type { GitHubForge } from '../forge/github/forge.js';
import type { MutationBatch } from '../forge/github/mutation-batch.js';
import { fullName, type RepoRef } from '../forge/github/repo.js';
import { readPrState, writePrState } from '../forge/github/state-marker.js';
import { renderProgress, type ProgressView } from '../forge/github/summary.js';
import type { TriageVerdict } from '../stages/triage.js';
import { parseLedger, type DispatchLedger } from './dispatch-nonce.js';

export const PROGRESS_KEY = 'progress';

export interface IssueState {
  readonly v: 1;
  readonly correlationId: string;
  readonly verdict: TriageVerdict | null;
  /** The ledger up to the PR (triage); the PR body's state carries it from write on. */
  readonly stages: readonly StageRecord[];
  /** The human who handed the issue over: asked to review when the tier needs a human. */
  readonly requestedBy: string | null;
  readonly pr: number | null;
  readonly prUrl: string | null;
  /** The nonces of the write dispatches triage sent (dispatch-nonce.ts). */
  readonly dispatch?: DispatchLedger | null;
  /** The run of the write that is under way (set when it starts, null when it ends). */
  readonly writing?: string | null;
  /** The plan posted for approval (`planApproval`), and whether a writer approved it. */
  readonly plan?: IssuePlan | null;
}

export interface IssuePlan {
  readonly text: string;
  readonly approvedBy: string | null;
}

function validate(v: unknown): IssueState {
  const s = v as Partial<IssueState> | null;
  if (!s || s.v !== 1 || typeof s.correlationId !== 'string' || !Array.isArray(s.stages))
    throw new Error('not a LailaTov issue state');
  return {
    ...(s as IssueState),
    dispatch: parseLedger(s.dispatch),
    writing: typeof s.writing === 'string' ? s.writing : null,
    plan: parsePlan(s.plan),
  };
}

function parsePlan(v: unknown): IssuePlan | null {
  const p = v as Partial<IssuePlan> | null | undefined;
  if (!p || typeof p.text !== 'string') return null;
  return { text: p.text, approvedBy: typeof p.approvedBy === 'string' ? p.approvedBy : null };
}

export class IssueProgress {
  constructor(
    private readonly octokit: GitHubClient,
    private readonly repo: RepoRef,
    private readonly forge: GitHubForge,
    readonly issue: number,
    private readonly runUrl: string,
  ) {}

  private async sticky() {
    const marker = stickyMarker(PROGRESS_KEY);
    const comments = await this.forge.issueComments(this.issue);
    // Only a bot (an App or the workflow token) can post as `[bot]`: a person's comment that
    // imitates the marker does not become the issue's state.
    return comments.find((c) => c.author.endsWith('[bot]') && c.body.startsWith(marker)) ?? null;
  }

  /** The id of the progress comment, from the issue's comments (null: none yet). */
  async stickyId(): Promise<number | null> {
    return (await this.sticky())?.id ?? null;
  }

  /** The progress comment's node id (null: none yet, or not known). */
  async stickyNodeId(): Promise<string | null> {
    return (await this.sticky())?.nodeId ?? null;
  }

  async state(): Promise<IssueState | null> {
    const c = await this.sticky();
    if (!c) return null;
    const read = readPrState(c.body, validate);
    return read.status === 'ok' ? read.value : null;
  }

  /** Rewrites only the state of the existing comment (its text stays); false when there is none. */
  async rewriteState(state: IssueState): Promise<boolean> {
    const existing = await this.sticky();
    if (!existing) return false;
    const body = writePrState(existing.body, state);
    try {
      await this.octokit.rest.issues.updateComment({
        owner: this.repo.owner,
        repo: this.repo.repo,
        comment_id: existing.id,
        body,
      });
    } catch (error) {
      throw wrapApiError(error, {
        repo: fullName(this.repo),
        doing: `updating the progress comment on #${this.issue}`,
      });
    }
    this.forge.rememberComment(this.issue, { ...existing, body });
    return true;
  }

  /** Creates or edits the sticky comment; an unchanged body costs no write. */
  async publish(
    view: Omit<ProgressView, 'issue' | 'runUrl'>,
    state: IssueState,
    /** The comment's id when known (from the PR marker): edited without reading the issue. */
    knownId: number | null = null,
    /** Its node id and a batch: the edit is queued there (GraphQL's updateIssueComment). */
    queue: { readonly mutations: MutationBatch; readonly nodeId: string } | null = null,
  ): Promise<string | null> {
    const body = writePrState(
      `${stickyMarker(PROGRESS_KEY)}\n${renderProgress({ ...view, issue: this.issue, runUrl: this.runUrl })}`,
      state,
    );
    if (queue) {
      queue.mutations.add({
        field: 'updateIssueComment',
        inputType: 'UpdateIssueCommentInput',
        input: { id: queue.nodeId, body },
        select: 'issueComment { id }',
        doing: `updating the progress comment on #${this.issue}`,
      });
      return null;
    }
    const r = { owner: this.repo.owner, repo: this.repo.repo };
    try {
      if (knownId !== null) {
        const { data } = await this.octokit.rest.issues.updateComment({
          ...r,
          comment_id: knownId,
          body,
        });
        return data.html_url;
      }
      const existing = await this.sticky();
      if (existing?.body === body) return existing.url;
      const { data } = existing
        ? await this.octokit.rest.issues.updateComment({ ...r, comment_id: existing.id, body })
        : await this.octokit.rest.issues.createComment({ ...r, issue_number: this.issue, body });
      this.forge.rememberComment(this.issue, {
        id: data.id,
        nodeId: data.node_id,
        body,
        author: data.user?.login ?? '',
        url: data.html_url,
      });
      return data.html_url;
    } catch (error) {
      throw wrapApiError(error, {
        repo: fullName(this.repo),
        doing: `updating the progress comment on #${this.issue}`,
      });
    }
  }
}
