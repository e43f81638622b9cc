export const id = 206;
export const ids = [206];
export const modules = {

/***/ 20206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _engines_process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65967);
/* harmony import */ var _stage_command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10694);
/* harmony import */ var _local_session_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60224);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9851);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(71604);










const HELP = `Usage: lailatov demo [--dir DIR] [--json]

Runs the whole pipeline offline, with no key and no network, on a bundled sample project (a tiny
Node library with a real bug report): triage, write, review, one remediation round, review again,
ready. The engine is the replay engine and the model is a ScriptedModel playing canned answers
(examples/demo/replay and examples/demo/model.json): the stages, git, the tests, the risk gate,
the report and the outcome log are all real.
  --dir DIR   where to copy the sample (default: a new temp directory)
  --json      print the outcome record as one JSON object
`;
/** Finds examples/demo from the source tree (src/cli/commands) or the bundle (dist/cli). */
async function demoAssets() {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'examples', 'demo');
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(candidate, 'model.json'));
            return candidate;
        }
        catch {
            dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir);
        }
    }
    throw new Error('examples/demo not found next to the lailatov installation');
}
/**
 * `--dir` must be new or empty: a second demo in the same place would carry the first one's log
 * and reports into the sample repository and add up both runs' costs.
 */
async function freshDir(dir) {
    const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir).catch(() => null);
    if (s !== null && !s.isDirectory())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--dir ${dir}: is a file; pass a new or empty directory`);
    if (s !== null && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--dir ${dir}: is not empty (an earlier demo?); pass a new or empty directory, or leave --dir out for a temp one`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    return dir;
}
async function git(cwd, env, args) {
    await (0,_engines_process_js__WEBPACK_IMPORTED_MODULE_5__/* .runChecked */ .X4)('git', args, { cwd, env });
}
const demoCommand = async (args, io) => {
    const { values } = (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommand */ .RM)(args, { json: _stage_command_js__WEBPACK_IMPORTED_MODULE_6__/* .COMMON_OPTIONS */ .DT.json, help: _stage_command_js__WEBPACK_IMPORTED_MODULE_6__/* .COMMON_OPTIONS */ .DT.help, dir: { type: 'string' } }, 'demo');
    if (values.help) {
        io.stdout(HELP);
        return _io_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.ok;
    }
    const assets = await demoAssets();
    const root = values.dir === undefined
        ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'lailatov-demo-'))
        : await freshDir(values.dir);
    const repo = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, 'tiny-duration');
    const issue = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, 'issue-7.md');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(assets, 'repo'), repo, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(assets, 'issue-7.md'), issue);
    const env = {
        PATH: io.env.PATH ?? '/usr/bin:/bin',
        HOME: io.env.HOME ?? root,
        GIT_AUTHOR_NAME: 'Demo Maintainer',
        GIT_AUTHOR_EMAIL: 'maintainer@example.invalid',
        GIT_COMMITTER_NAME: 'Demo Maintainer',
        GIT_COMMITTER_EMAIL: 'maintainer@example.invalid',
    };
    await git(repo, env, ['init', '-q', '-b', 'main']);
    await git(repo, env, ['add', '-A']);
    await git(repo, env, ['commit', '-q', '-m', 'tiny-duration 1.0.0']);
    io.stderr(`LailaTov demo: sample project copied to ${repo}\n`);
    const session = await (0,_local_session_js__WEBPACK_IMPORTED_MODULE_7__/* .openLocalSession */ .q8)({
        repoDir: repo,
        issuePath: issue,
        env: io.env,
        replayDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(assets, 'replay'),
        modelScript: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(assets, 'model.json'),
        progress: (0,_progress_js__WEBPACK_IMPORTED_MODULE_8__/* .createProgress */ .m)(io, { tty: (0,_progress_js__WEBPACK_IMPORTED_MODULE_8__/* .progressIsLive */ .Y)(io) }),
        source: 'demo',
    });
    const r = await (0,_local_session_js__WEBPACK_IMPORTED_MODULE_7__/* .runSessionPipeline */ .cb)(session);
    if (values.json)
        (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_6__/* .printJson */ .Q2)(io, r.record);
    else {
        const cost = r.record.totals.costUsd;
        io.stdout([
            '',
            `Outcome: ${r.outcome} after ${r.record.remediationRounds} remediation round(s), ${cost === null ? 'cost unknown' : `$${cost.toFixed(4)} (replayed figures)`}`,
            ...(r.outcome === 'ready'
                ? ['The draft is ready for a human review: LailaTov never approves or merges.']
                : []),
            `Last review: ${r.summary}`,
            '',
            'Where to look:',
            `  the "PR" (report):  ${r.prUrl ?? '(none)'}`,
            `  the commits:        git -C ${repo} log --oneline main..${r.record.branch ?? ''}`,
            `  the change:         git -C ${repo} diff main...${r.record.branch ?? ''}`,
            `  the issue thread:   ${issue}`,
            `  the outcome log:    ${session.logPath}`,
            `  summary of the log: npx lailatov outcomes summary ${session.logPath}`,
            '',
            'The agent and the model were replayed from examples/demo (no key, no network); try your own',
            'repository with: npx lailatov run --issue ISSUE.md --repo DIR  (needs ANTHROPIC_API_KEY)',
            '',
        ].join('\n'));
    }
    return r.outcome === 'ready' ? _io_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.ok : _io_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.failure;
};


/***/ })

};
