export const id = 2574;
export const ids = [2574,7171];
export const modules = {

/***/ 17171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_POLICY_FILE: () => (/* binding */ DEFAULT_POLICY_FILE),
/* harmony export */   loadPolicyFile: () => (/* binding */ loadPolicyFile),
/* harmony export */   policyCommand: () => (/* binding */ policyCommand),
/* harmony export */   reportingUserErrors: () => (/* binding */ reportingUserErrors),
/* harmony export */   summarizePolicy: () => (/* binding */ summarizePolicy)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_risk_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84201);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71604);






const DEFAULT_POLICY_FILE = 'risk-policy.json';
const HELP = `Usage: lailatov policy check FILE

Validates a risk policy (risk-policy.json). Prints a one-line summary when it is valid;
otherwise lists every problem, each with its JSON path and the fix.

Exit codes: 0 valid, 2 invalid or unreadable.
`;
/**
 * Reads and validates a policy file. `file` is relative to `cwd`; without it the default
 * ./risk-policy.json is read, and its absence says how to point at another file.
 */
async function loadPolicyFile(cwd, file) {
    const name = file ?? DEFAULT_POLICY_FILE;
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, name);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' && file === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`no ${DEFAULT_POLICY_FILE} in ${cwd}. Fix: pass --policy FILE, or create ${DEFAULT_POLICY_FILE} (see 'lailatov policy --help').`);
        }
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EISDIR'
                ? 'it is a directory'
                : String(code ?? e);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`cannot read policy file ${name}: ${why}. Fix: pass the path of a readable risk-policy.json.`);
    }
    return (0,_core_risk_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicyText */ .XL)(text, name);
}
function summarizePolicy(name, policy) {
    const counts = _core_risk_index_js__WEBPACK_IMPORTED_MODULE_4__/* .TIERS */ .iB.map((t) => `${policy.riskTierRules[t].length} ${t}`).join(', ');
    const version = policy.version === undefined ? '' : ` (version ${policy.version})`;
    return (`${name}: valid risk policy${version}: ${counts} patterns; ` +
        `${policy.blockedPatterns.length} blocked; ${policy.protectedPaths.length} protected paths; ` +
        `default tier ${policy.defaultTier}.`);
}
/**
 * Runs a command body and reports a UserError as main.ts does (message, then every problem),
 * so the command keeps its exit-code contract when called directly, not only through main().
 */
async function reportingUserErrors(name, io, body) {
    try {
        return await body();
    }
    catch (e) {
        if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isUserError */ .i)(e))
            throw e;
        io.stderr(`lailatov ${name}: ${e.message}\n`);
        for (const problem of e.problems)
            io.stderr(`  - ${problem}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.badInput;
    }
}
async function check(file, io) {
    const policy = await loadPolicyFile(io.cwd, file);
    io.stdout(`${summarizePolicy(file, policy)}\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.ok;
}
const policyCommand = async (args, io) => {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: { help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
        });
    }
    catch (e) {
        io.stderr(`lailatov policy: ${e.message}\n\n${HELP}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.badInput;
    }
    if (parsed.values.help) {
        io.stdout(HELP);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.ok;
    }
    const [sub, file, ...extra] = parsed.positionals;
    if (sub !== 'check' || file === undefined || extra.length > 0) {
        const what = sub === undefined
            ? 'missing subcommand'
            : sub !== 'check'
                ? `unknown subcommand '${sub}'`
                : file === undefined
                    ? 'missing FILE'
                    : 'too many arguments';
        io.stderr(`lailatov policy: ${what}.\n\n${HELP}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.badInput;
    }
    return reportingUserErrors('policy', io, () => check(file, io));
};


/***/ }),

/***/ 52574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_RELAY_CONFIG: () => (/* binding */ DEFAULT_RELAY_CONFIG),
  relayCommand: () => (/* binding */ relayCommand),
  startRelay: () => (/* binding */ startRelay)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/relay/config.ts
// The relay's mapping file: which ClickUp workspaces/lists and Linear teams go to which GitHub
// repository, and the relay's limits. Validated once at start; every problem names its field.
// Pure: the caller reads the file.

