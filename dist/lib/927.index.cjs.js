"use strict";
exports.id = 927;
exports.ids = [927];
exports.modules = {

/***/ 94927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSetupCommand: () => (/* binding */ runSetupCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// The project's test setup (`setup-command`, e.g. `npm ci`) runs the project's own code (install
// scripts, a lock file an agent may have edited): in the agent sandbox, like the tests, never in
// a workflow step that could read the job's secrets.

const TAIL = 4000;
async function runSetupCommand(workspace, script, timeoutMinutes, log) {
    log('running setup-command in the agent sandbox');
    const r = await workspace.run(['bash', '-euo', 'pipefail', '-c', script], timeoutMinutes * 60_000);
    log(r.output.slice(-TAIL));
    if (r.exitCode === 0 && !r.timedOut)
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`input \`setup-command\` ${r.timedOut ? `timed out after ${timeoutMinutes} min` : `failed (exit ${r.exitCode ?? 'signal'})`} in the agent sandbox. ` +
        'It runs with no secret and reaches only the hosts of sandbox.network (the package registries ' +
        'by default): add what it downloads from to sandbox.network.allow in .github/lailatov.yml, ' +
        `or fix the command. Its last output:\n${r.output.slice(-TAIL)}`);
}


/***/ })

};
;