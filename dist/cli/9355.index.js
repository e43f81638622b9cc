export const id = 9355;
export const ids = [9355];
export const modules = {

/***/ 18428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* unused harmony export maskToken */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46811);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60722);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86856);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81660);
// The full GitHub client on @actions/github (whose fetch honours proxy variables), and token
// masking. Retries and throttling come from retry-policy.ts, shared with request-client.ts; no
// adapter configures retries itself.







// Where the policy lives; re-exported for the adapters and tests that import them from here.

/**
 * Builds the client. `baseUrl` is taken here, at call time: @actions/github computes its own
 * default from `GITHUB_API_URL` when it is first imported, which is too early for tests and for
 * callers that read inputs first.
 */
function createOctokit(options) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(options.token, (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .clientOptions */ .s)(options), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}
/**
 * Masks the token in the job log, in every form it could be printed in (as is, URL-encoded, the
 * base64 of it and of git's basic credential `x-access-token:<token>`). The caller calls it as soon as it has read the input, before
 * anything can print it; an empty token is refused here so a missing secret is named early.
 */
function maskToken(token, inputName = 'github-token') {
    const trimmed = token.trim();
    if (trimmed === '') {
        throw new UserError(`The \`${inputName}\` input is empty. Pass \`\${{ github.token }}\` or a GitHub App token ` +
            '(actions/create-github-app-token); if it points at a secret, check the secret exists.');
    }
    for (const form of new Set([trimmed, ...secretForms(trimmed)]))
        core.setSecret(form);
    return trimmed;
}


/***/ }),

/***/ 29355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRemoteSession: () => (/* binding */ openRemoteSession)
});

// UNUSED EXPORTS: remoteTargets

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/github-url.ts
var github_url = __webpack_require__(95512);
// EXTERNAL MODULE: ./src/engines/process.ts + 1 modules
var process = __webpack_require__(65967);
// EXTERNAL MODULE: ./src/cli/progress.ts
var cli_progress = __webpack_require__(9851);
// EXTERNAL MODULE: ./src/outcomes/local-store.ts + 1 modules
var local_store = __webpack_require__(61874);
// EXTERNAL MODULE: ./src/stages/scripted-model.ts
var scripted_model = __webpack_require__(27345);
// EXTERNAL MODULE: ./src/github/events.ts + 2 modules
var github_events = __webpack_require__(4164);
// EXTERNAL MODULE: ./src/forge/github/errors.ts
var github_errors = __webpack_require__(70656);
;// CONCATENATED MODULE: ./src/forge/github/authorize.ts


// role_name is the fine-grained role (custom roles included); `permission` is the legacy level,
// which folds maintain into write. Either one at write or above is enough.
const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);
const normalizeBot = (login) => login
    .trim()
    .toLowerCase()
    .replace(/\[bot\]$/, '');
/** Parses the `allowed-bots` input: comma or newline separated logins. */
function parseAllowedBots(input) {
    return input
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Takes a requester: this is an action's first API call, made before the REST methods load. */
async function authorizeActor(octokit, options) {
    const { actor, repo } = options;
    const did = options.action === undefined ? '' : ` (${options.action})`;
    if ((0,github_events/* isBot */.w2)(actor)) {
        const listed = (options.allowedBots ?? []).some((b) => normalizeBot(b) === normalizeBot(actor.login));
        return listed
            ? { allowed: true }
            : {
                allowed: false,
                reason: `ignored: ${actor.login}${did} is a bot that is not listed in \`allowed-bots\``,
            };
    }
    let role;
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { owner: repo.owner, repo: repo.repo, username: actor.login });
        const roleName = (data.role_name ?? '').toLowerCase();
        const legacy = (data.permission ?? '').toLowerCase();
        if (WRITE_ROLES.has(roleName) || WRITE_ROLES.has(legacy))
            return { allowed: true };
        role = roleName || legacy || 'none';
    }
    catch (error) {
        // GitHub answers 404 for a login that is not a user of this repository.
        if (!(0,github_errors/* hasStatus */.Ro)(error, 404)) {
            throw (0,github_errors/* wrapApiError */.N9)(error, {
                repo: `${repo.owner}/${repo.repo}`,
                doing: `checking ${actor.login}'s permission`,
            });
        }
        role = 'none';
    }
    return {
        allowed: false,
        reason: `ignored: ${actor.login}${did} has ${role} permission on ${repo.owner}/${repo.repo}; write, maintain or admin is needed`,
    };
}

;// CONCATENATED MODULE: ./src/forge/github/clarification.ts
// Whether the issue's author may steer a run by replying when they cannot write themselves: only
// when a writer handed the issue over (put the trigger label on) and the suite itself asked (put
// `needs-clarification` on). Both are read from the issue's label events, which record who did
// it; the labels on the issue alone do not (anyone with the triage role can set them).



const PAGE = 100;
/** A timeline longer than this is not read further: the newest events are what matter. */
const MAX_PAGES = 10;
/** The issue's label events, oldest first. */
async function labelEvents(octokit, repo, issue) {
    const out = [];
    try {
        for (let page = 1; page <= MAX_PAGES; page++) {
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/events', { owner: repo.owner, repo: repo.repo, issue_number: issue, per_page: PAGE, page });
            for (const e of data) {
                if (!('label' in e) || (e.event !== 'labeled' && e.event !== 'unlabeled'))
                    continue;
                const actor = e.actor ? { login: e.actor.login, type: e.actor.type } : null;
                out.push({ event: e.event, label: e.label.name, actor });
            }
            if (data.length < PAGE)
                break;
        }
    }
    catch (error) {
        throw (0,github_errors/* wrapApiError */.N9)(error, {
            repo: `${repo.owner}/${repo.repo}`,
            doing: `reading the label events of #${issue}`,
        });
    }
    return out;
}
/** Who put `label` on last, or null when no one did. Pure. */
function lastLabeler(events, label) {
    const wanted = label.toLowerCase();
    const hit = events.findLast((e) => e.event === 'labeled' && e.label.toLowerCase() === wanted);
    return hit?.actor ?? null;
}
async function admitAuthorReply(octokit, o) {
    const events = await labelEvents(octokit, o.repo, o.issue);
    const refuse = (why) => ({
        allowed: false,
        reason: `ignored: ${o.author} (the author of #${o.issue}, without write permission) replied, but ${why}; a reply from the author steers a run only when a writer put \`${o.triggerLabel}\` on and LailaTov asked the question.`,
    });
    const asker = lastLabeler(events, o.clarificationLabel);
    const suite = new Set(o.suiteLogins.map(normalizeBot));
    if (asker === null || !(0,github_events/* isBot */.w2)(asker) || !suite.has(normalizeBot(asker.login)))
        return refuse(`\`${o.clarificationLabel}\` was put on by ${asker?.login ?? 'no one on record'}, not by LailaTov`);
    const labeler = lastLabeler(events, o.triggerLabel);
    if (labeler === null)
        return refuse(`no one on record put \`${o.triggerLabel}\` on`);
    const verdict = await authorizeActor(octokit, {
        repo: o.repo,
        actor: labeler,
        allowedBots: o.allowedBots,
    });
    return verdict.allowed
        ? verdict
        : refuse(`\`${o.triggerLabel}\` was put on by ${labeler.login}, who may not start a run`);
}
/** The identity the workflow token acts as; with `allowed-bots`, the logins the suite runs as. */
const SUITE_BOTS = ['github-actions[bot]'];
/**
 * The forge's `admitsAuthor`: whether the issue author's comments may reach a prompt, by the same
 * rule as their reply steering a run (a writer labelled the issue and the suite asked).
 */
function authorAdmission(octokit, o) {
    return async (issue, author) => (await admitAuthorReply(octokit, { ...o, issue, author })).allowed;
}

