"use strict";
exports.id = 229;
exports.ids = [229];
exports.modules = {

/***/ 25229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reviewHumanPull: () => (/* binding */ reviewHumanPull)
/* harmony export */ });
/* unused harmony export linkedIssue */
/* harmony import */ var _forge_github_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3302);
/* harmony import */ var _forge_github_review_poster_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94009);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2225);
/* harmony import */ var _stages_review_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29424);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88302);
/* harmony import */ var _stages_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74208);
// `review` on a person's PR: the review stage (risk gate, tests, AI review, a spec audit against
// the linked issue's acceptance criteria when triage recorded them), the inline suggestions and
// the check run. It never pushes and never edits the PR body: the PR is not the suite's.






/** The issue a PR body closes (`Fixes #12`, `Closes #12`, `Resolves #12`), or null. */
function linkedIssue(body) {
    const m = /\b(?:fix(?:e[sd])?|close[sd]?|resolve[sd]?)\s+#(\d{1,9})\b/i.exec(body);
    return m ? Number(m[1]) : null;
}
async function reviewHumanPull(ctx, pull, title) {
    const { deps, forge } = ctx.session;
    const repo = ctx.runner.repo;
    const issue = linkedIssue(pull.body);
    const criteria = issue
        ? ((await new _progress_js__WEBPACK_IMPORTED_MODULE_4__/* .IssueProgress */ .D(ctx.octokit, repo, forge, issue, ctx.runner.runUrl).state())
            ?.verdict?.acceptanceCriteria ?? [])
        : [];
    const state = {
        ...(0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .initialState */ .ue)(issue ?? 0, pull.baseRef),
        branch: pull.headRef,
        title,
        acceptanceCriteria: criteria,
    };
    const check = await (0,_forge_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .startReviewCheck */ .Bq)(ctx.octokit, {
        repo,
        headSha: pull.headSha,
        title: 'reviewing (requested by a comment)',
        detailsUrl: ctx.runner.runUrl,
    });
    ctx.recovery.check = check;
    const r = await (0,_stages_review_js__WEBPACK_IMPORTED_MODULE_3__/* .review */ .NQ)(deps, { head: pull.headRef, state });
    const open = r.state.findings.filter((f) => f.status === 'open');
    if (r.verdict === 'clean' || r.verdict === 'findings') {
        const diff = await forge.diff(pull.baseRef, pull.headRef);
        await (0,_forge_github_review_poster_js__WEBPACK_IMPORTED_MODULE_1__/* .postReviewRound */ .RI)(ctx.octokit, {
            repo,
            pr: pull.number,
            headSha: pull.headSha,
            round: 0,
            findings: r.state.findings,
            summary: r.verdict === 'clean'
                ? `✅ No blocking or major findings. ${r.reasons[0] ?? ''}`
                : `Findings (${open.length} open). Suggestions are inline.`,
            alreadyPosted: false,
            inBodyBefore: [],
            patches: new Map(diff.map((d) => [d.path, d.patch])),
        });
    }
    const why = r.reasons.join('\n') || r.verdict;
    await (0,_forge_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .completeReviewCheck */ .eF)(ctx.octokit, check, {
        repo,
        headSha: pull.headSha,
        conclusion: r.verdict === 'clean'
            ? 'success'
            : r.verdict === 'findings' || r.verdict === 'blocked'
                ? 'failure'
                : 'neutral',
        title: `${r.verdict}${r.risk ? ` · risk ${r.risk.tier}` : ''}`,
        summary: why,
        findings: r.state.findings,
        detailsUrl: ctx.runner.runUrl,
    });
    ctx.recovery.check = null;
    return (0,_stages_report_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z)({ issue, correlationId: null, stages: r.state.stages, before: [], round: 0 }, {
        outcome: r.verdict,
        why: `${r.verdict}: ${open.length} open finding(s). ${why.split('\n')[0] ?? ''}`,
        pr: pull.number,
        prUrl: pull.url,
        branch: pull.headRef,
        riskTier: r.risk?.tier ?? null,
        findings: open.length,
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


/***/ }),

/***/ 94009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ postReviewRound),
/* harmony export */   __: () => (/* binding */ resolveThreads),
/* harmony export */   fM: () => (/* binding */ findingThreadOf)
/* harmony export */ });
/* unused harmony exports commentableLines, findingCommentBody */
/* harmony import */ var _review_threads_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58467);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44637);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70656);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57091);




const FINDING_MARK = /<!-- lailatov:finding:([0-9a-f]{6,64}) -->/;
const findingMark = (fp) => `<!-- lailatov:finding:${fp} -->`;
const reviewMark = (round, sha) => `<!-- lailatov:review round=${round} head=${sha} -->`;
/** Right-side line numbers a review comment may point at, per file (added and context lines). */
function commentableLines(patch) {
    const lines = new Set();
    let next = 0;
    for (const line of patch.split('\n')) {
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk?.[1]) {
            next = Number(hunk[1]);
            continue;
        }
        if (next === 0 || line.startsWith('\\'))
            continue;
        if (line.startsWith('-'))
            continue;
        if (line.startsWith('+') || line.startsWith(' ') || line === '') {
            lines.add(next);
            next += 1;
        }
    }
    return lines;
}
/**
 * The body of an inline comment. A suggestion fenced as code becomes a ```suggestion block that
 * replaces the commented lines; prose stays prose (a suggestion block of prose would replace code).
 */
