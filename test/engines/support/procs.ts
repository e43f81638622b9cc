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

/** Host pids of the running processes whose working directory is `dir` or below it. */
export async function processesIn(dir: string): Promise<number[]> {
  const { readdir, readlink, realpath } = await import('node:fs/promises');
  const root = await realpath(dir);
  const out: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const cwd = await readlink(`/proc/${name}/cwd`).catch(() => '');
    if ((cwd === root || cwd.startsWith(`${root}/`)) && (await isRunning(Number(name))))
      out.push(Number(name));
  }
  return out;
}

/**
 * Waits up to `ms` for every process working in `dir` to stop; returns those still running.
 * Counted from the host's /proc, so it sees processes inside a sandbox's PID namespace too,
 * whose own recorded pids mean nothing out here.
 */
export async function survivorsIn(dir: string, ms = 2000): Promise<number[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const alive = await processesIn(dir);
    if (alive.length === 0 || Date.now() > deadline) return alive;
    await new Promise((r) => setTimeout(r, 50));
  }
}
