// Temporary directories for tests, removed after the test file (test/setup.ts calls
// removeTempDirs). The run's TMPDIR is a fresh directory that jest's global teardown checks is
// empty (test/global-teardown.ts): anything a test or the code under test leaves behind fails it.
import { mkdtempSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A fresh directory under the run's TMPDIR, removed when the test file ends. */
export async function tempDir(prefix = 'lailatov-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** tempDir for synchronous setup code. */
export function tempDirSync(prefix = 'lailatov-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every directory tempDir made in this test file. */
export async function removeTempDirs(): Promise<void> {
  const dirs = made.splice(0);
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true, maxRetries: 3 })));
}
