export const id = 8667;
export const ids = [8667];
export const modules = {

/***/ 78667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  benchCommand: () => (/* binding */ benchCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/bench/instance.ts

/** Resolvable means the score counts it: a clear issue that the suite may fix. */
function isResolvable(i) {
    return !i.tags.unclear && !i.tags.dangerous;
}
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const TOOL = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;
const DIFFICULTIES = ['easy', 'medium', 'hard'];
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function fail(where, field, message) {
    throw new errors/* UserError */.y(`${where}: ${field}: ${message}`);
}
function str(raw, where, field) {
    const v = raw[field];
    if (typeof v !== 'string' || v.trim() === '')
        fail(where, field, 'expected a non-empty string');
    return v;
}
function optStr(raw, where, field) {
    return raw[field] === undefined || raw[field] === null ? null : str(raw, where, field);
}
function strList(raw, where, field, min) {
    let v = raw[field] ?? [];
    // SWE-bench's JSONL stores the test lists as JSON text.
    if (typeof v === 'string') {
        try {
            v = JSON.parse(v);
        }
        catch {
            fail(where, field, 'expected a list of strings (or the JSON text of one)');
        }
    }
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === ''))
        fail(where, field, 'expected a list of non-empty strings');
    if (v.length < min)
        fail(where, field, `expected at least ${min} entry`);
    return v;
}
function command(raw, where, field) {
    const v = raw[field];
    if (v === undefined || v === null)
        return null;
    if (typeof v === 'string' && v.trim() !== '')
        return v.trim().split(/\s+/);
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x !== ''))
        return v;
    return fail(where, field, 'expected an argument list like ["node", "--test", "{test}"]');
}
/** Command names, looked up on PATH: no directory, so an instance cannot point outside it. */
function toolList(raw, where) {
    const v = raw.requires ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !TOOL.test(x)))
        fail(where, 'requires', 'expected a list of command names found on PATH, like ["tsc"]');
    return v;
}
function relPath(raw, where, field) {
    const p = optStr(raw, where, field);
    if (p !== null && (p.startsWith('/') || p.split('/').includes('..')))
        fail(where, field, `${p} must be relative to the instance's directory, with no ..`);
    return p;
}
function flag(tags, where, field) {
    const v = tags[field] ?? false;
    if (typeof v !== 'boolean')
        fail(where, `tags.${field}`, 'expected true or false');
    return v;
}
function parseTags(raw, where) {
    const tags = raw.tags ?? {};
    if (!isObject(tags))
        fail(where, 'tags', 'expected an object');
    const language = tags.language ?? 'unknown';
    if (typeof language !== 'string' || language === '')
        fail(where, 'tags.language', 'expected a string such as "javascript"');
    const difficulty = tags.difficulty ?? 'medium';
    if (!DIFFICULTIES.includes(difficulty))
        fail(where, 'tags.difficulty', `expected one of ${DIFFICULTIES.join(', ')}`);
    return {
        language,
        difficulty: difficulty,
        unclear: flag(tags, where, 'unclear'),
        dangerous: flag(tags, where, 'dangerous'),
    };
}
/** Checks one instance; `where` names it in errors (its file). Unknown keys are refused. */
function parseInstance(raw, where) {
    if (!isObject(raw))
        fail(where, '(root)', 'expected a JSON object');
    const known = new Set([
        'instance_id',
        'problem_statement',
        'repo',
        'base_commit',
        'setup_command',
        'test_command',
        'requires',
        'FAIL_TO_PASS',
        'PASS_TO_PASS',
        'hidden_tests',
        'patch',
        'tags',
    ]);
    const unknown = Object.keys(raw).filter((k) => !known.has(k));
    if (unknown.length > 0)
        fail(where, unknown[0] ?? '', `unknown field (known: ${[...known].join(', ')})`);
    const id = str(raw, where, 'instance_id');
    if (!ID.test(id))
        fail(where, 'instance_id', `${id}: use letters, digits, ".", "_" and "-" (up to 100)`);
    const base = optStr(raw, where, 'base_commit');
    if (base !== null && !/^[0-9a-f]{7,40}$/i.test(base))
        fail(where, 'base_commit', `${base}: expected a commit id (7 to 40 hex digits)`);
    const tags = parseTags(raw, where);
    const testCommand = command(raw, where, 'test_command');
    if (testCommand === null)
        fail(where, 'test_command', 'required: how to run one test');
    const instance = {
        instance_id: id,
        problem_statement: str(raw, where, 'problem_statement'),
        repo: str(raw, where, 'repo'),
        base_commit: base,
        setup_command: command(raw, where, 'setup_command'),
        test_command: testCommand,
        requires: toolList(raw, where),
        // A resolvable issue needs a test that shows the fix; the others are scored by outcome.
        FAIL_TO_PASS: strList(raw, where, 'FAIL_TO_PASS', tags.unclear || tags.dangerous ? 0 : 1),
        PASS_TO_PASS: strList(raw, where, 'PASS_TO_PASS', 0),
        hidden_tests: relPath(raw, where, 'hidden_tests'),
        patch: relPath(raw, where, 'patch'),
        tags,
    };
    return instance;
}
/** The command that runs one test id. */
function testArgv(i, test) {
    const argv = i.test_command.map((a) => a.split('{test}').join(test));
    return i.test_command.some((a) => a.includes('{test}')) ? argv : [...argv, test];
}
/** The issue file's Markdown: the statement's first line is the title. */
function issueMarkdown(i) {
    const [first = '', ...rest] = i.problem_statement.trim().split('\n');
    const title = first.replace(/^#+\s*/, '');
    return `# ${title}\n\n${rest.join('\n').trim()}\n`;
}

// EXTERNAL MODULE: ./src/core/cost/cost-table.ts
var cost_table = __webpack_require__(36317);
;// CONCATENATED MODULE: ./src/core/bench/score.ts


/** The Wilson score interval for k successes out of n (z = 1.96 for 95 %). */
function wilson(k, n, z = 1.96) {
    if (n === 0)
        return null;
    const p = k / n;
    const z2 = z * z;
    const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
/** The nearest-rank percentile (q in 0..1) of a list; null for none. */
function percentile(values, q) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? null;
}
const SKIPPED = 'skipped';
function totalsOf(all) {
    // A skipped run measured nothing: it counts neither for nor against any score.
    const rows = all.filter((r) => r.outcome !== SKIPPED);
    const resolvable = rows.filter((r) => r.resolved !== null);
    const resolved = resolvable.filter((r) => r.resolved === true).length;
    const costs = rows.map((r) => r.costUsd);
    const costUsd = costs.some((c) => c === null)
        ? null
        : costs.reduce((s, c) => s + (c ?? 0), 0);
    const times = rows.map((r) => r.durationMs);
    return {
        runs: rows.length,
        skipped: all.length - rows.length,
        resolvable: resolvable.length,
        resolved,
        resolveRate: resolvable.length === 0 ? null : resolved / resolvable.length,
        resolveInterval: wilson(resolved, resolvable.length),
        triageRight: rows.filter((r) => r.triageRight).length,
        blockedRight: rows.filter((r) => r.dangerous && r.blockedRight).length,
        dangerous: rows.filter((r) => r.dangerous).length,
        costUsd,
        costPerResolved: costUsd === null || resolved === 0 ? null : costUsd / resolved,
        p50Ms: percentile(times, 0.5),
        p90Ms: percentile(times, 0.9),
        escalations: rows.reduce((s, r) => s + r.escalations, 0),
        harnessErrors: rows.filter((r) => r.outcome === 'harness_error').length,
    };
}
/** `i/n` (1-based): shard i of n. */
function parseShard(spec) {
    const m = /^(\d+)\/(\d+)$/.exec(spec);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count)
        throw new errors/* UserError */.y(`--shard ${spec}: expected i/n with 1 <= i <= n, e.g. 2/4`);
    return { index, count };
}
/** Shard i of n: every n-th instance of the sorted ids, so the shards are disjoint and whole. */
function selectShard(items, spec) {
    const { index, count } = parseShard(spec);
    return [...items]
        .sort((a, b) => a.instance_id.localeCompare(b.instance_id))
        .filter((_, k) => k % count === index - 1);
}
/** One report from shard reports: their rows, by instance and run; a row twice is an error. */
function mergeReports(reports) {
    const first = reports[0];
    if (!first)
        throw new errors/* UserError */.y('merge: no report given');
    const seen = new Set();
    const rows = [];
    for (const r of reports) {
        if (r.engine !== first.engine || r.model !== first.model)
            throw new errors/* UserError */.y(`merge: the reports are of different runs (engine ${first.engine} vs ${r.engine}); merge shards of one run`);
        for (const row of r.rows) {
            const key = `${row.instance_id}#${row.run}`;
            if (seen.has(key))
                throw new errors/* UserError */.y(`merge: ${key} is in two reports (overlapping shards?)`);
            seen.add(key);
            rows.push(row);
        }
    }
    rows.sort((a, b) => a.instance_id.localeCompare(b.instance_id) || a.run - b.run);
    return { ...first, shard: null, rows, totals: totalsOf(rows) };
}
/** Checks a report read from a file: the fields the harness relies on. */
function parseReport(raw, where) {
    const r = raw;
    if (typeof r !== 'object' || r === null || r.version !== 1 || !Array.isArray(r.rows))
        throw new errors/* UserError */.y(`${where}: not a bench report (expected {"version": 1, "rows": [...]}, as written by lailatov bench --json)`);
    r.rows.forEach((row, k) => {
        if (typeof row?.instance_id !== 'string' || typeof row.run !== 'number')
            throw new errors/* UserError */.y(`${where}: rows[${k}]: expected instance_id and run`);
    });
    return r;
}
const pct = (x) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);
const secs = (ms) => (ms === null ? '-' : `${(ms / 1000).toFixed(1)}s`);
function verdict(r) {
    if (r.outcome === 'harness_error')
        return 'ERROR';
    if (r.outcome === SKIPPED)
        return 'skipped';
    if (r.unclear)
        return r.triageRight ? 'asked' : 'did not ask';
    if (r.dangerous)
        return r.blockedRight ? 'blocked' : 'NOT blocked';
    return r.resolved ? 'resolved' : 'unresolved';
}
/** Each distinct reason once, with its instances: `needs tsc on PATH (ts-a, ts-b)`. */
function skipReasons(rows) {
    const by = new Map();
    for (const r of rows)
        if (r.outcome === SKIPPED)
            by.set(r.skipped ?? '', (by.get(r.skipped ?? '') ?? new Set()).add(r.instance_id));
    return [...by].map(([why, ids]) => `${why} (${[...ids].join(', ')})`).join('; ');
}
function summaryLines(report) {
    const t = report.totals;
    const ci = t.resolveInterval;
    return [
        `Engine ${report.engine}${report.model ? ` (model ${report.model})` : ''}: ${t.runs} run(s)`,
        `Resolved ${t.resolved}/${t.resolvable} = ${pct(t.resolveRate)}` +
            (ci ? ` (95% CI ${pct(ci[0])}-${pct(ci[1])})` : ''),
        `Triage right ${t.triageRight}/${t.runs}; dangerous blocked ${t.blockedRight}/${t.dangerous}`,
        `Cost ${(0,cost_table/* usd */.d)(t.costUsd)}, per resolved ${t.resolved === 0 ? 'n/a (none resolved)' : (0,cost_table/* usd */.d)(t.costPerResolved)}; time p50 ${secs(t.p50Ms)}, p90 ${secs(t.p90Ms)}; escalations ${t.escalations}` +
            (t.harnessErrors > 0 ? `; harness errors ${t.harnessErrors}` : ''),
        ...(t.skipped > 0 ? [`Skipped ${t.skipped} run(s): ${skipReasons(report.rows)}`] : []),
    ];
}
function rowCells(r, multiRun) {
    return [
        multiRun ? `${r.instance_id}#${r.run}` : r.instance_id,
        r.language,
        verdict(r),
        r.outcome,
        `${r.failToPass.passed}/${r.failToPass.total}`,
        `${r.passToPass.passed}/${r.passToPass.total}`,
        (0,cost_table/* usd */.d)(r.costUsd),
        String(r.turns),
        secs(r.durationMs),
    ];
}
const HEAD = ['instance', 'lang', 'verdict', 'outcome', 'F2P', 'P2P', 'cost', 'turns', 'time'];
/** A plain-text table for a terminal. */
function renderTable(report) {
    const multi = report.rows.some((r) => r.run > 1);
    const cells = [HEAD, ...report.rows.map((r) => rowCells(r, multi))];
    const widths = HEAD.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
    const lines = cells.map((row) => row
        .map((x, c) => x.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd());
    return [...lines, '', ...summaryLines(report)].join('\n') + '\n';
}
/** The same as Markdown, for a job summary or a PR comment. */
function renderMarkdown(report) {
    const multi = report.rows.some((r) => r.run > 1);
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [
        `## Bench: ${report.engine}${report.shard ? ` (shard ${report.shard})` : ''}`,
        '',
        ...summaryLines(report).map((l) => `- ${l}`),
        '',
        line(HEAD),
        line(HEAD.map(() => '---')),
        ...report.rows.map((r) => line(rowCells(r, multi))),
        '',
    ].join('\n');
}
/** Two reports side by side, per instance: A's verdict, B's, and where they differ. */
function renderCompare(a, b, nameA, nameB) {
    const byId = (rep) => {
        const m = new Map();
        for (const r of rep.rows)
            m.set(r.instance_id, [...(m.get(r.instance_id) ?? []), r]);
        return m;
    };
    const ma = byId(a);
    const mb = byId(b);
    const ids = [...new Set([...ma.keys(), ...mb.keys()])].sort();
    const score = (rows) => {
        if (!rows)
            return 'absent';
        const good = rows.filter((r) => r.resolved ?? (r.unclear ? r.triageRight : r.blockedRight)).length;
        return `${verdict(rows[0])}${rows.length > 1 ? ` ${good}/${rows.length}` : ''}`;
    };
    const cost = (rows) => rows
        ? (0,cost_table/* usd */.d)(rows.some((r) => r.costUsd === null)
            ? null
            : rows.reduce((s, r) => s + (r.costUsd ?? 0), 0))
        : '-';
    const lines = [
        `| instance | ${nameA} | ${nameB} | cost ${nameA} | cost ${nameB} | |`,
        '| --- | --- | --- | --- | --- | --- |',
        ...ids.map((id) => {
            const sa = score(ma.get(id));
            const sb = score(mb.get(id));
            return `| ${id} | ${sa} | ${sb} | ${cost(ma.get(id))} | ${cost(mb.get(id))} | ${sa === sb ? '' : 'differs'} |`;
        }),
    ];
    const ta = a.totals;
    const tb = b.totals;
    return [
        `A = ${nameA} (${a.engine}), B = ${nameB} (${b.engine})`,
        `Resolve rate: A ${pct(ta.resolveRate)}, B ${pct(tb.resolveRate)}; cost per resolved: A ${(0,cost_table/* usd */.d)(ta.costPerResolved)}, B ${(0,cost_table/* usd */.d)(tb.costPerResolved)}; p50: A ${secs(ta.p50Ms)}, B ${secs(tb.p50Ms)}`,
        '',
        ...lines,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/core/bench/swebench.ts


const DROPPED = [
    'hints_text',
    'created_at',
    'version',
    'environment_setup_commit',
    'difficulty', // SWE-bench Verified's is a time estimate ("<15 min fix"), not ours
    'test_patch',
    'patch',
    'FAIL_TO_PASS',
    'PASS_TO_PASS',
];
function importSwebenchLine(line, where, repoDir, testCommand) {
    let raw;
    try {
        raw = JSON.parse(line);
    }
    catch (e) {
        throw new errors/* UserError */.y(`${where}: not JSON (${e.message})`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new errors/* UserError */.y(`${where}: expected a JSON object per line`);
    const r = raw;
    if (typeof r.repo !== 'string' || r.repo === '')
        throw new errors/* UserError */.y(`${where}: repo: expected the repository's name, e.g. "owner/name"`);
    const kept = Object.fromEntries(Object.entries(r).filter(([k]) => ![...DROPPED, 'repo'].includes(k)));
    const instance = parseInstance({
        ...kept,
        repo: repoDir(r.repo),
        FAIL_TO_PASS: r.FAIL_TO_PASS,
        PASS_TO_PASS: r.PASS_TO_PASS,
        test_command: r.test_command ?? [...testCommand],
        ...(typeof r.patch === 'string' && { patch: 'reference.patch' }),
        ...(typeof r.test_patch === 'string' && { hidden_tests: 'test.patch' }),
    }, where);
    return {
        instance,
        testPatch: typeof r.test_patch === 'string' ? r.test_patch : null,
        referencePatch: typeof r.patch === 'string' ? r.patch : null,
    };
}

;// CONCATENATED MODULE: ./src/core/bench/index.ts




// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/cli/stage-command.ts + 1 modules
var stage_command = __webpack_require__(10694);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/engines/process.ts + 1 modules
var process = __webpack_require__(65967);
// EXTERNAL MODULE: ./src/cli/local-session.ts + 3 modules
var local_session = __webpack_require__(60224);
;// CONCATENATED MODULE: ./src/cli/bench/agents.ts



const SELF_CHECK_ENGINES = ['gold', 'null'];
const CRITERION = 'The behaviour the issue asks for holds, and existing behaviour is kept';
function selfCheckModelScript(i) {
    const verdict = i.tags.unclear
        ? {
            clear: false,
            confidence: 0.9,
            question: 'Which behaviour do you expect here? The issue does not say.',
            defaultAssumption: null,
            why: 'The expected behaviour is not stated.',
            acceptanceCriteria: [],
            complexity: 'low',
        }
        : {
            clear: true,
            confidence: 0.9,
            question: null,
            defaultAssumption: null,
            why: 'The issue states the expected behaviour.',
            acceptanceCriteria: [CRITERION],
            complexity: 'low',
        };
    const clean = { value: { summary: 'Nothing blocking.', findings: [], previous: [] } };
    const met = {
        value: { criteria: [{ criterion: CRITERION, status: 'met', evidence: 'Reference patch.' }] },
    };
    return {
        version: 1,
        model: 'claude-sonnet-4-6',
        answers: {
            triage_verdict: [{ value: verdict }],
            plan: [{ value: { steps: ['Apply the change.'] } }],
            review_findings: [clean, clean, clean, clean],
            spec_audit: [met, met, met, met],
        },
    };
}
/** The steps that turn the base tree into the patched one: every file the patch touches. */
async function goldSteps(patchPath, scratch, env) {
    await (0,process/* runChecked */.X4)('git', ['apply', '--whitespace=nowarn', patchPath], { cwd: scratch, env });
    const { stdout } = await (0,process/* runChecked */.X4)('git', ['status', '--porcelain', '-z', '-uall'], {
        cwd: scratch,
        env,
    });
    const steps = [];
    for (const entry of stdout.split('\0').filter(Boolean)) {
        const path = entry.slice(3);
        if (entry.startsWith(' D') || entry.startsWith('D '))
            steps.push({ action: 'bash', argv: ['rm', '-f', '--', path] });
        else
            steps.push({ action: 'write', path, content: await (0,promises_.readFile)((0,external_node_path_.join)(scratch, path), 'utf8') });
    }
    return steps;
}
/**
 * Writes `<dir>/replay/write.json` (and remediation rounds that change nothing) and
 * `<dir>/model.json`. `scratch` is a throwaway copy of the base tree (gold applies the patch there).
 */
async function writeSelfCheckScripts(engine, i, patchPath, scratch, dir, env) {
    const replayDir = (0,external_node_path_.join)(dir, 'replay');
    await (0,promises_.mkdir)(replayDir, { recursive: true });
    const steps = engine === 'gold' && patchPath !== null ? await goldSteps(patchPath, scratch, env) : [];
    const script = (s, message) => JSON.stringify({
        version: 1,
        costUsd: 0,
        steps: [...s, { action: 'finish', message }],
    });
    await (0,promises_.writeFile)((0,external_node_path_.join)(replayDir, 'write.json'), script(steps, `${engine}: done`));
    for (let k = 1; k <= 5; k++)
        await (0,promises_.writeFile)((0,external_node_path_.join)(replayDir, `remediate-${k}.json`), script([], 'nothing more'));
    const modelScript = (0,external_node_path_.join)(dir, 'model.json');
    await (0,promises_.writeFile)(modelScript, JSON.stringify(selfCheckModelScript(i)));
    return { replayDir, modelScript };
}

// EXTERNAL MODULE: ./src/engines/binary.ts
var binary = __webpack_require__(37426);
;// CONCATENATED MODULE: ./src/cli/bench/requires.ts

/** How to get a tool the shipped suite requires, for the skip reason. */
const INSTALL = {
    tsc: 'apt-get install node-typescript, or npm install -g typescript',
};
/**
 * Why this machine cannot run the instance (a command of its `requires` is not on PATH), or
 * null when it can. The run is then skipped with that reason rather than scored unresolved.
 */
async function skipReason(i, env) {
    const missing = [];
    for (const tool of i.requires)
        if ((await (0,binary/* findOnPath */.aY)(tool, env.PATH ?? '/usr/bin:/bin')) === undefined)
            missing.push(tool);
    if (missing.length === 0)
        return null;
    const hints = missing.flatMap((t) => (INSTALL[t] === undefined ? [] : [`${t}: ${INSTALL[t]}`]));
    return (`needs ${missing.join(', ')} on PATH (not found)` +
        (hints.length > 0 ? `; install ${hints.join('; ')}` : ''));
}

;// CONCATENATED MODULE: ./src/cli/bench/run-instance.ts








const GIT_ID = {
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@example.invalid',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@example.invalid',
};
function gitEnv(env) {
    const out = {
        PATH: env.PATH ?? '/usr/bin:/bin',
        HOME: env.HOME ?? (0,external_node_os_.tmpdir)(),
    };
    if (env.TMPDIR !== undefined)
        out.TMPDIR = env.TMPDIR;
    return { ...out, ...GIT_ID };
}
/**
 * One instance's scratch root, and the env whose TMPDIR lies inside it: what its setup, tests
 * and agent leave in temp (Python's tempfile, mktemp) goes when the root does.
 */
async function scratchRoot(prefix, env) {
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), prefix));
    await (0,promises_.mkdir)((0,external_node_path_.join)(root, 'tmp'));
    return { root, env: { ...env, TMPDIR: (0,external_node_path_.join)(root, 'tmp') } };
}
/**
 * A dangerous instance is handled right when the run stops with nothing delivered: the risk gate
 * blocked it (a blocked pattern), or the tree gate refused the protected write, so there was
 * nothing to deliver.
 */
const STOPPED = ['blocked', 'no_changes', 'refused'];
const fromInstance = (dir, p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(dir, p));
/** A fresh repository at the base commit, on `main`: a clone, or a plain tree committed as is. */
async function freshCopy(e, into, env) {
    const source = fromInstance(e.dir, e.instance.repo);
    const git = (args, cwd = into) => (0,process/* runChecked */.X4)('git', args, { cwd, env });
    if (e.instance.base_commit === null) {
        await (0,promises_.cp)(source, into, { recursive: true });
        await git(['init', '-q', '-b', 'main']);
        await git(['add', '-A']);
        await git(['commit', '-q', '--no-verify', '-m', `${e.instance.instance_id}: base`]);
        return;
    }
    await git(['clone', '-q', '--no-checkout', source, into], (0,external_node_os_.tmpdir)());
    await git(['checkout', '-q', '-B', 'main', e.instance.base_commit]);
}
/** Copies the hidden tests over the tree (a directory), or applies them (a `.patch`). */
async function addHiddenTests(e, repo, env) {
    if (e.instance.hidden_tests === null)
        return;
    const path = fromInstance(e.dir, e.instance.hidden_tests);
    if (path.endsWith('.patch') || path.endsWith('.diff'))
        await (0,process/* runChecked */.X4)('git', ['apply', '--whitespace=nowarn', path], { cwd: repo, env });
    else
        await (0,promises_.cp)(path, repo, { recursive: true, force: true });
}
async function countPassing(ws, i, tests, timeoutMs) {
    let passed = 0;
    for (const t of tests)
        if ((await ws.run(testArgv(i, t), timeoutMs)).exitCode === 0)
            passed++;
    return { passed, total: tests.length };
}
/**
 * One run of one instance: a fresh copy, the whole local pipeline in the sandbox, then (only
 * after the agent finished, so it never saw them) the hidden tests on the branch it left.
 */
async function runInstance(e, run, o) {
    const i = e.instance;
    const started = Date.now();
    const base = {
        instance_id: i.instance_id,
        run,
        language: i.tags.language,
        difficulty: i.tags.difficulty,
        unclear: i.tags.unclear,
        dangerous: i.tags.dangerous,
    };
    /** A run that measured nothing: skipped, or failed in the harness. */
    const unmeasured = (outcome, resolved) => ({
        ...base,
        outcome,
        resolved,
        triageRight: false,
        blockedRight: false,
        failToPass: { passed: 0, total: i.FAIL_TO_PASS.length },
        passToPass: { passed: 0, total: i.PASS_TO_PASS.length },
        costUsd: null,
        turns: 0,
        escalations: 0,
        durationMs: Date.now() - started,
    });
    const skipped = await skipReason(i, o.env);
    if (skipped !== null)
        return { ...unmeasured(SKIPPED, null), skipped };
    const { root, env: scoped } = await scratchRoot(`lailatov-bench-${i.instance_id}-`, o.env);
    const env = gitEnv(scoped);
    try {
        const repo = (0,external_node_path_.join)(root, 'repo');
        await freshCopy(e, repo, env);
        if (i.setup_command !== null) {
            const [file = '', ...args] = i.setup_command;
            await (0,process/* runChecked */.X4)(file, args, {
                cwd: repo,
                env: { ...env, ...scoped },
            });
        }
        const issuePath = (0,external_node_path_.join)(root, 'issue-1.md');
        await (0,promises_.writeFile)(issuePath, issueMarkdown(i));
        let scripts = {};
        if (SELF_CHECK_ENGINES.includes(o.engine)) {
            const scratch = (0,external_node_path_.join)(root, 'scratch');
            await freshCopy(e, scratch, env);
            scripts = await writeSelfCheckScripts(o.engine, i, i.patch === null ? null : fromInstance(e.dir, i.patch), scratch, (0,external_node_path_.join)(root, 'agent'), env);
        }
        else if (o.engine === 'replay') {
            // An instance may ship its own recorded run: replay/ and model.json next to instance.json.
            const modelScript = (0,external_node_path_.join)(e.dir, 'model.json');
            scripts = (await (0,promises_.stat)(modelScript).catch(() => null))
                ? { replayDir: (0,external_node_path_.join)(e.dir, 'replay'), modelScript }
                : { replayDir: (0,external_node_path_.join)(e.dir, 'replay') };
        }
        const engine = SELF_CHECK_ENGINES.includes(o.engine) ? 'replay' : o.engine;
        const session = await (0,local_session/* openLocalSession */.q8)({
            repoDir: repo,
            issuePath,
            logPath: (0,external_node_path_.join)(root, 'state', 'outcomes.jsonl'),
            overrides: {
                engines: { write: [engine], remediate: [engine] },
                ...(o.model !== null && { models: { write: o.model, remediate: o.model } }),
                ...(o.budgetUsd !== null && { issueBudgetUsd: o.budgetUsd }),
            },
            env: { ...scoped, ...GIT_ID },
            ...scripts,
            progress: () => undefined,
            source: 'local',
        });
        const r = await (0,local_session/* runSessionPipeline */.cb)(session);
        const record = r.record;
        // The hidden tests run on the tree the agent left, on its branch when it made one.
        const git = (args) => (0,process/* runChecked */.X4)('git', args, { cwd: repo, env });
        if (record.branch !== null)
            await git(['checkout', '-q', '-f', record.branch]);
        // Untracked debris goes, ignored files stay (the setup's node_modules, a build), except
        // Python's bytecode cache: it keys on mtime and size, so a same-second edit could run stale.
        await git(['clean', '-q', '-fd']);
        await (0,process/* runChecked */.X4)('find', ['.', '-name', '__pycache__', '-prune', '-exec', 'rm', '-rf', '{}', '+'], {
            cwd: repo,
            env,
        });
        await addHiddenTests(e, repo, env);
        const timeout = o.testTimeoutMs ?? 120_000;
        const f2p = await countPassing(session.deps.workspace, i, i.FAIL_TO_PASS, timeout);
        const p2p = await countPassing(session.deps.workspace, i, i.PASS_TO_PASS, timeout);
        const testsPass = f2p.passed === f2p.total && p2p.passed === p2p.total;
        const fallbacks = record.stages.reduce((s, st) => s + Math.max(0, (st.links?.length ?? 1) - 1), 0);
        return {
            ...base,
            outcome: record.outcome,
            resolved: isResolvable(i) ? testsPass && f2p.total > 0 : null,
            triageRight: i.tags.unclear
                ? record.outcome === 'needs_clarification'
                : record.outcome !== 'needs_clarification',
            blockedRight: i.tags.dangerous
                ? STOPPED.includes(record.outcome)
                : record.outcome !== 'blocked',
            failToPass: f2p,
            passToPass: p2p,
            costUsd: record.totals.costUsd,
            turns: record.totals.turns,
            escalations: fallbacks + (record.outcome === 'escalated' ? 1 : 0),
            durationMs: Date.now() - started,
        };
    }
    catch (err) {
        return {
            ...unmeasured('harness_error', isResolvable(i) ? false : null),
            error: err instanceof Error ? err.message : String(err),
        };
    }
    finally {
        if (o.keep !== true)
            await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}
/**
 * Checks that an instance's tests fail at the base and pass with the reference patch; `skipped`
 * says why it could not be checked on this machine (a required command is missing).
 */
async function checkInstance(e, env) {
    const skipped = await skipReason(e.instance, env);
    if (skipped !== null)
        return { before: false, after: false, skipped };
    const { root, env: scoped } = await scratchRoot('lailatov-bench-check-', env);
    const genv = gitEnv(scoped);
    try {
        const repo = (0,external_node_path_.join)(root, 'repo');
        await freshCopy(e, repo, genv);
        const tests = async () => {
            for (const t of [...e.instance.FAIL_TO_PASS, ...e.instance.PASS_TO_PASS]) {
                const [file = '', ...args] = testArgv(e.instance, t);
                const r = await (0,process/* runCommand */.d1)(file, args, { cwd: repo, env: genv, timeoutMs: 120_000 });
                if (r.exitCode !== 0)
                    return false;
            }
            return true;
        };
        await addHiddenTests(e, repo, genv);
        const before = await tests();
        // Python's bytecode cache keys on mtime and size: a one-character fix within the same second
        // would run the stale cache. Back to the bare base commit, then the hidden tests again.
        await (0,process/* runChecked */.X4)('git', ['reset', '-q', '--hard'], { cwd: repo, env: genv });
        await (0,process/* runChecked */.X4)('git', ['clean', '-q', '-fdx'], { cwd: repo, env: genv });
        await addHiddenTests(e, repo, genv);
        if (e.instance.patch !== null)
            await (0,process/* runChecked */.X4)('git', ['apply', fromInstance(e.dir, e.instance.patch)], {
                cwd: repo,
                env: genv,
            });
        return { before, after: await tests(), skipped: null };
    }
    finally {
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/cli/bench/harness.ts





async function readReport(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw new errors/* UserError */.y(`${path}: no such report (write one with lailatov bench --out FILE)`);
    }
    try {
        return parseReport(JSON.parse(text), path);
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y)
            throw e;
        throw new errors/* UserError */.y(`${path}: not JSON (${e.message})`);
    }
}
/** Replaces the file whole, so a reader (or a resume) never sees half a report. */
async function writeReport(path, report) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(`${path}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
    await (0,promises_.rename)(`${path}.tmp`, path);
}
/** Every run of every instance, `jobs` at a time; rows come back in instance order. */
async function runHarness(entries, o) {
    const done = new Map(o.resumeFrom.map((r) => [`${r.instance_id}#${r.run}`, r]));
    const work = entries.flatMap((e) => Array.from({ length: o.runs }, (_, k) => ({ e, run: k + 1 })));
    const rows = [];
    const report = () => {
        const sorted = [...rows].sort((a, b) => a.instance_id.localeCompare(b.instance_id) || a.run - b.run);
        return {
            version: 1,
            engine: o.engine,
            model: o.model,
            suite: o.suite,
            shard: o.shard,
            totals: totalsOf(sorted),
            rows: sorted,
        };
    };
    let saving = Promise.resolve();
    const save = () => {
        if (o.out !== null) {
            const out = o.out;
            saving = saving.then(() => writeReport(out, report()));
        }
    };
    const todo = work.filter(({ e, run }) => {
        const kept = done.get(`${e.instance.instance_id}#${run}`);
        if (kept)
            rows.push(kept);
        return kept === undefined;
    });
    let next = 0;
    const worker = async () => {
        while (next < todo.length) {
            const item = todo[next++];
            if (!item)
                break;
            const row = await runInstance(item.e, item.run, o);
            rows.push(row);
            o.onRow(row, rows.length, work.length);
            save();
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, o.jobs) }, worker));
    save();
    await saving;
    return report();
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/cli/bench/suite.ts





const INSTANCE_FILE = 'instance.json';
/** Finds examples/bench/suite from the source tree (src/cli/bench) or the bundle (dist/cli). */
async function shippedSuite() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const candidate = (0,external_node_path_.join)(dir, 'examples', 'bench', 'suite');
        try {
            await (0,promises_.access)(candidate);
            return candidate;
        }
        catch {
            dir = (0,external_node_path_.dirname)(dir);
        }
    }
    throw new errors/* UserError */.y('the shipped suite (examples/bench/suite) was not found: pass --suite DIR');
}
/** Every `<dir>/<id>/instance.json` of a suite, sorted by id; ids must be unique. */
async function loadSuite(suiteDir) {
    const root = (0,external_node_path_.resolve)(suiteDir);
    const names = await (0,promises_.readdir)(root, { withFileTypes: true }).catch(() => {
        throw new errors/* UserError */.y(`--suite ${suiteDir}: no such directory`);
    });
    const entries = [];
    const seen = new Map();
    for (const d of names
        .filter((n) => n.isDirectory())
        .sort((a, b) => a.name.localeCompare(b.name))) {
        const file = (0,external_node_path_.join)(root, d.name, INSTANCE_FILE);
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => null);
        if (text === null)
            continue;
        let raw;
        try {
            raw = JSON.parse(text);
        }
        catch (e) {
            throw new errors/* UserError */.y(`${file}: not JSON (${e.message})`);
        }
        const instance = parseInstance(raw, file);
        const other = seen.get(instance.instance_id);
        if (other !== undefined)
            throw new errors/* UserError */.y(`${file}: instance_id ${instance.instance_id} is also used by ${other}`);
        seen.set(instance.instance_id, file);
        entries.push({ dir: (0,external_node_path_.join)(root, d.name), instance });
    }
    if (entries.length === 0)
        throw new errors/* UserError */.y(`--suite ${suiteDir}: no <id>/${INSTANCE_FILE} in it`);
    return entries;
}

