// The sticky progress comment (one per issue and key, edited in place) and the pickup reaction.
import type { GitHubClient, GitHubRequester } from './client.js';
import { wrapApiError } from './errors.js';
import { fullName, type RepoRef } from './repo.js';

const KEY = /^[a-z0-9][a-z0-9._:-]{0,63}$/;

/** The hidden first line that finds the comment again: `<!-- lailatov:sticky:<key> -->`. */
export function stickyMarker(key: string): string {
  if (!KEY.test(key))
    throw new TypeError(`sticky comment key must match ${KEY}, got ${JSON.stringify(key)}`);
  return `<!-- lailatov:sticky:${key} -->`;
}

export interface StickyCommentOptions {
  readonly repo: RepoRef;
  readonly issueNumber: number;
  readonly key: string;
  /** The visible Markdown; the marker is added in front of it. */
  readonly body: string;
  /**
   * Only comments by this login count (the token's identity, e.g. `github-actions[bot]`). Without
   * it, any comment that starts with the marker does, preferring one written by a bot.
   */
  readonly author?: string;
}

export interface StickyCommentResult {
  readonly commentId: number;
  readonly action: 'created' | 'updated' | 'unchanged';
  readonly url: string;
}

/** Creates the comment, or edits the one that carries the marker (searched through every page). */
export async function upsertStickyComment(
  octokit: GitHubClient,
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
  const marker = stickyMarker(options.key);
  const body = `${marker}\n${options.body}`;
  const repo = { owner: options.repo.owner, repo: options.repo.repo };
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: options.issueNumber,
      per_page: 100,
    });
    const candidates = comments.filter(
      (c) =>
        (c.body ?? '').startsWith(marker) &&
        (options.author === undefined || c.user?.login === options.author),
    );
    const existing = candidates.find((c) => c.user?.type === 'Bot') ?? candidates[0];
    if (existing === undefined) {
      const { data } = await octokit.rest.issues.createComment({
        ...repo,
        issue_number: options.issueNumber,
        body,
      });
      return { commentId: data.id, action: 'created', url: data.html_url };
    }
    if (existing.body === body) {
      return { commentId: existing.id, action: 'unchanged', url: existing.html_url };
    }
    const { data } = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: existing.id,
      body,
    });
    return { commentId: data.id, action: 'updated', url: data.html_url };
  } catch (error) {
    throw wrapApiError(error, {
      repo: fullName(options.repo),
      doing: `updating the progress comment on #${options.issueNumber}`,
    });
  }
}

export type ReactionTarget = { readonly issueNumber: number } | { readonly commentId: number };

/**
 * 👀 on pickup. GitHub answers 200 instead of 201 when it is already there: re-runs are safe.
 * Takes a requester: run.ts may react before the REST methods load.
 */
export async function addEyesReaction(
  octokit: GitHubRequester,
  repo: RepoRef,
  target: ReactionTarget,
): Promise<void> {
  const base = { owner: repo.owner, repo: repo.repo, content: 'eyes' as const };
  try {
    if ('commentId' in target) {
      await octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
        ...base,
        comment_id: target.commentId,
      });
    } else {
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/reactions', {
        ...base,
        issue_number: target.issueNumber,
      });
    }
  } catch (error) {
    throw wrapApiError(error, { repo: fullName(repo), doing: 'adding the 👀 reaction' });
  }
}
