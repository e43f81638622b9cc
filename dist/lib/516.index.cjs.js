"use strict";
exports.id = 516;
exports.ids = [516];
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

/***/ 88302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ IssueProgress)
});

// UNUSED EXPORTS: PROGRESS_KEY

// EXTERNAL MODULE: ./src/forge/github/comments.ts
var github_comments = __webpack_require__(39785);
// EXTERNAL MODULE: ./src/forge/github/errors.ts
var errors = __webpack_require__(70656);
// EXTERNAL MODULE: ./src/forge/github/repo.ts
var repo = __webpack_require__(57091);
;// CONCATENATED MODULE: ./src/forge/github/state-marker.ts
// The pipeline state hidden in the PR body: JSON between `<!-- lailatov:state` and `-->`.
// Anyone who can edit the body can break it, so reading never throws and writing always leaves
// exactly one well-formed marker, whatever the body held before.
const OPEN = '<!-- lailatov:state';
const CLOSE = '-->';
/** The state is small (ids, round, ledger); a bigger one is an attack or a bug. */
const MAX_STATE_CHARS = 16_384;
/**
 * Reads the state. `validate` turns the parsed JSON into T or throws (e.g. a zod schema's
 * `parse`); its message becomes the reason. Several markers, an unterminated one, bad JSON or an
 * oversized one are all `invalid`, so the caller can fall back to re-deriving the state.
 */
function readPrState(body, validate) {
    const text = body ?? '';
    const first = text.indexOf(OPEN);
    if (first === -1)
        return { status: 'missing' };
    if (text.indexOf(OPEN, first + OPEN.length) !== -1) {
        return { status: 'invalid', reason: 'the body holds more than one state marker' };
    }
    const start = first + OPEN.length;
    const end = text.indexOf(CLOSE, start);
    if (end === -1)
        return { status: 'invalid', reason: 'the state marker is not closed with -->' };
    const raw = text.slice(start, end).trim();
    if (raw.length > MAX_STATE_CHARS) {
        return {
            status: 'invalid',
            reason: `the state is ${raw.length} characters, over ${MAX_STATE_CHARS}`,
        };
    }
    let json;
    try {
        json = JSON.parse(raw);
    }
    catch (error) {
        return { status: 'invalid', reason: `the state is not JSON (${error.message})` };
    }
    try {
        return { status: 'ok', value: validate(json) };
    }
    catch (error) {
        return {
            status: 'invalid',
            reason: `the state does not validate: ${error.message}`,
        };
    }
}
/** JSON that cannot close or open an HTML comment: `<` and `>` are escaped as JSON allows. */
function encode(state) {
    const json = JSON.stringify(state);
    if (json === undefined)
        throw new TypeError('PR state must be JSON-serialisable');
    const safe = json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    if (safe.length > MAX_STATE_CHARS) {
        throw new RangeError(`PR state is ${safe.length} characters, over ${MAX_STATE_CHARS}`);
    }
    return safe;
}
/** Removes every marker, closed or not (an unclosed one loses only its opening token). */
function stripPrState(body) {
    let out = body;
    for (;;) {
        const start = out.indexOf(OPEN);
        if (start === -1)
            break;
        const end = out.indexOf(CLOSE, start + OPEN.length);
        out =
            end === -1
                ? out.slice(0, start) + out.slice(start + OPEN.length)
                : out.slice(0, start) + out.slice(end + CLOSE.length);
    }
    return out.replace(/\s+$/, '');
}
/** The body with exactly one marker holding `state`, at the end. */
function writePrState(body, state) {
    const visible = stripPrState(body ?? '');
    const marker = `${OPEN}\n${encode(state)}\n${CLOSE}`;
    return visible === '' ? marker : `${visible}\n\n${marker}`;
}

// EXTERNAL MODULE: ./src/forge/github/summary.ts
var summary = __webpack_require__(30363);
// EXTERNAL MODULE: ./src/action/dispatch-nonce.ts
var dispatch_nonce = __webpack_require__(87500);
;// CONCATENATED MODULE: ./src/action/progress.ts






