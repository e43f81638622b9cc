export const id = 4889;
export const ids = [4889];
export const modules = {

/***/ 64889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  learnCommand: () => (/* binding */ learnCommand)
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
// EXTERNAL MODULE: ./src/core/learn/render.ts
var render = __webpack_require__(24268);
// EXTERNAL MODULE: ./src/core/learn/rules.ts + 4 modules
var rules = __webpack_require__(54668);
// EXTERNAL MODULE: ./src/outcomes/reader.ts
var reader = __webpack_require__(88474);
// EXTERNAL MODULE: ./src/outcomes/summarize.ts
var summarize = __webpack_require__(11760);
;// CONCATENATED MODULE: ./src/outcomes/read-views.ts


const MAX_LISTED = 100;
/**
 * Hands every record of the logs under `targets` (files, or folders such as a checkout of the
 * data branch) to `visit`, fully parsed (findings and changed files included, which the
 * summary's fast scanner skips). Corrupt lines are counted and listed, never fatal.
 */
async function forEachOutcomeView(targets, visit) {
    const files = (await Promise.all(targets.map((t) => (0,summarize/* outcomeLogFiles */.eh)(t)))).flat();
    let records = 0;
    const corrupt = [];
    for (const file of files) {
        const bad = { file, count: 0, lines: [] };
        for await (const p of (0,reader/* readOutcomeLog */.tP)(file)) {
            if (p.kind === 'record') {
                records++;
                visit(p.view);
            }
            else if (p.kind === 'corrupt') {
                bad.count++;
                if (bad.lines.length < MAX_LISTED)
                    bad.lines.push({ line: p.line, reason: p.reason });
            }
        }
        if (bad.count > 0)
            corrupt.push(bad);
    }
    return { files, records, corrupt };
}

// EXTERNAL MODULE: ./src/cli/github-client.ts
var github_client = __webpack_require__(52283);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/outcome-args.ts
var outcome_args = __webpack_require__(16438);
;// CONCATENATED MODULE: ./src/cli/commands/learn.ts










const HELP = `Usage: lailatov learn [--log PATH]... [--dir DIR] [--period 4w|all | --since DATE] [--json]
                      [--min-prs N] [--open-pr [--repo owner/name] [--base BRANCH]]

Reads the outcome log and proposes rules from what recurs: review findings whose rule recurs
across PRs, paths whose changes keep failing tests or getting escalated, risk tiers that escalate
often, and engines or models that another does better for less. Every rule carries its evidence
(PR and finding links, counts, dates, a confidence). It writes ${rules/* LEARNED_RULES_PATH */.OX} only (never a
rules file a human wrote) and a report in .lailatov/learn-report.md.
  --log PATH   a log file or a folder (a checkout of the data branch); repeatable
               (default .lailatov/outcomes.jsonl)
  --dir DIR    the repository to write the proposal into (default: the current directory)
  --period P   only the last P (7d, 4w) of the log; default all of it (or --since DATE)
  --min-prs N  a finding, path or tier counts from N distinct PRs (default 3)
  --open-pr    on GitHub (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL): propose the rules in
               a PR on agent/learn-<date> instead of writing files. The same evidence never opens
               a second PR; new evidence updates the open one. Nothing merges it.
  --word       have a model reword the rules (one structured call; off by default). It never
               adds or drops a rule or touches its evidence. --model M (default the config's
               triage model) and --model-script FILE (canned answers, offline) as for triage.
  --json       print one JSON object
`;
function parse(args) {
    try {
        return (0,external_node_util_.parseArgs)({
            args,
            options: {
                log: { type: 'string', multiple: true },
                dir: { type: 'string' },
                period: { type: 'string' },
                since: { type: 'string' },
                until: { type: 'string' },
                repo: { type: 'string', multiple: true },
                base: { type: 'string' },
                'min-prs': { type: 'string' },
                'open-pr': { type: 'boolean', default: false },
                word: { type: 'boolean', default: false },
                model: { type: 'string' },
                'model-script': { type: 'string' },
                json: { type: 'boolean', default: false },
                'server-url': { type: 'string' },
                help: { type: 'boolean', short: 'h', default: false },
            },
            strict: true,
            allowPositionals: false,
        }).values;
    }
    catch (e) {
        throw new errors/* UserError */.y(`${e.message}. Fix: see 'lailatov learn --help'.`);
    }
}
function minUnits(v) {
    if (v === undefined)
        return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 2 || n > 1000)
        throw new errors/* UserError */.y(`--min-prs must be a whole number from 2 to 1000, got ${JSON.stringify(v)}.`);
    return n;
}
async function readLearn(o, io) {
    const targets = (0,outcome_args/* logTargets */.Xv)(o.log, io.cwd);
    const views = [];
    const read = await forEachOutcomeView(targets, (v) => {
        if (v.record !== undefined)
            views.push(v);
    }).catch((e) => {
        throw (0,outcome_args/* unreadableLog */.u4)(e, targets);
    });
    for (const c of read.corrupt)
        io.stderr(`${c.file}: skipped ${c.count} corrupt line(s), the first at line ${c.lines[0]?.line}\n`);
    const mu = minUnits(o['min-prs']);
    const res = (0,rules/* learnRules */.KA)(views, {
        period: (0,outcome_args/* parsePeriod */.DB)(o, (0,outcome_args/* cliNow */.ry)(io.env), null),
        repos: o.repo,
        serverUrl: o['server-url'] ?? io.env.GITHUB_SERVER_URL ?? undefined,
        thresholds: mu === undefined ? {} : { minUnits: mu },
    });
    return o.word ? { ...res, rules: await worded(o, io, res) } : res;
}
/** The rules reworded by a model, through the local session's Model (config, keys, prices). */
async function worded(o, io, res) {
    const { sessionFromFlags } = await Promise.all(/* import() */[__webpack_require__.e(6993), __webpack_require__.e(3581), __webpack_require__.e(2311), __webpack_require__.e(8815), __webpack_require__.e(1230), __webpack_require__.e(1036), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 10694));
    const { wordRules } = await Promise.all(/* import() */[__webpack_require__.e(2311), __webpack_require__.e(4700)]).then(__webpack_require__.bind(__webpack_require__, 84700));
    const session = await sessionFromFlags({ repo: external_node_path_default().resolve(io.cwd, o.dir ?? '.'), 'model-script': o['model-script'] }, io, { issueRequired: false, gitOptional: true });
    const w = await wordRules(session.deps.model, o.model ?? session.config.models.triage, res.rules);
    io.stderr(`Worded by ${w.model} (${w.costUsd === null ? 'cost unknown' : `$${w.costUsd.toFixed(4)}`}).\n`);
    return w.rules;
}
function summaryLines(res) {
    const lines = [
        `Read ${res.records} record(s) of ${res.units} issue(s)${res.from === null ? '' : `, ${res.from.slice(0, 10)} to ${(res.to ?? '').slice(0, 10)}`}: ${res.rules.length} rule(s) proposed.`,
        ...res.rules.map((r) => `  ${r.confidence.padEnd(6)}  ${r.title}`),
    ];
    return `${lines.join('\n')}\n`;
}
/**
 * The proposal goes only into learned.md, and only over a learned.md that learn wrote (it
 * carries the evidence marker): a file of that name a person wrote is theirs.
 */
