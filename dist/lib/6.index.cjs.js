"use strict";
exports.id = 6;
exports.ids = [6];
exports.modules = {

/***/ 88371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runWrite: () => (/* binding */ runWrite)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _forge_github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70656);
/* harmony import */ var _forge_github_repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57091);
/* harmony import */ var _stages_context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(92088);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2225);
/* harmony import */ var _stages_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93608);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40645);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92298);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88302);
/* harmony import */ var _pr_marker_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(32477);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74208);
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
    try {
        const { data } = await ctx.octokit.rest.issues.create({
            owner: ctx.runner.repo.owner,
            repo: ctx.runner.repo.repo,
            title: task.title,
            body: `${task.description}\n\n_Opened by LailaTov from an agent-task dispatch${task.clickupTaskId ? ` (ClickUp ${task.clickupTaskId})` : ''}._`,
        });
        return data.number;
    }
    catch (error) {
        throw (0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .wrapApiError */ .N9)(error, {
            repo: (0,_forge_github_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .fullName */ .fq)(ctx.runner.repo),
            doing: 'opening an issue for the agent-task',
        });
    }
}
async function runWrite(ctx) {
    const { deps, forge, config } = ctx.session;
    const issueNumber = ctx.plan.issue ?? (ctx.plan.task ? await issueForTask(ctx, ctx.plan.task) : null);
    if (issueNumber === null)
        throw new Error('write needs an issue number');
    const progress = new _progress_js__WEBPACK_IMPORTED_MODULE_7__/* .IssueProgress */ .D(ctx.octokit, ctx.runner.repo, forge, issueNumber, ctx.runner.runUrl);
    const [issue, prior] = await Promise.all([forge.readIssue(issueNumber), progress.state()]);
    const branch = (0,_stages_context_js__WEBPACK_IMPORTED_MODULE_9__/* .agentBranch */ .K1)(issue);
    const correlationId = prior?.correlationId ?? ctx.plan.correlationId ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    // A re-run continues the state of the PR it already opened: one branch, one PR.
    const existing = await (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .loadState */ .C7)(deps, branch);
    const start = existing ?? {
        ...(0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .initialState */ .ue)(issueNumber, config.baseBranch),
        correlationId,
        acceptanceCriteria: prior?.verdict?.acceptanceCriteria ?? [],
        stages: prior?.stages ?? [],
    };
    const before = start.stages;
    // The PR carries where the progress comment is and who asked, for the later stages.
    const stickyId = await progress.stickyId();
    const kept = (0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_10__/* .parseMarker */ .gY)((await forge.pull(branch))?.body ?? '');
    forge.setPullBodySuffix((0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_10__/* .renderMarker */ .Bd)({
        v: 1,
        stickyId,
        requestedBy: prior?.requestedBy ?? kept?.requestedBy ?? null,
        verdict: prior?.verdict ?? kept?.verdict ?? null,
        reviewed: kept?.reviewed ?? [],
        inBody: kept?.inBody ?? [],
    }));
    Object.assign(ctx.recovery, {
        issue: issueNumber,
        correlationId: start.correlationId,
        stages: before,
        branch,
    });
    const w = await (0,_stages_write_js__WEBPACK_IMPORTED_MODULE_4__/* .write */ .M9)(deps, {
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
        await (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .chain */ .c)(ctx, 'review', {
            issue: issueNumber,
            pr: w.pr.number,
            round: state.round,
            correlationId: state.correlationId,
            // The checkout's HEAD is what was pushed (after a rebase, if the push needed one).
            headSha: await ctx.session.workspace.headSha(),
        });
        return (0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .report */ .z)(base, {
            ...shared,
            outcome: 'pr_opened',
            why: `Draft PR opened: ${w.detail}. Review was dispatched.`,
        });
    }
    const outcome = w.outcome === 'written' ? 'infra_error' : w.outcome;
    await progress.publish({ step: 'write', outcome, note: w.detail, round: 0, stages: state.stages, prUrl: shared.prUrl }, issueState);
    await (0,_finish_js__WEBPACK_IMPORTED_MODULE_6__/* .finishPipeline */ .or)(ctx, {
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
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .report */ .z)(base, {
        ...shared,
        outcome,
        why: `Write stopped (${outcome}): ${w.detail}`,
        failure: outcome === 'budget_exceeded' ? null : `write ended with ${outcome}: ${w.detail}`,
    });
}


/***/ }),