const PROGRESS_KEY = 'progress';
function validate(v) {
    const s = v;
    if (!s || s.v !== 1 || typeof s.correlationId !== 'string' || !Array.isArray(s.stages))
        throw new Error('not a LailaTov issue state');
    return {
        ...s,
        dispatch: (0,dispatch_nonce/* parseLedger */.h8)(s.dispatch),
        writing: typeof s.writing === 'string' ? s.writing : null,
        plan: parsePlan(s.plan),
    };
}
function parsePlan(v) {
    const p = v;
    if (!p || typeof p.text !== 'string')
        return null;
    return { text: p.text, approvedBy: typeof p.approvedBy === 'string' ? p.approvedBy : null };
}
class IssueProgress {
    octokit;
    repo;
    forge;
    issue;
    runUrl;
    constructor(octokit, repo, forge, issue, runUrl) {
        this.octokit = octokit;
        this.repo = repo;
        this.forge = forge;
        this.issue = issue;
        this.runUrl = runUrl;
    }
    async sticky() {
        const marker = (0,github_comments/* stickyMarker */.YL)(PROGRESS_KEY);
        const comments = await this.forge.issueComments(this.issue);
        // Only a bot (an App or the workflow token) can post as `[bot]`: a person's comment that
        // imitates the marker does not become the issue's state.
        return comments.find((c) => c.author.endsWith('[bot]') && c.body.startsWith(marker)) ?? null;
    }
    /** The id of the progress comment, from the issue's comments (null: none yet). */
    async stickyId() {
        return (await this.sticky())?.id ?? null;
    }
    /** The progress comment's node id (null: none yet, or not known). */
    async stickyNodeId() {
        return (await this.sticky())?.nodeId ?? null;
    }
    async state() {
        const c = await this.sticky();
        if (!c)
            return null;
        const read = readPrState(c.body, validate);
        return read.status === 'ok' ? read.value : null;
    }
    /** Rewrites only the state of the existing comment (its text stays); false when there is none. */
    async rewriteState(state) {
        const existing = await this.sticky();
        if (!existing)
            return false;
        const body = writePrState(existing.body, state);
        try {
            await this.octokit.rest.issues.updateComment({
                owner: this.repo.owner,
                repo: this.repo.repo,
                comment_id: existing.id,
                body,
            });
        }
        catch (error) {
            throw (0,errors/* wrapApiError */.N9)(error, {
                repo: (0,repo/* fullName */.fq)(this.repo),
                doing: `updating the progress comment on #${this.issue}`,
            });
        }
        this.forge.rememberComment(this.issue, { ...existing, body });
        return true;
    }
    /** Creates or edits the sticky comment; an unchanged body costs no write. */
    async publish(view, state, 
    /** The comment's id when known (from the PR marker): edited without reading the issue. */
    knownId = null, 
    /** Its node id and a batch: the edit is queued there (GraphQL's updateIssueComment). */
    queue = null) {
        const body = writePrState(`${(0,github_comments/* stickyMarker */.YL)(PROGRESS_KEY)}\n${(0,summary/* renderProgress */.EY)({ ...view, issue: this.issue, runUrl: this.runUrl })}`, state);
        if (queue) {
            queue.mutations.add({
                field: 'updateIssueComment',
                inputType: 'UpdateIssueCommentInput',
                input: { id: queue.nodeId, body },
                select: 'issueComment { id }',
                doing: `updating the progress comment on #${this.issue}`,
            });
            return null;
        }
        const r = { owner: this.repo.owner, repo: this.repo.repo };
        try {
            if (knownId !== null) {
                const { data } = await this.octokit.rest.issues.updateComment({
                    ...r,
                    comment_id: knownId,
                    body,
                });
                return data.html_url;
            }
            const existing = await this.sticky();
            if (existing?.body === body)
                return existing.url;
            const { data } = existing
                ? await this.octokit.rest.issues.updateComment({ ...r, comment_id: existing.id, body })
                : await this.octokit.rest.issues.createComment({ ...r, issue_number: this.issue, body });
            this.forge.rememberComment(this.issue, {
                id: data.id,
                nodeId: data.node_id,
                body,
                author: data.user?.login ?? '',
                url: data.html_url,
            });
            return data.html_url;
        }
        catch (error) {
            throw (0,errors/* wrapApiError */.N9)(error, {
                repo: (0,repo/* fullName */.fq)(this.repo),
                doing: `updating the progress comment on #${this.issue}`,
            });
        }
    }
}


