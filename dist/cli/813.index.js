export const id = 813;
export const ids = [813];
export const modules = {

/***/ 7813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/init/install.ts


/** Single files: package path → repository path. */
const FILES = [
    ['workflows-templates/lailatov.yml', '.github/workflows/lailatov.yml'],
    ['templates/lailatov.yml', '.github/lailatov.yml'],
    ['templates/risk-policy.json', 'risk-policy.json'],
    ['templates/CLAUDE.md', 'CLAUDE.md'],
];
/** Copied as a tree. */
const CLAUDE_DIR = '.claude';
// Personal or machine-local files that must not travel into someone else's repository.
const CLAUDE_EXCLUDED = new Set(['settings.local.json']);
async function isDirectory(p) {
    return (await (0,promises_.stat)(p).catch(() => undefined))?.isDirectory() ?? false;
}
async function tree(dir, rel = '') {
    const out = [];
    const entries = await (0,promises_.readdir)(external_node_path_default().join(dir, rel), { withFileTypes: true });
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const r = rel === '' ? e.name : `${rel}/${e.name}`;
        if (e.isDirectory())
            out.push(...(await tree(dir, r)));
        else if (e.isFile() && !CLAUDE_EXCLUDED.has(e.name))
            out.push(r);
    }
    return out;
}
/** What `lailatov init` installs from this package, and what the package lacks. */
async function planInstall(sourceRoot) {
    const items = FILES.map(([from, to]) => ({
        from: external_node_path_default().join(sourceRoot, from),
        to,
    }));
    const claude = external_node_path_default().join(sourceRoot, CLAUDE_DIR);
    if (!(await isDirectory(claude)))
        return { items, unavailable: [`${CLAUDE_DIR}/`] };
    for (const rel of await tree(claude)) {
        items.push({ from: external_node_path_default().join(claude, rel), to: `${CLAUDE_DIR}/${rel}` });
    }
    return { items, unavailable: [] };
}
/**
 * Copies the plan into `target`. An existing file is kept unless `force` is set; without it the
 * copy uses COPYFILE_EXCL, so a file that appears meanwhile is not overwritten either. File modes
 * are kept (the hooks must stay executable).
 */
async function install(opts) {
    const { items, unavailable } = await planInstall(opts.sourceRoot);
    const written = [];
    const skipped = [];
    for (const item of items) {
        const dest = external_node_path_default().join(opts.target, ...item.to.split('/'));
        await (0,promises_.mkdir)(external_node_path_default().dirname(dest), { recursive: true });
        try {
            await (0,promises_.copyFile)(item.from, dest, opts.force ? 0 : promises_.constants.COPYFILE_EXCL);
            written.push(item.to);
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
            skipped.push(item.to);
        }
    }
    return { written, skipped, unavailable };
}

;// CONCATENATED MODULE: ./src/init/next-steps.ts
/** What a maintainer does after `lailatov init`, printed by the command and kept in one place. */
const NEXT_STEPS = `Next steps:
  1. Edit what init installed: CLAUDE.md (replace the <placeholders>), risk-policy.json (your
     paths), .github/lailatov.yml, and setup-command in .github/workflows/lailatov.yml (how to
     install what your tests need). Check the policy: npx lailatov policy check risk-policy.json
  2. Add the repository secret ANTHROPIC_API_KEY (Settings → Secrets and variables → Actions).
     Optional secret: SLACK_WEBHOOK_URL (escalations). Other providers: docs/providers.md.
  3. Let the workflow open pull requests: Settings → Actions → General → Workflow permissions →
     "Allow GitHub Actions to create and approve pull requests" (needed with GITHUB_TOKEN).
  4. Recommended, a GitHub App, so the suite's pushes and PRs start your CI (GITHUB_TOKEN's do not):
     Settings → Developer settings → GitHub Apps → New GitHub App, webhook off, repository
     permissions: Contents read & write, Issues read & write, Pull requests read & write,
     Checks read & write, Metadata read (Workflows: no access). Install it on this repository,
     then add the variable LAILATOV_APP_ID (the App ID), the variable LAILATOV_BOT
     ("<app-slug>[bot]") and the secret LAILATOV_APP_PRIVATE_KEY (a generated private key).
  5. Commit and push, create the label ai-agent, and put it on an issue.
`;

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/init/package-root.ts



/** A file only the suite's own package has: it marks the package root. */
const ROOT_MARKER = 'workflows-templates/lailatov.yml';
/**
 * The root of the installed suite package, found from the running file. The module runs from
 * `src/init/` under tsx and jest, and from a chunk in `dist/cli/` once bundled: both are two
 * levels below the root, but walking up to the marker keeps working if either layout changes.
 */
function packageRoot(fromUrl = import.meta.url) {
    let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(fromUrl));
    for (let i = 0; i < 5; i++) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, ROOT_MARKER)))
            return dir;
        dir = external_node_path_default().dirname(dir);
    }
    throw new Error(`lailatov: cannot find the package's templates (${ROOT_MARKER}) above ${(0,external_node_url_.fileURLToPath)(fromUrl)}`);
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/init.ts








const HELP = `Usage: lailatov init [--dir DIR] [--force]

Installs LailaTov into a git repository (default: the current directory): the caller workflow
(.github/workflows/lailatov.yml), .github/lailatov.yml, risk-policy.json, a CLAUDE.md template and
the .claude/ hooks. Existing files are kept and listed; --force overwrites them.
`;
function parse(args) {
    try {
        const { values } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                dir: { type: 'string' },
                force: { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
            },
            strict: true,
            allowPositionals: false,
        });
        return { dir: values.dir, force: values.force, help: values.help };
    }
    catch (e) {
        throw new errors/* UserError */.y(`${e.message}. Fix: see 'lailatov init --help'.`);
    }
}
const initCommand = async (args, io) => {
    const opts = parse(args);
    if (opts.help) {
        io.stdout(HELP);
        return cli_io/* ExitCode */.y.ok;
    }
    const target = external_node_path_default().resolve(io.cwd, opts.dir ?? '.');
    if (!(await (0,promises_.stat)(target).catch(() => undefined))?.isDirectory()) {
        throw new errors/* UserError */.y(`--dir ${target}: no such directory. Fix: pass your repository's root.`);
    }
    if (!(await (0,promises_.stat)(external_node_path_default().join(target, '.git')).catch(() => undefined))) {
        throw new errors/* UserError */.y(`${target} is not the root of a git repository (no .git). Fix: run 'lailatov init' at your repository's root, or pass --dir.`);
    }
    const report = await install({ sourceRoot: packageRoot(), target, force: opts.force });
    io.stdout(`LailaTov installed into ${target}\n`);
    for (const f of report.written)
        io.stdout(`  wrote    ${f}\n`);
    for (const f of report.skipped)
        io.stdout(`  skipped  ${f} (exists; --force overwrites)\n`);
    for (const f of report.unavailable)
        io.stderr(`  missing  ${f}: not in this build of the package; nothing installed for it\n`);
    io.stdout(`\n${NEXT_STEPS}`);
    return cli_io/* ExitCode */.y.ok;
};


/***/ })

};
