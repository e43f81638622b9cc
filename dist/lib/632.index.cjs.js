"use strict";
exports.id = 632;
exports.ids = [632];
exports.modules = {

/***/ 43386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mj: () => (/* binding */ driverOverrides),
/* harmony export */   tl: () => (/* binding */ safeGitEnv)
/* harmony export */ });
/* unused harmony exports SAFE_GIT_CONFIG, configEnv */
// The settings every git the orchestrator runs is started with, so that nothing a repository's
// own config (which an agent may have rewritten) names is ever executed, and nothing is sent
// anywhere but where the caller said. Pure data and string building; the adapters run git.
/**
 * Fixed overrides. They are given at command scope, which outranks the system, global and
 * repository files and every include. Why each one: it names a program, or leads to one.
 */
const SAFE_GIT_CONFIG = [
    ['core.quotepath', 'off'],
    // Hooks: `/dev/null/<hook>` is never a file.
    ['core.hooksPath', '/dev/null'],
    ['core.fsmonitor', 'false'],
    ['core.untrackedCache', 'false'],
    ['core.askPass', ''],
    // An empty helper clears every helper configured before it.
    ['credential.helper', ''],
    ['core.sshCommand', 'false'],
    ['core.gitProxy', 'false'],
    ['core.alternateRefsCommand', 'true'],
    ['core.pager', 'cat'],
    ['core.editor', 'true'],
    ['sequence.editor', 'true'],
    ['commit.gpgSign', 'false'],
    ['tag.gpgSign', 'false'],
    ['log.showSignature', 'false'],
    ['merge.verifySignatures', 'false'],
    ['gpg.program', 'false'],
    ['gpg.ssh.program', 'false'],
    ['gpg.x509.program', 'false'],
    ['gpg.ssh.defaultKeyCommand', 'false'],
    ['submodule.recurse', 'false'],
    ['fetch.recurseSubmodules', 'false'],
    ['gc.auto', '0'],
    ['maintenance.auto', 'false'],
];
/**
 * Filters, diff drivers and merge drivers are named by `.gitattributes` (which the agent writes)
 * and defined in config under any name, so they cannot be listed ahead of time. Given the output
 * of `git config --name-only --get-regexp '^(filter|diff|merge)\.'` (every key in effect, includes
 * followed), this returns the overrides that empty each driver found.
 */
function driverOverrides(configNames) {
    const out = new Map();
    for (const line of configNames.split('\n')) {
        const m = /^(filter|diff|merge)\.(.+)\.[^.]+$/i.exec(line.trim());
        if (!m)
            continue;
        const [, section = '', name = ''] = m;
        const prefix = `${section.toLowerCase()}.${name}`;
        if (section.toLowerCase() === 'filter') {
            out.set(`${prefix}.clean`, '');
            out.set(`${prefix}.smudge`, '');
            out.set(`${prefix}.process`, '');
            out.set(`${prefix}.required`, 'false');
        }
        else if (section.toLowerCase() === 'diff') {
            out.set(`${prefix}.textconv`, '');
            out.set(`${prefix}.command`, '');
        }
        else {
            out.set(`${prefix}.driver`, 'false');
        }
    }
    return [...out];
}
/** The environment variables that pass `pairs` to git at command scope. */
function configEnv(pairs) {
    const env = { GIT_CONFIG_COUNT: String(pairs.length) };
    pairs.forEach(([key, value], i) => {
        env[`GIT_CONFIG_KEY_${i}`] = key;
        env[`GIT_CONFIG_VALUE_${i}`] = value;
    });
    return env;
}
/**
 * A complete environment for the orchestrator's git: nothing inherited but PATH and HOME, no
 * prompts, an editor that does nothing, only the listed transports, and the safe config.
 */
function safeGitEnv(o) {
    return {
        PATH: o.path,
        HOME: o.home,
        LANG: 'C',
        GIT_TERMINAL_PROMPT: '0',
        GIT_EDITOR: 'true',
        GIT_SEQUENCE_EDITOR: 'true',
        GIT_PAGER: 'cat',
        GIT_ALLOW_PROTOCOL: o.protocols.join(':'),
        ...(o.identity && {
            GIT_AUTHOR_NAME: o.identity.name,
            GIT_AUTHOR_EMAIL: o.identity.email,
            GIT_COMMITTER_NAME: o.identity.name,
            GIT_COMMITTER_EMAIL: o.identity.email,
        }),
        ...configEnv([...SAFE_GIT_CONFIG, ...(o.config ?? [])]),
    };
}


/***/ }),

/***/ 97770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QL: () => (/* binding */ unprotectProblem),
/* harmony export */   gZ: () => (/* binding */ CORE_PROTECTED_PATHS),
/* harmony export */   mt: () => (/* binding */ protectedPathList),
/* harmony export */   rV: () => (/* binding */ protectedMatcher),
/* harmony export */   tu: () => (/* binding */ UNPROTECT_KEY)
/* harmony export */ });
/* unused harmony export LOCKED_PROTECTED_PATHS */
/* harmony import */ var _risk_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7765);
/* harmony import */ var _risk_pattern_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52744);


/**
 * The one list of paths an agent may never change (DESIGN.md §6). The risk gate (a change here
 * forces `high`), the tree gate (a change here is reverted and reported as blocking), the native
 * file tools (a write here is refused) and the shipped hook (generated copy in
 * .claude/hooks/lib/protected-paths.sh) all read it. Globs follow the risk policy's rules
 * (core/risk/glob.ts): a pattern without `/` matches the name at any depth.
 */
const CORE_PROTECTED_PATHS = Object.freeze([
    // Workflows, composite actions, CODEOWNERS and the suite's own config (.github/lailatov.yml).
    '.github/**',
    // Claude Code's settings (settings.json, settings.local.json), hooks and rules.
    '.claude/**',
    // Instructions every agent reads, at any depth (docs/CLAUDE.md too).
    'CLAUDE.md',
    'CLAUDE.local.md',
    'AGENTS.md',
    'risk-policy.json',
    // A file in .git (a hook, the config) runs code outside the agent's sandbox; nested `.git`
    // directories and files (gitlinks) as well.
    '.git/',
]);
/** Entries that `unprotectDefaults` can never remove. */
const LOCKED_PROTECTED_PATHS = Object.freeze(['.git/']);
/** The policy key that removes a default entry: named so that nobody removes one by omission. */
const UNPROTECT_KEY = 'unprotectDefaults';
/**
 * The effective list: the core list minus the entries named in `unprotectDefaults`, plus the
 * policy's own `protectedPaths`. The caller (parsePolicy) has already checked that every
 * removed entry is a core entry and not a locked one.
 */
function protectedPathList(added = [], unprotected = []) {
    const removed = new Set(unprotected.filter((p) => !LOCKED_PROTECTED_PATHS.includes(p)));
    const kept = CORE_PROTECTED_PATHS.filter((p) => !removed.has(p));
    return [...new Set([...kept, ...LOCKED_PROTECTED_PATHS, ...added])];
}
/** Why `entry` cannot be removed with `unprotectDefaults`, or undefined when it can. */
function unprotectProblem(entry) {
    if (LOCKED_PROTECTED_PATHS.includes(entry))
        return `"${entry}" is always protected and cannot be removed`;
    if (!CORE_PROTECTED_PATHS.includes(entry))
        return `"${entry}" is not a default protected path (the defaults are ${CORE_PROTECTED_PATHS.map((p) => `"${p}"`).join(', ')})`;
    return undefined;
}
/** Compiles globs once; every path goes through normalizePath (`a/../.github/x` is `.github/x`). */
function protectedMatcher(globs) {
    const entries = [];
    for (const g of [...globs, ...LOCKED_PROTECTED_PATHS]) {
        const glob = (0,_risk_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .toGlob */ .aZ)(g);
        if (glob !== undefined)
            entries.push({ glob, value: g });
    }
    const set = new _risk_pattern_set_js__WEBPACK_IMPORTED_MODULE_1__/* .PatternSet */ .D(entries);
    return {
        globs,
        match(raw) {
            const path = (0,_risk_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePath */ .Fd)(raw);
            if (path === '')
                return undefined;
            // A `.git` segment anywhere (the repository's own, or a nested one the agent made).
            if (path === '.git' || path.endsWith('/.git') || /(^|\/)\.git\//.test(path))
                return '.git/';
            return set.match(path);
        },
    };
}


/***/ }),

/***/ 7765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   S$: () => (/* binding */ MINIMATCH_OPTIONS),
/* harmony export */   aZ: () => (/* binding */ toGlob)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * How policy globs behave, in CODEOWNERS / .gitignore terms:
 * - a pattern with no `/` (other than a trailing one) matches the file name at any depth;
 * - a pattern with a `/` is anchored at the repository root; so is one that starts with `/` or
 *   `./` (that prefix is dropped, as in .gitignore: `/*.md` is the root's Markdown files only);
 * - `*` never crosses `/`, `**` does; dotfiles match; matching is case-sensitive;
 * - a trailing `/` (`docs/`) means everything under that directory.
 * Each raw pattern is rewritten once into an anchored minimatch glob with these options, so the
 * fast matcher and a plain `minimatch(path, glob, MINIMATCH_OPTIONS)` agree by construction.
 */
const MINIMATCH_OPTIONS = Object.freeze({
    dot: true,
    nocase: false,
    // `!` and `#` are file-name characters here; the policy has no negation or comments in globs.
    nonegate: true,
    nocomment: true,
    // Backslash escapes a glob character on every OS; paths are normalized to `/` beforehand.
    platform: 'linux',
});
/** The anchored minimatch glob for a policy pattern, or undefined when nothing is left of it. */
function toGlob(raw) {
    let body = raw;
    let anchored = false;
    while (body.startsWith('./') || body.startsWith('/')) {
        body = body.startsWith('/') ? body.slice(1) : body.slice(2);
        anchored = true;
    }
    let directory = false;
    while (body.endsWith('/')) {
        body = body.slice(0, -1);
        directory = true;
    }
    if (body === '' || body === '.')
        return undefined;
    // Decided before the `/**` suffix is added: `docs/` is a directory name at any depth.
    const anchoredGlob = anchored || body.includes('/');
    if (directory)
        body += '/**';
    return anchoredGlob ? body : `**/${body}`;
}
/** A backslash, a leading `/`, `//`, or a `.` or `..` segment. */
const NEEDS_NORMALIZING = /\\|^\/|\/\/|(?:^|\/)\.\.?(?:\/|$)/;
/**
 * A repository-relative path with `/` separators, no leading `./` or `/`, and no `.`, `..` or
 * empty segments (so `docs/../.github/workflows/x.yml` is seen as the workflow it is).
 * Returns '' for a path that names nothing.
 */
function normalizePath(raw) {
    // Most paths (git's own output) are already normal; posix.normalize is costly at 100k paths.
    if (!NEEDS_NORMALIZING.test(raw))
        return raw;
    const p = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(raw.replace(/\\/g, '/')).replace(/^\/+/, '');
    return p === '.' || p === './' ? '' : p;
}


/***/ }),

/***/ 61078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YX: () => (/* reexport */ DEFAULT_PROTECTED_PATHS),
  L8: () => (/* reexport */ classify),
  ON: () => (/* reexport */ parsePolicy),
  XL: () => (/* reexport */ parsePolicyText)
});

// UNUSED EXPORTS: DEFAULT_REQUIRED_CHECKS, DEFAULT_TIER, MINIMATCH_OPTIONS, PatternSet, TIERS, compilePolicy, isTier, normalizePath, toGlob

