#!/usr/bin/env node
// Fails when the committed dist/ differs from a fresh build. The build is deterministic, so any
// difference means someone changed src/ (or a dependency) without rebuilding.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distArg = process.argv.indexOf('--dist');
const dist = distArg > 0 ? path.resolve(process.argv[distArg + 1]) : path.join(root, 'dist');
// --fresh DIR compares against an existing build instead of building (the staleness test uses it).
const freshArg = process.argv.indexOf('--fresh');

async function files(dir, base = dir) {
  const out = new Map();
  let list;
  try {
    list = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of list) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) for (const [k, v] of await files(p, base)) out.set(k, v);
    else out.set(path.relative(base, p), await readFile(p));
  }
  return out;
}

// Only a build of its own needs a directory (and `finally` removes it: no process.exit inside).
const tmp = freshArg < 0 ? await mkdtemp(path.join(os.tmpdir(), 'lailatov-dist-')) : null;
try {
  if (tmp !== null) {
    await run(process.execPath, [path.join(root, 'scripts/build.mjs'), '--out', tmp], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  const fresh = await files(freshArg > 0 ? path.resolve(process.argv[freshArg + 1]) : tmp);
  const committed = await files(dist);
  const problems = [];
  for (const [name, buf] of fresh) {
    const old = committed.get(name);
    if (!old) problems.push(`missing in dist/: ${name}`);
    else if (!old.equals(buf)) problems.push(`stale in dist/: ${name}`);
  }
  for (const name of committed.keys()) {
    if (!fresh.has(name)) problems.push(`not produced by the build (remove it): dist/${name}`);
  }
  if (problems.length > 0) {
    console.error(`dist/ does not match a fresh build (${problems.length} file(s)):`);
    for (const p of problems.slice(0, 30)) console.error(`  ${p}`);
    console.error('Fix: run `npm run build` and commit dist/.');
    process.exitCode = 1;
  } else console.log(`dist/ matches a fresh build (${fresh.size} files).`);
} finally {
  if (tmp !== null) await rm(tmp, { recursive: true, force: true });
}
