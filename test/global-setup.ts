// Jest's globalSetup: the run gets a fresh TMPDIR, inherited by the workers and whatever they
// start; test/global-teardown.ts fails the run if anything is left in it, or if anything new
// appeared in the machine's own temp directory (a child started with an env that lacks TMPDIR
// writes there). Jest runs both hooks in its main process, so they share globalThis. (Jest loads
// this file outside its module resolver, so it imports only node: builtins.)
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function setup(): Promise<void> {
  const outer = tmpdir();
  // What is there already is not ours to judge (a CI log, an earlier run's cache): only new names.
  (globalThis as { lailatovTmpWatch?: unknown }).lailatovTmpWatch = {
    outer,
    before: await readdir(outer).catch(() => []),
  };
  const dir = await mkdtemp(join(outer, 'lailatov-jest-'));
  process.env.LAILATOV_TEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
}
