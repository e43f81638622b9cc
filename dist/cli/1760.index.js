export const id = 1760;
export const ids = [1760];
export const modules = {

/***/ 30641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nm: () => (/* binding */ viewId),
/* harmony export */   OG: () => (/* binding */ issueCostByWeek),
/* harmony export */   bC: () => (/* binding */ DashboardAccumulator),
/* harmony export */   ut: () => (/* binding */ DASHBOARD_PERIODS)
/* harmony export */ });
/* harmony import */ var _outcomes_analytics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40237);
// What the dashboard shows, as data: the shared analytics (analytics.ts) of every view the
// page offers, one per period and repository (and all repositories). The page's filters only
// switch between these views, so every figure on it is one the analytics computed.

/** The period filter's choices, widest first (the page opens on the first). */
const DASHBOARD_PERIODS = [
    { id: 'all', label: 'All time', days: null },
    { id: '52w', label: 'Last 52 weeks', days: 364 },
    { id: '13w', label: 'Last 13 weeks', days: 91 },
    { id: '4w', label: 'Last 4 weeks', days: 28 },
];
function periodOf(p, now) {
    return p.days === null ? { from: null, to: null } : (0,_outcomes_analytics_js__WEBPACK_IMPORTED_MODULE_0__/* .lastDays */ .GJ)(now, p.days);
}
/**
 * Streaming: `add` each view of the log, then `result()`. A record is counted once, in the
 * views of every period of its own repository; the views of all repositories are those merged
 * at the end (a unit belongs to one repository, so the parts share no unit). Memory grows with
 * the units (issues) of each view, not with the records.
 */
class DashboardAccumulator {
    now;
    ceilings;
    serverUrl;
    /** Records without a repository (old v0 lines): in the all-repositories views only. */
    unowned;
    byRepo = new Map();
    constructor(opts) {
        this.now = opts.now;
        this.ceilings = opts.ceilings;
        this.serverUrl = opts.serverUrl;
        this.unowned = this.accumulators([]);
    }
    accumulators(repos) {
        return DASHBOARD_PERIODS.map((p) => new _outcomes_analytics_js__WEBPACK_IMPORTED_MODULE_0__/* .AnalyticsAccumulator */ .pV({
            period: periodOf(p, this.now),
            repos,
            serverUrl: this.serverUrl,
            topFindings: 0,
        }));
    }
    add(view) {
        const v = (0,_outcomes_analytics_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareView */ .xK)(view); // once, for every accumulator below
        const repo = view.repo;
        let mine = repo === null ? this.unowned : this.byRepo.get(repo);
        if (mine === undefined)
            this.byRepo.set(repo, (mine = this.accumulators([repo])));
        // Periods are nested, widest first: a run outside one is outside the narrower ones (their
        // `skipped` counts are not kept, and the page does not show them).
        for (const acc of mine)
            if (!acc.addPrepared(v))
                break;
    }
    /** The counts so far as plain data, for `merge` (on another thread: by structured clone). */
    state() {
        return {
            unowned: this.unowned.map((a) => a.state()),
            byRepo: [...this.byRepo].map(([repo, accs]) => [repo, accs.map((a) => a.state())]),
        };
    }
    /** Adds the counts of the records that come right after the ones added here. */
    merge(part) {
        part.unowned.forEach((s, k) => this.unowned[k]?.merge(s));
        for (const [repo, states] of part.byRepo) {
            let mine = this.byRepo.get(repo);
            if (mine === undefined)
                this.byRepo.set(repo, (mine = this.accumulators([repo])));
            states.forEach((s, k) => mine[k]?.merge(s));
        }
    }
    result() {
        const repos = [...this.byRepo.keys()].sort();
        const views = [];
        const push = (repo, accs) => DASHBOARD_PERIODS.forEach((period, k) => views.push({ period, repo, analytics: accs[k].result() }));
        // All repositories: what had none, then each repository's counts, merged per period.
        const all = this.accumulators([]);
        all.forEach((acc, k) => {
            acc.merge(this.unowned[k].state());
            for (const accs of this.byRepo.values())
                acc.merge(accs[k].state());
        });
        push(null, all);
        for (const repo of repos)
            push(repo, this.byRepo.get(repo));
        return { generatedAt: this.now.toISOString(), ceilings: this.ceilings, repos, views };
    }
}
/** The DOM id of a view: `v-<period>-<repo index, or "all">`. */
function viewId(model, view) {
    return `v-${view.period.id}-${view.repo === null ? 'all' : model.repos.indexOf(view.repo)}`;
}
/**
 * Cost per issue by week, read off the analytics' rows: each issue (unit) counts once, in the
 * week of its latest run, at its whole ledger's cost (what the per-issue ceiling caps). One
 * entry per week of `weeks` (the view's weeks with runs), null where no issue ended.
 */
