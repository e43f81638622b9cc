export const id = 4711;
export const ids = [4711];
export const modules = {

/***/ 72249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
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
;// CONCATENATED MODULE: ./src/init/gitignore.ts


/** The suite's local state (log, reports, breakers): never committed. */
const STATE_DIR_PATTERN = '.lailatov/';
/**
 * Adds `pattern` to the repository's .gitignore unless a line already names it. Returns whether
 * the file changed. The user's lines are kept as they are; a missing final newline is added.
 */
async function ensureIgnored(target, pattern = STATE_DIR_PATTERN) {
    const file = external_node_path_default().join(target, '.gitignore');
    const text = await (0,promises_.readFile)(file, 'utf8').catch((e) => {
        if (e.code === 'ENOENT')
            return '';
        throw e;
    });
    const bare = pattern.replace(/^\/|\/$/g, '');
    const named = text
        .split(/\r?\n/)
        .map((l) => l.trim().replace(/^\/|\/$/g, ''))
        .includes(bare);
    if (named)
        return false;
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    await (0,promises_.writeFile)(file, `${text}${sep}${pattern}\n`);
    return true;
}

;// CONCATENATED MODULE: ./src/init/install.ts



/** Single files: package path → repository path. */
const FILES = [
    ['workflows-templates/lailatov.yml', '.github/workflows/lailatov.yml'],
    // Weekly digest and learned-rules PR (read-only but for the learn PR): docs/learn-and-report.md.
    ['workflows-templates/lailatov-learn-report.yml', '.github/workflows/lailatov-learn-report.yml'],
    ['templates/lailatov.yml', '.github/lailatov.yml'],
    ['templates/risk-policy.json', 'risk-policy.json'],
    ['templates/CLAUDE.md', 'CLAUDE.md'],
];
/** Copied as a tree. */
const CLAUDE_DIR = '.claude';
// Personal or machine-local files that must not travel into someone else's repository.
const CLAUDE_EXCLUDED = new Set(['settings.local.json']);
async function isDirectory(p) {
    return (await (0,promises_.stat)(p).catch(() => undefined))?.isDirectory() ?? false;
}
async function tree(dir, rel = '') {
    const out = [];
    const entries = await (0,promises_.readdir)(external_node_path_default().join(dir, rel), { withFileTypes: true });
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const r = rel === '' ? e.name : `${rel}/${e.name}`;
        if (e.isDirectory())
            out.push(...(await tree(dir, r)));
        else if (e.isFile() && !CLAUDE_EXCLUDED.has(e.name))
            out.push(r);
    }
    return out;
}
/** What `lailatov init` installs from this package, and what the package lacks. */
async function planInstall(sourceRoot) {
    const items = FILES.map(([from, to]) => ({
        from: external_node_path_default().join(sourceRoot, from),
        to,
    }));
    const claude = external_node_path_default().join(sourceRoot, CLAUDE_DIR);
    if (!(await isDirectory(claude)))
        return { items, unavailable: [`${CLAUDE_DIR}/`] };
    for (const rel of await tree(claude)) {
        items.push({ from: external_node_path_default().join(claude, rel), to: `${CLAUDE_DIR}/${rel}` });
    }
    return { items, unavailable: [] };
}
/**
 * Copies the plan into `target`. An existing file is kept unless `force` is set; without it the
 * copy uses COPYFILE_EXCL, so a file that appears meanwhile is not overwritten either. File modes
 * are kept (the hooks must stay executable).
 */
async function install(opts) {
    const { items, unavailable } = await planInstall(opts.sourceRoot);
    const written = [];
    const skipped = [];
    for (const item of items) {
        const dest = external_node_path_default().join(opts.target, ...item.to.split('/'));
        await (0,promises_.mkdir)(external_node_path_default().dirname(dest), { recursive: true });
        try {
            await (0,promises_.copyFile)(item.from, dest, opts.force ? 0 : promises_.constants.COPYFILE_EXCL);
            written.push(item.to);
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
            skipped.push(item.to);
        }
    }
    if (await ensureIgnored(opts.target))
        written.push(`.gitignore (${STATE_DIR_PATTERN})`);
    return { written, skipped, unavailable };
}