const DEFAULT_TAG = 'ai-agent';
const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const EXAMPLE = 'See docs/relays.md: {"clickup": {"routes": [{"list": "162641062", "repo": "acme/api"}]}}';
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
class Reader {
    problems = [];
    problem(path, message) {
        this.problems.push(`${path}: ${message}`);
    }
    known(o, path, keys) {
        for (const k of Object.keys(o))
            if (!keys.includes(k))
                this.problem(`${path}${k}`, `unknown field; expected one of ${keys.join(', ')}`);
    }
    text(v, path, dflt) {
        if (v === undefined || v === null)
            return dflt;
        // ClickUp ids are numbers in some of its payloads: accept a number, keep it as text.
        if (typeof v === 'number' && Number.isSafeInteger(v))
            return String(v);
        if (typeof v === 'string' && v.trim() !== '')
            return v.trim();
        this.problem(path, `expected a non-empty string, got ${JSON.stringify(v)}`);
        return dflt;
    }
    repo(v, path) {
        if (typeof v === 'string' && REPO.test(v.trim()))
            return v.trim();
        this.problem(path, `expected "owner/name" of a GitHub repository, got ${JSON.stringify(v)}`);
        return '';
    }
    users(v, path) {
        if (v === undefined)
            return null;
        if (Array.isArray(v) &&
            v.length > 0 &&
            v.every((u) => typeof u === 'string' && u.trim() !== ''))
            return v.map((u) => u.trim());
        this.problem(path, 'expected a non-empty list of user ids or emails (omit it to allow anyone)');
        return null;
    }
    count(v, path, dflt) {
        if (v === undefined)
            return dflt;
        if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0)
            return v;
        this.problem(path, `expected a whole number above 0, got ${JSON.stringify(v)}`);
        return dflt;
    }
    routes(v, path, read) {
        if (!Array.isArray(v) || v.length === 0) {
            this.problem(path, 'expected a non-empty list of routes');
            return [];
        }
        return v.flatMap((r, i) => {
            const p = `${path}[${i}]`;
            if (!isObj(r)) {
                this.problem(p, 'expected an object');
                return [];
            }
            return [read(r, `${p}.`)];
        });
    }
}
function parseRelayConfig(value, name = 'relay config') {
    const r = new Reader();
    if (!isObj(value))
        throw new errors/* UserError */.y(`${name}: expected a JSON object. ${EXAMPLE}`);
    r.known(value, '', ['clickup', 'linear', 'maxBodyBytes', 'ratePerMinute', 'maxAgeSeconds']);
    const cu = value.clickup;
    const li = value.linear;
    let clickup = null;
    if (cu !== undefined) {
        if (!isObj(cu))
            r.problem('clickup', 'expected an object');
        else {
            r.known(cu, 'clickup.', ['tag', 'riskField', 'users', 'routes']);
            clickup = {
                tag: r.text(cu.tag, 'clickup.tag', DEFAULT_TAG) ?? DEFAULT_TAG,
                riskField: r.text(cu.riskField, 'clickup.riskField', null),
                users: r.users(cu.users, 'clickup.users'),
                routes: r.routes(cu.routes, 'clickup.routes', (o, p) => {
                    r.known(o, p, ['workspace', 'list', 'repo']);
                    const route = {
                        workspace: r.text(o.workspace, `${p}workspace`, null),
                        list: r.text(o.list, `${p}list`, null),
                        repo: r.repo(o.repo, `${p}repo`),
                    };
                    if (route.workspace === null && route.list === null)
                        r.problem(`${p}workspace`, 'give a workspace id, a list id, or both');
                    return route;
                }),
            };
        }
    }
    let linear = null;
    if (li !== undefined) {
        if (!isObj(li))
            r.problem('linear', 'expected an object');
        else {
            r.known(li, 'linear.', ['label', 'riskLabelPrefix', 'users', 'routes']);
            linear = {
                label: r.text(li.label, 'linear.label', DEFAULT_TAG) ?? DEFAULT_TAG,
                riskLabelPrefix: r.text(li.riskLabelPrefix, 'linear.riskLabelPrefix', 'risk:') ?? 'risk:',
                users: r.users(li.users, 'linear.users'),
                routes: r.routes(li.routes, 'linear.routes', (o, p) => {
                    r.known(o, p, ['team', 'repo']);
                    return { team: r.text(o.team, `${p}team`, '') ?? '', repo: r.repo(o.repo, `${p}repo`) };
                }),
            };
        }
    }
    if (cu === undefined && li === undefined)
        r.problem('clickup', 'give clickup or linear (or both): the relay has nothing to route');
    const config = {
        clickup,
        linear,
        maxBodyBytes: r.count(value.maxBodyBytes, 'maxBodyBytes', 256 * 1024),
        ratePerMinute: r.count(value.ratePerMinute, 'ratePerMinute', 60),
        maxAgeSeconds: r.count(value.maxAgeSeconds, 'maxAgeSeconds', 60),
    };
    if (r.problems.length > 0)
        throw new errors/* UserError */.y(`${name} is invalid (${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}). ${EXAMPLE}`, r.problems);
    return config;
}
/** Parses the text of a config file; bad JSON names the file and the position. */
function parseRelayConfigText(text, name) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* UserError */.y(`${name}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    return parseRelayConfig(value, name);
}
/** The repository for a ClickUp task: a route naming its list wins over one naming only its workspace. */
function clickupRepo(routes, task) {
    const fits = (r) => (r.workspace === null || r.workspace === task.workspace) &&
        (r.list === null || r.list === task.list);
    return (routes.find((r) => r.list !== null && fits(r)) ?? routes.find(fits))?.repo ?? null;
}
function linearRepo(routes, team) {
    return routes.find((r) => r.team === team.id || r.team === team.key)?.repo ?? null;
}

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

;// CONCATENATED MODULE: ./src/relay/env.ts
// The relay's secrets and API URLs from environment variables (the Node server's environment,
// a Worker's bindings, a function's settings): one reader for every way the relay runs.


/** The variables, by name (docs/relays.md lists them). */
const RELAY_ENV = {
    githubToken: 'GITHUB_TOKEN',
    clickupSecret: 'CLICKUP_WEBHOOK_SECRET',
    clickupToken: 'CLICKUP_API_TOKEN',
    linearSecret: 'LINEAR_WEBHOOK_SECRET',
    linearKey: 'LINEAR_API_KEY',
    config: 'LAILATOV_RELAY_CONFIG',
};
const value = (env, name) => env[name]?.trim() || null;
function need(env, name, why) {
    const v = value(env, name);
    if (v === null)
        throw new errors/* UserError */.y(`${name} is not set: ${why}. Fix: set it (docs/relays.md).`);
    return v;
}
/** Several webhooks (ClickUp gives each its own secret): comma-separated. */
const list = (v) => v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
/** The secrets the configured providers need; a missing one names its variable. */
function relaySecrets(env, config) {
    return {
        githubToken: need(env, RELAY_ENV.githubToken, 'the relay sends repository_dispatch with it (fine-grained, contents: write on the mapped repositories)'),
        clickup: config.clickup === null
            ? null
            : {
                webhookSecrets: list(need(env, RELAY_ENV.clickupSecret, "the ClickUp webhook's secret checks X-Signature")),
                apiToken: need(env, RELAY_ENV.clickupToken, 'the relay reads the tagged task with it'),
            },
        linear: config.linear === null
            ? null
            : {
                webhookSecrets: list(need(env, RELAY_ENV.linearSecret, "the Linear webhook's signing secret checks Linear-Signature")),
                apiKey: value(env, RELAY_ENV.linearKey),
            },
    };
}
/** API base URLs: the providers' own unless overridden (a proxy, GitHub Enterprise, a test). */
function relayUrls(env) {
    return {
        github: value(env, 'GITHUB_API_URL') ?? urls/* DEFAULT_API_URLS */.W.github,
        clickup: value(env, 'CLICKUP_API_URL') ?? urls/* DEFAULT_API_URLS */.W.clickup,
        linear: value(env, 'LINEAR_API_URL') ?? urls/* DEFAULT_API_URLS */.W.linear,
    };
}

// EXTERNAL MODULE: ./src/forge/github/events/dispatch.ts
var dispatch = __webpack_require__(2815);
;// CONCATENATED MODULE: ./src/relay/payload.ts
// The `agent-task` repository_dispatch the relay sends: the predecessor's client_payload
// (src/forge/github/events/parse-event.ts reads it), plus where the task lives so the actions can answer there.
// Pure: no I/O.

const RISK_TIERS = ['high', 'medium', 'low'];
const LABEL = { clickup: 'ClickUp', linear: 'Linear' };
function sourceLabel(source) {
    return LABEL[source];
}
/** The `POST /repos/{o}/{r}/dispatches` body for `task`. */
function agentTaskDispatch(task) {
    return {
        event_type: dispatch/* AGENT_TASK_EVENT_TYPE */.uv,
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

;// CONCATENATED MODULE: ./src/relay/clickup.ts
// ClickUp's side of the relay, pure: which webhook deliveries ask for work, and the task they
// name as a SourceTask. Shapes: developer.clickup.com/docs/webhooktaskpayloads (webhooks) and
// the Get Task response (GET /api/v2/task/{task_id}).

const clickup_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null;
const tagNames = (v) => Array.isArray(v)
    ? v.flatMap((t) => (clickup_isObj(t) && typeof t.name === 'string' ? [t.name] : []))
    : [];
const same = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
/**
 * What a webhook body asks for. `taskTagUpdated` counts when one of its history items (field
 * `tag`) has the tag in `after` and not in `before`: the tag was added. `taskCreated` counts when
 * the created task carries the tag (known only once the task is fetched). ClickUp keeps tag
 * names lowercase; the comparison ignores case anyway.
 */
function readClickUpDelivery(body, tag) {
    if (!clickup_isObj(body))
        return { kind: 'ignore', reason: 'the body is not a JSON object' };
    const event = str(body.event) ?? '(none)';
    const taskId = str(body.task_id);
    const webhook = str(body.webhook_id) ?? 'webhook';
    const items = Array.isArray(body.history_items) ? body.history_items.filter(clickup_isObj) : [];
    if (taskId === null)
        return { kind: 'ignore', reason: `${event} names no task_id` };
    if (event === 'taskTagUpdated') {
        const added = items.find((h) => h.field === 'tag' &&
            tagNames(h.after).some((n) => same(n, tag)) &&
            !tagNames(h.before).some((n) => same(n, tag)));
        if (!added)
            return { kind: 'ignore', reason: `no history item adds the tag "${tag}"` };
        return {
            kind: 'task',
            taskId,
            deliveryId: `clickup:${webhook}:${str(added.id) ?? taskId}`,
            tagFromTask: false,
            actor: actorKeys(added.user),
        };
    }
    if (event === 'taskCreated') {
        const first = items[0];
        return {
            kind: 'task',
            taskId,
            deliveryId: `clickup:${webhook}:${str(first?.id) ?? `created-${taskId}`}`,
            tagFromTask: true,
            actor: actorKeys(first?.user),
        };
    }
    return { kind: 'ignore', reason: `event ${event} is not taskTagUpdated or taskCreated` };
}
/** A drop-down's value is its option's orderindex (or id); a text field's value is the text. */
function fieldValue(field) {
    const value = field.value;
    const config = clickup_isObj(field.type_config) ? field.type_config : {};
    const options = Array.isArray(config.options) ? config.options.filter(clickup_isObj) : [];
    if (field.type === 'drop_down' && value !== undefined && value !== null) {
        const hit = options.find((o) => o.orderindex === value || o.id === value || String(o.orderindex) === String(value));
        return hit?.name;
    }
    return value;
}
/** The Get Task response as a SourceTask, with where it lives; null when it has no id or name. */
function readClickUpTask(json, riskField) {
    if (!clickup_isObj(json))
        return null;
    const id = str(json.id);
    const name = typeof json.name === 'string' ? json.name.trim() : '';
    if (id === null || name === '')
        return null;
    const fields = Array.isArray(json.custom_fields) ? json.custom_fields.filter(clickup_isObj) : [];
    const risk = riskField === null
        ? null
        : toRiskTier(fieldValue(fields.find((f) => same(String(f.name ?? ''), riskField)) ?? {}));
    // text_content is the description as plain text; description may be Markdown or empty.
    const description = (typeof json.text_content === 'string' && json.text_content) ||
        (typeof json.description === 'string' && json.description) ||
        '';
    return {
        task: {
            source: 'clickup',
            id,
            key: str(json.custom_id) ?? id,
            title: name,
            description,
            url: str(json.url),
            riskTier: risk,
        },
        workspace: str(json.team_id),
        list: clickup_isObj(json.list) ? str(json.list.id) : null,
        tags: tagNames(json.tags),
    };
}
function hasTag(tags, tag) {
    return tags.some((t) => same(t, tag));
}

;// CONCATENATED MODULE: ./src/relay/linear.ts
// Linear's side of the relay, pure: which webhook deliveries ask for work (an issue that gains
// the label), whether a delivery is fresh, and the issue as a SourceTask. Shapes:
// linear.app/developers/webhooks (the payload: action, type, data, updatedFrom, url,
// webhookTimestamp, webhookId).

const linear_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const linear_str = (v) => (typeof v === 'string' && v !== '' ? v : null);
const linear_same = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
/** Age check on `webhookTimestamp` (ms): null when fresh, else why not. */
function staleness(body, nowMs, maxAgeSeconds) {
    const ts = linear_isObj(body) ? body.webhookTimestamp : undefined;
    if (typeof ts !== 'number' || !Number.isFinite(ts))
        return 'webhookTimestamp is missing';
    const age = Math.abs(nowMs - ts) / 1000;
    return age > maxAgeSeconds
        ? `webhookTimestamp is ${Math.round(age)} s away from now (at most ${maxAgeSeconds} s)`
        : null;
}
/** The delivery's id: the `Linear-Delivery` header, else the webhook and its timestamp. */
function linearDeliveryId(body, header) {
    if (header)
        return `linear:${header}`;
    const b = linear_isObj(body) ? body : {};
    return `linear:${linear_str(b.webhookId) ?? 'webhook'}:${String(b.webhookTimestamp)}`;
}
/**
 * An `Issue` `create` that carries the label, or an `update` whose `updatedFrom.labelIds` (the
 * labels before) lacked it: the label was added now, not on some other edit.
 */
function readLinearDelivery(body, config) {
    if (!linear_isObj(body))
        return { kind: 'ignore', reason: 'the body is not a JSON object' };
    const type = linear_str(body.type) ?? '(none)';
    const action = linear_str(body.action) ?? '(none)';
    if (type !== 'Issue')
        return { kind: 'ignore', reason: `type ${type} is not Issue` };
    if (action !== 'create' && action !== 'update')
        return { kind: 'ignore', reason: `action ${action} is not create or update` };
    const data = linear_isObj(body.data) ? body.data : {};
    const labels = Array.isArray(data.labels)
        ? data.labels.flatMap((l) => linear_isObj(l) && typeof l.name === 'string' ? [{ id: linear_str(l.id), name: l.name }] : [])
        : [];
    const wanted = labels.find((l) => linear_same(l.name, config.label));
    if (!wanted)
        return { kind: 'ignore', reason: `the issue has no label "${config.label}"` };
    if (action === 'update') {
        const from = linear_isObj(body.updatedFrom) ? body.updatedFrom : {};
        if (!Array.isArray(from.labelIds))
            return { kind: 'ignore', reason: 'the update did not change the labels' };
        if (wanted.id !== null && from.labelIds.includes(wanted.id))
            return { kind: 'ignore', reason: `the label "${config.label}" was already on the issue` };
    }
    const id = linear_str(data.id);
    const title = typeof data.title === 'string' ? data.title.trim() : '';
    if (id === null || title === '')
        return { kind: 'ignore', reason: 'the issue has no id or title' };
    const team = linear_isObj(data.team) ? data.team : {};
    const risk = labels
        .map((l) => l.name.toLowerCase().startsWith(config.riskLabelPrefix.toLowerCase())
        ? toRiskTier(l.name.slice(config.riskLabelPrefix.length))
        : null)
        .find((t) => t !== null);
    return {
        kind: 'issue',
        task: {
            source: 'linear',
            id,
            key: linear_str(data.identifier) ?? id,
            title,
            description: typeof data.description === 'string' ? data.description : '',
            url: linear_str(data.url) ?? linear_str(body.url),
            riskTier: risk ?? null,
        },
        team: { id: linear_str(data.teamId) ?? linear_str(team.id), key: linear_str(team.key) },
        actor: actorKeys(body.actor),
    };
}

;// CONCATENATED MODULE: ./src/relay/rate-limit.ts
// A token bucket per client: `perMinute` requests in a burst, refilled evenly over a minute.
// The clock is passed in, so tests need no waiting.
class RateLimiter {
    perMinute;
    now;
    maxClients;
    buckets = new Map();
    constructor(perMinute, now = Date.now, 
    /** Clients remembered at most (the oldest are forgotten first). */
    maxClients = 10_000) {
        this.perMinute = perMinute;
        this.now = now;
        this.maxClients = maxClients;
    }
    /** True when `client` may make a request now (and counts it). */
    take(client) {
        const now = this.now();
        const b = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
        b.tokens = Math.min(this.perMinute, b.tokens + ((now - b.at) / 60_000) * this.perMinute);
        b.at = now;
        const ok = b.tokens >= 1;
        if (ok)
            b.tokens -= 1;
        this.buckets.delete(client);
        this.buckets.set(client, b);
        if (this.buckets.size > this.maxClients) {
            const oldest = this.buckets.keys().next().value;
            if (oldest !== undefined)
                this.buckets.delete(oldest);
        }
        return ok;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/relay/signature.ts
// Webhook signatures: ClickUp (`X-Signature`) and Linear (`Linear-Signature`) both send the hex
// HMAC-SHA256 of the raw request body, keyed with the webhook's secret. Pure: no I/O.

function hmacSha256Hex(secret, body) {
    return createHmac('sha256', secret).update(body).digest('hex');
}
/**
 * True when `header` is the signature of `body` under one of `secrets` (ClickUp gives each
 * webhook its own secret, so a relay serving several webhooks holds several). Compared in
 * constant time; a missing or malformed header is false, never an exception.
 */
function verifySignature(secrets, body, header) {
    const given = header?.trim().toLowerCase() ?? '';
    if (!/^[0-9a-f]{64}$/.test(given))
        return false;
    // Bytes without Buffer: the Worker runtime has node:crypto but no global Buffer to rely on.
    const got = Uint8Array.from(given.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
    // Every secret is tried (no early exit), so the time taken does not say which one matched.
    let ok = false;
    for (const secret of secrets) {
        if (secret === '')
            continue;
        if ((0,external_node_crypto_.timingSafeEqual)((0,external_node_crypto_.createHmac)('sha256', secret).update(body).digest(), got))
            ok = true;
    }
    return ok;
}

;// CONCATENATED MODULE: ./src/relay/store.ts
// Delivery ids already handled, so a retried or replayed webhook never dispatches twice. The
// server keeps them in memory (an LRU: a relay's traffic is people tagging tasks, a few a
// minute, so 10,000 ids cover days); a serverless deployment plugs in a shared store.
class MemoryDeliveryStore {
    capacity;
    // A Map keeps insertion order: the first key is the oldest claim.
    ids = new Map();
    constructor(capacity = 10_000) {
        this.capacity = capacity;
    }
    async claim(id) {
        if (this.ids.has(id))
            return false;
        this.ids.set(id, true);
        if (this.ids.size > this.capacity) {
            const oldest = this.ids.keys().next().value;
            if (oldest !== undefined)
                this.ids.delete(oldest);
        }
        return true;
    }
    async release(id) {
        this.ids.delete(id);
    }
}

;// CONCATENATED MODULE: ./src/relay/handler.ts
// The relay: one handler on the web-standard Request/Response, so the same code serves the
// `lailatov relay` Node server, a serverless function and the tests. It checks, in order: the
// rate (429), the size (413), the signature (401), the freshness (Linear, 401), whether the
// delivery asks for work (200, ignored), the delivery id (200, duplicate), the route (404);
// then it sends one repository_dispatch and acknowledges on the task. Nothing is sent before
// every check has passed, and no secret is logged or answered.








const answer = (status, body) => new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
});
class TooLarge extends Error {
}
/** The body's bytes, refused past `max` without reading the rest. */
async function readCapped(request, max) {
    const declared = Number(request.headers.get('content-length') ?? 'NaN');
    if (Number.isFinite(declared) && declared > max)
        throw new TooLarge();
    if (request.body === null)
        return new Uint8Array();
    const chunks = [];
    let size = 0;
    const reader = request.body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > max) {
            await reader.cancel().catch(() => undefined);
            throw new TooLarge();
        }
        chunks.push(value);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
    }
    return out;
}
function parseJson(bytes) {
    try {
        return JSON.parse(new TextDecoder().decode(bytes));
    }
    catch {
        return undefined;
    }
}
function createRelayHandler(deps) {
    const { config, secrets } = deps;
    const now = deps.now ?? Date.now;
    const store = deps.store ?? new MemoryDeliveryStore();
    const limiter = new RateLimiter(config.ratePerMinute, now);
    const log = deps.logger ?? { info: () => undefined, warn: () => undefined };
    const url = (k) => deps.urls?.[k] ?? urls/* DEFAULT_API_URLS */.W[k];
    const github = { url: url('github'), token: secrets.githubToken };
    /** Claim, route, dispatch, acknowledge: the part after the provider's own checks. */
    async function dispatch(deliveryId, task, repo, where, acknowledge) {
        const label = `${sourceLabel(task.source)} ${task.key}`;
        if (repo === null) {
            // Released: once the mapping names the target, the provider's retry is handled.
            await store.release(deliveryId);
            log.warn(`${label}: no route for ${where}; nothing sent`);
            return answer(404, { error: `no repository is mapped for ${where}` });
        }
        // One task, one hand-over: ClickUp sends taskCreated and taskTagUpdated for a task created
        // with the tag, and a dispatch without an issue number opens a new issue each time.
        const taskKey = `${task.source}:task:${task.id}`;
        if (!(await store.claim(taskKey)))
            return answer(200, { status: 'duplicate', reason: `${label} was already handed over` });
        try {
            await sendRepositoryDispatch(github, repo, agentTaskDispatch(task));
        }
        catch (e) {
            await Promise.all([store.release(deliveryId), store.release(taskKey)]);
            const why = e instanceof RelayApiError ? e.message : String(e);
            log.warn(`${label}: the dispatch to ${repo} failed: ${why}`);
            const hint = e instanceof RelayApiError && [401, 403, 404].includes(e.status)
                ? ' (the relay token needs contents: write on this repository)'
                : '';
            return answer(502, { error: `the dispatch to ${repo} failed${hint}` });
        }
        log.info(`${label}: agent-task dispatched to ${repo} (${deliveryId})`);
        if (acknowledge) {
            const text = `LailaTov: sent to ${repo}. A draft pull request will be linked here when it opens.`;
            await acknowledge(text).catch((e) => log.warn(`${label}: the acknowledging comment failed: ${e instanceof Error ? e.message : String(e)}`));
        }
        return answer(200, { status: 'dispatched', repo });
    }
    async function clickup(bytes, request) {
        const cu = config.clickup;
        const keys = secrets.clickup;
        if (cu === null || keys === null)
            return answer(404, { error: 'the ClickUp relay is not configured' });
        if (!verifySignature(keys.webhookSecrets, bytes, request.headers.get('x-signature')))
            return answer(401, { error: 'bad signature (X-Signature)' });
        const body = parseJson(bytes);
        if (body === undefined)
            return answer(400, { error: 'the body is not JSON' });
        const d = readClickUpDelivery(body, cu.tag);
        if (d.kind === 'ignore')
            return answer(200, { status: 'ignored', reason: d.reason });
        if (!actorAllowed(cu.users, d.actor))
            return answer(200, {
                status: 'ignored',
                reason: 'the user who tagged is not in clickup.users',
            });
        if (!(await store.claim(d.deliveryId)))
            return answer(200, { status: 'duplicate', reason: `delivery ${d.deliveryId} was handled` });
        const api = { url: url('clickup'), token: keys.apiToken };
        let found;
        try {
            found = readClickUpTask(await getClickUpTask(api, d.taskId), cu.riskField);
        }
        catch (e) {
            await store.release(d.deliveryId);
            log.warn(`ClickUp ${d.taskId}: ${e instanceof Error ? e.message : String(e)}`);
            return answer(502, { error: `could not read ClickUp task ${d.taskId}` });
        }
        if (found === null) {
            await store.release(d.deliveryId);
            return answer(502, { error: `ClickUp task ${d.taskId} has no id or name` });
        }
        if (d.tagFromTask && !hasTag(found.tags, cu.tag)) {
            await store.release(d.deliveryId);
            return answer(200, { status: 'ignored', reason: `the new task has no tag "${cu.tag}"` });
        }
        return dispatch(d.deliveryId, found.task, clickupRepo(cu.routes, found), `ClickUp workspace ${found.workspace ?? '?'}, list ${found.list ?? '?'}`, (text) => postClickUpComment(api, found.task.id, text));
    }
    async function linear(bytes, request) {
        const li = config.linear;
        const keys = secrets.linear;
        if (li === null || keys === null)
            return answer(404, { error: 'the Linear relay is not configured' });
        if (!verifySignature(keys.webhookSecrets, bytes, request.headers.get('linear-signature')))
            return answer(401, { error: 'bad signature (Linear-Signature)' });
        const body = parseJson(bytes);
        if (body === undefined)
            return answer(400, { error: 'the body is not JSON' });
        // A signed body replayed later is refused: the timestamp is inside what was signed.
        const stale = staleness(body, now(), config.maxAgeSeconds);
        if (stale !== null)
            return answer(401, { error: `stale delivery: ${stale}` });
        const d = readLinearDelivery(body, li);
        if (d.kind === 'ignore')
            return answer(200, { status: 'ignored', reason: d.reason });
        if (!actorAllowed(li.users, d.actor))
            return answer(200, {
                status: 'ignored',
                reason: 'the user who labeled is not in linear.users',
            });
        const id = linearDeliveryId(body, request.headers.get('linear-delivery'));
        if (!(await store.claim(id)))
            return answer(200, { status: 'duplicate', reason: `delivery ${id} was handled` });
        const apiKey = keys.apiKey;
        return dispatch(id, d.task, linearRepo(li.routes, d.team), `Linear team ${d.team.key ?? d.team.id ?? '?'}`, apiKey === null
            ? null
            : (text) => postLinearComment({ url: url('linear'), token: apiKey }, d.task.id, text));
    }
    return async (request, client) => {
        const path = new URL(request.url).pathname.replace(/\/+$/, '');
        if (request.method === 'GET' && path.endsWith('/healthz'))
            return answer(200, { status: 'ok' });
        const provider = path.endsWith('/clickup') ? clickup : path.endsWith('/linear') ? linear : null;
        if (provider === null)
            return answer(404, {
                error: 'POST to /clickup or /linear (GET /healthz for a health check)',
            });
        if (request.method !== 'POST')
            return answer(405, { error: 'POST only' });
        if (!limiter.take(client?.ip ?? 'unknown'))
            return answer(429, { error: `more than ${config.ratePerMinute} requests a minute` });
        let bytes;
        try {
            bytes = await readCapped(request, config.maxBodyBytes);
        }
        catch (e) {
            if (e instanceof TooLarge)
                return answer(413, { error: `the body is larger than ${config.maxBodyBytes} bytes` });
            throw e;
        }
        return provider(bytes, request);
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/relay/node-server.ts
// Serves a RelayHandler on Node's http server: each IncomingMessage becomes a web Request (the
// body streamed, so the size cap stops reading early), each Response is written back.


function toRequest(req, origin) {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) {
        if (Array.isArray(v))
            for (const x of v)
                headers.append(k, x);
        else if (v !== undefined)
            headers.set(k, v);
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    return new Request(new URL(req.url ?? '/', origin), {
        method: req.method ?? 'GET',
        headers,
        body: hasBody ? external_node_stream_.Readable.toWeb(req) : null,
        // Node's fetch needs this for a streamed body.
        duplex: 'half',
    });
}
async function serveRelay(handler, o) {
    const host = o.host ?? '127.0.0.1';
    const server = (0,external_node_http_.createServer)((req, res) => {
        const origin = `http://${host}`;
        handler(toRequest(req, origin), { ip: req.socket.remoteAddress ?? 'unknown' })
            .then(async (response) => {
            res.writeHead(response.status, Object.fromEntries(response.headers));
            res.end(Buffer.from(await response.arrayBuffer()));
        })
            .catch((e) => {
            o.logger?.warn(`relay error: ${e instanceof Error ? e.message : String(e)}`);
            if (!res.headersSent)
                res.writeHead(500, { 'content-type': 'application/json' });
            res.end('{"error":"internal error"}');
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(o.port, host, resolve);
    });
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : o.port;
    return {
        server,
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/commands/policy.ts
var policy = __webpack_require__(17171);
;// CONCATENATED MODULE: ./src/cli/commands/relay.ts










const DEFAULT_RELAY_CONFIG = 'lailatov-relay.json';
const HELP = `Usage: lailatov relay --port N [--host ADDR] [--config FILE]

Receives ClickUp and Linear webhooks and starts LailaTov in the mapped GitHub repository:
a task tagged (ClickUp) or an issue labeled (Linear) ai-agent becomes a repository_dispatch
agent-task. Endpoints: POST /clickup, POST /linear, GET /healthz.

  --port N        port to listen on (0: any free port; the URL is printed)
  --host ADDR     address to listen on (default 127.0.0.1; 0.0.0.0 behind a proxy)
  --config FILE   the mapping (default ./${DEFAULT_RELAY_CONFIG}, or the JSON text in
                  ${RELAY_ENV.config})

Environment: ${RELAY_ENV.githubToken} (fine-grained, contents: write on the mapped repositories),
${RELAY_ENV.clickupSecret}, ${RELAY_ENV.clickupToken}, ${RELAY_ENV.linearSecret}, ${RELAY_ENV.linearKey}.
See docs/relays.md. Stops on SIGINT or SIGTERM.
`;
async function configText(io, file) {
    const fromEnv = io.env[RELAY_ENV.config]?.trim();
    if (file === undefined && fromEnv)
        return { text: fromEnv, name: RELAY_ENV.config };
    const name = file ?? DEFAULT_RELAY_CONFIG;
    try {
        return { text: await (0,promises_.readFile)(external_node_path_default().resolve(io.cwd, name), 'utf8'), name };
    }
    catch {
        throw new errors/* UserError */.y(`cannot read the relay config ${name}. Fix: pass --config FILE, or set ${RELAY_ENV.config} (docs/relays.md).`);
    }
}
/** Starts the relay server (the command keeps it running; tests close it). */
async function startRelay(io, o) {
    const { text, name } = await configText(io, o.config);
    const config = parseRelayConfigText(text, name);
    const logger = {
        info: (m) => io.stderr(`relay: ${m}\n`),
        warn: (m) => io.stderr(`relay: warning: ${m}\n`),
    };
    const handler = createRelayHandler({
        config,
        secrets: relaySecrets(io.env, config),
        urls: relayUrls(io.env),
        logger,
    });
    return serveRelay(handler, { port: o.port, host: o.host, logger });
}
function port(v) {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < 0 || n > 65535)
        throw new errors/* UserError */.y(`--port: expected a port number 0-65535, got ${JSON.stringify(v ?? null)}`);
    return n;
}
const relayCommand = async (args, io) => {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            options: {
                port: { type: 'string' },
                host: { type: 'string' },
                config: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (e) {
        io.stderr(`lailatov relay: ${e.message}\n\n${HELP}`);
        return cli_io/* ExitCode */.y.badInput;
    }
    if (parsed.values.help) {
        io.stdout(HELP);
        return cli_io/* ExitCode */.y.ok;
    }
    return (0,policy.reportingUserErrors)('relay', io, async () => {
        const server = await startRelay(io, {
            port: port(parsed.values.port),
            host: parsed.values.host,
            config: parsed.values.config,
        });
        io.stdout(`LailaTov relay listening on ${server.url} (POST /clickup, POST /linear)\n`);
        await new Promise((resolve) => {
            process.once('SIGINT', resolve);
            process.once('SIGTERM', resolve);
        });
        await server.close();
        return cli_io/* ExitCode */.y.ok;
    });
};


/***/ }),