/***/ 12656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iu: () => (/* reexport */ applyOverrides),
  HT: () => (/* reexport */ loadConfigFile),
  TI: () => (/* reexport */ testCommandArgs)
});

// UNUSED EXPORTS: CONFIG_PATH, STAGES, configSchema, parseConfig

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./src/config/schema.ts

/**
 * The schema of `.github/lailatov.yml`, with every default documented next to its key. The file
 * is optional: an empty or missing file gives exactly these defaults.
 */
const positive = (what = 'a positive number') => schemas/* number */.aig({ error: `expected ${what}` }).positive({ error: `expected ${what}` });
const count = (min) => schemas/* number */.aig({ error: `expected a whole number >= ${min}` })
    .int({ error: `expected a whole number >= ${min}` })
    .min(min, { error: `expected a whole number >= ${min}` });
const schema_name = schemas/* string */.YjP({ error: 'expected a non-empty string' }).min(1, {
    error: 'expected a non-empty string',
});
/** The stages that run an engine (an agent that edits the tree). */
const ENGINE_STAGES = (/* unused pure expression or super */ null && (['write', 'remediate']));
/** The stages that make one structured model call. */
const MODEL_STAGES = (/* unused pure expression or super */ null && (['triage', 'review']));
const STAGES = (/* unused pure expression or super */ null && (['triage', 'write', 'review', 'remediate']));
const engineChain = schemas/* array */.YOg(schema_name, { error: 'expected a list of engine names, e.g. [anthropic, claude-code]' })
    .min(1, { error: 'expected at least one engine' });
// Every key carries its description in the schema (`.describe`), so the configuration reference
// in docs/configuration.md is generated from this one source (src/config/reference.ts).
const configSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, { error: 'expected 1 (the only version so far)' })
        .default(1)
        .describe('Schema version of this file.'),
    baseBranch: schema_name.default('main').describe('The branch agent branches start from and PRs target.'),
    botLogin: schema_name
        .default('lailatov[bot]')
        .describe("The suite's own account; its comments are not treated as human replies."),
    testCommand: schemas/* union */.KCZ([schema_name, schemas/* array */.YOg(schema_name).min(1)], {
        error: 'expected a command string or a list of arguments',
    })
        .nullable()
        .default(null)
        .describe('The test command as an argument list (or a string split on spaces, never run by a shell). ' +
        'null: detected from package.json, pytest, go.mod, Cargo.toml or a Makefile.'),
    maxRemediationRounds: count(0)
        .default(2)
        .describe('Remediation rounds before a human is asked to take over.'),
    budgets: schemas/* strictObject */.rej({
        issue: positive().default(10).describe('All stages and rounds of one issue together.'),
        triage: positive().default(0.5).describe('One triage run.'),
        write: positive().default(5).describe('One write run.'),
        review: positive().default(1).describe('One review round.'),
        remediate: positive().default(2).describe('One remediation round.'),
    })
        .prefault({})
        .describe('Ceilings in USD.'),
    engines: schemas/* strictObject */.rej({
        write: engineChain.default(['anthropic']),
        remediate: engineChain.default(['anthropic']),
    })
        .prefault({})
        .describe('Engine fallback chain per engine stage, first link first (`engine` or `engine:model`).'),
    models: schemas/* strictObject */.rej({
        triage: schema_name.default('claude-sonnet-4-6'),
        write: schema_name.default('claude-sonnet-4-6'),
        review: schema_name.default('claude-opus-4-6'),
        remediate: schema_name.default('claude-sonnet-4-6'),
    })
        .prefault({})
        .describe('Model id per stage.'),
    maxTurns: schemas/* strictObject */.rej({ write: count(1).default(40), remediate: count(1).default(20) })
        .prefault({})
        .describe('Turn cap per engine run.'),
    timeouts: schemas/* strictObject */.rej({
        write: positive().default(30),
        remediate: positive().default(20),
        tests: positive().default(10),
    })
        .prefault({})
        .describe('Wall-clock limits in minutes.'),
    labels: schemas/* strictObject */.rej({
        trigger: schema_name.default('ai-agent'),
        needsClarification: schema_name.default('needs-clarification'),
        escalated: schema_name.default('agent:escalated'),
        blocked: schema_name.default('agent:blocked'),
    })
        .prefault({})
        .describe('Label names the suite reads and sets.'),
    review: schemas/* strictObject */.rej({
        diffTokenBudget: count(1000)
            .default(60000)
            .describe('Tokens of diff the code review may read; larger PRs are cut by a stated rule.'),
        remediate: schemas/* array */.YOg(schemas/* enum */.k5n(['blocking', 'major', 'minor', 'nit']))
            .min(1)
            .default(['blocking', 'major'])
            .describe('Severities that remediation must fix.'),
    })
        .prefault({})
        .describe('Code review settings.'),
    sandbox: schemas/* strictObject */.rej({
        mode: schemas/* enum */.k5n(['bwrap', 'off'], { error: 'expected bwrap or off' })
            .default('bwrap')
            .describe('bwrap: every agent command, CLI engine, hook and test run in a bubblewrap sandbox ' +
            '(docs/security.md). off: no OS sandbox; the job summary and the PR say so.'),
        network: schemas/* strictObject */.rej({
            allow: schemas/* array */.YOg(schema_name, { error: 'expected a list of host names, e.g. [pypi.org]' })
                .default([])
                .describe('Hosts the sandbox may reach through the egress proxy, added to the default ' +
                'package registries.'),
        })
            .prefault({})
            .describe('Network egress from the sandbox: only the model proxy and these hosts.'),
    })
        .prefault({})
        .describe('The OS boundary around the agent.'),
    slackWebhookEnv: schema_name
        .default('SLACK_WEBHOOK_URL')
        .describe('Name of the environment variable (secret) that holds the Slack webhook URL.'),
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/config/load.ts




