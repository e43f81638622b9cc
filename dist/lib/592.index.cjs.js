"use strict";
exports.id = 592;
exports.ids = [592,371];
exports.modules = {

/***/ 80246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l1: () => (/* binding */ planNeeded),
/* harmony export */   yK: () => (/* binding */ postPlan)
/* harmony export */ });
/* unused harmony export PLAN_KEY */
/* harmony import */ var _forge_github_comments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39785);
/* harmony import */ var _stages_deps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16953);
/* harmony import */ var _stages_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93608);
/* harmony import */ var _stages_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74208);




const PLAN_KEY = 'plan';
/** Whether write must wait for an approved plan: always, never, or for high-risk work. */
function planNeeded(config, verdict, task) {
    if (config.planApproval === 'always')
        return true;
    if (config.planApproval === 'never')
        return false;
    return verdict?.complexity === 'high' || task?.riskTier === 'high';
}
/** Makes the plan (or revises the last one), posts it, labels the issue and keeps it in the state. */
async function postPlan(ctx, o) {
    const { deps, forge, config } = ctx.session;
    const number = o.issue.number;
    const verdict = o.prior?.verdict ?? { acceptanceCriteria: [] };
    const previous = o.prior?.plan?.text;
    const revision = o.changes && previous ? { previous, changes: o.changes.text, by: o.changes.by } : undefined;
    const before = o.state.stages;
    const base = { issue: number, correlationId: o.state.correlationId, before, round: 0 };
    let text;
    let stages;
    try {
        const p = await (0,_stages_write_js__WEBPACK_IMPORTED_MODULE_2__/* .makePlan */ .Cs)(deps, o.issue, verdict, revision);
        [text, stages] = [p.plan, [...before, p.state]];
    }
    catch (e) {
        const outcome = (0,_stages_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .failureOutcome */ .vi)(e);
        stages = [...before, (0,_stages_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .failedStage */ .g4)('plan', config.models.write, outcome, 0, (0,_stages_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .spentBy */ .M2)(e))];
        await o.progress.publish({
            step: 'write',
            outcome,
            note: `the plan failed: ${(0,_stages_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(e)}`,
            round: 0,
            stages,
            prUrl: null,
        }, { ...o.state, stages, writing: null });
        return (0,_stages_report_js__WEBPACK_IMPORTED_MODULE_3__/* .report */ .z)({ ...base, stages }, { outcome, why: `The plan failed (${outcome}): ${(0,_stages_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(e)}`, failure: (0,_stages_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(e) });
    }
    const m = ctx.inputs.mention;
    await (0,_forge_github_comments_js__WEBPACK_IMPORTED_MODULE_0__/* .upsertStickyComment */ .qD)(ctx.octokit, {
        repo: ctx.runner.repo,
        issueNumber: number,
        key: PLAN_KEY,
        body: [
            `### LailaTov's plan for #${number}${revision ? ' (revised)' : ''}`,
            '',
            text,
            '',
            `A writer approves it with \`${m} approve\` (the change is then written from it), or asks for changes with \`${m} plan <what to change>\`.`,
        ].join('\n'),
    });
    await forge.addLabels(number, [config.labels.planPending]);
    await o.progress.publish({
        step: 'write',
        outcome: null,
        note: `a plan was posted; waiting for a writer's \`${m} approve\`.`,
        round: 0,
        stages,
        prUrl: o.state.prUrl,
    }, { ...o.state, stages, writing: null, plan: { text, approvedBy: null } });
    return (0,_stages_report_js__WEBPACK_IMPORTED_MODULE_3__/* .report */ .z)({ ...base, stages }, {
        outcome: 'plan_posted',
        why: `The plan was posted on #${number}; write waits for a writer's approval.`,
    });
}


/***/ }),

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