/***/ 84201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YX: () => (/* reexport */ parse/* DEFAULT_PROTECTED_PATHS */.YX),
  iB: () => (/* reexport */ types/* TIERS */.i),
  L8: () => (/* reexport */ classify),
  ON: () => (/* reexport */ parse/* parsePolicy */.ON),
  XL: () => (/* reexport */ parse/* parsePolicyText */.XL)
});

// UNUSED EXPORTS: DEFAULT_REQUIRED_CHECKS, DEFAULT_TIER, MINIMATCH_OPTIONS, PatternSet, compilePolicy, isTier, normalizePath, toGlob

// EXTERNAL MODULE: ./src/core/risk/glob.ts
var risk_glob = __webpack_require__(7765);
// EXTERNAL MODULE: ./src/core/risk/pattern-set.ts
var pattern_set = __webpack_require__(52744);
// EXTERNAL MODULE: ./src/core/risk/types.ts
var types = __webpack_require__(11326);
;// CONCATENATED MODULE: ./src/core/risk/classify.ts



function compileGlobs(rules) {
    const entries = [];
    for (const [pattern, value] of rules) {
        const glob = (0,risk_glob/* toGlob */.aZ)(pattern);
        // parsePolicy rejects patterns that name nothing; a hand-built policy may still hold one.
        if (glob !== undefined)
            entries.push({ glob, value });
    }
    return new pattern_set/* PatternSet */.D(entries);
}
function compilePolicy(policy) {
    // Ordered high → low, each tier in the policy's order: the first match is the deciding one.
    const tiers = compileGlobs(types/* TIERS */.i.flatMap((tier) => policy.riskTierRules[tier].map((pattern) => [pattern, { tier, pattern }])));
    const protectedPaths = compileGlobs(policy.protectedPaths.map((p) => [p, p]));
    const blocked = compileGlobs(policy.blockedPatterns.map((b) => [b.pattern, b]));
    const classify = (paths) => {
        const files = [];
        const blockedFiles = [];
        const protectedFiles = [];
        const seen = new Set();
        let rank = types/* TIERS */.i.length;
        for (const raw of paths) {
            const path = (0,risk_glob/* normalizePath */.Fd)(raw);
            if (path === '')
                continue;
            // One hash look-up, not has() then add(): a repeat leaves the size unchanged.
            const before = seen.size;
            if (seen.add(path).size === before)
                continue;
            // Split once: the three sets share the slices (and V8's cached hashes of them).
            const slash = path.lastIndexOf('/');
            const directory = slash === -1 ? '' : path.slice(0, slash);
            const name = slash === -1 ? path : path.slice(slash + 1);
            const rule = tiers.matchIn(path, directory, name);
            let tier = rule?.tier ?? policy.defaultTier;
            let pattern = rule?.pattern ?? null;
            const guard = protectedPaths.matchIn(path, directory, name);
            if (guard !== undefined) {
                protectedFiles.push({ path, pattern: guard });
                if (tier !== 'high') {
                    tier = 'high';
                    pattern = guard;
                }
            }
            const block = blocked.matchIn(path, directory, name);
            if (block !== undefined) {
                blockedFiles.push(block.reason === undefined
                    ? { path, pattern: block.pattern }
                    : { path, pattern: block.pattern, reason: block.reason });
            }
            files.push({ path, tier, pattern });
            rank = Math.min(rank, types/* TIERS */.i.indexOf(tier));
        }
        const prTier = types/* TIERS */.i[rank];
        if (prTier === undefined) {
            // Nothing changed: an outcome of its own, never a silent `low` (predecessor bug, §3.1).
            return {
                tier: 'none',
                files,
                requiredChecks: [],
                humanApprovalRequired: false,
                blocked: [],
                protected: [],
            };
        }
        const merge = policy.mergePolicy[prTier];
        if (merge === undefined) {
            throw new Error(`risk policy has no mergePolicy.${prTier}; load policies through parsePolicy`);
        }
        return {
            tier: prTier,
            files,
            requiredChecks: [...merge.requiredChecks],
            humanApprovalRequired: merge.humanApprovalRequired || protectedFiles.length > 0,
            blocked: blockedFiles,
            protected: protectedFiles,
            ...(merge.description === undefined ? {} : { description: merge.description }),
        };
    };
    return { policy, classify };
}
const compiledPolicies = new WeakMap();
/** Classifies changed paths; the policy's globs are compiled on first use and then reused. */
function classify(policy, paths) {
    let compiled = compiledPolicies.get(policy);
    if (compiled === undefined) {
        compiled = compilePolicy(policy);
        compiledPolicies.set(policy, compiled);
    }
    return compiled.classify(paths);
}