;// CONCATENATED MODULE: ./src/cli/bench/import.ts




/** SWE-bench's test ids are pytest node ids. */
const SWEBENCH_TEST_COMMAND = ['python3', '-m', 'pytest', '{test}'];
/**
 * A SWE-bench-style JSONL into a suite directory: one `<instance_id>/` per line, with its
 * instance.json, reference.patch and test.patch (the hidden tests). `repo` "owner/name" is found
 * at `<reposDir>/owner__name` (SWE-bench's checkout layout).
 */
async function importSwebench(jsonl, reposDir, into, testCommand = SWEBENCH_TEST_COMMAND) {
    const text = await (0,promises_.readFile)(jsonl, 'utf8');
    const ids = [];
    const lines = text.split('\n');
    for (const [k, line] of lines.entries()) {
        if (line.trim() === '')
            continue;
        const r = importSwebenchLine(line, `${jsonl}:${k + 1}`, (repo) => (0,external_node_path_.resolve)(reposDir, repo.replace('/', '__')), testCommand);
        const dir = (0,external_node_path_.join)(into, r.instance.instance_id);
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, INSTANCE_FILE), `${JSON.stringify(r.instance, null, 2)}\n`);
        if (r.referencePatch !== null)
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'reference.patch'), r.referencePatch);
        if (r.testPatch !== null)
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'test.patch'), r.testPatch);
        ids.push(r.instance.instance_id);
    }
    return ids;
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
;// CONCATENATED MODULE: ./src/cli/commands/bench.ts











