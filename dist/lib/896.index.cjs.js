"use strict";
exports.id = 896;
exports.ids = [896];
exports.modules = {

/***/ 40645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ chain)
/* harmony export */ });
/* harmony import */ var _forge_github_events_dispatch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var _forge_github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70656);
/* harmony import */ var _forge_github_repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57091);



/**
 * Starts the next stage: repository_dispatch starts workflows even when sent with GITHUB_TOKEN.
 * The payload names the PR head it was sent for, so a run that starts after the branch moved on
 * skips itself (stale.ts).
 */
async function chain(ctx, stage, 
/** headSha: the PR head the next stage is for (null before there is a PR). */
payload) {
    const { owner, repo } = ctx.runner.repo;
    const { event_type, client_payload } = (0,_forge_github_events_dispatch_js__WEBPACK_IMPORTED_MODULE_0__/* .stageDispatchRequest */ .iI)(stage, payload);
    try {
        await ctx.octokit.rest.repos.createDispatchEvent({
            owner,
            repo,
            event_type,
            client_payload: { ...client_payload },
        });
    }
    catch (error) {
        throw (0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .wrapApiError */ .N9)(error, {
            repo: (0,_forge_github_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .fullName */ .fq)(ctx.runner.repo),
            doing: `starting the ${stage} stage (repository_dispatch)`,
        });
    }
    ctx.logger.info(`dispatched ${stage} for #${payload.issue} (round ${payload.round})`);
}


/***/ }),

/***/ 13439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ claimPullDispatch),
/* harmony export */   K: () => (/* binding */ claimIssueDispatch)
/* harmony export */ });
/* harmony import */ var _dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87500);
/* harmony import */ var _pr_marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32477);


/** nonceRefusal gives a reason whenever there is no ledger or no nonce; this is for the types. */
const refusal = (reason) => ({
    skipped: reason ?? 'ignored: there is no pending dispatch to run',
    outcome: 'ignored',
});
/** Write, dispatched by triage: the nonce lives in the issue's progress comment. */
async function claimIssueDispatch(ctx, progress) {
    const { chained, stage } = ctx.plan;
    if (chained === null)
        return null;
    const state = await progress.state();
    const ledger = state?.dispatch ?? null;
    const { runId } = ctx.runner;
    const refused = (0,_dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_0__/* .nonceRefusal */ .uq)(ledger, { stage, nonce: chained.nonce, where: `the progress comment of #${progress.issue}` }, runId);
    if (refused !== null || state === null || ledger === null || chained.nonce === null)
        return refusal(refused);
    // `writing` tells a re-run of triage that this write is under way (no second dispatch).
    await progress.rewriteState({
        ...state,
        dispatch: (0,_dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_0__/* .markUsed */ .Nm)(ledger, chained.nonce, runId),
        writing: runId,
    });
    return null;
}
/** Review and remediate, dispatched by the stage before: the nonce lives in the PR body. */
async function claimPullDispatch(ctx, pull) {
    const { chained, stage } = ctx.plan;
    if (chained === null)
        return pull;
    const marker = (0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(pull.body);
    const ledger = marker?.dispatch ?? null;
    const { runId } = ctx.runner;
    const refused = (0,_dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_0__/* .nonceRefusal */ .uq)(ledger, { stage, nonce: chained.nonce, where: `the body of PR #${pull.number}` }, runId);
    if (refused !== null || marker === null || ledger === null || chained.nonce === null)
        return refusal(refused);
    const body = (0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .replaceMarker */ .ti)(pull.body, {
        ...marker,
        dispatch: (0,_dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_0__/* .markUsed */ .Nm)(ledger, chained.nonce, runId),
    });
    return ctx.session.forge.updatePullBody(pull, body);
}


/***/ }),

/***/ 32477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ renderMarker),
/* harmony export */   gY: () => (/* binding */ parseMarker),
/* harmony export */   ti: () => (/* binding */ replaceMarker)
/* harmony export */ });
/* unused harmony exports parseOrigin, stripMarker */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _stages_triage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55519);
/* harmony import */ var _dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87500);
// What the GitHub side keeps in the PR body besides the stages' state: where the progress comment
// is, who asked for the work, the triage verdict, which review rounds were posted. Reading it
// back from the PR (read anyway) saves listing the issue's comments and the PR's reviews.



