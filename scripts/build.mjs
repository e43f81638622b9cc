#!/usr/bin/env node
// Bundles the entry points with @vercel/ncc into dist/:
// - dist/cli: the `lailatov` command (src/cli/index.ts), one ES module bundle;
// - dist/lib: ONE bundle shared by every action, built from src/action/main.ts (it exports
//   `runAction`) through the CommonJS entry src/action/bundle-entry.cjs, so the bundle is
//   CommonJS (index.cjs, chunks NNN.index.cjs.js, package.json type commonjs): Node starts it
//   sooner than an ES module. The stages, engines, model SDK, zod and Octokit's REST methods are
//   dynamic imports, so ncc emits them as chunks that a run loads only when it needs them. The
//   startup chunk (index.cjs) must stay within LIB.startupBudget;
// - dist/<name>/index.js: a one-line CommonJS stub per src/action/entries/<name>.ts that requires
//   dist/lib and calls runAction with the stage named in that file (codeql-action's layout). The
//   stub is generated, not bundled: it must stay tiny, and a second ncc bundle would copy the
//   library.
// - dist/cli/summarize-worker.js: the worker thread of `outcomes summary` on big logs, a bundle
//   of its own (ncc does not follow `new Worker(...)`), put beside the chunk that starts it.
// Usage: node scripts/build.mjs [--out DIR]   (check-dist builds into a temp dir)
import { execFile } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const outRoot = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'dist');

const LIB = {
  name: 'lib',
  file: 'src/action/bundle-entry.cjs',
  main: 'index.cjs',
  exports: ['runAction'],
  // index.cjs is everything an action loads before its first API request (bench/github: cold
  // start, target ≤ 2× `node -e 0`): 0.19 MB, @octokit/core, the retry and throttling plugins
  // and the entry's own code. With zod and Octokit's REST method table in it, it was 0.70 MB.
  startupBudget: 256 * 1024,
};
const CLI = {
  name: 'cli',
  file: 'src/cli/index.ts',
  workers: [{ file: 'src/outcomes/summarize-worker.ts', as: 'summarize-worker.js' }],
};
const BUNDLES = [CLI, LIB];
const STUB_CALL = /await runAction\('([a-z]+)'\);/;

async function actionEntries() {
  const dir = path.join(root, 'src/action/entries');
  const files = (await readdir(dir).catch(() => [])).sort();
  const list = [];
  for (const f of files) {
    if (!f.endsWith('.ts') || f.endsWith('.test.ts') || f.startsWith('_')) continue;
    const text = await readFile(path.join(dir, f), 'utf8');
    const stage = STUB_CALL.exec(text)?.[1];
    if (!stage)
      throw new Error(
        `src/action/entries/${f}: an action entry must call \`await runAction('<stage>');\` (it becomes a stub over dist/lib)`,
      );
    list.push({ name: f.replace(/\.ts$/, ''), stage });
  }
  return list;
}

async function walk(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

const ncc = (file, outDir) =>
  run(
    path.join(root, 'node_modules/.bin/ncc'),
    ['build', file, '-o', outDir, '--quiet', '--target', 'es2022'],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );

/** A worker entry as one file in outDir: it must not split into chunks (their names would clash). */
async function bundleWorker(outDir, { file, as }) {
  const tmp = path.join(outDir, `.build-${as}`);
  await ncc(file, tmp);
  const files = (await readdir(tmp)).filter((f) => f !== 'package.json');
  if (files.length !== 1 || files[0] !== 'index.js')
    throw new Error(`${file}: a worker must bundle to one file, not ${files.join(', ')}`);
  await rename(path.join(tmp, 'index.js'), path.join(outDir, as));
  await rm(tmp, { recursive: true, force: true });
}

async function bundle({
  name,
  file,
  main = 'index.js',
  exports = [],
  workers = [],
  startupBudget = Infinity,
}) {
  const outDir = path.join(outRoot, name);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await ncc(file, outDir);
  for (const w of workers) await bundleWorker(outDir, w);
  // ncc exits 0 even when it could not resolve a module and left a stub that throws at run
  // time (ENGINEERING.md), or a bare require of it. Treat either as a build failure.
  for (const f of await walk(outDir)) {
    const text = await readFile(f, 'utf8');
    if (text.includes('webpackMissingModule') || text.includes('eval("require")("./')) {
      throw new Error(
        `${name}: ${path.relative(root, f)} contains a webpackMissingModule stub or an unbundled relative require; an import could not be bundled`,
      );
    }
  }
  const mainFile = path.join(outDir, main);
  const { size } = await stat(mainFile);
  const commonjs = main.endsWith('.cjs');
  // ncc writes {"type":"module"} for an ES module bundle and nothing for CommonJS; the chunks
  // of a CommonJS bundle are .js files, which the repository's "type": "module" would misread.
  if (commonjs) await writeFile(path.join(outDir, 'package.json'), '{"type":"commonjs"}\n');
  // The stubs use these names: fail here if the bundle stops exporting the entry's exports.
  // Loading the bundle runs nothing (no module has side effects at import).
  const probe = commonjs
    ? `const m = require(${JSON.stringify(mainFile)});`
    : `const m = await import(${JSON.stringify(pathToFileURL(mainFile).href)});`;
  for (const e of exports) {
    const check = `${probe} if (typeof m[${JSON.stringify(e)}] !== 'function') process.exit(1);`;
    await run(process.execPath, [...(commonjs ? [] : ['--input-type=module']), '-e', check]).catch(
      () => {
        throw new Error(`${name}: ${path.relative(root, mainFile)} does not export ${e}`);
      },
    );
  }
  if (size > startupBudget)
    throw new Error(
      `${name}: ${path.relative(root, mainFile)} is ${Math.round(size / 1024)} KB, over its ${startupBudget / 1024} KB budget: a static import pulled a large module into the startup path; import it with \`await import()\` where it is first needed (scripts/build.mjs, bench/github)`,
    );
  await chmod(mainFile, 0o755);
  return `${name}: ${path.relative(root, outDir)}`;
}

async function stub({ name, stage }) {
  const outDir = path.join(outRoot, name);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  // runAction never rejects: it reports every failure through core.setFailed itself.
  const text = `// Generated by scripts/build.mjs from src/action/entries/${name}.ts: the ${name} action over the shared bundle.\nrequire('../${LIB.name}/${LIB.main}').runAction('${stage}');\n`;
  await writeFile(path.join(outDir, 'index.js'), text);
  await writeFile(path.join(outDir, 'package.json'), '{"type":"commonjs"}\n');
  return `${name}: stub over dist/lib (${stage})`;
}

const stubs = await actionEntries();
const results = await Promise.allSettled([...BUNDLES.map(bundle), ...stubs.map(stub)]);
let failed = false;
for (const r of results) {
  if (r.status === 'fulfilled') console.log(`built ${r.value}`);
  else {
    failed = true;
    console.error(`build failed: ${r.reason instanceof Error ? r.reason.message : r.reason}`);
    if (r.reason?.stderr) console.error(String(r.reason.stderr).slice(-4000));
  }
}
if (failed) process.exit(1);
