#!/usr/bin/env node
// Bundles every entry point with @vercel/ncc into dist/<name>/.
// Entry points: src/cli/index.ts (-> dist/cli) and src/actions/<name>.ts (-> dist/<name>).
// Usage: node scripts/build.mjs [--out DIR]   (check-dist builds into a temp dir)
import { execFile } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const outRoot = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'dist');

async function entries() {
  const list = [{ name: 'cli', file: 'src/cli/index.ts' }];
  const actionsDir = path.join(root, 'src/actions');
  const files = await readdir(actionsDir).catch(() => []);
  for (const f of files.sort()) {
    if (f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_')) {
      list.push({ name: f.replace(/\.ts$/, ''), file: `src/actions/${f}` });
    }
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

async function bundle({ name, file }) {
  const outDir = path.join(outRoot, name);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const ncc = path.join(root, 'node_modules/.bin/ncc');
  await run(ncc, ['build', file, '-o', outDir, '--quiet', '--target', 'es2022'], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  // ncc exits 0 even when it could not resolve a module and left a stub that throws at run
  // time (ENGINEERING.md). Treat that stub as a build failure.
  for (const f of await walk(outDir)) {
    const text = await readFile(f, 'utf8');
    if (text.includes('webpackMissingModule')) {
      throw new Error(
        `${name}: ${path.relative(root, f)} contains a webpackMissingModule stub; an import could not be bundled`,
      );
    }
  }
  const main = path.join(outDir, 'index.js');
  await stat(main);
  await chmod(main, 0o755);
  return `${name}: ${path.relative(root, outDir)}`;
}

const list = await entries();
const results = await Promise.allSettled(list.map(bundle));
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
