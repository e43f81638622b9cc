export const id = 5251;
export const ids = [5251];
export const modules = {

/***/ 55251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/outcomes/index.ts + 6 modules
var outcomes = __webpack_require__(4039);
;// CONCATENATED MODULE: ./src/core/report/digest.ts
const DIGEST_FORMATS = ['markdown', 'slack', 'json'];
/** Escalations listed by name; the count covers them all. */
const MAX_ESCALATIONS = 20;
function usd(v) {
    return v === null ? 'n/a' : `$${v.toFixed(2)}`;
}
function rate(v) {
    return v === null ? 'n/a' : `${(v * 100).toFixed(1)}%`;
}
function duration(ms) {
    if (ms === null)
        return 'n/a';
    const min = ms / 60_000;
    if (min < 90)
        return `${Math.round(min)} min`;
    const h = min / 60;
    return h < 48 ? `${h.toFixed(1)} h` : `${(h / 24).toFixed(1)} d`;
}
function day(ts) {
    return ts === null ? '…' : ts.slice(0, 10);
}
function periodLabel(a) {
    return `${day(a.period.from ?? a.firstTimestamp)} to ${day(a.period.to ?? a.lastTimestamp)}`;
}
function pcts(p, f) {
    return `p50 ${f(p.p50)}, p90 ${f(p.p90)} (${p.count})`;
}
/** Mermaid text: a label in double quotes, with the quotes it may hold removed. */
function mq(s) {
    return `"${s.replace(/["\n]/g, '')}"`;
}
function engineTable(title, rows) {
    if (rows.length === 0)
        return [];
    return [
        `### ${title}`,
        '',
        '| | issues | ready | success | stage runs | cost | per issue |',
        '|---|---:|---:|---:|---:|---:|---:|',
        ...rows.map((r) => `| \`${r.name}\` | ${r.units} | ${r.ready} | ${rate(r.successRate)} | ${r.stages} | ${usd(r.costUsd)}${r.unknownCostStages > 0 ? ` (+${r.unknownCostStages} unknown)` : ''} | ${usd(r.costPerUnitUsd)} |`),
        '',
    ];
}
/** The digest as GitHub Markdown: a job summary, an issue or a discussion post. */
function renderDigestMarkdown(a) {
    const out = [
        `## LailaTov digest: ${periodLabel(a)}`,
        '',
        `- **Issues handled:** ${a.units} (${a.records} run(s), ${a.prs} PR(s))`,
        `- **Resolve rate:** ${rate(a.resolveRate)} (${a.unitsByOutcome.ready ?? 0} ready)`,
        `- **Cost per PR:** ${pcts(a.cost.perPr, usd)}${a.cost.prsWithUnknownCost > 0 ? `; ${a.cost.prsWithUnknownCost} PR(s) of unknown cost` : ''}`,
        `- **Total cost:** ${usd(a.cost.knownUsd)}${a.cost.unknownRecords > 0 ? ` (+${a.cost.unknownRecords} run(s) of unknown cost)` : ''}`,
        `- **Time to ready:** ${pcts(a.timeToReadyMs, duration)}`,
        `- **Escalations:** ${a.escalations.length}`,
        '',
    ];
    const outcomes = Object.entries(a.unitsByOutcome);
    if (outcomes.length > 0) {
        out.push('### Outcomes', '', '```mermaid', 'pie showData title Issues by final outcome', ...outcomes.map(([k, n]) => `    ${mq(k)} : ${n}`), '```', '', '| outcome | issues | runs |', '|---|---:|---:|', ...outcomes.map(([k, n]) => `| ${k} | ${n} | ${a.byOutcome[k] ?? 0} |`), '');
    }
    if (a.weeks.length > 1) {
        out.push('### By week', '', '```mermaid', 'xychart-beta', '    title "Runs and cost by week"', `    x-axis [${a.weeks.map((w) => mq(w.start.slice(5))).join(', ')}]`, `    y-axis "Runs"`, `    bar [${a.weeks.map((w) => w.records).join(', ')}]`, '```', '');
    }
    if (a.tiers.length > 0) {
        out.push('### By risk tier', '', '| tier | issues | ready | escalated | resolve rate |', '|---|---:|---:|---:|---:|', ...a.tiers.map((t) => `| ${t.tier} | ${t.units} | ${t.ready} | ${t.escalated} | ${rate(t.resolveRate)} |`), '');
    }
    if (a.escalations.length > 0) {
        out.push('### Escalations', '');
        for (const e of a.escalations.slice(0, MAX_ESCALATIONS)) {
            const label = e.pr !== null ? `PR #${e.pr}` : e.issue !== null ? `#${e.issue}` : e.key;
            const repo = a.byRepo.length > 1 && e.repo !== null ? `${e.repo} ` : '';
            out.push(`- ${repo}${e.url === null ? label : `[${label}](${e.url})`}: ${e.outcome}${e.riskTier === null ? '' : ` (${e.riskTier})`}, ${day(e.timestamp)}`);
        }
        if (a.escalations.length > MAX_ESCALATIONS)
            out.push(`- and ${a.escalations.length - MAX_ESCALATIONS} more`);
        out.push('');
    }
    if (a.topFindings.length > 0) {
        out.push('### Top findings', '', '| rule | severity | PRs | findings | open |', '|---|---|---:|---:|---:|', ...a.topFindings.map((f) => `| \`${f.rule.replace(/[`|]/g, "'")}\` | ${f.severity} | ${f.units} | ${f.count} | ${f.open} |`), '');
    }
    out.push(...engineTable('Engines', a.engines), ...engineTable('Models', a.models));
    return `${out.join('\n').trimEnd()}\n`;
}
/** Slack Block Kit limits we stay within (api.slack.com/reference/block-kit). */
const SLACK_LIMITS = {
    blocks: 50,
    headerText: 150,
    sectionText: 3000,
    fields: 10,
    fieldText: 2000,
};
function cap(s, n) {
    return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
/** Slack mrkdwn escapes: &, < and > (api.slack.com/reference/surfaces/formatting). */
function esc(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function engineLines(rows) {
    return rows
        .slice(0, 10)
        .map((r) => `• \`${esc(r.name)}\`: ${r.ready}/${r.units} ready (${rate(r.successRate)}), ${usd(r.costPerUnitUsd)} per issue`)
        .join('\n');
}
/** The digest as a Slack incoming-webhook payload (Block Kit). */
function renderDigestSlack(a) {
    const title = `LailaTov digest: ${periodLabel(a)}`;
    const field = (label, value) => ({
        type: 'mrkdwn',
        text: cap(`*${label}*\n${value}`, SLACK_LIMITS.fieldText),
    });
    const section = (text) => ({
        type: 'section',
        text: { type: 'mrkdwn', text: cap(text, SLACK_LIMITS.sectionText) },
    });
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: cap(title, SLACK_LIMITS.headerText) } },
        {
            type: 'section',
            fields: [
                field('Issues handled', `${a.units} (${a.records} runs)`),
                field('Resolve rate', rate(a.resolveRate)),
                field('Cost per PR', `p50 ${usd(a.cost.perPr.p50)} · p90 ${usd(a.cost.perPr.p90)}`),
                field('Total cost', usd(a.cost.knownUsd)),
                field('Time to ready', `p50 ${duration(a.timeToReadyMs.p50)} · p90 ${duration(a.timeToReadyMs.p90)}`),
                field('Escalations', String(a.escalations.length)),
            ],
        },
    ];
    const outcomes = Object.entries(a.unitsByOutcome);
    if (outcomes.length > 0)
        blocks.push(section(`*Outcomes*\n${outcomes.map(([k, n]) => `• ${esc(k)}: ${n}`).join('\n')}`));
    if (a.escalations.length > 0) {
        const lines = a.escalations.slice(0, MAX_ESCALATIONS).map((e) => {
            const label = e.pr !== null ? `PR #${e.pr}` : e.issue !== null ? `#${e.issue}` : e.key;
            return `• ${e.url === null ? esc(label) : `<${e.url}|${esc(label)}>`}: ${e.outcome}`;
        });
        if (a.escalations.length > MAX_ESCALATIONS)
            lines.push(`• and ${a.escalations.length - MAX_ESCALATIONS} more`);
        blocks.push(section(`*Escalations*\n${lines.join('\n')}`));
    }
    if (a.topFindings.length > 0)
        blocks.push(section(`*Top findings*\n${a.topFindings.map((f) => `• \`${esc(f.rule)}\` (${f.severity}): ${f.units} PRs`).join('\n')}`));
    if (a.engines.length > 0)
        blocks.push(section(`*Engines*\n${engineLines(a.engines)}`));
    if (a.models.length > 0)
        blocks.push(section(`*Models*\n${engineLines(a.models)}`));
    return { text: title, blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}
/** The digest as one JSON-ready object: the figures, without the per-issue rows and days. */
function digestJson(a) {
    const { rows: _rows, days: _days, ...rest } = a;
    return rest;
}

// EXTERNAL MODULE: ./src/outcomes/read-views.ts
var read_views = __webpack_require__(78862);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/outcome-args.ts
var outcome_args = __webpack_require__(16438);
;// CONCATENATED MODULE: ./src/cli/commands/report.ts







const HELP = `Usage: lailatov report [--log PATH]... [--period 7d|4w|all | --since DATE [--until DATE]]
                       [--repo owner/name]... [--format markdown|slack|json] [--json]