function issueCostByWeek(weeks, rows) {
    const costs = new Map();
    for (const r of rows) {
        if (r.costUsd === null || r.lastTimestamp === null)
            continue;
        const w = (0,_outcomes_analytics_js__WEBPACK_IMPORTED_MODULE_0__/* .weekStart */ .vW)(r.lastTimestamp);
        if (w === null)
            continue;
        let list = costs.get(w);
        if (list === undefined)
            costs.set(w, (list = []));
        list.push(r.costUsd);
    }
    return weeks.map((week) => {
        const p = (0,_outcomes_analytics_js__WEBPACK_IMPORTED_MODULE_0__/* .percentiles */ .FX)(costs.get(week) ?? []);
        return { week, median: p.p50, max: p.max };
    });
}


/***/ }),

/***/ 34165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wx: () => (/* binding */ linesInto),
/* harmony export */   _4: () => (/* binding */ accumulatorFor),
/* harmony export */   _V: () => (/* binding */ reducerFor)
/* harmony export */ });
/* unused harmony exports ViewLines, PlainSummary */
/* harmony import */ var _core_dashboard_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30641);
/* harmony import */ var _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93970);
// What a thread does with each line of a piece of the log, named by a spec that crosses threads
// as data: the summary's counts (`outcomes summary`), the analytics (`report`) or the
// dashboard's views (`dashboard`). Every reducer's state merges, in file order, into what one
// pass over the whole log gives.


const MAX_LISTED = 100;
/**
 * Parses every line (JSON.parse, then the record validator) and hands its view to an
 * accumulator; corrupt lines are counted, the first 100 listed by line number, never fatal.
 */
class ViewLines {
    acc;
    scanner;
    decoder = new TextDecoder();
    corruptCount = 0;
    corrupt = [];
    /**
     * `scanner`: the summary's fast scanner first (the full parse when it declines), for an
     * accumulator that needs no findings: its views carry no record, and are refilled for the
     * next line (the analytics keep nothing of a view).
     */
    constructor(acc, scanner) {
        this.acc = acc;
        this.scanner = scanner;
    }
    addBytes(bytes, start, end, line) {
        const fast = this.scanner?.scan(bytes, start, end);
        if (fast !== undefined) {
            this.acc.add(fast);
            return;
        }
        const p = (0,_core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOutcomeLine */ .eR)(this.decoder.decode(bytes.subarray(start, end)), line);
        if (p.kind === 'record')
            this.acc.add(p.view);
        else if (p.kind === 'corrupt')
            this.addCorrupt({ line, reason: p.reason });
    }
    addCorrupt(c) {
        this.corruptCount++;
        if (this.corrupt.length < MAX_LISTED)
            this.corrupt.push(c);
    }
    state() {
        return { acc: this.acc.state(), corruptCount: this.corruptCount, corruptLines: this.corrupt };
    }
    merge(part, lineOffset) {
        this.acc.merge(part.acc);
        this.corruptCount += part.corruptCount - part.corruptLines.length;
        for (const c of part.corruptLines)
            this.addCorrupt({ ...c, line: c.line + lineOffset });
    }
}
/** The summary through the plain path: every line parsed as `readOutcomeLog` parses it. */
class PlainSummary extends _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .OutcomeAggregator */ .yH {
    text = new TextDecoder();
    addBytes(bytes, start, end, line) {
        this.addLine((0,_core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOutcomeLine */ .eR)(this.text.decode(bytes.subarray(start, end)), line));
    }
}
/** A fresh accumulator for a view spec. */
function accumulatorFor(spec) {
    const s = spec;
    const acc = s.kind === 'analytics'
        ? new _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .AnalyticsAccumulator */ .pV(s.options)
        : new _core_dashboard_model_js__WEBPACK_IMPORTED_MODULE_0__/* .DashboardAccumulator */ .bC(s.options);
    return acc;
}
/**
 * The reducer of a view spec's lines into `acc`. The dashboard shows no findings: it reads
 * through the summary's fast scanner, with the full parse where the scanner declines.
 */