/** The marker's origin, or null when absent or not one of ours. */
function parseOrigin(v) {
    if (typeof v !== 'object' || v === null)
        return null;
    const o = v;
    if ((o.source !== 'clickup' && o.source !== 'linear') || typeof o.id !== 'string' || o.id === '')
        return null;
    return { source: o.source, id: o.id, url: typeof o.url === 'string' ? o.url : null };
}
const RE = /<!-- lailatov:github (\{.*?\}) -->/s;
function renderMarker(m) {
    const json = JSON.stringify(m).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    return `<!-- lailatov:github ${json} -->`;
}
/** A marker of ours whose field a person damaged: the run stops rather than forget what it holds. */
function damaged(field, what) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the PR body's <!-- lailatov:github … --> marker: "${field}" ${what}; restore the marker from the PR body's edit history, or delete it to start the PR's bookkeeping afresh`);
}
function strings(v, field) {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        throw damaged(field, 'must be a list of strings');
    return v;
}
function nullable(v, field, type) {
    if (v === undefined || v === null)
        return null;
    if (typeof v !== type)
        throw damaged(field, `must be a ${type} or null`);
    return v;
}
function verdictOf(v) {
    if (v === undefined || v === null)
        return null;
    const r = _stages_triage_js__WEBPACK_IMPORTED_MODULE_1__/* .triageVerdictSchema */ .PH.safeParse(v);
    if (r.success)
        return r.data;
    const issue = r.error.issues[0];
    throw damaged('verdict', `is not a triage verdict (${issue?.path.join('.')}: ${issue?.message})`);
}
/**
 * The marker, or null when the body has none or it is not ours (no `"v":1`). A marker of ours
 * with a damaged field is a UserError naming it: read as "none", its review rounds would post twice.
 */
function parseMarker(body) {
    const m = RE.exec(body);
    if (!m?.[1])
        return null;
    let parsed;
    try {
        parsed = JSON.parse(m[1]);
    }
    catch (e) {
        throw damaged('JSON', `is not valid JSON (${e.message})`);
    }
    const v = (typeof parsed === 'object' && parsed !== null ? parsed : {});
    if (v.v !== 1)
        return null;
    return {
        v: 1,
        stickyId: nullable(v.stickyId, 'stickyId', 'number'),
        ...(v.stickyNode !== undefined && {
            stickyNode: nullable(v.stickyNode, 'stickyNode', 'string'),
        }),
        requestedBy: nullable(v.requestedBy, 'requestedBy', 'string'),
        verdict: verdictOf(v.verdict),
        reviewed: strings(v.reviewed, 'reviewed'),
        inBody: strings(v.inBody, 'inBody'),
        dispatch: (0,_dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLedger */ .h8)(v.dispatch),
        origin: parseOrigin(v.origin),
        ...(v.feedback !== undefined && { feedback: strings(v.feedback, 'feedback') }),
    };
}
/** The body with its marker replaced by `m` (or `m` added when it has none). */
function replaceMarker(body, m) {
    const rendered = renderMarker(m);
    return RE.test(body)
        ? body.replace(RE, () => rendered)
        : `${body.replace(/\s+$/, '')}\n${rendered}\n`;
}
function stripMarker(body) {
    return body.replace(new RegExp(RE.source, 'gs'), '').replace(/\s+$/, '');
}


/***/ }),

/***/ 46150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qv: () => (/* binding */ openPipelineState),
  z$: () => (/* binding */ publishPrProgress),
  g5: () => (/* binding */ terminalOf)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/forge/github/workspace.ts + 2 modules
var workspace = __webpack_require__(31632);
// EXTERNAL MODULE: ./src/stages/state.ts
var state = __webpack_require__(49074);
// EXTERNAL MODULE: ./src/action/dispatch-claim.ts
var dispatch_claim = __webpack_require__(13439);
// EXTERNAL MODULE: ./src/action/pr-marker.ts
var pr_marker = __webpack_require__(32477);
// EXTERNAL MODULE: ./src/action/progress.ts + 1 modules
var action_progress = __webpack_require__(88302);
;// CONCATENATED MODULE: ./src/action/stale.ts
// A run started for a PR head (a human push, or a stage-chaining dispatch) may begin after the
// branch moved on (another push, a remediation) or after a newer round ran. Acting then would
// review or fix code that is no longer there, and race the run started for the new head; so the
// run is skipped, with a notice, before it changes anything. Pure.
/** Why the run is stale, for the summary; null when it is current. */
function staleReason(startedFor, now) {
    if (startedFor === null)
        return null;
    const short = (sha) => sha.slice(0, 12);
    if (startedFor.headSha !== now.headSha)
        return `stale: this run was started for ${short(startedFor.headSha)}, but PR #${now.pr} has moved on to ${short(now.headSha)}; the run started for that head does the work.`;
    if (startedFor.round !== null && now.round > startedFor.round)
        return `stale: this run was started for round ${startedFor.round}, but PR #${now.pr} is at round ${now.round} already.`;
    return null;
}