A digest of the outcome log for a period (default: the last 7 days): issues handled, outcomes by
terminal state, resolve rate, cost per PR (p50, p90), time to ready, escalations with links, top
findings, engines and models side by side.
  --log PATH      a log file or a folder (a checkout of the data branch); repeatable
                  (default .lailatov/outcomes.jsonl)
  --repo R        only these repositories (owner/name); repeatable
  --format F      markdown (with Mermaid charts; for a job summary or an issue), slack (a Block
                  Kit payload for an incoming webhook) or json (default markdown)
  --json          the same as --format json
  --server-url U  for links (default GITHUB_SERVER_URL, else https://github.com)
LAILATOV_NOW pins "now" (ISO time). Corrupt lines are skipped and counted on stderr.
`;
const reportCommand = async (args, io) => {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                log: { type: 'string', multiple: true },
                period: { type: 'string' },
                since: { type: 'string' },
                until: { type: 'string' },
                repo: { type: 'string', multiple: true },
                format: { type: 'string' },
                json: { type: 'boolean', default: false },
                'server-url': { type: 'string' },
                help: { type: 'boolean', short: 'h', default: false },
            },
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (e) {
        throw new errors/* UserError */.y(`${e.message}. Fix: see 'lailatov report --help'.`);
    }
    if (values.help) {
        io.stdout(HELP);
        return cli_io/* ExitCode */.y.ok;
    }
    const format = (values.json ? 'json' : (values.format ?? 'markdown'));
    if (!DIGEST_FORMATS.includes(format))
        throw new errors/* UserError */.y(`--format must be one of ${DIGEST_FORMATS.join(', ')}, got ${JSON.stringify(values.format)}.`);
    const period = (0,outcome_args/* parsePeriod */.DB)(values, (0,outcome_args/* cliNow */.ry)(io.env), 7);
    const targets = (0,outcome_args/* logTargets */.Xv)(values.log, io.cwd);
    const acc = new outcomes/* AnalyticsAccumulator */.pV({
        period,
        repos: values.repo,
        serverUrl: values['server-url'] ?? io.env.GITHUB_SERVER_URL ?? undefined,
    });
    const read = await (0,read_views/* forEachOutcomeView */.W)(targets, (v) => acc.add(v)).catch((e) => {
        throw (0,outcome_args/* unreadableLog */.u4)(e, targets);
    });
    for (const c of read.corrupt)
        io.stderr(`${c.file}: skipped ${c.count} corrupt line(s), the first at line ${c.lines[0]?.line}\n`);
    const a = acc.result();
    if (format === 'json')
        io.stdout(`${JSON.stringify(digestJson(a))}\n`);
    else if (format === 'slack')
        io.stdout(`${JSON.stringify(renderDigestSlack(a))}\n`);
    else
        io.stdout(renderDigestMarkdown(a));
    return cli_io/* ExitCode */.y.ok;
};


/***/ }),

/***/ 16438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parsePeriod),
/* harmony export */   Xv: () => (/* binding */ logTargets),
/* harmony export */   ry: () => (/* binding */ cliNow),
/* harmony export */   u4: () => (/* binding */ unreadableLog)
/* harmony export */ });
/* unused harmony export DEFAULT_LOCAL_LOG */
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

/***/ 78862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ forEachOutcomeView)
/* harmony export */ });
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88474);
/* harmony import */ var _summarize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11760);


const MAX_LISTED = 100;
/**
 * Hands every record of the logs under `targets` (files, or folders such as a checkout of the
 * data branch) to `visit`, fully parsed (findings and changed files included, which the
 * summary's fast scanner skips). Corrupt lines are counted and listed, never fatal.
 */
async function forEachOutcomeView(targets, visit) {
    const files = (await Promise.all(targets.map((t) => (0,_summarize_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeLogFiles */ .eh)(t)))).flat();
    let records = 0;
    const corrupt = [];
    for (const file of files) {
        const bad = { file, count: 0, lines: [] };
        for await (const p of (0,_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readOutcomeLog */ .tP)(file)) {
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


/***/ }),

/***/ 88474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ forEachLine),
/* harmony export */   UV: () => (/* binding */ readBuffers),
/* harmony export */   nV: () => (/* binding */ lineRanges),
/* harmony export */   tP: () => (/* binding */ readOutcomeLog)
/* harmony export */ });
/* unused harmony export chunkedLines */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4039);





/**
 * Calls `visit` with every line of a file, as bytes[start, end) without the line break, and its
 * 1-based number, synchronously for a whole chunk: lines are found by the byte 0x0a in the raw
 * Buffer (it never occurs inside a UTF-8 multi-byte character), and nothing is decoded here, so
 * the visitor decodes only what it needs. No promise, generator step or Buffer view per line: at
 * a million lines those dominate. Only two chunks (this one and the next, being read) and a
 * partial last line are held; `visit` must not keep `bytes` (it is the chunk, reused).
 * Resolves to the number of lines.
 */
async function forEachLine(file, visit, { highWaterMark = 1 << 20, range, buffers = readBuffers(highWaterMark) } = {}) {
    let lineNo = 0;
    /** The start of a line that continues in the next chunk (copied: the chunk is reused). */
    let carry = [];
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    let position = range?.start ?? 0;
    const limit = range?.end ?? Number.POSITIVE_INFINITY;
    /** Reads the next chunk into `buf`; undefined once the range is read. */
    const readInto = (buf) => {
        const want = Math.min(buf.length, limit - position);
        if (want <= 0)
            return undefined;
        const at = position;
        position += want;
        return handle.read(buf, 0, want, at).then(({ bytesRead }) => ({
            bytes: bytesRead === buf.length ? buf : buf.subarray(0, bytesRead),
            last: bytesRead < want,
        }));
    };
    // Two buffers, reused for every chunk: the next chunk is read while this one's lines are
    // visited (waiting for each read left this thread idle for a sixth of the summary), and a
    // fresh buffer per chunk (what a read stream allocates) costs its page faults again on every
    // megabyte, measured at about a third of the summary's time.
    let [buf, spare] = buffers;
    let next = readInto(buf);
    try {
        while (next !== undefined) {
            const { bytes: chunk, last } = await next;
            // A short read is the end of the file: what was there when it was read.
            next = last ? undefined : readInto(spare);
            [buf, spare] = [spare, buf];
            let start = 0;
            let nl = chunk.indexOf(10);
            if (nl !== -1 && carry.length > 0) {
                carry.push(chunk.subarray(0, nl));
                const whole = Buffer.concat(carry);
                visit(whole, 0, whole.length, ++lineNo);
                carry = [];
                start = nl + 1;
                nl = chunk.indexOf(10, start);
            }
            while (nl !== -1) {
                visit(chunk, start, nl, ++lineNo);
                start = nl + 1;
                nl = chunk.indexOf(10, start);
            }
            if (start < chunk.length)
                carry.push(Buffer.from(chunk.subarray(start)));
        }
    }
    finally {
        // A read still in flight (the visitor threw) must end before its file is closed.
        await next?.catch(() => undefined);
        await handle.close();
    }
    if (carry.length > 0) {
        const whole = Buffer.concat(carry);
        visit(whole, 0, whole.length, ++lineNo);
    }
    return lineNo;
}
/** Two buffers for `forEachLine` to read into. */
function readBuffers(highWaterMark = 1 << 20) {
    return [Buffer.allocUnsafe(highWaterMark), Buffer.allocUnsafe(highWaterMark)];
}
/**
 * Cuts a file of `size` bytes into at most `parts` ranges of about equal size, each starting at
 * the beginning of a line, so that every line is in exactly one range. A cut moves forward to
 * just past the next line break (a huge line makes fewer, bigger ranges, never a split line).
 */
async function lineRanges(file, size, parts) {
    const cuts = [0];
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const window = Buffer.allocUnsafe(64 * 1024);
        for (let k = 1; k < parts; k++) {
            let at = Math.max(Math.floor((size * k) / parts), cuts[cuts.length - 1]);
            let cut = size;
            while (at < size) {
                const { bytesRead } = await handle.read(window, 0, window.length, at);
                if (bytesRead === 0)
                    break;
                const nl = window.subarray(0, bytesRead).indexOf(10);
                if (nl !== -1) {
                    cut = at + nl + 1;
                    break;
                }
                at += bytesRead;
            }
            if (cut >= size)
                break;
            if (cut > cuts[cuts.length - 1])
                cuts.push(cut);
        }
    }
    finally {
        await handle.close();
    }
    cuts.push(size);
    return cuts.slice(1).map((end, k) => ({ start: cuts[k], end }));
}
/**
 * Yields the lines of a file with their 1-based numbers. Handles a last line without a line
 * break; `\r` before `\n` is left for the parser, which trims it. Decoding goes through a
 * StringDecoder so a UTF-8 character split across two chunks is not mangled.
 */
async function* chunkedLines(file, highWaterMark = 1 << 20) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_3__.StringDecoder('utf8');
    let carry = '';
    let lineNo = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark })) {
        const text = carry + decoder.write(chunk);
        let start = 0;
        let nl = text.indexOf('\n', start);
        while (nl !== -1) {
            yield [text.slice(start, nl), ++lineNo];
            start = nl + 1;
            nl = text.indexOf('\n', start);
        }
        carry = text.slice(start);
    }
    const rest = carry + decoder.end();
    if (rest !== '')
        yield [rest, ++lineNo];
}
async function* readlineLines(file, highWaterMark) {
    const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_2__.createInterface)({
        input: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark }),
        crlfDelay: Infinity,
    });
    let lineNo = 0;
    for await (const line of rl)
        yield [line, ++lineNo];
}
/**
 * Streams an outcome log: every line comes out parsed, as a record, a corrupt line (bad JSON or
 * schema-invalid, with its line number and reason) or a blank line. Nothing good is dropped
 * because of a bad neighbour. Errors opening or reading the file reject (the caller decides).
 */
async function* readOutcomeLog(file, opts = {}) {
    const hwm = opts.highWaterMark ?? 1 << 20;
    const lines = opts.splitter === 'readline' ? readlineLines(file, hwm) : chunkedLines(file, hwm);
    for await (const [text, n] of lines)
        yield (0,_core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOutcomeLine */ .eR)(text, n);
}


/***/ }),

/***/ 11760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PX: () => (/* binding */ summarizeOutcomeLogs),
/* harmony export */   eh: () => (/* binding */ outcomeLogFiles)
/* harmony export */ });
/* unused harmony exports summarizeOutcomeLog, summarizePieces */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4039);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88474);








const AUTO_THREADS_FROM_BYTES = 64 * 2 ** 20;
const MAX_AUTO_THREADS = 4;
/** About 0.1 s of reading each: claiming and merging cost nothing beside that. */
const PIECE_BYTES = 32 * 2 ** 20;
const WORKER_FILE = 'summarize-worker.js';
/** Reads a whole log once, streaming, into a summary. Memory stays flat with file size. */
async function summarizeOutcomeLog(file, opts = {}) {
    return (await aggregateLog(file, opts)).summary();
}
/**
 * Summarizes several logs as one (the legacy single file and the monthly shards), each read
 * as `summarizeOutcomeLog` reads it, then merged: sums are exact, so the result is the same as
 * for one file holding all their lines.
 */
async function summarizeOutcomeLogs(files, opts = {}) {
    const total = new _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_6__/* .OutcomeAggregator */ .yH(opts);
    const corrupt = [];
    for (const file of files) {
        const state = (await aggregateLog(file, opts)).state();
        total.merge(state, 0);
        if (state.corruptLines.length > 0)
            corrupt.push({ file, lines: state.corruptLines });
    }
    return { summary: total.summary(), corrupt };
}
/**
 * The log files under `target`: itself when it is a file; for a folder (a checkout of the data
 * branch, or its `data/` folder), every `.jsonl` file below it in path order, which puts the
 * legacy `agent-outcomes.jsonl` before the shards of `outcomes/` and the months in order.
 */
async function outcomeLogFiles(target) {
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target)).isDirectory())
        return [target];
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(target, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile() && e.name.endsWith('.jsonl'))
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_3___default().join(e.parentPath, e.name))
        .sort();
}
async function aggregateLog(file, opts) {
    const agg = new _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_6__/* .OutcomeAggregator */ .yH(opts);
    const { splitter = 'visitor', highWaterMark } = opts;
    if (splitter !== 'visitor') {
        for await (const line of (0,_reader_js__WEBPACK_IMPORTED_MODULE_7__/* .readOutcomeLog */ .tP)(file, { splitter, highWaterMark }))
            agg.addLine(line);
        return agg;
    }
    const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
    const worker = workerScript();
    const threads = worker === undefined ? 1 : threadCount(opts.threads, size);
    if (worker === undefined || threads === 1) {
        await visitPart(agg, file, { highWaterMark });
        return agg;
    }
    const pieces = await (0,_reader_js__WEBPACK_IMPORTED_MODULE_7__/* .lineRanges */ .nV)(file, size, Math.max(threads, Math.ceil(size / PIECE_BYTES)));
    const req = {
        file,
        pieces,
        next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
        highWaterMark,
        aggregator: {
            maxListedCorrupt: opts.maxListedCorrupt,
            relativeAccuracy: opts.relativeAccuracy,
        },
    };
    // This thread claims pieces too; the pieces are merged in file order whoever read them.
    const workers = Array.from({ length: Math.min(threads, pieces.length) - 1 }, (_, k) => startWorker(worker, req, `summary thread ${k + 2} of ${threads}`));
    try {
        const results = (await Promise.all([summarizePieces(req), ...workers.map((w) => w.result)])).flat();
        results.sort((a, b) => a.index - b.index);
        if (results.length !== pieces.length || results.some((r, k) => r.index !== k))
            throw new Error(`the threads read ${results.length} of the log's ${pieces.length} pieces`);
        let offset = 0;
        for (const piece of results) {
            agg.merge(piece.state, offset);
            offset += piece.lines;
        }
    }
    finally {
        // After a failure, the others claim nothing more: every piece looks taken.
        Atomics.store(new Int32Array(req.next), 0, pieces.length);
        await Promise.all(workers.map((w) => w.stop()));
    }
    return agg;
}
/** Claims and summarizes pieces until none is left (every thread's loop, the worker's job). */
async function summarizePieces(req) {
    const next = new Int32Array(req.next);
    const done = [];
    const buffers = (0,_reader_js__WEBPACK_IMPORTED_MODULE_7__/* .readBuffers */ .UV)(req.highWaterMark);
    for (let k = Atomics.add(next, 0, 1); k < req.pieces.length; k = Atomics.add(next, 0, 1)) {
        const agg = new _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_6__/* .OutcomeAggregator */ .yH(req.aggregator);
        const lines = await visitPart(agg, req.file, { buffers, range: req.pieces[k] });
        done.push({ index: k, state: agg.state(), lines });
    }
    return done;
}
function visitPart(agg, file, opts) {
    return (0,_reader_js__WEBPACK_IMPORTED_MODULE_7__/* .forEachLine */ .FF)(file, (bytes, start, end, line) => agg.addBytes(bytes, start, end, line), opts);
}
function threadCount(requested, size) {
    if (requested !== undefined) {
        if (!Number.isInteger(requested) || requested < 1)
            throw new RangeError(`threads must be a whole number of at least 1, not ${requested}`);
        return requested;
    }
    return size >= AUTO_THREADS_FROM_BYTES ? Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)(), MAX_AUTO_THREADS) : 1;
}
/**
 * The bundled worker beside this module (dist/cli/), or undefined when running from source.
 * The path is built at run time on purpose: a `new URL('./x.js', import.meta.url)` literal is
 * an asset reference to the bundler, which would look for x.js beside the TypeScript source.
 */
function workerScript() {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url)), WORKER_FILE);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? file : undefined;
}
function startWorker(script, req, name) {
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_5__.Worker(script, { workerData: req });
    const result = new Promise((resolve, reject) => {
        worker.once('message', (m) => resolve(m));
        worker.once('error', (e) => reject(new Error(`${name} failed: ${e instanceof Error ? e.message : String(e)}`)));
        worker.once('exit', (code) => reject(new Error(`${name} exited (${code}) without a result`)));
    });
    return { result, stop: () => worker.terminate() };
}


/***/ })

};
