export const id = 9994;
export const ids = [9994];
export const modules = {

/***/ 29994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  appCommand: () => (/* binding */ appCommand),
  defaultAppName: () => (/* binding */ defaultAppName)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/forge/github/errors.ts
var github_errors = __webpack_require__(70656);
// EXTERNAL MODULE: ./src/forge/github/repo.ts
var repo = __webpack_require__(57091);
// EXTERNAL MODULE: ./src/cli/stage-command.ts + 1 modules
var stage_command = __webpack_require__(10694);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./src/onboard/doctor-github.ts
var doctor_github = __webpack_require__(40998);
;// CONCATENATED MODULE: ./src/onboard/app-manifest.ts
// `lailatov app create`: GitHub's App manifest flow in one command. A page on loopback posts the
// manifest (exactly the permissions the suite needs) to GitHub's "new App" page; GitHub sends the
// browser back to the loopback callback with a one-time code, which is converted into the App's
// id, slug and private key (POST /app-manifests/{code}/conversions, unauthenticated).




/** What the suite's workflows do with the App's token (the list doctor checks); no workflows. */
const SUITE_APP_PERMISSIONS = doctor_github/* APP_PERMISSIONS */.d;
function appManifest(o) {
    return {
        name: o.name,
        url: o.homepage,
        redirect_url: o.redirectUrl,
        description: 'LailaTov: agents that turn labelled issues into reviewed pull requests.',
        public: false,
        // No webhook: the workflows react to events; GitHub needs a URL even for an inactive hook.
        hook_attributes: { url: o.homepage, active: false },
        default_permissions: SUITE_APP_PERMISSIONS,
        default_events: [],
    };
}
/** Where the form posts: the user's or the organization's "new GitHub App" page. */
function newAppUrl(serverUrl, org, state) {
    const base = serverUrl.replace(/\/+$/, '');
    const path = org === null
        ? '/settings/apps/new'
        : `/organizations/${encodeURIComponent(org)}/settings/apps/new`;
    return `${base}${path}?state=${encodeURIComponent(state)}`;
}
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** The local page: one form with the manifest, sent by a click (or at once by its script). */
function manifestPage(action, manifest) {
    return `<!doctype html>
<html><head><meta charset="utf-8"><title>Create the LailaTov GitHub App</title></head>
<body>
<h1>Create the LailaTov GitHub App</h1>
<p>GitHub will ask you to confirm the App <b>${escapeHtml(manifest.name)}</b> with these permissions:
contents, issues, pull requests and checks (write), metadata (read). No webhook.</p>
<form id="manifest" action="${escapeHtml(action)}" method="post">
<input type="hidden" name="manifest" value="${escapeHtml(JSON.stringify(manifest))}">
<button type="submit">Create the App on GitHub</button>
</form>
<script>document.getElementById('manifest').submit();</script>
</body></html>
`;
}
function sameSecret(a, b) {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && (0,external_node_crypto_.timingSafeEqual)(x, y);
}
/**
 * Serves the page and the callback on 127.0.0.1. Only requests whose Host is this address are
 * answered (a web page cannot reach it through a rebound DNS name), and only a callback carrying
 * this run's `state` nonce is taken; the first good one wins, others get 400.
 */
async function startManifestFlow(o) {
    const state = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    let settle;
    const code = new Promise((resolve, reject) => (settle = { resolve, reject }));
    code.catch(() => undefined);
    let host = '';
    let page = '';
    const answer = (res, status, text, type = 'text/plain') => res
        .writeHead(status, {
        'content-type': `${type}; charset=utf-8`,
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
    })
        .end(text);
    const server = (0,external_node_http_.createServer)((req, res) => {
        req.resume();
        if (req.headers.host !== host)
            return answer(res, 421, 'wrong host');
        const url = new URL(req.url ?? '/', `http://${host}`);
        if (req.method === 'GET' && url.pathname === '/')
            return answer(res, 200, page, 'text/html');
        if (req.method === 'GET' && url.pathname === '/callback') {
            const got = url.searchParams.get('code') ?? '';
            if (!sameSecret(url.searchParams.get('state') ?? '', state) ||
                !/^[A-Za-z0-9_-]{1,200}$/.test(got))
                return answer(res, 400, 'This callback is not for this run of lailatov app create.');
            answer(res, 200, 'The App is created. You can close this tab and go back to the terminal.');
            settle?.resolve(got);
            return;
        }
        answer(res, 404, 'not found');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    host = `127.0.0.1:${port}`;
    const manifest = appManifest({
        name: o.name,
        homepage: o.homepage,
        redirectUrl: `http://${host}/callback`,
    });
    page = manifestPage(newAppUrl(o.serverUrl, o.org, state), manifest);
    const timer = setTimeout(() => settle?.reject(new errors/* UserError */.y(`no answer from GitHub within ${Math.round(o.timeoutMs / 1000)} s: open http://${host}/ in a browser on this machine and confirm the App (or pass a longer --timeout)`)), o.timeoutMs);
    return {
        pageUrl: `http://${host}/`,
        code,
        close: async () => {
            clearTimeout(timer);
            server.closeAllConnections();
            await new Promise((resolve) => server.close(() => resolve()));
        },
    };
}
/** POST /app-manifests/{code}/conversions: unauthenticated, the code is the credential. */
async function convertManifestCode(apiUrl, code) {
    const res = await fetch(`${apiUrl.replace(/\/+$/, '')}/app-manifests/${encodeURIComponent(code)}/conversions`, {
        method: 'POST',
        headers: {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'lailatov-cli',
        },
    });
    const body = (await res.json().catch(() => ({})));
    if (res.status !== 201)
        throw new errors/* UserError */.y(`GitHub did not convert the App's code (HTTP ${res.status}: ${String(body.message ?? '')}): a code works once and for an hour; run 'lailatov app create' again`);
    const { id, slug, pem, html_url: htmlUrl } = body;
    if (typeof id !== 'number' || typeof slug !== 'string' || typeof pem !== 'string')
        throw new Error('the conversion answer has no id, slug or pem');
    return { appId: id, slug, pem, htmlUrl: typeof htmlUrl === 'string' ? htmlUrl : '' };
}
/** Where the user installs the App on the repository. */
function installUrl(serverUrl, slug) {
    return `${serverUrl.replace(/\/+$/, '')}/apps/${encodeURIComponent(slug)}/installations/new`;
}

// EXTERNAL MODULE: ./src/onboard/github-access.ts + 3 modules
var github_access = __webpack_require__(18882);
// EXTERNAL MODULE: ./src/onboard/repo-settings.ts
var repo_settings = __webpack_require__(51045);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
;// CONCATENATED MODULE: ./src/cli/commands/app.ts










const HELP = `Usage: lailatov app create --github OWNER/REPO [--org ORG] [--name NAME] [--timeout SECONDS]

Creates the suite's GitHub App with GitHub's manifest flow, in one command. It serves a page on
127.0.0.1: open it in your browser, and GitHub asks you to confirm an App with exactly the
permissions the suite needs (contents, issues, pull requests, checks: write; metadata: read; no
workflows, no webhook). GitHub then sends your browser back to this command, which stores on the
repository the App id as the variable LAILATOV_APP_ID, its bot login as LAILATOV_BOT and its
private key as the secret LAILATOV_APP_PRIVATE_KEY, and prints the link that installs the App.
  --github OWNER/REPO  the repository whose workflows use the App (the token needs admin rights)
  --org ORG            create the App under an organization instead of your account
  --name NAME          the App's name, unique on GitHub (default lailatov-OWNER-REPO, 34 chars max)
  --timeout SECONDS    how long to wait for the browser (default 600)
Token: GITHUB_TOKEN, else \`gh auth token\`. GitHub Enterprise: set GITHUB_SERVER_URL
(https://HOST) and GITHUB_API_URL (https://HOST/api/v3).
Exit codes: 0 created and stored, 1 failure, 2 bad input.
`;
const OPTIONS = {
    github: { type: 'string' },
    org: { type: 'string' },
    name: { type: 'string' },
    timeout: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
};
/** GitHub App names: at most 34 characters. */
function defaultAppName(owner, repo) {
    return `lailatov-${owner}-${repo}`.slice(0, 34).replace(/-+$/, '');
}
function timeoutMs(text) {
    if (text === undefined)
        return 600_000;
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0)
        throw new errors/* UserError */.y(`--timeout: expected a number of seconds > 0, got ${JSON.stringify(text)}`);
    return n * 1000;
}
/** A key the repository could not take is kept in a private file, never lost. */
async function store(access, app, io) {
    try {
        return await (0,repo_settings/* storeAppCredentials */.NI)(access.octokit, access.repo, app);
    }
    catch (error) {
        const keyFile = (0,external_node_path_.join)(io.cwd, `${app.slug}.private-key.pem`);
        await (0,promises_.writeFile)(keyFile, app.pem, { mode: 0o600 });
        await (0,promises_.chmod)(keyFile, 0o600);
        const why = (0,github_errors/* wrapApiError */.N9)(error, {
            repo: (0,repo/* fullName */.f)(access.repo),
            doing: 'storing the App credentials',
        });
        throw new errors/* UserError */.y(`the App ${app.slug} (id ${app.appId}) was created, but storing it on ${(0,repo/* fullName */.f)(access.repo)} failed: ${why instanceof Error ? why.message : String(why)}. Its private key is in ${keyFile}: set the variable LAILATOV_APP_ID=${app.appId}, LAILATOV_BOT=${app.slug}[bot] and the secret LAILATOV_APP_PRIVATE_KEY from that file (gh secret set LAILATOV_APP_PRIVATE_KEY < ${keyFile}), then delete the file`);
    }
}
const appCommand = async (args, io) => {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h') {
        io.stdout(HELP);
        return sub === undefined ? cli_io/* ExitCode */.y.badInput : cli_io/* ExitCode */.y.ok;
    }
    if (sub !== 'create')
        throw new errors/* UserError */.y(`unknown subcommand '${sub}': the only one is 'lailatov app create'`);
    const { values } = (0,stage_command/* parseCommand */.RM)(rest, OPTIONS, 'app create');
    if (values.help) {
        io.stdout(HELP);
        return cli_io/* ExitCode */.y.ok;
    }
    const github = (0,stage_command/* requireFlag */.eP)(values.github, 'github', 'the repository, as OWNER/REPO');
    const timeout = timeoutMs(values.timeout);
    const serverUrl = (io.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const access = await (0,github_access/* githubAccess */.Y)(github, io.env);
    // The token must reach the repository before anyone creates an App for it.
    try {
        await access.octokit.request('GET /repos/{owner}/{repo}', { ...access.repo });
    }
    catch (error) {
        throw (0,github_errors/* wrapApiError */.N9)(error, { repo: (0,repo/* fullName */.f)(access.repo), doing: 'reading the repository' });
    }
    const flow = await startManifestFlow({
        serverUrl,
        org: values.org ?? null,
        name: values.name ?? defaultAppName(access.repo.owner, access.repo.repo),
        homepage: `${serverUrl}/${(0,repo/* fullName */.f)(access.repo)}`,
        timeoutMs: timeout,
    });
    let code;
    try {
        io.stderr(`Open ${flow.pageUrl} in a browser on this machine, and confirm the App on GitHub.\nWaiting for GitHub to send the browser back...\n`);
        code = await flow.code;
    }
    finally {
        await flow.close();
    }
    const app = await convertManifestCode(access.apiUrl, code);
    io.stdout(`Created the GitHub App ${app.slug} (id ${app.appId}).\n`);
    for (const line of await store(access, app, io))
        io.stdout(`  ${line}\n`);
    io.stdout(`Now install it on ${(0,repo/* fullName */.f)(access.repo)}: ${installUrl(serverUrl, app.slug)}\n` +
        `(choose "Only select repositories" and pick ${access.repo.repo}).\n`);
    return cli_io/* ExitCode */.y.ok;
};


/***/ }),

