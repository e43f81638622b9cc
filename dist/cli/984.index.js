export const id = 984;
export const ids = [984];
export const modules = {

/***/ 34984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/index.ts + 1 modules
var config = __webpack_require__(24186);
// EXTERNAL MODULE: ./src/core/risk/parse.ts
var parse = __webpack_require__(5496);
;// CONCATENATED MODULE: ./src/onboard/doctor.ts
// `lailatov doctor`: one checklist of what a run needs, each item with its fix. The local checks
// read the checkout; the GitHub ones (doctor-github.ts) read the repository through the API.






const pass = (name, detail) => ({
    name,
    status: 'pass',
    detail,
    fix: '',
});
const fail = (name, detail, fix) => ({
    name,
    status: 'fail',
    detail,
    fix,
});
const warn = (name, detail, fix) => ({
    name,
    status: 'warn',
    detail,
    fix,
});
const WORKFLOW_PATH = '.github/workflows/lailatov.yml';
/** The permissions the caller job must grant: the union of the stages' needs (docs/actions.md). */
const CALLER_PERMISSIONS = {
    contents: 'write',
    issues: 'write',
    'pull-requests': 'write',
    checks: 'write',
};
/** node24 actions need this runner version (GitHub-hosted runners have it). */
const MIN_RUNNER = '2.327.1';
const HOSTED = /^(ubuntu|windows|macos)-/;
function message(e) {
    return (0,errors/* isUserError */.i)(e) ? e.message : e instanceof Error ? e.message : String(e);
}
async function exists(p) {
    return (0,promises_.access)(p).then(() => true, () => false);
}
/** The checks on a caller workflow's text (local file or the default branch's). */
function workflowChecks(text, where) {
    if (text === null)
        return [
            fail('workflow file', `${WORKFLOW_PATH} not found ${where}`, "run 'lailatov init' (or 'init --github OWNER/REPO --pr'), then commit and push it"),
        ];
    let doc;
    try {
        doc = ((0,dist/* parse */.qg)(text) ?? {});
    }
    catch (e) {
        return [
            fail('workflow file', `${WORKFLOW_PATH} ${where} is not valid YAML: ${message(e)}`, 'fix the YAML, or rewrite it with lailatov init --force'),
        ];
    }
    const jobs = Object.entries(doc.jobs ?? {});
    const suite = jobs.filter(([, j]) => {
        const steps = Array.isArray(j.steps) ? j.steps : [];
        return [j.uses, ...steps.map((s) => s.uses)].some((u) => typeof u === 'string' && u.startsWith('lailatov/lailatov'));
    });
    if (suite.length === 0)
        return [
            fail('workflow file', `${WORKFLOW_PATH} ${where} runs no LailaTov job`, 'rewrite it from the template: lailatov init --force'),
        ];
    const checks = [pass('workflow file', `${WORKFLOW_PATH} ${where}`)];
    for (const [name, job] of suite) {
        const granted = (job.permissions ?? {});
        const missing = Object.entries(CALLER_PERMISSIONS)
            .filter(([k, v]) => granted[k] !== v && granted[k] !== 'write-all')
            .map(([k, v]) => `${k}: ${v}`);
        checks.push(missing.length === 0 && job.permissions !== 'write-all'
            ? pass('workflow permissions', `job ${name} grants what the stages need`)
            : job.permissions === 'write-all'
                ? warn('workflow permissions', `job ${name} grants write-all`, 'grant only contents, issues, pull-requests and checks: write (the template does)')
                : fail('workflow permissions', `job ${name} lacks ${missing.join(', ')}`, "copy the template's permissions block (lailatov init --force rewrites the file)"));
        const runsOn = [job['runs-on']].flat().filter((x) => typeof x === 'string');
        if (runsOn.length > 0 && !runsOn.some((r) => HOSTED.test(r)))
            checks.push(warn('runner version', `job ${name} runs on ${runsOn.join(', ')}`, `self-hosted runners need v${MIN_RUNNER} or later (node24 actions): Settings → Actions → Runners shows their versions`));
    }
    return checks;
}
/** Whether `name` is an executable on PATH (no process started). */
async function onPath(name, env) {
    for (const dir of (env.PATH ?? '').split(':').filter(Boolean))
        if (await exists(external_node_path_default().join(dir, name)))
            return true;
    return false;
}
/** The checks on a checkout: config, policy, the workflow file, and what local runs need. */
async function localChecks(dir, env) {
    const checks = [];
    const configFile = external_node_path_default().join(dir, config/* CONFIG_PATH */.tF);
    if (!(await exists(configFile)))
        checks.push(pass('config', `no ${config/* CONFIG_PATH */.tF}: the defaults apply`));
    else
        await (0,config/* loadConfigFile */.HT)(configFile).then(() => checks.push(pass('config', `${config/* CONFIG_PATH */.tF} is valid`)), (e) => checks.push(fail('config', message(e), `fix ${config/* CONFIG_PATH */.tF} (docs/configuration.md lists every key)`)));
    const policy = await (0,promises_.readFile)(external_node_path_default().join(dir, 'risk-policy.json'), 'utf8').catch(() => null);
    if (policy === null)
        checks.push(warn('risk policy', 'no risk-policy.json: every path gets the default tier, which requires tests', "run 'lailatov init' for the template, and adapt its globs"));
    else {
        try {
            (0,parse/* parsePolicyText */.XL)(policy);
            checks.push(pass('risk policy', 'risk-policy.json is valid'));
        }
        catch (e) {
            checks.push(fail('risk policy', message(e), 'lailatov policy check risk-policy.json lists every problem'));
        }
    }
    const workflow = await (0,promises_.readFile)(external_node_path_default().join(dir, WORKFLOW_PATH), 'utf8').catch(() => null);
    checks.push(...workflowChecks(workflow, 'in this checkout'));
    const ignore = await (0,promises_.readFile)(external_node_path_default().join(dir, '.gitignore'), 'utf8').catch(() => '');
    checks.push(ignore.split(/\r?\n/).some((l) => l.trim().replace(/^\/|\/$/g, '') === '.lailatov')
        ? pass('.gitignore', '.lailatov/ (local runs) is ignored')
        : warn('.gitignore', '.lailatov/ is not in .gitignore', "add a line '.lailatov/' (lailatov init does)"));
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    checks.push(major > 20 || (major === 20 && minor >= 19)
        ? pass('node', `Node ${process.versions.node}`)
        : fail('node', `Node ${process.versions.node}: local runs need 20.19 or later`, 'install Node 20.19+ (nvm install 20)'));
    checks.push((await onPath('bwrap', env))
        ? pass('sandbox', 'bubblewrap is installed (local runs sandbox every agent command)')
        : warn('sandbox', 'bubblewrap (bwrap) is not on PATH: local runs cannot sandbox the agent', 'sudo apt-get install -y bubblewrap socat (Linux); or set sandbox: {mode: off} in the config, and every report says so'));
    return checks;
}
const MARK = { pass: 'ok  ', fail: 'FAIL', warn: 'warn' };
function renderChecks(checks) {
    const width = Math.max(...checks.map((c) => c.name.length));
    const lines = checks.map((c) => `${MARK[c.status]}  ${c.name.padEnd(width)}  ${c.detail}${c.fix ? `\n      ${''.padEnd(width)}  fix: ${c.fix}` : ''}`);
    const failed = checks.filter((c) => c.status === 'fail').length;
    const warned = checks.filter((c) => c.status === 'warn').length;
    return `${lines.join('\n')}\n\n${failed === 0 ? 'Ready' : `${failed} check(s) failed`}${warned > 0 ? `, ${warned} warning(s)` : ''}.\n`;
}

// EXTERNAL MODULE: ./src/forge/github/errors.ts
var github_errors = __webpack_require__(70656);
// EXTERNAL MODULE: ./src/forge/github/labels.ts
var github_labels = __webpack_require__(87716);
// EXTERNAL MODULE: ./src/onboard/repo-settings.ts
var repo_settings = __webpack_require__(51045);
;// CONCATENATED MODULE: ./src/onboard/doctor-github.ts
// `lailatov doctor --github OWNER/REPO`: what a run needs on GitHub, read through the API: the
// workflow file on the default branch, the secrets it reads, the labels, and either a GitHub App
// with the right permissions or the Actions setting that lets GITHUB_TOKEN open PRs.




/** The model keys a workflow may read; one is enough, unless the cloud signs in through OIDC. */
const MODEL_KEYS = ['ANTHROPIC_API_KEY', 'OPENROUTER_API_KEY', 'OPENAI_API_KEY', 'GEMINI_API_KEY'];
const OIDC = /aws-actions\/configure-aws-credentials|google-github-actions\/auth/;
/** What the App must be granted, and must not be (docs/quickstart.md, step 4). */
const APP_PERMISSIONS = {
    contents: 'write',
    issues: 'write',
    pull_requests: 'write',
    checks: 'write',
    metadata: 'read',
};
async function workflowText(a, ref) {
    try {
        const { data } = await a.octokit.rest.repos.getContent({ ...a.repo, path: WORKFLOW_PATH, ref });
        return !Array.isArray(data) && data.type === 'file'
            ? Buffer.from(data.content, 'base64').toString('utf8')
            : null;
    }
    catch (e) {
        if ((0,github_errors/* hasStatus */.Ro)(e, 404))
            return null;
        throw e;
    }
}
function secretChecks(workflow, have) {
    const read = [...(workflow ?? '').matchAll(/secrets\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1] ?? '');
    if (workflow !== null && OIDC.test(workflow))
        return [
            pass('model key', 'the workflow signs in to the cloud through OIDC: no key secret needed'),
        ];
    const keys = MODEL_KEYS.filter((k) => read.length === 0 || read.includes(k));
    const present = keys.filter((k) => have.has(k));
    return [
        present.length > 0
            ? pass('model key', `secret ${present.join(', ')} is set`)
            : fail('model key', `none of the secrets ${keys.join(', ')} is set`, 'lailatov init --github OWNER/REPO --secret ANTHROPIC_API_KEY (with the key in your environment), or Settings → Secrets and variables → Actions'),
    ];
}
async function appChecks(a, variables, secrets) {
    const appId = variables.get('LAILATOV_APP_ID');
    if (appId === undefined || appId === '') {
        const perms = await (0,repo_settings/* readWorkflowPermissions */.SO)(a.octokit, a.repo);
        return [
            warn('github app', 'no App (variable LAILATOV_APP_ID): PRs the suite opens start no CI', 'lailatov app create --github OWNER/REPO'),
            perms.canCreatePullRequests
                ? pass('actions may open PRs', 'GITHUB_TOKEN may open pull requests')
                : fail('actions may open PRs', 'without an App, GITHUB_TOKEN must be allowed to open pull requests, and it is not', 'lailatov init --github OWNER/REPO --allow-prs, or Settings → Actions → General → Workflow permissions'),
        ];
    }
    const checks = [];
    const bot = variables.get('LAILATOV_BOT') ?? '';
    checks.push(secrets.has('LAILATOV_APP_PRIVATE_KEY')
        ? pass('app key', 'secret LAILATOV_APP_PRIVATE_KEY is set')
        : fail('app key', `App ${appId} has no private key secret`, 'store it as LAILATOV_APP_PRIVATE_KEY (lailatov app create does)'));
    const slug = /^(.+)\[bot\]$/.exec(bot)?.[1];
    if (slug === undefined) {
        checks.push(fail('app bot', `variable LAILATOV_BOT is "${bot}", not "<app-slug>[bot]"`, "set LAILATOV_BOT to the App's bot login, e.g. my-app[bot]"));
        return checks;
    }
    try {
        const { data } = await a.octokit.request('GET /apps/{app_slug}', { app_slug: slug });
        const granted = (data?.permissions ?? {});
        const wrong = Object.entries(APP_PERMISSIONS)
            .filter(([k, v]) => granted[k] !== v && !(v === 'read' && granted[k] === 'write'))
            .map(([k, v]) => `${k}: ${v} (has ${granted[k] ?? 'none'})`);
        if (granted.workflows !== undefined)
            wrong.push(`workflows: none (has ${granted.workflows})`);
        checks.push(wrong.length === 0
            ? pass('app permissions', `App ${slug} has exactly what the suite needs`)
            : fail('app permissions', `App ${slug}: ${wrong.join('; ')}`, `change them at the App's settings page (Permissions & events), then accept them on the installation`));
    }
    catch (e) {
        if (!(0,github_errors/* hasStatus */.Ro)(e, 404))
            throw e;
        checks.push(fail('app permissions', `no App with the slug ${slug}`, 'check the variable LAILATOV_BOT, or create the App: lailatov app create'));
    }
    return checks;
}
async function githubChecks(a) {
    let defaultBranch;
    try {
        defaultBranch = (await a.octokit.rest.repos.get({ ...a.repo })).data.default_branch;
    }
    catch (e) {
        const status = e.status;
        return [
            fail('repository', `cannot read ${a.repo.owner}/${a.repo.repo} (HTTP ${status ?? '?'})`, 'check the name, and that the token (GITHUB_TOKEN or gh auth) can read the repository'),
        ];
    }
    const checks = [
        pass('repository', `${a.repo.owner}/${a.repo.repo}, default branch ${defaultBranch}`),
    ];
    const workflow = await workflowText(a, defaultBranch);
    checks.push(...workflowChecks(workflow, `on ${defaultBranch}`));
    let secrets;
    let variables;
    try {
        [secrets, variables] = await Promise.all([
            (0,repo_settings/* listSecretNames */.h5)(a.octokit, a.repo),
            (0,repo_settings/* listVariables */.ce)(a.octokit, a.repo),
        ]);
    }
    catch (e) {
        if (!(0,github_errors/* hasStatus */.Ro)(e, 403) && !(0,github_errors/* hasStatus */.Ro)(e, 404))
            throw e;
        checks.push(fail('secrets', 'the token cannot list the secrets and variables', 'use a token with admin rights on the repository (a fine-grained token with Secrets and Variables: read)'));
        return checks;
    }
    checks.push(...secretChecks(workflow, secrets));
    const labels = await a.octokit.paginate(a.octokit.rest.issues.listLabelsForRepo, {
        ...a.repo,
        per_page: 100,
    });
    const have = new Set(labels.map((l) => l.name.toLowerCase()));
    const missing = Object.values(github_labels/* LABELS */.kg)
        .filter((l) => !have.has(l.name.toLowerCase()))
        .map((l) => l.name);
    checks.push(missing.length === 0
        ? pass('labels', 'every label the suite uses exists')
        : missing.includes(github_labels/* LABELS */.kg.trigger.name)
            ? fail('labels', `missing ${missing.join(', ')}`, 'lailatov init --github OWNER/REPO creates them')
            : warn('labels', `missing ${missing.join(', ')} (created on first use)`, 'lailatov init --github OWNER/REPO creates them'));
    checks.push(...(await appChecks(a, variables, secrets)));
    return checks;
}

// EXTERNAL MODULE: ./src/onboard/github-access.ts + 3 modules
var github_access = __webpack_require__(18882);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
;// CONCATENATED MODULE: ./src/cli/commands/doctor.ts







const HELP = `Usage: lailatov doctor [--dir DIR] [--github OWNER/REPO] [--json]

One checklist of what a run needs, each item with its fix. In the checkout (default: the current
directory): .github/lailatov.yml and risk-policy.json valid, the workflow file and its
permissions, .lailatov/ ignored, Node and bubblewrap for local runs. With --github, through the
API: the workflow on the default branch, a model key secret, the labels, and either a GitHub App
with exactly the permissions the suite needs or the Actions setting that lets GITHUB_TOKEN open
pull requests. Token: GITHUB_TOKEN (or GH_TOKEN), else 'gh auth token'; API root: GITHUB_API_URL.
  --dir DIR            the checkout to check (default: the current directory)
  --github OWNER/REPO  also check the repository on GitHub
  --json               print the checks as one JSON object
Exit codes: 0 ready (warnings allowed), 1 a check failed, 2 bad input.
`;
const doctorCommand = async (args, io) => {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                dir: { type: 'string' },
                github: { type: 'string' },
                json: { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
            },
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (e) {
        throw new errors/* UserError */.y(`${e.message}. Fix: see 'lailatov doctor --help'.`);
    }
    if (values.help) {
        io.stdout(HELP);
        return cli_io/* ExitCode */.y.ok;
    }
    const checks = await localChecks(external_node_path_default().resolve(io.cwd, values.dir ?? '.'), io.env);
    if (values.github !== undefined)
        checks.push(...(await githubChecks(await (0,github_access/* githubAccess */.Y)(values.github, io.env))));
    const ok = checks.every((c) => c.status !== 'fail');
    io.stdout(values.json ? `${JSON.stringify({ ok, checks })}\n` : renderChecks(checks));
    return ok ? cli_io/* ExitCode */.y.ok : cli_io/* ExitCode */.y.failure;
};


/***/ }),