async function writeLocal(dir, res) {
    const proposal = external_node_path_default().join(dir, rules/* LEARNED_RULES_PATH */.OX);
    const existing = await (0,promises_.readFile)(proposal, 'utf8').catch(() => null);
    if (existing !== null && (0,render/* evidenceOf */.X1)(existing) === null)
        throw new errors/* UserError */.y(`${proposal} exists and was not written by lailatov learn (it has no evidence marker). Fix: rename it (learn writes only its own file there), or delete it.`);
    const content = (0,render/* renderLearnedRules */.DE)(res);
    await (0,promises_.mkdir)(external_node_path_default().dirname(proposal), { recursive: true });
    await (0,promises_.writeFile)(proposal, content);
    const report = external_node_path_default().join(dir, '.lailatov', 'learn-report.md');
    await (0,promises_.mkdir)(external_node_path_default().dirname(report), { recursive: true });
    await (0,promises_.writeFile)(report, `# lailatov learn\n\n${summaryLines(res)}\nProposal: ${proposal}\n\n${(0,render/* renderLearnPrBody */.bE)(res)}\n`);
    return { proposal, report };
}
async function openPr(o, io, res) {
    const octokit = await (0,github_client/* cliGitHubClient */.v)(io, 'learn', {
        flags: '--open-pr opens its PR',
        may: 'write contents and pull requests (contents: write, pull-requests: write)',
    });
    const { parseRepo } = await __webpack_require__.e(/* import() */ 7091).then(__webpack_require__.bind(__webpack_require__, 57091));
    const repoName = o.repo?.[0] ?? io.env.GITHUB_REPOSITORY ?? '';
    const repo = parseRepo(repoName, o.repo?.[0] === undefined ? 'GITHUB_REPOSITORY' : '--repo');
    const { proposeLearnedRules } = await __webpack_require__.e(/* import() */ 548).then(__webpack_require__.bind(__webpack_require__, 30548));
    return proposeLearnedRules({
        octokit,
        repo,
        files: { [rules/* LEARNED_RULES_PATH */.OX]: (0,render/* renderLearnedRules */.DE)(res) },
        title: `Learned rules: ${res.rules.length} proposed from the outcome log`,
        body: (0,render/* renderLearnPrBody */.bE)(res),
        fingerprint: res.evidenceFingerprint,
        date: (0,outcome_args/* cliNow */.ry)(io.env).toISOString().slice(0, 10),
        base: o.base,
    });
}
const learnCommand = async (args, io) => {
    const o = parse(args);
    if (o.help) {
        io.stdout(HELP);
        return cli_io/* ExitCode */.y.ok;
    }
    const res = await readLearn(o, io);
    const { analytics: _a, ...out } = res;
    if (o['open-pr']) {
        if (res.rules.length === 0) {
            io.stdout(o.json ? `${JSON.stringify({ ...out, pr: null })}\n` : summaryLines(res));
            return cli_io/* ExitCode */.y.ok;
        }
        const pr = await openPr(o, io, res);
        io.stdout(o.json
            ? `${JSON.stringify({ ...out, pr })}\n`
            : `${summaryLines(res)}PR ${pr.action}: ${pr.url} (${pr.branch})\n`);
        return cli_io/* ExitCode */.y.ok;
    }
    const wrote = await writeLocal(external_node_path_default().resolve(io.cwd, o.dir ?? '.'), res);
    io.stdout(o.json
        ? `${JSON.stringify({ ...out, wrote })}\n`
        : `${summaryLines(res)}Wrote ${wrote.proposal} and ${wrote.report}\n`);
    return cli_io/* ExitCode */.y.ok;
};