function findingCommentBody(f) {
    const parts = [`**${f.severity}** · \`${f.rule}\`: ${f.message}`];
    const code = f.suggestion ? /^```[\w-]*\n([\s\S]*?)\n?```\s*$/.exec(f.suggestion.trim()) : null;
    if (code && code[1] !== undefined && code[1].split('\n').length <= 12)
        parts.push(`\`\`\`suggestion\n${code[1]}\n\`\`\``);
    else if (f.suggestion)
        parts.push(`Suggestion: ${f.suggestion}`);
    parts.push(findingMark(f.fingerprint));
    return parts.join('\n\n');
}
/** A review thread as GraphQL gives it, if its first comment is one of our findings. */
function findingThreadOf(t) {
    const fingerprint = FINDING_MARK.exec(t.comments.nodes[0]?.body ?? '')?.[1];
    return fingerprint ? { id: t.id, isResolved: t.isResolved, fingerprint } : null;
}
/** The PR's review threads that start with a finding comment of ours (every page). */
async function findingThreads(octokit, repo, pr) {
    const threads = await (0,_review_threads_js__WEBPACK_IMPORTED_MODULE_0__/* .listReviewThreads */ .s0)(octokit, repo, pr);
    return threads.flatMap((t) => {
        const found = findingThreadOf({
            id: t.id,
            isResolved: t.isResolved,
            comments: { nodes: t.comments.slice(0, 1) },
        });
        return found ? [found] : [];
    });
}
/** Resolves threads, all in one mutation (GitHub runs the aliased fields in order). */
async function resolveThreads(octokit, ids) {
    if (ids.length === 0)
        return;
    const vars = ids.map((_, i) => `$t${i}: ID!`).join(', ');
    const fields = ids
        .map((_, i) => `t${i}: resolveReviewThread(input: { threadId: $t${i} }) { thread { id } }`)
        .join('\n  ');
    await octokit.graphql(`mutation(${vars}) {\n  ${fields}\n}`, Object.fromEntries(ids.map((id, i) => [`t${i}`, id])));
}
async function postReviewRound(octokit, input) {
    const r = { owner: input.repo.owner, repo: input.repo.repo, pull_number: input.pr };
    try {
        const threads = input.threads ?? (await findingThreads(octokit, input.repo, input.pr));
        const onLines = new Set(threads.map((t) => t.fingerprint));
        const seen = new Set([...onLines, ...input.inBodyBefore]);
        const mark = reviewMark(input.round, input.headSha);
        const already = input.alreadyPosted;
        const fresh = input.findings.filter((f) => f.status === 'open' && !seen.has(f.fingerprint));
        const duplicatesSkipped = input.findings.filter((f) => f.status === 'open' && seen.has(f.fingerprint)).length;
        let inline = 0;
        const inBodyPosted = [];
        if (!already) {
            const withLines = fresh.filter((f) => f.path !== null && f.lines !== null);
            const patches = input.patches ??
                new Map((withLines.length
                    ? await octokit.paginate(octokit.rest.pulls.listFiles, { ...r, per_page: 100 })
                    : []).map((f) => [f.filename, f.patch ?? '']));
            const byPath = new Map([...patches].map(([path, patch]) => [path, commentableLines(patch)]));
            const lineComments = [];
            const bodyItems = [];
            for (const f of fresh) {
                const ok = f.path && f.lines ? byPath.get(f.path) : undefined;
                const lines = f.lines;
                if (ok && lines && ok.has(lines.end) && ok.has(lines.start)) {
                    lineComments.push({
                        path: f.path ?? '',
                        line: lines.end,
                        side: 'RIGHT',
                        ...(lines.start < lines.end ? { start_line: lines.start, start_side: 'RIGHT' } : {}),
                        body: findingCommentBody(f),
                    });
                }
                else {
                    bodyItems.push(`- ${(0,_core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFinding */ .jb)(f)}`);
                    inBodyPosted.push(f.fingerprint);
                }
            }
            inline = lineComments.length;
            const body = [
                `### LailaTov review · round ${input.round}`,
                input.summary,
                ...(bodyItems.length ? ['**Findings outside the diff lines:**', ...bodyItems] : []),
                ...(duplicatesSkipped
                    ? [`${duplicatesSkipped} finding(s) already commented on are still open.`]
                    : []),
                mark,
            ].join('\n\n');
            // COMMENT, never APPROVE: a human approves and merges.
            if (input.batch)
                input.batch.mutations.add({
                    field: 'addPullRequestReview',
                    inputType: 'AddPullRequestReviewInput',
                    input: {
                        pullRequestId: input.batch.pullNodeId,
                        commitOID: input.headSha,
                        event: 'COMMENT',
                        body,
                        threads: lineComments.map((c) => ({
                            path: c.path,
                            line: c.line,
                            side: c.side,
                            ...(c.start_line !== undefined && { startLine: c.start_line, startSide: 'RIGHT' }),
                            body: c.body,
                        })),
                    },
                    select: 'pullRequestReview { id }',
                    doing: `posting the review of PR #${input.pr}`,
                });
            else
                await octokit.rest.pulls.createReview({
                    ...r,
                    commit_id: input.headSha,
                    event: 'COMMENT',
                    body,
                    comments: lineComments,
                });
        }
        const fixed = new Set(input.findings.filter((f) => f.status === 'resolved').map((f) => f.fingerprint));
        const toResolve = threads.filter((t) => !t.isResolved && fixed.has(t.fingerprint));
        if (input.batch)
            for (const t of toResolve)
                input.batch.mutations.add({
                    field: 'resolveReviewThread',
                    inputType: 'ResolveReviewThreadInput',
                    input: { threadId: t.id },
                    select: 'thread { id }',
                    doing: `resolving a fixed finding's thread on PR #${input.pr}`,
                });
        else
            await resolveThreads(octokit, toResolve.map((t) => t.id));
        const threadsResolved = toResolve.length;
        return {
            posted: !already,
            inline,
            inBody: inBodyPosted.length,
            duplicatesSkipped,
            threadsResolved,
            inBodyPosted,
        };
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .wrapApiError */ .N9)(error, {
            repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .fullName */ .fq)(input.repo),
            doing: `posting the review of PR #${input.pr}`,
        });
    }
}


