#!/usr/bin/env node
// Runs every benchmark in bench/ (files named *.bench.ts), one after another so they do not
// compete for the two cores. Usage: npm run bench [-- NAME ...]   e.g. npm run bench -- risk
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const files = (await readdir(path.join(root, 'bench')))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matches ${only.join(' ') || '(any)'} in bench/`);
  process.exit(2);
}
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f}`);
  const code = await new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', path.join('bench', f)],
      { cwd: root, stdio: 'inherit' },
    );
    child.on('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