/***/ 88371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runWrite: () => (/* binding */ runWrite)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _forge_github_events_parse_event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42783);
/* harmony import */ var _forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70656);
/* harmony import */ var _forge_github_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57091);
/* harmony import */ var _stages_context_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(92088);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2225);
/* harmony import */ var _stages_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93608);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40645);
/* harmony import */ var _dispatch_claim_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13439);
/* harmony import */ var _dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(87500);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83699);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(88302);
/* harmony import */ var _pr_marker_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32477);
/* harmony import */ var _task_status_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(60248);
/* harmony import */ var _relay_payload_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(10875);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(74208);
/* harmony import */ var _commands_plan_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(80246);
// Write on GitHub: the agent branch in the runner's checkout, the push, the draft PR, and the
// dispatch to review. The triage verdict comes from the issue's progress comment.

















/** The verdict a run without triage works from: an agent-task, or write started by hand. */
function untriaged(task) {
    return {
        clear: true,
        confidence: 0,
        question: null,
        defaultAssumption: null,
        why: task
            ? `dispatched as agent-task${task.source ? ` from ${task.source}` : ''}`
            : 'not triaged',
        acceptanceCriteria: [],
        complexity: task?.complexity === 'high' ? 'high' : 'standard',
    };
}
/** An agent-task with no GitHub issue (the ClickUp relay) gets one, so the work has a home. */
async function issueForTask(ctx, task) {
    const origin = (0,_task_status_js__WEBPACK_IMPORTED_MODULE_12__.taskOrigin)(task);
    const from = origin
        ? ` (${(0,_relay_payload_js__WEBPACK_IMPORTED_MODULE_13__/* .sourceLabel */ .en)(origin.source)} ${origin.id}${origin.url ? `: ${origin.url}` : ''})`
        : '';
    try {
        const { data } = await ctx.octokit.rest.issues.create({
            owner: ctx.runner.repo.owner,
            repo: ctx.runner.repo.repo,
            title: task.title,
            body: `${task.description}\n\n_Opened by LailaTov from an agent-task dispatch${from}._`,
        });
        return data.number;
    }
    catch (error) {
        throw (0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .wrapApiError */ .N9)(error, {
            repo: (0,_forge_github_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .fullName */ .fq)(ctx.runner.repo),
            doing: 'opening an issue for the agent-task',
        });
    }
}
async function runWrite(ctx) {
    const { deps, forge, config } = ctx.session;
    const issueNumber = ctx.plan.issue ?? (ctx.plan.task ? await issueForTask(ctx, ctx.plan.task) : null);
    if (issueNumber === null)
        throw new Error('write needs an issue number');
    const progress = new _progress_js__WEBPACK_IMPORTED_MODULE_10__/* .IssueProgress */ .D(ctx.octokit, ctx.runner.repo, forge, issueNumber, ctx.runner.runUrl);
    // A bot's dispatch runs only for the nonce triage wrote, once: before anything is paid for.
    const refused = await (0,_dispatch_claim_js__WEBPACK_IMPORTED_MODULE_7__/* .claimIssueDispatch */ .K)(ctx, progress);
    if (refused !== null)
        return refused;
    const [issue, prior] = await Promise.all([forge.readIssue(issueNumber), progress.state()]);
    const branch = (0,_stages_context_js__WEBPACK_IMPORTED_MODULE_16__/* .agentBranch */ .K1)(issue);
    const correlationId = prior?.correlationId ?? ctx.plan.correlationId ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    // A re-run continues the state of the PR it already opened: one branch, one PR.
    const existing = await (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .loadState */ .C7)(deps, branch);
    // Plan approval: a plan a writer approved is the plan write follows; without one, when the
    // config asks for approval, the plan is posted and write waits.
    const approved = prior?.plan?.approvedBy ? prior.plan.text : null;
    if (existing === null &&
        approved === null &&
        (0,_commands_plan_js__WEBPACK_IMPORTED_MODULE_15__/* .planNeeded */ .l1)(config, prior?.verdict ?? null, ctx.plan.task))
        return (0,_commands_plan_js__WEBPACK_IMPORTED_MODULE_15__/* .postPlan */ .yK)(ctx, {
            issue,
            progress,
            prior,
            state: prior ?? {
                v: 1,
                correlationId,
                verdict: null,
                stages: [],
                requestedBy: (0,_forge_github_events_parse_event_js__WEBPACK_IMPORTED_MODULE_1__/* .isBot */ .w2)(ctx.plan.sender) ? null : ctx.plan.sender.login,
                pr: null,
                prUrl: null,
                dispatch: null,
                writing: null,
            },
        });
    if (approved !== null && issue.labels.includes(config.labels.planPending))
        await forge.removeLabels(issueNumber, [config.labels.planPending]);
    const start = existing ?? {
        ...(0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .initialState */ .ue)(issueNumber, config.baseBranch),
        plan: approved,
        correlationId,
        acceptanceCriteria: prior?.verdict?.acceptanceCriteria ?? [],
        stages: prior?.stages ?? [],
    };
    const before = start.stages;
    // The PR carries where the progress comment is and who asked, for the later stages.
    const stickyId = await progress.stickyId();
    const stickyNode = await progress.stickyNodeId();
    const kept = (0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_11__/* .parseMarker */ .gY)((await forge.pull(branch))?.body ?? '');
    // The review this run dispatches runs only for this nonce.
    const next = (0,_dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_8__/* .issueNonce */ .v8)(kept?.dispatch, 'review');
    forge.setPullBodySuffix((0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_11__/* .renderMarker */ .Bd)({
        v: 1,
        stickyId,
        ...(stickyNode !== null && { stickyNode }),
        requestedBy: prior?.requestedBy ?? kept?.requestedBy ?? null,
        verdict: prior?.verdict ?? kept?.verdict ?? null,
        reviewed: kept?.reviewed ?? [],
        inBody: kept?.inBody ?? [],
        dispatch: next,
        // Where the task came from, for the status the later stages post back there.
        origin: (0,_task_status_js__WEBPACK_IMPORTED_MODULE_12__.taskOrigin)(ctx.plan.task) ?? kept?.origin ?? null,
    }));
    Object.assign(ctx.recovery, {
        issue: issueNumber,
        correlationId: start.correlationId,
        stages: before,
        branch,
    });
    const w = await (0,_stages_write_js__WEBPACK_IMPORTED_MODULE_5__/* .write */ .M9)(deps, {
        issue,
        verdict: prior?.verdict ?? untriaged(ctx.plan.task),
        state: start,
    });
    const state = w.state;
    ctx.recovery.stages = state.stages;
    const base = {
        issue: issueNumber,
        correlationId: state.correlationId,
        stages: state.stages,
        before,
        round: state.round,
    };
    const issueState = {
        v: 1,
        correlationId: state.correlationId,
        verdict: prior?.verdict ?? null,
        stages: prior?.stages ?? [],
        requestedBy: prior?.requestedBy ?? null,
        pr: w.pr?.number ?? prior?.pr ?? null,
        prUrl: w.pr?.url ?? prior?.prUrl ?? null,
        // Write has ended: triage may dispatch another one later (a write with no PR to show).
        dispatch: prior?.dispatch ?? null,
        writing: null,
    };
    const shared = {
        pr: w.pr?.number ?? null,
        prUrl: w.pr?.url ?? null,
        branch,
        details: [`Commits: ${w.commits.length}; files changed: ${w.changedFiles.length}.`],
    };
    if (w.outcome === 'written' && w.pr?.number) {
        await progress.publish({
            step: 'review',
            outcome: null,
            note: `draft PR opened (${w.detail}); reviewing.`,
            round: 0,
            stages: state.stages,
            prUrl: w.pr.url,
        }, issueState);
        await (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .chain */ .c)(ctx, 'review', {
            issue: issueNumber,
            pr: w.pr.number,
            round: state.round,
            correlationId: state.correlationId,
            // The checkout's HEAD is what was pushed (after a rebase, if the push needed one).
            headSha: await ctx.session.workspace.headSha(),
            nonce: next.pending?.nonce ?? null,
        });
        return (0,_report_js__WEBPACK_IMPORTED_MODULE_14__/* .report */ .z)(base, {
            ...shared,
            outcome: 'pr_opened',
            why: `Draft PR opened: ${w.detail}. Review was dispatched.`,
        });
    }
    const outcome = w.outcome === 'written' ? 'infra_error' : w.outcome;
    await progress.publish({ step: 'write', outcome, note: w.detail, round: 0, stages: state.stages, prUrl: shared.prUrl }, issueState);
    await (0,_finish_js__WEBPACK_IMPORTED_MODULE_9__/* .finishPipeline */ .or)(ctx, {
        outcome,
        summary: `Write stopped: ${w.detail}`,
        issue: issueNumber,
        correlationId: state.correlationId,
        stages: state.stages,
        pr: shared.pr,
        branch,
        headSha: w.commits.at(-1)?.sha ?? null,
        riskTier: null,
        checks: state.checks,
        changedFiles: w.changedFiles,
        findings: state.findings,
        round: state.round,
    });
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_14__/* .report */ .z)(base, {
        ...shared,
        outcome,
        why: `Write stopped (${outcome}): ${w.detail}`,
        failure: outcome === 'budget_exceeded' ? null : `write ended with ${outcome}: ${w.detail}`,
    });
}