// EXTERNAL MODULE: ./src/engines/sandbox/index.ts + 6 modules
var engines_sandbox = __webpack_require__(74913);
// EXTERNAL MODULE: ./src/config/index.ts
var src_config = __webpack_require__(89750);
;// CONCATENATED MODULE: ./src/forge/github/admitted.ts
/**
 * Whose issue comments may reach a prompt, as far as the comment itself tells: GitHub's
 * `author_association` marks the repository's owner, the members of its organization and its
 * collaborators, who can usually push. It is a hint from the comment, not the authority: the
 * permission API (src/forge/github/authorize.ts) is; logins it admitted (the issue author whose
 * reply the suite asked for, allowed bots) come in through `admitLogins`.
 */
const WRITER_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
function admittedComment(comment, admitLogins) {
    return (WRITER_ASSOCIATIONS.has(comment.association ?? '') ||
        admitLogins.has(comment.author.toLowerCase()));
}

// EXTERNAL MODULE: ./src/forge/github/repo.ts
var github_repo = __webpack_require__(57091);
;// CONCATENATED MODULE: ./src/forge/github/issue-thread.ts

const ISSUE = `query($owner: String!, $name: String!, $issue: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    issue(number: $issue) {
      number
      title
      body
      author { __typename login }
      labels(first: 100) { nodes { name } }
      comments(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { databaseId body url authorAssociation author { __typename login } }
      }
    }
  }
}`;
/** GraphQL names a bot without the `[bot]` that REST (and every login the suite compares) has. */
function loginOf(actor) {
    if (actor === null)
        return 'ghost';
    return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]')
        ? `${actor.login}[bot]`
        : actor.login;
}
/**
 * A pull request's conversation (a command written on a PR): GraphQL's `issue` field refuses a
 * PR number, REST's issue endpoints take both.
 */
async function readPullConversation(octokit, repo, number) {
    const r = { owner: repo.owner, repo: repo.repo, issue_number: number };
    const [{ data }, comments] = await Promise.all([
        octokit.rest.issues.get(r),
        octokit.paginate(octokit.rest.issues.listComments, { ...r, per_page: 100 }),
    ]);
    return {
        number: data.number,
        title: data.title,
        body: data.body ?? '',
        author: data.user?.login ?? 'ghost',
        labels: data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
        comments: comments.map((c) => ({
            id: c.id,
            body: c.body ?? '',
            author: c.user?.login ?? 'ghost',
            url: c.html_url,
            association: c.author_association,
        })),
    };
}
const NOT_AN_ISSUE = /Could not resolve to an Issue/;
async function readIssueThread(octokit, repo, issue) {
    try {
        return await readIssueQuery(octokit, repo, issue);
    }
    catch (e) {
        if (e instanceof Error && NOT_AN_ISSUE.test(e.message))
            return readPullConversation(octokit, repo, issue);
        throw e;
    }
}
async function readIssueQuery(octokit, repo, issue) {
    const comments = [];
    let after = null;
    let head = null;
    for (;;) {
        const answer = await octokit.graphql(ISSUE, {
            owner: repo.owner,
            name: repo.repo,
            issue,
            after,
        });
        const found = answer.repository?.issue;
        if (!found)
            throw new Error(`GraphQL found no issue #${issue} in ${(0,github_repo/* fullName */.f)(repo)}`);
        head ??= {
            number: found.number,
            title: found.title,
            body: found.body ?? '',
            author: loginOf(found.author),
            labels: found.labels.nodes.map((l) => l.name),
        };
        for (const c of found.comments.nodes)
            comments.push({
                id: c.databaseId,
                body: c.body,
                author: loginOf(c.author),
                url: c.url,
                association: c.authorAssociation,
            });
        const page = found.comments.pageInfo;
        if (!page.hasNextPage || !page.endCursor)
            return { ...head, comments };
        after = page.endCursor;
    }
}

;// CONCATENATED MODULE: ./src/forge/github/pulls.ts


const pullSummary = (p) => ({
    number: p.number,
    nodeId: p.node_id,
    url: p.html_url,
    open: p.state === 'open',
    draft: p.draft === true,
    headRef: p.head.ref,
    headSha: p.head.sha,
    baseRef: p.base.ref,
    baseSha: p.base.sha,
    body: p.body ?? '',
});
/** The open PR whose head is `head` in this repository, if any. */
async function findOpenPullByHead(octokit, repo, head) {
    const pulls = await octokit.paginate(octokit.rest.pulls.list, {
        owner: repo.owner,
        repo: repo.repo,
        state: 'open',
        head: `${repo.owner}:${head}`,
        per_page: 100,
    });
    const found = pulls.find((p) => p.head.ref === head);
    return found === undefined ? undefined : pullSummary(found);
}
/** Returns the open PR for the head branch, creating it as a draft when there is none. */
async function findOrCreateDraftPr(octokit, options) {
    const { repo } = options;
    try {
        const existing = await findOpenPullByHead(octokit, repo, options.head);
        if (existing)
            return { pr: existing, created: false };
        try {
            const { data } = await octokit.rest.pulls.create({
                owner: repo.owner,
                repo: repo.repo,
                head: options.head,
                base: options.base,
                title: options.title,
                body: options.body,
                draft: true,
            });
            return { pr: pullSummary(data), created: true };
        }
        catch (error) {
            // 422 "A pull request already exists": a concurrent run created it after our lookup.
            if (!(0,github_errors/* hasStatus */.Ro)(error, 422))
                throw error;
            const raced = await findOpenPullByHead(octokit, repo, options.head);
            if (!raced)
                throw error;
            return { pr: raced, created: false };
        }
    }
    catch (error) {
        throw (0,github_errors/* wrapApiError */.N9)(error, {
            repo: (0,github_repo/* fullName */.f)(repo),
            doing: `opening the draft PR for ${options.head}`,
        });
    }
}
const READY = `mutation($id: ID!) {
  markPullRequestReadyForReview(input: { pullRequestId: $id }) {
    pullRequest { number isDraft }
  }
}`;
/** Draft → ready. A PR that is already ready is left alone (no call). */
async function markReadyForReview(octokit, repo, pr) {
    if (!pr.draft)
        return { changed: false };
    let answer;
    try {
        answer = await octokit.graphql(READY, { id: pr.nodeId });
    }
    catch (error) {
        throw (0,github_errors/* wrapApiError */.N9)(error, {
            repo: (0,github_repo/* fullName */.f)(repo),
            doing: `marking #${pr.number} ready for review`,
        });
    }
    const after = answer.markPullRequestReadyForReview?.pullRequest;
    if (!after || after.isDraft) {
        throw new Error(`markPullRequestReadyForReview left #${pr.number} a draft (answer: ${JSON.stringify(answer)})`);
    }
    return { changed: true };
}

;// CONCATENATED MODULE: ./src/forge/github/forge.ts





