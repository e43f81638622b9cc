// Review on GitHub: the `LailaTov review` check run, started when the review starts and completed
// with its verdict; the verdict published as one PR review with inline comments and the PR state;
// then ready for review, remediation or escalation.
import {
  completeReviewCheck,
  queueCheckCompletion,
  queueReviewCheck,
  startReviewCheck,
  type CheckConclusion,
  type ReviewCheckInput,
  type StartedCheck,
} from '../../forge/github/checks.js';
import { wrapApiError } from '../../forge/github/errors.js';
import { LABELS } from '../../forge/github/labels.js';
import { fullName } from '../../forge/github/repo.js';
import type { PipelineStep } from '../../forge/github/summary.js';
import { postReviewRound } from '../../forge/github/review-poster.js';
import { decideAfterReview } from '../../stages/closing.js';
import { publishState } from '../../stages/pipeline.js';
import { review, type ReviewVerdict } from '../../stages/review.js';
import { chain, type Skipped, type StageContext, type StageReport } from '../context.js';
import { finishPipeline } from '../finish.js';
import { issueNonce } from '../dispatch-nonce.js';
import { parseMarker, renderMarker } from '../pr-marker.js';
import { openPipelineState, publishPrProgress, terminalOf } from './pr-state.js';
import { report } from './report.js';

const CONCLUSION: Record<ReviewVerdict, CheckConclusion> = {
  clean: 'success',
  findings: 'failure',
  blocked: 'failure',
  // Nothing was judged: neither a pass nor a fail.
  no_changes: 'neutral',
  infra_error: 'neutral',
  refused: 'neutral',
  budget_exceeded: 'neutral',
  // Required tests cannot run: a person must act (set testCommand) before this can pass.
  needs_human: 'action_required',
};

const RISK_LABEL = {
  high: LABELS.riskHigh,
  medium: LABELS.riskMedium,
  low: LABELS.riskLow,
} as const;

/**
 * The dispatch's claim (a PR body update) and the check run's start, in one request when the PR
 * read gave the repository's node id. The check is on the PR at once, so people see the review
 * running; it is completed in place at the end.
 */
async function openReview(ctx: StageContext) {
  const { forge } = ctx.session;
  const batch = forge.openBatch();
  const opened = await sendingOnError(ctx, () => openPipelineState(ctx));
  if ('skipped' in opened) {
    await forge.sendBatch();
    return opened;
  }
  const input = {
    repo: ctx.runner.repo,
    headSha: opened.headSha,
    title: `reviewing round ${opened.start.round}`,
    detailsUrl: ctx.runner.runUrl,
  };
  const repositoryId = forge.repositoryNodeId;
  const queued = repositoryId === null ? null : queueReviewCheck(batch, { ...input, repositoryId });
  await forge.sendBatch();
  const check = queued ? queued() : await startReviewCheck(ctx.octokit, input);
  return { ...opened, check };
}

/** Runs `fn`; if it throws, the writes it queued still go out (as they would have one by one). */
async function sendingOnError<T>(ctx: StageContext, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    await sendWrites(ctx).catch(() => undefined);
    throw error;
  }
}

/**
 * Completes the check in the batch when one request can carry it, else at once. Until its
 * verdict is on GitHub, a failure still ends it neutral (recover.ts); after, the verdict stays.
 */
async function completeCheck(
  ctx: StageContext,
  check: StartedCheck,
  input: ReviewCheckInput,
): Promise<void> {
  const { forge } = ctx.session;
  const batch = forge.openBatchOrNull;
  if (batch && queueCheckCompletion(batch, forge.repositoryNodeId, check, input)) return;
  await completeReviewCheck(ctx.octokit, check, input);
  ctx.recovery.check = null;
}

/** Sends the queued writes; the check's verdict, if it was among them, is now on GitHub. */
async function sendWrites(ctx: StageContext): Promise<void> {
  const { forge } = ctx.session;
  const verdict = forge.openBatchOrNull?.has('updateCheckRun') ?? false;
  await forge.sendBatch();
  if (verdict) ctx.recovery.check = null;
}