/***/ }),

/***/ 60248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postTaskStatus: () => (/* binding */ postTaskStatus),
  statusText: () => (/* binding */ statusText),
  taskOrigin: () => (/* binding */ taskOrigin)
});

// EXTERNAL MODULE: ./src/relay/urls.ts
var urls = __webpack_require__(18915);
;// CONCATENATED MODULE: ./src/relay/apis.ts
// The HTTP calls the relay and the actions make to ClickUp, Linear and GitHub, with fetch (it
// runs in Node, Workers and serverless functions alike). A token goes only in its own request's
// Authorization header; no message here ever carries it.

/** A provider answered with an error, or did not answer. `status` 0: no answer. */
class RelayApiError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'RelayApiError';
        Object.setPrototypeOf(this, RelayApiError.prototype);
    }
}
const TIMEOUT_MS = 10_000;
async function call(what, url, init) {
    let res;
    try {
        res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    }
    catch (e) {
        throw new RelayApiError(`${what}: no answer (${e instanceof Error ? e.message : String(e)})`, 0);
    }
    if (!res.ok) {
        const text = (await res.text().catch(() => '')).slice(0, 200);
        throw new RelayApiError(`${what}: HTTP ${res.status}${text ? ` ${text}` : ''}`, res.status);
    }
    return res;
}
const base = (api) => api.url.replace(/\/+$/, '');
const json = { 'content-type': 'application/json', accept: 'application/json' };
/** GET /api/v2/task/{id}: the task's name, description, list, workspace, tags, custom fields. */
async function getClickUpTask(api, taskId) {
    const res = await call(`ClickUp GET task ${taskId}`, `${base(api)}/api/v2/task/${encodeURIComponent(taskId)}`, { method: 'GET', headers: { ...json, authorization: api.token } });
    return res.json();
}
/** POST /api/v2/task/{id}/comment. */
async function postClickUpComment(api, taskId, text) {
    await call(`ClickUp comment on task ${taskId}`, `${base(api)}/api/v2/task/${encodeURIComponent(taskId)}/comment`, {
        method: 'POST',
        headers: { ...json, authorization: api.token },
        body: JSON.stringify({ comment_text: text, notify_all: false }),
    });
}
const LINEAR_COMMENT_MUTATION = 'mutation LailaTovComment($input: CommentCreateInput!) { commentCreate(input: $input) { success } }';
/** Linear's GraphQL `commentCreate` on the issue (a personal API key or `Bearer <OAuth token>`). */
async function postLinearComment(api, issueId, body) {
    const res = await call(`Linear commentCreate on ${issueId}`, `${base(api)}/graphql`, {
        method: 'POST',
        headers: { ...json, authorization: api.token },
        body: JSON.stringify({
            query: LINEAR_COMMENT_MUTATION,
            variables: { input: { issueId, body } },
        }),
    });
    // GraphQL answers 200 with `errors` for a refused mutation.
    const answer = (await res.json());
    if (answer.errors?.length || answer.data?.commentCreate?.success !== true)
        throw new RelayApiError(`Linear commentCreate on ${issueId}: ${answer.errors?.map((e) => e.message).join('; ') || 'not successful'}`, 200);
}
/** POST /repos/{owner}/{repo}/dispatches (repository_dispatch). */
async function sendRepositoryDispatch(api, repo, body) {
    await call(`GitHub repository_dispatch to ${repo}`, `${base(api)}/repos/${repo}/dispatches`, {
        method: 'POST',
        headers: {
            ...json,
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${api.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'lailatov-relay',
        },
        body: JSON.stringify(body),
    });
}

// EXTERNAL MODULE: ./src/relay/payload.ts
var payload = __webpack_require__(10875);
// EXTERNAL MODULE: ./src/action/pr-marker.ts
var pr_marker = __webpack_require__(32477);
;// CONCATENATED MODULE: ./src/action/task-status.ts



/** Where an agent-task came from; null for a task that names no ClickUp task or Linear issue. */
function taskOrigin(task) {
    if (task === null)
        return null;
    const url = task.taskUrl;
    if (task.source === 'linear' && task.sourceId)
        return { source: 'linear', id: task.sourceId, url };
    // The predecessor sent clickup_task_id without a source (its ClickUp relay).
    const clickupId = task.source === 'clickup' ? (task.sourceId ?? task.clickupTaskId) : null;
    const legacy = task.source === null ? task.clickupTaskId : null;
    const id = clickupId ?? legacy;
    return id ? { source: 'clickup', id, url } : null;
}
/** The comment for a stage's outcome; null for a step in between (findings, a round fixed). */
function statusText(r) {
    const pr = r.prUrl ? ` ${r.prUrl}` : '';
    switch (r.outcome) {
        case 'pr_opened':
            return `LailaTov opened a draft pull request:${pr}. It is being reviewed now.`;
        case 'ready':
            return `LailaTov: the pull request is ready for a human review:${pr}`;
        case 'escalated':
        case 'budget_exceeded':
        case 'blocked':
        case 'no_changes':
        case 'incomplete':
        case 'refused':
        case 'infra_error':
        case 'cancelled':
            return `LailaTov stopped (${r.outcome.replace('_', ' ')}); a human takes over.${pr ? ` Pull request:${pr}.` : ''}\n\n${r.why}`;
        default:
            return null;
    }
}
async function originOf(ctx, report) {
    const fromTask = taskOrigin(ctx.plan.task);
    if (fromTask !== null || report.pr === null)
        return fromTask;
    // Review and remediate run from the suite's own dispatches: the PR's marker remembers.
    const { data } = await ctx.octokit.rest.pulls.get({
        owner: ctx.runner.repo.owner,
        repo: ctx.runner.repo.repo,
        pull_number: report.pr,
    });
    return (0,pr_marker/* parseMarker */.gY)(data.body ?? '')?.origin ?? null;
}
async function postTaskStatus(ctx, report) {
    const { clickupToken, linearApiKey, taskApiUrls } = ctx.inputs;
    // No token, no status: the PR is not even read.
    if (clickupToken === null && linearApiKey === null)
        return;
    const text = statusText(report);
    if (text === null)
        return;
    try {
        const origin = await originOf(ctx, report);
        if (origin === null)
            return;
        const where = `${(0,payload/* sourceLabel */.en)(origin.source)} ${origin.id}`;
        if (origin.source === 'clickup') {
            if (clickupToken === null)
                return ctx.logger.warn(`${where}: no clickup-token input, so no status was posted there`);
            await postClickUpComment({ url: taskApiUrls.clickup, token: clickupToken }, origin.id, text);
        }
        else {
            if (linearApiKey === null)
                return ctx.logger.warn(`${where}: no linear-api-key input, so no status was posted there`);
            await postLinearComment({ url: taskApiUrls.linear, token: linearApiKey }, origin.id, text);
        }
        ctx.logger.info(`status posted on ${where}: ${report.outcome}`);
    }
    catch (e) {
        ctx.logger.warn(`the status comment failed: ${e instanceof Error ? e.message : String(e)}`);
    }
}


/***/ }),

