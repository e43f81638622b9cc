"use strict";
exports.id = 185;
exports.ids = [185,566];
exports.modules = {

/***/ 566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReview: () => (/* binding */ runReview)
/* harmony export */ });
/* harmony import */ var _forge_github_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3302);
/* harmony import */ var _forge_github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70656);
/* harmony import */ var _forge_github_labels_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87716);
/* harmony import */ var _forge_github_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57091);
/* harmony import */ var _forge_github_review_poster_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94009);
/* harmony import */ var _stages_closing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(280);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2225);
/* harmony import */ var _stages_review_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29424);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(40645);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83699);
/* harmony import */ var _dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(87500);
/* harmony import */ var _pr_marker_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32477);
/* harmony import */ var _pr_state_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(46150);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(74208);
// Review on GitHub: the `LailaTov review` check run, started when the review starts and completed
// with its verdict; the verdict published as one PR review with inline comments and the PR state;
// then ready for review, remediation or escalation.














const CONCLUSION = {
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
    high: _forge_github_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .LABELS */ .kg.riskHigh,
    medium: _forge_github_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .LABELS */ .kg.riskMedium,
    low: _forge_github_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .LABELS */ .kg.riskLow,
};
/**
 * The dispatch's claim (a PR body update) and the check run's start, in one request when the PR
 * read gave the repository's node id. The check is on the PR at once, so people see the review
 * running; it is completed in place at the end.
 */
async function openReview(ctx) {
    const { forge } = ctx.session;
    const batch = forge.openBatch();
    const opened = await sendingOnError(ctx, () => (0,_pr_state_js__WEBPACK_IMPORTED_MODULE_12__/* .openPipelineState */ .Qv)(ctx));
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
    const queued = repositoryId === null ? null : (0,_forge_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .queueReviewCheck */ .IV)(batch, { ...input, repositoryId });
    await forge.sendBatch();
    const check = queued ? queued() : await (0,_forge_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .startReviewCheck */ .Bq)(ctx.octokit, input);
    return { ...opened, check };
}
/** Runs `fn`; if it throws, the writes it queued still go out (as they would have one by one). */
async function sendingOnError(ctx, fn) {
    try {
        return await fn();
    }
    catch (error) {
        await sendWrites(ctx).catch(() => undefined);
        throw error;
    }
}
/**
 * Completes the check in the batch when one request can carry it, else at once. Until its
 * verdict is on GitHub, a failure still ends it neutral (recover.ts); after, the verdict stays.
 */
