export const id = 3464;
export const ids = [3464];
export const modules = {

/***/ 23464:
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
// EXTERNAL MODULE: ./src/core/markdown-table.ts
var markdown_table = __webpack_require__(24319);
;// CONCATENATED MODULE: ./src/core/slack-text.ts
// Slack mrkdwn escapes (api.slack.com/reference/surfaces/formatting): `&`, `<` and `>` are its
// control characters (links, and mentions such as `<!channel>` or `<@U123>`), so untrusted text
// escaped here shows literally and cannot ping anyone.
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

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
        ...rows.map((r) => (0,markdown_table/* tableRow */.j)([
            (0,markdown_table/* codeSpan */.S)(r.name),
            r.units,
            r.ready,
            rate(r.successRate),
            r.stages,
            `${usd(r.costUsd)}${r.unknownCostStages > 0 ? ` (+${r.unknownCostStages} unknown)` : ''}`,
            usd(r.costPerUnitUsd),
        ])),
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
        out.push('### Outcomes', '', '```mermaid', 'pie showData title Issues by final outcome', ...outcomes.map(([k, n]) => `    ${mq(k)} : ${n}`), '```', '', '| outcome | issues | runs |', '|---|---:|---:|', ...outcomes.map(([k, n]) => (0,markdown_table/* tableRow */.j)([k, n, a.byOutcome[k] ?? 0])), '');
    }
    if (a.weeks.length > 1) {
        out.push('### By week', '', '```mermaid', 'xychart-beta', '    title "Runs and cost by week"', `    x-axis [${a.weeks.map((w) => mq(w.start.slice(5))).join(', ')}]`, `    y-axis "Runs"`, `    bar [${a.weeks.map((w) => w.records).join(', ')}]`, '```', '');
    }
    if (a.tiers.length > 0) {
        out.push('### By risk tier', '', '| tier | issues | ready | escalated | resolve rate |', '|---|---:|---:|---:|---:|', ...a.tiers.map((t) => (0,markdown_table/* tableRow */.j)([t.tier, t.units, t.ready, t.escalated, rate(t.resolveRate)])), '');
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
        out.push('### Top findings', '', '| rule | severity | PRs | findings | open |', '|---|---|---:|---:|---:|', ...a.topFindings.map((f) => (0,markdown_table/* tableRow */.j)([(0,markdown_table/* codeSpan */.S)(f.rule), f.severity, f.units, f.count, f.open])), '');
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
function engineLines(rows) {
    return rows
        .slice(0, 10)
        .map((r) => `• \`${escapeMrkdwn(r.name)}\`: ${r.ready}/${r.units} ready (${rate(r.successRate)}), ${usd(r.costPerUnitUsd)} per issue`)
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
        blocks.push(section(`*Outcomes*\n${outcomes.map(([k, n]) => `• ${escapeMrkdwn(k)}: ${n}`).join('\n')}`));
    if (a.escalations.length > 0) {
        const lines = a.escalations.slice(0, MAX_ESCALATIONS).map((e) => {
            const label = e.pr !== null ? `PR #${e.pr}` : e.issue !== null ? `#${e.issue}` : e.key;
            return `• ${e.url === null ? escapeMrkdwn(label) : `<${e.url}|${escapeMrkdwn(label)}>`}: ${e.outcome}`;
        });
        if (a.escalations.length > MAX_ESCALATIONS)
            lines.push(`• and ${a.escalations.length - MAX_ESCALATIONS} more`);
        blocks.push(section(`*Escalations*\n${lines.join('\n')}`));
    }
    if (a.topFindings.length > 0)
        blocks.push(section(`*Top findings*\n${a.topFindings.map((f) => `• \`${escapeMrkdwn(f.rule)}\` (${f.severity}): ${f.units} PRs`).join('\n')}`));
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

// EXTERNAL MODULE: ./src/cli/github-client.ts
var github_client = __webpack_require__(52283);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/outcome-args.ts
var outcome_args = __webpack_require__(16438);
// EXTERNAL MODULE: ./src/cli/outcome-sources.ts + 2 modules
var outcome_sources = __webpack_require__(98116);
;// CONCATENATED MODULE: ./src/cli/commands/report.ts







const POST_TARGETS = ['issue', 'discussion'];
const HELP = `Usage: lailatov report [--log PATH | --repo OWNER/NAME | --owner NAME]...
                       [--period 7d|4w|all | --since DATE [--until DATE]]
                       [--format markdown|slack|json] [--json]
                       [--post issue | --post discussion --category NAME] [--post-to OWNER/NAME]

A digest of the outcome log for a period (default: the last 7 days): issues handled, outcomes by
terminal state, resolve rate, cost per PR (p50, p90), time to ready, escalations with links, top
findings, engines and models side by side.
${outcome_sources/* SOURCE_USAGE */.gd}
                    (with none of --log, --repo, --owner: ${outcome_args/* DEFAULT_LOCAL_LOG */.zQ})
  --format F        markdown (with Mermaid charts; for a job summary or an issue), slack (a Block
                    Kit payload for an incoming webhook) or json (default markdown)
  --json            the same as --format json
  --server-url U    for links (default GITHUB_SERVER_URL, else https://github.com)
  --post WHERE      also post the Markdown digest to GitHub: issue (labelled lailatov-digest;
                    needs issues: write) or discussion (needs discussions: write). One post per
                    period: a second run for the same period updates it, never duplicates it
  --category NAME   the discussion category (name or slug), with --post discussion
  --post-to R       the repository to post to (default GITHUB_REPOSITORY, else the one --repo)
LAILATOV_NOW pins "now" (ISO time). Corrupt lines are skipped and named on stderr.
`;
const reportCommand = async (args, io) => {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                ...outcome_sources/* SOURCE_OPTIONS */.xK,
                period: { type: 'string' },
                since: { type: 'string' },
                until: { type: 'string' },
                format: { type: 'string' },
                json: { type: 'boolean', default: false },
                'server-url': { type: 'string' },
                post: { type: 'string' },
                category: { type: 'string' },
                'post-to': { type: 'string' },
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
    const post = postTarget(values, format, io);
    const period = (0,outcome_args/* parsePeriod */.DB)(values, (0,outcome_args/* cliNow */.ry)(io.env), 7);
    const options = {
        period,
        serverUrl: values['server-url'] ?? io.env.GITHUB_SERVER_URL ?? undefined,
    };
    const named = [values.log, values.repo, values.owner].some((x) => (x?.length ?? 0) > 0);
    const sources = named ? values : { ...values, log: [outcome_args/* DEFAULT_LOCAL_LOG */.zQ] };
    const read = await (0,outcome_sources/* readSourcesFromArgs */.oV)(sources, io, 'report', { kind: 'analytics', options });
    if (read === undefined)
        return cli_io/* ExitCode */.y.badInput;
    const a = read.accumulator.result();
    if (format === 'json')
        io.stdout(`${JSON.stringify(digestJson(a))}\n`);
    else if (format === 'slack')
        io.stdout(`${JSON.stringify(renderDigestSlack(a))}\n`);
    else {
        // --post implies markdown (postTarget): the post is the very text printed.
        const markdown = renderDigestMarkdown(a);
        io.stdout(markdown);
        if (post !== undefined)
            await postDigest(post, periodLabel(a), markdown, io);
    }
    return cli_io/* ExitCode */.y.ok;
};
/** Checks the posting flags before anything is read. */
function postTarget(v, format, io) {
    if (v.post === undefined) {
        if (v.category !== undefined || v['post-to'] !== undefined)
            throw new errors/* UserError */.y('--category and --post-to go with --post. Fix: add --post issue|discussion.');
        return undefined;
    }
    const where = v.post;
    if (!POST_TARGETS.includes(where))
        throw new errors/* UserError */.y(`--post must be issue or discussion, got ${JSON.stringify(v.post)}.`);
    if (format !== 'markdown')
        throw new errors/* UserError */.y(`--post posts the Markdown digest. Fix: drop --format ${format} (or --json).`);
    if (where === 'discussion' && (v.category ?? '').trim() === '')
        throw new errors/* UserError */.y('--post discussion needs --category NAME (e.g. --category Announcements): the discussion category to post in.');
    if (where === 'issue' && v.category !== undefined)
        throw new errors/* UserError */.y('--category is for --post discussion. Fix: drop it, or post a discussion.');
    const repo = v['post-to'] ?? io.env.GITHUB_REPOSITORY ?? (v.repo?.length === 1 ? v.repo[0] : undefined);
    if (repo === undefined || repo === '')
        throw new errors/* UserError */.y('--post needs a repository to post to. Fix: pass --post-to OWNER/NAME (on GitHub Actions, GITHUB_REPOSITORY is used).');
    return { where, repo, category: v.category };
}
async function postDigest(t, key, body, io) {
    const { parseRepo } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 57091));
    const { postDigestDiscussion, postDigestIssue } = await __webpack_require__.e(/* import() */ 6298).then(__webpack_require__.bind(__webpack_require__, 96298));
    const repo = parseRepo(t.repo, '--post-to');
    const octokit = await (0,github_client/* cliGitHubClient */.v)(io, 'report', {
        flags: '--post writes the digest',
        may: t.where === 'issue' ? 'write issues' : 'write discussions',
    });
    const post = { repo, key, title: `LailaTov digest: ${key}`, body };
    const done = t.where === 'issue'
        ? await postDigestIssue(octokit, post)
        : await postDigestDiscussion(octokit, { ...post, category: t.category ?? '' });
    io.stderr(`lailatov report: ${done.action} ${t.where} #${done.number}: ${done.url}\n`);
}


/***/ }),

/***/ 24319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ codeSpan),
/* harmony export */   j: () => (/* binding */ tableRow)
/* harmony export */ });
// Markdown table cells that hold whatever a log or a config says: a `|` or a newline in a name
// must not split the row, nor a backtick end its code span.
/** One table row; each cell on one line, its pipes escaped (GFM reads `\|` as a literal pipe). */
function tableRow(cells) {
    return `| ${cells.map((c) => String(c).replace(/\s+/g, ' ').replace(/\|/g, '\\|')).join(' | ')} |`;
}
/**
 * `text` as an inline code span that no backtick inside it can end: the fence is one backtick
 * longer than the longest run in the text, padded with a space where the text starts or ends
 * with one (CommonMark strips one space on each side).
 */
function codeSpan(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}


/***/ })

};