// EXTERNAL MODULE: ./src/core/risk/parse.ts + 1 modules
var parse = __webpack_require__(51230);
;// CONCATENATED MODULE: ./src/core/risk/index.ts







/***/ }),

/***/ 2815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uv: () => (/* binding */ AGENT_TASK_EVENT_TYPE)
/* harmony export */ });
/* unused harmony exports STAGE_EVENT_TYPES, FROM_SENDER, readAgentTask, readStageDispatch, stageDispatchRequest */
/* harmony import */ var _payload_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32775);
// The suite's `repository_dispatch` payloads, both sides: the stage-chaining dispatches it sends
// (stageDispatchRequest) and reads back, and the predecessor's `agent-task` (sent by its triage and
// the relay). parse-event.ts routes a dispatch here by its event type. Pure: no I/O.

/** The suite's own stage-chaining `repository_dispatch` types (names in one place). */
const STAGE_EVENT_TYPES = {
    triage: 'lailatov-triage',
    write: 'lailatov-write',
    review: 'lailatov-review',
    remediate: 'lailatov-remediate',
};
/** The predecessor's dispatch type, still accepted so existing senders keep working. */
const AGENT_TASK_EVENT_TYPE = 'agent-task';
const COMMIT_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** A nonce as the suite makes them (randomUUID); anything else counts as absent. */
const NONCE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** What to do about a bad dispatch payload: its sender wrote it. */
const FROM_SENDER = 'Fix the sender of this repository_dispatch: docs/actions.md lists the client_payload fields.';
/** The predecessor's agent-task client payload (`issue_number` may be a string of digits). */
function readAgentTask(body) {
    const r = new PayloadReader('client_payload');
    const task = {
        title: r.string(body.title, 'title', {
            trim: true,
            nonEmpty: true,
            missing: 'is required (the task title)',
        }),
        description: r.optionalString(body.description, 'description') ?? '',
        issueNumber: r.optionalIssueNumber(body.issue_number, 'issue_number'),
        riskTier: r.optionalString(body.risk_tier, 'risk_tier'),
        correlationId: r.optionalString(body.correlation_id, 'correlation_id'),
        clickupTaskId: r.optionalString(body.clickup_task_id, 'clickup_task_id'),
        complexity: r.optionalString(body.complexity, 'complexity'),
        source: r.optionalString(body.source, 'source'),
        branch: r.optionalString(body.branch, 'branch'),
        sourceId: r.optionalString(body.source_id, 'source_id'),
        taskUrl: r.optionalString(body.task_url, 'task_url'),
    };
    r.check('repository_dispatch agent-task', FROM_SENDER);
    return task;
}
function readStageDispatch(body, eventType) {
    const r = new PayloadReader('client_payload');
    const payload = {
        issue: r.issueNumber(body.issue, 'issue'),
        pr: r.optionalIssueNumber(body.pr, 'pr'),
        round: body.round === undefined ? 0 : r.integer(body.round, 'round', 0),
        correlationId: r.string(body.correlationId, 'correlationId', { nonEmpty: true }),
        headSha: typeof body.headSha === 'string' && COMMIT_SHA.test(body.headSha) ? body.headSha : null,
        nonce: typeof body.nonce === 'string' && NONCE.test(body.nonce) ? body.nonce : null,
    };
    r.check(`repository_dispatch ${eventType}`, FROM_SENDER);
    return payload;
}
/** The `POST /repos/{o}/{r}/dispatches` body that chains to `stage` (the sending side of readStageDispatch). */
function stageDispatchRequest(stage, payload) {
    const { headSha, nonce, ...rest } = payload;
    return {
        event_type: STAGE_EVENT_TYPES[stage],
        client_payload: { ...rest, ...(headSha && { headSha }), ...(nonce && { nonce }) },
    };
}


