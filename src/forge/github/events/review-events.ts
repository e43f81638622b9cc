// The events by which a person talks to the agent about its PR: a review submitted, a review
// comment (in a thread), a PR comment that mentions the suite. Each becomes one feedback
// trigger for the remediate stage (src/action/stages/human-round.ts). Pure; events.ts calls it.
import { at, PayloadReader } from './payload-reader.js';

/**
 * What the round answers. A review comment is handled as the review it belongs to (GitHub makes
 * every comment part of a review, and sends one event for the review and one per comment): so
 * however many events arrive, a review is one round.
 */
export type FeedbackTrigger =
  | {
      readonly kind: 'review';
      readonly reviewId: number;
      /** The review's body when the event carried it; null: read it (a comment's event). */
      readonly body: string | null;
    }
  | { readonly kind: 'mention'; readonly commentId: number; readonly body: string };

export interface PrFeedback {
  readonly kind: 'pr-feedback';
  readonly sender: { readonly login: string; readonly type: string };
  readonly pr: number;
  readonly trigger: FeedbackTrigger;
}

/** The key of a trigger in the PR's list of handled feedback: a re-delivery is seen once. */
export function feedbackKey(t: FeedbackTrigger): string {
  return t.kind === 'review' ? `review:${t.reviewId}` : `comment:${t.commentId}`;
}

/** The default mention; a comment must name it as a word (`@lailatov`, not `@lailatovx`). */
export const DEFAULT_MENTION = '@lailatov';

function mentionPattern(mention: string): RegExp {
  const name = mention.replace(/^@/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w@/])@${name}(?![\\w-])`, 'gi');
}

export function mentions(body: string, mention = DEFAULT_MENTION): boolean {
  return mentionPattern(mention).test(body);
}

/** The comment's text without the mention: what the person asks. */
export function withoutMention(body: string, mention = DEFAULT_MENTION): string {
  return body.replace(mentionPattern(mention), '$1').trim();
}

const FROM_GITHUB =
  'GitHub sends these fields; if the event file was written by hand (a test, a replayed event), add them.';

function actor(r: PayloadReader, value: unknown, path: string) {
  const u = r.object(value, path) ?? {};
  return {
    login: r.string(u.login, at(path, 'login'), { nonEmpty: true }),
    type: r.stringOr(u.type, at(path, 'type'), 'User'),
  };
}

const isBot = (a: { login: string; type: string }) => a.type === 'Bot' || a.login.endsWith('[bot]');

/**
 * `pull_request_review` (submitted) and `pull_request_review_comment` (created) on an agent PR,
 * from a person: the feedback, or why the event asks for nothing (a string for the summary).
 */
export function parseReviewFeedback(
  eventName: 'pull_request_review' | 'pull_request_review_comment',
  payload: unknown,
  agentBranchPrefix: string,
): PrFeedback | string {
  const r = new PayloadReader();
  const p = r.object(payload, '') ?? {};
  const action = typeof p.action === 'string' ? p.action : '(none)';
  const wanted = eventName === 'pull_request_review' ? 'submitted' : 'created';
  if (action !== wanted) return `action "${action}" is not "${wanted}"`;
  const pull = r.object(p.pull_request, 'pull_request') ?? {};
  const head = r.object(pull.head, 'pull_request.head') ?? {};
  const pr = r.integer(pull.number, 'pull_request.number', 1);
  const headRef = r.string(head.ref, 'pull_request.head.ref', { nonEmpty: true });
  const sender = actor(r, p.sender, 'sender');
  let trigger: FeedbackTrigger;
  let state = 'commented';
  if (eventName === 'pull_request_review') {
    const review = r.object(p.review, 'review') ?? {};
    trigger = {
      kind: 'review',
      reviewId: r.integer(review.id, 'review.id', 1),
      body: r.optionalString(review.body, 'review.body') ?? '',
    };
    state = r.string(review.state, 'review.state').toLowerCase();
  } else {
    const comment = r.object(p.comment, 'comment') ?? {};
    trigger = {
      kind: 'review',
      reviewId: r.integer(comment.pull_request_review_id, 'comment.pull_request_review_id', 1),
      body: null,
    };
  }
  r.check(`${eventName}.${wanted}`, FROM_GITHUB);
  if (!headRef.startsWith(agentBranchPrefix))
    return `head branch "${headRef}" is not an ${agentBranchPrefix}* branch`;
  if (isBot(sender)) return `sent by the bot ${sender.login}: only people's reviews start a round`;
  if (state !== 'commented' && state !== 'changes_requested')
    return `the review is ${state}: only comments and requested changes start a round`;
  return { kind: 'pr-feedback', sender, pr, trigger };
}

/** A PR comment (issue_comment on a PR) that mentions the suite, from a person; else why not. */
export function mentionFeedback(
  o: {
    readonly pr: number;
    readonly comment: {
      readonly id: number;
      readonly body: string;
      readonly author: { readonly login: string; readonly type: string };
    };
  },
  mention = DEFAULT_MENTION,
): PrFeedback | string {
  if (!mentions(o.comment.body, mention))
    return `the comment is on a pull request (#${o.pr}) and does not mention ${mention}`;
  if (isBot(o.comment.author))
    return `the comment is by the bot ${o.comment.author.login}: only people's comments start a round`;
  return {
    kind: 'pr-feedback',
    sender: o.comment.author,
    pr: o.pr,
    trigger: { kind: 'mention', commentId: o.comment.id, body: o.comment.body },
  };
}