// EXTERNAL MODULE: ./src/core/risk/glob.ts
var risk_glob = __webpack_require__(7765);
// EXTERNAL MODULE: ./src/core/risk/pattern-set.ts
var pattern_set = __webpack_require__(52744);
;// CONCATENATED MODULE: ./src/core/risk/types.ts
/** Risk tiers, highest first. The order is the precedence: the first tier that matches wins. */
const TIERS = ['high', 'medium', 'low'];
function isTier(value) {
    return typeof value === 'string' && TIERS.includes(value);
}

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
    const tiers = compileGlobs(TIERS.flatMap((tier) => policy.riskTierRules[tier].map((pattern) => [pattern, { tier, pattern }])));
    const protectedPaths = compileGlobs(policy.protectedPaths.map((p) => [p, p]));
    const blocked = compileGlobs(policy.blockedPatterns.map((b) => [b.pattern, b]));
    const classify = (paths) => {
        const files = [];
        const blockedFiles = [];
        const protectedFiles = [];
        const seen = new Set();
        let rank = TIERS.length;
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
            rank = Math.min(rank, TIERS.indexOf(tier));
        }
        const prTier = TIERS[rank];
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

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/protected/paths.ts
var paths = __webpack_require__(97770);
;// CONCATENATED MODULE: ./src/core/risk/problems.ts
// The problem list a policy parser fills, and the small checks every field shares: describing a
// bad value, JSON paths, unknown keys with a "did you mean", and where a JSON syntax error is.
/** Collects every problem, each as "<JSON path>: <what is wrong>. Fix: <what to do>". */
class Problems {
    list = [];
    /** Returns undefined, so a parser can `return p.add(...)` for a value it cannot give. */
    add(path, what, fix) {
        this.list.push(`${path || '(root)'}: ${what}. Fix: ${fix}.`);
        return undefined;
    }
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'object')
        return 'an object';
    return `${typeof value} ${String(value)}`;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function join(path, key) {
    if (typeof key === 'number')
        return `${path}[${key}]`;
    const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
    if (path === '')
        return name;
    return name.startsWith('"') ? `${path}[${name}]` : `${path}.${name}`;
}
/** Own keys that are not comments: keys starting with `_` are comments at any level. */
function keysOf(object) {
    return Object.keys(object).filter((k) => !k.startsWith('_'));
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
function rejectUnknownKeys(object, path, known, p) {
    for (const key of keysOf(object)) {
        if (known.includes(key))
            continue;
        const near = known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
        const hint = near ? `did you mean "${near}"?` : `use one of ${known.join(', ')}`;
        p.add(join(path, key), 'unknown key', `${hint} (keys starting with "_" are comments)`);
    }
}
function jsonErrorLocation(text, error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : /end of JSON input/.test(message) ? text.length : undefined;
    const reason = message
        .replace(/\s*(in JSON )?at position \d+.*$/, '')
        .replace(/\s*\(line \d+ column \d+\)$/, '');
    if (offset === undefined)
        return `(${message})`;
    const before = text.slice(0, offset).split('\n');
    const line = before.length;
    const column = (before[before.length - 1]?.length ?? 0) + 1;
    return `at line ${line}, column ${column} (${reason})`;
}

;// CONCATENATED MODULE: ./src/core/risk/parse.ts






/**
 * Paths an agent can never change without forcing `high` and a human approval (DESIGN.md §4):
 * the one core list (core/protected/paths.ts).
 */
const DEFAULT_PROTECTED_PATHS = paths/* CORE_PROTECTED_PATHS */.gZ;
const DEFAULT_REQUIRED_CHECKS = Object.freeze(['risk-policy-gate']);
const DEFAULT_TIER = 'medium';
const TOP_LEVEL_KEYS = [
    'version',
    'riskTierRules',
    'mergePolicy',
    'blockedPatterns',
    'defaultTier',
    'protectedPaths',
    paths/* UNPROTECT_KEY */.tu,
];
const MERGE_RULE_KEYS = ['requiredChecks', 'humanApprovalRequired', 'description'];
// `tier` is the predecessor's field; a blocked file stops the pipeline whatever its tier.
const BLOCKED_KEYS = ['pattern', 'reason', 'tier'];
const TIER_LIST = TIERS.join(', ');
function parseGlob(value, path, p) {
    const example = 'write a glob such as "src/auth/**" or "*.md"';
    if (typeof value !== 'string')
        return p.add(path, `expected a glob string, got ${describe(value)}`, example);
    if (value.trim() === '')
        return p.add(path, 'empty glob', `${example}, or remove the entry`);
    if (value !== value.trim()) {
        return p.add(path, `glob ${describe(value)} has leading or trailing spaces`, 'remove the spaces');
    }
    if (value.startsWith('!')) {
        return p.add(path, `negated glob ${describe(value)} is not supported`, 'list the paths to include instead');
    }
    const glob = (0,risk_glob/* toGlob */.aZ)(value);
    if (glob === undefined)
        return p.add(path, `glob ${describe(value)} names no file`, example);
    try {
        new esm/* Minimatch */.VR(glob, risk_glob/* MINIMATCH_OPTIONS */.S$);
    }
    catch (e) {
        return p.add(path, `glob ${describe(value)} cannot be compiled (${String(e)})`, example);
    }
    return value;
}
function parseGlobList(value, path, p) {
    if (!Array.isArray(value)) {
        p.add(path, `expected an array of globs, got ${describe(value)}`, 'write e.g. ["docs/**", "*.md"]');
        return [];
    }
    return value.flatMap((item, i) => parseGlob(item, join(path, i), p) ?? []);
}
function parseTierRules(value, p) {
    const rules = { high: [], medium: [], low: [] };
    const path = 'riskTierRules';
    if (value === undefined) {
        p.add(path, 'missing', 'add "riskTierRules": {"high": [...], "medium": [...], "low": [...]}');
    }
    else if (!isObject(value)) {
        p.add(path, `expected an object of tier → globs, got ${describe(value)}`, `use the keys ${TIER_LIST}`);
    }
    else {
        for (const key of keysOf(value)) {
            if (isTier(key))
                rules[key] = parseGlobList(value[key], join(path, key), p);
            else
                p.add(join(path, key), `unknown tier "${key}"`, `use one of ${TIER_LIST}`);
        }
    }
    return rules;
}
function parseStringList(value, path, p) {
    const fix = 'write e.g. ["risk-policy-gate", "tests"]';
    if (!Array.isArray(value))
        return p.add(path, `expected an array of check names, got ${describe(value)}`, fix);
    const names = [];
    value.forEach((item, i) => {
        if (typeof item === 'string' && item.trim() !== '')
            names.push(item);
        else
            p.add(join(path, i), `expected a non-empty check name, got ${describe(item)}`, fix);
    });
    return names;
}
function parseMergeRule(value, path, p) {
    if (!isObject(value)) {
        return p.add(path, `expected an object, got ${describe(value)}`, 'write e.g. {"requiredChecks": ["risk-policy-gate"]}');
    }
    rejectUnknownKeys(value, path, MERGE_RULE_KEYS, p);
    const { requiredChecks, humanApprovalRequired, description } = value;
    const checks = requiredChecks === undefined
        ? [...DEFAULT_REQUIRED_CHECKS]
        : parseStringList(requiredChecks, join(path, 'requiredChecks'), p);
    if (humanApprovalRequired !== undefined && typeof humanApprovalRequired !== 'boolean') {
        p.add(join(path, 'humanApprovalRequired'), `expected true or false, got ${describe(humanApprovalRequired)}`, 'write true or false without quotes');
    }
    if (description !== undefined && typeof description !== 'string') {
        p.add(join(path, 'description'), `expected a string, got ${describe(description)}`, 'write the description in quotes');
    }
    return {
        requiredChecks: checks ?? [],
        humanApprovalRequired: humanApprovalRequired === true,
        ...(typeof description === 'string' ? { description } : {}),
    };
}
function parseMergePolicy(value, needed, p) {
    const policy = {};
    const path = 'mergePolicy';
    if (value !== undefined && !isObject(value)) {
        p.add(path, `expected an object of tier → merge rule, got ${describe(value)}`, `use the keys ${TIER_LIST}`);
        return policy;
    }
    const object = value ?? {};
    for (const key of keysOf(object)) {
        if (!isTier(key)) {
            p.add(join(path, key), `unknown tier "${key}"`, `use one of ${TIER_LIST}`);
            continue;
        }
        const rule = parseMergeRule(object[key], join(path, key), p);
        if (rule)
            policy[key] = rule;
    }
    for (const [tier, why] of needed) {
        if (object[tier] === undefined) {
            p.add(join(path, tier), `missing, but ${why}`, `add "${tier}": {"requiredChecks": ["risk-policy-gate"], "humanApprovalRequired": ${tier === 'high'}}`);
        }
    }
    return policy;
}
function parseBlocked(value, p) {
    const path = 'blockedPatterns';
    if (value === undefined)
        return [];
    if (!Array.isArray(value)) {
        p.add(path, `expected an array, got ${describe(value)}`, 'write e.g. ["secrets/**", {"pattern": "*.pem", "reason": "keys"}]');
        return [];
    }
    return value.flatMap((item, i) => {
        const at = join(path, i);
        if (!isObject(item)) {
            const pattern = parseGlob(item, at, p);
            return pattern === undefined ? [] : [{ pattern }];
        }
        rejectUnknownKeys(item, at, BLOCKED_KEYS, p);
        const pattern = parseGlob(item.pattern, join(at, 'pattern'), p);
        if (item.reason !== undefined && typeof item.reason !== 'string') {
            p.add(join(at, 'reason'), `expected a string, got ${describe(item.reason)}`, 'write the reason in quotes');
        }
        if (item.tier !== undefined && !isTier(item.tier)) {
            p.add(join(at, 'tier'), `unknown tier ${describe(item.tier)}`, `use one of ${TIER_LIST}, or remove it`);
        }
        if (pattern === undefined)
            return [];
        return [typeof item.reason === 'string' ? { pattern, reason: item.reason } : { pattern }];
    });
}
/** `unprotectDefaults`: each entry names a default protected path, exactly as the list spells it. */
function parseUnprotect(value, p) {
    if (value === undefined)
        return [];
    const fix = `list entries of the default protected paths to remove, e.g. ["AGENTS.md"]`;
    if (!Array.isArray(value)) {
        p.add(paths/* UNPROTECT_KEY */.tu, `expected an array, got ${describe(value)}`, fix);
        return [];
    }
    return value.flatMap((item, i) => {
        const at = join(paths/* UNPROTECT_KEY */.tu, i);
        if (typeof item !== 'string')
            return p.add(at, `expected a string, got ${describe(item)}`, fix) ?? [];
        const problem = (0,paths/* unprotectProblem */.QL)(item);
        if (problem !== undefined)
            return p.add(at, problem, 'remove this entry') ?? [];
        return [item];
    });
}
/** Validates a parsed risk-policy.json. Throws one UserError listing every problem found. */
function parsePolicy(value, source = 'risk-policy.json') {
    const p = new Problems();
    if (!isObject(value)) {
        p.add('', `expected a JSON object, got ${describe(value)}`, 'write {"riskTierRules": {...}, "mergePolicy": {...}}');
        throw invalid(source, p);
    }
    rejectUnknownKeys(value, '', TOP_LEVEL_KEYS, p);
    const { version } = value;
    if (version !== undefined && typeof version !== 'string' && typeof version !== 'number') {
        p.add('version', `expected a string or a number, got ${describe(version)}`, 'write e.g. "1"');
    }
    let defaultTier = DEFAULT_TIER;
    if (value.defaultTier !== undefined) {
        if (isTier(value.defaultTier))
            defaultTier = value.defaultTier;
        else
            p.add('defaultTier', `expected one of ${TIER_LIST}, got ${describe(value.defaultTier)}`, `write e.g. "${DEFAULT_TIER}"`);
    }
    const riskTierRules = parseTierRules(value.riskTierRules, p);
    const extraProtected = value.protectedPaths === undefined
        ? []
        : parseGlobList(value.protectedPaths, 'protectedPaths', p);
    const protectedPaths = (0,paths/* protectedPathList */.mt)(extraProtected, parseUnprotect(value[paths/* UNPROTECT_KEY */.tu], p));
    // Every tier a PR can end up in needs its merge rule.
    const needed = new Map([
        ['high', `protected paths (${protectedPaths[0]}, ...) force tier high`],
    ]);
    if (isObject(value.riskTierRules)) {
        for (const tier of TIERS) {
            if (value.riskTierRules[tier] !== undefined && !needed.has(tier))
                needed.set(tier, `riskTierRules.${tier} uses it`);
        }
    }
    if (!needed.has(defaultTier))
        needed.set(defaultTier, `unmatched files get defaultTier "${defaultTier}"`);
    if (value.mergePolicy === undefined) {
        p.add('mergePolicy', 'missing', 'add "mergePolicy": {"high": {"requiredChecks": [...]}, ...} for each tier');
    }
    const mergePolicy = parseMergePolicy(value.mergePolicy, value.mergePolicy === undefined ? new Map() : needed, p);
    const blockedPatterns = parseBlocked(value.blockedPatterns, p);
    if (p.list.length > 0)
        throw invalid(source, p);
    return {
        ...(typeof version === 'string' || typeof version === 'number' ? { version } : {}),
        riskTierRules,
        mergePolicy,
        blockedPatterns,
        defaultTier,
        protectedPaths,
    };
}
/** Parses the text of a risk-policy.json; a JSON syntax error names its line and column. */
function parsePolicyText(text, source = 'risk-policy.json') {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    let value;
    try {
        value = JSON.parse(body);
    }
    catch (e) {
        const p = new Problems();
        p.add('', `invalid JSON ${jsonErrorLocation(body, e)}`, 'correct the JSON syntax there (a missing quote or comma, or a trailing comma?)');
        throw invalid(source, p);
    }
    return parsePolicy(value, source);
}
function invalid(source, p) {
    const n = p.list.length;
    return new errors/* UserError */.y(`${source} is not a valid risk policy (${n} problem${n === 1 ? '' : 's'}):`, p.list);
}

;// CONCATENATED MODULE: ./src/core/risk/index.ts







/***/ }),

/***/ 52744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ PatternSet)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33581);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7765);