/***/ }),

/***/ 74208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ report)
/* harmony export */ });
/* harmony import */ var _core_outcomes_view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69084);

/** A StageReport with this run's cost worked out from the ledger. */
function report(base, rest) {
    const after = (0,_core_outcomes_view_js__WEBPACK_IMPORTED_MODULE_0__/* .totalsOf */ .vA)(base.stages).costUsd;
    const prior = (0,_core_outcomes_view_js__WEBPACK_IMPORTED_MODULE_0__/* .totalsOf */ .vA)(base.before).costUsd;
    const cost = after === null || prior === null ? null : Math.round((after - prior) * 1e6) / 1e6;
    return {
        issue: base.issue,
        pr: null,
        prUrl: null,
        branch: null,
        riskTier: null,
        findings: 0,
        round: base.round,
        correlationId: base.correlationId,
        details: [],
        failure: null,
        ...rest,
        stages: base.stages,
        runCostUsd: cost,
    };
}


/***/ }),

/***/ 31460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ costTable),
  d: () => (/* binding */ usd)
});

// EXTERNAL MODULE: ./src/core/outcomes/view.ts
var view = __webpack_require__(69084);
;// CONCATENATED MODULE: ./src/core/markdown-table.ts
// Markdown table cells that hold whatever a log or a config says: a `|` or a newline in a name
// must not split the row, nor a backtick end its code span.
/** One table row; each cell on one line, its pipes escaped (GFM reads `\|` as a literal pipe). */
function tableRow(cells) {
    return `| ${cells.map((c) => String(c).replace(/\s+/g, ' ').replace(/\|/g, '\\|')).join(' | ')} |`;
}
/**
 * `text` as an inline code span that no backtick inside it can end: the fence is one backtick
 * longer than the longest run in the text, padded with a space where the text starts or ends
 * with one (CommonMark strips one space on each side).
 */
function codeSpan(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}

// EXTERNAL MODULE: ./src/core/usage.ts
var usage = __webpack_require__(14528);
;// CONCATENATED MODULE: ./src/core/cost/cost-table.ts



/** A cost as the tables show it: 4 decimals, and "unknown" (never $0) when it could not be priced. */
function usd(v) {
    return v === null ? 'unknown' : `$${v.toFixed(4)}`;
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
/** A chain link's sub-row under its stage: its own engine, model, cost, tokens and outcome. */
function linkRow(l, index) {
    return tableRow([
        `↳ link ${index + 1}`,
        l.engine,
        codeSpan(l.model),
        usd(l.costUsd),
        (0,usage/* totalTokens */.RP)(l.tokens),
        l.turns,
        seconds(l.durationMs),
        l.outcome,
    ]);
}
/**
 * The per-stage cost table, with a total row. An unknown price shows as "unknown", never $0.
 * A stage that ran an engine chain has one sub-row per link (the stage's row is their sum).
 */
function costTable(stages) {
    const rows = stages.flatMap((s) => [
        tableRow([
            s.stage,
            s.engine,
            codeSpan(s.model),
            usd(s.costUsd),
            (0,usage/* totalTokens */.RP)(s.tokens),
            s.turns,
            seconds(s.durationMs),
            s.outcome,
        ]),
        ...(s.links ?? []).map(linkRow),
    ]);
    const t = (0,view/* totalsOf */.vA)(stages);
    return [
        '| Stage | Engine | Model | Cost | Tokens | Turns | Duration | Outcome |',
        '|---|---|---|---|---|---|---|---|',
        ...rows,
        `| **Total** | | | **${usd(t.costUsd)}** | ${(0,usage/* totalTokens */.RP)(t.tokens)} | ${t.turns} | ${seconds(t.durationMs)} | |`,
    ].join('\n');
}


/***/ }),

/***/ 35550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ ModelRefusalError),
/* harmony export */   NH: () => (/* binding */ StructuredOutputError),
/* harmony export */   oh: () => (/* binding */ ModelApiError)
/* harmony export */ });
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28262);