// EXTERNAL MODULE: ./src/onboard/github-access.ts + 3 modules
var github_access = __webpack_require__(18882);
// EXTERNAL MODULE: ./src/forge/github/errors.ts
var github_errors = __webpack_require__(70656);
;// CONCATENATED MODULE: ./src/onboard/install-pr.ts
// `lailatov init --github o/r --pr`: the suite's files as one commit on `lailatov/install` and a
// PR for a human to merge, instead of files written into a local checkout. A second run finds
// the open PR and says so. Existing files are left alone, as `init` without --force does.



const INSTALL_BRANCH = 'lailatov/install';
async function fileAt(octokit, repo, ref, path) {
    try {
        const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
        if (Array.isArray(data) || data.type !== 'file')
            return { exists: true, text: null };
        return { exists: true, text: Buffer.from(data.content, 'base64').toString('utf8') };
    }
    catch (e) {
        if ((0,github_errors/* hasStatus */.Ro)(e, 404))
            return { exists: false, text: null };
        throw e;
    }
}
async function openInstallPullRequest(octokit, repo, items) {
    const open = await octokit.rest.pulls.list({
        ...repo,
        head: `${repo.owner}:${INSTALL_BRANCH}`,
        state: 'open',
    });
    if (open.data[0])
        return [`pull request: already open, ${open.data[0].html_url}`];
    const { data: meta } = await octokit.rest.repos.get({ ...repo });
    const base = meta.default_branch;
    const { data: head } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${base}` });
    const { data: baseCommit } = await octokit.rest.git.getCommit({
        ...repo,
        commit_sha: head.object.sha,
    });
    const tree = [];
    const skipped = [];
    for (const item of items) {
        if ((await fileAt(octokit, repo, base, item.to)).exists) {
            skipped.push(item.to);
            continue;
        }
        const content = await (0,promises_.readFile)(item.from);
        const { data: blob } = await octokit.rest.git.createBlob({
            ...repo,
            content: content.toString('base64'),
            encoding: 'base64',
        });
        // The hooks must stay executable, as `init` keeps file modes.
        const mode = item.to.startsWith('.claude/hooks/') ? '100755' : '100644';
        tree.push({ path: item.to, mode, type: 'blob', sha: blob.sha });
    }
    const ignore = await fileAt(octokit, repo, base, '.gitignore');
    const ignored = (ignore.text ?? '')
        .split(/\r?\n/)
        .some((l) => l.trim().replace(/^\/|\/$/g, '') === '.lailatov');
    if (!ignored) {
        const text = ignore.text ?? '';
        const { data: blob } = await octokit.rest.git.createBlob({
            ...repo,
            content: `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${STATE_DIR_PATTERN}\n`,
            encoding: 'utf-8',
        });
        tree.push({ path: '.gitignore', mode: '100644', type: 'blob', sha: blob.sha });
    }
    if (tree.length === 0)
        return [`pull request: none needed, every file exists on ${base}`];
    const { data: newTree } = await octokit.rest.git.createTree({
        ...repo,
        base_tree: baseCommit.tree.sha,
        tree,
    });
    const { data: commit } = await octokit.rest.git.createCommit({
        ...repo,
        message: 'chore: install LailaTov\n\nWritten by `lailatov init --github --pr`.',
        tree: newTree.sha,
        parents: [head.object.sha],
    });
    try {
        await octokit.rest.git.createRef({
            ...repo,
            ref: `refs/heads/${INSTALL_BRANCH}`,
            sha: commit.sha,
        });
    }
    catch (e) {
        if (!(0,github_errors/* hasStatus */.Ro)(e, 422))
            throw e;
        // A branch left by an earlier run whose PR was closed: start it again from this commit.
        await octokit.rest.git.updateRef({
            ...repo,
            ref: `heads/${INSTALL_BRANCH}`,
            sha: commit.sha,
            force: true,
        });
    }
    const { data: pr } = await octokit.rest.pulls.create({
        ...repo,
        head: INSTALL_BRANCH,
        base,
        title: 'Install LailaTov',
        body: [
            'The files of `lailatov init`: the caller workflow, `.github/lailatov.yml`, `risk-policy.json`, `CLAUDE.md` and the `.claude/` hooks.',
            '',
            'Before merging: fill in `CLAUDE.md`, adapt `risk-policy.json` to your paths, and set `setup-command` in `.github/workflows/lailatov.yml`.',
            ...(skipped.length > 0
                ? ['', `Left alone (they exist): ${skipped.map((s) => `\`${s}\``).join(', ')}.`]
                : []),
        ].join('\n'),
    });
    return [`pull request: opened ${pr.html_url} (${tree.length} file(s))`];
}

// EXTERNAL MODULE: ./src/forge/github/labels.ts
var labels = __webpack_require__(87716);
// EXTERNAL MODULE: ./src/forge/github/repo.ts
var github_repo = __webpack_require__(57091);
// EXTERNAL MODULE: ./src/onboard/repo-settings.ts
var repo_settings = __webpack_require__(51045);
;// CONCATENATED MODULE: ./src/onboard/setup-repository.ts
// `lailatov init --github`: the repository settings a first run needs, each step idempotent and
// reported: the labels, the Actions setting that lets the workflow token open PRs (only when the
// user agrees), and the secrets the user chose to upload (sealed).



async function setUpRepository(access, o) {
    const { octokit, repo } = access;
    await (0,github_repo/* verifyRepoAccess */.I)(octokit, repo);
    const said = [];
    const specs = Object.values(labels/* LABELS */.kg);
    const created = await (0,labels/* ensureLabels */.cV)(octokit, repo, specs);
    said.push(created.length === 0
        ? `labels: all ${specs.length} present`
        : `labels: created ${created.join(', ')}`);
    const perms = await (0,repo_settings/* readWorkflowPermissions */.SO)(octokit, repo);
    if (perms.canCreatePullRequests)
        said.push('Actions may open pull requests: already on');
    else if (o.allowPullRequests) {
        await (0,repo_settings/* allowWorkflowPullRequests */.QI)(octokit, repo);
        said.push('Actions may open pull requests: turned on');
    }
    else
        said.push('Actions may open pull requests: off, left as it is (pass --allow-prs to turn it on, or use a GitHub App: lailatov app create)');
    for (const [name, value] of o.secrets)
        said.push(`secret ${name}: ${await (0,repo_settings/* putSecret */.IW)(octokit, repo, name, value)}`);
    return said;
}

;// CONCATENATED MODULE: ./src/init/next-steps.ts
/** What a maintainer does after `lailatov init`, printed by the command and kept in one place. */
const NEXT_STEPS = `Next steps:
  1. Edit what init installed: CLAUDE.md (replace the <placeholders>), risk-policy.json (your
     paths), .github/lailatov.yml, and setup-command in .github/workflows/lailatov.yml (how to
     install what your tests need). Check the policy: npx github:lailatov/lailatov policy check risk-policy.json
  2. Set the repository up (labels, the Actions PR setting, the key as a sealed secret):
     ANTHROPIC_API_KEY=... npx github:lailatov/lailatov init --github OWNER/REPO --allow-prs --secret ANTHROPIC_API_KEY
     (or by hand: the secret ANTHROPIC_API_KEY, and Settings → Actions → General → Workflow
     permissions → "Allow GitHub Actions to create and approve pull requests"). Other providers:
     docs/providers.md. Optional secret: SLACK_WEBHOOK_URL (escalations).
  3. Check: npx github:lailatov/lailatov doctor --github OWNER/REPO
  4. Recommended, a GitHub App, so the suite's pushes and PRs start your CI (GITHUB_TOKEN's do not):
     Settings → Developer settings → GitHub Apps → New GitHub App, webhook off, repository
     permissions: Contents read & write, Issues read & write, Pull requests read & write,
     Checks read & write, Metadata read (Workflows: no access). Install it on this repository,
     then add the variable LAILATOV_APP_ID (the App ID), the variable LAILATOV_BOT
     ("<app-slug>[bot]") and the secret LAILATOV_APP_PRIVATE_KEY (a generated private key).
     doctor checks its permissions.
  5. Commit and push, create the label ai-agent, and put it on an issue.
  6. Weekly, .github/workflows/lailatov-learn-report.yml posts a digest (job summary; Slack with
     SLACK_WEBHOOK_URL) and proposes rules learned from the outcome log as a PR for you to
     review. Delete that file if you do not want it.