;// CONCATENATED MODULE: ./src/action/stages/pr-state.ts
// What review and remediate share: the agent PR and the pipeline state in its body (a run that
// is no longer current stops here, before it changes anything), the progress comment edited by
// the id the PR marker keeps, and the terminal record.







/** The PR a review or remediation works on and its state, or why this run has nothing to do. */
async function openPipelineState(ctx) {
    const number = ctx.plan.pr;
    if (number === null)
        throw new errors/* UserError */.y(`the ${ctx.plan.stage} stage needs a pull request: set the \`pr-number\` input, or start it from a pull_request or lailatov-${ctx.plan.stage} event`);
    const { forge } = ctx.session;
    const read = await forge.pullByNumber(number);
    if (!read.headRef.startsWith(workspace/* AGENT_BRANCH_PREFIX */.Qj))
        throw new errors/* UserError */.y(`PR #${number} comes from ${read.headRef}, not an ${workspace/* AGENT_BRANCH_PREFIX */.Qj}* branch: LailaTov only works on its own pull requests`);
    if (!read.open)
        return { skipped: `PR #${number} is closed: there is nothing to do on it.` };
    // A writer's `stop` holds until someone removes the label.
    const stopped = ctx.session.config.labels.stopped;
    if (forge.labelsOf(number).includes(stopped))
        return {
            skipped: `PR #${number} is labeled ${stopped} (a writer's \`stop\`): remove the label to let the suite work on it again.`,
            outcome: 'ignored',
        };
    const start = (0,state/* parseStateMarker */.Lo)(read.body);
    if (!start)
        throw new errors/* UserError */.y(`PR #${number} has no LailaTov state marker in its body (was it edited?): re-run the write stage for its issue to restore it`);
    // A damaged GitHub marker fails here, before a check run starts or a model is paid; the stages
    // read it again from the body the dispatch claim may have updated.
    (0,pr_marker/* parseMarker */.gY)(read.body);
    const headSha = await forge.resolveRef(read.headRef);
    const stale = staleReason(ctx.plan.startedFor, { pr: number, headSha, round: start.round });
    if (stale !== null)
        return { skipped: stale };
    // A bot's dispatch runs only for the nonce the previous stage wrote, once.
    const pull = await (0,dispatch_claim/* claimPullDispatch */.I)(ctx, read);
    if ('skipped' in pull)
        return pull;
    Object.assign(ctx.recovery, {
        issue: start.issue,
        pr: pull.number,
        headSha,
        branch: pull.headRef,
        correlationId: start.correlationId,
        stages: start.stages,
        round: start.round,
    });
    const progress = new action_progress/* IssueProgress */.D(ctx.octokit, ctx.runner.repo, forge, start.issue, ctx.runner.runUrl);
    return { pull, headSha, start, progress };
}
/** Edits the issue's progress comment by the id the PR marker keeps (none known: no edit). */
async function publishPrProgress(run, marker, view, 
/** Queue the edit in this batch when the marker knows the comment's node id. */
batch = null) {
    const stickyId = marker?.stickyId ?? null;
    if (marker === null || stickyId === null)
        return;
    const { state, prUrl } = view;
    await run.progress.publish({
        step: view.step,
        outcome: view.outcome,
        note: view.note,
        round: state.round,
        stages: state.stages,
        prUrl,
    }, {
        v: 1,
        correlationId: state.correlationId,
        verdict: marker.verdict,
        stages: state.stages,
        requestedBy: marker.requestedBy,
        pr: run.pull.number,
        prUrl,
    }, stickyId, batch && marker.stickyNode ? { mutations: batch, nodeId: marker.stickyNode } : null);
}
/** The terminal record of a PR stage: what the state says, plus the files changed on the PR. */
async function terminalOf(ctx, run, state, t) {
    return {
        ...t,
        issue: state.issue,
        correlationId: state.correlationId,
        stages: state.stages,
        pr: run.pull.number,
        branch: run.pull.headRef,
        checks: state.checks,
        changedFiles: await ctx.session.forge.changedFiles(state.base, run.pull.headRef),
        findings: state.findings,
        round: state.round,
    };
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