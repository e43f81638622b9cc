// Jest's globalTeardown: the run fails when it left anything in its TMPDIR
// (test/global-setup.ts), listing what, and the directory is removed either way. A leak is fixed
// where it is made: a test uses tempDir() (test/support/temp.ts); product code removes what it
// creates. (Jest loads this file outside its module resolver, so it imports only node: builtins.)
import { readdir, rm } from 'node:fs/promises';

export default async function teardown(): Promise<void> {
  const dir = process.env.LAILATOV_TEST_TMPDIR;
  if (!dir) return;
  // tsx's compile cache (`tsx-<uid>`, made when a worker thread loads TypeScript source) is the
  // toolchain's, not a leak of the code under test; it goes with the directory below.
  const left = (await readdir(dir).catch(() => [])).filter((e) => !/^tsx-\d+$/.test(e)).sort();
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  if (left.length > 0)
    throw new Error(
      `the tests left ${left.length} temporary entr${left.length === 1 ? 'y' : 'ies'} behind ` +
        `(in ${dir}, now removed):\n  ${left.join('\n  ')}\n` +
        'Make test directories with tempDir() from test/support/temp.ts, and make the code ' +
        'under test remove what it creates.',
    );
}