/***/ }),

/***/ 52283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ cliGitHubClient)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// The GitHub client a reporting command builds from its environment: the token from
// GITHUB_TOKEN (or GH_TOKEN), the API root from GITHUB_API_URL (GHES, the tests' emulator), and
// Octokit's warnings on stderr. `report` and `dashboard` read data branches with it; `report`
// also posts its digest with it.

/** `why` finishes "…: set GITHUB_TOKEN (or GH_TOKEN) to a token that may …". */
async function cliGitHubClient(io, command, why) {
    const token = (io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '').trim();
    if (token === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${why.flags} through the API: set GITHUB_TOKEN (or GH_TOKEN) to a token that may ${why.may} (e.g. \`GITHUB_TOKEN=$(gh auth token)\`)`);
    const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(2456), __webpack_require__.e(8428)]).then(__webpack_require__.bind(__webpack_require__, 18428));
    const { retryFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(6993), __webpack_require__.e(4008), __webpack_require__.e(8882)]).then(__webpack_require__.bind(__webpack_require__, 18882));
    return createOctokit({
        token,
        baseUrl: (io.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: `lailatov-${command}`,
        retry: retryFromEnv(io.env),
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => io.stderr(`lailatov ${command}: ${m}\n`),
            error: (m) => io.stderr(`lailatov ${command}: ${m}\n`),
        },
    });
}


/***/ }),

/***/ 16438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parsePeriod),
/* harmony export */   Xv: () => (/* binding */ logTargets),
/* harmony export */   ry: () => (/* binding */ cliNow),
/* harmony export */   u4: () => (/* binding */ unreadableLog),
/* harmony export */   zQ: () => (/* binding */ DEFAULT_LOCAL_LOG)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
// What `learn` and `report` (and `dashboard`) share on the command line: which logs to read and
// which period to count.


/** The local pipeline's log, the default when no --log is given. */
const DEFAULT_LOCAL_LOG = node_path__WEBPACK_IMPORTED_MODULE_0___default().join('.lailatov', 'outcomes.jsonl');
const DAY_MS = 86_400_000;
const UNITS = { d: 1, w: 7 };
/**
 * `--period 7d|4w|all` (up to `now`) or `--since YYYY-MM-DD[Thh:mm...]` (to now; with --until,
 * to that instant). Without either: `fallback` days, or the whole log when it is null.
 */