/** `*` then a literal suffix (`*.md`, `*_test.go`): an `endsWith` check instead of a regex. */
const STAR_SUFFIX = /^\*([^*?[\]{}()!+@\\/]+)$/;
/**
 * A glob's first character when it can only match itself: not a wildcard, class, brace,
 * extglob or escape (case-sensitive matching, so the file name must start with it).
 */
const LITERAL_START = /^[A-Za-z0-9_.-](?![(])/;
const NO_RULES = [];
/** Above this many distinct names (or directories) a cache starts again: bounded memory. */
const CACHE_LIMIT = 200_000;
function keepLowest(map, key, index) {
    const seen = map.get(key);
    if (seen === undefined || index < seen)
        map.set(key, index);
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function extensionOf(name) {
    const dot = name.lastIndexOf('.');
    return dot === -1 ? '' : name.slice(dot + 1);
}
const byIndex = (a, b) => a.index - b.index;
/** The index of the first rule (of a list sorted by index) that matches, if lower than `best`. */
function firstMatch(rules, name, best) {
    if (rules === undefined)
        return best;
    for (const rule of rules) {
        if (rule.index >= best)
            break;
        if (nameMatches(rule, name))
            return rule.index;
    }
    return best;
}
/** One path segment other than `.` and `..`: what `**` may step over with `dot: true`. */
const ANY_SEGMENT = '(?!\\.\\.?(?:/|$))[^/]+';
/** A segment's regex source, or undefined when minimatch keeps none we can reuse. */
function segmentSource(segment) {
    if (typeof segment === 'string')
        return segment.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    return segment._src !== undefined && segment.flags === '' ? `(?:${segment._src})` : undefined;
}
/**
 * The RegExp for a glob's directory segments, tested on `directory + '/'` ('' at the root):
 * each segment is followed by `/`, and `**` spans zero or more whole segments. Undefined when
 * a segment has no reusable source.
 */
function directoryRegExp(segments) {
    let source = '';
    for (const segment of segments) {
        if (segment === minimatch__WEBPACK_IMPORTED_MODULE_0__/* .GLOBSTAR */ .ZN) {
            source += `(?:${ANY_SEGMENT}/)*`;
            continue;
        }
        const part = segmentSource(segment);
        if (part === undefined)
            return undefined;
        source += `${part}/`;
    }
    return new RegExp(`^${source}$`);
}
/** How a file name is tested against one name segment (never `**`). */
function nameRule(segment, index) {
    if (typeof segment === 'string')
        return { index, literal: segment, suffix: undefined, regex: undefined };
    // minimatch keeps each segment's source glob on its RegExp.
    const suffix = STAR_SUFFIX.exec(segment._glob ?? '')?.[1];
    return suffix === undefined
        ? { index, literal: undefined, suffix: undefined, regex: segment }
        : { index, literal: undefined, suffix, regex: undefined };
}
/** With `dot: true`, `*` matches any name but `.` and `..`; a regex rule knows that itself. */
function nameMatches(rule, name) {
    if (rule.literal !== undefined)
        return name === rule.literal;
    if (rule.suffix !== undefined)
        return name.endsWith(rule.suffix) && name !== '.' && name !== '..';
    return rule.regex.test(name);
}
/**
 * An ordered list of anchored globs (from `toGlob`), compiled once, that answers "which is the
 * first glob matching this path?" without trying every glob. minimatch parses each glob once,
 * and each is filed by its shape:
 * - a literal path, `dir/**`, or `**\/name/**`: Map look-ups on the path's directories;
 * - `**\/name` (a file name at any depth): answered once per distinct file name and cached,
 *   literal names by Map, `*.ext` by extension bucket, other name globs by their regex;
 * - anything else: its directory part is tested once per distinct directory (bucketed by a
 *   literal leading directory or a literal directory name, so most globs are never tried),
 *   leaving per file only the name tests of the globs that directory allows, and only while
 *   they could still beat the best match found so far.
 * The answer equals `globs.findIndex((g) => minimatch(path, g, MINIMATCH_OPTIONS))` for
 * normalized paths; bench/risk.bench.ts checks that on 100k paths, and
 * test/core/risk/pattern-set.unit.test.ts on every glob shape.
 */
class PatternSet {
    values = [];
    /** Literal paths, by directory ('' at the root), then by file name. */
    literalPaths = new Map();
    /** `dir/**`: everything under one anchored directory. */
    directories = new Map();
    /** `**\/name/**`: everything under any directory of that name. */
    directoryNames = new Map();
    literalNames = new Map();
    suffixesByExtension = new Map();
    /** Other name globs that start with a literal character (`store*.tf`), by that character. */
    nameRulesByFirst = new Map();
    /** Name globs that start with a wildcard: tried on every distinct name. */
    nameRules = [];
    /** Other globs whose directories start with literal ones, keyed by those directories. */
    genericByPrefix = new Map();
    /** Other globs with a literal directory somewhere (`**\/migrations/*.sql`), keyed by it. */
    genericBySegment = new Map();
    /** Other globs with no literal directory: tried once on every distinct directory. */
    genericAnywhere = [];
    nameCache = new Map();
    directoryCache = new Map();
    constructor(entries) {
        for (const { glob, value } of entries) {
            const index = this.values.length;
            this.values.push(value);
            const mm = new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(glob, _glob_js__WEBPACK_IMPORTED_MODULE_1__/* .MINIMATCH_OPTIONS */ .S$);
            // Brace expansion gives several alternatives; each is filed on its own.
            for (const segments of mm.set)
                this.file(mm, segments, index);
        }
        for (const list of this.suffixesByExtension.values())
            list.sort(byIndex);
        for (const list of this.nameRulesByFirst.values())
            list.sort(byIndex);
        this.nameRules.sort(byIndex);
    }
    get size() {
        return this.values.length;
    }
    /** The value of the first glob (in construction order) that matches the normalized path. */
    match(path) {
        const slash = path.lastIndexOf('/');
        return slash === -1
            ? this.matchIn(path, '', path)
            : this.matchIn(path, path.slice(0, slash), path.slice(slash + 1));
    }
    /**
     * `match` for a path already split into its directory ('' at the root) and file name, so
     * that several sets can share one split (and V8's cached string hashes) per path.
     */
    matchIn(path, directory, name) {
        if (this.values.length === 0)
            return undefined;
        const facts = this.directoryFacts(directory);
        let best = Math.min(facts.best, this.nameIndex(name));
        if (facts.literals !== undefined)
            best = Math.min(best, facts.literals.get(name) ?? best);
        for (const rule of facts.rules) {
            if (rule.index >= best)
                break;
            const hit = rule.name !== undefined
                ? nameMatches(rule.name, name)
                : rule.whole(path);
            if (hit) {
                best = rule.index;
                break;
            }
        }
        return best === Infinity ? undefined : this.values[best];
    }
    file(mm, segments, index) {
        const [first, second, third] = segments;
        const last = segments[segments.length - 1];
        const head = segments.slice(0, -1);
        const literalHead = head.every((s) => typeof s === 'string');
        if (literalHead && typeof last === 'string') {
            let inDirectory = this.literalPaths.get(head.join('/'));
            if (inDirectory === undefined) {
                inDirectory = new Map();
                this.literalPaths.set(head.join('/'), inDirectory);
            }
            keepLowest(inDirectory, last, index);
        }
        else if (literalHead && last === minimatch__WEBPACK_IMPORTED_MODULE_0__/* .GLOBSTAR */ .ZN && head.length > 0) {
            keepLowest(this.directories, head.join('/'), index);
        }
        else if (first === minimatch__WEBPACK_IMPORTED_MODULE_0__/* .GLOBSTAR */ .ZN && segments.length === 2 && second !== minimatch__WEBPACK_IMPORTED_MODULE_0__/* .GLOBSTAR */ .ZN) {
            if (typeof second === 'string')
                keepLowest(this.literalNames, second, index);
            else if (second !== undefined)
                this.fileNameGlob(second, index);
        }
        else if (segments.length === 3 &&
            first === minimatch__WEBPACK_IMPORTED_MODULE_0__/* .GLOBSTAR */ .ZN &&
            typeof second === 'string' &&
            third === minimatch__WEBPACK_IMPORTED_MODULE_0__/* .GLOBSTAR */ .ZN) {
            keepLowest(this.directoryNames, second, index);
        }
        else {
            this.fileGeneric(this.genericRule(mm, segments, index));
        }
    }
    genericRule(mm, segments, index) {
        const last = segments[segments.length - 1];
        // `x/**` matches what has at least one segment below x: a directory matching `x/**/`.
        const directorySegments = last === minimatch__WEBPACK_IMPORTED_MODULE_0__/* .GLOBSTAR */ .ZN ? segments : segments.slice(0, -1);
        const directory = directoryRegExp(directorySegments);
        const byName = last !== undefined && last !== minimatch__WEBPACK_IMPORTED_MODULE_0__/* .GLOBSTAR */ .ZN;
        if (directory !== undefined && (!byName || segmentSource(last) !== undefined)) {
            const name = byName ? nameRule(last, index) : undefined;
            return { index, segments, directory, name, whole: undefined };
        }
        const whole = (path) => mm.matchOne(path.split('/'), segments, false);
        return { index, segments, directory: undefined, name: undefined, whole };
    }
    /** Files a glob under the most selective key that every directory it allows must have. */
    fileGeneric(rule) {
        const directories = rule.segments.slice(0, -1);
        const literalLead = directories.findIndex((s) => typeof s !== 'string');
        const prefix = directories.slice(0, literalLead === -1 ? directories.length : literalLead);
        if (prefix.length > 0) {
            push(this.genericByPrefix, prefix.join('/'), rule);
            return;
        }
        // Each non-globstar segment matches exactly one path segment, so a literal one must appear.
        const literal = directories.find((s) => typeof s === 'string');
        if (literal !== undefined)
            push(this.genericBySegment, literal, rule);
        else
            this.genericAnywhere.push(rule);
    }
    fileNameGlob(regex, index) {
        const rule = nameRule(regex, index);
        // A suffix with a dot shares its extension with every name it matches.
        if (rule.suffix !== undefined && rule.suffix.includes('.')) {
            push(this.suffixesByExtension, extensionOf(rule.suffix), rule);
            return;
        }
        const first = LITERAL_START.exec(regex._glob ?? '')?.[0];
        if (first !== undefined)
            push(this.nameRulesByFirst, first, rule);
        else
            this.nameRules.push(rule);
    }
    /** What a path's directory alone decides, cached per directory (paths share directories). */
    directoryFacts(directory) {
        const cached = this.directoryCache.get(directory);
        if (cached !== undefined)
            return cached;
        let best = Infinity;
        const candidates = new Set(this.genericAnywhere);
        const walk = directory === '' ? '' : `${directory}/`;
        let start = 0;
        for (let i = walk.indexOf('/'); i !== -1; start = i + 1, i = walk.indexOf('/', start)) {
            const prefix = walk.slice(0, i);
            const name = walk.slice(start, i);
            best = Math.min(best, this.directories.get(prefix) ?? Infinity, this.directoryNames.get(name) ?? Infinity);
            for (const rule of this.genericByPrefix.get(prefix) ?? NO_RULES)
                candidates.add(rule);
            for (const rule of this.genericBySegment.get(name) ?? NO_RULES)
                candidates.add(rule);
        }
        const rules = [];
        for (const rule of candidates) {
            if (rule.index >= best)
                continue;
            if (rule.whole !== undefined)
                rules.push(rule);
            else if (rule.directory?.test(walk)) {
                if (rule.name === undefined)
                    best = Math.min(best, rule.index);
                else
                    rules.push(rule);
            }
        }
        const facts = {
            best,
            rules: rules.filter((r) => r.index < best).sort(byIndex),
            literals: this.literalPaths.get(directory),
        };
        if (this.directoryCache.size >= CACHE_LIMIT)
            this.directoryCache.clear();
        this.directoryCache.set(directory, facts);
        return facts;
    }
    /** The first glob of the form `**\/name` that matches this file name, cached per name. */
    nameIndex(name) {
        const cached = this.nameCache.get(name);
        if (cached !== undefined)
            return cached;
        let best = this.literalNames.get(name) ?? Infinity;
        best = firstMatch(this.suffixesByExtension.get(extensionOf(name)), name, best);
        best = firstMatch(this.nameRulesByFirst.get(name.charAt(0)), name, best);
        best = firstMatch(this.nameRules, name, best);
        if (this.nameCache.size >= CACHE_LIMIT)
            this.nameCache.clear();
        this.nameCache.set(name, best);
        return best;
    }
}


/***/ }),

/***/ 52130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xx: () => (/* binding */ forgetAtExit),
/* harmony export */   mU: () => (/* binding */ removeAtExit)
/* harmony export */ });
/* unused harmony export removeExitDirsNow */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Directories removed when the process exits, for what lives as long as the process: a session
// never closes its sandbox (the CLI and the action exit after one run), and the sandbox's relay
// sockets dir, or a transcript nobody asked to keep, would otherwise stay in the temp dir. One 'exit' listener per
// process, shared through a global symbol by every copy of this module (jest loads one a file).

