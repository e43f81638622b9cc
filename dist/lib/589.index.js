export const id = 589;
export const ids = [589];
export const modules = {

/***/ 98589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  or: () => (/* binding */ finishPipeline),
  eR: () => (/* binding */ outcomeRecord),
  gf: () => (/* binding */ outcomeStore)
});

// UNUSED EXPORTS: SUITE_VERSION

// EXTERNAL MODULE: ./src/core/outcomes/index.ts + 4 modules
var outcomes = __webpack_require__(77559);
// EXTERNAL MODULE: ./src/forge/github/labels.ts
var labels = __webpack_require__(69851);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(92091);
// EXTERNAL MODULE: ./src/forge/github/errors.ts
var github_errors = __webpack_require__(14503);
// EXTERNAL MODULE: ./src/forge/github/repo.ts
var repo = __webpack_require__(81420);
;// CONCATENATED MODULE: ./src/outcomes/git-branch-store.ts
// The outcome log on GitHub: one JSON line appended to a file on a data branch through the Git
// Data API (no checkout). The ref update is a compare-and-swap (no force), so concurrent runs
// each re-read and retry until their line lands on top of everyone else's: nothing is lost.




const DEFAULT_DATA_BRANCH = 'lailatov-data';
const DEFAULT_OUTCOMES_PATH = 'data/agent-outcomes.jsonl';
const DEFAULT_AUTHOR = { name: 'LailaTov', email: 'lailatov@users.noreply.github.com' };
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
class GitBranchOutcomeStore {
    octokit;
    owner;
    repoName;
    branch;
    path;
    maxAttempts;
    baseMs;
    capMs;
    random;
    sleep;
    author;
    constructor(options) {
        this.octokit = options.octokit;
        this.owner = options.repo.owner;
        this.repoName = options.repo.repo;
        this.branch = options.branch ?? DEFAULT_DATA_BRANCH;
        this.path = options.path ?? DEFAULT_OUTCOMES_PATH;
        this.maxAttempts = options.maxAttempts ?? 10;
        this.baseMs = options.backoff?.baseMs ?? 200;
        this.capMs = options.backoff?.capMs ?? 5000;
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
                const head = await this.readHead();
                const existing = head === undefined ? '' : await this.readLog(head.commitSha);
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
                    await this.sleep(this.delay(attempt));
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
            const head = await this.readHead();
            return head === undefined ? '' : await this.readLog(head.commitSha);
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
    /** Full jitter (AWS architecture blog): spreads the writers who lost the same race. */
    delay(attempt) {
        const ceiling = Math.min(this.capMs, this.baseMs * 2 ** (attempt - 1));
        return Math.floor(this.random() * ceiling);
    }
    async readHead() {
        const repo = { owner: this.owner, repo: this.repoName };
        let commitSha;
        try {
            const { data } = await this.octokit.rest.git.getRef({ ...repo, ref: `heads/${this.branch}` });
            commitSha = data.object.sha;
        }
        catch (error) {
            if ((0,github_errors/* hasStatus */.Ro)(error, 404))
                return undefined;
            throw error;
        }
        const { data: commit } = await this.octokit.rest.git.getCommit({
            ...repo,
            commit_sha: commitSha,
        });
        return { commitSha, treeSha: commit.tree.sha };
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
var findings = __webpack_require__(27926);
// EXTERNAL MODULE: ./src/stages/ledger.ts
var ledger = __webpack_require__(63805);
;// CONCATENATED MODULE: ./src/action/finish.ts
// A pipeline's terminal outcome on GitHub: the escalation (PR comment, label, Slack), the labels,
// and the one outcome record appended to the data branch.





const SUITE_VERSION = '0.1.0';
/** The outcome store of this repository (backoff scaled like the client's, for tests). */
function outcomeStore(ctx) {
    const scale = ctx.runner.backoffScale;
    return new GitBranchOutcomeStore({
        octokit: ctx.octokit,
        repo: ctx.runner.repo,
        backoff: { baseMs: 200 * scale, capMs: 5000 * scale },
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

/***/ 77559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ky: () => (/* reexport */ OUTCOME_SCHEMA_VERSION),
  og: () => (/* reexport */ validate_formatIssues),
  c5: () => (/* reexport */ validate_validateOutcomeRecord)
});

// UNUSED EXPORTS: CHECK_RESULTS, FINDING_SEVERITIES, FINDING_STATUSES, LogHistogram, OutcomeAggregator, RISK_TIERS, RUN_SOURCES, TERMINAL_OUTCOMES, parseOutcomeLine, toOutcomeView, totalsOf, viewFromV0

;// CONCATENATED MODULE: ./src/core/outcomes/schema.ts
/** The schema version this suite writes. Records without `schemaVersion` are the predecessor's (v0). */
const OUTCOME_SCHEMA_VERSION = 1;
/** Terminal outcomes of one pipeline run (DESIGN.md §1: never a silent success). */
const TERMINAL_OUTCOMES = [
    'ready',
    'escalated',
    'needs_clarification',
    'blocked',
    'no_changes',
    'budget_exceeded',
    'infra_error',
    'cancelled',
];
/** What started the run. */
const RUN_SOURCES = [
    'github-issue',
    'issue-comment',
    'repository-dispatch',
    'pull-request',
    'workflow-dispatch',
    'local',
    'demo',
];
const schema_RISK_TIERS = ['high', 'medium', 'low', 'none'];
const CHECK_RESULTS = ['passed', 'failed', 'skipped', 'neutral'];
const FINDING_SEVERITIES = ['blocking', 'major', 'minor', 'nit'];
const FINDING_STATUSES = ['open', 'resolved'];

// EXTERNAL MODULE: ./src/core/usage.ts
var usage = __webpack_require__(62485);
;// CONCATENATED MODULE: ./src/core/outcomes/validate.ts


const TOP_LEVEL_KEYS = new Set([
    'schemaVersion',
    'correlationId',
    'runId',
    'runAttempt',
    'repo',
    'issue',
    'pr',
    'branch',
    'headSha',
    'source',
    'outcome',
    'riskTier',
    'checks',
    'changedFiles',
    'findings',
    'remediationRounds',
    'stages',
    'totals',
    'timestamp',
    'suiteVersion',
]);
// ISO 8601 date-time with a zone; Date.parse alone accepts too much ("2024", "March 7").
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/**
 * A hand-written checker rather than zod: it runs once per line on million-line logs, and a
 * plain walk is several times faster while still naming every bad field by its JSON path.
 */
class Checker {
    issues = [];
    fail(path, message) {
        this.issues.push({ path, message });
    }
    object(v, path) {
        if (typeof v === 'object' && v !== null && !Array.isArray(v))
            return v;
        this.fail(path, `must be an object, got ${describe(v)}`);
        return undefined;
    }
    string(v, path, opts = {}) {
        if (typeof v !== 'string')
            this.fail(path, `must be a string, got ${describe(v)}`);
        else if (opts.nonEmpty && v.length === 0)
            this.fail(path, 'must not be empty');
    }
    nullableString(v, path) {
        if (v !== null)
            this.string(v, path, { nonEmpty: true });
    }
    count(v, path, opts = {}) {
        const min = opts.min ?? 0;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
            this.fail(path, `must be an integer >= ${min}, got ${describe(v)}`);
    }
    nullableCount(v, path, min) {
        if (v !== null)
            this.count(v, path, { min });
    }
    /** A finite number >= 0 (durations may be fractional). */
    amount(v, path) {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
            this.fail(path, `must be a finite number >= 0, got ${describe(v)}`);
    }
    cost(v, path) {
        if (v !== null)
            this.amount(v, path);
    }
    oneOf(v, allowed, path) {
        if (typeof v !== 'string' || !allowed.includes(v))
            this.fail(path, `must be one of ${allowed.join(' | ')}, got ${describe(v)}`);
    }
    array(v, path) {
        if (Array.isArray(v))
            return v;
        this.fail(path, `must be an array, got ${describe(v)}`);
        return undefined;
    }
    tokens(v, path) {
        const o = this.object(v, path);
        if (!o)
            return;
        for (const k of usage/* TOKEN_USAGE_KEYS */.TY)
            this.count(o[k], `${path}.${k}`);
    }
}
function describe(v) {
    if (v === null)
        return 'null';
    if (v === undefined)
        return 'nothing (the field is missing)';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'string')
        return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
    if (typeof v === 'object')
        return 'an object';
    return `${typeof v} ${String(v)}`;
}
function checkFinding(c, v, path) {
    const f = c.object(v, path);
    if (!f)
        return;
    c.oneOf(f.severity, FINDING_SEVERITIES, `${path}.severity`);
    c.nullableString(f.path, `${path}.path`);
    if (f.lines !== null) {
        const l = c.object(f.lines, `${path}.lines`);
        if (l) {
            c.count(l.start, `${path}.lines.start`, { min: 1 });
            c.count(l.end, `${path}.lines.end`, { min: 1 });
            if (typeof l.start === 'number' && typeof l.end === 'number' && l.end < l.start)
                c.fail(`${path}.lines.end`, 'must be >= lines.start');
        }
    }
    c.string(f.rule, `${path}.rule`);
    c.string(f.message, `${path}.message`);
    c.string(f.fingerprint, `${path}.fingerprint`, { nonEmpty: true });
    c.oneOf(f.status, FINDING_STATUSES, `${path}.status`);
}
function checkStage(c, v, path) {
    const s = c.object(v, path);
    if (!s)
        return;
    c.string(s.stage, `${path}.stage`, { nonEmpty: true });
    c.string(s.engine, `${path}.engine`, { nonEmpty: true });
    c.string(s.model, `${path}.model`, { nonEmpty: true });
    c.string(s.provider, `${path}.provider`, { nonEmpty: true });
    c.cost(s.costUsd, `${path}.costUsd`);
    c.tokens(s.tokens, `${path}.tokens`);
    c.count(s.turns, `${path}.turns`);
    c.amount(s.durationMs, `${path}.durationMs`);
    c.string(s.outcome, `${path}.outcome`, { nonEmpty: true });
}
/** Checks a parsed JSON value against outcome schema v1; every issue names its field path. */
function validate_validateOutcomeRecord(v, opts = {}) {
    const c = new Checker();
    const r = c.object(v, '$');
    if (!r)
        return { ok: false, issues: c.issues };
    if (r.schemaVersion !== 1)
        c.fail('$.schemaVersion', `must be 1, got ${describe(r.schemaVersion)}`);
    c.string(r.correlationId, '$.correlationId', { nonEmpty: true });
    c.string(r.runId, '$.runId', { nonEmpty: true });
    c.count(r.runAttempt, '$.runAttempt', { min: 1 });
    if (typeof r.repo !== 'string' || !REPO.test(r.repo))
        c.fail('$.repo', `must be "owner/name", got ${describe(r.repo)}`);
    c.nullableCount(r.issue, '$.issue', 1);
    c.nullableCount(r.pr, '$.pr', 1);
    c.nullableString(r.branch, '$.branch');
    c.nullableString(r.headSha, '$.headSha');
    c.oneOf(r.source, RUN_SOURCES, '$.source');
    c.oneOf(r.outcome, TERMINAL_OUTCOMES, '$.outcome');
    if (r.riskTier !== null)
        c.oneOf(r.riskTier, schema_RISK_TIERS, '$.riskTier');
    const checks = c.object(r.checks, '$.checks');
    if (checks)
        for (const [name, result] of Object.entries(checks))
            c.oneOf(result, CHECK_RESULTS, `$.checks.${name}`);
    const files = c.array(r.changedFiles, '$.changedFiles');
    files?.forEach((f, i) => c.string(f, `$.changedFiles[${i}]`, { nonEmpty: true }));
    const findings = c.array(r.findings, '$.findings');
    findings?.forEach((f, i) => checkFinding(c, f, `$.findings[${i}]`));
    c.count(r.remediationRounds, '$.remediationRounds');
    const stages = c.array(r.stages, '$.stages');
    stages?.forEach((s, i) => checkStage(c, s, `$.stages[${i}]`));
    const totals = c.object(r.totals, '$.totals');
    if (totals) {
        c.cost(totals.costUsd, '$.totals.costUsd');
        c.tokens(totals.tokens, '$.totals.tokens');
        c.count(totals.turns, '$.totals.turns');
        c.amount(totals.durationMs, '$.totals.durationMs');
    }
    if (typeof r.timestamp !== 'string' || !ISO_TIMESTAMP.test(r.timestamp))
        c.fail('$.timestamp', `must be an ISO 8601 date-time with a zone, got ${describe(r.timestamp)}`);
    c.string(r.suiteVersion, '$.suiteVersion', { nonEmpty: true });
    if (opts.strict)
        for (const k of Object.keys(r))
            if (!TOP_LEVEL_KEYS.has(k))
                c.fail(`$.${k}`, 'is not a field of outcome schema v1');
    return c.issues.length === 0
        ? { ok: true, value: r }
        : { ok: false, issues: c.issues };
}
function validate_formatIssues(issues) {
    return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}

;// CONCATENATED MODULE: ./src/core/outcomes/view.ts



/**
 * How the predecessor's outcomes map onto ours. `clean` marked the PR ready; `blocked` was a
 * risk-gate stop; test and review failures left a draft PR for a human, which is what
 * `escalated` means here.
 */
const V0_OUTCOMES = {
    clean: 'ready',
    blocked: 'blocked',
    'tests-failed': 'escalated',
    'review-failed': 'escalated',
};
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function fromV1(r) {
    return {
        schemaVersion: 1,
        originalOutcome: r.outcome,
        outcome: r.outcome,
        riskTier: r.riskTier,
        stages: r.stages,
        totals: r.totals,
        timestamp: r.timestamp,
        record: r,
    };
}
/**
 * Reads a predecessor line. It never wrote cost or tokens (`cost_usd` was read but never
 * written), so its cost is unknown (null), not 0. Its engine was always claude-code-action.
 */
function viewFromV0(r) {
    const issues = [];
    const original = r.outcome;
    const outcome = typeof original === 'string' ? V0_OUTCOMES[original] : undefined;
    if (typeof original !== 'string' || outcome === undefined) {
        issues.push({
            path: '$.outcome',
            message: `must be one of ${Object.keys(V0_OUTCOMES).join(' | ')} in a record without schemaVersion (the predecessor's format), got ${JSON.stringify(original)}`,
        });
    }
    const tier = r.risk_tier;
    if (tier !== undefined && typeof tier !== 'string')
        issues.push({ path: '$.risk_tier', message: 'must be a string' });
    if (r.timestamp !== undefined && typeof r.timestamp !== 'string')
        issues.push({ path: '$.timestamp', message: 'must be a string' });
    if (issues.length > 0 || outcome === undefined || typeof original !== 'string')
        return { ok: false, issues };
    const provider = typeof r.provider === 'string' && r.provider !== '' ? r.provider : 'unknown';
    const stages = [];
    for (const [stage, key] of [
        ['write', 'model'],
        ['review', 'review_model'],
    ]) {
        const model = r[key];
        if (typeof model === 'string' && model !== '')
            stages.push({ stage, engine: 'claude-code', model, provider, costUsd: null });
    }
    return {
        ok: true,
        value: {
            schemaVersion: 0,
            originalOutcome: original,
            outcome,
            riskTier: RISK_TIERS.includes(tier)
                ? tier
                : null,
            stages,
            totals: { costUsd: null, tokens: zeroUsage(), turns: 0, durationMs: 0 },
            timestamp: typeof r.timestamp === 'string' ? r.timestamp : null,
        },
    };
}
/** Turns one parsed JSON line into a view, choosing the schema by `schemaVersion`. */
function view_toOutcomeView(v) {
    if (!isObj(v))
        return validateOutcomeRecord(v);
    if (!('schemaVersion' in v))
        return viewFromV0(v);
    const checked = validateOutcomeRecord(v);
    return checked.ok ? { ok: true, value: fromV1(checked.value) } : checked;
}
/** Totals a writer derives from its stages: cost is unknown as soon as one stage's is. */
function totalsOf(stages) {
    let costUsd = 0;
    let tokens = zeroUsage();
    let turns = 0;
    let durationMs = 0;
    for (const s of stages) {
        costUsd = costUsd === null || s.costUsd === null ? null : costUsd + s.costUsd;
        tokens = addUsage(tokens, s.tokens);
        turns += s.turns;
        durationMs += s.durationMs;
    }
    return { costUsd, tokens, turns, durationMs };
}

;// CONCATENATED MODULE: ./src/core/outcomes/line.ts


/** Parses one line of the JSONL log (without its line break). Pure; never throws. */
function parseOutcomeLine(text, line) {
    // Tolerate CRLF files and trailing spaces; a whitespace-only line is not a record.
    const trimmed = text.trim();
    if (trimmed === '')
        return { kind: 'blank', line };
    let json;
    try {
        json = JSON.parse(trimmed);
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return { kind: 'corrupt', line, reason: `not valid JSON (${why})` };
    }
    const view = toOutcomeView(json);
    if (!view.ok)
        return { kind: 'corrupt', line, reason: formatIssues(view.issues) };
    return { kind: 'record', line, view: view.value };
}

;// CONCATENATED MODULE: ./src/core/outcomes/index.ts








/***/ }),

/***/ 69851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kg: () => (/* binding */ LABELS)
/* harmony export */ });
/* unused harmony exports ensureLabels, addLabels, removeLabel */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14503);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81420);


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