/** Comments the suite writes for itself (progress, state) are not part of the issue thread. */
const SUITE_COMMENT = /^<!-- lailatov:(sticky|state)/;
class GitHubForge {
    o;
    pulls = new Map();
    /** PRs read before the forge existed (the session, for the base commit): used once. */
    preread = new Map();
    /** The finding threads read with a PR, for the review it is posting: used once. */
    prereadThreads = new Map();
    threads = new Map();
    ensuredLabels = new Set();
    pullLabels = new Map();
    bodySuffix = '';
    remote;
    admitLogins;
    constructor(o) {
        this.o = o;
        this.remote = o.remote ?? 'origin';
        this.admitLogins = new Set((o.admitLogins ?? []).map((l) => l.toLowerCase()));
    }
    get r() {
        return { owner: this.o.repo.owner, repo: this.o.repo.repo };
    }
    async call(doing, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw (0,github_errors/* wrapApiError */.N9)(error, { repo: (0,github_repo/* fullName */.f)(this.o.repo), doing });
        }
    }
    /**
     * The issue and every comment (all pages), read once per run in one GraphQL query per 100
     * comments, and kept current by this run's writes (comments, labels).
     */
    thread(issue) {
        let cached = this.threads.get(issue);
        if (!cached) {
            cached = this.call(`reading issue #${issue} and its comments`, () => readIssueThread(this.o.octokit, this.o.repo, issue));
            this.threads.set(issue, cached);
            cached.catch(() => this.threads.delete(issue));
        }
        return cached;
    }
    /** Applies a change this run made to a thread it has read (nothing read yet: nothing to do). */
    amend(issue, change) {
        const cached = this.threads.get(issue);
        if (cached)
            this.threads.set(issue, cached.then(change));
    }
    /** Every comment of an issue, oldest first. */
    async issueComments(issue) {
        return [...(await this.thread(issue)).comments];
    }
    /** Records a comment this run wrote or edited, so later reads in the run see it. */
    rememberComment(issue, comment) {
        this.amend(issue, (t) => ({
            ...t,
            comments: [
                ...t.comments.filter((c) => c.id !== comment.id),
                { association: 'NONE', ...comment },
            ],
        }));
    }
    async readIssue(issue) {
        const data = await this.thread(issue);
        const author = data.author;
        const comments = data.comments;
        const admit = new Set(this.admitLogins);
        const unheard = comments.some((c) => c.author === author && !admittedComment(c, this.admitLogins));
        if (unheard && (await this.o.admitsAuthor?.(issue, author)))
            admit.add(author.toLowerCase());
        return {
            number: data.number,
            title: data.title,
            body: data.body,
            comments: comments
                .filter((c) => !SUITE_COMMENT.test(c.body))
                .map((c) => ({
                author: c.author,
                body: c.body,
                admitted: admittedComment(c, admit),
            })),
            labels: [...data.labels],
        };
    }
    async postComment(issue, body) {
        const { data } = await this.call(`commenting on #${issue}`, () => this.o.octokit.rest.issues.createComment({ ...this.r, issue_number: issue, body }));
        this.rememberComment(issue, {
            id: data.id,
            body,
            author: data.user?.login ?? '',
            url: data.html_url,
        });
    }
    /**
     * Creates each label with its color the first time this run uses it (a 422 means it is there
     * already: one call instead of listing every label), then adds them in one call.
     */
    async addLabels(issue, labels) {
        if (labels.length === 0)
            return;
        for (const name of labels) {
            if (this.ensuredLabels.has(name))
                continue;
            const spec = this.o.labels.get(name) ?? { name, color: 'BFD4F2', description: '' };
            await this.call(`creating label ${name}`, async () => {
                try {
                    await this.o.octokit.rest.issues.createLabel({ ...this.r, ...spec, name });
                }
                catch (error) {
                    if (!(0,github_errors/* hasStatus */.Ro)(error, 422))
                        throw error;
                }
            });
            this.ensuredLabels.add(name);
        }
        await this.call(`labeling #${issue}`, () => this.o.octokit.rest.issues.addLabels({ ...this.r, issue_number: issue, labels: [...labels] }));
        this.amend(issue, (t) => ({ ...t, labels: [...new Set([...t.labels, ...labels])] }));
    }
    async removeLabels(issue, labels) {
        for (const name of labels) {
            await this.call(`removing label ${name} from #${issue}`, async () => {
                try {
                    await this.o.octokit.rest.issues.removeLabel({ ...this.r, issue_number: issue, name });
                }
                catch (error) {
                    // Not there: a re-run, or a human removed it first.
                    if (!(0,github_errors/* hasStatus */.Ro)(error, 404))
                        throw error;
                }
            });
        }
        const gone = new Set(labels);
        this.amend(issue, (t) => ({ ...t, labels: t.labels.filter((l) => !gone.has(l)) }));
    }
    /** A branch name as a ref of the checkout: the remote-tracking ref when there is one. */
    async ref(name) {
        if (/^[0-9a-f]{40}$/i.test(name))
            return name;
        const tracking = `refs/remotes/${this.remote}/${name}`;
        const found = await this.o.git.tryExec(['rev-parse', '--verify', '--quiet', tracking]);
        return found === null ? name : tracking;
    }
    async branchExists(branch) {
        const ref = await this.ref(branch);
        if (ref !== branch)
            return true;
        return this.o.git.branchExists(branch);
    }
    async resolveRef(ref) {
        return this.o.git.resolve(await this.ref(ref));
    }
    async commits(base, head) {
        return this.o.git.commits(await this.ref(base), await this.ref(head));
    }
    async changedFiles(base, head) {
        return this.o.git.changedFiles(await this.ref(base), await this.ref(head));
    }
    async diff(base, head) {
        return this.o.git.diff(await this.ref(base), await this.ref(head));
    }
    async readFileAt(ref, path) {
        return this.o.git.show(await this.ref(ref), path);
    }
    async listFilesAt(ref, dir) {
        return this.o.git.listFiles(await this.ref(ref), dir);
    }
    /** The open PR of a head branch with its node id and head SHA (cached for the run). */
    async pull(head) {
        // A branch the checkout's fetch did not see has no open PR (GitHub closes a PR whose head
        // branch is deleted): the write stage's first run skips the lookup.
        if (!this.pulls.has(head) && !(await this.branchExists(head)))
            this.pulls.set(head, null);
        if (!this.pulls.has(head)) {
            const found = await this.call(`finding the PR for ${head}`, () => findOpenPullByHead(this.o.octokit, this.o.repo, head));
            this.pulls.set(head, found ?? null);
        }
        return this.pulls.get(head) ?? null;
    }
    /**
     * Hidden text the action layer keeps at the end of every PR body this forge writes (its own
     * marker next to the stages' state). Set before the stage runs.
     */
    setPullBodySuffix(suffix) {
        this.bodySuffix = suffix === '' ? '' : `\n${suffix}\n`;
    }
    /** The labels of a PR read by pullByNumber (none read yet: empty). */
    labelsOf(pr) {
        return this.pullLabels.get(pr) ?? [];
    }
    /** A PR this run read already: the next pullByNumber(number) uses it instead of a request. */
    rememberPull(read) {
        this.preread.set(read.summary.number, read);
        if (read.threads !== null)
            this.prereadThreads.set(read.summary.number, read.threads);
    }
    /** The finding threads read with the PR at the start of the run, once (else undefined). */
    takeThreads(pr) {
        const threads = this.prereadThreads.get(pr);
        this.prereadThreads.delete(pr);
        return threads;
    }
    /** A PR by number (a review started by a push or a dispatch), cached under its head branch. */
    async pullByNumber(pr) {
        const known = this.preread.get(pr);
        this.preread.delete(pr);
        const read = known ??
            (await this.call(`reading PR #${pr}`, async () => {
                const { data } = await this.o.octokit.rest.pulls.get({ ...this.r, pull_number: pr });
                return { summary: pullSummary(data), labels: data.labels.map((l) => l.name) };
            }));
        const p = read.summary;
        this.pullLabels.set(p.number, [...read.labels]);
        if (p.open)
            this.pulls.set(p.headRef, p);
        return p;
    }
    /** Replaces a PR's whole body (the action's marker, outside a stage's own update). */
    async updatePullBody(p, body) {
        await this.call(`updating PR #${p.number}`, () => this.o.octokit.rest.pulls.update({ ...this.r, pull_number: p.number, body }));
        const updated = { ...p, body };
        if (p.open)
            this.pulls.set(p.headRef, updated);
        return updated;
    }
    async findPullRequest(head) {
        const p = await this.pull(head);
        return p ? toRef(p) : null;
    }
    async upsertPullRequest(given) {
        const input = { ...given, body: `${given.body.replace(/\s+$/, '')}\n${this.bodySuffix}` };
        const existing = await this.pull(input.head);
        if (!existing) {
            const pr = await this.createDraft(input);
            this.pulls.set(input.head, pr);
            return toRef(pr);
        }
        if (existing.body === input.body)
            return toRef(existing);
        // The title is the author's to change once the PR exists; only the body carries our state.
        const { data } = await this.call(`updating PR #${existing.number}`, () => this.o.octokit.rest.pulls.update({
            ...this.r,
            pull_number: existing.number,
            body: input.body,
        }));
        const updated = { ...existing, body: data.body ?? '', headSha: data.head.sha };
        this.pulls.set(input.head, updated);
        return toRef(updated);
    }
    /** Opens the draft PR; we just found none, so only a race needs the lookup of findOrCreate. */
    async createDraft(input) {
        try {
            const { data } = await this.o.octokit.rest.pulls.create({ ...this.r, ...input, draft: true });
            return pullSummary(data);
        }
        catch (error) {
            if (!(0,github_errors/* hasStatus */.Ro)(error, 422))
                throw (0,github_errors/* wrapApiError */.N9)(error, {
                    repo: (0,github_repo/* fullName */.f)(this.o.repo),
                    doing: `opening the draft PR for ${input.head}`,
                });
            return (await findOrCreateDraftPr(this.o.octokit, { repo: this.o.repo, ...input })).pr;
        }
    }
    async markReady(head) {
        const p = await this.pull(head);
        if (!p)
            throw new Error(`no open pull request for ${head} to mark ready`);
        await markReadyForReview(this.o.octokit, this.o.repo, p);
        this.pulls.set(head, { ...p, draft: false });
    }
}
function toRef(p) {
    return { number: p.number, url: p.url, body: p.body, draft: p.draft };
}