function parsePeriod(o, now, fallbackDays) {
    if (o.period !== undefined && o.since !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('--period and --since both set. Fix: pass one of them.');
    const to = o.until === undefined ? now.toISOString() : instant(o.until, '--until');
    if (o.since !== undefined)
        return { from: instant(o.since, '--since'), to };
    const spec = o.period ?? (fallbackDays === null ? 'all' : `${fallbackDays}d`);
    if (spec === 'all')
        return { from: null, to: o.until === undefined ? null : to };
    const m = /^(\d{1,4})([dw])$/.exec(spec);
    if (m === null || Number(m[1]) === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--period must be a number of days or weeks such as 7d or 4w, or all; got ${JSON.stringify(spec)}.`);
    const days = Number(m[1]) * UNITS[m[2]];
    return { from: new Date(Date.parse(to) - days * DAY_MS).toISOString(), to };
}
function instant(value, flag) {
    const t = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(t))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${flag} must be a date (YYYY-MM-DD) or an ISO time, got ${JSON.stringify(value)}.`);
    return new Date(t).toISOString();
}
/** `LAILATOV_NOW` pins the clock (tests, and re-running a past week's digest). */
function cliNow(env) {
    const pinned = env.LAILATOV_NOW;
    if (pinned === undefined || pinned === '')
        return new Date();
    const t = Date.parse(pinned);
    if (Number.isNaN(t))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`LAILATOV_NOW must be an ISO time, got ${JSON.stringify(pinned)}.`);
    return new Date(t);
}
/** Reads each `--log` as given (a file, or a folder such as a checkout of the data branch). */
function logTargets(logs, cwd) {
    const list = logs === undefined || logs.length === 0 ? [DEFAULT_LOCAL_LOG] : logs;
    return list.map((l) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, l));
}
/** An unreadable log is the user's to fix: name it and where logs live. */
function unreadableLog(e, targets) {
    const code = e.code;
    if (code !== 'ENOENT' && code !== 'EACCES' && code !== 'EISDIR' && code !== 'ENOTDIR')
        return e;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot read the outcome log ${targets.join(', ')} (${code}). Fix: pass --log FILE, or a checkout of the data branch (git worktree add DIR lailatov-data; the logs are data/outcomes/*.jsonl).`);
}


/***/ }),

/***/ 64918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ quoteUntrusted)
/* harmony export */ });
/* harmony import */ var _sanitize_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69405);

/**
 * Finding rules, messages and paths are review output about code an agent wrote: untrusted. In
 * a rules file an agent later reads, they stay one quoted line, stripped of markup, hidden
 * characters and anything that could close a code span or open a link or a tag.
 */