/***/ 78434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ OffSandbox),
/* harmony export */   p: () => (/* binding */ SANDBOX_OFF_WARNING)
/* harmony export */ });
const SANDBOX_OFF_WARNING = 'SANDBOX OFF: the agent ran without the OS sandbox (`sandbox: {mode: off}` in ' +
    '.github/lailatov.yml). Its commands could read this job’s process memory and environment, ' +
    'write outside the working tree and reach the network. Only the environment allowlist and the ' +
    'tree gate applied.';
/** `sandbox: {mode: off}`: commands run as they are, and every report says so. */
class OffSandbox {
    mode = 'off';
    jail(root) {
        return Promise.resolve({
            mode: 'off',
            root,
            confine: (file, args, opts) => Promise.resolve({ file, args, env: opts.env }),
        });
    }
    report() {
        return { mode: 'off', summary: SANDBOX_OFF_WARNING, egress: [] };
    }
    close() {
        return Promise.resolve();
    }
}


/***/ }),

/***/ 10875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   en: () => (/* binding */ sourceLabel)
/* harmony export */ });
/* unused harmony exports RISK_TIERS, agentTaskDispatch, toRiskTier, actorKeys, actorAllowed */
/* harmony import */ var _forge_github_events_dispatch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
// The `agent-task` repository_dispatch the relay sends: the predecessor's client_payload
// (src/forge/github/events/parse-event.ts reads it), plus where the task lives so the actions can answer there.
// Pure: no I/O.