/***/ 24186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tF: () => (/* reexport */ load/* CONFIG_PATH */.tF),
  iu: () => (/* reexport */ load/* applyOverrides */.iu),
  RH: () => (/* reexport */ schema/* egressSettings */.RH),
  Qi: () => (/* reexport */ load/* loadConfigAt */.Qi),
  HT: () => (/* reexport */ load/* loadConfigFile */.HT),
  Lu: () => (/* reexport */ priceTableOf),
  TI: () => (/* reexport */ load/* testCommandArgs */.TI)
});

// UNUSED EXPORTS: STAGES, configSchema, parseConfig

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/core/cost/index.ts + 1 modules
var cost = __webpack_require__(17056);
;// CONCATENATED MODULE: ./src/config/prices.ts

const tables = new WeakMap();
/**
 * The price table a run prices with: the built-in table under the config's `prices` (already
 * checked by the schema). Every pricer of the run (engines, the model proxy, the structured
 * calls and their budgets) takes it from here, so a gateway's or a new model holds a ceiling.
 */
function priceTableOf(config) {
    let table = tables.get(config.prices);
    if (table === undefined) {
        table = (0,cost/* mergePrices */.r$)(config.prices);
        tables.set(config.prices, table);
    }
    return table;
}

// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
;// CONCATENATED MODULE: ./src/config/index.ts