const KEY = Symbol.for('lailatov.removeAtExit');
function registry() {
    const holder = process;
    let dirs = holder[KEY];
    if (!dirs) {
        const created = new Set();
        holder[KEY] = dirs = created;
        process.once('exit', () => removeNow(created));
    }
    return dirs;
}
function removeNow(dirs) {
    for (const dir of dirs)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    dirs.clear();
}
/** Removes `dir` when the process exits, unless forgetAtExit(dir) says it is already gone. */
function removeAtExit(dir) {
    registry().add(dir);
}
function forgetAtExit(dir) {
    registry().delete(dir);
}
/** Removes now what would be removed at exit: a test runner that reuses the process calls it. */
function removeExitDirsNow() {
    removeNow(registry());
}


/***/ }),

/***/ 4926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X4: () => (/* binding */ runChecked),
/* harmony export */   d1: () => (/* binding */ runCommand)
/* harmony export */ });
/* unused harmony export CommandError */
/* harmony import */ var execa__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16993);
/* harmony import */ var _core_secrets_mask_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24937);


class CommandError extends Error {
    command;
    exitCode;
    stderrTail;
    constructor(command, exitCode, stderrTail, message) {
        super(message);
        this.command = command;
        this.exitCode = exitCode;
        this.stderrTail = stderrTail;
        this.name = 'CommandError';
        Object.setPrototypeOf(this, CommandError.prototype);
    }
}
const DEFAULT_CAP = 4 * 1024 * 1024;
class TailBuffer {
    cap;
    chunks = [];
    size = 0;
    dropped = 0;
    constructor(cap) {
        this.cap = cap;
    }
    push(text) {
        this.chunks.push(text);
        this.size += text.length;
        while (this.size > this.cap && this.chunks.length > 1) {
            const first = this.chunks.shift() ?? '';
            this.size -= first.length;
            this.dropped += first.length;
        }
    }
    toString() {
        let text = this.chunks.join('');
        if (text.length > this.cap) {
            this.dropped += text.length - this.cap;
            text = text.slice(text.length - this.cap);
        }
        return this.dropped > 0 ? `[... ${this.dropped} characters dropped ...]\n${text}` : text;
    }
}
function killGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        // Negative pid: the whole group (the child is started detached, as a group leader).
        process.kill(-pid, signal);
    }
    catch {
        // Already gone.
    }
}
/** Splits a stream into lines for `onStdoutLine`; a line longer than the cap is cut, not kept. */
class LineSplitter {
    cap;
    onLine;
    pending = '';
    constructor(cap, onLine) {
        this.cap = cap;
        this.onLine = onLine;
    }
    push(chunk) {
        this.pending += chunk;
        let nl;
        while ((nl = this.pending.indexOf('\n')) >= 0) {
            this.emit(this.pending.slice(0, nl));
            this.pending = this.pending.slice(nl + 1);
        }
        if (this.pending.length > this.cap) {
            this.emit(this.pending);
            this.pending = '';
        }
    }
    flush() {
        if (this.pending !== '')
            this.emit(this.pending);
        this.pending = '';
    }
    emit(line) {
        this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
    }
}
async function runCommand(file, args, opts) {
    if (opts.confine) {
        const { jail, ...rest } = opts.confine;
        const c = await jail.confine(file, args, { ...rest, cwd: opts.cwd, env: opts.env });
        return spawnCapped(c.file, c.args, { ...opts, env: c.env });
    }
    return spawnCapped(file, args, opts);
}
async function spawnCapped(file, args, opts) {
    const started = Date.now();
    const cap = opts.maxOutputBytes ?? DEFAULT_CAP;
    const out = new TailBuffer(cap);
    const err = new TailBuffer(cap);
    const child = (0,execa__WEBPACK_IMPORTED_MODULE_0__/* .execa */ .Ho)(file, [...args], {
        cwd: opts.cwd,
        env: opts.env,
        extendEnv: false,
        input: opts.input,
        stdin: opts.input === undefined ? 'ignore' : 'pipe',
        reject: false,
        detached: true,
        buffer: false,
        stripFinalNewline: false,
    });
    const lines = opts.onStdoutLine ? new LineSplitter(cap, opts.onStdoutLine) : undefined;
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk) => {
        out.push(chunk);
        lines?.push(chunk);
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk) => err.push(chunk));
    let timedOut = false;
    let aborted = false;
    let stopping = false;
    let killTimer;
    const stop = () => {
        if (stopping)
            return;
        stopping = true;
        killGroup(child.pid, 'SIGTERM');
        killTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), opts.killGraceMs ?? 5000);
    };
    // When the leader exits, kill what it left behind right away: a backgrounded grandchild that
    // inherited stdout would otherwise keep the pipe open and the run waiting for it.
    child.on('exit', () => killGroup(child.pid, 'SIGKILL'));
    const timer = opts.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            stop();
        }, opts.timeoutMs)
        : undefined;
    const onAbort = () => {
        aborted = true;
        stop();
    };
    if (opts.signal?.aborted)
        onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
        const result = await child;
        lines?.flush();
        const spawnError = child.pid === undefined
            ? result.cause instanceof Error
                ? result.cause.message
                : result.shortMessage
            : undefined;
        return {
            exitCode: result.exitCode ?? null,
            signal: result.signal ?? null,
            stdout: out.toString(),
            stderr: err.toString(),
            timedOut,
            aborted,
            durationMs: Date.now() - started,
            ...(spawnError !== undefined ? { spawnError } : {}),
        };
    }
    finally {
        if (timer)
            clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
        killGroup(child.pid, 'SIGKILL');
        if (killTimer)
            clearTimeout(killTimer);
    }
}
/**
 * Runs a command and throws a CommandError (with the stderr tail) unless it exits 0. The error
 * names the command by its label (or the program alone), never by its argument values, and every
 * form of the given secrets is redacted from it: it reaches logs and the job summary.
 */
async function runChecked(file, args, opts) {
    const r = await runCommand(file, args, opts);
    if (r.exitCode !== 0) {
        const label = opts.label ?? file;
        const tail = (0,_core_secrets_mask_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(r.stderr.slice(-2000), opts.secrets ?? []);
        throw new CommandError(label, r.exitCode, tail, `${label} failed (exit ${r.exitCode ?? r.signal}): ${tail.trim()}`);
    }
    return r;
}


/***/ }),

/***/ 91247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ discoverSafeTarget),
/* harmony export */   n3: () => (/* binding */ safeGitRunOptions),
/* harmony export */   tQ: () => (/* binding */ safeGitArgs)
/* harmony export */ });
/* harmony import */ var _core_git_safe_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43386);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4926);
// How the orchestrator starts git in a repository whose .git it does not trust: the git directory
// and work tree pinned on the command line, a fresh environment with the safe config
// (src/core/git/safe-config.ts), and an empty definition of every filter, diff and merge driver
// configured at that moment, read just before the command (an include can depend on the branch,
// and the agent may have run in between).



/** The argv for `git <args>` on the target. */
function safeGitArgs(t, args) {
    const where = [`--git-dir=${t.gitDir}`];
    if (t.workTree !== null)
        where.push(`--work-tree=${t.workTree}`);
    return ['--no-pager', ...where, ...args];
}
/** Run options for a git command on the target, with `extra` command-scope config (e.g. a credential). */
async function safeGitRunOptions(t, args, extra = []) {
    const drivers = await driversInEffect(t);
    return {
        cwd: t.cwd,
        env: (0,_core_git_safe_config_js__WEBPACK_IMPORTED_MODULE_2__/* .safeGitEnv */ .tl)({ ...t.env, config: [...(t.env.config ?? []), ...drivers, ...extra] }),
        label: `git ${args[0] ?? ''}`,
        secrets: t.secrets ?? [],
    };
}
async function driversInEffect(t) {
    const r = await (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('git', [`--git-dir=${t.gitDir}`, 'config', '--name-only', '--get-regexp', '^(filter|diff|merge)\\.'], { cwd: t.cwd, env: (0,_core_git_safe_config_js__WEBPACK_IMPORTED_MODULE_2__/* .safeGitEnv */ .tl)(t.env) });
    // Exit 1: no such key. Anything else: a config git cannot read, and then no command can run.
    if (r.exitCode !== 0 && r.exitCode !== 1)
        throw new Error(`git cannot read the repository's config in ${t.cwd}`);
    return (0,_core_git_safe_config_js__WEBPACK_IMPORTED_MODULE_2__/* .driverOverrides */ .Mj)(r.stdout);
}
/**
 * The repository at `cwd`, found by git, with its work tree pinned to the directory that holds
 * `.git` (whatever core.worktree says now); a linked worktree or submodule keeps git's answer.
 * Only local transports; PATH and HOME come from `env`.
 */
async function discoverSafeTarget(cwd, env) {
    const options = { path: env.PATH ?? '/usr/bin:/bin', home: env.HOME ?? '/tmp', protocols: [] };
    const found = await (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runChecked */ .X4)('git', ['rev-parse', '--absolute-git-dir', '--show-toplevel'], {
        cwd,
        env: (0,_core_git_safe_config_js__WEBPACK_IMPORTED_MODULE_2__/* .safeGitEnv */ .tl)(options),
        label: 'git rev-parse',
    });
    const [gitDir = '', top = cwd] = found.stdout.trim().split('\n');
    const workTree = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(gitDir) === '.git' ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(gitDir) : top;
    return { cwd, gitDir, workTree, env: options };
}


/***/ }),

/***/ 14542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ sandboxEnv)
/* harmony export */ });
/* unused harmony export isSecretName */
/**
 * The agent's environment is an allowlist, never a denylist: a secret we did not think of
 * (GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, INPUT_*, a model key) must not reach the agent's shell.
 */
const BASE_ALLOW = [
    'PATH',
    'HOME',
    'LANG',
    'LC_ALL',
    'LC_CTYPE',
    'TZ',
    'TERM',
    'CI',
    'TMPDIR',
    'USER',
    'SHELL',
];
/** Names that are refused even when a policy asks for them: they carry credentials. */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|CREDENTIAL|AUTH)/i;
const SECRET_PREFIX = /^(INPUT_|ACTIONS_|GITHUB_TOKEN|GH_TOKEN|AWS_|ANTHROPIC_|OPENAI_|GEMINI_|GOOGLE_)/;
function isSecretName(name) {
    return SECRET_NAME.test(name) || SECRET_PREFIX.test(name);
}
/**
 * Builds the child environment from the parent's: the base allowlist, plus the policy's extra
 * non-secret names, plus its explicit values. Explicit values win, and are the only way an
 * engine passes its own settings (e.g. a loopback proxy URL and a dummy key) to a CLI.
 */
function sandboxEnv(parent, policy = {}) {
    const out = {};
    const names = [...BASE_ALLOW, ...(policy.allow ?? []).filter((n) => !isSecretName(n))];
    for (const name of names) {
        const value = parent[name];
        if (value !== undefined)
            out[name] = value;
    }
    return { ...out, ...(policy.set ?? {}) };
}


/***/ }),

/***/ 27684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ jailFor),
  o8: () => (/* binding */ lazySandbox)
});

// UNUSED EXPORTS: BwrapSandbox, OffSandbox, SANDBOX_OFF_WARNING, SandboxUnavailableError, defaultSandbox, openSandbox

// EXTERNAL MODULE: ./src/core/sandbox/egress-policy.ts
var egress_policy = __webpack_require__(39991);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engines/process.ts
var engines_process = __webpack_require__(4926);
;// CONCATENATED MODULE: ./src/engines/sandbox/bridge.ts
/**
 * The first process inside a sandbox that has ports to reach. The sandbox has its own network
 * namespace (no route out); this bridge listens on 127.0.0.1:<port> inside and carries each
 * connection over a Unix socket, bound in from the host, to the relay that serves that port.
 * Then it runs the command and exits with its status. It is plain JavaScript for `node -e`, so
 * it needs no file on disk and works the same from the sources and from the bundles.
 */
const BRIDGE_SOURCE = String.raw `
'use strict';
const net = require('node:net');
const { spawn } = require('node:child_process');
const [spec, file, ...args] = process.argv.slice(1);
const routes = JSON.parse(spec);
let pending = routes.length;
const servers = [];
function start() {
  const child = spawn(file, args, { stdio: 'inherit' });
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('error', (e) => { process.stderr.write(file + ': ' + e.message + '\n'); process.exit(127); });
  child.on('exit', (code, signal) => {
    for (const s of servers) s.close();
    process.exit(code === null ? 128 + (require('node:os').constants.signals[signal] || 9) : code);
  });
}
if (pending === 0) start();
for (const r of routes) {
  const server = net.createServer((inner) => {
    const outer = net.connect(r.socket);
    inner.pipe(outer).pipe(inner);
    const end = () => { inner.destroy(); outer.destroy(); };
    inner.on('error', end); outer.on('error', end); inner.on('close', end); outer.on('close', end);
  });
  server.on('error', (e) => { process.stderr.write('sandbox bridge: port ' + r.port + ': ' + e.message + '\n'); process.exit(125); });
  server.listen(r.port, '127.0.0.1', () => { if (--pending === 0) start(); });
  servers.push(server);
}
`;
/**
 * The same bridge made of socat (one listener per port) and sh, which start in a few
 * milliseconds where node takes a hundred or more: the sh waits until every port listens (read
 * from the sandbox's own /proc/net/tcp), then becomes the command. Ports are numbers and the
 * socket paths are ours, so nothing in this script comes from the agent.
 */