// EXTERNAL MODULE: ./src/forge/github/labels.ts
var labels = __webpack_require__(87716);
;// CONCATENATED MODULE: ./src/forge/github/review-threads.ts


const THREADS = (/* unused pure expression or super */ null && (`query($owner: String!, $name: String!, $pr: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $pr) {
      reviewThreads(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id isResolved path line
          comments(first: 100) {
            nodes { databaseId body author { login } pullRequestReview { databaseId } }
          }
        }
      }
    }
  }
}`));
/** Every review thread of the PR (all pages; a thread's first 100 comments). */
async function review_threads_listReviewThreads(octokit, repo, pr) {
    const out = [];
    let after = null;
    try {
        for (;;) {
            const answer = await octokit.graphql(THREADS, {
                owner: repo.owner,
                name: repo.repo,
                pr,
                after,
            });
            const page = answer.repository?.pullRequest?.reviewThreads;
            if (!page)
                throw new Error(`GraphQL found no pull request #${pr} in ${fullName(repo)}`);
            for (const t of page.nodes)
                out.push({
                    id: t.id,
                    isResolved: t.isResolved,
                    path: t.path,
                    line: t.line,
                    comments: t.comments.nodes.map((c) => ({
                        id: c.databaseId ?? 0,
                        author: c.author?.login ?? 'ghost',
                        body: c.body,
                        reviewId: c.pullRequestReview?.databaseId ?? null,
                    })),
                });
            if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor)
                return out;
            after = page.pageInfo.endCursor;
        }
    }
    catch (error) {
        throw wrapApiError(error, {
            repo: fullName(repo),
            doing: `reading the review threads of PR #${pr}`,
        });
    }
}
/** One review by id (a thread comment's event names its review, not the review's body). */
async function getReview(octokit, repo, pr, reviewId) {
    try {
        const { data } = await octokit.rest.pulls.getReview({
            owner: repo.owner,
            repo: repo.repo,
            pull_number: pr,
            review_id: reviewId,
        });
        return {
            id: data.id,
            author: data.user?.login ?? 'ghost',
            body: data.body ?? '',
            state: data.state,
        };
    }
    catch (error) {
        throw wrapApiError(error, { repo: fullName(repo), doing: `reading review ${reviewId}` });
    }
}
/** Answers in the thread of `commentId` (a thread's root comment). */
async function replyInThread(octokit, repo, o) {
    try {
        await octokit.rest.pulls.createReplyForReviewComment({
            owner: repo.owner,
            repo: repo.repo,
            pull_number: o.pr,
            comment_id: o.commentId,
            body: o.body,
        });
    }
    catch (error) {
        throw wrapApiError(error, {
            repo: fullName(repo),
            doing: `replying to review comment ${o.commentId} on PR #${o.pr}`,
        });
    }
}

// EXTERNAL MODULE: ./src/stages/findings.ts
var findings = __webpack_require__(19013);
;// CONCATENATED MODULE: ./src/forge/github/review-poster.ts




const FINDING_MARK = /<!-- lailatov:finding:([0-9a-f]{6,64}) -->/;
const findingMark = (fp) => `<!-- lailatov:finding:${fp} -->`;
const reviewMark = (round, sha) => `<!-- lailatov:review round=${round} head=${sha} -->`;
/** Right-side line numbers a review comment may point at, per file (added and context lines). */
function commentableLines(patch) {
    const lines = new Set();
    let next = 0;
    for (const line of patch.split('\n')) {
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk?.[1]) {
            next = Number(hunk[1]);
            continue;
        }
        if (next === 0 || line.startsWith('\\'))
            continue;
        if (line.startsWith('-'))
            continue;
        if (line.startsWith('+') || line.startsWith(' ') || line === '') {
            lines.add(next);
            next += 1;
        }
    }
    return lines;
}
/**
 * The body of an inline comment. A suggestion fenced as code becomes a ```suggestion block that
 * replaces the commented lines; prose stays prose (a suggestion block of prose would replace code).
 */
