// The one reply a comment command gets: created when the run picks the command up and edited in
// place with the answer. Its hidden key names the command's comment, so the same comment handled
// twice (a re-delivered event, a re-run job) finds the reply and starts nothing.
import type { GitHubClient } from '../../forge/github/client.js';
import { stickyMarker } from '../../forge/github/comments.js';
import { wrapApiError } from '../../forge/github/errors.js';
import type { GitHubForge } from '../../forge/github/forge.js';
import { fullName, type RepoRef } from '../../forge/github/repo.js';

export class CommandReply {
  private id: number | null = null;
  private readonly marker: string;

  constructor(
    private readonly octokit: GitHubClient,
    private readonly repo: RepoRef,
    private readonly forge: GitHubForge,
    /** The issue or PR the command was written on. */
    readonly number: number,
    commentId: number,
  ) {
    this.marker = stickyMarker(`command-${commentId}`);
  }

  /** The reply an earlier run posted for this comment (only a bot's counts), or null. */
  async earlier(): Promise<{ readonly url: string } | null> {
    const comments = await this.forge.issueComments(this.number);
    const found = comments.find(
      (c) => c.author.endsWith('[bot]') && c.body.startsWith(this.marker),
    );
    return found ? { url: found.url } : null;
  }

  /** Posts the reply, or edits it once posted. */
  async say(text: string): Promise<void> {
    const body = `${this.marker}\n${text}`;
    const r = { owner: this.repo.owner, repo: this.repo.repo };
    try {
      if (this.id === null) {
        const { data } = await this.octokit.rest.issues.createComment({
          ...r,
          issue_number: this.number,
          body,
        });
        this.id = data.id;
      } else await this.octokit.rest.issues.updateComment({ ...r, comment_id: this.id, body });
    } catch (error) {
      throw wrapApiError(error, {
        repo: fullName(this.repo),
        doing: `replying to the command on #${this.number}`,
      });
    }
  }
}