`;

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/init/package-root.ts



/** A file only the suite's own package has: it marks the package root. */
const ROOT_MARKER = 'workflows-templates/lailatov.yml';
/**
 * The root of the installed suite package, found from the running file. The module runs from
 * `src/init/` under tsx and jest, and from a chunk in `dist/cli/` once bundled: both are two
 * levels below the root, but walking up to the marker keeps working if either layout changes.
 */
function packageRoot(fromUrl = import.meta.url) {
    let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(fromUrl));
    for (let i = 0; i < 5; i++) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, ROOT_MARKER)))
            return dir;
        dir = external_node_path_default().dirname(dir);
    }
    throw new Error(`lailatov: cannot find the package's templates (${ROOT_MARKER}) above ${(0,external_node_url_.fileURLToPath)(fromUrl)}`);
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
;// CONCATENATED MODULE: ./src/cli/commands/init.ts











const HELP = `Usage: lailatov init [--dir DIR] [--force] [--github OWNER/REPO [--pr] [--allow-prs] [--secret NAME]...]

Installs LailaTov into a git repository (default: the current directory): the caller workflow
(.github/workflows/lailatov.yml), .github/lailatov.yml, risk-policy.json, a CLAUDE.md template and
the .claude/ hooks, and adds .lailatov/ (local runs' state) to .gitignore. Existing files are kept
and listed; --force overwrites them.
  --github OWNER/REPO  also set the repository up through the API: create the labels, and with
                       the flags below, the PR setting and secrets. Token: GITHUB_TOKEN (or
                       GH_TOKEN), else 'gh auth token'; API root: GITHUB_API_URL (GHES).
  --pr                 with --github: open the files as a pull request (branch lailatov/install)
                       instead of writing them here; no local checkout needed
  --allow-prs          with --github: turn on "Allow GitHub Actions to create and approve pull
                       requests" if it is off (needed without a GitHub App; see 'lailatov app create')
  --secret NAME        with --github: store the environment variable NAME as the repository
                       secret NAME, sealed (e.g. --secret ANTHROPIC_API_KEY); repeatable
Every API step is idempotent and says what it did.
`;
function parse(args) {
    try {
        const { values } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                dir: { type: 'string' },
                force: { type: 'boolean', default: false },
                github: { type: 'string' },
                pr: { type: 'boolean', default: false },
                'allow-prs': { type: 'boolean', default: false },
                secret: { type: 'string', multiple: true, default: [] },
                help: { type: 'boolean', short: 'h', default: false },
            },
            strict: true,
            allowPositionals: false,
        });
        if (values.github === undefined &&
            (values.pr || values['allow-prs'] || values.secret.length > 0))
            throw new Error('--pr, --allow-prs and --secret need --github OWNER/REPO');
        return values;
    }
    catch (e) {
        throw new errors/* UserError */.y(`${e.message}. Fix: see 'lailatov init --help'.`);
    }
}
/** `--secret NAME` values, read from the environment: a secret never goes on a command line. */
function secretsFrom(names, env) {
    const secrets = new Map();
    for (const name of names) {
        const value = env[name];
        if (value === undefined || value === '')
            throw new errors/* UserError */.y(`--secret ${name}: the environment variable ${name} is not set. Fix: export ${name}=... in this shell first (the value is sealed and never printed).`);
        secrets.set(name, value);
    }
    return secrets;
}
async function localInstall(target, force, io) {
    if (!(await (0,promises_.stat)(target).catch(() => undefined))?.isDirectory()) {
        throw new errors/* UserError */.y(`--dir ${target}: no such directory. Fix: pass your repository's root.`);
    }
    if (!(await (0,promises_.stat)(external_node_path_default().join(target, '.git')).catch(() => undefined))) {
        throw new errors/* UserError */.y(`${target} is not the root of a git repository (no .git). Fix: run 'lailatov init' at your repository's root, or pass --dir.`);
    }
    const report = await install({ sourceRoot: packageRoot(), target, force });
    io.stdout(`LailaTov installed into ${target}\n`);
    for (const f of report.written)
        io.stdout(`  wrote    ${f}\n`);
    for (const f of report.skipped)
        io.stdout(`  skipped  ${f} (exists; --force overwrites)\n`);
    for (const f of report.unavailable)
        io.stderr(`  missing  ${f}: not in this build of the package; nothing installed for it\n`);
}
const initCommand = async (args, io) => {
    const opts = parse(args);
    if (opts.help) {
        io.stdout(HELP);
        return cli_io/* ExitCode */.y.ok;
    }
    const secrets = secretsFrom(opts.secret, io.env);
    if (!opts.pr)
        await localInstall(external_node_path_default().resolve(io.cwd, opts.dir ?? '.'), opts.force, io);
    if (opts.github !== undefined) {
        const access = await (0,github_access/* githubAccess */.Y)(opts.github, io.env);
        io.stdout(`\nGitHub repository ${opts.github}:\n`);
        const said = await setUpRepository(access, { allowPullRequests: opts['allow-prs'], secrets });
        if (opts.pr) {
            const { items } = await planInstall(packageRoot());
            said.push(...(await openInstallPullRequest(access.octokit, access.repo, items)));
        }
        for (const line of said)
            io.stdout(`  ${line}\n`);
    }
    io.stdout(`\n${NEXT_STEPS}`);
    return cli_io/* ExitCode */.y.ok;
};