function findingCommentBody(f) {
    const parts = [`**${f.severity}** · \`${f.rule}\`: ${f.message}`];
    const code = f.suggestion ? /^```[\w-]*\n([\s\S]*?)\n?```\s*$/.exec(f.suggestion.trim()) : null;
    if (code && code[1] !== undefined && code[1].split('\n').length <= 12)
        parts.push(`\`\`\`suggestion\n${code[1]}\n\`\`\``);
    else if (f.suggestion)
        parts.push(`Suggestion: ${f.suggestion}`);
    parts.push(findingMark(f.fingerprint));
    return parts.join('\n\n');
}
/** A review thread as GraphQL gives it, if its first comment is one of our findings. */
function findingThreadOf(t) {
    const fingerprint = FINDING_MARK.exec(t.comments.nodes[0]?.body ?? '')?.[1];
    return fingerprint ? { id: t.id, isResolved: t.isResolved, fingerprint } : null;
}
/** The PR's review threads that start with a finding comment of ours (every page). */
async function findingThreads(octokit, repo, pr) {
    const threads = await listReviewThreads(octokit, repo, pr);
    return threads.flatMap((t) => {
        const found = findingThreadOf({
            id: t.id,
            isResolved: t.isResolved,
            comments: { nodes: t.comments.slice(0, 1) },
        });
        return found ? [found] : [];
    });
}
/** Resolves threads, all in one mutation (GitHub runs the aliased fields in order). */
async function resolveThreads(octokit, ids) {
    if (ids.length === 0)
        return;
    const vars = ids.map((_, i) => `$t${i}: ID!`).join(', ');
    const fields = ids
        .map((_, i) => `t${i}: resolveReviewThread(input: { threadId: $t${i} }) { thread { id } }`)
        .join('\n  ');
    await octokit.graphql(`mutation(${vars}) {\n  ${fields}\n}`, Object.fromEntries(ids.map((id, i) => [`t${i}`, id])));
}
async function postReviewRound(octokit, input) {
    const r = { owner: input.repo.owner, repo: input.repo.repo, pull_number: input.pr };
    try {
        const threads = input.threads ?? (await findingThreads(octokit, input.repo, input.pr));
        const onLines = new Set(threads.map((t) => t.fingerprint));
        const seen = new Set([...onLines, ...input.inBodyBefore]);
        const mark = reviewMark(input.round, input.headSha);
        const already = input.alreadyPosted;
        const fresh = input.findings.filter((f) => f.status === 'open' && !seen.has(f.fingerprint));
        const duplicatesSkipped = input.findings.filter((f) => f.status === 'open' && seen.has(f.fingerprint)).length;
        let inline = 0;
        const inBodyPosted = [];
        if (!already) {
            const withLines = fresh.filter((f) => f.path !== null && f.lines !== null);
            const patches = input.patches ??
                new Map((withLines.length
                    ? await octokit.paginate(octokit.rest.pulls.listFiles, { ...r, per_page: 100 })
                    : []).map((f) => [f.filename, f.patch ?? '']));
            const byPath = new Map([...patches].map(([path, patch]) => [path, commentableLines(patch)]));
            const lineComments = [];
            const bodyItems = [];
            for (const f of fresh) {
                const ok = f.path && f.lines ? byPath.get(f.path) : undefined;
                const lines = f.lines;
                if (ok && lines && ok.has(lines.end) && ok.has(lines.start)) {
                    lineComments.push({
                        path: f.path ?? '',
                        line: lines.end,
                        side: 'RIGHT',
                        ...(lines.start < lines.end ? { start_line: lines.start, start_side: 'RIGHT' } : {}),
                        body: findingCommentBody(f),
                    });
                }
                else {
                    bodyItems.push(`- ${describeFinding(f)}`);
                    inBodyPosted.push(f.fingerprint);
                }
            }
            inline = lineComments.length;
            const body = [
                `### LailaTov review · round ${input.round}`,
                input.summary,
                ...(bodyItems.length ? ['**Findings outside the diff lines:**', ...bodyItems] : []),
                ...(duplicatesSkipped
                    ? [`${duplicatesSkipped} finding(s) already commented on are still open.`]
                    : []),
                mark,
            ].join('\n\n');
            // COMMENT, never APPROVE: a human approves and merges.
            await octokit.rest.pulls.createReview({
                ...r,
                commit_id: input.headSha,
                event: 'COMMENT',
                body,
                comments: lineComments,
            });
        }
        const fixed = new Set(input.findings.filter((f) => f.status === 'resolved').map((f) => f.fingerprint));
        const toResolve = threads.filter((t) => !t.isResolved && fixed.has(t.fingerprint));
        await resolveThreads(octokit, toResolve.map((t) => t.id));
        const threadsResolved = toResolve.length;
        return {
            posted: !already,
            inline,
            inBody: inBodyPosted.length,
            duplicatesSkipped,
            threadsResolved,
            inBodyPosted,
        };
    }
    catch (error) {
        throw wrapApiError(error, {
            repo: fullName(input.repo),
            doing: `posting the review of PR #${input.pr}`,
        });
    }
}

;// CONCATENATED MODULE: ./src/forge/github/pull-read.ts


const PULL = `query($owner: String!, $name: String!, $pr: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $pr) {
      number
      id
      url
      state
      isDraft
      body
      headRefName
      headRefOid
      baseRefName
      baseRefOid
      labels(first: 100) { nodes { name } }
      reviewThreads(first: 100) {
        pageInfo { hasNextPage }
        nodes { id isResolved comments(first: 1) { nodes { body } } }
      }
    }
  }
}`;
async function readPull(octokit, repo, pr) {
    const answer = await octokit.graphql(PULL, {
        owner: repo.owner,
        name: repo.repo,
        pr,
    });
    const p = answer.repository?.pullRequest;
    if (!p)
        throw new Error(`GraphQL found no pull request #${pr} in ${(0,github_repo/* fullName */.f)(repo)}`);
    const threads = p.reviewThreads.pageInfo.hasNextPage
        ? null
        : p.reviewThreads.nodes.flatMap((t) => findingThreadOf(t) ?? []);
    return {
        summary: {
            number: p.number,
            nodeId: p.id,
            url: p.url,
            open: p.state === 'OPEN',
            draft: p.isDraft,
            headRef: p.headRefName,
            headSha: p.headRefOid,
            baseRef: p.baseRefName,
            baseSha: p.baseRefOid,
            body: p.body,
        },
        labels: p.labels.nodes.map((l) => l.name),
        threads,
    };
}

;// CONCATENATED MODULE: ./src/forge/github/settings.ts



