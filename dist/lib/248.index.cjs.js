"use strict";
exports.id = 248;
exports.ids = [248];
exports.modules = {

/***/ 87500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nm: () => (/* binding */ markUsed),
/* harmony export */   h8: () => (/* binding */ parseLedger),
/* harmony export */   uq: () => (/* binding */ nonceRefusal),
/* harmony export */   v8: () => (/* binding */ issueNonce)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The one-time nonce of a chaining dispatch. repository_dispatch can be sent by any workflow
// that holds a token with contents: write, and arrives as github-actions[bot] like the suite's
// own: the sender alone proves nothing. So the stage that chains writes a fresh nonce into the
// state it owns (the issue's progress comment, the PR body) before it dispatches, and the next
// stage runs only for that nonce, once. The nonce is not a secret (the state is readable): it is
// a ticket for the one run the suite itself asked for. A re-run of the workflow run that used it
// (same run id, next attempt, which takes write permission) may use it again.

/** How many used nonces are kept (for re-runs of the runs that used them). */
const KEEP_USED = 10;
const STAGES = ['triage', 'write', 'review', 'remediate'];
/** The ledger with a fresh nonce pending for `stage` (any earlier pending one is dropped). */
function issueNonce(ledger, stage) {
    return { pending: { nonce: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(), stage }, used: ledger?.used ?? [] };
}
function ticket(value) {
    if (typeof value !== 'object' || value === null)
        return null;
    const v = value;
    if (typeof v.nonce !== 'string' || typeof v.stage !== 'string' || !STAGES.includes(v.stage))
        return null;
    return { nonce: v.nonce, stage: v.stage };
}
/** The ledger read back from state others can edit: checked, not cast. */
function parseLedger(value) {
    if (typeof value !== 'object' || value === null)
        return null;
    const v = value;
    const used = Array.isArray(v.used)
        ? v.used.flatMap((u) => {
            const t = ticket(u);
            const run = u.run;
            return t && typeof run === 'string' ? [{ ...t, run }] : [];
        })
        : [];
    return { pending: ticket(v.pending), used };
}
/** Why a dispatch for `got.stage` with `got.nonce` may not run in run `runId`; null: it may. */
function nonceRefusal(ledger, got, runId) {
    const why = (what) => `ignored: this ${got.stage} dispatch ${what}; only the nonce the previous stage wrote into ${got.where} starts the next stage, once.`;
    if (got.nonce === null)
        return why('carries no nonce');
    const same = (t) => t.nonce === got.nonce && t.stage === got.stage;
    if (ledger?.pending && same(ledger.pending))
        return null;
    const used = ledger?.used.find(same);
    if (used === undefined)
        return why('carries an unknown nonce');
    return used.run === runId ? null : why(`carries a nonce already used by run ${used.run}`);
}
/** The ledger after run `runId` used `nonce` (nonceRefusal allowed it). */
function markUsed(ledger, nonce, runId) {
    const pending = ledger.pending?.nonce === nonce ? null : ledger.pending;
    const ticketOf = ledger.pending?.nonce === nonce ? ledger.pending : null;
    const used = ticketOf
        ? [...ledger.used, { ...ticketOf, run: runId }].slice(-KEEP_USED)
        : ledger.used;
    return { pending, used };
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
/* harmony import */ var _dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87500);

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
/** The marker, or null when it is missing or not ours (a human edited the body). */
function parseMarker(body) {
    const m = RE.exec(body);
    if (!m?.[1])
        return null;
    try {
        const v = JSON.parse(m[1]);
        if (v.v !== 1 || !Array.isArray(v.reviewed) || !Array.isArray(v.inBody))
            return null;
        return {
            v: 1,
            stickyId: typeof v.stickyId === 'number' ? v.stickyId : null,
            requestedBy: typeof v.requestedBy === 'string' ? v.requestedBy : null,
            verdict: v.verdict ?? null,
            reviewed: v.reviewed.filter((x) => typeof x === 'string'),
            inBody: v.inBody.filter((x) => typeof x === 'string'),
            dispatch: (0,_dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLedger */ .h8)(v.dispatch),
            origin: parseOrigin(v.origin),
            ...(Array.isArray(v.feedback) && {
                feedback: v.feedback.filter((x) => typeof x === 'string'),
            }),
        };
    }
    catch {
        return null;
    }
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

/***/ 10875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   en: () => (/* binding */ sourceLabel)
/* harmony export */ });
/* unused harmony exports RISK_TIERS, agentTaskDispatch, toRiskTier, actorKeys, actorAllowed */
/* harmony import */ var _github_events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4254);
// The `agent-task` repository_dispatch the relay sends: the predecessor's client_payload
// (src/github/events.ts reads it), plus where the task lives so the actions can answer there.
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