/***/ }),

/***/ 32775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports PayloadReader, at */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// Reads fields out of an untrusted JSON event payload and collects every problem with its path
// ("client_payload.issue_number: must be ..."), so one UserError can name them all. Hand-written
// rather than zod: the event is parsed before an action's first API request, and zod is the
// largest module an action would otherwise load before it (bench/github: cold start).

/** What a value is, for a message: `nothing`, `null`, `an array`, `a number (3)`. */
function describe(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    const shown = JSON.stringify(value) ?? String(value);
    return `${typeof value === 'string' ? 'a string' : `a ${typeof value}`} (${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown})`;
}
/** The message for a value of the wrong kind, or a missing one. */
const expected = (what, value) => value === undefined
    ? `is missing (expected ${what})`
    : `expected ${what}, got ${describe(value)}`;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The predecessor sends `issue_number: "42"`; new senders send 42. */
function toIssueNumber(value) {
    const n = typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*[1-9]\d*\s*$/.test(value)
            ? Number.parseInt(value, 10)
            : Number.NaN;
    return Number.isSafeInteger(n) && n > 0 ? n : null;
}
/**
 * One payload's reader. Each method returns the value, or a placeholder after recording a
 * problem; call check() before using the values. A missing object can be read on as `{}`.
 */
