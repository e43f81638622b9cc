// Test hygiene in one place: every test starts from the same process state.
import { afterAll, afterEach, beforeEach } from '@jest/globals';
import { removeExitDirsNow } from '../src/engines/exit-cleanup.js';
import { removeTempDirs } from './support/temp.js';

let savedEnv: NodeJS.ProcessEnv;

beforeEach(() => {
  savedEnv = { ...process.env };
});

afterEach(() => {
  for (const key of Object.keys(process.env)) {
    if (!(key in savedEnv)) delete process.env[key];
  }
  Object.assign(process.env, savedEnv);
  // core.setFailed() sets exitCode = 1; a green suite must not exit 1 because of it.
  process.exitCode = 0;
});

// The test file's temporary directories (tempDir in test/support/temp.ts).
afterAll(removeTempDirs);
// What the code under test leaves for process exit (a sandbox's relay dir): a jest worker runs
// many test files before it exits.
afterAll(removeExitDirsNow);