/** Errors of the Model port carry the calls already made, so their cost is not lost. */
class ModelError extends Error {
    calls;
    usage;
    costUsd;
    constructor(message, calls) {
        super(message);
        this.calls = calls;
        const sum = (0,_usage_js__WEBPACK_IMPORTED_MODULE_0__/* .sumCalls */ .$)(calls);
        this.usage = sum.usage;
        this.costUsd = sum.costUsd;
    }
}
/** The output was invalid twice (first answer and repair). `fields` names the failing paths. */
class StructuredOutputError extends ModelError {
    toolName;
    fields;
    issues;
    constructor(toolName, fields, issues, calls) {
        super(`the model's ${toolName} output was invalid twice; failing fields: ${fields.join(', ')} ` +
            `(${issues.join('; ')})`, calls);
        this.toolName = toolName;
        this.fields = fields;
        this.issues = issues;
        this.name = 'StructuredOutputError';
        Object.setPrototypeOf(this, StructuredOutputError.prototype);
    }
}
/** The API call failed after the SDK's retries. `infra` tells the fallback chain to move on. */
class ModelApiError extends ModelError {
    detail;
    infra;
    constructor(detail, infra, calls, options) {
        super(`model call failed: ${detail}`, calls);
        this.detail = detail;
        this.infra = infra;
        if (options?.cause !== undefined)
            this.cause = options.cause;
        this.name = 'ModelApiError';
        Object.setPrototypeOf(this, ModelApiError.prototype);
    }
}
/** The model refused to answer (stop_reason `refusal`): a verdict of the model, not an outage. */
class ModelRefusalError extends ModelError {
    toolName;
    constructor(toolName, calls) {
        super(`the model refused to give its ${toolName} answer (stop_reason refusal)`, calls);
        this.toolName = toolName;
        this.name = 'ModelRefusalError';
        Object.setPrototypeOf(this, ModelRefusalError.prototype);
    }
}


/***/ }),

/***/ 28262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ sumCalls)
/* harmony export */ });
function sumCalls(calls) {
    const usage = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
    let cost = 0;
    for (const c of calls) {
        usage.input += c.tokens.input;
        usage.output += c.tokens.output;
        usage.cacheRead += c.tokens.cacheRead;
        usage.cacheWrite += c.tokens.cacheWrite;
        cost = cost === null || c.costUsd === null ? null : cost + c.costUsd;
    }
    return { usage, costUsd: cost };
}


/***/ }),

/***/ 30363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ renderProgress),
/* harmony export */   VF: () => (/* binding */ renderStageSummary)
/* harmony export */ });
/* unused harmony export PIPELINE_STEPS */
/* harmony import */ var _core_cost_cost_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31460);
/* harmony import */ var _core_outcomes_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69084);


