"use strict";
exports.id = 586;
exports.ids = [586];
exports.modules = {

/***/ 92298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  or: () => (/* binding */ finishPipeline),
  eR: () => (/* binding */ outcomeRecord),
  gf: () => (/* binding */ outcomeStore)
});

// UNUSED EXPORTS: SUITE_VERSION

// EXTERNAL MODULE: ./src/core/outcomes/index.ts + 6 modules
var outcomes = __webpack_require__(29428);
// EXTERNAL MODULE: ./src/forge/github/labels.ts
var labels = __webpack_require__(87716);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/forge/github/errors.ts
var github_errors = __webpack_require__(70656);
// EXTERNAL MODULE: ./src/forge/github/repo.ts
var repo = __webpack_require__(57091);
;// CONCATENATED MODULE: ./src/outcomes/git-branch-store.ts
// The outcome log on GitHub: one JSON line appended to a file on a data branch through the Git
// Data API (no checkout). The ref update is a compare-and-swap (no force), so concurrent runs
// each re-read and retry until their line lands on top of everyone else's: nothing is lost.




const DEFAULT_DATA_BRANCH = 'lailatov-data';
const DEFAULT_OUTCOMES_PATH = 'data/agent-outcomes.jsonl';
const DEFAULT_AUTHOR = { name: 'LailaTov', email: 'lailatov@users.noreply.github.com' };
/**
 * Sized by `npm run bench -- outcome-append`, which races N writers for the ref with this very
 * backoff. An attempt holds the ref's value for W, from reading it to moving it: on GitHub about
 * 1-3 s (five requests in sequence, the client spacing writes 1 s apart). 50 writers starting at
 * once, W = 3 s: 7.6 attempts each on average, the unluckiest needs 14 (95th percentile 16, worst
 * 19 in 1,000 runs), all 50 land within about 200 s; 100 writers need up to 29. Hence 30
 * attempts. The window grows (rather than retrying at once) to save API calls: each attempt
 * costs 6, and GITHUB_TOKEN has 1,000 an hour per repository; 50 racing writers spend ~2,300.
 */
const RETRY_DEFAULTS = { maxAttempts: 30, baseMs: 200, capMs: 30_000 };
/**
 * The window stops doubling at 16 attempt durations: the ref serves one writer per attempt
 * duration at best, and windows much longer than the queue of writers ahead only leave it idle
 * (50 writers on a fast server: 15 s instead of 35 s, for 10% more attempts).
 */
