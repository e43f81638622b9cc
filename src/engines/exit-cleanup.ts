// Directories removed when the process exits, for what lives as long as the process: a session
// never closes its sandbox (the CLI and the action exit after one run), and the sandbox's relay
// sockets dir, or a transcript nobody asked to keep, would otherwise stay in the temp dir. One 'exit' listener per
// process, shared through a global symbol by every copy of this module (jest loads one a file).
import { rmSync } from 'node:fs';

const KEY = Symbol.for('lailatov.removeAtExit');

type Registry = Set<string>;

function registry(): Registry {
  const holder = process as unknown as Record<symbol, Registry | undefined>;
  let dirs = holder[KEY];
  if (!dirs) {
    const created: Registry = new Set();
    holder[KEY] = dirs = created;
    process.once('exit', () => removeNow(created));
  }
  return dirs;
}

function removeNow(dirs: Registry): void {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs.clear();
}

/** Removes `dir` when the process exits, unless forgetAtExit(dir) says it is already gone. */
export function removeAtExit(dir: string): void {
  registry().add(dir);
}

export function forgetAtExit(dir: string): void {
  registry().delete(dir);
}

/** Removes now what would be removed at exit: a test runner that reuses the process calls it. */
export function removeExitDirsNow(): void {
  removeNow(registry());
}
