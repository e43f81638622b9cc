// Jest's globalSetup: the run gets a fresh TMPDIR, inherited by the workers and whatever they
// start; test/global-teardown.ts fails the run if anything is left in it. (Jest loads this file
// outside its module resolver, so it imports only node: builtins.)
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function setup(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'lailatov-jest-'));
  process.env.LAILATOV_TEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
}