function socatBridgeArgs(routes, file, args) {
    const listeners = routes.map((r) => `socat TCP-LISTEN:${r.port},bind=127.0.0.1,fork,reuseaddr UNIX-CONNECT:${r.socket} 2>/dev/null &`);
    // `listening <hex port>` reads /proc/net/tcp with shell builtins only (no process per try).
    const hex = routes.map((r) => r.port.toString(16).toUpperCase().padStart(4, '0'));
    const script = [
        ...listeners,
        'listening() { while read -r _ addr _ st _; do [ "$addr" = "0100007F:$1" ] && [ "$st" = 0A ] && return 0; done < /proc/net/tcp; return 1; }',
        'i=0',
        `until ${hex.map((h) => `listening ${h}`).join(' && ')}; do`,
        '  i=$((i+1)); [ "$i" -ge 3000 ] && break; [ "$i" -gt 200 ] && sleep 0.002',
        'done',
        'exec "$@"',
    ].join('\n');
    return ['-c', script, 'lailatov-bridge', file, ...args];
}
/** argv (after the node binary) that runs `file args` behind the bridge. */
function bridgeArgs(routes, file, args) {
    return ['-e', BRIDGE_SOURCE, JSON.stringify(routes), file, ...args];
}

// EXTERNAL MODULE: external "node:dns/promises"
var external_node_dns_promises_ = __webpack_require__(71553);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/engines/sandbox/egress-log.ts
// The egress proxy's record of what it decided (egress-proxy.ts moves the bytes; this counts
// them): one row per host, port and verdict, capped so an agent that tries many hosts cannot
// grow it without bound, and the Markdown table the job summary shows.
/** A log that lists at most `maxEntries` distinct rows; later ones count in the totals only. */
function createEgressLog(maxEntries) {
    const rows = new Map();
    const totals = { allowed: 0, refused: 0, bytesOut: 0, bytesIn: 0, unlistedDecisions: 0 };
    return {
        record(rawHost, port, reason) {
            const host = rawHost.length > 200 ? `${rawHost.slice(0, 200)}…` : rawHost;
            const allowed = reason === undefined;
            if (allowed)
                totals.allowed += 1;
            else
                totals.refused += 1;
            const key = `${host}|${port}|${reason ?? ''}`;
            let entry = rows.get(key);
            if (!entry) {
                entry = { host, port, allowed, requests: 0, bytesOut: 0, bytesIn: 0 };
                if (reason !== undefined)
                    entry.reason = reason;
                if (rows.size < maxEntries)
                    rows.set(key, entry);
                else
                    totals.unlistedDecisions += 1;
            }
            entry.requests += 1;
            const row = entry;
            return {
                out: (n) => {
                    row.bytesOut += n;
                    totals.bytesOut += n;
                },
                in: (n) => {
                    row.bytesIn += n;
                    totals.bytesIn += n;
                },
            };
        },
        stats: () => ({ ...totals, entries: [...rows.values()].map((e) => ({ ...e })) }),
    };
}
/** The log as a Markdown table for the job summary: refusals first, then the busiest hosts. */
function egressSummaryMarkdown(stats) {
    const lines = [
        `Network egress: ${stats.allowed} allowed, ${stats.refused} refused, ` +
            `${stats.bytesOut} bytes out, ${stats.bytesIn} bytes in.`,
    ];
    if (stats.entries.length === 0)
        return lines[0];
    const rows = [...stats.entries].sort((a, b) => Number(a.allowed) - Number(b.allowed) || b.bytesIn - a.bytesIn);
    lines.push('', '| Host | Port | Verdict | Requests | Bytes out | Bytes in |', '|---|---|---|---|---|---|');
    for (const e of rows) {
        // Hosts (and reasons that quote them) came from the agent: no markup, pipes or mentions.
        const cell = (t) => t.replace(/[^\w .,:;()"'/*[\]-]/g, '?');
        const verdict = e.allowed ? 'allowed' : `refused: ${cell(e.reason ?? '')}`;
        lines.push(`| \`${cell(e.host)}\` | ${e.port} | ${verdict} | ${e.requests} | ${e.bytesOut} | ${e.bytesIn} |`);
    }
    if (stats.unlistedDecisions > 0) {
        lines.push('', `${stats.unlistedDecisions} more decisions about other hosts are counted above only.`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/engines/sandbox/egress-proxy.ts





async function systemResolve(host) {
    const found = await (0,external_node_dns_promises_.lookup)(host, { all: true, verbatim: true });
    return found.map((a) => a.address);
}
function defaultConnect(address, port) {
    return external_node_net_default().connect({ host: address, port });
}
const PHRASES = {
    400: 'Bad Request',
    403: 'Forbidden by the LailaTov egress allowlist',
    502: 'Bad Gateway',
    503: 'Too Many Connections',
};
function rawAnswer(socket, status, message) {
    const body = `${message}\n`;
    socket.end(`HTTP/1.1 ${status} ${PHRASES[status] ?? 'Error'}\r\n` +
        'content-type: text/plain; charset=utf-8\r\n' +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}
function answer(res, status, message) {
    res.writeHead(status, PHRASES[status] ?? 'Error', {
        'content-type': 'text/plain; charset=utf-8',
        connection: 'close',
    });
    res.end(`${message}\n`);
}
/** Request headers that are about this hop, not the request. */
const HOP = new Set([
    'connection',
    'keep-alive',
    'proxy-authorization',
    'proxy-connection',
    'te',
    'trailer',
    'transfer-encoding',
    'upgrade',
]);
function forwardHeaders(req, host) {
    const named = String(req.headers.connection ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase());
    const out = {};
    for (const [k, v] of Object.entries(req.headers)) {
        if (!HOP.has(k) && !named.includes(k))
            out[k] = v;
    }
    out.host = host;
    return out;
}
async function startEgressProxy(opts) {
    const resolve = opts.resolve ?? systemResolve;
    const connect = opts.connect ?? defaultConnect;
    const maxConnections = opts.maxConnections ?? 64;
    const idleTimeoutMs = opts.idleTimeoutMs ?? 120_000;
    const { record, stats } = createEgressLog(opts.maxLogEntries ?? 500);
    const open = new Set();
    let upstreams = 0;
    let closing = false;
    const track = (socket) => {
        open.add(socket);
        socket.once('close', () => open.delete(socket));
    };
    /** Decides on host:port and, when allowed, connects to a checked public address. */
    const openUpstream = async (rawHost, port) => {
        const host = (0,egress_policy/* normalizeHost */.cS)(rawHost.replace(/^\[(.*)\]$/, '$1'));
        const refuse = (status, why) => {
            record(host, port, why);
            return {
                ok: false,
                status,
                message: `LailaTov egress proxy refused ${host}:${port}: ${why}`,
            };
        };
        if (!(port >= 1 && port <= 65535))
            return refuse(400, 'not a valid port');
        const verdict = (0,egress_policy/* checkEgress */.ek)(opts.policy, host, port);
        if (!verdict.allowed)
            return refuse(403, verdict.reason);
        if (upstreams >= maxConnections) {
            return refuse(503, `more than ${maxConnections} connections open at once`);
        }
        // The slot is held from here, across the DNS wait, until the upstream socket closes.
        upstreams += 1;
        let socketMade = false;
        try {
            let addresses;
            try {
                addresses = await resolve(host);
            }
            catch (e) {
                return refuse(502, `could not resolve: ${e.message}`);
            }
            const usable = addresses.filter(egress_policy/* mayConnectTo */.Tp);
            if (usable.length === 0) {
                const shown = addresses.map((a) => `${a} (${(0,egress_policy/* addressScope */.b3)(a) ?? 'not an address'})`);
                return refuse(403, `resolves to ${shown.join(', ') || 'no address'}; the sandbox never connects to ` +
                    'loopback, private, link-local or reserved addresses, whatever the allowlist says');
            }
            if (closing)
                return refuse(503, 'the proxy is closing');
            const socket = connect(usable[0], port);
            socketMade = true;
            socket.once('close', () => (upstreams -= 1));
            track(socket);
            socket.setTimeout(idleTimeoutMs, () => socket.destroy());
            try {
                await new Promise((ok, ko) => {
                    socket.once('connect', ok);
                    socket.once('error', ko);
                    // Destroyed before connecting (idle timeout, close()): no 'error' comes.
                    socket.once('close', () => ko(new Error('closed before the connection was made')));
                });
            }
            catch (e) {
                socket.destroy();
                return refuse(502, `could not connect: ${e.message}`);
            }
            return { ok: true, socket, host };
        }
        finally {
            if (!socketMade)
                upstreams -= 1;
        }
    };
    const onConnect = (req, client, head) => {
        track(client);
        client.on('error', () => client.destroy());
        const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+):(\d{1,5})$/i.exec(req.url ?? '');
        if (!m) {
            record(req.url ?? '', 0, 'malformed CONNECT target');
            rawAnswer(client, 400, 'LailaTov egress proxy: CONNECT needs host:port');
            return;
        }
        const port = Number(m[2]);
        void openUpstream(m[1], port).then((up) => {
            if (!up.ok)
                return rawAnswer(client, up.status, up.message);
            const { socket, host } = up;
            if (client.destroyed)
                return socket.destroy();
            client.setTimeout(idleTimeoutMs, () => client.destroy());
            client.on('close', () => socket.destroy());
            socket.on('close', () => client.destroy());
            socket.on('error', () => socket.destroy());
            client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
            // Nothing reaches the host until the client's TLS hello asks for the name it CONNECTed to.
            let first = head;
            const check = () => {
                const opening = (0,egress_policy/* readTunnelOpening */.hy)(first);
                if (opening.kind === 'incomplete')
                    return false;
                const asked = opening.kind === 'hello' ? (0,egress_policy/* normalizeHost */.cS)(opening.serverName) : undefined;
                if (asked !== host) {
                    const why = opening.kind === 'refused'
                        ? opening.reason
                        : `its TLS hello asks for ${JSON.stringify(asked?.slice(0, 100))}, not the host it was opened for`;
                    record(host, port, why);
                    client.destroy();
                    socket.destroy();
                    return true;
                }
                relay(client, socket, record(host, port), first);
                return true;
            };
            const onFirst = (chunk) => {
                first = Buffer.concat([first, chunk]);
                if (check())
                    client.off('data', onFirst);
            };
            if (!check())
                client.on('data', onFirst);
        });
    };
    /** Pipes a checked tunnel both ways, counting bytes; `first` is what the client sent so far. */
    const relay = (client, socket, row, first) => {
        client.pause(); // no chunk may slip past between the check and the pipe
        row.out(first.length);
        socket.write(first);
        client.on('data', (chunk) => row.out(chunk.length));
        socket.on('data', (chunk) => row.in(chunk.length));
        client.pipe(socket);
        socket.pipe(client);
    };
    const onRequest = (req, res) => {
        let target;
        try {
            if (/^http:\/\//i.test(req.url ?? ''))
                target = new URL(req.url);
        }
        catch {
            target = undefined;
        }
        if (!target) {
            record(req.url ?? '', 0, 'not an absolute-form http:// request');
            req.resume();
            return answer(res, 400, 'LailaTov egress proxy: send CONNECT host:port, or an absolute-form http:// request');
        }
        const url = target;
        const port = url.port === '' ? 80 : Number(url.port);
        void openUpstream(url.hostname, port).then((up) => {
            if (!up.ok) {
                req.resume();
                return answer(res, up.status, up.message);
            }
            const { socket, host } = up;
            const row = record(host, port);
            const forward = external_node_http_default().request({
                method: req.method,
                path: `${url.pathname}${url.search}`,
                headers: forwardHeaders(req, url.host),
                // No agent: the request goes over the socket opened to the checked address.
                createConnection: () => socket,
            }, (upRes) => {
                res.writeHead(upRes.statusCode ?? 502, upRes.statusMessage, upRes.headers);
                upRes.on('data', (chunk) => row.in(chunk.length));
                upRes.pipe(res);
            });
            forward.on('error', (e) => {
                if (!res.headersSent)
                    answer(res, 502, `LailaTov egress proxy: ${e.message}`);
                else
                    res.destroy();
            });
            res.on('close', () => socket.destroy());
            req.on('data', (chunk) => row.out(chunk.length));
            req.pipe(forward);
        });
    };
    const server = external_node_http_default().createServer(onRequest);
    server.on('connect', onConnect);
    server.on('connection', track);
    await new Promise((ok, ko) => {
        server.once('error', ko);
        server.listen(0, '127.0.0.1', () => ok());
    });
    // A stage that forgets to close it must still be able to exit; open tunnels keep it alive.
    server.unref();
    const { port } = server.address();
    return {
        port,
        url: `http://127.0.0.1:${port}`,
        stats,
        close: () => new Promise((ok) => {
            closing = true;
            server.close(() => ok());
            for (const s of open)
                s.destroy();
            server.closeAllConnections();
        }),
    };
}
/**
 * The environment that points the agent's tools at the egress proxy, for `sandboxEnv`'s `set`:
 * `proxyUrl` is the proxy as the sandbox sees it. Every spelling the usual tools read (curl reads
 * only lower-case `http_proxy`; npm, pip, cargo, git and Go read either), yarn 2+'s own names, and
 * Node 24's opt-in for its built-in fetch. `direct` (the model proxy's loopback address) is
 * reached without the proxy, which refuses IP addresses.
 */
function egressProxyEnv(proxyUrl, direct = ['127.0.0.1', 'localhost', '::1']) {
    const noProxy = direct.join(',');
    return {
        HTTP_PROXY: proxyUrl,
        HTTPS_PROXY: proxyUrl,
        http_proxy: proxyUrl,
        https_proxy: proxyUrl,
        NO_PROXY: noProxy,
        no_proxy: noProxy,
        YARN_HTTP_PROXY: proxyUrl,
        YARN_HTTPS_PROXY: proxyUrl,
        NODE_USE_ENV_PROXY: '1',
    };
}

;// CONCATENATED MODULE: ./src/engines/sandbox/bwrap-args.ts

/** Where the relay sockets appear inside the sandbox. */
const SOCKET_DIR = '/run/lailatov-relay';
/** Drops every path that sits inside another one of the list (its parent covers it). */
function outermost(paths) {
    const sorted = [...new Set(paths.map((p) => external_node_path_default().resolve(p)))].sort();
    const out = [];
    for (const p of sorted) {
        const last = out[out.length - 1];
        if (last !== undefined && (p === last || p.startsWith(last === '/' ? '/' : `${last}/`)))
            continue;
        out.push(p);
    }
    return out;
}
function isInside(child, parent) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
function bwrapArgs(plan, file, args) {
    const out = [
        // No process outside is visible (own PID namespace, own /proc), no host IPC, no network but
        // the relayed loopback ports, and no capability even when the runner is root.
        '--die-with-parent',
        '--new-session',
        '--unshare-user',
        '--unshare-pid',
        '--unshare-ipc',
        '--unshare-uts',
        '--unshare-cgroup-try',
        '--unshare-net',
        '--uid',
        String(plan.uid),
        '--gid',
        String(plan.gid),
        '--cap-drop',
        'ALL',
        '--ro-bind',
        '/',
        '/',
        '--dev',
        '/dev',
        '--proc',
        '/proc',
    ];
    // The tree or a toolchain may sit inside a hidden directory: it is bound again below, after the
    // tmpfs covers its parent, so nothing else of that directory shows.
    for (const dir of outermost(plan.hidden))
        if (dir !== '/')
            out.push('--tmpfs', dir);
    for (const p of outermost(plan.readable))
        out.push('--ro-bind-try', p, p);
    out.push('--bind', plan.root, plan.root);
    for (const p of plan.readOnlyInTree)
        out.push('--ro-bind-try', p, p);
    for (const p of outermost(plan.writable))
        out.push('--bind', p, p);
    if (plan.socketDir !== null)
        out.push('--bind', plan.socketDir, SOCKET_DIR);
    out.push('--chdir', plan.cwd, '--', file, ...args);
    return out;
}

// EXTERNAL MODULE: ./src/engines/exit-cleanup.ts
var exit_cleanup = __webpack_require__(52130);
;// CONCATENATED MODULE: ./src/engines/sandbox/relay.ts


async function startPortRelay(dir, port) {
    const socketPath = external_node_path_default().join(dir, `${port}.sock`);
    const open = new Set();
    const server = external_node_net_default().createServer((inner) => {
        const outer = external_node_net_default().connect(port, '127.0.0.1');
        open.add(inner).add(outer);
        inner.pipe(outer).pipe(inner);
        const end = () => {
            inner.destroy();
            outer.destroy();
            open.delete(inner);
            open.delete(outer);
        };
        for (const s of [inner, outer]) {
            s.on('error', end);
            s.on('close', end);
        }
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(socketPath, () => resolve());
    });
    server.unref();
    return {
        socketPath,
        close: () => new Promise((resolve) => {
            for (const s of open)
                s.destroy();
            server.close(() => resolve());
        }),
    };
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
// EXTERNAL MODULE: ./src/core/risk/glob.ts
var risk_glob = __webpack_require__(7765);
;// CONCATENATED MODULE: ./src/engines/sandbox/tree-paths.ts





const LITERAL_DIR_GLOB = /^([^*?[\]{}!]+)\/\*\*$/;
const LITERAL = /^[^*?[\]{}!]+$/;
async function exists(p) {
    try {
        await (0,promises_.lstat)(p);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The host paths inside the tree that the sandbox binds read-only: `.git`, and every protected
 * path that exists when the run starts. A literal directory glob (`.github/**`) binds the
 * directory, so nothing new can be created in it either; other globs (`**\/CLAUDE.md`) bind each
 * file they match now. What a glob could match later is the tree gate's job.
 */
async function readOnlyTreePaths(root, globs, gitEnv) {
    const out = new Set();
    const pattern = [];
    for (const raw of ['.git/**', ...globs]) {
        const glob = (0,risk_glob/* toGlob */.aZ)(raw);
        if (glob === undefined)
            continue;
        const literal = LITERAL_DIR_GLOB.exec(glob)?.[1] ?? (LITERAL.test(glob) ? glob : undefined);
        if (literal !== undefined) {
            const p = external_node_path_default().join(root, literal);
            if (await exists(p))
                out.add(p);
        }
        else
            pattern.push(new esm/* Minimatch */.VR(glob, risk_glob/* MINIMATCH_OPTIONS */.S$));
    }
    if (pattern.length > 0) {
        const r = await (0,engines_process/* runCommand */.d1)('git', [
            '-c',
            'core.fsmonitor=false',
            'ls-files',
            '-z',
            '--cached',
            '--others',
            '--exclude-standard',
        ], { cwd: root, env: gitEnv, maxOutputBytes: 64 * 1024 * 1024 });
        for (const rel of r.exitCode === 0 ? r.stdout.split('\0') : [])
            if (rel !== '' && pattern.some((m) => m.match(rel)))
                out.add(external_node_path_default().join(root, rel));
    }
    // A symlink in the tree must not make bwrap bind its target read-only somewhere else.
    const real = await (0,promises_.realpath)(root);
    const kept = [];
    for (const p of out) {
        try {
            const target = await (0,promises_.realpath)(p);
            if (target === p || target.startsWith(`${real}/`))
                kept.push(p);
        }
        catch {
            // Vanished or dangling: nothing to bind.
        }
    }
    return kept.sort();
}

;// CONCATENATED MODULE: ./src/engines/sandbox/bwrap.ts











class SandboxUnavailableError extends Error {
    constructor(detail) {
        super(`the agent sandbox could not start: ${detail}. The agent never runs unconfined by ` +
            'default. Fix: install bubblewrap (Debian/Ubuntu: `sudo apt-get install -y bubblewrap`; ' +
            'on Ubuntu 24.04 runners also `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`), ' +
            'or set `sandbox: {mode: off}` in .github/lailatov.yml to run the agent without it (the ' +
            'job summary and the PR will say so).');
        this.name = 'SandboxUnavailableError';
        Object.setPrototypeOf(this, SandboxUnavailableError.prototype);
    }
}
/** Directories under a home that hold credentials: never shown again, even on PATH. */
const CREDENTIAL_DIRS = new Set([
    '.ssh',
    '.config',
    '.aws',
    '.azure',
    '.docker',
    '.gnupg',
    '.kube',
    '.npmrc',
    '.netrc',
    '.git-credentials',
    '.pypirc',
    'runners',
    'work',
]);
async function onPath(name, searchPath) {
    for (const dir of (searchPath ?? '').split((external_node_path_default()).delimiter)) {
        if (!external_node_path_default().isAbsolute(dir))
            continue;
        try {
            await (0,promises_.access)(external_node_path_default().join(dir, name), external_node_fs_.constants.X_OK);
            return true;
        }
        catch {
            // not here
        }
    }
    return false;
}
function hiddenDirs(env) {
    const dirs = ['/home', '/root', '/tmp', '/var/tmp', '/run', '/mnt', '/media', external_node_os_default().tmpdir()];
    for (const name of ['HOME', 'RUNNER_TEMP', 'RUNNER_WORKSPACE'])
        if (env[name])
            dirs.push(env[name]);
    dirs.push(external_node_os_default().homedir());
    return dirs.filter((d) => external_node_path_default().isAbsolute(d));
}
/**
 * What must be shown again inside a hidden directory: node itself (the bridge runs on it) and
 * the toolchains on PATH (pyenv, cargo, nvm under a home), each as the top-level directory under
 * its home, never a credential directory.
 */
async function readableDirs(env, hidden) {
    const out = [external_node_path_default().dirname(external_node_path_default().dirname(await (0,promises_.realpath)(process.execPath)))];
    for (const entry of (env.PATH ?? '').split((external_node_path_default()).delimiter)) {
        if (!external_node_path_default().isAbsolute(entry))
            continue;
        for (const candidate of new Set([entry, await (0,promises_.realpath)(entry).catch(() => entry)])) {
            const under = hidden.find((h) => isInside(candidate, h) && candidate !== h);
            if (under === undefined)
                continue;
            const top = external_node_path_default().relative(under, candidate).split((external_node_path_default()).sep)[0];
            if (top !== undefined && !CREDENTIAL_DIRS.has(top))
                out.push(external_node_path_default().join(under, top));
        }
    }
    return out;
}
/** The real boundary: each confined command is a bubblewrap sandbox of its own. */
class BwrapSandbox {
    bwrap;
    o;
    hidden;
    readable;
    socat;
    mode = 'bwrap';
    egress;
    relayDir;
    relays = new Map();
    egressStarted;
    constructor(bwrap, o, hidden, readable, socat) {
        this.bwrap = bwrap;
        this.o = o;
        this.hidden = hidden;
        this.readable = readable;
        this.socat = socat;
    }
    /** Checks that a sandbox really starts here, so a broken setup fails before any agent runs. */
    static async open(o) {
        const bwrap = o.bwrap ?? 'bwrap';
        const hidden = hiddenDirs(o.env);
        const socat = o.socat ?? (await onPath('socat', o.env.PATH));
        const sandbox = new BwrapSandbox(bwrap, o, hidden, await readableDirs(o.env, hidden), socat);
        const probe = sandbox.plan(external_node_os_default().tmpdir(), [], [], [], null, '/');
        const r = await (0,engines_process/* runCommand */.d1)(bwrap, bwrapArgs(probe, 'true', []), {
            cwd: '/',
            env: { PATH: o.env.PATH ?? '/usr/bin:/bin' },
            timeoutMs: 30_000,
        });
        if (r.exitCode !== 0)
            throw new SandboxUnavailableError(r.spawnError !== undefined
                ? `bwrap is not installed (${r.spawnError})`
                : `bwrap failed (exit ${r.exitCode ?? r.signal}): ${r.stderr.trim().slice(0, 300)}`);
        return sandbox;
    }
    plan(root, readOnlyInTree, readable, writable, socketDir, cwd) {
        const uid = process.getuid?.() ?? 1000;
        const gid = process.getgid?.() ?? 1000;
        return {
            root,
            hidden: this.hidden,
            readable: [...this.readable, ...readable],
            writable,
            readOnlyInTree,
            socketDir,
            // Root outside is an ordinary user inside: tools that refuse root, or act differently as
            // root, behave as they do on a laptop.
            uid: uid === 0 ? 1000 : uid,
            gid: uid === 0 ? 1000 : gid,
            cwd,
        };
    }
    async jail(root, protectedGlobs) {
        const realRoot = await (0,promises_.realpath)(root);
        const gitEnv = { PATH: this.o.env.PATH ?? '/usr/bin:/bin' };
        const readOnly = await readOnlyTreePaths(realRoot, protectedGlobs, gitEnv);
        return {
            mode: 'bwrap',
            root: realRoot,
            confine: (file, args, opts) => this.confine(realRoot, readOnly, file, args, opts),
        };
    }
    async confine(root, readOnly, file, args, opts) {
        const egress = await this.egressProxy();
        const ports = [...new Set([...(opts.ports ?? []), ...(egress ? [egress.port] : [])])];
        // The proxy listens at the same port inside (the bridge), so its URL is the same there.
        const env = { ...opts.env, TMPDIR: '/tmp', ...(egress ? egressProxyEnv(egress.url) : {}) };
        const cwd = external_node_path_default().resolve(root, external_node_path_default().relative(root, await (0,promises_.realpath)(opts.cwd).catch(() => opts.cwd)));
        if (ports.length === 0) {
            const plan = this.plan(root, readOnly, opts.readable ?? [], opts.writable ?? [], null, cwd);
            return { file: this.bwrap, args: bwrapArgs(plan, file, args), env };
        }
        const socketDir = await this.relayPorts(ports);
        const plan = this.plan(root, readOnly, opts.readable ?? [], opts.writable ?? [], socketDir, cwd);
        const routes = ports.map((port) => ({ port, socket: `${SOCKET_DIR}/${port}.sock` }));
        const [bridge, bridgeArgv] = this.socat
            ? ['/bin/sh', socatBridgeArgs(routes, file, args)]
            : [await (0,promises_.realpath)(process.execPath), bridgeArgs(routes, file, args)];
        return { file: this.bwrap, args: bwrapArgs(plan, bridge, bridgeArgv), env };
    }
    /**
     * The host ends of the relayed ports, one per port for the sandbox's life (a listener per
     * command cost more than the command), in one directory that each command binds.
     */
    async relayPorts(ports) {
        this.relayDir ??= (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'lailatov-relay-')).then((dir) => {
            (0,exit_cleanup/* removeAtExit */.mU)(dir);
            return dir;
        });
        const dir = await this.relayDir;
        await Promise.all(ports.map((port) => {
            let relay = this.relays.get(port);
            if (relay === undefined) {
                relay = startPortRelay(dir, port);
                relay.catch(() => this.relays.delete(port));
                this.relays.set(port, relay);
            }
            return relay;
        }));
        return dir;
    }
    /** The stage's one egress proxy, started with the first command that may use it. */
    egressProxy() {
        const policy = this.o.egress;
        if (!policy || policy.rules.length === 0)
            return Promise.resolve(null);
        this.egress ??= startEgressProxy({ policy }).then((p) => (this.egressStarted = p));
        return this.egress;
    }
    report() {
        return {
            mode: 'bwrap',
            summary: 'bubblewrap: own PID, user, IPC and network namespaces; read-only system; writable tree ' +
                '(protected paths and .git read-only), private home and tmp; network only to the model ' +
                'proxy and the egress allowlist',
            egress: (this.egressStarted?.stats().entries ?? []).map((e) => ({
                host: e.host,
                port: e.port,
                allowed: e.allowed,
            })),
        };
    }
    async close() {
        const relays = [...this.relays.values()];
        this.relays.clear();
        await Promise.all(relays.map(async (r) => (await r.catch(() => null))?.close()));
        if (this.relayDir) {
            const dir = await this.relayDir;
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            (0,exit_cleanup/* forgetAtExit */.Xx)(dir);
        }
        this.relayDir = undefined;
        await (await this.egress)?.close();
    }
}

// EXTERNAL MODULE: ./src/engines/sandbox/off.ts
var off = __webpack_require__(78434);
;// CONCATENATED MODULE: ./src/engines/sandbox/index.ts





/** Opens the stage's sandbox; a `bwrap` sandbox that cannot start throws, never degrades. */
async function openSandbox(o) {
    if (o.mode === 'off')
        return new off/* OffSandbox */.Z();
    return BwrapSandbox.open({
        env: o.env,
        egress: (0,egress_policy/* parseEgressNetwork */.xV)(o.network, 'sandbox.network'),
    });
}
let fallback;
/**
 * The sandbox of a caller that was given none (an engine built directly, as in tests): the
 * strict one, opened once per process. There is no path to "no sandbox" by omission.
 */
function defaultSandbox() {
    fallback ??= openSandbox({ mode: 'bwrap', env: process.env }).catch((e) => {
        fallback = undefined;
        throw e;
    });
    return fallback;
}
/** The jail for one engine run or one test run over `root`. */
async function jailFor(sandbox, root, protectedGlobs) {
    return (sandbox ?? (await defaultSandbox())).jail(root, protectedGlobs);
}
/**
 * A sandbox opened on first use, so commands that never run an agent never start bwrap. The
 * mode is known from the start: a report says what the run had, or would have had.
 */
function lazySandbox(o) {
    let opened;
    const open = () => (opened ??= openSandbox(o));
    let current;
    return {
        mode: o.mode,
        jail: async (root, globs) => (current = await open()).jail(root, globs),
        report: () => (current ?? (o.mode === 'off' ? new off/* OffSandbox */.Z() : undefined))?.report() ?? {
            mode: o.mode,
            summary: 'bubblewrap (no agent command ran)',
            egress: [],
        },
        close: async () => (opened ? (await opened).close() : undefined),
    };
}


/***/ }),

/***/ 78434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ OffSandbox),
/* harmony export */   p: () => (/* binding */ SANDBOX_OFF_WARNING)
/* harmony export */ });
const SANDBOX_OFF_WARNING = 'SANDBOX OFF: the agent ran without the OS sandbox (`sandbox: {mode: off}` in ' +
    '.github/lailatov.yml). Its commands could read this job’s process memory and environment, ' +
    'write outside the working tree and reach the network. Only the environment allowlist and the ' +
    'tree gate applied.';
/** `sandbox: {mode: off}`: commands run as they are, and every report says so. */
class OffSandbox {
    mode = 'off';
    jail(root) {
        return Promise.resolve({
            mode: 'off',
            root,
            confine: (file, args, opts) => Promise.resolve({ file, args, env: opts.env }),
        });
    }
    report() {
        return { mode: 'off', summary: SANDBOX_OFF_WARNING, egress: [] };
    }
    close() {
        return Promise.resolve();
    }
}


/***/ }),

/***/ 31632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qj: () => (/* binding */ AGENT_BRANCH_PREFIX),
  JX: () => (/* binding */ GitHubWorkspace)
});