/***/ 40998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ APP_PERMISSIONS),
/* harmony export */   h: () => (/* binding */ githubChecks)
/* harmony export */ });
/* harmony import */ var _forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70656);
/* harmony import */ var _forge_github_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87716);
/* harmony import */ var _doctor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1908);
/* harmony import */ var _repo_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51045);
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
        const { data } = await a.octokit.rest.repos.getContent({ ...a.repo, path: _doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKFLOW_PATH */ .A8, ref });
        return !Array.isArray(data) && data.type === 'file'
            ? Buffer.from(data.content, 'base64').toString('utf8')
            : null;
    }
    catch (e) {
        if ((0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(e, 404))
            return null;
        throw e;
    }
}
function secretChecks(workflow, have) {
    const read = [...(workflow ?? '').matchAll(/secrets\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1] ?? '');
    if (workflow !== null && OIDC.test(workflow))
        return [
            (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('model key', 'the workflow signs in to the cloud through OIDC: no key secret needed'),
        ];
    const keys = MODEL_KEYS.filter((k) => read.length === 0 || read.includes(k));
    const present = keys.filter((k) => have.has(k));
    return [
        present.length > 0
            ? (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('model key', `secret ${present.join(', ')} is set`)
            : (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('model key', `none of the secrets ${keys.join(', ')} is set`, 'lailatov init --github OWNER/REPO --secret ANTHROPIC_API_KEY (with the key in your environment), or Settings → Secrets and variables → Actions'),
    ];
}
async function appChecks(a, variables, secrets) {
    const appId = variables.get('LAILATOV_APP_ID');
    if (appId === undefined || appId === '') {
        const perms = await (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkflowPermissions */ .SO)(a.octokit, a.repo);
        return [
            (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .warn */ .R8)('github app', 'no App (variable LAILATOV_APP_ID): PRs the suite opens start no CI', 'lailatov app create --github OWNER/REPO'),
            perms.canCreatePullRequests
                ? (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('actions may open PRs', 'GITHUB_TOKEN may open pull requests')
                : (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('actions may open PRs', 'without an App, GITHUB_TOKEN must be allowed to open pull requests, and it is not', 'lailatov init --github OWNER/REPO --allow-prs, or Settings → Actions → General → Workflow permissions'),
        ];
    }
    const checks = [];
    const bot = variables.get('LAILATOV_BOT') ?? '';
    checks.push(secrets.has('LAILATOV_APP_PRIVATE_KEY')
        ? (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('app key', 'secret LAILATOV_APP_PRIVATE_KEY is set')
        : (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('app key', `App ${appId} has no private key secret`, 'store it as LAILATOV_APP_PRIVATE_KEY (lailatov app create does)'));
    const slug = /^(.+)\[bot\]$/.exec(bot)?.[1];
    if (slug === undefined) {
        checks.push((0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('app bot', `variable LAILATOV_BOT is "${bot}", not "<app-slug>[bot]"`, "set LAILATOV_BOT to the App's bot login, e.g. my-app[bot]"));
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
            ? (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('app permissions', `App ${slug} has exactly what the suite needs`)
            : (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('app permissions', `App ${slug}: ${wrong.join('; ')}`, `change them at the App's settings page (Permissions & events), then accept them on the installation`));
    }
    catch (e) {
        if (!(0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(e, 404))
            throw e;
        checks.push((0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('app permissions', `no App with the slug ${slug}`, 'check the variable LAILATOV_BOT, or create the App: lailatov app create'));
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
            (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('repository', `cannot read ${a.repo.owner}/${a.repo.repo} (HTTP ${status ?? '?'})`, 'check the name, and that the token (GITHUB_TOKEN or gh auth) can read the repository'),
        ];
    }
    const checks = [
        (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('repository', `${a.repo.owner}/${a.repo.repo}, default branch ${defaultBranch}`),
    ];
    const workflow = await workflowText(a, defaultBranch);
    checks.push(...(0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .workflowChecks */ .n9)(workflow, `on ${defaultBranch}`));
    let secrets;
    let variables;
    try {
        [secrets, variables] = await Promise.all([
            (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .listSecretNames */ .h5)(a.octokit, a.repo),
            (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .listVariables */ .ce)(a.octokit, a.repo),
        ]);
    }
    catch (e) {
        if (!(0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(e, 403) && !(0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(e, 404))
            throw e;
        checks.push((0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('secrets', 'the token cannot list the secrets and variables', 'use a token with admin rights on the repository (a fine-grained token with Secrets and Variables: read)'));
        return checks;
    }
    checks.push(...secretChecks(workflow, secrets));
    const labels = await a.octokit.paginate(a.octokit.rest.issues.listLabelsForRepo, {
        ...a.repo,
        per_page: 100,
    });
    const have = new Set(labels.map((l) => l.name.toLowerCase()));
    const missing = Object.values(_forge_github_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LABELS */ .kg)
        .filter((l) => !have.has(l.name.toLowerCase()))
        .map((l) => l.name);
    checks.push(missing.length === 0
        ? (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)('labels', 'every label the suite uses exists')
        : missing.includes(_forge_github_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LABELS */ .kg.trigger.name)
            ? (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)('labels', `missing ${missing.join(', ')}`, 'lailatov init --github OWNER/REPO creates them')
            : (0,_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .warn */ .R8)('labels', `missing ${missing.join(', ')} (created on first use)`, 'lailatov init --github OWNER/REPO creates them'));
    checks.push(...(await appChecks(a, variables, secrets)));
    return checks;
}


/***/ }),

/***/ 1908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ WORKFLOW_PATH),
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   Lj: () => (/* binding */ localChecks),
/* harmony export */   R8: () => (/* binding */ warn),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   gH: () => (/* binding */ renderChecks),
/* harmony export */   n9: () => (/* binding */ workflowChecks)
/* harmony export */ });
/* unused harmony exports CALLER_PERMISSIONS, MIN_RUNNER */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89750);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_risk_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51230);
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
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isUserError */ .i)(e) ? e.message : e instanceof Error ? e.message : String(e);
}
async function exists(p) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(p).then(() => true, () => false);
}
/** The checks on a caller workflow's text (local file or the default branch's). */
function workflowChecks(text, where) {
    if (text === null)
        return [
            fail('workflow file', `${WORKFLOW_PATH} not found ${where}`, "run 'lailatov init' (or 'init --github OWNER/REPO --pr'), then commit and push it"),
        ];
    let doc;
    try {
        doc = ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text) ?? {});
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
        if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name)))
            return true;
    return false;
}
/** The checks on a checkout: config, policy, the workflow file, and what local runs need. */
async function localChecks(dir, env) {
    const checks = [];
    // Outside a checkout (doctor --github from anywhere), only what local runs need is checked.
    if (!(await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.git'))))
        return [...checks, ...(await machineChecks(env))];
    const configFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_PATH */ .tF);
    if (!(await exists(configFile)))
        checks.push(pass('config', `no ${_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_PATH */ .tF}: the defaults apply`));
    else
        await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfigFile */ .HT)(configFile).then(() => checks.push(pass('config', `${_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_PATH */ .tF} is valid`)), (e) => checks.push(fail('config', message(e), `fix ${_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_PATH */ .tF} (docs/configuration.md lists every key)`)));
    const policy = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'risk-policy.json'), 'utf8').catch(() => null);
    if (policy === null)
        checks.push(warn('risk policy', 'no risk-policy.json: every path gets the default tier, which requires tests', "run 'lailatov init' for the template, and adapt its globs"));
    else {
        try {
            (0,_core_risk_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePolicyText */ .XL)(policy);
            checks.push(pass('risk policy', 'risk-policy.json is valid'));
        }
        catch (e) {
            checks.push(fail('risk policy', message(e), 'lailatov policy check risk-policy.json lists every problem'));
        }
    }
    const workflow = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, WORKFLOW_PATH), 'utf8').catch(() => null);
    checks.push(...workflowChecks(workflow, 'in this checkout'));
    const ignore = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.gitignore'), 'utf8').catch(() => '');
    checks.push(ignore.split(/\r?\n/).some((l) => l.trim().replace(/^\/|\/$/g, '') === '.lailatov')
        ? pass('.gitignore', '.lailatov/ (local runs) is ignored')
        : warn('.gitignore', '.lailatov/ is not in .gitignore', "add a line '.lailatov/' (lailatov init does)"));
    checks.push(...(await machineChecks(env)));
    return checks;
}
/** What local runs need on this machine: Node and bubblewrap. */
async function machineChecks(env) {
    const checks = [];
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


/***/ }),