async function completeCheck(ctx, check, input) {
    const { forge } = ctx.session;
    const batch = forge.openBatchOrNull;
    if (batch && (0,_forge_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .queueCheckCompletion */ .YC)(batch, forge.repositoryNodeId, check, input))
        return;
    await (0,_forge_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .completeReviewCheck */ .eF)(ctx.octokit, check, input);
    ctx.recovery.check = null;
}
/** Sends the queued writes; the check's verdict, if it was among them, is now on GitHub. */
async function sendWrites(ctx) {
    const { forge } = ctx.session;
    const verdict = forge.openBatchOrNull?.has('updateCheckRun') ?? false;
    await forge.sendBatch();
    if (verdict)
        ctx.recovery.check = null;
}
async function runReview(ctx) {
    const opened = await openReview(ctx);
    if ('skipped' in opened)
        return opened;
    const { pull, start, progress, check } = opened;
    const { deps, forge } = ctx.session;
    const repo = ctx.runner.repo;
    const issue = start.issue;
    ctx.recovery.check = check;
    return sendingOnError(ctx, async () => {
        const r = await (0,_stages_review_js__WEBPACK_IMPORTED_MODULE_7__/* .review */ .NQ)(deps, { head: pull.headRef, state: start });
        const state = r.state;
        ctx.recovery.stages = state.stages;
        // The head the review judged: it sets reviewedSha when it reads the diff; a review that
        // stopped before (blocked, no changes) still carries the last round's, so that is not it.
        const headSha = state.reviewedSha !== null && state.reviewedSha !== start.reviewedSha
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
        const { next, summary, status } = (0,_stages_closing_js__WEBPACK_IMPORTED_MODULE_5__/* .decideAfterReview */ .t4)(deps, r);
        // The marker tells where the progress comment is and which rounds were posted; a PR opened
        // before it existed falls back to reading the issue.
        const marker = (0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_11__/* .parseMarker */ .gY)(pull.body) ?? {
            v: 1,
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
        let posted = [];
        if (r.verdict === 'clean' || r.verdict === 'findings') {
            const diff = await forge.diff(state.base, pull.headRef);
            const threads = forge.takeThreads(pull.number);
            const res = await (0,_forge_github_review_poster_js__WEBPACK_IMPORTED_MODULE_4__/* .postReviewRound */ .RI)(ctx.octokit, {
                repo,
                pr: pull.number,
                ...(threads && { threads }),
                headSha,
                round: state.round,
                findings: state.findings,
                summary: r.verdict === 'clean'
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
        const dispatch = next === 'remediate' ? (0,_dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_10__/* .issueNonce */ .v8)(marker.dispatch, 'remediate') : (marker.dispatch ?? null);
        forge.setPullBodySuffix((0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_11__/* .renderMarker */ .Bd)({
            ...marker,
            reviewed: [...new Set([...marker.reviewed, roundKey])],
            inBody: [...new Set([...marker.inBody, ...posted])],
            dispatch,
        }));
        const prUrl = await (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_6__/* .publishState */ .DF)(deps, state, status, next === 'ready' || next === 'remediate' ? undefined : `## Outcome: ${next}\n\n${summary}`);
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
        const progressView = (outcome, note) => ({
            step: outcome === 'ready'
                ? 'ready'
                : next === 'remediate'
                    ? 'remediate'
                    : 'review',
            outcome,
            note,
            state,
            prUrl,
        });
        if (next === 'remediate') {
            await (0,_pr_state_js__WEBPACK_IMPORTED_MODULE_12__/* .publishPrProgress */ .z$)(opened, marker, progressView(null, `review round ${state.round} found ${open.length} finding(s); fixing them.`), closing);
            await sendWrites(ctx);
            await (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .chain */ .c)(ctx, 'remediate', {
                issue,
                pr: pull.number,
                round: state.round,
                correlationId: state.correlationId,
                headSha,
                nonce: dispatch?.pending?.nonce ?? null,
            });
            return (0,_report_js__WEBPACK_IMPORTED_MODULE_13__/* .report */ .z)(base, {
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
                }
                catch (error) {
                    throw (0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .wrapApiError */ .N9)(error, {
                        repo: (0,_forge_github_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .fullName */ .fq)(repo),
                        doing: `requesting a review from ${reviewer}`,
                    });
                }
            }
        }
        await (0,_pr_state_js__WEBPACK_IMPORTED_MODULE_12__/* .publishPrProgress */ .z$)(opened, marker, progressView(next, next === 'ready' ? 'the PR is ready for a human review.' : (summary.split('\n')[0] ?? '')), forge.openBatchOrNull);
        await sendWrites(ctx);
        await (0,_finish_js__WEBPACK_IMPORTED_MODULE_9__/* .finishPipeline */ .or)(ctx, await (0,_pr_state_js__WEBPACK_IMPORTED_MODULE_12__/* .terminalOf */ .g5)(ctx, opened, state, { outcome: next, summary, headSha, riskTier: tier }));
        return (0,_report_js__WEBPACK_IMPORTED_MODULE_13__/* .report */ .z)(base, {
            ...shared,
            outcome: next,
            why: summary,
            failure: next === 'infra_error' || next === 'no_changes'
                ? `review ended with ${next}: ${why}`
                : null,
        });
    });
}


/***/ }),

/***/ 3302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ startReviewCheck),
/* harmony export */   IV: () => (/* binding */ queueReviewCheck),
/* harmony export */   YC: () => (/* binding */ queueCheckCompletion),
/* harmony export */   ak: () => (/* binding */ publishReviewCheck),
/* harmony export */   eF: () => (/* binding */ completeReviewCheck)
/* harmony export */ });
/* unused harmony exports REVIEW_CHECK_NAME, annotationsOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70656);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57091);


const REVIEW_CHECK_NAME = 'LailaTov review';
/** GitHub takes at most 50 annotations per create/update request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** The same check run start, queued in a batch of mutations (GraphQL's createCheckRun). */
function queueReviewCheck(batch, input) {
    const queued = batch.add({
        field: 'createCheckRun',
        inputType: 'CreateCheckRunInput',
        input: {
            repositoryId: input.repositoryId,
            name: REVIEW_CHECK_NAME,
            headSha: input.headSha,
            status: 'IN_PROGRESS',
            ...(input.detailsUrl ? { detailsUrl: input.detailsUrl } : {}),
            output: { title: input.title, summary: STARTED_SUMMARY },
        },
        select: 'checkRun { id databaseId }',
        doing: 'starting the review check',
    });
    return () => {
        const { checkRun } = queued.value();
        return { id: checkRun.databaseId, headSha: input.headSha, nodeId: checkRun.id };
    };
}
/**
 * Queues the completion of a check started through GraphQL, when one request can carry it (same
 * head, at most 50 annotations); false when it must go through completeReviewCheck.
 */