async function settingsBase(octokit, repo, pr, 
/** The default branch as the event payload names it (`repository.default_branch`), if it does. */
defaultBranch = null) {
    const r = { owner: repo.owner, repo: repo.repo };
    // Every webhook payload of a repository carries its default branch: no request for it.
    if (pr === null && defaultBranch !== null)
        return { ref: defaultBranch, what: `the default branch ${defaultBranch}`, pull: null };
    try {
        if (pr !== null) {
            const pull = await readPull(octokit, repo, pr);
            const { baseSha, baseRef } = pull.summary;
            return {
                ref: baseSha,
                what: `the base commit ${baseSha.slice(0, 12)} of PR #${pr} (${baseRef})`,
                pull,
            };
        }
        const { data } = await octokit.rest.repos.get(r);
        return {
            ref: data.default_branch,
            what: `the default branch ${data.default_branch}`,
            pull: null,
        };
    }
    catch (error) {
        throw (0,github_errors/* wrapApiError */.N9)(error, {
            repo: (0,github_repo/* fullName */.f)(repo),
            doing: pr === null ? 'reading the default branch' : `reading the base of PR #${pr}`,
        });
    }
}
/** A file's text at `ref` through the contents API, or null when there is no such file. */
async function readFileAtRef(octokit, repo, path, ref) {
    try {
        const { data } = await octokit.rest.repos.getContent({
            owner: repo.owner,
            repo: repo.repo,
            path,
            ref,
        });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
            throw new Error(`${path} at ${ref} is not a file`);
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    catch (error) {
        if (hasStatus(error, 404))
            return null;
        throw wrapApiError(error, { repo: fullName(repo), doing: `reading ${path} at ${ref}` });
    }
}

// EXTERNAL MODULE: ./src/forge/github/workspace.ts
var github_workspace = __webpack_require__(26318);
// EXTERNAL MODULE: ./src/stages/ports.ts
var ports = __webpack_require__(89247);
// EXTERNAL MODULE: ./src/stages/risk-gate.ts
var risk_gate = __webpack_require__(45582);
// EXTERNAL MODULE: ./src/engines/tree-gate.ts
var tree_gate = __webpack_require__(33567);
// EXTERNAL MODULE: ./src/stages/untrusted-text.ts
var untrusted_text = __webpack_require__(77829);
;// CONCATENATED MODULE: ./src/action/session.ts
// Builds the stages' ports for one GitHub stage run. The model client, the engines and the
// Anthropic SDK are imported only when a stage first uses them: triage never loads an engine, and
// a run that is ignored loads neither (cold start, bench/github.bench.ts).














/** The environment the engines and the model see: the runner's, plus the keys and URLs from the inputs. */
function providerEnv(inputs, runner) {
    const env = {};
    for (const [k, v] of Object.entries(runner.env))
        if (!k.startsWith('INPUT_'))
            env[k] = v;
    if (inputs.anthropicApiKey)
        env.ANTHROPIC_API_KEY = inputs.anthropicApiKey;
    if (inputs.anthropicBaseUrl)
        env.ANTHROPIC_BASE_URL = inputs.anthropicBaseUrl;
    if (inputs.provider === 'bedrock')
        env.CLAUDE_CODE_USE_BEDROCK = '1';
    if (inputs.provider === 'vertex')
        env.CLAUDE_CODE_USE_VERTEX = '1';
    if (inputs.awsRegion)
        env.AWS_REGION = inputs.awsRegion;
    if (inputs.vertexProjectId)
        env.ANTHROPIC_VERTEX_PROJECT_ID = inputs.vertexProjectId;
    if (inputs.vertexRegion)
        env.CLOUD_ML_REGION = inputs.vertexRegion;
    if (inputs.openaiApiKey)
        env.OPENAI_API_KEY = inputs.openaiApiKey;
    if (inputs.openaiBaseUrl)
        env.OPENAI_BASE_URL = inputs.openaiBaseUrl;
    if (inputs.geminiApiKey)
        env.GEMINI_API_KEY = inputs.geminiApiKey;
    if (inputs.geminiBaseUrl)
        env.GOOGLE_GEMINI_BASE_URL = inputs.geminiBaseUrl;
    return env;
}
/**
 * The config file as committed at the base (never the checkout, which may be the PR's head),
 * with the action's inputs on top (validated again). `read` reads a file at the base.
 */
async function loadActionConfig(inputs, read, base, stage) {
    const file = await (0,src_config/* loadConfigAt */.Qi)(read, inputs.configPath, base.what);
    const engineStage = stage === 'write' || stage === 'remediate' ? stage : null;
    const config = (0,src_config/* applyOverrides */.iu)(file, {
        ...(inputs.engine && engineStage && { engines: { [engineStage]: [...inputs.engine] } }),
        ...(inputs.model && { models: { [stage]: inputs.model } }),
        ...(inputs.maxRounds !== null && { maxRemediationRounds: inputs.maxRounds }),
    });
    if (inputs.budgetUsd === null)
        return config;
    if (inputs.budgetUsd <= 0)
        throw new errors/* UserError */.y('input `budget-usd`: expected a number > 0');
    return { ...config, budgets: { ...config.budgets, [stage]: inputs.budgetUsd } };
}
/** The label colors, keyed by the names this repository's config uses. */
function labelCatalog(config) {
    const specs = [
        { ...labels/* LABELS */.kg.needsClarification, name: config.labels.needsClarification },
        { ...labels/* LABELS */.kg.escalated, name: config.labels.escalated },
        { ...labels/* LABELS */.kg.blocked, name: config.labels.blocked },
        { ...labels/* LABELS */.kg.incomplete, name: config.labels.incomplete },
        { ...labels/* LABELS */.kg.stopped, name: config.labels.stopped },
        { ...labels/* LABELS */.kg.planPending, name: config.labels.planPending },
        labels/* LABELS */.kg.working,
        labels/* LABELS */.kg.riskHigh,
        labels/* LABELS */.kg.riskMedium,
        labels/* LABELS */.kg.riskLow,
    ];
    return new Map(specs.map((s) => [s.name, s]));
}
/** The run's pricer: the built-in table under the config's `prices`. */
async function pricerFor(config) {
    const { tablePricer } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 27426));
    const { priceTableOf } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 66414));
    return tablePricer(priceTableOf(config));
}
function lazyModel(env, provider, config) {
    let model;
    const build = async () => {
        const { createSdkModel } = await Promise.all(/* import() */[__webpack_require__.e(2968), __webpack_require__.e(9528)]).then(__webpack_require__.bind(__webpack_require__, 9528));
        return createSdkModel({ env, provider, pricer: await pricerFor(config) });
    };
    return {
        complete: async (req) => {
            model ??= build();
            return (await model).complete(req);
        },
    };
}
function engineFactory(env, inputs, sandbox, config, 
/** The breakers of a chain (read once, when a chain first runs); none: no breaker. */
breakers) {
    return async (chain, run) => {
        const { createEngine } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 49057));
        const price = await pricerFor(config);
        const { providerUpstream } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 26302));
        const { parseLink } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 75808));
        const links = [];
        for (const text of chain) {
            const { name, model } = parseLink(text);
            const own = model !== undefined ? { model } : {};
            if (name === 'replay') {
                if (!inputs.replayDir)
                    throw new errors/* UserError */.y('engine replay needs LAILATOV_REPLAY_DIR (a directory of replay scripts)');
                const scriptPath = (0,external_node_path_.join)(inputs.replayDir, `${run}.json`);
                links.push({
                    engine: await createEngine('replay', { scriptPath, parentEnv: env, sandbox }),
                    ...own,
                });
            }
            else
                links.push({
                    engine: await createEngine(name, {
                        env,
                        parentEnv: env,
                        pricer: price,
                        sandbox,
                        // Each CLI reaches its own provider (codex: OpenAI, gemini: Gemini, aider: by its
                        // model), never the Anthropic endpoint with the Anthropic key.
                        upstreamFor: (provider) => providerUpstream(provider, env),
                    }),
                    ...own,
                });
        }
        // A fresh runner remembers nothing: a chain's breakers come from the outcome log.
        const { chainOf } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 38065));
        if (links.length < 2 || breakers === undefined)
            return chainOf(links, { gitEnv: env });
        return chainOf(links, { gitEnv: env, breaker: await breakers() });
    };
}
/**
 * The breakers of this repository's chains, replayed from the outcome log on the data branch
 * (docs/providers.md), read at most once per run.
 */
function logBreakers(o) {
    let registry;
    return () => (registry ??= (async () => {
        const [{ GitBranchOutcomeStore }, { breakersFromLog }] = await Promise.all([
            __webpack_require__.e(/* import() */ 8694).then(__webpack_require__.bind(__webpack_require__, 88694)),
            __webpack_require__.e(/* import() */ 4306).then(__webpack_require__.bind(__webpack_require__, 84306)),
        ]);
        const { owner, repo } = o.runner.repo;
        return breakersFromLog({
            log: new GitBranchOutcomeStore({ octokit: o.octokit, repo: o.runner.repo }),
            repo: `${owner}/${repo}`,
            warn: (m) => o.logger.warn(m),
        });
    })());
}
/**
 * The PR's base commit as a ref of the checkout. A base the fetch did not bring (rewritten
 * since) falls back to the base branch's head: still the base, never the head.
 */
/** The default branch as fetched; a branch the fetch did not bring is an error, never "no config". */
async function defaultBranchRef(workspace, base) {
    const ref = `refs/remotes/origin/${base.ref}`;
    const found = await workspace.origin.tryExec(['rev-parse', '--verify', '--quiet', ref]);
    if (found === null)
        throw new errors/* UserError */.y(`the default branch ${base.ref} was not fetched from the repository: check the token's contents: read permission`);
    return ref;
}
async function baseCommit(workspace, pull) {
    const { baseSha, baseRef } = pull.summary;
    const found = await workspace.git.tryExec(['cat-file', '-e', `${baseSha}^{commit}`]);
    return found === null ? `refs/remotes/origin/${baseRef}` : baseSha;
}
async function openGitHubSession(o) {
    const base = await settingsBase(o.octokit, o.runner.repo, o.pr, o.defaultBranch);
    // The workspace fetches every branch first; the config is then read from the base in its
    // private repository (no API call), and names the identity and the sandbox.
    const fetched = await github_workspace/* GitHubWorkspace */.JX.open({
        dir: o.runner.workspace,
        env: o.runner.env,
        identity: { name: 'LailaTov', email: 'lailatov@users.noreply.github.com' },
        token: o.inputs.githubToken,
        serverUrl: o.runner.serverUrl,
    });
    const settingsRef = base.pull
        ? await baseCommit(fetched, base.pull)
        : await defaultBranchRef(fetched, base);
    const committed = await loadActionConfig(o.inputs, (path) => fetched.origin.show(settingsRef, path), base, o.stage);
    const config = o.overrides ? (0,src_config/* applyOverrides */.iu)(committed, o.overrides) : committed;
    const env = providerEnv(o.inputs, o.runner);
    const sandbox = (0,engines_sandbox/* lazySandbox */.o8)({
        mode: config.sandbox.mode,
        env: o.runner.env,
        network: (0,src_config/* egressSettings */.RH)(config.sandbox.network),
    });
    const workspace = fetched.configured({
        sandbox,
        identity: {
            name: config.botLogin,
            email: `${config.botLogin.replace(/\[bot\]$/, '')}@users.noreply.github.com`,
        },
    });
    const forge = new GitHubForge({
        octokit: o.octokit,
        repo: o.runner.repo,
        // Refs and content from the private repository, which no agent can write.
        git: workspace.origin,
        labels: labelCatalog(config),
        // The suite's own comments, and the issue author's answer once the trust rules admit it.
        admitLogins: [config.botLogin, ...SUITE_BOTS, ...o.inputs.allowedBots],
        admitsAuthor: authorAdmission(o.octokit, {
            repo: o.runner.repo,
            triggerLabel: o.inputs.triggerLabel,
            clarificationLabel: github_events/* CLARIFICATION_LABEL */.mr,
            suiteLogins: [...SUITE_BOTS, ...o.inputs.allowedBots],
            allowedBots: o.inputs.allowedBots,
        }),
    });
    if (base.pull)
        forge.rememberPull(base.pull);
    const deps = {
        config,
        forge,
        workspace,
        model: o.model ?? lazyModel(env, o.inputs.provider, config),
        engines: engineFactory(env, o.inputs, sandbox, config, logBreakers(o)),
        text: untrusted_text/* coreUntrustedText */.d,
        risk: risk_gate/* coreRiskGate */.y,
        // The config file is protected wherever `config-path` puts it (anchored at the root).
        treeGate: (0,tree_gate/* createTreeGate */.SB)({ env, alsoProtected: [`/${o.inputs.configPath}`] }),
        notifier: o.notifier,
        clock: ports/* systemClock */.m,
        logger: o.logger,
        progress: o.progress,
        sandbox,
        ...(base.pull && { settingsRef }),
    };
    return { deps, forge, workspace, config };
}

