"use strict";
exports.id = 632;
exports.ids = [632];
exports.modules = {

/***/ 4926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X4: () => (/* binding */ runChecked),
/* harmony export */   d1: () => (/* binding */ runCommand)
/* harmony export */ });
/* unused harmony export CommandError */
/* harmony import */ var execa__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16993);

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
    const started = Date.now();
    const cap = opts.maxOutputBytes ?? DEFAULT_CAP;
    const out = new TailBuffer(cap);
    const err = new TailBuffer(cap);
    const child = (0,execa__WEBPACK_IMPORTED_MODULE_0__/* .execa */ .Ho)(file, [...args], {
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
/** Runs a command and throws a CommandError (with the stderr tail) unless it exits 0. */
async function runChecked(file, args, opts) {
    const r = await runCommand(file, args, opts);
    if (r.exitCode !== 0) {
        const tail = r.stderr.slice(-2000);
        throw new CommandError([file, ...args].join(' '), r.exitCode, tail, `${file} ${args.join(' ')} failed (exit ${r.exitCode ?? r.signal}): ${tail.trim()}`);
    }
    return r;
}


/***/ }),

/***/ 14542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ sandboxEnv)
/* harmony export */ });
/* unused harmony export isSecretName */
/**
 * The agent's environment is an allowlist, never a denylist: a secret we did not think of
 * (GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, INPUT_*, a model key) must not reach the agent's shell.
 */
const BASE_ALLOW = [
    'PATH',
    'HOME',
    'LANG',
    'LC_ALL',
    'LC_CTYPE',
    'TZ',
    'TERM',
    'CI',
    'TMPDIR',
    'USER',
    'SHELL',
];
/** Names that are refused even when a policy asks for them: they carry credentials. */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|CREDENTIAL|AUTH)/i;
const SECRET_PREFIX = /^(INPUT_|ACTIONS_|GITHUB_TOKEN|GH_TOKEN|AWS_|ANTHROPIC_|OPENAI_|GEMINI_|GOOGLE_)/;
function isSecretName(name) {
    return SECRET_NAME.test(name) || SECRET_PREFIX.test(name);
}
/**
 * Builds the child environment from the parent's: the base allowlist, plus the policy's extra
 * non-secret names, plus its explicit values. Explicit values win, and are the only way an
 * engine passes its own settings (e.g. a loopback proxy URL and a dummy key) to a CLI.
 */
function sandboxEnv(parent, policy = {}) {
    const out = {};
    const names = [...BASE_ALLOW, ...(policy.allow ?? []).filter((n) => !isSecretName(n))];
    for (const name of names) {
        const value = parent[name];
        if (value !== undefined)
            out[name] = value;
    }
    return { ...out, ...(policy.set ?? {}) };
}


/***/ }),

/***/ 31632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qj: () => (/* binding */ AGENT_BRANCH_PREFIX),
  JX: () => (/* binding */ GitHubWorkspace)
});

// UNUSED EXPORTS: PushRejectedError

// EXTERNAL MODULE: ./src/engines/process.ts
var process = __webpack_require__(4926);
;// CONCATENATED MODULE: ./src/forge/local/git.ts

const DEFAULT_IDENTITY = { name: 'LailaTov', email: 'lailatov@users.noreply.local' };
/**
 * Git behind one class: every call is an argument array through the suite's one process
 * boundary. Methods that may fail without it being an error start with `try`.
 */
