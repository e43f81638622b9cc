export const id = 7171;
export const ids = [7171];
export const modules = {

/***/ 17171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_POLICY_FILE: () => (/* binding */ DEFAULT_POLICY_FILE),
/* harmony export */   loadPolicyFile: () => (/* binding */ loadPolicyFile),
/* harmony export */   policyCommand: () => (/* binding */ policyCommand),
/* harmony export */   reportingUserErrors: () => (/* binding */ reportingUserErrors),
/* harmony export */   summarizePolicy: () => (/* binding */ summarizePolicy)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_risk_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84201);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71604);






const DEFAULT_POLICY_FILE = 'risk-policy.json';
const HELP = `Usage: lailatov policy check FILE

Validates a risk policy (risk-policy.json). Prints a one-line summary when it is valid;
otherwise lists every problem, each with its JSON path and the fix.

Exit codes: 0 valid, 2 invalid or unreadable.
`;
/**
 * Reads and validates a policy file. `file` is relative to `cwd`; without it the default
 * ./risk-policy.json is read, and its absence says how to point at another file.
 */
async function loadPolicyFile(cwd, file) {
    const name = file ?? DEFAULT_POLICY_FILE;
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, name);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' && file === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`no ${DEFAULT_POLICY_FILE} in ${cwd}. Fix: pass --policy FILE, or create ${DEFAULT_POLICY_FILE} (see 'lailatov policy --help').`);
        }
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EISDIR'
                ? 'it is a directory'
                : String(code ?? e);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`cannot read policy file ${name}: ${why}. Fix: pass the path of a readable risk-policy.json.`);
    }
    return (0,_core_risk_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicyText */ .XL)(text, name);
}
function summarizePolicy(name, policy) {
    const counts = _core_risk_index_js__WEBPACK_IMPORTED_MODULE_4__/* .TIERS */ .iB.map((t) => `${policy.riskTierRules[t].length} ${t}`).join(', ');
    const version = policy.version === undefined ? '' : ` (version ${policy.version})`;
    return (`${name}: valid risk policy${version}: ${counts} patterns; ` +
        `${policy.blockedPatterns.length} blocked; ${policy.protectedPaths.length} protected paths; ` +
        `default tier ${policy.defaultTier}.`);
}
/**
 * Runs a command body and reports a UserError as main.ts does (message, then every problem),
 * so the command keeps its exit-code contract when called directly, not only through main().
 */
async function reportingUserErrors(name, io, body) {
    try {
        return await body();
    }
    catch (e) {
        if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isUserError */ .i)(e))
            throw e;
        io.stderr(`lailatov ${name}: ${e.message}\n`);
        for (const problem of e.problems)
            io.stderr(`  - ${problem}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.badInput;
    }
}
async function check(file, io) {
    const policy = await loadPolicyFile(io.cwd, file);
    io.stdout(`${summarizePolicy(file, policy)}\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.ok;
}
const policyCommand = async (args, io) => {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: { help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
        });
    }
    catch (e) {
        io.stderr(`lailatov policy: ${e.message}\n\n${HELP}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.badInput;
    }
    if (parsed.values.help) {
        io.stdout(HELP);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.ok;
    }
    const [sub, file, ...extra] = parsed.positionals;
    if (sub !== 'check' || file === undefined || extra.length > 0) {
        const what = sub === undefined
            ? 'missing subcommand'
            : sub !== 'check'
                ? `unknown subcommand '${sub}'`
                : file === undefined
                    ? 'missing FILE'
                    : 'too many arguments';
        io.stderr(`lailatov policy: ${what}.\n\n${HELP}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.badInput;
    }
    return reportingUserErrors('policy', io, () => check(file, io));
};


/***/ }),

/***/ 84201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YX: () => (/* reexport */ parse/* DEFAULT_PROTECTED_PATHS */.YX),
  iB: () => (/* reexport */ types/* TIERS */.i),
  L8: () => (/* reexport */ classify),
  ON: () => (/* reexport */ parse/* parsePolicy */.ON),
  XL: () => (/* reexport */ parse/* parsePolicyText */.XL)
});

// UNUSED EXPORTS: DEFAULT_REQUIRED_CHECKS, DEFAULT_TIER, MINIMATCH_OPTIONS, PatternSet, compilePolicy, isTier, normalizePath, toGlob