/***/ }),

/***/ 17056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ry: () => (/* reexport */ CostLedger),
  f7: () => (/* reexport */ prices/* DEFAULT_PRICES */.f),
  ho: () => (/* reexport */ price_table/* costOf */.ho),
  r$: () => (/* reexport */ price_table/* mergePrices */.r$)
});

// UNUSED EXPORTS: findPrice, modelKeys, priceOverrideProblems

// EXTERNAL MODULE: ./src/core/cost/prices.ts
var prices = __webpack_require__(3219);
// EXTERNAL MODULE: ./src/core/cost/price-table.ts
var price_table = __webpack_require__(75237);
// EXTERNAL MODULE: ./src/core/usage.ts
var core_usage = __webpack_require__(14528);
;// CONCATENATED MODULE: ./src/core/cost/ledger.ts

/**
 * The per-issue cost ledger: an immutable value (add returns a new ledger), so it can travel in
 * the PR's hidden state and be rebuilt anywhere. Each entry is one stage run.
 *
 * Unknown cost fails closed: an entry with a null cost could have spent anything, so once
 * there is one, the issue's remaining budget is unknown (`remaining()` gives null), every
 * `wouldExceed()` answers true and `check()` reports the crossing as `unknownCost`, unless no
 * ceiling applies. Pricing the model (a price override) is the way out, not ignoring it.
 */
