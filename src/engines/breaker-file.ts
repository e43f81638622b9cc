import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BreakerRegistry, type BreakerMemory, type BreakerOptions } from './breaker.js';

/**
 * The breakers of one repository, kept in a small JSON file between runs (local mode:
 * `.lailatov/breakers.json`), so an engine that failed its last runs is skipped by the next ones
 * for a while. A missing or unreadable file is a fresh start: the breaker is an optimisation,
 * never a reason to fail a run. Two runs at once may each save their own view (last one wins).
 */
export async function loadBreakers(
  file: string,
  opts: BreakerOptions = {},
): Promise<{ registry: BreakerRegistry; save: () => Promise<void> }> {
  const registry = new BreakerRegistry(opts, await readMemory(file));
  return {
    registry,
    save: async () => {
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(tmp, `${JSON.stringify(registry.memory(), null, 2)}\n`);
        await rename(tmp, file);
      } catch {
        // Not saved: the next run starts fresh, which is what a missing file means anyway.
      }
    },
  };
}

async function readMemory(file: string): Promise<Record<string, BreakerMemory>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return {};
  }
  const out: Record<string, BreakerMemory> = {};
  if (typeof json !== 'object' || json === null) return out;
  for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
    const m = v as Partial<BreakerMemory> | null;
    if (
      m !== null &&
      typeof m === 'object' &&
      Number.isInteger(m.failures) &&
      (m.failures as number) >= 0 &&
      (m.openedAt === null || Number.isFinite(m.openedAt))
    )
      out[k] = { failures: m.failures as number, openedAt: m.openedAt as number | null };
  }
  return out;
}