function linesInto(acc, spec) {
    const scanner = spec.kind === 'dashboard' ? new _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FastLineScanner */ .d_() : undefined;
    return new ViewLines(acc, scanner);
}
/** A fresh reducer for a spec (on whichever thread reads the piece). */
function reducerFor(spec) {
    if (spec.kind === 'summary') {
        const agg = spec.plain ? new PlainSummary(spec.options) : new _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .OutcomeAggregator */ .yH(spec.options);
        return agg;
    }
    return linesInto(accumulatorFor(spec), spec);
}


/***/ }),

/***/ 27053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ reduceLogFile)
/* harmony export */ });
/* unused harmony export reducePieces */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _line_reducers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34165);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(88474);
// Reads one log file through a line reducer (line-reducers.ts), on several threads when the
// file is big: the file is cut into pieces at line starts, every thread claims the next piece
// until none is left, and the pieces' states are merged in file order on this thread.









const AUTO_THREADS_FROM_BYTES = 64 * 2 ** 20;
const MAX_AUTO_THREADS = 4;
/** About 0.1 s of reading each: claiming and merging cost nothing beside that. */
const PIECE_BYTES = 32 * 2 ** 20;
const WORKER = 'summarize-worker';
/**
 * Reads a whole log file once into `reducer` (by default a fresh one for `spec`), which the
 * pieces read on other threads merge into. Memory stays flat with the file's size.
 */
