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
