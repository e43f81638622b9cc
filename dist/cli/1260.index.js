export const id = 1260;
export const ids = [1260];
export const modules = {

/***/ 91260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   outcomesCommand: () => (/* binding */ outcomesCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _outcomes_summarize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11760);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71604);





const USAGE = `Usage: lailatov outcomes summary PATH... [--json] [--threads N]

Aggregates an outcome log (JSONL): counts by outcome, risk tier, engine and model, cost totals
and percentiles, tokens and turns. Corrupt lines are skipped and listed on stderr. A PATH is a
log file or a folder: a checkout of the data branch (git worktree add DIR lailatov-data) reads
every .jsonl below it, the old data/agent-outcomes.jsonl and the monthly data/outcomes/ shards.
  --json         print one JSON object instead of tables
  --threads N    read with N threads (default: one per core, up to 4, for logs of 64 MiB or more)
Exit: 0 when the file was read (even with corrupt lines), 2 when it is unreadable, binary or
args are bad.
`;
function usd(v) {
    return v === null ? 'n/a' : `$${v.toFixed(v < 1 ? 4 : 2)}`;
}
function table(title, counts) {
    const rows = Object.entries(counts);
    if (rows.length === 0)
        return `${title}: none\n`;
    const w = Math.max(...rows.map(([k]) => k.length));
    return `${title}:\n${rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join('\n')}\n`;
}
function render(file, s) {
    const c = s.cost;
    const t = s.tokens;
    return [
        `Outcome log ${file}: ${s.records} record(s), ${s.corrupt.count} corrupt line(s), ${s.blankLines} blank line(s)\n`,
        s.firstTimestamp ? `From ${s.firstTimestamp} to ${s.lastTimestamp}\n` : '',
        table('By schema version', s.bySchemaVersion),
        table('By outcome', s.byOutcome),
        Object.keys(s.byOriginalOutcome).length
            ? table('Predecessor outcomes (v0, as written)', s.byOriginalOutcome)
            : '',
        table('By risk tier', s.byRiskTier),
        table('Stage runs by engine', s.byEngine),
        table('Stage runs by model', s.byModel),
        `Cost: ${usd(c.knownUsd)} known, ${c.unknownRecords} record(s) with unknown cost\n`,
        `  per record: p50 ${usd(c.p50)}  p90 ${usd(c.p90)}  p99 ${usd(c.p99)}  max ${usd(c.max)} (within ${(c.relativeAccuracy * 100).toFixed(1)}%)\n`,
        `Tokens: input ${t.input}, output ${t.output}, cache read ${t.cacheRead}, cache write ${t.cacheWrite}\n`,
        `Turns: ${s.turns}; agent time: ${(s.durationMs / 3_600_000).toFixed(2)} h\n`,
    ].join('');
}
/** A NUL byte in the first 8 KiB marks a binary file: JSON text never holds one. */
async function firstBinary(files) {
    for (const f of files) {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(f, 'r');
        try {
            const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
            if (buffer.subarray(0, bytesRead).includes(0))
                return f;
        }
        finally {
            await handle.close();
        }
    }
    return null;
}
const outcomesCommand = async (args, io) => {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                json: { type: 'boolean', default: false },
                threads: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (e) {
        io.stderr(`lailatov outcomes: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.badInput;
    }
    if (parsed.values.help) {
        io.stdout(USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.ok;
    }
    const [sub, ...targets] = parsed.positionals;
    if (sub !== 'summary' || targets.length === 0) {
        io.stderr(`lailatov outcomes: ${sub !== 'summary' ? `unknown subcommand '${sub ?? ''}'` : 'missing PATH'}\n\n${USAGE}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.badInput;
    }
    const file = targets.join(' ');
    const threadsArg = parsed.values.threads;
    const threads = threadsArg === undefined ? undefined : Number(threadsArg);
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) {
        io.stderr(`lailatov outcomes: --threads must be a whole number from 1 to 64, not '${threadsArg}'\n\n${USAGE}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.badInput;
    }
    const resolve = (t) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, t);
    // Files found in a folder are named from the folder as the user gave it.
    const shown = (f) => {
        const t = targets.find((x) => f === resolve(x) || f.startsWith(`${resolve(x)}/`));
        return t === undefined || f === resolve(t)
            ? (t ?? f)
            : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(t, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(resolve(t), f));
    };
    let summary;
    let corrupt;
    try {
        const files = (await Promise.all(targets.map((t) => (0,_outcomes_summarize_js__WEBPACK_IMPORTED_MODULE_3__/* .outcomeLogFiles */ .eh)(resolve(t))))).flat();
        if (files.length === 0) {
            io.stderr(`lailatov outcomes: no .jsonl file under ${file}. Point it at a checkout of the data branch (git worktree add DIR lailatov-data) or at a log file.\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.badInput;
        }
        const binary = await firstBinary(files);
        if (binary !== null) {
            io.stderr(`lailatov outcomes: ${shown(binary)} is a binary file, not an outcome log (JSON lines). Check the path.\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.badInput;
        }
        ({ summary, corrupt } = await (0,_outcomes_summarize_js__WEBPACK_IMPORTED_MODULE_3__/* .summarizeOutcomeLogs */ .PX)(files, { threads }));
    }
    catch (e) {
        const code = e.code;
        io.stderr(code === undefined
            ? `lailatov outcomes: could not summarize ${file}: ${e instanceof Error ? e.message : String(e)}\n`
            : `lailatov outcomes: cannot read ${file}: ${code}. Check the path (the log is on the data branch lailatov-data: data/outcomes/*.jsonl, and data/agent-outcomes.jsonl before the monthly shards).\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.badInput;
    }
    for (const part of corrupt)
        for (const c of part.lines)
            io.stderr(`${shown(part.file)}:${c.line}: skipped corrupt line: ${c.reason}\n`);
    const listed = corrupt.reduce((n, part) => n + part.lines.length, 0);
    const unlisted = summary.corrupt.count - listed;
    if (unlisted > 0)
        io.stderr(`${file}: ... and ${unlisted} more corrupt line(s)\n`);
    io.stdout(parsed.values.json ? `${JSON.stringify(summary)}\n` : render(file, summary));
    return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.ok;
};


/***/ })

};