const MAX_DOUBLINGS = 4;
function keyOf(record) {
    if (typeof record.runId !== 'string' || typeof record.runAttempt !== 'number')
        return undefined;
    const stages = Array.isArray(record.stages) ? record.stages : [];
    const last = stages[stages.length - 1];
    return {
        runId: record.runId,
        runAttempt: record.runAttempt,
        stage: typeof last?.stage === 'string' ? last.stage : '',
    };
}
const sameKey = (a, b) => a.runId === b.runId && a.runAttempt === b.runAttempt && a.stage === b.stage;
/** True when `log` already holds a line for this run; corrupt lines are skipped, never fatal. */
function logHasRun(log, key) {
    for (const line of log.split('\n')) {
        if (!line.includes(key.runId))
            continue; // cheap filter before JSON.parse
        try {
            const found = keyOf(JSON.parse(line));
            if (found && sameKey(found, key))
                return true;
        }
        catch {
            // A corrupt line is kept as it is; it cannot be ours.
        }
    }
    return false;
}
/** The ceiling of the wait after losing attempt `attempt` (1-based) that took `attemptMs`. */
function backoffWindow(attempt, attemptMs, backoff) {
    const unit = Math.max(backoff.baseMs, attemptMs);
    return Math.min(backoff.capMs, unit * 2 ** Math.min(attempt - 1, MAX_DOUBLINGS));
}
class GitBranchOutcomeStore {
    octokit;
    owner;
    repoName;
    branch;
    path;
    maxAttempts;
    backoff;
    random;
    sleep;
    author;
    constructor(options) {
        this.octokit = options.octokit;
        this.owner = options.repo.owner;
        this.repoName = options.repo.repo;
        this.branch = options.branch ?? DEFAULT_DATA_BRANCH;
        this.path = options.path ?? DEFAULT_OUTCOMES_PATH;
        const scale = options.backoffScale ?? 1;
        this.maxAttempts = options.maxAttempts ?? RETRY_DEFAULTS.maxAttempts;
        this.backoff = {
            baseMs: (options.backoff?.baseMs ?? RETRY_DEFAULTS.baseMs) * scale,
            capMs: (options.backoff?.capMs ?? RETRY_DEFAULTS.capMs) * scale,
        };
        this.random = options.random ?? Math.random;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.author = options.author ?? DEFAULT_AUTHOR;
        if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 1) {
            throw new TypeError(`maxAttempts must be a positive integer, got ${this.maxAttempts}`);
        }
    }
    /**
     * Appends `record` as one line. Per attempt: read the ref → read the file → write a tree with
     * the new content (base_tree = current) → commit (parent = current) → move the ref without
     * force. A 422 on the ref means another run got there first: wait (full jitter) and redo it
     * all on top of the new head. A missing branch is created as an orphan commit.
     */
    async append(record) {
        const checked = (0,outcomes/* validateOutcomeRecord */.c5)(record, { strict: true });
        if (!checked.ok) {
            throw new errors/* UserError */.y(`refusing to append an invalid outcome record to ${this.where()}: ${(0,outcomes/* formatIssues */.og)(checked.issues)}`, checked.issues.map((i) => `${i.path} ${i.message}`));
        }
        const line = `${JSON.stringify(record)}\n`;
        const key = keyOf(record); // validated: runId and runAttempt are present
        try {
            for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
                const started = Date.now();
                const { head, existing } = await this.readCurrent();
                if (logHasRun(existing, key))
                    return { appended: false, reason: 'duplicate', attempts: attempt };
                const content = existing === '' || existing.endsWith('\n') ? existing + line : `${existing}\n${line}`;
                const commitSha = await this.commit(content, head, this.message(record));
                if (await this.moveRef(head, commitSha)) {
                    return {
                        appended: true,
                        commitSha,
                        attempts: attempt,
                        createdBranch: head === undefined,
                    };
                }
                if (attempt < this.maxAttempts)
                    await this.sleep(this.delay(attempt, Date.now() - started));
            }
        }
        catch (error) {
            throw (0,github_errors/* wrapApiError */.N9)(error, {
                repo: this.repoFullName(),
                doing: `appending to ${this.where()}`,
            });
        }
        throw new Error(`gave up appending the outcome record to ${this.where()} of ${this.repoFullName()} after ` +
            `${this.maxAttempts} attempts: the branch moved under every attempt (too many concurrent ` +
            'writers, or something force-pushing it). The record was not written; re-run the job.');
    }
    /** The whole log as text ('' when the branch or the file does not exist). */
    async read() {
        try {
            return (await this.readCurrent()).existing;
        }
        catch (error) {
            throw (0,github_errors/* wrapApiError */.N9)(error, { repo: this.repoFullName(), doing: `reading ${this.where()}` });
        }
    }
    where() {
        return `${this.branch}:${this.path}`;
    }
    repoFullName() {
        return (0,repo/* fullName */.fq)({ owner: this.owner, repo: this.repoName });
    }
    message(record) {
        const subject = record.issue === null ? record.repo : `${record.repo}#${record.issue}`;
        return `data: outcome ${record.outcome} for ${subject} (run ${record.runId}/${record.runAttempt})`;
    }
    /**
     * Full jitter (AWS architecture blog) spreads the writers who lost the same race. The window
     * grows from the larger of `baseMs` and the time the lost attempt took: on a slow server an
     * attempt is long, and a window shorter than it would only replay the same collision.
     */
    delay(attempt, attemptMs) {
        return Math.floor(this.random() * backoffWindow(attempt, attemptMs, this.backoff));
    }
    /**
     * The head of the branch and the log at that head. The commit (for its tree) and the file are
     * read in parallel: the shorter the read-to-update window, the fewer writers collide.
     */
    async readCurrent() {
        const repo = { owner: this.owner, repo: this.repoName };
        let commitSha;
        try {
            const { data } = await this.octokit.rest.git.getRef({ ...repo, ref: `heads/${this.branch}` });
            commitSha = data.object.sha;
        }
        catch (error) {
            if ((0,github_errors/* hasStatus */.Ro)(error, 404))
                return { head: undefined, existing: '' };
            throw error;
        }
        const [{ data: commit }, existing] = await Promise.all([
            this.octokit.rest.git.getCommit({ ...repo, commit_sha: commitSha }),
            this.readLog(commitSha),
        ]);
        return { head: { commitSha, treeSha: commit.tree.sha }, existing };
    }
    /** The file at a commit: the contents API (one call), or the blob API past its 1 MB limit. */
    async readLog(commitSha) {
        const repo = { owner: this.owner, repo: this.repoName };
        let data;
        try {
            ({ data } = await this.octokit.rest.repos.getContent({
                ...repo,
                path: this.path,
                ref: commitSha,
            }));
        }
        catch (error) {
            if ((0,github_errors/* hasStatus */.Ro)(error, 404))
                return '';
            throw error;
        }
        if (Array.isArray(data) || typeof data !== 'object' || data === null) {
            throw new errors/* UserError */.y(`${this.where()} is a directory, not the outcome log; choose another path`);
        }
        const file = data;
        if (file.type !== undefined && file.type !== 'file') {
            throw new errors/* UserError */.y(`${this.where()} is a ${file.type}, not a file; choose another path`);
        }
        if (file.encoding === 'base64' && typeof file.content === 'string') {
            return Buffer.from(file.content, 'base64').toString('utf8');
        }
        // Files of 1-100 MB come with encoding "none" and no content.
        const { data: blob } = await this.octokit.rest.git.getBlob({ ...repo, file_sha: file.sha });
        return Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
    }
    async commit(content, head, message) {
        const repo = { owner: this.owner, repo: this.repoName };
        // The tree entry carries the content: GitHub stores the blob itself, saving a request.
        const { data: tree } = await this.octokit.rest.git.createTree({
            ...repo,
            ...(head === undefined ? {} : { base_tree: head.treeSha }),
            tree: [{ path: this.path, mode: '100644', type: 'blob', content }],
        });
        const { data: commit } = await this.octokit.rest.git.createCommit({
            ...repo,
            message,
            tree: tree.sha,
            parents: head === undefined ? [] : [head.commitSha],
            author: { ...this.author },
        });
        return commit.sha;
    }
    /** False when another writer moved (or created) the ref first: the caller retries. */
    async moveRef(head, commitSha) {
        const repo = { owner: this.owner, repo: this.repoName };
        try {
            if (head === undefined) {
                await this.octokit.rest.git.createRef({
                    ...repo,
                    ref: `refs/heads/${this.branch}`,
                    sha: commitSha,
                });
            }
            else {
                await this.octokit.rest.git.updateRef({
                    ...repo,
                    ref: `heads/${this.branch}`,
                    sha: commitSha,
                    force: false,
                });
            }
            return true;
        }
        catch (error) {
            // 422: "Update is not a fast forward", "Reference already exists" (a concurrent first
            // writer created the branch) or "Reference does not exist" (it was deleted meanwhile).
            if ((0,github_errors/* hasStatus */.Ro)(error, 422))
                return false;
            throw error;
        }
    }
}