const PIPELINE_STEPS = ['triage', 'write', 'review', 'remediate', 'ready'];
function box(step, view) {
    const at = PIPELINE_STEPS.indexOf(view.step);
    const me = PIPELINE_STEPS.indexOf(step);
    if (me < at || (me === at && view.outcome === 'ready'))
        return '- [x]';
    if (me === at)
        return view.outcome === null ? '- [ ] ⏳' : '- [ ] ⛔';
    return '- [ ]';
}
/** The sticky comment: a stage checklist, links, and the cost so far. */
function renderProgress(view) {
    const label = {
        triage: 'Triage',
        write: 'Write the change and open a draft PR',
        review: `Review${view.round > 0 ? ` (round ${view.round})` : ''}`,
        remediate: `Fix review findings${view.round > 0 ? ` (round ${view.round})` : ''}`,
        ready: 'Ready for a human review',
    };
    const lines = [
        `### 🌙 LailaTov is working on #${view.issue}`,
        '',
        ...PIPELINE_STEPS.map((s) => `${box(s, view)} ${label[s]}`),
        '',
        view.outcome === null ? `**Now:** ${view.note}` : `**Outcome: ${view.outcome}.** ${view.note}`,
        '',
        `**Cost so far:** ${(0,_core_cost_cost_table_js__WEBPACK_IMPORTED_MODULE_0__/* .usd */ .d)((0,_core_outcomes_view_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsOf */ .vA)(view.stages).costUsd)} · [workflow run](${view.runUrl})${view.prUrl ? ` · [pull request](${view.prUrl})` : ''}`,
    ];
    return lines.join('\n');
}
/** The sandbox section: loud when there was none, and the hosts it refused either way. */
function sandboxSection(r) {
    const refused = r.egress.filter((e) => !e.allowed);
    return [
        r.mode === 'off' ? `> [!WARNING]\n> ${r.summary}` : `**Sandbox:** ${r.summary}`,
        ...(refused.length > 0
            ? [
                `Refused egress (add a host to \`sandbox.network.allow\` if the tests need it): ${refused
                    .map((e) => `\`${e.host}:${e.port}\``)
                    .join(', ')}`,
            ]
            : []),
    ];
}
/** The job summary of one stage run: what happened, why, the cost table and links. */
function renderStageSummary(s) {
    const links = [
        s.issue !== null ? `issue #${s.issue}` : null,
        s.prUrl ? `[pull request](${s.prUrl})` : null,
        `[run](${s.runUrl})`,
    ].filter((x) => x !== null);
    return [
        `## LailaTov ${s.action}: ${s.outcome}`,
        s.why,
        ...(s.sandbox ? sandboxSection(s.sandbox) : []),
        ...(s.details ?? []),
        links.join(' · '),
        ...(s.stages.length > 0 ? ['### Cost', (0,_core_cost_cost_table_js__WEBPACK_IMPORTED_MODULE_0__/* .costTable */ .k)(s.stages)] : []),
    ].join('\n\n');
}


/***/ }),

/***/ 92088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ agentBranch),
/* harmony export */   KC: () => (/* binding */ commitType),
/* harmony export */   UZ: () => (/* binding */ leftOutNote),
/* harmony export */   VK: () => (/* binding */ fencedIssue),
/* harmony export */   Vy: () => (/* binding */ admittedComments),
/* harmony export */   tj: () => (/* binding */ projectInstructions),
/* harmony export */   z1: () => (/* binding */ settingsAt)
/* harmony export */ });
/* unused harmony export slugify */
/** Turns an issue title into a short branch-safe slug. */
function slugify(title) {
    const slug = title
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40)
        .replace(/-+$/, '');
    return slug === '' ? 'task' : slug;
}
function agentBranch(issue) {
    return `agent/issue-${issue.number}-${slugify(issue.title)}`;
}
/** Where the policy, CLAUDE.md and the rules are read: the PR's base commit, else the base branch. */
function settingsAt(deps, baseBranch) {
    return deps.settingsRef ?? baseBranch;
}
/**
 * The project's own instructions, read from the BASE branch so a PR cannot rewrite the rules it
 * is judged by: CLAUDE.md and every `.claude/rules/*.md`.
 */
async function projectInstructions(deps, baseBranch) {
    const base = settingsAt(deps, baseBranch);
    const files = [
        'CLAUDE.md',
        ...(await deps.forge.listFilesAt(base, '.claude/rules'))
            .filter((p) => p.endsWith('.md'))
            .sort(),
    ];
    const parts = [];
    for (const path of files) {
        const text = await deps.forge.readFileAt(base, path);
        if (text !== null && text.trim() !== '')
            parts.push(`### ${path} (from ${base})\n\n${text.trim()}`);
    }
    return parts.length > 0 ? parts.join('\n\n') : '(The project has no CLAUDE.md or .claude/rules.)';
}
/**
 * The comments whose text may reach a prompt: the admitted ones (see IssueComment.admitted)
 * and the suite's own, and how many others were left out.
 */