/***/ }),

/***/ 58467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ getReview),
/* harmony export */   kJ: () => (/* binding */ replyInThread),
/* harmony export */   s0: () => (/* binding */ listReviewThreads)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70656);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57091);


const COMMENT_PAGE = `pageInfo { hasNextPage endCursor }
  nodes { databaseId body author { login } pullRequestReview { databaseId } }`;
const THREADS = `query($owner: String!, $name: String!, $pr: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $pr) {
      reviewThreads(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved path line comments(first: 100) { ${COMMENT_PAGE} } }
      }
    }
  }
}`;
/** A thread's comments past its first 100: a long discussion's newest replies are the ones that count. */
const MORE_COMMENTS = `query($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    ... on PullRequestReviewThread { comments(first: 100, after: $after) { ${COMMENT_PAGE} } }
  }
}`;
function threadComment(c) {
    return {
        id: c.databaseId ?? 0,
        author: c.author?.login ?? 'ghost',
        body: c.body,
        reviewId: c.pullRequestReview?.databaseId ?? null,
    };
}
/** Every comment of a thread, oldest first: the page its thread came with, then the rest. */
async function allComments(octokit, threadId, first) {
    const out = first.nodes.map(threadComment);
    let page = first.pageInfo;
    while (page.hasNextPage && page.endCursor) {
        const answer = await octokit.graphql(MORE_COMMENTS, {
            id: threadId,
            after: page.endCursor,
        });
        const more = answer.node?.comments;
        if (!more)
            throw new Error(`GraphQL found no review thread ${threadId}`);
        out.push(...more.nodes.map(threadComment));
        page = more.pageInfo;
    }
    return out;
}
/** Every review thread of the PR with every comment (all pages of both). */
async function listReviewThreads(octokit, repo, pr) {
    const out = [];
    let after = null;
    try {
        for (;;) {
            const answer = await octokit.graphql(THREADS, {
                owner: repo.owner,
                name: repo.repo,
                pr,
                after,
            });
            const page = answer.repository?.pullRequest?.reviewThreads;
            if (!page)
                throw new Error(`GraphQL found no pull request #${pr} in ${(0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .fq)(repo)}`);
            for (const t of page.nodes)
                out.push({
                    id: t.id,
                    isResolved: t.isResolved,
                    path: t.path,
                    line: t.line,
                    comments: await allComments(octokit, t.id, t.comments),
                });
            if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor)
                return out;
            after = page.pageInfo.endCursor;
        }
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, {
            repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .fq)(repo),
            doing: `reading the review threads of PR #${pr}`,
        });
    }
}
/** One review by id (a thread comment's event names its review, not the review's body). */
async function getReview(octokit, repo, pr, reviewId) {
    try {
        const { data } = await octokit.rest.pulls.getReview({
            owner: repo.owner,
            repo: repo.repo,
            pull_number: pr,
            review_id: reviewId,
        });
        return {
            id: data.id,
            author: data.user?.login ?? 'ghost',
            body: data.body ?? '',
            state: data.state,
        };
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, { repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .fq)(repo), doing: `reading review ${reviewId}` });
    }
}
/** Answers in the thread of `commentId` (a thread's root comment). */
async function replyInThread(octokit, repo, o) {
    try {
        await octokit.rest.pulls.createReplyForReviewComment({
            owner: repo.owner,
            repo: repo.repo,
            pull_number: o.pr,
            comment_id: o.commentId,
            body: o.body,
        });
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, {
            repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .fq)(repo),
            doing: `replying to review comment ${o.commentId} on PR #${o.pr}`,
        });
    }
}


/***/ })

};
;