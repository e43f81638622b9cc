export const id = 867;
export const ids = [867];
export const modules = {

/***/ 8867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  outcomesCommand: () => (/* binding */ outcomesCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/outcomes/index.ts + 6 modules
var outcomes = __webpack_require__(5460);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/outcomes/reader.ts




/**
 * Yields the lines of a file with their 1-based numbers. Handles a last line without a line
 * break; `\r` before `\n` is left for the parser, which trims it. Decoding goes through a
 * StringDecoder so a UTF-8 character split across two chunks is not mangled.
 */
async function* chunkedLines(file, highWaterMark = 1 << 20) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let carry = '';
    let lineNo = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark })) {
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
    const rl = (0,external_node_readline_.createInterface)({
        input: (0,external_node_fs_.createReadStream)(file, { highWaterMark }),
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
        yield (0,outcomes/* parseOutcomeLine */.eR)(text, n);
}

;// CONCATENATED MODULE: ./src/outcomes/summarize.ts


/** Reads a whole log once, streaming, into a summary. Memory stays flat with file size. */
async function summarizeOutcomeLog(file, opts = {}) {
    const agg = new outcomes/* OutcomeAggregator */.yH(opts);
    for await (const line of readOutcomeLog(file, opts))
        agg.addLine(line);
    return agg.summary();
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(9849);
;// CONCATENATED MODULE: ./src/cli/commands/outcomes.ts



const USAGE = `Usage: lailatov outcomes summary FILE [--json]

Aggregates an outcome log (JSONL): counts by outcome, risk tier, engine and model, cost totals
and percentiles, tokens and turns. Corrupt lines are skipped and listed on stderr.
  --json   print one JSON object instead of tables
Exit: 0 when the file was read (even with corrupt lines), 2 when it is unreadable or args are bad.
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
const outcomesCommand = async (args, io) => {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
        });
    }
    catch (e) {
        io.stderr(`lailatov outcomes: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
        return cli_io/* ExitCode */.y.badInput;
    }
    if (parsed.values.help) {
        io.stdout(USAGE);
        return cli_io/* ExitCode */.y.ok;
    }
    const [sub, file, ...extra] = parsed.positionals;
    if (sub !== 'summary' || file === undefined || extra.length > 0) {
        io.stderr(`lailatov outcomes: ${sub !== 'summary' ? `unknown subcommand '${sub ?? ''}'` : file === undefined ? 'missing FILE' : `unexpected argument '${extra[0]}'`}\n\n${USAGE}`);
        return cli_io/* ExitCode */.y.badInput;
    }
    const path = io.cwd && !file.startsWith('/') ? `${io.cwd}/${file}` : file;
    let summary;
    try {
        summary = await summarizeOutcomeLog(path);
    }
    catch (e) {
        const code = e.code;
        io.stderr(`lailatov outcomes: cannot read ${file}: ${code ?? (e instanceof Error ? e.message : String(e))}. Check the path (the log is data/agent-outcomes.jsonl on the data branch).\n`);
        return cli_io/* ExitCode */.y.badInput;
    }
    for (const c of summary.corrupt.lines)
        io.stderr(`${file}:${c.line}: skipped corrupt line: ${c.reason}\n`);
    const unlisted = summary.corrupt.count - summary.corrupt.lines.length;
    if (unlisted > 0)
        io.stderr(`${file}: ... and ${unlisted} more corrupt line(s)\n`);
    io.stdout(parsed.values.json ? `${JSON.stringify(summary)}\n` : render(file, summary));
    return cli_io/* ExitCode */.y.ok;
};


/***/ })

};