/***/ }),

/***/ 65967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X4: () => (/* binding */ runChecked),
  d1: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: CommandError

// EXTERNAL MODULE: ./node_modules/execa/index.js + 131 modules
var execa = __webpack_require__(16993);
;// CONCATENATED MODULE: ./src/core/secrets/mask.ts
// Every printable form of a secret, and redaction of those forms from text. Pure: the callers
// (the process boundary's errors, the action's log masking) decide what counts as a secret.
/** What a redacted secret is replaced with. */
const REDACTED = '***';
// Shorter values would blank out ordinary words; a real token is far longer.
const MIN_SECRET_LENGTH = 6;
function base64(text) {
    return Buffer.from(text, 'utf8').toString('base64');
}
/**
 * The forms in which a secret can reach a log: as is, URL-encoded, base64 of itself, and base64
 * of the HTTP basic credential git sends (`x-access-token:<token>`), each also without base64
 * padding (a header or a URL may drop it). Longest first, so a longer form is redacted whole.
 */
function secretForms(secret) {
    const value = secret.trim();
    if (value.length < MIN_SECRET_LENGTH)
        return [];
    const b64 = [base64(value), base64(`x-access-token:${value}`)];
    const forms = new Set([
        value,
        encodeURIComponent(value),
        ...b64,
        ...b64.map((f) => f.replace(/=+$/, '')),
    ]);
    return [...forms].sort((a, b) => b.length - a.length);
}
/** The text with every form of every secret replaced by {@link REDACTED}. */
function redact(text, secrets) {
    let out = text;
    const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    for (const form of forms)
        out = out.split(form).join(REDACTED);
    return out;
}

