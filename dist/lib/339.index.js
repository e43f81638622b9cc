export const id = 339;
export const ids = [339];
export const modules = {

/***/ 30068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ openPipelineState)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _forge_github_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31632);
/* harmony import */ var _stages_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49074);



/** The PR a review or remediation works on, and the pipeline state hidden in its body. */
async function openPipelineState(ctx) {
    const number = ctx.plan.pr;
    if (number === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the ${ctx.plan.stage} stage needs a pull request: set the \`pr-number\` input, or start it from a pull_request or lailatov-${ctx.plan.stage} event`);
    const pull = await ctx.session.forge.pullByNumber(number);
    if (!pull.headRef.startsWith(_forge_github_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_BRANCH_PREFIX */ .Qj))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`PR #${number} comes from ${pull.headRef}, not an ${_forge_github_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_BRANCH_PREFIX */ .Qj}* branch: LailaTov only works on its own pull requests`);
    const state = (0,_stages_state_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStateMarker */ .Lo)(pull.body);
    if (!state)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`PR #${number} has no LailaTov state marker in its body (was it edited?): re-run the write stage for its issue to restore it`);
    return { pull, state };
}


/***/ }),

/***/ 99339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReview: () => (/* binding */ runReview)
});

// EXTERNAL MODULE: ./src/forge/github/checks.ts
var checks = __webpack_require__(3302);
// EXTERNAL MODULE: ./src/forge/github/errors.ts
var errors = __webpack_require__(70656);
// EXTERNAL MODULE: ./src/forge/github/labels.ts
var labels = __webpack_require__(87716);
// EXTERNAL MODULE: ./src/forge/github/repo.ts
var repo = __webpack_require__(57091);
// EXTERNAL MODULE: ./src/stages/findings.ts
var findings = __webpack_require__(19013);
;// CONCATENATED MODULE: ./src/forge/github/review-poster.ts



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
const THREADS = `query($owner: String!, $name: String!, $pr: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $pr) {
      reviewThreads(first: 100) {
        nodes { id isResolved comments(first: 1) { nodes { body } } }
      }
    }
  }
}`;
const RESOLVE = `mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }`;
async function postReviewRound(octokit, input) {
    const r = { owner: input.repo.owner, repo: input.repo.repo, pull_number: input.pr };
    try {
        const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
            ...r,
            per_page: 100,
        });
        const onLines = new Set(comments.map((c) => FINDING_MARK.exec(c.body)?.[1]).filter((x) => !!x));
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
                    bodyItems.push(`- ${(0,findings/* describeFinding */.jb)(f)}`);
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
            await octokit.rest.pulls.createReview({
                ...r,
                commit_id: input.headSha,
                event: 'COMMENT',
                body,
                comments: lineComments,
            });
        }
        const fixed = new Set(input.findings
            .filter((f) => f.status === 'resolved' && onLines.has(f.fingerprint))
            .map((f) => f.fingerprint));
        let threadsResolved = 0;
        if (fixed.size > 0) {
            const answer = await octokit.graphql(THREADS, {
                owner: input.repo.owner,
                name: input.repo.repo,
                pr: input.pr,
            });
            for (const t of answer.repository?.pullRequest?.reviewThreads.nodes ?? []) {
                const fp = FINDING_MARK.exec(t.comments.nodes[0]?.body ?? '')?.[1];
                if (t.isResolved || !fp || !fixed.has(fp))
                    continue;
                await octokit.graphql(RESOLVE, { id: t.id });
                threadsResolved += 1;
            }
        }
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
        throw (0,errors/* wrapApiError */.N9)(error, {
            repo: (0,repo/* fullName */.fq)(input.repo),
            doing: `posting the review of PR #${input.pr}`,
        });
    }
}

// EXTERNAL MODULE: ./src/stages/ledger.ts
var ledger = __webpack_require__(5478);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/stages/review.ts + 1 modules
var review = __webpack_require__(65809);
// EXTERNAL MODULE: ./src/action/context.ts
var context = __webpack_require__(40645);
// EXTERNAL MODULE: ./src/action/finish.ts + 1 modules
var finish = __webpack_require__(92298);
// EXTERNAL MODULE: ./src/action/progress.ts + 1 modules
var action_progress = __webpack_require__(88302);
// EXTERNAL MODULE: ./src/action/pr-marker.ts
var pr_marker = __webpack_require__(32477);
// EXTERNAL MODULE: ./src/action/stages/pr-state.ts
var pr_state = __webpack_require__(30068);
// EXTERNAL MODULE: ./src/action/stages/report.ts
var report = __webpack_require__(74208);
;// CONCATENATED MODULE: ./src/action/stages/review.ts
// Review on GitHub: the stage's verdict, published as one PR review with inline comments, the
// `LailaTov review` check run and the PR state; then ready for review, remediation or escalation.