// EXTERNAL MODULE: ./src/stages/findings.ts
var findings = __webpack_require__(19013);
// EXTERNAL MODULE: ./src/stages/ledger.ts
var ledger = __webpack_require__(5478);
;// CONCATENATED MODULE: ./src/action/finish.ts
// A pipeline's terminal outcome on GitHub: the escalation (PR comment, label, Slack), the labels,
// and the one outcome record appended to the data branch.





const SUITE_VERSION = '0.1.0';
/**
 * The outcome store of this repository, with the store's retry budget (sized for many runs
 * appending at once), its backoff scaled like the client's for tests.
 */
function outcomeStore(ctx) {
    return new GitBranchOutcomeStore({
        octokit: ctx.octokit,
        repo: ctx.runner.repo,
        backoffScale: ctx.runner.backoffScale,
    });
}
function outcomeRecord(ctx, t) {
    return {
        schemaVersion: outcomes/* OUTCOME_SCHEMA_VERSION */.Ky,
        correlationId: t.correlationId,
        runId: ctx.runner.runId,
        runAttempt: ctx.runner.runAttempt,
        repo: `${ctx.runner.repo.owner}/${ctx.runner.repo.repo}`,
        issue: t.issue,
        pr: t.pr,
        branch: t.branch,
        headSha: t.headSha,
        source: ctx.source,
        outcome: t.outcome,
        riskTier: t.riskTier,
        checks: t.checks,
        changedFiles: [...t.changedFiles],
        findings: t.findings.map(findings/* toOutcomeFinding */.Xb),
        remediationRounds: t.round,
        stages: t.stages,
        totals: (0,ledger/* totalsOf */.vA)(t.stages),
        timestamp: new Date().toISOString(),
        suiteVersion: SUITE_VERSION,
    };
}
async function finishPipeline(ctx, t) {
    const { forge, config } = ctx.session;
    if (t.outcome === 'escalated' || t.outcome === 'budget_exceeded') {
        const text = `⚠️ **LailaTov** stopped (${t.outcome}): a human takes over from here.\n\n${t.summary}`;
        await forge.postComment(t.pr ?? t.issue, text);
        await forge.addLabels(t.issue, [config.labels.escalated]);
        await ctx.notifier.notify({
            level: 'warning',
            title: `LailaTov: issue #${t.issue} ${t.outcome.replace('_', ' ')}`,
            text: t.summary,
        });
    }
    if (t.outcome === 'blocked')
        await forge.addLabels(t.issue, [config.labels.blocked]);
    await forge.removeLabels(t.issue, [labels/* LABELS */.kg.working.name]);
    await outcomeStore(ctx).append(outcomeRecord(ctx, t));
}