async function reduceLogFile(file, spec, opts = {}, reducer = (0,_line_reducers_js__WEBPACK_IMPORTED_MODULE_7__/* .reducerFor */ ._V)(spec)) {
    const { highWaterMark } = opts;
    const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
    const worker = workerScript();
    const threads = worker === undefined ? 1 : threadCount(opts.threads, size);
    if (worker === undefined || threads === 1) {
        const lines = await (0,_reader_js__WEBPACK_IMPORTED_MODULE_8__/* .forEachLine */ .FF)(file, visitor(reducer), { highWaterMark });
        return { reducer, lines };
    }
    // The summary's state is a few counts: small pieces, claimed as threads free up, cost nothing
    // to merge. Report's and dashboard's states hold every issue (the dashboard's, one per view):
    // one piece per thread, merged once.
    const perThread = spec.kind !== 'summary';
    const parts = perThread ? threads : Math.max(threads, Math.ceil(size / PIECE_BYTES));
    const pieces = await (0,_reader_js__WEBPACK_IMPORTED_MODULE_8__/* .lineRanges */ .nV)(file, size, parts);
    const req = {
        file,
        pieces,
        next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
        highWaterMark,
        reduction: spec,
    };
    // This thread claims pieces too; the pieces are merged in file order whoever read them.
    const workers = Array.from({ length: Math.min(threads, pieces.length) - 1 }, (_, k) => startWorker(worker, req, `log reading thread ${k + 2} of ${threads}`));
    let lines = 0;
    try {
        const results = (await Promise.all([reducePieces(req), ...workers.map((w) => w.result)])).flat();
        results.sort((a, b) => a.index - b.index);
        if (results.length !== pieces.length || results.some((r, k) => r.index !== k))
            throw new Error(`the threads read ${results.length} of the log's ${pieces.length} pieces`);
        for (const piece of results) {
            reducer.merge(piece.state, lines);
            lines += piece.lines;
        }
    }
    finally {
        // After a failure, the others claim nothing more: every piece looks taken.
        Atomics.store(new Int32Array(req.next), 0, pieces.length);
        await Promise.all(workers.map((w) => w.stop()));
    }
    return { reducer, lines };
}
/** Claims and reduces pieces until none is left (every thread's loop, the worker's job). */
async function reducePieces(req) {
    const next = new Int32Array(req.next);
    const done = [];
    const buffers = (0,_reader_js__WEBPACK_IMPORTED_MODULE_8__/* .readBuffers */ .UV)(req.highWaterMark);
    for (let k = Atomics.add(next, 0, 1); k < req.pieces.length; k = Atomics.add(next, 0, 1)) {
        const reducer = (0,_line_reducers_js__WEBPACK_IMPORTED_MODULE_7__/* .reducerFor */ ._V)(req.reduction);
        const lines = await (0,_reader_js__WEBPACK_IMPORTED_MODULE_8__/* .forEachLine */ .FF)(req.file, visitor(reducer), {
            buffers,
            range: req.pieces[k],
        });
        done.push({ index: k, state: reducer.state(), lines });
    }
    return done;
}
function visitor(r) {
    return (bytes, start, end, line) => r.addBytes(bytes, start, end, line);
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
 * The worker beside this module: the bundle's (dist/cli/summarize-worker.js), else, run from
 * source, the TypeScript entry, which the worker loads through tsx (a dev dependency). The path
 * is built at run time on purpose: a `new URL('./x.js', import.meta.url)` literal is an asset
 * reference to the bundler, which would look for x.js beside the TypeScript source.
 */
function workerScript() {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_5__.fileURLToPath)(import.meta.url));
    return [`${WORKER}.js`, `${WORKER}.ts`].map((f) => node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, f)).find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f));
}
/** A worker that registers tsx, then loads the TypeScript entry (tests and benches). */
function fromSource(script) {
    const cjs = (0,node_module__WEBPACK_IMPORTED_MODULE_4__.createRequire)(import.meta.url).resolve('tsx/esm/api');
    const api = (0,node_url__WEBPACK_IMPORTED_MODULE_5__.pathToFileURL)(cjs.replace(/\.cjs$/, '.mjs')).href;
    const entry = (0,node_url__WEBPACK_IMPORTED_MODULE_5__.pathToFileURL)(script).href;
    return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}
function startWorker(script, req, name) {
    const worker = script.endsWith('.ts')
        ? new node_worker_threads__WEBPACK_IMPORTED_MODULE_6__.Worker(fromSource(script), { eval: true, workerData: req })
        : new node_worker_threads__WEBPACK_IMPORTED_MODULE_6__.Worker(script, { workerData: req });
    const result = new Promise((resolve, reject) => {
        worker.once('message', (m) => resolve(m));
        worker.once('error', (e) => reject(new Error(`${name} failed: ${e instanceof Error ? e.message : String(e)}`)));
        worker.once('exit', (code) => reject(new Error(`${name} exited (${code}) without a result`)));
    });
    return { result, stop: () => worker.terminate() };
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
/* harmony import */ var _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93970);





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
/* unused harmony export summarizeOutcomeLog */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93970);
/* harmony import */ var _parallel_reduce_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27053);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88474);





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
    const total = new _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .OutcomeAggregator */ .yH(opts);
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
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).isDirectory())
        return [target];
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(target, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile() && e.name.endsWith('.jsonl'))
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(e.parentPath, e.name))
        .sort();
}
async function aggregateLog(file, opts) {
    const { splitter = 'visitor', highWaterMark } = opts;
    if (splitter !== 'visitor') {
        const agg = new _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .OutcomeAggregator */ .yH(opts);
        for await (const line of (0,_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .readOutcomeLog */ .tP)(file, { splitter, highWaterMark }))
            agg.addLine(line);
        return agg;
    }
    const options = {
        maxListedCorrupt: opts.maxListedCorrupt,
        relativeAccuracy: opts.relativeAccuracy,
    };
    const { reducer } = await (0,_parallel_reduce_js__WEBPACK_IMPORTED_MODULE_3__/* .reduceLogFile */ .t)(file, { kind: 'summary', options, plain: opts.plain }, { threads: opts.threads, highWaterMark });
    return reducer;
}


/***/ })

};