const CONCLUSION = {
    clean: 'success',
    findings: 'failure',
    blocked: 'failure',
    // Nothing was judged: neither a pass nor a fail.
    no_changes: 'neutral',
    infra_error: 'neutral',
};
const RISK_LABEL = {
    high: labels/* LABELS */.kg.riskHigh,
    medium: labels/* LABELS */.kg.riskMedium,
    low: labels/* LABELS */.kg.riskLow,
};
async function runReview(ctx) {
    const { deps, forge, config } = ctx.session;
    const { pull, state: start } = await (0,pr_state/* openPipelineState */.Q)(ctx);
    const issue = start.issue;
    Object.assign(ctx.recovery, {
        issue,
        pr: pull.number,
        headSha: pull.headSha,
        branch: pull.headRef,
        correlationId: start.correlationId,
        stages: start.stages,
        round: start.round,
    });
    const progress = new action_progress/* IssueProgress */.D(ctx.octokit, ctx.runner.repo, forge, issue, ctx.runner.runUrl);
    const r = await (0,review/* review */.NQ)(deps, { head: pull.headRef, state: start });
    const state = r.state;
    ctx.recovery.stages = state.stages;
    const headSha = state.reviewedSha ?? pull.headSha;
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
    // Decide what comes next before publishing, so the PR body says it.
    let next;
    let stopReason = '';
    if (r.verdict === 'clean')
        next = 'ready';
    else if (r.verdict === 'findings') {
        const reason = (0,pipeline/* escalationReason */.ch)(deps, state);
        if (reason)
            [next, stopReason] = ['escalated', reason];
        else if ((0,ledger/* budgetLeft */.Lj)(config, state.stages) <= 0)
            [next, stopReason] = [
                'budget_exceeded',
                `the issue budget of $${config.budgets.issue} is spent`,
            ];
        else
            next = 'remediate';
    }
    else
        next = r.verdict;
    const status = next === 'ready'
        ? 'ready for review (a human reviews and merges)'
        : next === 'remediate'
            ? `review round ${state.round}: findings; remediation round ${state.round + 1} is next`
            : `stopped: ${next}`;
    const summary = next === 'escalated' || next === 'budget_exceeded'
        ? (0,pipeline/* escalationSummary */.gV)(stopReason, state, r)
        : why;
    // The marker tells where the progress comment is and which rounds were posted; a PR opened
    // before it existed falls back to reading the issue.
    const marker = (0,pr_marker/* parseMarker */.gY)(pull.body) ?? {
        v: 1,
        stickyId: await progress.stickyId(),
        requestedBy: (await progress.state())?.requestedBy ?? null,
        verdict: null,
        reviewed: [],
        inBody: [],
    };
    const roundKey = `${state.round}@${headSha}`;
    let posted = [];
    if (r.verdict === 'clean' || r.verdict === 'findings') {
        const diff = await forge.diff(state.base, pull.headRef);
        const res = await postReviewRound(ctx.octokit, {
            repo: ctx.runner.repo,
            pr: pull.number,
            headSha,
            round: state.round,
            findings: state.findings,
            summary: r.verdict === 'clean'
                ? `✅ No blocking or major findings. ${r.reasons[0] ?? ''}`
                : `Findings to fix (${open.length} open).`,
            alreadyPosted: marker.reviewed.includes(roundKey),
            inBodyBefore: marker.inBody,
            patches: new Map(diff.map((d) => [d.path, d.patch])),
        });
        posted = res.inBodyPosted;
    }
    forge.setPullBodySuffix((0,pr_marker/* renderMarker */.Bd)({
        ...marker,
        reviewed: [...new Set([...marker.reviewed, roundKey])],
        inBody: [...new Set([...marker.inBody, ...posted])],
    }));
    const prUrl = await (0,pipeline/* publishState */.DF)(deps, state, status, next === 'ready' || next === 'remediate' ? undefined : `## Outcome: ${next}\n\n${summary}`);
    await (0,checks/* publishReviewCheck */.ak)(ctx.octokit, {
        repo: ctx.runner.repo,
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
    const terminal = {
        issue,
        correlationId: state.correlationId,
        stages: state.stages,
        pr: pull.number,
        branch: pull.headRef,
        headSha,
        riskTier: tier,
        checks: state.checks,
        changedFiles: await forge.changedFiles(state.base, pull.headRef),
        findings: state.findings,
        round: state.round,
    };
    const publish = (outcome, note) => marker.stickyId !== null
        ? progress.publish({
            step: outcome === 'ready' ? 'ready' : next === 'remediate' ? 'remediate' : 'review',
            outcome,
            note,
            round: state.round,
            stages: state.stages,
            prUrl,
        }, {
            v: 1,
            correlationId: state.correlationId,
            verdict: marker.verdict,
            stages: state.stages,
            requestedBy: marker.requestedBy,
            pr: pull.number,
            prUrl,
        }, marker.stickyId)
        : Promise.resolve('');
    if (next === 'remediate') {
        await publish(null, `review round ${state.round} found ${open.length} finding(s); fixing them.`);
        await (0,context/* chain */.c)(ctx, 'remediate', {
            issue,
            pr: pull.number,
            round: state.round,
            correlationId: state.correlationId,
        });
        return (0,report/* report */.z)(base, {
            ...shared,
            outcome: 'findings',
            why: `${why}\n\nRemediation round ${state.round + 1} was dispatched.`,
        });
    }
    if (next === 'ready') {
        await forge.markReady(pull.headRef);
        const reviewer = marker.requestedBy;
        if (r.risk?.humanApprovalRequired && reviewer) {
            try {
                await ctx.octokit.rest.pulls.requestReviewers({
                    ...ctx.runner.repo,
                    pull_number: pull.number,
                    reviewers: [reviewer],
                });
            }
            catch (error) {
                throw (0,errors/* wrapApiError */.N9)(error, {
                    repo: (0,repo/* fullName */.fq)(ctx.runner.repo),
                    doing: `requesting a review from ${reviewer}`,
                });
            }
        }
    }
    await publish(next, next === 'ready' ? 'the PR is ready for a human review.' : (summary.split('\n')[0] ?? ''));
    await (0,finish/* finishPipeline */.or)(ctx, { ...terminal, outcome: next, summary });
    return (0,report/* report */.z)(base, {
        ...shared,
        outcome: next,
        why: summary,
        failure: next === 'infra_error' || next === 'no_changes' ? `review ended with ${next}: ${why}` : null,
    });
}


/***/ }),

