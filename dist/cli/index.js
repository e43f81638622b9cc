#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 70486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(12957);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdin: process.stdin,
    stdinIsTty: Boolean(process.stdin.isTTY),
    stdoutIsTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env: process.env,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ ExitCode)
/* harmony export */ });
/** Exit codes shared by every command; external tests depend on them. */
const ExitCode = {
    ok: 0,
    failure: 1,
    badInput: 2,
    blocked: 3,
};


/***/ }),

/***/ 12957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iW: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony exports VERSION, COMMAND_NAMES */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(71604);


/** What `lailatov --help` says of each command, in its order (docs/cli.md follows it). */
const SUMMARIES = {
    risk: 'classify changed paths against risk-policy.json',
    policy: 'policy check FILE: validate a risk policy',
    outcomes: 'outcomes summary FILE: aggregate an outcome log',
    dashboard: 'dashboard --out DIR --log FILE|--repo O/N: a static HTML dashboard of the log',
    learn: 'learn [--log PATH] [--open-pr]: propose rules, with evidence, from the outcome log',
    report: 'report [--log PATH] [--period 7d] [--format markdown|slack|json]: a digest',
    triage: 'triage --issue FILE: is the issue clear enough to build?',
    write: 'write --issue FILE --repo DIR: write the code on an agent branch',
    review: 'review --repo DIR --head BRANCH: risk gate, tests, code review, spec audit (any branch)',
    remediate: 'remediate --repo DIR --head BRANCH: fix what the review found',
    fix: 'fix --repo DIR --pr-branch BRANCH "REQUEST": one round on a request',
    run: 'run --issue FILE|URL --repo DIR: the whole pipeline, locally or on a GitHub issue',
    init: 'init [--dir DIR] [--force]: install the suite into a repository',
    app: 'app create --github OWNER/REPO: create the GitHub App and store its id and key',
    relay: 'relay --port N: turn ClickUp and Linear webhooks into agent-task dispatches',
    doctor: 'doctor [--github OWNER/REPO]: check what a run needs, each item with its fix',
    bench: 'bench [--suite DIR] [--engine E]: resolve rate and cost on a suite of instances',
    demo: 'run the whole pipeline offline on a bundled sample repository',
};
/** Commands load lazily so `lailatov risk` does not pay for the engines' start-up. */
const LOADERS = {
    risk: () => Promise.all(/* import() */[__nccwpck_require__.e(6993), __nccwpck_require__.e(3581), __nccwpck_require__.e(1230), __nccwpck_require__.e(5324)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5324)).then((m) => m.riskCommand),
    policy: () => Promise.all(/* import() */[__nccwpck_require__.e(3581), __nccwpck_require__.e(1230), __nccwpck_require__.e(7171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17171)).then((m) => m.policyCommand),
    outcomes: () => Promise.all(/* import() */[__nccwpck_require__.e(3970), __nccwpck_require__.e(1760), __nccwpck_require__.e(1260)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91260)).then((m) => m.outcomesCommand),
    dashboard: () => Promise.all(/* import() */[__nccwpck_require__.e(2311), __nccwpck_require__.e(8815), __nccwpck_require__.e(3970), __nccwpck_require__.e(1036), __nccwpck_require__.e(1760), __nccwpck_require__.e(8116), __nccwpck_require__.e(6154)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76154)).then((m) => m.dashboardCommand),
    learn: () => Promise.all(/* import() */[__nccwpck_require__.e(3970), __nccwpck_require__.e(9405), __nccwpck_require__.e(1760), __nccwpck_require__.e(4889)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64889)).then((m) => m.learnCommand),
    report: () => Promise.all(/* import() */[__nccwpck_require__.e(3970), __nccwpck_require__.e(1760), __nccwpck_require__.e(8116), __nccwpck_require__.e(3464)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23464)).then((m) => m.reportCommand),
    triage: () => Promise.all(/* import() */[__nccwpck_require__.e(6993), __nccwpck_require__.e(3581), __nccwpck_require__.e(2311), __nccwpck_require__.e(8815), __nccwpck_require__.e(1230), __nccwpck_require__.e(3970), __nccwpck_require__.e(1036), __nccwpck_require__.e(694), __nccwpck_require__.e(9405), __nccwpck_require__.e(1049)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31049)).then((m) => m.triageCommand),
    write: () => Promise.all(/* import() */[__nccwpck_require__.e(6993), __nccwpck_require__.e(3581), __nccwpck_require__.e(2311), __nccwpck_require__.e(8815), __nccwpck_require__.e(1230), __nccwpck_require__.e(3970), __nccwpck_require__.e(1036), __nccwpck_require__.e(694), __nccwpck_require__.e(9405), __nccwpck_require__.e(7606)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17606)).then((m) => m.writeCommand),
    review: () => Promise.all(/* import() */[__nccwpck_require__.e(6993), __nccwpck_require__.e(3581), __nccwpck_require__.e(2311), __nccwpck_require__.e(8815), __nccwpck_require__.e(1230), __nccwpck_require__.e(3970), __nccwpck_require__.e(1036), __nccwpck_require__.e(694), __nccwpck_require__.e(9405), __nccwpck_require__.e(2325)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52325)).then((m) => m.reviewCommand),
    remediate: () => Promise.all(/* import() */[__nccwpck_require__.e(6993), __nccwpck_require__.e(3581), __nccwpck_require__.e(2311), __nccwpck_require__.e(8815), __nccwpck_require__.e(1230), __nccwpck_require__.e(3970), __nccwpck_require__.e(1036), __nccwpck_require__.e(694), __nccwpck_require__.e(9405), __nccwpck_require__.e(6517)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6517)).then((m) => m.remediateCommand),
    fix: () => Promise.all(/* import() */[__nccwpck_require__.e(6993), __nccwpck_require__.e(3581), __nccwpck_require__.e(2311), __nccwpck_require__.e(8815), __nccwpck_require__.e(1230), __nccwpck_require__.e(3970), __nccwpck_require__.e(1036), __nccwpck_require__.e(694), __nccwpck_require__.e(9405), __nccwpck_require__.e(1270)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61270)).then((m) => m.fixCommand),
    run: () => Promise.all(/* import() */[__nccwpck_require__.e(6993), __nccwpck_require__.e(3581), __nccwpck_require__.e(2311), __nccwpck_require__.e(8815), __nccwpck_require__.e(1230), __nccwpck_require__.e(3970), __nccwpck_require__.e(1036), __nccwpck_require__.e(694), __nccwpck_require__.e(9405), __nccwpck_require__.e(7948)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57948)).then((m) => m.runCommand),
    init: () => Promise.all(/* import() */[__nccwpck_require__.e(6993), __nccwpck_require__.e(4008), __nccwpck_require__.e(4768), __nccwpck_require__.e(5669), __nccwpck_require__.e(4711)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72249)).then((m) => m.initCommand),
    app: () => Promise.all(/* import() */[__nccwpck_require__.e(6993), __nccwpck_require__.e(3581), __nccwpck_require__.e(2311), __nccwpck_require__.e(8815), __nccwpck_require__.e(4008), __nccwpck_require__.e(4768), __nccwpck_require__.e(1230), __nccwpck_require__.e(3970), __nccwpck_require__.e(1036), __nccwpck_require__.e(694), __nccwpck_require__.e(9405), __nccwpck_require__.e(5669), __nccwpck_require__.e(9994)]).then(__nccwpck_require__.bind(__nccwpck_require__, 29994)).then((m) => m.appCommand),
    relay: () => Promise.all(/* import() */[__nccwpck_require__.e(3581), __nccwpck_require__.e(1230), __nccwpck_require__.e(2574)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52574)).then((m) => m.relayCommand),
    doctor: () => Promise.all(/* import() */[__nccwpck_require__.e(6993), __nccwpck_require__.e(3581), __nccwpck_require__.e(2311), __nccwpck_require__.e(8815), __nccwpck_require__.e(4008), __nccwpck_require__.e(4768), __nccwpck_require__.e(1230), __nccwpck_require__.e(1036), __nccwpck_require__.e(5669), __nccwpck_require__.e(2086)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89866)).then((m) => m.doctorCommand),
    bench: () => Promise.all(/* import() */[__nccwpck_require__.e(6993), __nccwpck_require__.e(3581), __nccwpck_require__.e(2311), __nccwpck_require__.e(8815), __nccwpck_require__.e(1230), __nccwpck_require__.e(3970), __nccwpck_require__.e(1036), __nccwpck_require__.e(694), __nccwpck_require__.e(9405), __nccwpck_require__.e(8667)]).then(__nccwpck_require__.bind(__nccwpck_require__, 78667)).then((m) => m.benchCommand),
    demo: () => Promise.all(/* import() */[__nccwpck_require__.e(6993), __nccwpck_require__.e(3581), __nccwpck_require__.e(2311), __nccwpck_require__.e(8815), __nccwpck_require__.e(1230), __nccwpck_require__.e(3970), __nccwpck_require__.e(1036), __nccwpck_require__.e(694), __nccwpck_require__.e(9405), __nccwpck_require__.e(206)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20206)).then((m) => m.demoCommand),
};
const VERSION = '0.1.0';
/** Every command's name, in the order `lailatov --help` lists them (docs/cli.md follows it). */
const COMMAND_NAMES = Object.keys(SUMMARIES);
function usage() {
    const width = Math.max(...COMMAND_NAMES.map((k) => k.length));
    const lines = Object.entries(SUMMARIES).map(([k, s]) => `  ${k.padEnd(width)}  ${s}`);
    return `Usage: lailatov <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'lailatov <command> --help' for a command's options.\n`;
}
async function main(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(usage());
        return name === undefined ? _io_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.badInput : _io_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.ok;
    }
    if (name === '--version' || name === '-v') {
        io.stdout(`${VERSION}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.ok;
    }
    // Own keys only: `lailatov toString` is an unknown command, not Object.prototype's method.
    const load = Object.hasOwn(LOADERS, name) ? LOADERS[name] : undefined;
    if (!load) {
        io.stderr(`lailatov: unknown command '${name}'.\n\n${usage()}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.badInput;
    }
    try {
        const command = await load();
        return await command(rest, io);
    }
    catch (e) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isUserError */ .i)(e)) {
            io.stderr(`lailatov ${name}: ${e.message}\n`);
            // A lone problem is usually the message itself: say it once.
            for (const p of e.problems)
                if (!e.message.includes(p))
                    io.stderr(`  - ${p}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.badInput;
        }
        io.stderr(`lailatov ${name}: internal error (please report it):\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.failure;
    }
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ isUserError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A mistake the user can fix (a bad policy, a missing secret, a wrong flag). Its message names
 * the field and the fix. Anything that is not a UserError is a bug, and keeps its stack trace.
 */
class UserError extends Error {
    /** Every problem found, when there were several (e.g. all errors in a policy file). */
    problems;
    constructor(message, problems = []) {
        super(message);
        this.name = 'UserError';
        this.problems = problems;
        // Keeps `instanceof` working after transpilation to older targets.
        Object.setPrototypeOf(this, UserError.prototype);
    }
}
function isUserError(e) {
    return e instanceof UserError;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 71553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(70486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
