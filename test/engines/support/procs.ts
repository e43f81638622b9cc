// Whether a process is still running. A zombie (exited, not yet reaped by its new parent) is
// dead for our purposes: it runs nothing and holds no resources but its pid.
import { readFile } from 'node:fs/promises';

export async function isRunning(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Field 3, after the parenthesised command name.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** Waits up to `ms` for all pids to stop running; returns those still running. */
export async function survivors(pids: readonly number[], ms = 2000): Promise<number[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const alive: number[] = [];
    for (const p of pids) if (await isRunning(p)) alive.push(p);
    if (alive.length === 0 || Date.now() > deadline) return alive;
    await new Promise((r) => setTimeout(r, 50));
  }
}
