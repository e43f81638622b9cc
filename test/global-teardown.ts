// Jest's globalTeardown: the run fails when it left anything in its TMPDIR
// (test/global-setup.ts), or made anything new in the machine's temp directory, listing what; the
// run's directory is removed either way. A leak is fixed where it is made: a test uses tempDir()
// (test/support/temp.ts) and gives a child it starts with its own env a TMPDIR it removes;
// product code removes what it creates. (Jest loads this file outside its module resolver, so it
// imports only node: builtins.)
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** tsx's compile cache (`tsx-<uid>`), made when a worker thread loads TypeScript source. */
const TOOLCHAIN_CACHE = /^tsx-\d+$/;
/**
 * What appears in the machine's temp directory during a run without being the tests' doing:
 * other jest runs, and the shell that started this one (its job directories).
 */
const NOT_OURS = /^(lailatov-jest-|bash_jobs\.|bash_tool_)/;

export default async function teardown(): Promise<void> {
  const dir = process.env.LAILATOV_TEST_TMPDIR;
  if (!dir) return;
  const left = (await readdir(dir).catch(() => [])).filter((e) => !TOOLCHAIN_CACHE.test(e)).sort();
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  const watch = (globalThis as { lailatovTmpWatch?: { outer: string; before: string[] } })
    .lailatovTmpWatch;
  const before = new Set(watch?.before);
  const outside = watch
    ? (await readdir(watch.outer).catch(() => []))
        .filter((e) => !before.has(e) && !NOT_OURS.test(e))
        .sort()
        .map((e) => join(watch.outer, e))
    : [];
  const problems = [
    ...left.map((e) => join(dir, e)),
    ...outside.map((e) => `${e} (outside the run's TMPDIR: a child without TMPDIR in its env?)`),
  ];
  if (problems.length > 0)
    throw new Error(
      `the tests left ${problems.length} temporary entr${problems.length === 1 ? 'y' : 'ies'} ` +
        `behind (the run's own directory ${dir} is now removed):\n  ${problems.join('\n  ')}\n` +
        'Make test directories with tempDir() from test/support/temp.ts, give a child started ' +
        'with its own env a TMPDIR the test removes, and make the code under test remove what ' +
        'it creates.',
    );
}
