import { findOnPath } from '../../engines/binary.js';
import type { BenchInstance } from '../../core/bench/index.js';

/** How to get a tool the shipped suite requires, for the skip reason. */
const INSTALL: Readonly<Record<string, string>> = {
  tsc: 'apt-get install node-typescript, or npm install -g typescript',
};

/**
 * Why this machine cannot run the instance (a command of its `requires` is not on PATH), or
 * null when it can. The run is then skipped with that reason rather than scored unresolved.
 */
export async function skipReason(
  i: BenchInstance,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string | null> {
  const missing: string[] = [];
  for (const tool of i.requires)
    if ((await findOnPath(tool, env.PATH ?? '/usr/bin:/bin')) === undefined) missing.push(tool);
  if (missing.length === 0) return null;
  const hints = missing.flatMap((t) => (INSTALL[t] === undefined ? [] : [`${t}: ${INSTALL[t]}`]));
  return (
    `needs ${missing.join(', ')} on PATH (not found)` +
    (hints.length > 0 ? `; install ${hints.join('; ')}` : '')
  );
}
