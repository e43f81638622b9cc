// Remediate on a person's review, review comment or mention on an agent PR: one round that
// addresses exactly those comments, a reply in each thread naming the commit that addressed it
// (or why not), the fixed threads resolved, then back to review. Writers only (run.ts checked
// the sender); each review or mention is answered once, however often its events arrive.
import { normalizeBot } from '../../forge/github/authorize.js';
import { SUITE_BOTS } from '../../forge/github/clarification.js';
import { resolveThreads } from '../../forge/github/review-poster.js';
import {
  getReview,
  listReviewThreads,
  replyInThread,
  type ReviewThread,
} from '../../forge/github/review-threads.js';
import { AGENT_BRANCH_PREFIX } from '../../forge/github/workspace.js';
import {
  DEFAULT_MENTION,
  feedbackKey,
  withoutMention,
  type FeedbackTrigger,
} from '../../forge/github/events/review-events.js';
import {
  humanRound,
  type FeedbackItem,
  type HumanRoundResult,
  type ItemVerdict,
} from '../../stages/human-round.js';
import { publishState } from '../../stages/pipeline.js';
import { chain, type Skipped, type StageContext, type StageReport } from '../context.js';
import { issueNonce } from '../dispatch-nonce.js';
import { parseMarker, renderMarker, type GitHubMarker } from '../pr-marker.js';
import { openPipelineState } from './pr-state.js';
import { report } from './report.js';

/** How many answered triggers the PR marker keeps (re-deliveries come within minutes). */
const KEEP_ANSWERED = 50;
const ANSWER_MARK = '<!-- lailatov:answer -->';

/** An item, and where its answer goes: the thread (its root comment) or the PR conversation. */
export interface PlacedItem extends FeedbackItem {
  readonly thread: { readonly id: string; readonly rootId: number } | null;
}

const sameLogin = (a: string, b: string) => normalizeBot(a) === normalizeBot(b);

/**
 * The items of a trigger: for a review, each thread holding its comments (the reviewer's words,
 * with the thread's earlier comments by the suite or the reviewer as context: nobody else's text
 * reaches the prompt) and its body; for a mention, the comment without the mention.
 */
export function feedbackItems(
  trigger: FeedbackTrigger,
  o: {
    readonly sender: string;
    readonly threads: readonly ReviewThread[];
    readonly reviewBody: string;
    readonly suiteLogins: readonly string[];
    readonly mention: string;
  },
): PlacedItem[] {
  const items: PlacedItem[] = [];
  const key = () => `T${items.length + 1}`;
  if (trigger.kind === 'mention') {
    const body = withoutMention(trigger.body, o.mention);
    if (body !== '')
      items.push({
        key: key(),
        author: o.sender,
        body,
        path: null,
        line: null,
        context: [],
        thread: null,
      });
    return items;
  }
  const heard = (login: string) =>
    sameLogin(login, o.sender) || o.suiteLogins.some((s) => sameLogin(s, login));
  for (const t of o.threads) {
    const first = t.comments.findIndex((c) => c.reviewId === trigger.reviewId);
    const words = t.comments.filter(
      (c) => c.reviewId === trigger.reviewId && sameLogin(c.author, o.sender),
    );
    const root = t.comments[0];
    if (first < 0 || words.length === 0 || root === undefined) continue;
    items.push({
      key: key(),
      author: o.sender,
      body: words.map((c) => c.body).join('\n\n'),
      path: t.path,
      line: t.line,
      context: t.comments
        .slice(0, first)
        .filter((c) => heard(c.author))
        .map((c) => ({ author: c.author, body: c.body })),
      thread: { id: t.id, rootId: root.id },
    });
  }
  if (o.reviewBody.trim() !== '')
    items.push({
      key: key(),
      author: o.sender,
      body: o.reviewBody.trim(),
      path: null,
      line: null,
      context: [],
      thread: null,
    });
  return items;
}

/** The answer to one item: fixed in the commit, or why not. */
export function answerText(v: ItemVerdict | undefined, r: HumanRoundResult): string {
  const sha = r.commit?.slice(0, 12);
  if (v === undefined) return `Not addressed: ${r.detail}.`;
  if (v.fixed && sha) return `Fixed in ${sha}: ${v.note || 'done'}`;
  const why = v.note || r.detail;
  return sha ? `Not changed in ${sha}: ${why}` : `Not changed: ${why}`;
}

