import { execa } from 'execa';
import path from 'node:path';

export const repo = path.resolve(import.meta.dirname, '../../..');

/** Runs the workflow lint (scripts/lint-workflows.mjs) over a repository root. */
export async function lintWorkflows(root: string) {
  return execa(
    process.execPath,
    ['--import', './scripts/json-import-hook.mjs', 'scripts/lint-workflows.mjs', '--root', root],
    { cwd: repo, reject: false },
  );
}