export async function runReview(ctx: StageContext): Promise<StageReport | Skipped> {
  const opened = await openReview(ctx);
  if ('skipped' in opened) return opened;
  const { pull, start, progress, check } = opened;
  const { deps, forge } = ctx.session;
  const repo = ctx.runner.repo;
  const issue = start.issue;
  ctx.recovery.check = check;
  return sendingOnError(ctx, async () => {
    const r = await review(deps, { head: pull.headRef, state: start });
    const state = r.state;
    ctx.recovery.stages = state.stages;
    // The head the review judged: it sets reviewedSha when it reads the diff; a review that
    // stopped before (blocked, no changes) still carries the last round's, so that is not it.
    const headSha =
      state.reviewedSha !== null && state.reviewedSha !== start.reviewedSha
        ? state.reviewedSha
        : opened.headSha;
    ctx.recovery.headSha = headSha;
    const open = state.findings.filter((f) => f.status === 'open');
    const tier = r.risk?.tier ?? null;
    const base = {
      issue,
      correlationId: state.correlationId,
      stages: state.stages,
      before: start.stages,
      round: state.round,
    };
    const why = r.reasons.join('\n') || r.verdict;
    // Decide what comes next before publishing, so the PR body says it (the CLI decides alike).
    const { next, summary, status } = decideAfterReview(deps, r);
    // The marker tells where the progress comment is and which rounds were posted; a PR opened
    // before it existed falls back to reading the issue.
    const marker = parseMarker(pull.body) ?? {
      v: 1 as const,
      stickyId: await progress.stickyId(),
      requestedBy: (await progress.state())?.requestedBy ?? null,
      verdict: null,
      reviewed: [],
      inBody: [],
    };
    const roundKey = `${state.round}@${headSha}`;
    // From here every write GraphQL can carry (the review, resolved threads, PR body, check, label,
    // ready, progress) is queued and sent in one request before the dispatch or the record.
    const closing = forge.openBatch();
    let posted: readonly string[] = [];
    if (r.verdict === 'clean' || r.verdict === 'findings') {
      const diff = await forge.diff(state.base, pull.headRef);
      const threads = forge.takeThreads(pull.number);
      const res = await postReviewRound(ctx.octokit, {
        repo,
        pr: pull.number,
        ...(threads && { threads }),
        headSha,
        round: state.round,
        findings: state.findings,
        summary:
          r.verdict === 'clean'
            ? `✅ No blocking or major findings. ${r.reasons[0] ?? ''}`
            : `Findings to fix (${open.length} open).`,
        alreadyPosted: marker.reviewed.includes(roundKey),
        inBodyBefore: marker.inBody,
        patches: new Map(diff.map((d) => [d.path, d.patch])),
        batch: { mutations: closing, pullNodeId: pull.nodeId },
      });
      posted = res.inBodyPosted;
    }
    // The remediation this run dispatches runs only for this nonce.
    const dispatch =
      next === 'remediate' ? issueNonce(marker.dispatch, 'remediate') : (marker.dispatch ?? null);
    forge.setPullBodySuffix(
      renderMarker({
        ...marker,
        reviewed: [...new Set([...marker.reviewed, roundKey])],
        inBody: [...new Set([...marker.inBody, ...posted])],
        dispatch,
      }),
    );
    const prUrl = await publishState(
      deps,
      state,
      status,
      next === 'ready' || next === 'remediate' ? undefined : `## Outcome: ${next}\n\n${summary}`,
    );

    await completeCheck(ctx, check, {
      repo,
      headSha,
      conclusion: CONCLUSION[r.verdict],
      title: `${r.verdict}${tier ? ` · risk ${tier}` : ''} · round ${state.round}`,
      summary: why,
      findings: state.findings,
      detailsUrl: ctx.runner.runUrl,
    });
    const riskLabel = tier && tier !== 'none' ? RISK_LABEL[tier].name : null;
    if (riskLabel && !forge.labelsOf(pull.number).includes(riskLabel))
      await forge.addLabels(pull.number, [riskLabel]);

    const shared = {
      pr: pull.number,
      prUrl,
      branch: pull.headRef,
      riskTier: tier,
      findings: open.length,
    };
    const progressView = (outcome: string | null, note: string) => ({
      step:
        outcome === 'ready'
          ? 'ready'
          : next === 'remediate'
            ? 'remediate'
            : ('review' as PipelineStep),
      outcome,
      note,
      state,
      prUrl,
    });

    if (next === 'remediate') {
      await publishPrProgress(
        opened,
        marker,
        progressView(
          null,
          `review round ${state.round} found ${open.length} finding(s); fixing them.`,
        ),
        closing,
      );
      await sendWrites(ctx);
      await chain(ctx, 'remediate', {
        issue,
        pr: pull.number,
        round: state.round,
        correlationId: state.correlationId,
        headSha,
        nonce: dispatch?.pending?.nonce ?? null,
      });
      return report(base, {
        ...shared,
        outcome: 'findings',
        why: `${why}\n\nRemediation round ${state.round + 1} was dispatched.`,
      });
    }
    if (next === 'ready') {
      await forge.markReady(pull.headRef);
      const reviewer = marker.requestedBy;
      if (r.risk?.humanApprovalRequired && reviewer) {
        // Asked of a PR that is ready, so that the reviewer is notified.
        await sendWrites(ctx);
        try {
          await ctx.octokit.rest.pulls.requestReviewers({
            ...repo,
            pull_number: pull.number,
            reviewers: [reviewer],
          });
        } catch (error) {
          throw wrapApiError(error, {
            repo: fullName(repo),
            doing: `requesting a review from ${reviewer}`,
          });
        }
      }
    }
    await publishPrProgress(
      opened,
      marker,
      progressView(
        next,
        next === 'ready' ? 'the PR is ready for a human review.' : (summary.split('\n')[0] ?? ''),
      ),
      forge.openBatchOrNull,
    );
    await sendWrites(ctx);
    await finishPipeline(
      ctx,
      await terminalOf(ctx, opened, state, { outcome: next, summary, headSha, riskTier: tier }),
    );
    return report(base, {
      ...shared,
      outcome: next,
      why: summary,
      failure:
        next === 'infra_error' || next === 'no_changes'
          ? `review ended with ${next}: ${why}`
          : null,
    });
  });
}
