export const id = 4082;
export const ids = [4082];
export const modules = {

/***/ 84082:
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
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/github-url.ts
var github_url = __webpack_require__(95512);
// EXTERNAL MODULE: ./src/engines/process.ts + 1 modules
var process = __webpack_require__(65967);
// EXTERNAL MODULE: ./src/cli/progress.ts
var cli_progress = __webpack_require__(9851);
// EXTERNAL MODULE: ./src/outcomes/local-store.ts + 1 modules
var local_store = __webpack_require__(61874);
// EXTERNAL MODULE: ./src/engines/model/scripted-model.ts
var scripted_model = __webpack_require__(2883);
;// CONCATENATED MODULE: ./src/core/commands/parse.ts
// What a comment asks the suite to do: `@lailatov <command> [text]` (the mention is configurable)
// or `/<command> [text]` at the start of a line. Pure: the text is untrusted and anything can be
// in it, so the parser looks only at line starts outside code blocks and quotes, knows a fixed
// list of command words, and bounds what it reads and what it keeps.
/** Every command, in the order `help` lists them. */
const COMMANDS = (/* unused pure expression or super */ null && ([
    'start',
    'plan',
    'approve',
    'review',
    'describe',
    'ask',
    'fix',
    'stop',
    'help',
]));
/** Where each command works: on an issue, on any PR, or on the suite's own PRs. */
const COMMAND_SCOPE = {
    start: 'issue',
    plan: 'issue',
    approve: 'issue',
    review: 'pr',
    describe: 'pr',
    ask: 'pr',
    fix: 'agent-pr',
    stop: 'agent-pr',
    help: 'any',
};
/** The commands that need text after them. */
const NEEDS_TEXT = new Set(['ask', 'fix']);
const COMMAND_SUMMARY = {
    start: 'on an issue: triage it and, when it is clear, write it (as the trigger label does)',
    plan: 'on an issue: post a plan for approval (add text to revise the plan)',
    approve: 'on an issue with a plan: approve it; the change is written from it',
    review: 'on a PR: risk gate, tests, AI review, spec audit, inline suggestions, a check run; never pushes',
    describe: 'on a PR: write or update the PR description',
    ask: 'on a PR: `ask <question>` answers in a reply; changes nothing',
    fix: "on the suite's PR: `fix <request>` runs a remediation round for that request",
    stop: "on the suite's PR: stop the work on it",
    help: 'this list',
};
/** How much of a comment is read (GitHub allows 65,536 characters) and how much text is kept. */
const MAX_SCAN = 65_536;
const MAX_TEXT = 4_000;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
/**
 * The mention as configured (`lailatov` or `@lailatov`), normalized to `@login`; null when it is
 * not a GitHub login, so a bad setting is reported by the caller with its name.
 */
function normalizeMention(raw) {
    const login = raw.trim().replace(/^@/, '');
    return LOGIN.test(login) ? `@${login.toLowerCase()}` : null;
}
/** The lines a command may start on: outside fenced code and block quotes, HTML comments removed. */
function commandLines(body) {
    const text = body.slice(0, MAX_SCAN).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
    const out = [];
    let fence = null;
    for (const line of text.split(/\r\n|\r|\n/)) {
        const trimmed = line.replace(/^[ \t]{0,3}/, '');
        const opens = /^(`{3,}|~{3,})/.exec(trimmed);
        if (fence !== null) {
            if (opens && opens[1]?.[0] === fence[0] && (opens[1]?.length ?? 0) >= fence.length)
                fence = null;
            out.push('');
            continue;
        }
        if (opens) {
            fence = opens[1] ?? '```';
            out.push('');
            continue;
        }
        // Quoted text is someone else's words; an indented code block is code.
        out.push(/^>/.test(trimmed) || /^( {4}|\t)/.test(line) ? '' : trimmed);
    }
    return out;
}
/** Strips control characters (but not newlines or tabs) and bounds the length. */
function cleanText(s) {
    const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g; // eslint-disable-line no-control-regex
    return s.replace(controls, '').trim().slice(0, MAX_TEXT).trim();
}
function toCommand(word, rest, via) {
    const name = word.toLowerCase();
    const known = COMMANDS.includes(name);
    if (!known)
        return via === 'mention' ? { kind: 'unknown', word: word.slice(0, 40), via } : null;
    const text = cleanText(rest);
    if (NEEDS_TEXT.has(name) && text === '')
        return { kind: 'unknown', word: name, via };
    return { kind: 'command', name: name, text, via };
}
/**
 * The first command in a comment, or null when it holds none. `@mention` alone means `start`
 * (on an issue; elsewhere the caller answers with help). A slash command is only one of the
 * known words, so another bot's `/foo` is not answered; the mention with an unknown word is.
 */
function parse_parseCommand(body, opts) {
    const mention = normalizeMention(opts.mention);
    if (mention === null)
        return null;
    const lines = commandLines(body);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const below = () => lines.slice(i + 1).join('\n');
        if (line.toLowerCase().startsWith(mention)) {
            const after = line.slice(mention.length);
            // A whole login: `@lailatov-bot` and `@lailatovx` are someone else.
            if (after !== '' && !/^[\s,:;.!?]/.test(after))
                continue;
            const m = /^[\s,:;.!?]*([^\s]*)\s*([\s\S]*)$/.exec(after);
            const word = m?.[1] ?? '';
            if (word === '')
                return { kind: 'command', name: 'start', text: cleanText(below()), via: 'mention' };
            const cmd = toCommand(word.replace(/[,:;.!?]+$/, ''), `${m?.[2] ?? ''}\n${below()}`, 'mention');
            if (cmd)
                return cmd;
            continue;
        }
        if (opts.slash !== false) {
            const s = /^\/([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(line);
            if (s) {
                const cmd = toCommand(s[1] ?? '', `${s[2] ?? ''}\n${below()}`, 'slash');
                if (cmd)
                    return cmd;
            }
        }
    }
    return null;
}
/** The help text: the commands, where they work, and who may use them. */
function helpText(mention, opening) {
    const m = normalizeMention(mention) ?? '@lailatov';
    const lines = COMMANDS.map((c) => `- \`${m} ${c}${c === 'ask' ? ' <question>' : c === 'fix' ? ' <request>' : ''}\` (or \`/${c}\`): ${COMMAND_SUMMARY[c]}`);
    return [
        ...(opening ? [opening, ''] : []),
        'LailaTov commands (people with write permission on this repository; docs/commands.md):',
        '',
        ...lines,
    ].join('\n');
}

// EXTERNAL MODULE: ./src/forge/github/events/payload-reader.ts
var payload_reader = __webpack_require__(32775);
;// CONCATENATED MODULE: ./src/forge/github/events/review-events.ts
// The events by which a person talks to the agent about its PR: a review submitted, a review
// comment (in a thread), a PR comment that mentions the suite. Each becomes one feedback
// trigger for the remediate stage (src/action/stages/human-round.ts). Pure; events.ts calls it.

/** The key of a trigger in the PR's list of handled feedback: a re-delivery is seen once. */
function feedbackKey(t) {
    return t.kind === 'review' ? `review:${t.reviewId}` : `comment:${t.commentId}`;
}
/** The default mention; a comment must name it as a word (`@lailatov`, not `@lailatovx`). */
const DEFAULT_MENTION = '@lailatov';
function mentionPattern(mention) {
    const name = mention.replace(/^@/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\w@/])@${name}(?![\\w-])`, 'gi');
}
function mentions(body, mention = DEFAULT_MENTION) {
    return mentionPattern(mention).test(body);
}
/** The comment's text without the mention: what the person asks. */
function withoutMention(body, mention = DEFAULT_MENTION) {
    return body.replace(mentionPattern(mention), '$1').trim();
}
const FROM_GITHUB = 'GitHub sends these fields; if the event file was written by hand (a test, a replayed event), add them.';
function actor(r, value, path) {
    const u = r.object(value, path) ?? {};
    return {
        login: r.string(u.login, at(path, 'login'), { nonEmpty: true }),
        type: r.stringOr(u.type, at(path, 'type'), 'User'),
    };
}
const isBot = (a) => a.type === 'Bot' || a.login.endsWith('[bot]');
/**
 * `pull_request_review` (submitted) and `pull_request_review_comment` (created) on an agent PR,
 * from a person: the feedback, or why the event asks for nothing (a string for the summary).
 */
function review_events_parseReviewFeedback(eventName, payload, agentBranchPrefix) {
    const r = new PayloadReader();
    const p = r.object(payload, '') ?? {};
    const action = typeof p.action === 'string' ? p.action : '(none)';
    const wanted = eventName === 'pull_request_review' ? 'submitted' : 'created';
    if (action !== wanted)
        return `action "${action}" is not "${wanted}"`;
    const pull = r.object(p.pull_request, 'pull_request') ?? {};
    const head = r.object(pull.head, 'pull_request.head') ?? {};
    const pr = r.integer(pull.number, 'pull_request.number', 1);
    const headRef = r.string(head.ref, 'pull_request.head.ref', { nonEmpty: true });
    const sender = actor(r, p.sender, 'sender');
    let trigger;
    let state = 'commented';
    if (eventName === 'pull_request_review') {
        const review = r.object(p.review, 'review') ?? {};
        trigger = {
            kind: 'review',
            reviewId: r.integer(review.id, 'review.id', 1),
            body: r.optionalString(review.body, 'review.body') ?? '',
        };
        state = r.string(review.state, 'review.state').toLowerCase();
    }
    else {
        const comment = r.object(p.comment, 'comment') ?? {};
        trigger = {
            kind: 'review',
            reviewId: r.integer(comment.pull_request_review_id, 'comment.pull_request_review_id', 1),
            body: null,
        };
    }
    r.check(`${eventName}.${wanted}`, FROM_GITHUB);
    if (!headRef.startsWith(agentBranchPrefix))
        return `head branch "${headRef}" is not an ${agentBranchPrefix}* branch`;
    if (isBot(sender))
        return `sent by the bot ${sender.login}: only people's reviews start a round`;
    if (state !== 'commented' && state !== 'changes_requested')
        return `the review is ${state}: only comments and requested changes start a round`;
    return { kind: 'pr-feedback', sender, pr, trigger };
}
/** A PR comment (issue_comment on a PR) that mentions the suite, from a person; else why not. */
function review_events_mentionFeedback(o, mention = DEFAULT_MENTION) {
    if (!mentions(o.comment.body, mention))
        return `the comment is on a pull request (#${o.pr}) and does not mention ${mention}`;
    if (isBot(o.comment.author))
        return `the comment is by the bot ${o.comment.author.login}: only people's comments start a round`;
    return {
        kind: 'pr-feedback',
        sender: o.comment.author,
        pr: o.pr,
        trigger: { kind: 'mention', commentId: o.comment.id, body: o.comment.body },
    };
}

// EXTERNAL MODULE: ./src/forge/github/events/dispatch.ts
var dispatch = __webpack_require__(2815);
;// CONCATENATED MODULE: ./src/forge/github/events/parse-event.ts
// The workflow event that started an action, parsed once at the boundary into a closed union.
// The caller reads GITHUB_EVENT_NAME and the JSON at GITHUB_EVENT_PATH; this module does no I/O.




/** The label triage puts on an issue when it asks a question (the config's default name). */
const CLARIFICATION_LABEL = 'needs-clarification';
const is = (kind) => (event) => event.kind === kind;
const isIssueLabeled = is('issue-labeled');
const isIssueComment = is('issue-comment');
const isCommand = is('command');
const isAgentTask = is('agent-task');
const isStageDispatch = is('stage-dispatch');
const isPrSynchronize = is('pr-synchronize');
const isWorkflowDispatch = is('workflow-dispatch');
const isUnsupported = is('unsupported');
// ---- payload readers: only the fields we use; GitHub sends many more, which are ignored. ----
function readActor(r, value, path) {
    const u = r.object(value, path);
    if (u === null)
        return { login: '', type: 'User' };
    return {
        login: r.string(u.login, at(path, 'login'), { nonEmpty: true }),
        type: r.stringOr(u.type, at(path, 'type'), 'User'),
    };
}
function readLabelName(r, value, path) {
    if (typeof value === 'string')
        return value;
    const l = r.object(value, path, 'a label object or a label name');
    return l === null ? '' : r.string(l.name, at(path, 'name'));
}
/** An issue as the `issues` and `issue_comment` events carry it (a PR is an issue there too). */
function readIssue(r, value, path) {
    // A missing object reads as {}: the reader reports it once, not each field under it.
    const i = r.object(value, path) ?? {};
    const labels = i.labels === undefined
        ? []
        : r.array(i.labels, at(path, 'labels'), (l, p) => readLabelName(r, l, p));
    return {
        issue: {
            number: r.integer(i.number, at(path, 'number'), 1),
            title: r.string(i.title, at(path, 'title')),
            body: r.optionalString(i.body, at(path, 'body')) ?? '',
            author: readActor(r, i.user, at(path, 'user')).login,
            labels,
        },
        isPullRequest: i.pull_request !== undefined,
    };
}
// What to do about a bad payload GitHub wrote (a dispatch's sender: FROM_SENDER in dispatch.ts).
const parse_event_FROM_GITHUB = 'GitHub sends these fields; if the event file was written by hand (a test, a replayed event), add them.';
/** Present and not blank: workflow_dispatch sends every declared input, '' when not given. */
const given = (v) => v !== undefined && v !== null && v !== '';
function parse_event_isBot(a) {
    return a.type === 'Bot' || a.login.endsWith('[bot]');
}
const nothing = (eventName, why) => ({
    kind: 'unsupported',
    eventName,
    reason: `nothing to do for ${eventName}: ${why}`,
});
/**
 * Parses `eventName` (GITHUB_EVENT_NAME) and its payload. Events the suite does not act on give
 * `unsupported` with a reason for the job summary; a known event with a malformed payload throws
 * a UserError naming the bad field.
 */
function parseEvent(eventName, payload, options = {}) {
    const triggerLabel = options.triggerLabel ?? 'ai-agent';
    const clarificationLabel = options.clarificationLabel ?? CLARIFICATION_LABEL;
    const prefix = options.agentBranchPrefix ?? 'agent/';
    const action = readAction(payload);
    switch (eventName) {
        case 'issues': {
            if (action !== 'labeled')
                return nothing(eventName, `action "${action}" is not "labeled"`);
            const r = new PayloadReader();
            const p = r.object(payload, '') ?? {};
            const { issue, isPullRequest } = readIssue(r, p.issue, 'issue');
            const labelObject = r.object(p.label, 'label') ?? {};
            const label = r.string(labelObject.name, 'label.name');
            const sender = readActor(r, p.sender, 'sender');
            r.check('issues.labeled', parse_event_FROM_GITHUB);
            if (isPullRequest)
                return nothing(eventName, 'the item is a pull request');
            if (label !== triggerLabel) {
                return nothing(eventName, `label "${label}" is not the trigger label "${triggerLabel}"`);
            }
            return { kind: 'issue-labeled', sender, issue, label };
        }
        case 'issue_comment': {
            if (action !== 'created')
                return nothing(eventName, `action "${action}" is not "created"`);
            const r = new PayloadReader();
            const p = r.object(payload, '') ?? {};
            const { issue, isPullRequest } = readIssue(r, p.issue, 'issue');
            const c = r.object(p.comment, 'comment') ?? {};
            const comment = {
                id: r.integer(c.id, 'comment.id', 1),
                body: r.optionalString(c.body, 'comment.body') ?? '',
                author: readActor(r, c.user, 'comment.user'),
            };
            const sender = readActor(r, p.sender, 'sender');
            r.check('issue_comment.created', parse_event_FROM_GITHUB);
            const command = parseCommand(comment.body, { mention: options.mention ?? '@lailatov' });
            // On a PR, a mention that names no command is a reviewer's request: a round on it
            // (review-events.ts; the remediate stage ignores it on a person's PR).
            const request = isPullRequest && command?.kind === 'unknown' && command.via === 'mention';
            if (command !== null && !request)
                return { kind: 'command', sender, issue, onPullRequest: isPullRequest, comment, command };
            if (isPullRequest) {
                const feedback = mentionFeedback({ pr: issue.number, comment }, options.mention);
                return typeof feedback === 'string' ? nothing(eventName, feedback) : feedback;
            }
            if (!issue.labels.includes(clarificationLabel)) {
                return nothing(eventName, `issue #${issue.number} is not labeled "${clarificationLabel}"`);
            }
            return { kind: 'issue-comment', sender, issue, comment };
        }
        case 'repository_dispatch':
            return parseDispatch(payload);
        case 'pull_request': {
            if (action !== 'synchronize')
                return nothing(eventName, `action "${action}" is not "synchronize"`);
            const r = new PayloadReader();
            const p = r.object(payload, '') ?? {};
            const pr = r.object(p.pull_request, 'pull_request') ?? {};
            const head = r.object(pr.head, 'pull_request.head') ?? {};
            const base = r.object(pr.base, 'pull_request.base') ?? {};
            const read = {
                number: r.integer(pr.number, 'pull_request.number', 1),
                headRef: r.string(head.ref, 'pull_request.head.ref', { nonEmpty: true }),
                headSha: r.string(head.sha, 'pull_request.head.sha', { nonEmpty: true }),
                baseRef: r.string(base.ref, 'pull_request.base.ref', { nonEmpty: true }),
                draft: r.boolOr(pr.draft, 'pull_request.draft', false),
            };
            const sender = readActor(r, p.sender, 'sender');
            r.check('pull_request.synchronize', parse_event_FROM_GITHUB);
            if (!read.headRef.startsWith(prefix))
                return nothing(eventName, `head branch "${read.headRef}" is not an ${prefix}* branch`);
            if (parse_event_isBot(sender)) {
                return nothing(eventName, `pushed by the bot ${sender.login}; the pipeline chains its own review`);
            }
            return { kind: 'pr-synchronize', sender, pr: read };
        }
        case 'pull_request_review':
        case 'pull_request_review_comment': {
            const feedback = parseReviewFeedback(eventName, payload, prefix);
            return typeof feedback === 'string' ? nothing(eventName, feedback) : feedback;
        }
        case 'workflow_dispatch': {
            // The router (lailatov.yml) declares the input `number`; workflows of users' own may
            // still call it `issue-number`.
            const r = new PayloadReader();
            const p = r.object(payload, '') ?? {};
            const inputs = r.object(p.inputs, 'inputs') ?? {};
            const key = given(inputs.number)
                ? 'number'
                : given(inputs['issue-number'])
                    ? 'issue-number'
                    : null;
            if (key === null)
                r.problem('inputs.number or inputs.issue-number', 'is required (the issue number)');
            const issueNumber = key === null ? 0 : r.issueNumber(inputs[key], `inputs.${key}`);
            const sender = readActor(r, p.sender, 'sender');
            const stageInput = given(inputs.stage) ? String(inputs.stage).trim() : 'auto';
            const stage = Object.hasOwn(STAGE_EVENT_TYPES, stageInput)
                ? stageInput
                : null;
            if (stage === null && stageInput !== 'auto')
                r.problem('inputs.stage', `must be auto, ${Object.keys(STAGE_EVENT_TYPES).join(', ')}; got ${JSON.stringify(stageInput)}`);
            r.check('workflow_dispatch', 'Give the workflow a workflow_dispatch input `number` (or `issue-number`) with the issue number, as workflows-templates/lailatov.yml does.');
            return { kind: 'workflow-dispatch', sender, issueNumber, stage };
        }
        default:
            return nothing(eventName, 'LailaTov does not act on this event');
    }
}
function readAction(payload) {
    if (typeof payload !== 'object' || payload === null)
        return '(none)';
    const action = payload.action;
    return typeof action === 'string' ? action : '(none)';
}
function parseDispatch(payload) {
    const r = new PayloadReader();
    const p = r.object(payload, '') ?? {};
    const eventType = r.string(p.action, 'action', { nonEmpty: true });
    const body = r.optionalObject(p.client_payload, 'client_payload') ?? {};
    const sender = readActor(r, p.sender, 'sender');
    r.check('repository_dispatch', FROM_SENDER);
    if (eventType === AGENT_TASK_EVENT_TYPE)
        return { kind: 'agent-task', sender, task: readAgentTask(body) };
    const stage = Object.keys(STAGE_EVENT_TYPES).find((s) => STAGE_EVENT_TYPES[s] === eventType);
    if (stage === undefined) {
        return nothing('repository_dispatch', `event type "${eventType}" is not one of LailaTov's`);
    }
    return { kind: 'stage-dispatch', sender, stage, payload: readStageDispatch(body, eventType) };
}

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
    if (parse_event_isBot(actor)) {
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
    if (asker === null || !parse_event_isBot(asker) || !suite.has(normalizeBot(asker.login)))
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

// EXTERNAL MODULE: ./src/engines/sandbox/index.ts + 7 modules
var engines_sandbox = __webpack_require__(27684);
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

;// CONCATENATED MODULE: ./src/forge/github/checkout-content.ts
class CheckoutContent {
    git;
    remote;
    constructor(git, 
    /** The git remote of the checkout. */
    remote) {
        this.git = git;
        this.remote = remote;
    }
    /** A branch name as a ref of the checkout: the remote-tracking ref when there is one. */
    async ref(name) {
        if (/^[0-9a-f]{40}$/i.test(name))
            return name;
        const tracking = `refs/remotes/${this.remote}/${name}`;
        const found = await this.git.tryExec(['rev-parse', '--verify', '--quiet', tracking]);
        return found === null ? name : tracking;
    }
    async branchExists(branch) {
        const ref = await this.ref(branch);
        if (ref !== branch)
            return true;
        return this.git.branchExists(branch);
    }
    async resolveRef(ref) {
        return this.git.resolve(await this.ref(ref));
    }
    async commits(base, head) {
        return this.git.commits(await this.ref(base), await this.ref(head));
    }
    async changedFiles(base, head) {
        return this.git.changedFiles(await this.ref(base), await this.ref(head));
    }
    async diff(base, head) {
        return this.git.diff(await this.ref(base), await this.ref(head));
    }
    async readFileAt(ref, path) {
        return this.git.show(await this.ref(ref), path);
    }
    async listFilesAt(ref, dir) {
        return this.git.listFiles(await this.ref(ref), dir);
    }
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
        nodes { id databaseId body url authorAssociation author { __typename login } }
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
            nodeId: c.node_id,
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
                nodeId: c.id,
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
/**
 * Issue threads read once per run (one GraphQL query per 100 comments) and kept current by the
 * run's own writes (comments, labels), so a later read in the run sees them without a request.
 */
class IssueThreads {
    read;
    threads = new Map();
    constructor(read) {
        this.read = read;
    }
    get(issue) {
        let cached = this.threads.get(issue);
        if (!cached) {
            cached = this.read(issue);
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
}

;// CONCATENATED MODULE: ./src/forge/github/mutation-batch.ts
// Several GraphQL mutations in one request: a stage queues the writes it would send one by one
// (PR body, check run, review, labels, progress comment) and sends them together. GitHub runs the
// fields of a mutation document in order, each on its own: one that fails does not stop the rest,
// and its error names its alias, which names what we were doing.



class MutationBatch {
    octokit;
    repo;
    queued = [];
    answers = null;
    constructor(octokit, repo) {
        this.octokit = octokit;
        this.repo = repo;
    }
    get size() {
        return this.queued.length;
    }
    /** Whether a mutation of this root field is queued. */
    has(field) {
        return this.queued.some((m) => m.field === field);
    }
    add(m) {
        if (this.answers !== null)
            throw new Error('this mutation batch was sent already');
        const i = this.queued.push(m) - 1;
        return {
            value: () => {
                if (this.answers === null)
                    throw new Error(`${m.doing}: the batch is not sent yet`);
                return this.answers[i];
            },
        };
    }
    /** The document: `mutation($m0: XInput!, ...) { m0: x(input: $m0) { ... } ... }`. */
    document() {
        const vars = this.queued.map((m, i) => `$m${i}: ${m.inputType}!`).join(', ');
        const fields = this.queued.map((m, i) => `m${i}: ${m.field}(input: $m${i}) { ${m.select} }`);
        return {
            query: `mutation(${vars}) {\n  ${fields.join('\n  ')}\n}`,
            variables: Object.fromEntries(this.queued.map((m, i) => [`m${i}`, m.input])),
        };
    }
    /** Sends every queued mutation in one request (none queued: no request). */
    async send() {
        if (this.answers !== null)
            return;
        if (this.queued.length === 0) {
            this.answers = [];
            return;
        }
        const { query, variables } = this.document();
        try {
            const data = await this.octokit.graphql(query, variables);
            this.answers = this.queued.map((_, i) => data[`m${i}`]);
        }
        catch (error) {
            throw this.explain(error);
        }
    }
    /** The first failed field's error, with what it was doing; an HTTP error, with all of it. */
    explain(error) {
        const errors = error.errors;
        const first = errors?.[0];
        if (!first)
            return (0,github_errors/* wrapApiError */.N9)(error, {
                repo: (0,github_repo/* fullName */.f)(this.repo),
                doing: this.queued.map((q) => q.doing).join(', '),
            });
        const alias = typeof first.path?.[0] === 'string' ? first.path[0] : '';
        const m = this.queued[Number(alias.slice(1))];
        const doing = m?.doing ?? this.queued.map((q) => q.doing).join(', ');
        const message = `GitHub refused ${doing} on ${(0,github_repo/* fullName */.f)(this.repo)}: ${first.message}`;
        return /not accessible by integration/i.test(first.message)
            ? new core_errors/* UserError */.y(`${message} (give the workflow token \`pull-requests: write\`, \`issues: write\` and \`checks: write\`)`)
            : new Error(message, { cause: error });
    }
}

// EXTERNAL MODULE: ./src/forge/github/labels.ts
var github_labels = __webpack_require__(87716);
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
class GitHubForge extends CheckoutContent {
    o;
    pulls = new Map();
    /** PRs read before the forge existed (the session, for the base commit): used once. */
    preread = new Map();
    /** The finding threads read with a PR, for the review it is posting: used once. */
    prereadThreads = new Map();
    /** Each issue and its comments, read once per run and kept current by this run's writes. */
    threads;
    pullLabels = new Map();
    labels;
    /** Writes queued to be sent together (openBatch), instead of one request each. */
    batch = null;
    repositoryId = null;
    bodySuffix = '';
    admitLogins;
    constructor(o) {
        super(o.git, o.remote ?? 'origin');
        this.o = o;
        this.admitLogins = new Set((o.admitLogins ?? []).map((l) => l.toLowerCase()));
        this.labels = new github_labels/* RunLabels */.$H(o.octokit, o.repo, o.labels);
        this.threads = new IssueThreads((issue) => this.call(`reading issue #${issue} and its comments`, () => readIssueThread(o.octokit, o.repo, issue)));
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
     * From now until sendBatch, the PR body updates, ready-for-review and label additions this
     * forge can write through GraphQL are queued; the caller adds its own writes to the batch.
     */
    openBatch() {
        this.batch ??= new MutationBatch(this.o.octokit, this.o.repo);
        return this.batch;
    }
    /** The batch writes are queued in now (null: none, they go out one by one). */
    get openBatchOrNull() {
        return this.batch;
    }
    /** Sends the queued writes in one request (nothing queued: none) and ends the batch. */
    async sendBatch() {
        const batch = this.batch;
        this.batch = null;
        await batch?.send();
    }
    /** The repository's node id, when a read of this run gave it (a check run mutation needs it). */
    get repositoryNodeId() {
        return this.repositoryId;
    }
    /** The node id of an issue or PR this run knows (a PR it read or opened), else null. */
    nodeIdOf(number) {
        for (const p of this.pulls.values())
            if (p?.number === number)
                return p.nodeId;
        return null;
    }
    /** Every comment of an issue, oldest first. */
    async issueComments(issue) {
        return [...(await this.threads.get(issue)).comments];
    }
    /** Records a comment this run wrote or edited, so later reads in the run see it. */
    rememberComment(issue, comment) {
        this.threads.amend(issue, (t) => ({
            ...t,
            comments: [
                ...t.comments.filter((c) => c.id !== comment.id),
                { association: 'NONE', ...comment },
            ],
        }));
    }
    async readIssue(issue) {
        const data = await this.threads.get(issue);
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
            nodeId: data.node_id,
            body,
            author: data.user?.login ?? '',
            url: data.html_url,
        });
    }
    /** Adds labels, creating each one the first time this run uses it (RunLabels). */
    async addLabels(issue, labels) {
        if (labels.length === 0)
            return;
        await this.labels.ensure(labels);
        const ids = this.labels.nodeIds(labels);
        const target = this.nodeIdOf(issue);
        if (this.batch && target && ids) {
            this.batch.add({
                field: 'addLabelsToLabelable',
                inputType: 'AddLabelsToLabelableInput',
                input: { labelableId: target, labelIds: ids },
                select: 'clientMutationId',
                doing: `labeling #${issue}`,
            });
        }
        else
            await this.call(`labeling #${issue}`, () => this.o.octokit.rest.issues.addLabels({
                ...this.r,
                issue_number: issue,
                labels: [...labels],
            }));
        this.threads.amend(issue, (t) => ({ ...t, labels: [...new Set([...t.labels, ...labels])] }));
    }
    async removeLabels(issue, labels) {
        for (const name of labels)
            await (0,github_labels/* removeLabel */.tA)(this.o.octokit, this.o.repo, issue, name);
        const gone = new Set(labels);
        this.threads.amend(issue, (t) => ({ ...t, labels: t.labels.filter((l) => !gone.has(l)) }));
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
        this.repositoryId ??= read.repositoryId ?? null;
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
        if (this.batch)
            this.queueBody(p, body);
        else
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
        if (this.batch) {
            this.queueBody(existing, input.body);
            const queued = { ...existing, body: input.body };
            this.pulls.set(input.head, queued);
            return toRef(queued);
        }
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
    queueBody(p, body) {
        this.batch?.add({
            field: 'updatePullRequest',
            inputType: 'UpdatePullRequestInput',
            input: { pullRequestId: p.nodeId, body },
            select: 'clientMutationId',
            doing: `updating PR #${p.number}`,
        });
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
        if (this.batch) {
            if (p.draft)
                this.batch.add({
                    field: 'markPullRequestReadyForReview',
                    inputType: 'MarkPullRequestReadyForReviewInput',
                    input: { pullRequestId: p.nodeId },
                    select: 'clientMutationId',
                    doing: `marking PR #${p.number} ready for review`,
                });
        }
        else
            await markReadyForReview(this.o.octokit, this.o.repo, p);
        this.pulls.set(head, { ...p, draft: false });
    }
}
function toRef(p) {
    return { number: p.number, url: p.url, body: p.body, draft: p.draft };
}

;// CONCATENATED MODULE: ./src/forge/github/review-threads.ts


const COMMENT_PAGE = (/* unused pure expression or super */ null && (`pageInfo { hasNextPage endCursor }
  nodes { databaseId body author { login } pullRequestReview { databaseId } }`));
const THREADS = (/* unused pure expression or super */ null && (`query($owner: String!, $name: String!, $pr: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $pr) {
      reviewThreads(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved path line comments(first: 100) { ${COMMENT_PAGE} } }
      }
    }
  }
}`));
/** A thread's comments past its first 100: a long discussion's newest replies are the ones that count. */
const MORE_COMMENTS = (/* unused pure expression or super */ null && (`query($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    ... on PullRequestReviewThread { comments(first: 100, after: $after) { ${COMMENT_PAGE} } }
  }
}`));
function threadComment(c) {
    return {
        id: c.databaseId ?? 0,
        author: c.author?.login ?? 'ghost',
        body: c.body,
        reviewId: c.pullRequestReview?.databaseId ?? null,
    };
}
/** Every comment of a thread, oldest first: the page its thread came with, then the rest. */
async function allComments(octokit, threadId, first) {
    const out = first.nodes.map(threadComment);
    let page = first.pageInfo;
    while (page.hasNextPage && page.endCursor) {
        const answer = await octokit.graphql(MORE_COMMENTS, {
            id: threadId,
            after: page.endCursor,
        });
        const more = answer.node?.comments;
        if (!more)
            throw new Error(`GraphQL found no review thread ${threadId}`);
        out.push(...more.nodes.map(threadComment));
        page = more.pageInfo;
    }
    return out;
}
/** Every review thread of the PR with every comment (all pages of both). */
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
                    comments: await allComments(octokit, t.id, t.comments),
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

// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(44637);
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
            if (input.batch)
                input.batch.mutations.add({
                    field: 'addPullRequestReview',
                    inputType: 'AddPullRequestReviewInput',
                    input: {
                        pullRequestId: input.batch.pullNodeId,
                        commitOID: input.headSha,
                        event: 'COMMENT',
                        body,
                        threads: lineComments.map((c) => ({
                            path: c.path,
                            line: c.line,
                            side: c.side,
                            ...(c.start_line !== undefined && { startLine: c.start_line, startSide: 'RIGHT' }),
                            body: c.body,
                        })),
                    },
                    select: 'pullRequestReview { id }',
                    doing: `posting the review of PR #${input.pr}`,
                });
            else
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
        if (input.batch)
            for (const t of toResolve)
                input.batch.mutations.add({
                    field: 'resolveReviewThread',
                    inputType: 'ResolveReviewThreadInput',
                    input: { threadId: t.id },
                    select: 'thread { id }',
                    doing: `resolving a fixed finding's thread on PR #${input.pr}`,
                });
        else
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
    id
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
        repositoryId: answer.repository?.id,
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
        throw new core_errors/* UserError */.y('input `budget-usd`: expected a number > 0');
    return { ...config, budgets: { ...config.budgets, [stage]: inputs.budgetUsd } };
}
/** The label colors, keyed by the names this repository's config uses. */
function labelCatalog(config) {
    const specs = [
        { ...github_labels/* LABELS */.kg.needsClarification, name: config.labels.needsClarification },
        { ...github_labels/* LABELS */.kg.escalated, name: config.labels.escalated },
        { ...github_labels/* LABELS */.kg.blocked, name: config.labels.blocked },
        { ...github_labels/* LABELS */.kg.incomplete, name: config.labels.incomplete },
        { ...github_labels/* LABELS */.kg.stopped, name: config.labels.stopped },
        { ...github_labels/* LABELS */.kg.planPending, name: config.labels.planPending },
        github_labels/* LABELS */.kg.working,
        github_labels/* LABELS */.kg.riskHigh,
        github_labels/* LABELS */.kg.riskMedium,
        github_labels/* LABELS */.kg.riskLow,
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
        const { createSdkModel } = await Promise.all(/* import() */[__webpack_require__.e(2968), __webpack_require__.e(5258)]).then(__webpack_require__.bind(__webpack_require__, 75258));
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
                    throw new core_errors/* UserError */.y('engine replay needs LAILATOV_REPLAY_DIR (a directory of replay scripts)');
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
        throw new core_errors/* UserError */.y(`the default branch ${base.ref} was not fetched from the repository: check the token's contents: read permission`);
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
            clarificationLabel: CLARIFICATION_LABEL,
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

// EXTERNAL MODULE: ./src/forge/github/retry-policy.ts
var retry_policy = __webpack_require__(81660);
// EXTERNAL MODULE: ./src/relay/urls.ts
var urls = __webpack_require__(18915);
;// CONCATENATED MODULE: ./src/action/inputs.ts
// Every action input and runner variable, read once into one frozen object. Nothing downstream
// reads process.env or core.getInput again.






const ACTION_STAGES = ['triage', 'write', 'review', 'remediate'];
function mentionInput(v) {
    if (v === '')
        return '@lailatov';
    const m = normalizeMention(v);
    if (m === null)
        throw new core_errors/* UserError */.y(`input \`mention\`: expected a GitHub login such as @lailatov or @my-bot, got ${JSON.stringify(v)}`);
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
        throw new core_errors/* UserError */.y(`input \`${name}\`: expected ${opts.int ? 'a whole number' : 'a number'} >= 0, got ${JSON.stringify(v)}`);
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
        throw new core_errors/* UserError */.y(`input \`${name}\`: expected an http(s) URL such as ${example}, got ${JSON.stringify(v)}`);
    return v;
}
function oneOf(env, name, allowed, dflt) {
    const v = raw(env, name) || dflt;
    if (!allowed.includes(v))
        throw new core_errors/* UserError */.y(`input \`${name}\`: expected one of ${allowed.join(', ')}, got "${v}"`);
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
        throw new core_errors/* UserError */.y('input `github-token` is empty: pass ${{ github.token }} or a GitHub App token (actions/create-github-app-token).');
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
        backoffScale: backoffScaleFrom(env.LAILATOV_BACKOFF_SCALE),
        env,
    });
}

// EXTERNAL MODULE: ./src/forge/github/client.ts
var client = __webpack_require__(18428);
// EXTERNAL MODULE: ./src/onboard/github-access.ts + 3 modules
var github_access = __webpack_require__(18882);
// EXTERNAL MODULE: ./src/forge/local/git.ts
var local_git = __webpack_require__(72671);
// EXTERNAL MODULE: ./src/cli/local-session.ts + 3 modules
var local_session = __webpack_require__(60224);
// EXTERNAL MODULE: ./src/cli/stage-command.ts + 1 modules
var stage_command = __webpack_require__(10694);
;// CONCATENATED MODULE: ./src/cli/remote-session.ts
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
        throw new core_errors/* UserError */.y(`--issue ${v.issue}: that is a pull request; pass an issue URL, or the PR to review or remediate as --pr`);
    if (pr && pr.kind !== 'pull')
        throw new core_errors/* UserError */.y(`--pr ${v.pr}: that is an issue; pass a pull request URL (.../pull/N)`);
    if (issue && pr && (issue.serverUrl !== pr.serverUrl || !(0,github_url/* sameRepository */.RB)((0,github_url/* cloneUrlFor */.GN)(pr), issue)))
        throw new core_errors/* UserError */.y(`--issue and --pr name different repositories`);
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
            throw new core_errors/* UserError */.y(`--repo ${v.repo}: not a git repository`);
        }
        if (origin === null || !(0,github_url/* sameRepository */.RB)(origin, target))
            throw new core_errors/* UserError */.y(`--repo ${v.repo}: its origin (${origin?.trim() ?? 'none'}) is not ${(0,github_url/* cloneUrlFor */.GN)(target)}; pass a clone of that repository, or leave --repo out to work in a temp clone`);
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
        throw new core_errors/* UserError */.y('--issue is required: the issue as a GitHub issue URL');
    if (v.pr !== undefined && v.head !== undefined)
        throw new core_errors/* UserError */.y('--pr and --head both name the branch to work on: pass one');
    const { repo: target, issue, pr } = remoteTargets(v);
    const env = io.env;
    const token = await (0,github_access/* tokenFrom */.o)(env, 'a token that can write contents, issues and pull requests');
    const apiUrl = (env.GITHUB_API_URL ?? (0,github_url/* apiUrlFor */.xr)(target.serverUrl)).replace(/\/+$/, '');
    const repo = { owner: target.owner, repo: target.repo };
    const octokit = (0,client.createOctokit)({
        token,
        baseUrl: apiUrl,
        userAgent: 'lailatov-cli',
        retry: (0,github_access.retryFromEnv)(env),
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
        backoffScale: (0,github_access.retryFromEnv)(env).backoffScale,
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
        overrides: (0,stage_command/* overridesFromFlags */.du)(v),
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


/***/ }),

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
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(options.token, (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .clientOptions */ .s1)(options), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
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