function quoteUntrusted(text, max = 160) {
    return (0,_sanitize_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeUntrusted */ ._2)(text, { maxLength: max })
        .text.replace(/\s+/g, ' ')
        .replace(/[`<>[\]|"]/g, "'")
        .trim();
}


/***/ }),

/***/ 24268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ renderLearnedRules),
/* harmony export */   X1: () => (/* binding */ evidenceOf),
/* harmony export */   bE: () => (/* binding */ renderLearnPrBody)
/* harmony export */ });
/* unused harmony exports MAX_LISTED, evidenceMarker, renderRule */
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64918);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54668);
// The proposal as people and agents read it: `.claude/rules/learned.md` (rules with their
// evidence) and the body of the learn PR, with the hidden marker that identifies its evidence.


/** Units and findings listed per rule; the counts always cover them all. */
const MAX_LISTED = 10;
const MARKER = /<!-- lailatov-learn evidence=([0-9a-f]{8,64}) -->/;
function evidenceMarker(fingerprint) {
    return `<!-- lailatov-learn evidence=${fingerprint} -->`;
}
/** The evidence fingerprint a PR body (or learned.md) carries, if any. */
function evidenceOf(body) {
    return MARKER.exec(body ?? '')?.[1] ?? null;
}
function day(ts) {
    return ts === null ? '?' : ts.slice(0, 10);
}
function link(label, url) {
    return url === null ? label : `[${label}](${url})`;
}
function evidenceLines(r) {
    const e = r.evidence;
    const lines = [
        `- Evidence: ${e.of === null ? `${e.count}` : `${e.count} of ${e.of}`} · ${day(e.from)} to ${day(e.to)} · confidence ${r.confidence}`,
    ];
    if (e.units.length > 0) {
        const shown = e.units.slice(0, MAX_LISTED).map((u) => link(u.label, u.url));
        const more = e.units.length - shown.length;
        lines.push(`- PRs: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
    }
    for (const f of e.findings.slice(0, MAX_LISTED)) {
        const where = f.path === null
            ? ''
            : ` \`${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteUntrusted */ .X)(f.path, 200)}${f.line === null ? '' : `:${f.line}`}\``;
        lines.push(`  - ${link(f.label, f.url)}${where} (${f.severity}, \`${f.fingerprint}\`): "${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteUntrusted */ .X)(f.message)}"`);
    }
    if (e.findings.length > MAX_LISTED)
        lines.push(`  - and ${e.findings.length - MAX_LISTED} more finding(s)`);
    return lines;
}
/** One rule as Markdown: title, the rule, its evidence. */
function renderRule(r) {
    return [`### ${r.title}`, '', r.text, '', ...evidenceLines(r), ''].join('\n');
}
/**
 * The whole `.claude/rules/learned.md`. It is generated: every run rewrites it, and it is the
 * only rules file learn writes (the rules people wrote live in other files and stay theirs).
 */
function renderLearnedRules(res) {
    const head = [
        '# Learned rules (proposed by `lailatov learn`)',
        '',
        evidenceMarker(res.evidenceFingerprint),
        '',
        `Generated from ${res.records} outcome record(s) of ${res.units} issue(s), ${day(res.from)} to ${day(res.to)}.`,
        'Each rule carries its evidence. A human reviews this file in a PR; `lailatov learn` rewrites it',
        'on every run and never edits any other rules file. Delete a rule you disagree with.',
        '',
    ];
    if (res.rules.length === 0)
        return [...head, 'No rule recurs often enough yet.', ''].join('\n');
    return [...head, ...res.rules.map(renderRule)].join('\n');
}
/** The learn PR's body: what it proposes and the marker that names its evidence. */
function renderLearnPrBody(res) {
    const kinds = new Map();
    for (const r of res.rules)
        kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    return [
        `LailaTov read ${res.records} outcome record(s) (${day(res.from)} to ${day(res.to)}) and proposes ${res.rules.length} rule(s) in \`${_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .LEARNED_RULES_PATH */ .OX}\`.`,
        '',
        ...[...kinds].map(([k, n]) => `- ${k}: ${n}`),
        '',
        'Each rule carries its evidence (PRs, findings, counts, dates, confidence). Edit or delete any',
        'of them; nothing merges this PR automatically. New evidence updates this PR; the same evidence',
        'never opens another.',
        '',
        evidenceMarker(res.evidenceFingerprint),
    ].join('\n');
}


/***/ }),

/***/ 54668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OX: () => (/* reexport */ LEARNED_RULES_PATH),
  KA: () => (/* binding */ learnRules)
});

// UNUSED EXPORTS: DEFAULT_THRESHOLDS, evidenceFingerprint, pathAndFolders, wilsonLowerBound

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/outcomes/analytics.ts + 4 modules
var outcomes_analytics = __webpack_require__(40237);
;// CONCATENATED MODULE: ./src/core/learn/types.ts
const LEARNED_RULES_PATH = '.claude/rules/learned.md';
const DEFAULT_THRESHOLDS = {
    minUnits: 3,
    pathTroubleRate: 0.5,
    tierEscalationRate: 0.3,
};

;// CONCATENATED MODULE: ./src/core/learn/evidence.ts
function newer(a, b) {
    return (b ?? '') < (a ?? '') ? -1 : (b ?? '') > (a ?? '') ? 1 : 0;
}
/**
 * Confidence of a rate: the lower bound of its Wilson score interval at 95%, so 3 of 3 counts
 * for less than 30 of 30. high ≥ 0.5, medium ≥ 0.25.
 */
function wilsonLowerBound(k, n) {
    if (n === 0)
        return 0;
    const z = 1.96;
    const p = k / n;
    const z2 = z * z;
    return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n);
}
function rateConfidence(k, n) {
    const lb = wilsonLowerBound(k, n);
    return lb >= 0.5 ? 'high' : lb >= 0.25 ? 'medium' : 'low';
}
/** Recurrence: twice the threshold is high, at the threshold medium. */
function recurrenceConfidence(units, min) {
    return units >= 2 * min ? 'high' : units >= min ? 'medium' : 'low';
}
function span(units) {
    let from = null;
    let to = null;
    for (const u of units) {
        if (u.timestamp === null)
            continue;
        if (from === null || u.timestamp < from)
            from = u.timestamp;
        if (to === null || u.timestamp > to)
            to = u.timestamp;
    }
    return { from, to };
}
function pct(x) {
    return `${Math.round(x * 100)}%`;
}
function byNewest(a, b) {
    return newer(a.timestamp, b.timestamp) || (a.key < b.key ? -1 : 1);
}