/***/ }),

/***/ 52586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recover: () => (/* binding */ recover)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _forge_github_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3302);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92298);
// When a stage throws (not the user's mistake): what can still be said is said, best effort.
// A review's check ends `neutral` (never a false green), and the pipeline gets an infra_error record.



async function attempt(what, fn) {
    try {
        await fn();
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`could not ${what} after the failure: ${e instanceof Error ? e.message : String(e)}`);
    }
}
async function recover(ctx, error) {
    const r = ctx.recovery;
    const message = error instanceof Error ? error.message : String(error);
    const headSha = r.headSha;
    const neutral = {
        repo: ctx.runner.repo,
        conclusion: 'neutral',
        title: `infrastructure error in ${ctx.plan.stage}`,
        summary: `LailaTov could not finish the ${ctx.plan.stage} stage: ${message}\n\nNothing was judged; re-run the workflow.`,
        findings: [],
        detailsUrl: ctx.runner.runUrl,
    };
    // The review's own check, still in progress, ends neutral (the same run, not a second one).
    // A review whose check already has its verdict keeps it; a remediation gets a neutral check.
    const check = r.check;
    if (check !== null)
        await attempt('complete the check as neutral', () => (0,_forge_github_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .completeReviewCheck */ .eF)(ctx.octokit, check, { ...neutral, headSha: check.headSha }));
    else if (headSha && ctx.plan.stage === 'remediate')
        await attempt('publish a neutral check', () => (0,_forge_github_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReviewCheck */ .ak)(ctx.octokit, { ...neutral, headSha }));
    const issue = r.issue;
    if (issue !== null && issue > 0)
        await attempt('append the infra_error record', () => (0,_finish_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeStore */ .gf)(ctx).append((0,_finish_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeRecord */ .eR)(ctx, {
            outcome: 'infra_error',
            summary: message,
            issue,
            correlationId: r.correlationId ?? `run-${ctx.runner.runId}`,
            stages: r.stages,
            pr: r.pr,
            branch: r.branch,
            headSha,
            riskTier: null,
            checks: {},
            changedFiles: [],
            findings: [],
            round: r.round,
        })));
}