;// CONCATENATED MODULE: ./src/engines/process.ts


class CommandError extends Error {
    command;
    exitCode;
    stderrTail;
    constructor(command, exitCode, stderrTail, message) {
        super(message);
        this.command = command;
        this.exitCode = exitCode;
        this.stderrTail = stderrTail;
        this.name = 'CommandError';
        Object.setPrototypeOf(this, CommandError.prototype);
    }
}
const DEFAULT_CAP = 4 * 1024 * 1024;
class TailBuffer {
    cap;
    chunks = [];
    size = 0;
    dropped = 0;
    constructor(cap) {
        this.cap = cap;
    }
    push(text) {
        this.chunks.push(text);
        this.size += text.length;
        while (this.size > this.cap && this.chunks.length > 1) {
            const first = this.chunks.shift() ?? '';
            this.size -= first.length;
            this.dropped += first.length;
        }
    }
    toString() {
        let text = this.chunks.join('');
        if (text.length > this.cap) {
            this.dropped += text.length - this.cap;
            text = text.slice(text.length - this.cap);
        }
        return this.dropped > 0 ? `[... ${this.dropped} characters dropped ...]\n${text}` : text;
    }
}
function killGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        // Negative pid: the whole group (the child is started detached, as a group leader).
        process.kill(-pid, signal);
    }
    catch {
        // Already gone.
    }
}
/** Splits a stream into lines for `onStdoutLine`; a line longer than the cap is cut, not kept. */
class LineSplitter {
    cap;
    onLine;
    pending = '';
    constructor(cap, onLine) {
        this.cap = cap;
        this.onLine = onLine;
    }
    push(chunk) {
        this.pending += chunk;
        let nl;
        while ((nl = this.pending.indexOf('\n')) >= 0) {
            this.emit(this.pending.slice(0, nl));
            this.pending = this.pending.slice(nl + 1);
        }
        if (this.pending.length > this.cap) {
            this.emit(this.pending);
            this.pending = '';
        }
    }
    flush() {
        if (this.pending !== '')
            this.emit(this.pending);
        this.pending = '';
    }
    emit(line) {
        this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
    }
}
async function runCommand(file, args, opts) {
    if (opts.confine) {
        const { jail, ...rest } = opts.confine;
        const c = await jail.confine(file, args, { ...rest, cwd: opts.cwd, env: opts.env });
        return spawnCapped(c.file, c.args, { ...opts, env: c.env });
    }
    return spawnCapped(file, args, opts);
}
async function spawnCapped(file, args, opts) {
    const started = Date.now();
    const cap = opts.maxOutputBytes ?? DEFAULT_CAP;
    const out = new TailBuffer(cap);
    const err = new TailBuffer(cap);
    const child = (0,execa/* execa */.Ho)(file, [...args], {
        cwd: opts.cwd,
        env: opts.env,
        extendEnv: false,
        input: opts.input,
        stdin: opts.input === undefined ? 'ignore' : 'pipe',
        reject: false,
        detached: true,
        buffer: false,
        stripFinalNewline: false,
    });
    const lines = opts.onStdoutLine ? new LineSplitter(cap, opts.onStdoutLine) : undefined;
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk) => {
        out.push(chunk);
        lines?.push(chunk);
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk) => err.push(chunk));
    let timedOut = false;
    let aborted = false;
    let stopping = false;
    let killTimer;
    const stop = () => {
        if (stopping)
            return;
        stopping = true;
        killGroup(child.pid, 'SIGTERM');
        killTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), opts.killGraceMs ?? 5000);
    };
    // When the leader exits, kill what it left behind right away: a backgrounded grandchild that
    // inherited stdout would otherwise keep the pipe open and the run waiting for it.
    child.on('exit', () => killGroup(child.pid, 'SIGKILL'));
    const timer = opts.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            stop();
        }, opts.timeoutMs)
        : undefined;
    const onAbort = () => {
        aborted = true;
        stop();
    };
    if (opts.signal?.aborted)
        onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
        const result = await child;
        lines?.flush();
        const spawnError = child.pid === undefined
            ? result.cause instanceof Error
                ? result.cause.message
                : result.shortMessage
            : undefined;
        return {
            exitCode: result.exitCode ?? null,
            signal: result.signal ?? null,
            stdout: out.toString(),
            stderr: err.toString(),
            timedOut,
            aborted,
            durationMs: Date.now() - started,
            ...(spawnError !== undefined ? { spawnError } : {}),
        };
    }
    finally {
        if (timer)
            clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
        killGroup(child.pid, 'SIGKILL');
        if (killTimer)
            clearTimeout(killTimer);
    }
}
/**
 * Runs a command and throws a CommandError (with the stderr tail) unless it exits 0. The error
 * names the command by its label (or the program alone), never by its argument values, and every
 * form of the given secrets is redacted from it: it reaches logs and the job summary.
 */
async function runChecked(file, args, opts) {
    const r = await runCommand(file, args, opts);
    if (r.exitCode !== 0) {
        const label = opts.label ?? file;
        const tail = redact(r.stderr.slice(-2000), opts.secrets ?? []);
        throw new CommandError(label, r.exitCode, tail, `${label} failed (exit ${r.exitCode ?? r.signal}): ${tail.trim()}`);
    }
    return r;
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