class GitRepo {
    dir;
    env;
    excluded;
    constructor(dir, env, 
    /** Repository-relative paths the suite writes itself (its log); never committed. */
    excluded) {
        this.dir = dir;
        this.env = env;
        this.excluded = excluded;
    }
    static async open(dir, parentEnv, opts = {}) {
        const identity = opts.identity ?? DEFAULT_IDENTITY;
        const env = {
            PATH: parentEnv.PATH ?? '/usr/local/bin:/usr/bin:/bin',
            HOME: parentEnv.HOME ?? '/tmp',
            LANG: 'C',
            GIT_AUTHOR_NAME: identity.name,
            GIT_AUTHOR_EMAIL: identity.email,
            GIT_COMMITTER_NAME: identity.name,
            GIT_COMMITTER_EMAIL: identity.email,
            GIT_TERMINAL_PROMPT: '0',
        };
        const repo = new GitRepo(dir, env, opts.exclude ?? []);
        const top = await repo.tryExec(['rev-parse', '--show-toplevel']);
        if (top === null)
            throw new Error(`${dir} is not a git repository`);
        return repo;
    }
    async exec(args) {
        const r = await (0,process/* runChecked */.X4)('git', ['-c', 'core.quotepath=off', ...args], {
            cwd: this.dir,
            env: this.env,
            maxOutputBytes: 256 * 1024 * 1024,
        });
        return r.stdout;
    }
    /** stdout, or null when git exits non-zero. */
    async tryExec(args) {
        const r = await (0,process/* runCommand */.d1)('git', ['-c', 'core.quotepath=off', ...args], {
            cwd: this.dir,
            env: this.env,
        });
        return r.exitCode === 0 ? r.stdout : null;
    }
    async branchExists(branch) {
        return ((await this.tryExec(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])) !== null);
    }
    async resolve(ref) {
        return (await this.exec(['rev-parse', '--verify', `${ref}^{commit}`])).trim();
    }
    async currentBranch() {
        const out = await this.tryExec(['symbolic-ref', '--quiet', '--short', 'HEAD']);
        return out === null ? null : out.trim();
    }
    async checkout(branch, base) {
        if (await this.branchExists(branch)) {
            await this.exec(['checkout', '--quiet', branch]);
            return { created: false };
        }
        await this.exec(['checkout', '--quiet', '-b', branch, base]);
        return { created: true };
    }
    pathspec() {
        return ['--', '.', ...this.excluded.map((p) => `:(exclude)${p}`)];
    }
    async dirtyFiles() {
        const out = await this.exec([
            'status',
            '--porcelain',
            '-z',
            '--untracked-files=all',
            ...this.pathspec(),
        ]);
        return out
            .split('\0')
            .filter((l) => l.length > 3)
            .map((l) => l.slice(3));
    }
    async commitAll(message) {
        await this.exec(['add', '-A', ...this.pathspec()]);
        const clean = await this.tryExec(['diff', '--cached', '--quiet']);
        if (clean !== null)
            return null;
        await this.exec(['commit', '--quiet', '--no-verify', '-m', message]);
        return (await this.exec(['rev-parse', 'HEAD'])).trim();
    }
    async commits(base, head) {
        const out = await this.exec(['log', '--reverse', '--format=%H%x00%s', `${base}..${head}`]);
        return out
            .split('\n')
            .filter((l) => l !== '')
            .map((l) => {
            const [sha = '', subject = ''] = l.split('\0');
            return { sha, subject };
        });
    }
    async changedFiles(base, head) {
        const out = await this.exec(['diff', '--name-only', '-z', `${base}...${head}`]);
        return out.split('\0').filter((p) => p !== '');
    }
    async diff(base, head) {
        const out = await this.exec(['diff', '--no-color', '--no-ext-diff', `${base}...${head}`]);
        return splitDiff(out);
    }
    /** Paths of the files directly under `dir` at a ref; empty when the directory is absent. */
    async listFiles(ref, dir) {
        const out = await this.tryExec(['ls-tree', '-z', '--name-only', `${ref}:${dir}`]);
        if (out === null)
            return [];
        return out
            .split('\0')
            .filter((p) => p !== '')
            .map((p) => `${dir.replace(/\/$/, '')}/${p}`);
    }
    /** A file's content at a ref, or null when the ref does not have it. */
    async show(ref, path) {
        return this.tryExec(['show', `${ref}:${path}`]);
    }
}
/** Splits `git diff` output into one entry per file, keyed by the new path (old for deletions). */
function splitDiff(text) {
    const files = [];
    const parts = text.split(/^(?=diff --git )/m).filter((p) => p.startsWith('diff --git '));
    for (const part of parts) {
        const plus = /^\+\+\+ b\/(.+)$/m.exec(part)?.[1];
        const minus = /^--- a\/(.+)$/m.exec(part)?.[1];
        const header = /^diff --git a\/(.+) b\/(.+)$/m.exec(part);
        const path = plus ?? minus ?? header?.[2] ?? '';
        files.push({ path, patch: part });
    }
    return files;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/engines/sandbox-env.ts
var sandbox_env = __webpack_require__(14542);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/forge/local/workspace.ts





/** The working tree of a local repository, edited in place. */
class LocalWorkspace {
    repo;
    parentEnv;
    constructor(repo, parentEnv) {
        this.repo = repo;
        this.parentEnv = parentEnv;
    }
    get git() {
        if (!this.repo)
            throw new errors/* UserError */.y('this command needs a git repository: pass --repo DIR');
        return this.repo;
    }
    get dir() {
        return this.git.dir;
    }
    checkoutBranch(branch, base) {
        return this.git.checkout(branch, base);
    }
    dirtyFiles() {
        return this.git.dirtyFiles();
    }
    commitAll(message) {
        return this.git.commitAll(message);
    }
    headSha() {
        return this.git.resolve('HEAD');
    }
    async exists(path) {
        try {
            await (0,promises_.access)((0,external_node_path_.join)(this.dir, path));
            return true;
        }
        catch {
            return false;
        }
    }
    async readFile(path) {
        try {
            return await (0,promises_.readFile)((0,external_node_path_.join)(this.dir, path), 'utf8');
        }
        catch {
            return null;
        }
    }
    async run(argv, timeoutMs) {
        const [file, ...args] = argv;
        if (file === undefined)
            throw new Error('empty command');
        // Tests run project code: same scrubbed environment as the agent, no secrets.
        const r = await (0,process/* runCommand */.d1)(file, args, {
            cwd: this.dir,
            env: (0,sandbox_env/* sandboxEnv */.P)(this.parentEnv),
            timeoutMs,
            killGraceMs: 2000,
            maxOutputBytes: 1024 * 1024,
        }).catch((e) => ({
            exitCode: null,
            stdout: '',
            stderr: `could not start ${file}: ${e instanceof Error ? e.message : String(e)}`,
            timedOut: false,
            durationMs: 0,
        }));
        return {
            exitCode: r.exitCode,
            output: `${r.stdout}${r.stderr}`,
            timedOut: r.timedOut,
            durationMs: r.durationMs,
        };
    }
}

;// CONCATENATED MODULE: ./src/forge/github/workspace.ts
// The Workspace on a runner: the user's checkout in GITHUB_WORKSPACE. Commits are made as the
// configured bot identity and pushed at once, only to agent/* branches, with the token given as
// an http extraheader that exists only while git talks to the server (restored in `finally`).


const AGENT_BRANCH_PREFIX = 'agent/';
class PushRejectedError extends Error {
    branch;
    constructor(branch, detail) {
        super(`git push of ${branch} was rejected twice (the branch moved, and a rebase onto it did not help): ${detail}`);
        this.branch = branch;
        this.name = 'PushRejectedError';
        Object.setPrototypeOf(this, PushRejectedError.prototype);
    }
}
class GitHubWorkspace {
    git;
    tree;
    o;
    remote;
    constructor(git, tree, o, remote) {
        this.git = git;
        this.tree = tree;
        this.o = o;
        this.remote = remote;
    }
    /** Opens the checkout and fetches every branch with full history (review needs merge bases). */
    static async open(o) {
        const git = await GitRepo.open(o.dir, o.env, { identity: o.identity });
        const ws = new GitHubWorkspace(git, new LocalWorkspace(git, o.env), o, o.remote ?? 'origin');
        await ws.fetch();
        return ws;
    }
    get dir() {
        return this.git.dir;
    }
    get headerKey() {
        return `http.${this.o.serverUrl.replace(/\/+$/, '')}/.extraheader`;
    }
    /** Runs git network commands with the token, then restores the checkout's own setting. */
    async withAuth(fn) {
        const key = this.headerKey;
        const before = await this.git.tryExec(['config', '--local', '--get-all', key]);
        const basic = Buffer.from(`x-access-token:${this.o.token}`).toString('base64');
        await this.git.exec([
            'config',
            '--local',
            '--replace-all',
            key,
            `AUTHORIZATION: basic ${basic}`,
        ]);
        try {
            return await fn();
        }
        finally {
            await this.git.tryExec(['config', '--local', '--unset-all', key]);
            for (const v of (before ?? '').split('\n').filter((l) => l !== ''))
                await this.git.exec(['config', '--local', '--add', key, v]);
        }
    }
    async fetch() {
        const shallow = (await this.git.exec(['rev-parse', '--is-shallow-repository'])).trim();
        await this.withAuth(() => this.git.exec([
            'fetch',
            '--quiet',
            '--no-tags',
            '--prune',
            ...(shallow === 'true' ? ['--unshallow'] : []),
            this.remote,
            `+refs/heads/*:refs/remotes/${this.remote}/*`,
        ]));
    }
    /** Checks out `branch` at its remote head, or creates it from the remote base. */
    async checkoutBranch(branch, base) {
        await this.fetch();
        const remoteHead = `refs/remotes/${this.remote}/${branch}`;
        const exists = (await this.git.tryExec(['rev-parse', '--verify', '--quiet', remoteHead])) !== null;
        const start = exists ? remoteHead : `refs/remotes/${this.remote}/${base}`;
        await this.git.exec(['checkout', '--quiet', '--no-track', '-B', branch, start]);
        return { created: !exists };
    }
    dirtyFiles() {
        return this.tree.dirtyFiles();
    }
    /** Commits everything and pushes the agent branch; the SHA is the pushed one (after a rebase). */
    async commitAll(message) {
        const sha = await this.git.commitAll(message);
        if (sha === null)
            return null;
        const branch = await this.git.currentBranch();
        if (branch === null || !branch.startsWith(AGENT_BRANCH_PREFIX))
            throw new Error(`refusing to push ${branch ?? 'a detached HEAD'}: the suite pushes only ${AGENT_BRANCH_PREFIX}* branches`);
        await this.push(branch);
        return this.git.resolve('HEAD');
    }
    /** Pushes without force; a rejection because the branch moved is fetched, rebased, retried once. */
    async push(branch) {
        const refspec = `HEAD:refs/heads/${branch}`;
        await this.withAuth(async () => {
            try {
                await this.git.exec(['push', '--quiet', this.remote, refspec]);
                return;
            }
            catch (first) {
                const fetched = await this.git.tryExec([
                    'fetch',
                    '--quiet',
                    this.remote,
                    `+refs/heads/${branch}:refs/remotes/${this.remote}/${branch}`,
                ]);
                if (fetched === null)
                    throw first;
                const rebased = await this.git.tryExec([
                    'rebase',
                    '--quiet',
                    `refs/remotes/${this.remote}/${branch}`,
                ]);
                if (rebased === null) {
                    await this.git.tryExec(['rebase', '--abort']);
                    throw new PushRejectedError(branch, `rebase onto the moved branch conflicted (${msg(first)})`);
                }
                try {
                    await this.git.exec(['push', '--quiet', this.remote, refspec]);
                }
                catch (second) {
                    throw new PushRejectedError(branch, msg(second));
                }
            }
        });
    }
    headSha() {
        return this.git.resolve('HEAD');
    }
    exists(path) {
        return this.tree.exists(path);
    }
    readFile(path) {
        return this.tree.readFile(path);
    }
    run(argv, timeoutMs) {
        return this.tree.run(argv, timeoutMs);
    }
}
function msg(e) {
    return e instanceof Error ? e.message.slice(-500) : String(e);
}


/***/ })

};
;