/***/ }),

/***/ 3302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ startReviewCheck),
/* harmony export */   ak: () => (/* binding */ publishReviewCheck),
/* harmony export */   eF: () => (/* binding */ completeReviewCheck)
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
        output: { title: input.title, summary: 'LailaTov is reviewing this commit.' },
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

/***/ 87716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kg: () => (/* binding */ LABELS)
/* harmony export */ });
/* unused harmony exports ensureLabels, addLabels, removeLabel */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70656);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57091);


const LABELS = {
    trigger: { name: 'ai-agent', color: '7057FF', description: 'Hand this issue to LailaTov' },
    needsClarification: {
        name: 'needs-clarification',
        color: 'FBCA04',
        description: 'Agent needs more info before implementing',
    },
    working: { name: 'agent:working', color: '1D76DB', description: 'LailaTov is working on this' },
    escalated: {
        name: 'agent:escalated',
        color: 'B60205',
        description: 'LailaTov stopped: a human must take over',
    },
    blocked: {
        name: 'agent:blocked',
        color: 'B60205',
        description: 'Blocked by the risk policy',
    },
    riskHigh: {
        name: 'risk:high',
        color: 'D93F0B',
        description: 'Risk tier high: human approval required',
    },
    riskMedium: { name: 'risk:medium', color: 'FBCA04', description: 'Risk tier medium' },
    riskLow: { name: 'risk:low', color: '0E8A16', description: 'Risk tier low' },
};
/** Creates every label of `specs` that the repository lacks (one paginated list, then creates). */
async function ensureLabels(octokit, repo, specs) {
    const r = { owner: repo.owner, repo: repo.repo };
    const created = [];
    try {
        const existing = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, {
            ...r,
            per_page: 100,
        });
        const have = new Set(existing.map((l) => l.name.toLowerCase()));
        for (const spec of specs) {
            if (have.has(spec.name.toLowerCase()))
                continue;
            try {
                await octokit.rest.issues.createLabel({ ...r, ...spec });
                created.push(spec.name);
            }
            catch (error) {
                // 422 already_exists: another run created it between our list and our create.
                if (!hasStatus(error, 422))
                    throw error;
            }
        }
        return created;
    }
    catch (error) {
        throw wrapApiError(error, { repo: fullName(repo), doing: 'creating labels' });
    }
}
/** Ensures the labels exist, then adds them to the issue or PR. */
async function addLabels(octokit, repo, issueNumber, specs) {
    if (specs.length === 0)
        return;
    await ensureLabels(octokit, repo, specs);
    try {
        await octokit.rest.issues.addLabels({
            owner: repo.owner,
            repo: repo.repo,
            issue_number: issueNumber,
            labels: specs.map((s) => s.name),
        });
    }
    catch (error) {
        throw wrapApiError(error, { repo: fullName(repo), doing: `labeling #${issueNumber}` });
    }
}
/** Removes a label; one that is not there is not an error (re-runs are safe). */
async function removeLabel(octokit, repo, issueNumber, name) {
    try {
        await octokit.rest.issues.removeLabel({
            owner: repo.owner,
            repo: repo.repo,
            issue_number: issueNumber,
            name,
        });
        return true;
    }
    catch (error) {
        if (hasStatus(error, 404))
            return false;
        throw wrapApiError(error, {
            repo: fullName(repo),
            doing: `removing label ${name} from #${issueNumber}`,
        });
    }
}


/***/ })

};
;