/***/ 51045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ putSecret),
/* harmony export */   NI: () => (/* binding */ storeAppCredentials),
/* harmony export */   QI: () => (/* binding */ allowWorkflowPullRequests),
/* harmony export */   SO: () => (/* binding */ readWorkflowPermissions),
/* harmony export */   ce: () => (/* binding */ listVariables),
/* harmony export */   h5: () => (/* binding */ listSecretNames)
/* harmony export */ });
/* unused harmony export setVariable */
/* harmony import */ var libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54768);
/* harmony import */ var _forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70656);
// A repository's Actions settings through the API, for `init --github`, `app create` and
// `doctor`: the workflow token's PR setting, secrets (sealed with the repository's public key:
// the plain value never leaves this process) and variables. Every write is idempotent.


async function readWorkflowPermissions(octokit, repo) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/permissions/workflow', {
        ...repo,
    });
    return {
        canCreatePullRequests: data.can_approve_pull_request_reviews,
        defaultPermissions: data.default_workflow_permissions,
    };
}
/** Lets GITHUB_TOKEN open PRs; the default permissions are left as they are. */
async function allowWorkflowPullRequests(octokit, repo) {
    await octokit.request('PUT /repos/{owner}/{repo}/actions/permissions/workflow', {
        ...repo,
        can_approve_pull_request_reviews: true,
    });
}
async function listSecretNames(octokit, repo) {
    const secrets = await octokit.paginate('GET /repos/{owner}/{repo}/actions/secrets', {
        ...repo,
        per_page: 100,
    });
    return new Set(secrets.map((s) => s.name));
}
/** Seals `value` for the repository (libsodium's sealed box, as GitHub requires) and stores it. */
async function putSecret(octokit, repo, name, value) {
    await libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].ready */ .Ay.ready;
    const { data: key } = await octokit.request('GET /repos/{owner}/{repo}/actions/secrets/public-key', { ...repo });
    const sealed = libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay.crypto_box_seal(libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].from_string */ .Ay.from_string(value), libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].from_base64 */ .Ay.from_base64(key.key, libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].base64_variants */ .Ay.base64_variants.ORIGINAL));
    const r = await octokit.request('PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}', {
        ...repo,
        secret_name: name,
        encrypted_value: libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].to_base64 */ .Ay.to_base64(sealed, libsodium_wrappers__WEBPACK_IMPORTED_MODULE_1__/* ["default"].base64_variants */ .Ay.base64_variants.ORIGINAL),
        key_id: key.key_id,
    });
    return r.status === 201 ? 'created' : 'updated';
}
async function listVariables(octokit, repo) {
    const variables = await octokit.paginate('GET /repos/{owner}/{repo}/actions/variables', {
        ...repo,
        per_page: 30,
    });
    return new Map(variables.map((v) => [v.name, v.value]));
}
/** Creates the variable, or updates it when it exists with another value. */
async function setVariable(octokit, repo, name, value) {
    const current = (await listVariables(octokit, repo)).get(name);
    if (current === value)
        return 'unchanged';
    if (current !== undefined) {
        await octokit.request('PATCH /repos/{owner}/{repo}/actions/variables/{name}', {
            ...repo,
            name,
            value,
        });
        return 'updated';
    }
    try {
        await octokit.request('POST /repos/{owner}/{repo}/actions/variables', { ...repo, name, value });
        return 'created';
    }
    catch (e) {
        if (!(0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(e, 409))
            throw e;
        // Created meanwhile (another run): set ours.
        await octokit.request('PATCH /repos/{owner}/{repo}/actions/variables/{name}', {
            ...repo,
            name,
            value,
        });
        return 'updated';
    }
}
/** What `app create` stores: the App's id and bot login as variables, its key as a secret. */
async function storeAppCredentials(octokit, repo, app) {
    return [
        `variable LAILATOV_APP_ID: ${await setVariable(octokit, repo, 'LAILATOV_APP_ID', String(app.appId))}`,
        `variable LAILATOV_BOT: ${await setVariable(octokit, repo, 'LAILATOV_BOT', `${app.slug}[bot]`)}`,
        `secret LAILATOV_APP_PRIVATE_KEY: ${await putSecret(octokit, repo, 'LAILATOV_APP_PRIVATE_KEY', app.pem)}`,
    ];
}


/***/ })

};