// EXTERNAL MODULE: ./src/core/commands/parse.ts
var parse = __webpack_require__(45609);
// EXTERNAL MODULE: ./src/relay/urls.ts
var urls = __webpack_require__(18915);
;// CONCATENATED MODULE: ./src/action/inputs.ts
// Every action input and runner variable, read once into one frozen object. Nothing downstream
// reads process.env or core.getInput again.





const ACTION_STAGES = ['triage', 'write', 'review', 'remediate'];
function mentionInput(v) {
    if (v === '')
        return '@lailatov';
    const m = (0,parse/* normalizeMention */.gc)(v);
    if (m === null)
        throw new errors/* UserError */.y(`input \`mention\`: expected a GitHub login such as @lailatov or @my-bot, got ${JSON.stringify(v)}`);
    return m;
}
/** `INPUT_<NAME>` with the name upper-cased; hyphens stay (the runner keeps them). */
function raw(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
const optional = (env, name) => raw(env, name) || null;
function number(env, name, opts = {}) {
    const v = raw(env, name);
    if (v === '')
        return null;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0 || (opts.int && !Number.isInteger(n)))
        throw new errors/* UserError */.y(`input \`${name}\`: expected ${opts.int ? 'a whole number' : 'a number'} >= 0, got ${JSON.stringify(v)}`);
    return n;
}
/** An http(s) URL, or null when the input is empty. */
function baseUrl(env, name, example) {
    const v = raw(env, name);
    if (v === '')
        return null;
    let ok = false;
    try {
        ok = ['http:', 'https:'].includes(new URL(v).protocol);
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new errors/* UserError */.y(`input \`${name}\`: expected an http(s) URL such as ${example}, got ${JSON.stringify(v)}`);
    return v;
}
function oneOf(env, name, allowed, dflt) {
    const v = raw(env, name) || dflt;
    if (!allowed.includes(v))
        throw new errors/* UserError */.y(`input \`${name}\`: expected one of ${allowed.join(', ')}, got "${v}"`);
    return v;
}
function parseInputs(env, entry) {
    const engine = optional(env, 'engine');
    const inputs = {
        stage: entry === 'auto' ? oneOf(env, 'stage', [...ACTION_STAGES, 'auto'], 'auto') : entry,
        githubToken: raw(env, 'github-token'),
        anthropicApiKey: optional(env, 'anthropic-api-key'),
        anthropicBaseUrl: optional(env, 'anthropic-base-url'),
        provider: oneOf(env, 'provider', ['anthropic', 'bedrock', 'vertex'], 'anthropic'),
        awsRegion: optional(env, 'aws-region'),
        vertexProjectId: optional(env, 'vertex-project-id'),
        vertexRegion: optional(env, 'vertex-region'),
        openaiApiKey: optional(env, 'openai-api-key'),
        openaiBaseUrl: baseUrl(env, 'openai-base-url', 'https://api.openai.com/v1'),
        geminiApiKey: optional(env, 'gemini-api-key'),
        geminiBaseUrl: baseUrl(env, 'gemini-base-url', 'https://generativelanguage.googleapis.com'),
        engine: engine
            ? engine
                .split(',')
                .map((s) => s.trim())
                .filter((s) => s !== '')
            : null,
        model: optional(env, 'model'),
        setupCommand: optional(env, 'setup-command'),
        configPath: raw(env, 'config-path') || '.github/lailatov.yml',
        budgetUsd: number(env, 'budget-usd'),
        maxRounds: number(env, 'max-rounds', { int: true }),
        allowedBots: parseAllowedBots(raw(env, 'allowed-bots')),
        triggerLabel: raw(env, 'trigger-label') || 'ai-agent',
        mention: mentionInput(raw(env, 'mention')),
        slackWebhookUrl: optional(env, 'slack-webhook-url'),
        clickupToken: optional(env, 'clickup-token'),
        linearApiKey: optional(env, 'linear-api-key'),
        taskApiUrls: {
            clickup: env.LAILATOV_CLICKUP_API_URL?.trim() || urls/* DEFAULT_API_URLS */.W.clickup,
            linear: env.LAILATOV_LINEAR_API_URL?.trim() || urls/* DEFAULT_API_URLS */.W.linear,
        },
        issueNumber: number(env, 'issue-number', { int: true }),
        prNumber: number(env, 'pr-number', { int: true }),
        replayDir: env.LAILATOV_REPLAY_DIR?.trim() || null,
    };
    if (inputs.githubToken === '')
        throw new errors/* UserError */.y('input `github-token` is empty: pass ${{ github.token }} or a GitHub App token (actions/create-github-app-token).');
    return Object.freeze(inputs);
}
function required(env, name) {
    const v = env[name]?.trim();
    if (!v)
        throw new UserError(`${name} is not set: this action runs inside a GitHub Actions job (the runner sets it).`);
    return v;
}
function readRunner(env) {
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const repoName = required(env, 'GITHUB_REPOSITORY');
    const runId = env.GITHUB_RUN_ID ?? `local-${Date.now()}`;
    const apiUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    return Object.freeze({
        eventName: required(env, 'GITHUB_EVENT_NAME'),
        eventPath: required(env, 'GITHUB_EVENT_PATH'),
        repo: parseRepo(repoName),
        workspace: required(env, 'GITHUB_WORKSPACE'),
        apiUrl,
        graphqlUrl: (env.GITHUB_GRAPHQL_URL ?? `${apiUrl}/graphql`).replace(/\/+$/, ''),
        serverUrl,
        runId,
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1,
        runUrl: `${serverUrl}/${repoName}/actions/runs/${runId}`,
        backoffScale: backoffScale(env.LAILATOV_BACKOFF_SCALE),
        env,
    });
}
function backoffScale(v) {
    if (v === undefined || v.trim() === '')
        return 1;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0)
        throw new UserError(`LAILATOV_BACKOFF_SCALE: expected a number >= 0, got ${JSON.stringify(v)}`);
    return n;
}