// UNUSED EXPORTS: PushRejectedError, basicCredential

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/engines/process.ts
var process = __webpack_require__(4926);
// EXTERNAL MODULE: ./src/engines/safe-git.ts
var safe_git = __webpack_require__(91247);
// EXTERNAL MODULE: ./src/core/git/safe-config.ts
var safe_config = __webpack_require__(43386);
;// CONCATENATED MODULE: ./src/forge/local/git.ts



const DEFAULT_IDENTITY = { name: 'LailaTov', email: 'lailatov@users.noreply.local' };
/**
 * Git behind one class: every call is an argument array through the suite's one process
 * boundary. Methods that may fail without it being an error start with `try`.
 *
 * The repository's own config is untrusted (an agent may have rewritten `.git/config`), so every
 * command runs with the git directory and work tree pinned to what they were when the repository
 * was opened, only the allowed transports, and {@link safeGitEnv}'s overrides plus an empty
 * definition of every filter, diff and merge driver in effect: nothing the config names runs.
 */
class GitRepo {
    dir;
    gitDir;
    workTree;
    envOptions;
    excluded;
    secrets;
    constructor(dir, 
    /** The git directory, resolved when the repository was opened. */
    gitDir, 
    /** The work tree, resolved when opened; null for a bare repository. */
    workTree, envOptions, excluded, secrets) {
        this.dir = dir;
        this.gitDir = gitDir;
        this.workTree = workTree;
        this.envOptions = envOptions;
        this.excluded = excluded;
        this.secrets = secrets;
    }
    static async open(dir, parentEnv, opts = {}) {
        const envOptions = gitEnvOptions(parentEnv, opts);
        const env = (0,safe_config/* safeGitEnv */.tl)(envOptions);
        const r = await (0,process/* runCommand */.d1)('git', ['rev-parse', '--is-bare-repository', '--absolute-git-dir'], {
            cwd: dir,
            env,
        });
        const [bare, gitDir] = r.stdout.split('\n');
        if (r.exitCode !== 0 || gitDir === undefined || gitDir === '')
            throw new Error(`${dir} is not a git repository`);
        let workTree = null;
        if (bare !== 'true') {
            const top = await (0,process/* runCommand */.d1)('git', ['rev-parse', '--show-toplevel'], { cwd: dir, env });
            workTree = top.exitCode === 0 ? top.stdout.trim() : dir;
        }
        return new GitRepo(dir, gitDir, workTree, envOptions, opts.exclude ?? [], opts.secrets ?? []);
    }
    /** Creates an empty bare repository at `gitDir` (a directory only the orchestrator can reach). */
    static async initBare(gitDir, parentEnv, opts = {}) {
        await (0,process/* runChecked */.X4)('git', ['init', '--quiet', '--bare', gitDir], {
            cwd: gitDir,
            env: (0,safe_config/* safeGitEnv */.tl)(gitEnvOptions(parentEnv, opts)),
            label: 'git init',
        });
        return GitRepo.open(gitDir, parentEnv, opts);
    }
    /**
     * The same repository, committing as `identity`: a runner's checkout is opened before the
     * config that names the bot is read (from the fetched base, at no API cost).
     */
    withIdentity(identity) {
        return new GitRepo(this.dir, this.gitDir, this.workTree, { ...this.envOptions, identity }, this.excluded, this.secrets);
    }
    get target() {
        return {
            cwd: this.dir,
            gitDir: this.gitDir,
            workTree: this.workTree,
            env: this.envOptions,
            secrets: this.secrets,
        };
    }
    async exec(args, opts = {}) {
        const r = await (0,process/* runChecked */.X4)('git', (0,safe_git/* safeGitArgs */.tQ)(this.target, args), {
            ...(await (0,safe_git/* safeGitRunOptions */.n3)(this.target, args, opts.config)),
            maxOutputBytes: 256 * 1024 * 1024,
        });
        return r.stdout;
    }
    /** stdout, or null when git exits non-zero. */
    async tryExec(args, opts = {}) {
        const r = await (0,process/* runCommand */.d1)('git', (0,safe_git/* safeGitArgs */.tQ)(this.target, args), await (0,safe_git/* safeGitRunOptions */.n3)(this.target, args, opts.config));
        return r.exitCode === 0 ? r.stdout : null;
    }
    async branchExists(branch) {
        return ((await this.tryExec(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])) !== null);
    }
    async resolve(ref) {
        return (await this.exec(['rev-parse', '--verify', `${ref}^{commit}`])).trim();
    }
    async currentBranch() {
        const out = await this.tryExec(['symbolic-ref', '--quiet', '--short', 'HEAD']);
        return out === null ? null : out.trim();
    }
    async checkout(branch, base) {
        if (await this.branchExists(branch)) {
            await this.exec(['checkout', '--quiet', branch]);
            return { created: false };
        }
        await this.exec(['checkout', '--quiet', '-b', branch, base]);
        return { created: true };
    }
    pathspec() {
        return ['--', '.', ...this.excluded.map((p) => `:(exclude)${p}`)];
    }
    async dirtyFiles() {
        const out = await this.exec([
            'status',
            '--porcelain',
            '-z',
            '--untracked-files=all',
            ...this.pathspec(),
        ]);
        return out
            .split('\0')
            .filter((l) => l.length > 3)
            .map((l) => l.slice(3));
    }
    async commitAll(message) {
        await this.exec(['add', '-A', ...this.pathspec()]);
        const clean = await this.tryExec([
            'diff',
            '--cached',
            '--quiet',
            '--no-ext-diff',
            '--no-textconv',
        ]);
        if (clean !== null)
            return null;
        await this.exec(['commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', message]);
        return (await this.exec(['rev-parse', 'HEAD'])).trim();
    }
    async commits(base, head) {
        const out = await this.exec([
            'log',
            '--reverse',
            '--no-show-signature',
            '--format=%H%x00%s',
            `${base}..${head}`,
        ]);
        return out
            .split('\n')
            .filter((l) => l !== '')
            .map((l) => {
            const [sha = '', subject = ''] = l.split('\0');
            return { sha, subject };
        });
    }
    async changedFiles(base, head) {
        const out = await this.exec([
            'diff',
            '--name-only',
            '-z',
            '--no-ext-diff',
            '--no-textconv',
            `${base}...${head}`,
        ]);
        return out.split('\0').filter((p) => p !== '');
    }
    async diff(base, head) {
        const out = await this.exec([
            'diff',
            '--no-color',
            '--no-ext-diff',
            '--no-textconv',
            `${base}...${head}`,
        ]);
        return splitDiff(out);
    }
    /** Paths of the files directly under `dir` at a ref; empty when the directory is absent. */
    async listFiles(ref, dir) {
        const out = await this.tryExec(['ls-tree', '-z', '--name-only', `${ref}:${dir}`]);
        if (out === null)
            return [];
        return out
            .split('\0')
            .filter((p) => p !== '')
            .map((p) => `${dir.replace(/\/$/, '')}/${p}`);
    }
    /** A file's content at a ref, or null when the ref does not have it. */
    async show(ref, path) {
        return this.tryExec(['cat-file', 'blob', `${ref}:${path}`]);
    }
}
function gitEnvOptions(parentEnv, opts) {
    return {
        path: parentEnv.PATH ?? '/usr/local/bin:/usr/bin:/bin',
        home: parentEnv.HOME ?? '/tmp',
        protocols: opts.protocols ?? ['file'],
        identity: opts.identity ?? DEFAULT_IDENTITY,
    };
}
/** Splits `git diff` output into one entry per file, keyed by the new path (old for deletions). */
function splitDiff(text) {
    const files = [];
    const parts = text.split(/^(?=diff --git )/m).filter((p) => p.startsWith('diff --git '));
    for (const part of parts) {
        const plus = /^\+\+\+ b\/(.+)$/m.exec(part)?.[1];
        const minus = /^--- a\/(.+)$/m.exec(part)?.[1];
        const header = /^diff --git a\/(.+) b\/(.+)$/m.exec(part);
        const path = plus ?? minus ?? header?.[2] ?? '';
        files.push({ path, patch: part });
    }
    return files;
}