export async function runHumanReviewRound(
  ctx: StageContext,
  trigger: FeedbackTrigger,
): Promise<StageReport | Skipped> {
  const number = ctx.plan.pr ?? 0;
  const { forge, deps } = ctx.session;
  const { repo } = ctx.runner;
  // A mention on someone's own PR is not for this flow: its event does not name the PR's head
  // (a review's event does, and was filtered when it was parsed), so the PR says whose it is.
  if (trigger.kind === 'mention') {
    const read = await forge.pullByNumber(number);
    if (!read.headRef.startsWith(AGENT_BRANCH_PREFIX))
      return {
        skipped: `PR #${number} is not an agent PR: nothing to address`,
        outcome: 'ignored',
      };
  }
  const opened = await openPipelineState(ctx);
  if ('skipped' in opened) return opened;
  const { pull, start } = opened;
  const marker: GitHubMarker = parseMarker(pull.body) ?? {
    v: 1,
    stickyId: null,
    requestedBy: null,
    verdict: null,
    reviewed: [],
    inBody: [],
  };
  const answered = marker.feedback ?? [];
  const key = feedbackKey(trigger);
  if (answered.includes(key))
    return { skipped: `${key} on PR #${number} was answered already`, outcome: 'ignored' };

  const sender = ctx.plan.sender.login;
  const review =
    trigger.kind === 'review' && trigger.body === null
      ? await getReview(ctx.octokit, repo, number, trigger.reviewId)
      : null;
  const threads =
    trigger.kind === 'review' ? await listReviewThreads(ctx.octokit, repo, number) : [];
  const items = feedbackItems(trigger, {
    sender,
    threads,
    reviewBody: trigger.kind === 'review' ? (trigger.body ?? review?.body ?? '') : '',
    suiteLogins: [deps.config.botLogin, ...SUITE_BOTS, ...ctx.inputs.allowedBots],
    mention: DEFAULT_MENTION,
  });
  if (items.length === 0)
    return { skipped: `${key} on PR #${number} asks for nothing to change`, outcome: 'ignored' };
  ctx.logger.info(`answering ${items.length} comment(s) of ${sender} on PR #${number} (${key})`);

  const r = await humanRound(deps, { head: pull.headRef, state: start, items });
  const changed = r.outcome === 'changed' && r.commit !== null;
  const dispatch = changed ? issueNonce(marker.dispatch, 'review') : (marker.dispatch ?? null);
  forge.setPullBodySuffix(
    renderMarker({ ...marker, dispatch, feedback: [...answered, key].slice(-KEEP_ANSWERED) }),
  );
  const status = changed
    ? `review round ${r.round} pushed; waiting for review`
    : `review round: ${r.outcome}`;
  const prUrl = await publishState(deps, r.state, status);

  // The answers: in each thread, and the rest (a review body, a mention) in one PR comment.
  const verdicts = new Map(r.verdicts.map((v) => [v.key, v]));
  const loose: string[] = [];
  for (const item of items) {
    const text = answerText(verdicts.get(item.key), r);
    if (item.thread)
      await replyInThread(ctx.octokit, repo, {
        pr: number,
        commentId: item.thread.rootId,
        body: `${text}\n\n${ANSWER_MARK}`,
      });
    else loose.push(`- ${trigger.kind === 'mention' ? 'The request' : 'The review'}: ${text}`);
  }
  const fixed = items
    .filter((i) => i.thread && verdicts.get(i.key)?.fixed)
    .map((i) => i.thread!.id);
  await resolveThreads(ctx.octokit, fixed);
  if (loose.length > 0)
    await forge.postComment(
      number,
      [`@${sender}: **LailaTov** review round`, ...loose, ANSWER_MARK].join('\n\n'),
    );

  if (changed && r.commit !== null)
    await chain(ctx, 'review', {
      issue: start.issue,
      pr: pull.number,
      round: r.state.round,
      correlationId: r.state.correlationId,
      headSha: r.commit,
      nonce: dispatch?.pending?.nonce ?? null,
    });
  ctx.recovery.stages = r.state.stages;
  return report(
    {
      issue: start.issue,
      correlationId: r.state.correlationId,
      stages: r.state.stages,
      before: start.stages,
      round: r.state.round,
    },
    {
      pr: pull.number,
      branch: pull.headRef,
      prUrl,
      outcome: changed ? 'remediated' : r.outcome,
      why: `${r.detail}. ${fixed.length} of ${items.length} comment(s) fixed${changed ? '; review was dispatched' : ''}.`,
      details: items.map((i) => `${i.key}: ${answerText(verdicts.get(i.key), r)}`),
      failure: r.outcome === 'infra_error' ? r.detail : null,
    },
  );
}