// EXTERNAL MODULE: ./src/forge/github/client.ts
var client = __webpack_require__(18428);
// EXTERNAL MODULE: ./src/onboard/github-access.ts + 3 modules
var github_access = __webpack_require__(18882);
// EXTERNAL MODULE: ./src/forge/local/git.ts
var local_git = __webpack_require__(72671);
// EXTERNAL MODULE: ./src/forge/local/session.ts + 3 modules
var local_session = __webpack_require__(49685);
// EXTERNAL MODULE: ./src/forge/local/cli.ts + 1 modules
var cli = __webpack_require__(9554);
;// CONCATENATED MODULE: ./src/forge/remote/session.ts
// Remote mode: the stages run on the laptop against a repository on GitHub, through the same
// session as the actions (src/action/session.ts: the GitHub forge, the workspace whose private
// repository alone holds the token, the config read at the base). Only what a runner would have
// given is made here: the token, the API and server URLs, and a checkout.

















function definedEnv(env) {
    const clean = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            clean[k] = v;
    return clean;
}
/** The issue and the PR the flags name: `--issue URL` and/or `--pr URL`, of one repository. */
function remoteTargets(v) {
    const issue = v.issue !== undefined ? (0,github_url/* parseGitHubUrl */.as)(v.issue, '--issue') : null;
    const pr = v.pr !== undefined ? (0,github_url/* parseGitHubUrl */.as)(v.pr, '--pr') : null;
    if (issue?.kind === 'pull')
        throw new errors/* UserError */.y(`--issue ${v.issue}: that is a pull request; pass an issue URL, or the PR to review or remediate as --pr`);
    if (pr && pr.kind !== 'pull')
        throw new errors/* UserError */.y(`--pr ${v.pr}: that is an issue; pass a pull request URL (.../pull/N)`);
    if (issue && pr && (issue.serverUrl !== pr.serverUrl || !(0,github_url/* sameRepository */.RB)((0,github_url/* cloneUrlFor */.GN)(pr), issue)))
        throw new errors/* UserError */.y(`--issue and --pr name different repositories`);
    const repo = (issue ?? pr);
    return { repo, issue: issue?.number ?? 0, pr: pr?.number ?? null };
}
/**
 * The checkout: `--repo DIR` when it is a clone of the repository (its `origin`), else a fresh
 * one in a temp directory. Either way the workspace fetches every branch through its private
 * repository; a fresh checkout is then put on the default branch.
 */
async function checkoutDir(v, target, root, env) {
    if (v.repo !== undefined) {
        const dir = (0,external_node_path_.resolve)(v.repo);
        let origin = null;
        try {
            const git = await local_git/* GitRepo */.t.open(dir, env);
            origin = await git.tryExec(['remote', 'get-url', 'origin']);
        }
        catch {
            throw new errors/* UserError */.y(`--repo ${v.repo}: not a git repository`);
        }
        if (origin === null || !(0,github_url/* sameRepository */.RB)(origin, target))
            throw new errors/* UserError */.y(`--repo ${v.repo}: its origin (${origin?.trim() ?? 'none'}) is not ${(0,github_url/* cloneUrlFor */.GN)(target)}; pass a clone of that repository, or leave --repo out to work in a temp clone`);
        return { dir, fresh: false };
    }
    const dir = (0,external_node_path_.join)(root, target.repo);
    await (0,promises_.mkdir)(dir);
    await (0,process/* runChecked */.X4)('git', ['init', '--quiet', dir], { cwd: root, env: definedEnv(env) });
    const git = await local_git/* GitRepo */.t.open(dir, env);
    await git.exec(['remote', 'add', 'origin', (0,github_url/* cloneUrlFor */.GN)(target)]);
    return { dir, fresh: true };
}
/**
 * The action's inputs for a laptop, read by the action's own parser (so they stay in step): the
 * token, the provider, the replay scripts. The flags go in as config overrides instead.
 */
function remoteInputs(token, v, env) {
    const provider = env.CLAUDE_CODE_USE_BEDROCK === '1'
        ? 'bedrock'
        : env.CLAUDE_CODE_USE_VERTEX === '1'
            ? 'vertex'
            : 'anthropic';
    return parseInputs({
        'INPUT_GITHUB-TOKEN': token,
        INPUT_PROVIDER: provider,
        ...(v.replay !== undefined && { LAILATOV_REPLAY_DIR: v.replay }),
    }, 'auto');
}
async function openRemoteSession(v, io, opts) {
    if (opts.issueRequired && v.issue === undefined)
        throw new errors/* UserError */.y('--issue is required: the issue as a GitHub issue URL');
    if (v.pr !== undefined && v.head !== undefined)
        throw new errors/* UserError */.y('--pr and --head both name the branch to work on: pass one');
    const { repo: target, issue, pr } = remoteTargets(v);
    const env = io.env;
    const token = await (0,github_access/* tokenFrom */.ow)(env, 'a token that can write contents, issues and pull requests');
    const apiUrl = (env.GITHUB_API_URL ?? (0,github_url/* apiUrlFor */.xr)(target.serverUrl)).replace(/\/+$/, '');
    const repo = { owner: target.owner, repo: target.repo };
    const octokit = (0,client.createOctokit)({
        token,
        baseUrl: apiUrl,
        userAgent: 'lailatov-cli',
        retry: (0,github_access/* retryFromEnv */.wN)(env),
        log: { debug: () => { }, info: () => { }, warn: (m) => io.stderr(`${m}\n`), error: () => { } },
    });
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.TMPDIR ?? (0,external_node_os_.tmpdir)(), 'lailatov-remote-'));
    const { dir, fresh } = await checkoutDir(v, target, root, env);
    const runId = `remote-${Date.now()}`;
    const runner = {
        eventName: 'workflow_dispatch',
        eventPath: '',
        repo,
        workspace: dir,
        apiUrl,
        graphqlUrl: (env.GITHUB_GRAPHQL_URL ?? apiUrl.replace(/\/v3$/, '') + '/graphql').replace(/\/+$/, ''),
        serverUrl: target.serverUrl,
        runId,
        runAttempt: 1,
        runUrl: `${target.serverUrl}/${target.owner}/${target.repo}`,
        backoffScale: (0,github_access/* retryFromEnv */.wN)(env).backoffScale,
        env: { ...env, RUNNER_TEMP: root },
    };
    const progress = (0,cli_progress/* createProgress */.m)(io, { tty: (0,cli_progress/* progressIsLive */.Y)(io) });
    const session = await openGitHubSession({
        inputs: remoteInputs(token, v, env),
        runner,
        stage: pr !== null ? 'review' : 'write',
        pr,
        defaultBranch: null, // no event payload here: read from the repository
        octokit,
        notifier: { notify: async () => undefined },
        logger: { info: () => undefined, warn: (m) => io.stderr(`warning: ${m}\n`) },
        progress,
        overrides: (0,cli/* overridesFromFlags */.du)(v),
        ...(v['model-script'] !== undefined && {
            model: await scripted_model/* ScriptedModel */.uw.fromFile(v['model-script']),
        }),
    });
    const base = session.config.baseBranch;
    if (fresh)
        await session.workspace.git.exec([
            'checkout',
            '--quiet',
            '-B',
            base,
            `refs/remotes/origin/${base}`,
        ]);
    let head;
    if (pr !== null) {
        try {
            const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pr });
            head = data.head.ref;
        }
        catch (error) {
            throw (0,github_errors/* wrapApiError */.N9)(error, {
                repo: `${target.owner}/${target.repo}`,
                doing: `reading PR #${pr}`,
            });
        }
    }
    const logPath = (0,external_node_path_.resolve)(v.log ?? (0,external_node_path_.join)(root, 'outcomes.jsonl'));
    io.stderr(`Remote: ${target.owner}/${target.repo} on ${target.serverUrl}, checkout ${dir}\n`);
    return {
        deps: session.deps,
        forge: session.forge,
        store: new local_store/* FileOutcomeStore */.w(logPath),
        issueNumber: issue,
        logPath,
        config: session.config,
        identity: {
            repo: `${target.owner}/${target.repo}`,
            runId,
            runAttempt: 1,
            source: 'local',
            suiteVersion: local_session/* SUITE_VERSION */.sZ,
        },
        ...(head !== undefined && { head }),
    };
}


/***/ })

};
