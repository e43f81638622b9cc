// Jest's globalSetup: the run gets a fresh TMPDIR, inherited by the workers and whatever they
// start; test/global-teardown.ts fails the run if anything is left in it, or if anything in the
// machine's own temp directory changed (a child started with an env that lacks TMPDIR writes
// there). Jest runs both hooks in its main process, so they share globalThis. (Jest loads this
// file outside its module resolver, so it imports only node: builtins.)
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function setup(): Promise<void> {
  const outer = tmpdir();
  // Whole seconds, a second back: a filesystem's mtime may be coarser than Date.now().
  (globalThis as { lailatovTmpWatch?: unknown }).lailatovTmpWatch = {
    outer,
    since: Math.floor(Date.now() / 1000) * 1000 - 1000,
  };
  const dir = await mkdtemp(join(outer, 'lailatov-jest-'));
  process.env.LAILATOV_TEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
}