;// CONCATENATED MODULE: ./src/core/learn/routing-rules.ts

/**
 * Engines (or models) that another does at least as well for no more money, on enough units:
 * success rate ≥ and cost per unit ≤, one of them strictly. Only with known costs.
 */
function dominated(kind, stage, rows, t, range) {
    const usable = rows.filter((r) => r.units >= t.minUnits && r.successRate !== null && r.costPerUnitUsd !== null);
    const out = [];
    for (const worse of usable) {
        const better = usable
            .filter((b) => b !== worse &&
            b.successRate >= worse.successRate &&
            b.costPerUnitUsd <= worse.costPerUnitUsd &&
            (b.successRate > worse.successRate ||
                b.costPerUnitUsd < worse.costPerUnitUsd))
            .sort((x, y) => y.successRate - x.successRate ||
            x.costPerUnitUsd - y.costPerUnitUsd ||
            (x.name < y.name ? -1 : 1))[0];
        if (better === undefined)
            continue;
        const usd = (x) => `$${(x ?? 0).toFixed(2)}`;
        out.push({
            id: `${kind}:${stage}:${worse.name}`,
            kind,
            title: `Prefer ${kind} \`${better.name}\` over \`${worse.name}\` for ${stage}`,
            text: `Route ${stage} from ${kind} \`${worse.name}\` (${worse.ready} of ${worse.units} ready, ${usd(worse.costPerUnitUsd)} per issue) to \`${better.name}\` (${better.ready} of ${better.units} ready, ${usd(better.costPerUnitUsd)} per issue).`,
            confidence: recurrenceConfidence(Math.min(worse.units, better.units), t.minUnits),
            evidence: {
                count: worse.units,
                of: null,
                ...range,
                units: [],
                findings: [],
            },
        });
    }
    return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}
/**
 * Engines or models compared within one stage (a review model against a write model says
 * nothing), from each unit's latest ledger: units that used it there, how many ended ready, and
 * what its runs there cost.
 */
function byStage(all, pick) {
    const stages = new Map();
    for (const u of all) {
        const seen = new Map();
        for (const s of u.latest.stages) {
            const k = `${s.stage}\u0000${s[pick]}`;
            const cell = seen.get(k) ?? { usd: 0, priced: false };
            if (s.costUsd !== null) {
                cell.usd += s.costUsd;
                cell.priced = true;
            }
            seen.set(k, cell);
            let names = stages.get(s.stage);
            if (names === undefined)
                stages.set(s.stage, (names = new Map()));
            const acc = names.get(s[pick]) ?? {
                units: 0,
                ready: 0,
                stages: 0,
                usd: 0,
                unknown: 0,
                priced: 0,
            };
            acc.stages++;
            if (s.costUsd === null)
                acc.unknown++;
            names.set(s[pick], acc);
        }
        for (const [k, cell] of seen) {
            const [stage, name] = k.split('\u0000');
            const acc = stages.get(stage)?.get(name);
            if (acc === undefined)
                continue;
            acc.units++;
            if (u.latest.outcome === 'ready')
                acc.ready++;
            if (cell.priced) {
                acc.usd += cell.usd;
                acc.priced++;
            }
        }
    }
    return [...stages]
        .sort((x, y) => (x[0] < y[0] ? -1 : 1))
        .map(([stage, names]) => [
        stage,
        [...names].map(([name, a]) => ({
            name,
            stages: a.stages,
            units: a.units,
            ready: a.ready,
            successRate: a.units === 0 ? null : a.ready / a.units,
            costUsd: a.usd,
            unknownCostStages: a.unknown,
            costPerUnitUsd: a.priced === 0 ? null : a.usd / a.priced,
        })),
    ]);
}

// EXTERNAL MODULE: ./src/core/learn/quote.ts
var quote = __webpack_require__(64918);
;// CONCATENATED MODULE: ./src/core/learn/unit-rules.ts
// The rules drawn from units (issues and PRs): review findings that recur across PRs, paths whose
// changes keep failing, and risk tiers that escalate often.



