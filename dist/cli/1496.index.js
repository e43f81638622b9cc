export const id = 1496;
export const ids = [1496];
export const modules = {

/***/ 45609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gc: () => (/* binding */ normalizeMention)
/* harmony export */ });
/* unused harmony exports COMMANDS, COMMAND_SCOPE, COMMAND_SUMMARY, MAX_SCAN, MAX_TEXT, parseCommand, helpText */
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
function parseCommand(body, opts) {
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


/***/ }),

/***/ 4164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uv: () => (/* binding */ AGENT_TASK_EVENT_TYPE),
  mr: () => (/* binding */ CLARIFICATION_LABEL),
  w2: () => (/* binding */ events_isBot)
});

// UNUSED EXPORTS: STAGE_EVENT_TYPES, isAgentTask, isCommand, isIssueComment, isIssueLabeled, isPrSynchronize, isStageDispatch, isUnsupported, isWorkflowDispatch, parseEvent, stageDispatchRequest

// EXTERNAL MODULE: ./src/core/commands/parse.ts
var parse = __webpack_require__(45609);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/github/payload-reader.ts
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
class payload_reader_PayloadReader {
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
const payload_reader_at = (parent, key) => parent === '' ? key : `${parent}.${key}`;

;// CONCATENATED MODULE: ./src/github/review-events.ts
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

;// CONCATENATED MODULE: ./src/github/events.ts
// The workflow event that started an action, parsed once at the boundary into a closed union.
// The caller reads GITHUB_EVENT_NAME and the JSON at GITHUB_EVENT_PATH; this module does no I/O.



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
// What to do about a bad payload, by who wrote it.
const events_FROM_GITHUB = 'GitHub sends these fields; if the event file was written by hand (a test, a replayed event), add them.';
const FROM_SENDER = 'Fix the sender of this repository_dispatch: docs/actions.md lists the client_payload fields.';
/** Present and not blank: workflow_dispatch sends every declared input, '' when not given. */
const given = (v) => v !== undefined && v !== null && v !== '';
function events_isBot(a) {
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
            r.check('issues.labeled', events_FROM_GITHUB);
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
            r.check('issue_comment.created', events_FROM_GITHUB);
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
            r.check('pull_request.synchronize', events_FROM_GITHUB);
            if (!read.headRef.startsWith(prefix))
                return nothing(eventName, `head branch "${read.headRef}" is not an ${prefix}* branch`);
            if (events_isBot(sender)) {
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
/** The `POST /repos/{o}/{r}/dispatches` body that chains to `stage` (the sending side of the above). */
function stageDispatchRequest(stage, payload) {
    const { headSha, nonce, ...rest } = payload;
    return {
        event_type: STAGE_EVENT_TYPES[stage],
        client_payload: { ...rest, ...(headSha && { headSha }), ...(nonce && { nonce }) },
    };
}


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