// EXTERNAL MODULE: ./src/engines/sandbox-env.ts
var sandbox_env = __webpack_require__(14542);
// EXTERNAL MODULE: ./src/engines/sandbox/index.ts + 7 modules
var sandbox = __webpack_require__(27684);
// EXTERNAL MODULE: ./src/core/risk/index.ts + 4 modules
var risk = __webpack_require__(61078);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/forge/local/workspace.ts







/** The working tree of a local repository, edited in place. */
class LocalWorkspace {
    repo;
    parentEnv;
    sandbox;
    constructor(repo, parentEnv, 
    /** The project's tests run project code an agent may have written: in the agent sandbox. */
    sandbox) {
        this.repo = repo;
        this.parentEnv = parentEnv;
        this.sandbox = sandbox;
    }
    get git() {
        if (!this.repo)
            throw new errors/* UserError */.y('this command needs a git repository: pass --repo DIR');
        return this.repo;
    }
    get dir() {
        return this.git.dir;
    }
    checkoutBranch(branch, base) {
        return this.git.checkout(branch, base);
    }
    dirtyFiles() {
        return this.git.dirtyFiles();
    }
    commitAll(message) {
        return this.git.commitAll(message);
    }
    headSha() {
        return this.git.resolve('HEAD');
    }
    async exists(path) {
        try {
            await (0,promises_.access)((0,external_node_path_.join)(this.dir, path));
            return true;
        }
        catch {
            return false;
        }
    }
    async readFile(path) {
        try {
            return await (0,promises_.readFile)((0,external_node_path_.join)(this.dir, path), 'utf8');
        }
        catch {
            return null;
        }
    }
    async run(argv, timeoutMs) {
        const [file, ...args] = argv;
        if (file === undefined)
            throw new Error('empty command');
        // Tests run project code: same scrubbed environment and sandbox as the agent, no secrets.
        const jail = await (0,sandbox/* jailFor */.m)(this.sandbox, this.dir, risk/* DEFAULT_PROTECTED_PATHS */.YX);
        const r = await (0,process/* runCommand */.d1)(file, args, {
            cwd: this.dir,
            env: (0,sandbox_env/* sandboxEnv */.P)(this.parentEnv),
            confine: { jail },
            timeoutMs,
            killGraceMs: 2000,
            maxOutputBytes: 1024 * 1024,
        }).catch((e) => ({
            exitCode: null,
            stdout: '',
            stderr: `could not start ${file}: ${e instanceof Error ? e.message : String(e)}`,
            timedOut: false,
            durationMs: 0,
        }));
        return {
            exitCode: r.exitCode,
            output: `${r.stdout}${r.stderr}`,
            timedOut: r.timedOut,
            durationMs: r.durationMs,
        };
    }
}