function recurringFindings(all, ev, t) {
    const groups = new Map();
    for (const u of all)
        for (const f of u.findings.values()) {
            let g = groups.get(f.rule);
            if (g === undefined)
                groups.set(f.rule, (g = { units: [], findings: [] }));
            if (g.units.at(-1) !== u)
                g.units.push(u);
            g.findings.push({
                unit: u.key,
                label: u.label,
                fingerprint: f.fingerprint,
                severity: f.severity,
                path: f.path,
                line: f.lines?.start ?? null,
                message: f.message,
                url: u.url,
            });
        }
    const out = [];
    for (const [rule, g] of groups) {
        if (g.units.length < t.minUnits)
            continue;
        const units = g.units.map(ev).sort(byNewest);
        const order = new Map(units.map((u, k) => [u.key, k]));
        const findings = g.findings.sort((x, y) => (order.get(x.unit) ?? 0) - (order.get(y.unit) ?? 0) ||
            (x.fingerprint < y.fingerprint ? -1 : 1));
        const paths = new Set(findings.map((f) => f.path).filter((p) => p !== null));
        const where = paths.size === 1 ? ` in \`${(0,quote/* quoteUntrusted */.X)([...paths][0] ?? '', 200)}\`` : '';
        const name = (0,quote/* quoteUntrusted */.X)(rule, 80);
        out.push({
            id: `finding:${rule}`,
            kind: 'recurring-finding',
            title: `Review finding \`${name}\` recurs`,
            text: `Before finishing, check for \`${name}\`${where}: the review found it on ${units.length} separate PRs (${findings.length} finding(s)), e.g. "${(0,quote/* quoteUntrusted */.X)(findings[0]?.message ?? '')}".`,
            confidence: recurrenceConfidence(units.length, t.minUnits),
            evidence: { count: units.length, of: null, ...span(units), units, findings },
        });
    }
    return out.sort((x, y) => y.evidence.count - x.evidence.count || (x.id < y.id ? -1 : 1));
}
function troubled(u) {
    return u.testsFailed || outcomes_analytics/* ESCALATION_OUTCOMES */.Oe.includes(u.latest.outcome);
}
/** The path and each of its folders (`src/a/b.ts` → `src/a/b.ts`, `src/a/`, `src/`). */
function pathAndFolders(file) {
    const out = [file];
    let at = file.lastIndexOf('/');
    while (at > 0) {
        out.push(file.slice(0, at + 1));
        at = file.lastIndexOf('/', at - 1);
    }
    return out;
}
function fragilePaths(all, ev, t) {
    const touched = new Map();
    for (const u of all) {
        const seen = new Set();
        for (const f of u.files)
            for (const p of pathAndFolders(f))
                seen.add(p);
        for (const p of seen) {
            const list = touched.get(p);
            if (list === undefined)
                touched.set(p, [u]);
            else
                list.push(u);
        }
    }
    const candidates = new Map();
    for (const [p, us] of touched) {
        const bad = us.filter(troubled);
        if (bad.length < t.minUnits || bad.length / us.length < t.pathTroubleRate)
            continue;
        const sig = `${us.map((u) => u.key).join(',')}|${bad.map((u) => u.key).join(',')}`;
        candidates.set(p, { units: us, bad, sig });
    }
    // A folder that says exactly what one of its paths says adds nothing: keep the narrower one.
    const out = [];
    for (const [p, c] of candidates) {
        if (p.endsWith('/')) {
            const narrower = [...candidates].some(([q, d]) => q !== p && q.startsWith(p) && d.sig === c.sig);
            if (narrower)
                continue;
        }
        const tests = c.bad.filter((u) => u.testsFailed).length;
        const esc = c.bad.filter((u) => outcomes_analytics/* ESCALATION_OUTCOMES */.Oe.includes(u.latest.outcome)).length;
        const units = c.bad.map(ev).sort(byNewest);
        const glob = (0,quote/* quoteUntrusted */.X)(p.endsWith('/') ? `${p}**` : p, 200);
        out.push({
            id: `path:${p}`,
            kind: 'fragile-path',
            title: `Changes to \`${glob}\` often fail`,
            text: `Take extra care with \`${glob}\`: ${c.bad.length} of ${c.units.length} PRs that changed it failed their tests (${tests}) or were escalated (${esc}). Run its tests before finishing, and keep changes there small.`,
            confidence: rateConfidence(c.bad.length, c.units.length),
            evidence: { count: c.bad.length, of: c.units.length, ...span(units), units, findings: [] },
        });
    }
    return out.sort((x, y) => y.evidence.count - x.evidence.count ||
        (y.evidence.of ?? 0) - (x.evidence.of ?? 0) ||
        (x.id < y.id ? -1 : 1));
}
function escalatingTiers(all, ev, t) {
    const tiers = new Map();
    for (const u of all) {
        const tier = u.latest.riskTier;
        if (tier === null)
            continue;
        const list = tiers.get(tier);
        if (list === undefined)
            tiers.set(tier, [u]);
        else
            list.push(u);
    }
    const out = [];
    for (const [tier, us] of tiers) {
        const esc = us.filter((u) => outcomes_analytics/* ESCALATION_OUTCOMES */.Oe.includes(u.latest.outcome));
        if (us.length < t.minUnits || esc.length === 0 || esc.length / us.length < t.tierEscalationRate)
            continue;
        const units = esc.map(ev).sort(byNewest);
        out.push({
            id: `tier:${tier}`,
            kind: 'escalating-tier',
            title: `Risk tier \`${tier}\` escalates often`,
            text: `Issues that touch \`${tier}\`-risk paths escalated ${esc.length} of ${us.length} times (${pct(esc.length / us.length)}): ask for a plan first, split them smaller, or lower their budget before a human has to step in.`,
            confidence: rateConfidence(esc.length, us.length),
            evidence: { count: esc.length, of: us.length, ...span(units), units, findings: [] },
        });
    }
    return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}