// EXTERNAL MODULE: ./src/core/risk/glob.ts
var risk_glob = __webpack_require__(7765);
// EXTERNAL MODULE: ./src/core/risk/pattern-set.ts
var pattern_set = __webpack_require__(52744);
// EXTERNAL MODULE: ./src/core/risk/types.ts
var types = __webpack_require__(11326);
;// CONCATENATED MODULE: ./src/core/risk/classify.ts



function compileGlobs(rules) {
    const entries = [];
    for (const [pattern, value] of rules) {
        const glob = (0,risk_glob/* toGlob */.aZ)(pattern);
        // parsePolicy rejects patterns that name nothing; a hand-built policy may still hold one.
        if (glob !== undefined)
            entries.push({ glob, value });
    }
    return new pattern_set/* PatternSet */.D(entries);
}
function compilePolicy(policy) {
    // Ordered high → low, each tier in the policy's order: the first match is the deciding one.
    const tiers = compileGlobs(types/* TIERS */.i.flatMap((tier) => policy.riskTierRules[tier].map((pattern) => [pattern, { tier, pattern }])));
    const protectedPaths = compileGlobs(policy.protectedPaths.map((p) => [p, p]));
    const blocked = compileGlobs(policy.blockedPatterns.map((b) => [b.pattern, b]));
    const classify = (paths) => {
        const files = [];
        const blockedFiles = [];
        const protectedFiles = [];
        const seen = new Set();
        let rank = types/* TIERS */.i.length;
        for (const raw of paths) {
            const path = (0,risk_glob/* normalizePath */.Fd)(raw);
            if (path === '')
                continue;
            // One hash look-up, not has() then add(): a repeat leaves the size unchanged.
            const before = seen.size;
            if (seen.add(path).size === before)
                continue;
            // Split once: the three sets share the slices (and V8's cached hashes of them).
            const slash = path.lastIndexOf('/');
            const directory = slash === -1 ? '' : path.slice(0, slash);
            const name = slash === -1 ? path : path.slice(slash + 1);
            const rule = tiers.matchIn(path, directory, name);
            let tier = rule?.tier ?? policy.defaultTier;
            let pattern = rule?.pattern ?? null;
            const guard = protectedPaths.matchIn(path, directory, name);
            if (guard !== undefined) {
                protectedFiles.push({ path, pattern: guard });
                if (tier !== 'high') {
                    tier = 'high';
                    pattern = guard;
                }
            }
            const block = blocked.matchIn(path, directory, name);
            if (block !== undefined) {
                blockedFiles.push(block.reason === undefined
                    ? { path, pattern: block.pattern }
                    : { path, pattern: block.pattern, reason: block.reason });
            }
            files.push({ path, tier, pattern });
            rank = Math.min(rank, types/* TIERS */.i.indexOf(tier));
        }
        const prTier = types/* TIERS */.i[rank];
        if (prTier === undefined) {
            // Nothing changed: an outcome of its own, never a silent `low` (predecessor bug, §3.1).
            return {
                tier: 'none',
                files,
                requiredChecks: [],
                humanApprovalRequired: false,
                blocked: [],
                protected: [],
            };
        }
        const merge = policy.mergePolicy[prTier];
        if (merge === undefined) {
            throw new Error(`risk policy has no mergePolicy.${prTier}; load policies through parsePolicy`);
        }
        return {
            tier: prTier,
            files,
            requiredChecks: [...merge.requiredChecks],
            humanApprovalRequired: merge.humanApprovalRequired || protectedFiles.length > 0,
            blocked: blockedFiles,
            protected: protectedFiles,
            ...(merge.description === undefined ? {} : { description: merge.description }),
        };
    };
    return { policy, classify };
}
const compiledPolicies = new WeakMap();
/** Classifies changed paths; the policy's globs are compiled on first use and then reused. */
function classify(policy, paths) {
    let compiled = compiledPolicies.get(policy);
    if (compiled === undefined) {
        compiled = compilePolicy(policy);
        compiledPolicies.set(policy, compiled);
    }
    return compiled.classify(paths);
}

// EXTERNAL MODULE: ./src/core/risk/parse.ts + 1 modules
var parse = __webpack_require__(51230);
;// CONCATENATED MODULE: ./src/core/risk/index.ts







/***/ })

};
