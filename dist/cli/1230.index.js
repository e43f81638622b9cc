export const id = 1230;
export const ids = [1230];
export const modules = {

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

/***/ 51230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YX: () => (/* binding */ DEFAULT_PROTECTED_PATHS),
  ON: () => (/* binding */ parsePolicy),
  XL: () => (/* binding */ parsePolicyText)
});

// UNUSED EXPORTS: DEFAULT_REQUIRED_CHECKS, DEFAULT_TIER

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/protected/paths.ts
var paths = __webpack_require__(97770);
// EXTERNAL MODULE: ./src/core/risk/glob.ts
var risk_glob = __webpack_require__(7765);
// EXTERNAL MODULE: ./src/core/risk/types.ts
var types = __webpack_require__(11326);
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
const TIER_LIST = types/* TIERS */.i.join(', ');
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
            if ((0,types/* isTier */.z)(key))
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
        if (!(0,types/* isTier */.z)(key)) {
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
        if (item.tier !== undefined && !(0,types/* isTier */.z)(item.tier)) {
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
        if ((0,types/* isTier */.z)(value.defaultTier))
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
        for (const tier of types/* TIERS */.i) {
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

/***/ 11326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ TIERS),
/* harmony export */   z: () => (/* binding */ isTier)
/* harmony export */ });
/** Risk tiers, highest first. The order is the precedence: the first tier that matches wins. */
const TIERS = ['high', 'medium', 'low'];
function isTier(value) {
    return typeof value === 'string' && TIERS.includes(value);
}


/***/ })

};