;// CONCATENATED MODULE: ./src/core/learn/rules.ts
// `lailatov learn`: rules proposed from what recurs in the outcome log, each with its evidence.
// Deterministic: the same log gives the same rules, in the same order, with the same evidence
// fingerprint (so the same evidence never opens a second PR). A model may reword a rule's text
// afterwards; it never decides which rules there are.








/** Proposes rules from a log's views. */
function learnRules(views, opts = {}) {
    const t = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
    const serverUrl = opts.serverUrl ?? 'https://github.com';
    const analytics = new outcomes_analytics/* AnalyticsAccumulator */.pV(opts);
    const units = new Map();
    for (const v of views) {
        if (!analytics.add(v) || v.record === undefined)
            continue;
        const r = v.record;
        const key = (0,outcomes_analytics/* unitKey */.g2)(r);
        let u = units.get(key);
        if (u === undefined) {
            u = {
                key,
                label: key,
                url: null,
                latest: r,
                files: new Set(),
                testsFailed: false,
                findings: new Map(),
            };
            units.set(key, u);
        }
        else if (r.timestamp >= u.latest.timestamp)
            u.latest = r;
        const pr = r.pr ?? u.latest.pr;
        u.label = pr !== null ? `#${pr}` : r.issue !== null ? `#${r.issue}` : u.label;
        u.url =
            pr !== null
                ? (0,outcomes_analytics/* prUrl */.IL)(serverUrl, r.repo, pr)
                : r.issue !== null
                    ? (0,outcomes_analytics/* issueUrl */.$9)(serverUrl, r.repo, r.issue)
                    : u.url;
        for (const f of r.changedFiles)
            u.files.add(f);
        if (r.checks.tests === 'failed')
            u.testsFailed = true;
        for (const f of r.findings)
            if (!u.findings.has(f.fingerprint))
                u.findings.set(f.fingerprint, f);
    }
    const a = analytics.result();
    const all = [...units.values()];
    const range = { from: a.firstTimestamp, to: a.lastTimestamp };
    const ev = (u) => ({
        key: u.key,
        label: u.label,
        url: u.url,
        timestamp: u.latest.timestamp,
    });
    const rules = [
        ...recurringFindings(all, ev, t),
        ...fragilePaths(all, ev, t),
        ...escalatingTiers(all, ev, t),
        ...byStage(all, 'engine').flatMap(([stage, rows]) => dominated('engine', stage, rows, t, range)),
        ...byStage(all, 'model').flatMap(([stage, rows]) => dominated('model', stage, rows, t, range)),
    ];
    return {
        records: a.records,
        units: a.units,
        from: a.firstTimestamp,
        to: a.lastTimestamp,
        rules,
        evidenceFingerprint: evidenceFingerprint(rules),
        analytics: a,
    };
}
/** The identity of a set of rules: their ids, counts and evidence, never their wording. */
function evidenceFingerprint(rules) {
    const canonical = rules.map((r) => [
        r.id,
        r.evidence.count,
        r.evidence.of,
        r.evidence.units.map((u) => u.key),
        r.evidence.findings.map((f) => `${f.unit}/${f.fingerprint}`),
    ]);
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 32);
}


/***/ })

};