const CONFIG_PATH = '.github/lailatov.yml';
function keyPath(path) {
    return path.length === 0 ? '(top level)' : path.map(String).join('.');
}
function describeIssue(issue) {
    if (issue.code === 'unrecognized_keys') {
        const where = issue.path.length === 0 ? '' : `${keyPath(issue.path)}.`;
        return issue.keys.map((k) => `${where}${k}: unknown key (check the spelling; see the docs)`);
    }
    return [`${keyPath(issue.path)}: ${issue.message}`];
}
/**
 * Parses and validates the text of `.github/lailatov.yml`. Every problem is reported with the
 * key it concerns; an empty text gives the defaults.
 */
function parseConfig(text, source = CONFIG_PATH) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false });
    if (doc.errors.length > 0) {
        const problems = doc.errors.map((e) => e.message);
        throw new errors/* UserError */.y(`${source}: not valid YAML: ${problems[0]}`, problems);
    }
    const raw = doc.toJS() ?? {};
    const result = configSchema.safeParse(raw);
    if (!result.success) {
        const problems = result.error.issues.flatMap(describeIssue);
        throw new errors/* UserError */.y(`${source}: ${problems[0]}`, problems);
    }
    return result.data;
}
/** Reads the config file, or gives the defaults when there is none. */
async function loadConfigFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return parseConfig('');
        throw e;
    }
    return parseConfig(text, path);
}
function applyOverrides(config, o) {
    const merged = {
        ...config,
        ...(o.baseBranch !== undefined && { baseBranch: o.baseBranch }),
        ...(o.testCommand !== undefined && { testCommand: o.testCommand }),
        ...(o.maxRemediationRounds !== undefined && { maxRemediationRounds: o.maxRemediationRounds }),
        budgets: {
            ...config.budgets,
            ...(o.issueBudgetUsd !== undefined && { issue: o.issueBudgetUsd }),
        },
        engines: { ...config.engines, ...o.engines },
        models: { ...config.models, ...o.models },
    };
    // Overrides go through the same validation as the file, so a bad flag names its key too.
    const result = configSchema.safeParse(merged);
    if (!result.success) {
        const problems = result.error.issues.flatMap(describeIssue);
        throw new errors/* UserError */.y(`command-line override: ${problems[0]}`, problems);
    }
    return result.data;
}
/** The test command as an argument list (no shell): a string is split on whitespace. */
function testCommandArgs(config) {
    const c = config.testCommand;
    if (c === null)
        return null;
    return typeof c === 'string' ? c.split(/\s+/).filter((s) => s !== '') : [...c];
}

;// CONCATENATED MODULE: ./src/config/index.ts




/***/ })

};
;