class CostLedger {
    ceilings;
    entries;
    constructor(ceilings, entries) {
        this.ceilings = ceilings;
        this.entries = entries;
    }
    static create(ceilings = {}, entries = []) {
        return new CostLedger(ceilings, entries);
    }
    add(entry) {
        return new CostLedger(this.ceilings, [...this.entries, entry]);
    }
    totals() {
        let known = 0;
        let unknown = 0;
        let usage = (0,core_usage/* zeroUsage */.My)();
        let turns = 0;
        let durationMs = 0;
        for (const e of this.entries) {
            if (e.costUsd === null)
                unknown++;
            else
                known += e.costUsd;
            usage = (0,core_usage/* addUsage */.vk)(usage, e.usage);
            turns += e.turns;
            durationMs += e.durationMs;
        }
        return {
            costUsd: unknown > 0 ? null : known,
            knownCostUsd: known,
            unknownCostEntries: unknown,
            usage,
            turns,
            durationMs,
        };
    }
    stageCeiling(stage) {
        return this.ceilings.perStageUsd?.[stage] ?? this.ceilings.defaultStageUsd;
    }
    /** USD left for the issue: Infinity without a ceiling, null when spending is unknown. */
    remaining() {
        const limit = this.ceilings.perIssueUsd;
        if (limit === undefined)
            return Number.POSITIVE_INFINITY;
        const t = this.totals();
        return t.costUsd === null ? null : Math.max(0, limit - t.costUsd);
    }
    /** Would a stage run estimated at `usd` cross its stage ceiling or the issue's? */
    wouldExceed(next) {
        const stageLimit = this.stageCeiling(next.stage);
        if (stageLimit !== undefined && next.usd > stageLimit)
            return { ceiling: 'stage', stage: next.stage, limitUsd: stageLimit, spentUsd: next.usd };
        const limit = this.ceilings.perIssueUsd;
        if (limit === undefined)
            return null;
        const t = this.totals();
        if (t.costUsd === null)
            return { ceiling: 'issue', unknownCost: true };
        if (t.costUsd + next.usd > limit)
            return { ceiling: 'issue', limitUsd: limit, spentUsd: t.costUsd + next.usd };
        return null;
    }
    /** Every ceiling already crossed: a stage run over its ceiling, then the issue over its. */
    check() {
        const out = [];
        for (const e of this.entries) {
            const limit = this.stageCeiling(e.stage);
            if (limit === undefined)
                continue;
            if (e.costUsd === null)
                out.push({ ceiling: 'stage', stage: e.stage, unknownCost: true });
            else if (e.costUsd > limit)
                out.push({ ceiling: 'stage', stage: e.stage, limitUsd: limit, spentUsd: e.costUsd });
        }
        const limit = this.ceilings.perIssueUsd;
        if (limit !== undefined) {
            const t = this.totals();
            if (t.costUsd === null)
                out.push({ ceiling: 'issue', unknownCost: true });
            else if (t.costUsd > limit)
                out.push({ ceiling: 'issue', limitUsd: limit, spentUsd: t.costUsd });
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/core/cost/index.ts





/***/ }),

/***/ 14528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   My: () => (/* binding */ zeroUsage),
/* harmony export */   RP: () => (/* binding */ totalTokens),
/* harmony export */   TY: () => (/* binding */ TOKEN_USAGE_KEYS),
/* harmony export */   vk: () => (/* binding */ addUsage)
/* harmony export */ });
/* unused harmony export sumUsage */
const TOKEN_USAGE_KEYS = ['input', 'output', 'cacheRead', 'cacheWrite'];
function zeroUsage() {
    return { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
}
function addUsage(a, b) {
    return {
        input: a.input + b.input,
        output: a.output + b.output,
        cacheRead: a.cacheRead + b.cacheRead,
        cacheWrite: a.cacheWrite + b.cacheWrite,
    };
}
function sumUsage(items) {
    let total = zeroUsage();
    for (const u of items)
        total = addUsage(total, u);
    return total;
}
/** Every token the run paid for, whatever its price. */
function totalTokens(u) {
    return u.input + u.output + u.cacheRead + u.cacheWrite;
}


/***/ })

};