function queueCheckCompletion(batch, repositoryId, started, input) {
    const annotations = annotationsOf(input.findings);
    if (repositoryId === null ||
        started.nodeId === undefined ||
        input.headSha !== started.headSha ||
        annotations.length > ANNOTATIONS_PER_REQUEST)
        return false;
    batch.add({
        field: 'updateCheckRun',
        inputType: 'UpdateCheckRunInput',
        input: {
            repositoryId,
            checkRunId: started.nodeId,
            status: 'COMPLETED',
            conclusion: input.conclusion.toUpperCase(),
            output: {
                title: input.title,
                summary: input.summary.slice(0, 65_000),
                annotations: annotations.map((a) => ({
                    path: a.path,
                    location: { startLine: a.start_line, endLine: a.end_line },
                    annotationLevel: a.annotation_level.toUpperCase(),
                    title: a.title,
                    message: a.message,
                })),
            },
        },
        select: 'checkRun { id }',
        doing: 'publishing the review check',
    });
    return true;
}
const STARTED_SUMMARY = 'LailaTov is reviewing this commit.';
const LEVEL = {
    blocking: 'failure',
    major: 'failure',
    minor: 'warning',
    nit: 'notice',
};
function annotationsOf(findings) {
    return findings
        .filter((f) => f.status === 'open' && f.path !== null && f.lines !== null)
        .map((f) => ({
        path: f.path ?? '',
        start_line: f.lines?.start ?? 1,
        end_line: f.lines?.end ?? 1,
        annotation_level: LEVEL[f.severity],
        title: `${f.severity}: ${f.rule}`,
        message: f.message,
    }));
}
const call = async (repo, doing, fn) => {
    try {
        return await fn();
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, { repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .fq)(repo), doing });
    }
};
/**
 * Sends the conclusion and the first 50 annotations with `first` (a create or an update), then
 * the rest in batches of 50 as updates of the same check run.
 */
async function sendConclusion(octokit, input, first) {
    const r = { owner: input.repo.owner, repo: input.repo.repo };
    const all = annotationsOf(input.findings);
    const output = (annotations) => ({
        title: input.title,
        summary: input.summary.slice(0, 65_000),
        annotations,
    });
    return call(input.repo, 'publishing the review check', async () => {
        const data = await first(output(all.slice(0, ANNOTATIONS_PER_REQUEST)));
        for (let i = ANNOTATIONS_PER_REQUEST; i < all.length; i += ANNOTATIONS_PER_REQUEST) {
            await octokit.rest.checks.update({
                ...r,
                check_run_id: data.id,
                output: output(all.slice(i, i + ANNOTATIONS_PER_REQUEST)),
            });
        }
        return { id: data.id, url: data.html_url ?? '' };
    });
}
/** Creates the check run `in_progress` on the head the review starts from. */
async function startReviewCheck(octokit, input) {
    const { data } = await call(input.repo, 'starting the review check', () => octokit.rest.checks.create({
        owner: input.repo.owner,
        repo: input.repo.repo,
        name: REVIEW_CHECK_NAME,
        head_sha: input.headSha,
        status: 'in_progress',
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        output: { title: input.title, summary: STARTED_SUMMARY },
    }));
    return { id: data.id, headSha: input.headSha };
}
/** Creates a completed check run in one go (a run that started none, e.g. a failed remediation). */
function publishReviewCheck(octokit, input) {
    return sendConclusion(octokit, input, async (output) => {
        const { data } = await octokit.rest.checks.create({
            owner: input.repo.owner,
            repo: input.repo.repo,
            name: REVIEW_CHECK_NAME,
            head_sha: input.headSha,
            status: 'completed',
            conclusion: input.conclusion,
            ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
            output,
        });
        return data;
    });
}
/**
 * Completes the started check run in place. When the review ended on another head (the branch
 * moved while it ran), the started one ends `neutral` and the reviewed head gets its own check:
 * a verdict is never shown on a commit it was not made for.
 */
async function completeReviewCheck(octokit, started, input) {
    const update = (i) => sendConclusion(octokit, i, async (output) => {
        const { data } = await octokit.rest.checks.update({
            owner: i.repo.owner,
            repo: i.repo.repo,
            check_run_id: started.id,
            status: 'completed',
            conclusion: i.conclusion,
            output,
        });
        return data;
    });
    if (input.headSha === started.headSha)
        return update(input);
    await update({
        ...input,
        conclusion: 'neutral',
        title: 'superseded: the branch moved during the review',
        summary: `The review ran on ${input.headSha}; its check is on that commit.`,
        findings: [],
    });
    return publishReviewCheck(octokit, input);
}


/***/ })

};
;