function admittedComments(deps, issue) {
    const comments = issue.comments.filter((c) => c.admitted || c.author === deps.config.botLogin);
    return { comments, leftOut: issue.comments.length - comments.length };
}
/** Tells the model that comments were left out, so it does not read the thread as complete. */
function leftOutNote(leftOut) {
    if (leftOut === 0)
        return '';
    const s = leftOut === 1 ? ' was' : 's were';
    return `${leftOut} comment${s} left out: their authors may not steer this repository.`;
}
/** The sanitized, fenced issue thread for an engine prompt, admitted comments only. */
function fencedIssue(deps, issue) {
    const { text } = deps;
    const { comments, leftOut } = admittedComments(deps, issue);
    return [
        text.fence(text.sanitize(`${issue.title}\n\n${issue.body}`), `issue #${issue.number}`),
        ...comments.map((c, i) => text.fence(text.sanitize(c.body), `issue comment ${i + 1} by ${c.author}`)),
        leftOutNote(leftOut),
    ]
        .filter((p) => p !== '')
        .join('\n\n');
}
/** A conventional commit type from the issue: a bug report is a fix, anything else a feature. */
function commitType(issue) {
    return issue.labels.includes('bug') ||
        /\b(bug|fix|crash|error|fails?|broken|wrong|incorrect|instead of)\b/i.test(issue.title)
        ? 'fix'
        : 'feat';
}


/***/ }),

/***/ 16953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ spentBy),
/* harmony export */   Zb: () => (/* binding */ stageFromEngine),
/* harmony export */   ee: () => (/* binding */ engineProgress),
/* harmony export */   g4: () => (/* binding */ failedStage),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   uR: () => (/* binding */ stageFromModel),
/* harmony export */   vi: () => (/* binding */ failureOutcome)
/* harmony export */ });
/* harmony import */ var _engines_model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35550);

function stageFromModel(stage, r, outcome) {
    return {
        stage,
        engine: 'model',
        model: r.model,
        provider: r.provider,
        costUsd: r.costUsd,
        tokens: r.usage,
        turns: 1,
        durationMs: r.durationMs,
        outcome,
    };
}
function stageFromEngine(stage, r) {
    return {
        stage,
        engine: r.engine,
        model: r.model,
        provider: r.provider,
        costUsd: r.costUsd,
        tokens: r.tokens,
        turns: r.turns,
        durationMs: r.durationMs,
        outcome: r.outcome,
        ...(r.links !== undefined && { links: r.links.map(stageLink) }),
    };
}
/** A chain link as the record keeps it (a copy: the record never shares the engine's objects). */
function stageLink(l) {
    return {
        engine: l.engine,
        model: l.model,
        outcome: l.outcome,
        costUsd: l.costUsd,
        tokens: { ...l.tokens },
        turns: l.turns,
        durationMs: l.durationMs,
        ...(l.detail !== undefined && { detail: l.detail }),
    };
}
/**
 * What a failed model call cost, from its error. An error that carries no usage could have
 * spent anything: its cost is unknown (null), never a silent $0.
 */
function spentBy(e) {
    if (typeof e === 'object' && e !== null && 'costUsd' in e && 'usage' in e) {
        const { costUsd, usage } = e;
        if ((costUsd === null || typeof costUsd === 'number') && isUsage(usage))
            return { costUsd, usage };
    }
    return { costUsd: null, usage: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 } };
}
function isUsage(u) {
    if (typeof u !== 'object' || u === null)
        return false;
    const r = u;
    return ['input', 'output', 'cacheRead', 'cacheWrite'].every((k) => typeof r[k] === 'number');
}
/**
 * A structured call that failed, on the record with what it cost: the error's usage, priced
 * (unknown stays null). `spent` absent: nothing was sent (a call refused before it started).
 */
function failedStage(stage, model, outcome, ms, spent = {
    costUsd: 0,
    usage: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
}) {
    return {
        stage,
        engine: 'model',
        model,
        provider: 'unknown',
        costUsd: spent.costUsd,
        tokens: spent.usage,
        turns: 0,
        durationMs: ms,
        outcome,
    };
}
/** How a failed structured call ends: the model's refusal is `refused`, the rest an outage. */
function failureOutcome(e) {
    return e instanceof _engines_model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelRefusalError */ .E3 ? 'refused' : 'infra_error';
}
function errorText(e) {
    return e instanceof Error ? e.message : String(e);
}
/** The engine's per-turn callback, forwarded to the progress display as `turn` events. */
function engineProgress(deps, stage) {
    return (e) => deps.progress({
        kind: 'turn',
        stage,
        turn: e.turn,
        ...(e.tool !== undefined && { tool: e.tool }),
        ...(e.text !== undefined && { text: e.text }),
    });
}


/***/ })

};
;