;// CONCATENATED MODULE: ./src/forge/github/workspace.ts
// The Workspace on a runner: the user's checkout in GITHUB_WORKSPACE. Commits are made as the
// configured bot identity and pushed at once, only to agent/* branches.
//
// The checkout's `.git` is the agent's to read and, without a sandbox, to rewrite: hooks,
// `core.fsmonitor`, `url.*.insteadOf`, `http.proxy` there would run a program or send the push
// elsewhere. So the token never meets it. Every exchange with the server goes through a private
// bare repository outside the tree, whose config only this class writes; the credential reaches
// that git through its environment (command-scope config), never argv or a file. The checkout
// only ever exchanges objects with the private repository, over a local path, with the
// repository's programs neutralised (GitRepo), and the refs it receives are checked against it.





const AGENT_BRANCH_PREFIX = 'agent/';
class PushRejectedError extends Error {
    branch;
    constructor(branch, detail) {
        super(`git push of ${branch} was rejected twice (the branch moved, and a rebase onto it did not help): ${detail}`);
        this.branch = branch;
        this.name = 'PushRejectedError';
        Object.setPrototypeOf(this, PushRejectedError.prototype);
    }
}
/** The HTTP basic credential git sends for a GitHub token. */
function basicCredential(token) {
    return Buffer.from(`x-access-token:${token}`).toString('base64');
}
class GitHubWorkspace {
    git;
    origin;
    tree;
    o;
    remote;
    url;
    constructor(git, 
    /**
     * The private bare repository: the only git that talks to the server, and what the forge
     * should read refs and content from (the checkout's refs are the agent's to rewrite).
     */
    origin, tree, o, remote, url) {
        this.git = git;
        this.origin = origin;
        this.tree = tree;
        this.o = o;
        this.remote = remote;
        this.url = url;
    }
    /** Opens the checkout and fetches every branch with full history (review needs merge bases). */
    static async open(o) {
        const secrets = [o.token];
        const git = await GitRepo.open(o.dir, o.env, { identity: o.identity, secrets });
        const remote = o.remote ?? 'origin';
        const url = o.remoteUrl ?? (await git.exec(['remote', 'get-url', remote])).trim();
        const root = o.privateRoot ?? o.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
        const privateDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(root, 'lailatov-git-'));
        const origin = await GitRepo.initBare(privateDir, o.env, {
            identity: o.identity,
            secrets,
            protocols: ['file', urlScheme(url)],
        });
        const ws = new GitHubWorkspace(git, origin, new LocalWorkspace(git, o.env, o.sandbox), o, remote, url);
        await ws.fetch();
        return ws;
    }
    /**
     * This checkout with the identity and sandbox the config names. The config is read from the
     * fetched base in the private repository, so the workspace opens first (no API call for it).
     */
    configured(o) {
        const git = this.git.withIdentity(o.identity);
        return new GitHubWorkspace(git, this.origin.withIdentity(o.identity), new LocalWorkspace(git, this.o.env, o.sandbox), { ...this.o, ...o }, this.remote, this.url);
    }
    get dir() {
        return this.git.dir;
    }
    /** The credential as command-scope config of one git call, scoped to the server's URL. */
    get auth() {
        const key = `http.${this.o.serverUrl.replace(/\/+$/, '')}/.extraheader`;
        return [[key, `AUTHORIZATION: basic ${basicCredential(this.o.token)}`]];
    }
    /** Fetches every branch from the server into the private repository, then into the checkout. */
    async fetch() {
        await this.origin.exec(['fetch', '--quiet', '--no-tags', '--prune', this.url, '+refs/heads/*:refs/remotes/origin/*'], { config: this.auth });
        await this.syncTree('*');
    }
    /**
     * Copies the private repository's `refs/remotes/origin/<pattern>` into the checkout's
     * remote-tracking refs (unshallowing it), then checks that the checkout holds exactly those:
     * a rewritten URL in the checkout's config must not slip in other commits.
     */
    async syncTree(pattern) {
        const shallow = (await this.git.exec(['rev-parse', '--is-shallow-repository'])).trim();
        await this.git.exec([
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-recurse-submodules',
            '--upload-pack=git-upload-pack',
            ...(pattern === '*' ? ['--prune'] : []),
            ...(shallow === 'true' ? ['--unshallow'] : []),
            this.origin.gitDir,
            `+refs/remotes/origin/${pattern}:refs/remotes/${this.remote}/${pattern}`,
        ]);
        const want = await refsUnder(this.origin, 'refs/remotes/origin/', pattern);
        const got = await refsUnder(this.git, `refs/remotes/${this.remote}/`, pattern);
        if (want !== got)
            throw new Error("the checkout's remote-tracking refs differ from what was fetched from the server " +
                '(its .git/config may have been rewritten); refusing to go on');
    }
    /** Checks out `branch` at its remote head, or creates it from the remote base. */
    async checkoutBranch(branch, base) {
        await this.fetch();
        const remoteHead = `refs/remotes/${this.remote}/${branch}`;
        const exists = (await this.git.tryExec(['rev-parse', '--verify', '--quiet', remoteHead])) !== null;
        const start = exists ? remoteHead : `refs/remotes/${this.remote}/${base}`;
        await this.git.exec(['checkout', '--quiet', '--no-track', '-B', branch, start]);
        // The private repository holds the branch too, so that the forge reads it from there.
        await this.origin.exec(['update-ref', `refs/heads/${branch}`, await this.git.resolve(start)]);
        return { created: !exists };
    }
    dirtyFiles() {
        return this.tree.dirtyFiles();
    }
    /** Commits everything and pushes the agent branch; the SHA is the pushed one (after a rebase). */
    async commitAll(message) {
        const sha = await this.git.commitAll(message);
        if (sha === null)
            return null;
        const branch = await this.git.currentBranch();
        if (branch === null || !branch.startsWith(AGENT_BRANCH_PREFIX))
            throw new Error(`refusing to push ${branch ?? 'a detached HEAD'}: the suite pushes only ${AGENT_BRANCH_PREFIX}* branches`);
        await this.push(branch);
        return this.git.resolve('HEAD');
    }
    /** Pushes without force; a rejection because the branch moved is fetched, rebased, retried once. */
    async push(branch) {
        try {
            await this.pushHead(branch);
            return;
        }
        catch (first) {
            const fetched = await this.origin.tryExec([
                'fetch',
                '--quiet',
                '--no-tags',
                this.url,
                `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
            ], { config: this.auth });
            if (fetched === null)
                throw first;
            await this.syncTree(branch);
            const rebased = await this.git.tryExec([
                'rebase',
                '--quiet',
                '--no-gpg-sign',
                `refs/remotes/${this.remote}/${branch}`,
            ]);
            if (rebased === null) {
                await this.git.tryExec(['rebase', '--abort']);
                throw new PushRejectedError(branch, `rebase onto the moved branch conflicted (${msg(first)})`);
            }
            try {
                await this.pushHead(branch);
            }
            catch (second) {
                throw new PushRejectedError(branch, msg(second));
            }
        }
    }
    /**
     * Takes the checkout's HEAD into the private repository (checking it arrived unchanged) and
     * pushes it from there, without force, to the server's URL only.
     */
    async pushHead(branch) {
        const sha = await this.git.resolve('HEAD');
        const local = `refs/heads/${branch}`;
        await this.origin.exec([
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-recurse-submodules',
            '--upload-pack=git-upload-pack',
            this.git.gitDir,
            `+${local}:${local}`,
        ]);
        const taken = await this.origin.resolve(local);
        if (taken !== sha)
            throw new Error(`the commit taken from the checkout (${taken}) is not its HEAD (${sha})`);
        await this.origin.exec(['push', '--quiet', '--no-verify', this.url, `${sha}:${local}`], {
            config: this.auth,
        });
        await this.origin.exec(['update-ref', `refs/remotes/origin/${branch}`, sha]);
        await this.git.exec(['update-ref', `refs/remotes/${this.remote}/${branch}`, sha]);
    }
    headSha() {
        return this.git.resolve('HEAD');
    }
    exists(path) {
        return this.tree.exists(path);
    }
    readFile(path) {
        return this.tree.readFile(path);
    }
    run(argv, timeoutMs) {
        return this.tree.run(argv, timeoutMs);
    }
}
/** The transport of a remote URL, for GIT_ALLOW_PROTOCOL (a scp-like address is ssh). */
function urlScheme(url) {
    const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url);
    if (m?.[1])
        return m[1].toLowerCase();
    return url.startsWith('/') ? 'file' : 'ssh';
}
/** `<sha> <name>` lines of the refs under `prefix` matching `pattern` (a name or `*`), names relative. */
async function refsUnder(repo, prefix, pattern) {
    const out = await repo.exec([
        'for-each-ref',
        '--format=%(objectname) %(refname)',
        pattern === '*' ? prefix : `${prefix}${pattern}`,
    ]);
    return (out
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => l.replace(` ${prefix}`, ' '))
        // The clone's symbolic `<remote>/HEAD` is not a branch of the server.
        .filter((l) => !l.endsWith(' HEAD'))
        .sort()
        .join('\n'));
}
function msg(e) {
    return e instanceof Error ? e.message.slice(-500) : String(e);
}


/***/ })

};
;