class PayloadReader {
    prefix;
    found = [];
    /** Fields already reported: nothing under them is reported again (a missing object, once). */
    reported = [];
    /** `prefix` goes in front of every path, e.g. `client_payload`. */
    constructor(prefix = '') {
        this.prefix = prefix;
    }
    /** Records a problem at `path` (`a.b`; '' is the payload itself). */
    problem(path, message) {
        const field = [this.prefix, path].filter((p) => p !== '').join('.');
        if (this.reported.some((f) => f === '' || field.startsWith(`${f}.`)))
            return;
        this.reported.push(field);
        this.found.push(`${field || '(payload)'}: ${message}`);
    }
    /** An object; null (and a problem) when it is missing or is not one. */
    object(value, path, what = 'an object') {
        if (isObject(value))
            return value;
        this.problem(path, expected(what, value));
        return null;
    }
    /** An object, or null when absent (null or missing). */
    optionalObject(value, path) {
        return value === undefined || value === null ? null : this.object(value, path);
    }
    /** A string; `nonEmpty` also refuses '' (after trimming when `trim` is set). */
    string(value, path, options = {}) {
        if (typeof value !== 'string') {
            this.problem(path, value === undefined && options.missing ? options.missing : expected('a string', value));
            return '';
        }
        const text = options.trim ? value.trim() : value;
        if (options.nonEmpty && text === '') {
            this.problem(path, options.missing ?? 'must not be empty');
            return '';
        }
        return text;
    }
    /** A string, or null when absent (null or missing). */
    optionalString(value, path) {
        return value === undefined || value === null ? null : this.string(value, path);
    }
    /** A string, or `fallback` when missing (null is a problem, as in the payloads GitHub sends). */
    stringOr(value, path, fallback) {
        return value === undefined ? fallback : this.string(value, path);
    }
    boolOr(value, path, fallback) {
        if (value === undefined)
            return fallback;
        if (typeof value === 'boolean')
            return value;
        this.problem(path, expected('true or false', value));
        return fallback;
    }
    /** A whole number >= `min` (a JSON number; strings are not accepted here). */
    integer(value, path, min) {
        if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min)
            return value;
        this.problem(path, expected(`a whole number >= ${min}`, value));
        return min;
    }
    /** A positive issue or PR number, as a number or a string of digits. */
    issueNumber(value, path) {
        const n = toIssueNumber(value);
        if (n !== null)
            return n;
        this.problem(path, `must be a positive whole number or a string of digits, got ${JSON.stringify(value) ?? 'nothing'}`);
        return 0;
    }
    /** An issue number, or null when absent (null or missing). */
    optionalIssueNumber(value, path) {
        return value === undefined || value === null ? null : this.issueNumber(value, path);
    }
    /** An array; each element goes through `item` with its index in the path. */
    array(value, path, item) {
        if (!Array.isArray(value)) {
            this.problem(path, expected('an array', value));
            return [];
        }
        return value.map((element, i) => item(element, `${path}.${i}`));
    }
    /**
     * Throws one UserError listing every problem and then the fix:
     * `${what}: bad event payload: a: ...; b: .... ${fix}`.
     */
    check(what, fix) {
        if (this.found.length > 0)
            throw new UserError(`${what}: bad event payload: ${this.found.join('; ')}. ${fix}`, [
                ...this.found,
            ]);
    }
}
/** `parent.key`, or `key` at the top. */
const at = (parent, key) => parent === '' ? key : `${parent}.${key}`;


/***/ }),

/***/ 18915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ DEFAULT_API_URLS)
/* harmony export */ });
// The providers' API base URLs, alone in a module: the actions' startup chunk (inputs.ts)
// needs them, not the clients.
const DEFAULT_API_URLS = {
    clickup: 'https://api.clickup.com',
    linear: 'https://api.linear.app',
    github: 'https://api.github.com',
};


/***/ })

};