/***/ 3302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ak: () => (/* binding */ publishReviewCheck)
/* harmony export */ });
/* unused harmony exports REVIEW_CHECK_NAME, annotationsOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70656);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57091);


const REVIEW_CHECK_NAME = 'LailaTov review';
/** GitHub takes at most 50 annotations per create/update request. */
const ANNOTATIONS_PER_REQUEST = 50;
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
/** Creates the completed check run, then adds annotations beyond the first 50 in batches. */
async function publishReviewCheck(octokit, input) {
    const r = { owner: input.repo.owner, repo: input.repo.repo };
    const all = annotationsOf(input.findings);
    const output = (annotations) => ({
        title: input.title,
        summary: input.summary.slice(0, 65_000),
        annotations,
    });
    try {
        const { data } = await octokit.rest.checks.create({
            ...r,
            name: REVIEW_CHECK_NAME,
            head_sha: input.headSha,
            status: 'completed',
            conclusion: input.conclusion,
            ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
            output: output(all.slice(0, ANNOTATIONS_PER_REQUEST)),
        });
        for (let i = ANNOTATIONS_PER_REQUEST; i < all.length; i += ANNOTATIONS_PER_REQUEST) {
            await octokit.rest.checks.update({
                ...r,
                check_run_id: data.id,
                output: output(all.slice(i, i + ANNOTATIONS_PER_REQUEST)),
            });
        }
        return { id: data.id, url: data.html_url ?? '' };
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, { repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .fq)(input.repo), doing: 'publishing the review check' });
    }
}


/***/ })

};