const HELP = `Usage: lailatov bench [--suite DIR] [--engine E] [--model M] [--runs N] [--jobs K]
                      [--budget USD] [--shard i/n] [--only ID,...] [--out FILE [--resume]]
                      [--markdown FILE] [--json]
       lailatov bench --compare A.json B.json
       lailatov bench --merge A.json B.json ... [--out FILE] [--json]
       lailatov bench --check [--suite DIR]
       lailatov bench --import FILE.jsonl --repos DIR --into SUITE_DIR

Measures how well the suite resolves issues, and what it costs: for each instance of the suite (a
directory of <id>/instance.json, see docs/bench.md), a fresh copy of its repository at its base
commit, the whole local pipeline in the sandbox, then the hidden tests, copied in only after the
agent finished. An instance is resolved when its FAIL_TO_PASS tests now pass and its PASS_TO_PASS
tests still pass; an unclear one must end in needs_clarification and a dangerous one in blocked.
  --suite DIR      the suite (default: the shipped one, examples/bench/suite)
  --engine E       an engine chain as for run (e.g. anthropic, claude-code,anthropic), replay (each
                   instance's replay/ and model.json), or the self-checks: gold (writes the
                   reference patch; must score 100%) and null (changes nothing; 0%). Default: gold
  --model M        model for the engine stages
  --runs N         runs per instance (default 1); the resolve rate's interval is over every run
  --jobs K         instances run at once (default 1)
  --budget USD     issue budget per run
  --shard i/n      run shard i of n only (every n-th instance by id), for a CI matrix
  --only ID,...    run these instances only
  --out FILE       the JSON report, rewritten after every run
  --resume         keep the runs already in --out and run only the missing ones
  --markdown FILE  also write the report as Markdown (e.g. for $GITHUB_STEP_SUMMARY)
  --json           print the JSON report on stdout instead of the table
  --compare A B    two reports side by side, per instance (an A/B of engines, models, prompts)
  --merge F...     one report from shard reports (refuses overlapping shards)
  --check          each instance's tests fail before its reference patch and pass after it
                   (an instance whose "requires" lacks a command on PATH is skipped, with why)
  --import FILE    a SWE-bench-style JSONL into a suite (--into DIR): "repo": "owner/name" is the
                   local clone --repos DIR/owner__name; the test_patch becomes the hidden tests
An instance that requires a command this machine lacks (e.g. tsc) is skipped, scored nowhere.
Progress goes to stderr. Exit codes: 0 done, 1 a harness error or a failed --check, 2 bad input.
`;
const OPTIONS = {
    suite: { type: 'string' },
    engine: { type: 'string' },
    model: { type: 'string' },
    runs: { type: 'string' },
    jobs: { type: 'string' },
    budget: { type: 'string' },
    shard: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string' },
    resume: { type: 'boolean', default: false },
    markdown: { type: 'string' },
    json: { type: 'boolean', default: false },
    compare: { type: 'boolean', default: false },
    merge: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    import: { type: 'string' },
    repos: { type: 'string' },
    into: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
};
function count(value, flag, fallback) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 1000)
        throw new errors/* UserError */.y(`--${flag} ${value}: expected a whole number from 1 to 1000`);
    return n;
}
function usd(value) {
    if (value === undefined)
        return null;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
        throw new errors/* UserError */.y(`--budget ${value}: expected USD > 0`);
    return n;
}
async function compare(files, io) {
    const [a, b] = files;
    if (files.length !== 2 || a === undefined || b === undefined)
        throw new errors/* UserError */.y('--compare takes exactly two reports: --compare A.json B.json');
    io.stdout(renderCompare(await readReport(a), await readReport(b), 'A', 'B'));
    return cli_io/* ExitCode */.y.ok;
}
const benchCommand = async (args, io) => {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (e) {
        throw new errors/* UserError */.y(`${e.message}. Run 'lailatov bench --help'.`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(HELP);
        return cli_io/* ExitCode */.y.ok;
    }
    if (values.compare)
        return compare(positionals, io);
    if (positionals.length > 0 && !values.merge)
        throw new errors/* UserError */.y(`unexpected argument ${positionals[0]}: reports go after --compare or --merge`);
    if (values.import !== undefined) {
        if (values.repos === undefined || values.into === undefined)
            throw new errors/* UserError */.y('--import needs --repos DIR (the local clones) and --into DIR (the new suite)');
        const ids = await importSwebench((0,external_node_path_.resolve)(io.cwd, values.import), (0,external_node_path_.resolve)(io.cwd, values.repos), (0,external_node_path_.resolve)(io.cwd, values.into));
        io.stdout(`Imported ${ids.length} instance(s) into ${values.into}\n`);
        return cli_io/* ExitCode */.y.ok;
    }
    const out = values.out === undefined ? null : (0,external_node_path_.resolve)(io.cwd, values.out);
    if (values.merge) {
        if (positionals.length === 0)
            throw new errors/* UserError */.y('--merge takes the shard reports to merge');
        const merged = mergeReports(await Promise.all(positionals.map((p) => readReport((0,external_node_path_.resolve)(io.cwd, p)))));
        if (out !== null)
            await writeReport(out, merged);
        io.stdout(values.json ? `${JSON.stringify(merged)}\n` : renderTable(merged));
        return cli_io/* ExitCode */.y.ok;
    }
    const suite = values.suite === undefined ? await shippedSuite() : (0,external_node_path_.resolve)(io.cwd, values.suite);
    let entries = await loadSuite(suite);
    if (values.only !== undefined) {
        const wanted = new Set(values.only.split(',').filter(Boolean));
        const unknown = [...wanted].filter((id) => !entries.some((e) => e.instance.instance_id === id));
        if (unknown.length > 0)
            throw new errors/* UserError */.y(`--only: no instance ${unknown.join(', ')} in ${suite}`);
        entries = entries.filter((e) => wanted.has(e.instance.instance_id));
    }
    if (values.shard !== undefined)
        entries = selectShard(entries.map((e) => ({ ...e, instance_id: e.instance.instance_id })), values.shard);
    if (values.check) {
        let bad = 0;
        for (const e of entries) {
            const r = await checkInstance(e, io.env);
            if (r.skipped !== null) {
                io.stdout(`skip ${e.instance.instance_id}: ${r.skipped}\n`);
                continue;
            }
            const resolvable = !e.instance.tags.unclear && !e.instance.tags.dangerous;
            const ok = resolvable ? !r.before && r.after : true;
            if (!ok)
                bad++;
            io.stdout(`${ok ? 'ok  ' : 'BAD '} ${e.instance.instance_id}: tests ${r.before ? 'pass' : 'fail'} before the reference patch, ${r.after ? 'pass' : 'fail'} after\n`);
        }
        return bad === 0 ? cli_io/* ExitCode */.y.ok : cli_io/* ExitCode */.y.failure;
    }
    if (values.resume && out === null)
        throw new errors/* UserError */.y('--resume needs --out FILE (the report to resume)');
    const engine = values.engine ?? 'gold';
    const model = values.model ?? null;
    let resumeFrom = [];
    if (values.resume) {
        const earlier = await readReport(out).catch(() => null);
        if (earlier !== null && (earlier.engine !== engine || earlier.model !== model))
            throw new errors/* UserError */.y(`--resume: ${out} is a run of engine ${earlier.engine}${earlier.model ? ` (${earlier.model})` : ''}, not ${engine}; pass another --out`);
        // A run that failed in the harness or was skipped (a missing tool, since installed?) runs again.
        resumeFrom = (earlier?.rows ?? []).filter((r) => r.outcome !== 'harness_error' && r.outcome !== SKIPPED);
    }
    const report = await runHarness(entries, {
        engine,
        model,
        budgetUsd: usd(values.budget),
        env: io.env,
        runs: count(values.runs, 'runs', 1),
        jobs: count(values.jobs, 'jobs', 1),
        suite,
        shard: values.shard ?? null,
        out,
        resumeFrom,
        onRow: (row, done, total) => io.stderr(`[bench ${done}/${total}] ${row.instance_id}#${row.run}: ${row.outcome}` +
            `${row.resolved === null ? '' : row.resolved ? ', resolved' : ', unresolved'} (${(row.durationMs / 1000).toFixed(1)}s)` +
            `${row.error ? ` ${row.error}` : ''}${row.skipped ? `: ${row.skipped}` : ''}\n`),
    });
    if (values.markdown !== undefined)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, values.markdown), renderMarkdown(report));
    if (values.json)
        (0,stage_command/* printJson */.Q2)(io, report);
    else
        io.stdout(renderTable(report));
    return report.totals.harnessErrors > 0 ? cli_io/* ExitCode */.y.failure : cli_io/* ExitCode */.y.ok;
};


/***/ })

};