const RISK_TIERS = (/* unused pure expression or super */ null && (['high', 'medium', 'low']));
const LABEL = { clickup: 'ClickUp', linear: 'Linear' };
function sourceLabel(source) {
    return LABEL[source];
}
/** The `POST /repos/{o}/{r}/dispatches` body for `task`. */
function agentTaskDispatch(task) {
    return {
        event_type: AGENT_TASK_EVENT_TYPE,
        client_payload: {
            title: task.title,
            description: task.description,
            source: task.source,
            source_id: task.id,
            ...(task.url && { task_url: task.url }),
            // The predecessor's field: workflows written for it keep reading the ClickUp id there.
            ...(task.source === 'clickup' && { clickup_task_id: task.id }),
            ...(task.riskTier && { risk_tier: task.riskTier }),
        },
    };
}
/** A tier named by a person (`High`, ` low `); null for anything else. */
function toRiskTier(value) {
    if (typeof value !== 'string')
        return null;
    const v = value.trim().toLowerCase();
    return RISK_TIERS.includes(v) ? v : null;
}
/** Who tagged or labeled: the ids and email the provider names; empty when it names none. */
function actorKeys(user) {
    if (typeof user !== 'object' || user === null)
        return [];
    const u = user;
    return [u.id, u.email]
        .filter((v) => typeof v === 'string' || typeof v === 'number')
        .map((v) => String(v).toLowerCase());
}
/** Whether `actor` may hand work over: anyone when `users` is null, else one listed. */
function actorAllowed(users, actor) {
    return users === null || users.some((u) => actor.includes(u.toLowerCase()));
}


/***/ })

};
;