import path from 'node:path';

/**
 * The bubblewrap command line for one confined command, as a pure function of a plan, so the
 * boundary can be read (and tested) in one place. Order matters: later mounts cover earlier ones.
 */
export interface BwrapPlan {
  /** The working tree: the only host directory the agent may write, besides `writable`. */
  readonly root: string;
  /** Host directories covered with an empty tmpfs: homes, temp dirs, the runner's files. */
  readonly hidden: readonly string[];
  /** Host paths shown again read-only inside a hidden directory (toolchains, node). */
  readonly readable: readonly string[];
  /** Host paths bound read-write (a CLI engine's throwaway HOME). */
  readonly writable: readonly string[];
  /** Paths inside the tree bound read-only: `.git` and the protected paths that exist. */
  readonly readOnlyInTree: readonly string[];
  /** Host directory of the relay sockets, bound at SOCKET_DIR; null when no port is relayed. */
  readonly socketDir: string | null;
  /** The uid and gid the command runs as, inside its own user namespace. */
  readonly uid: number;
  readonly gid: number;
  readonly cwd: string;
}

/** Where the relay sockets appear inside the sandbox. */
export const SOCKET_DIR = '/run/lailatov-relay';

/** Drops every path that sits inside another one of the list (its parent covers it). */
export function outermost(paths: readonly string[]): string[] {
  const sorted = [...new Set(paths.map((p) => path.resolve(p)))].sort();
  const out: string[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && (p === last || p.startsWith(last === '/' ? '/' : `${last}/`)))
      continue;
    out.push(p);
  }
  return out;
}

export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export function bwrapArgs(plan: BwrapPlan, file: string, args: readonly string[]): string[] {
  const out = [
    // No process outside is visible (own PID namespace, own /proc), no host IPC, no network but
    // the relayed loopback ports, and no capability even when the runner is root.
    '--die-with-parent',
    '--new-session',
    '--unshare-user',
    '--unshare-pid',
    '--unshare-ipc',
    '--unshare-uts',
    '--unshare-cgroup-try',
    '--unshare-net',
    '--uid',
    String(plan.uid),
    '--gid',
    String(plan.gid),
    '--cap-drop',
    'ALL',
    '--ro-bind',
    '/',
    '/',
    '--dev',
    '/dev',
    '--proc',
    '/proc',
  ];
  // The tree or a toolchain may sit inside a hidden directory: it is bound again below, after the
  // tmpfs covers its parent, so nothing else of that directory shows.
  for (const dir of outermost(plan.hidden)) if (dir !== '/') out.push('--tmpfs', dir);
  for (const p of outermost(plan.readable)) out.push('--ro-bind-try', p, p);
  out.push('--bind', plan.root, plan.root);
  for (const p of plan.readOnlyInTree) out.push('--ro-bind-try', p, p);
  for (const p of outermost(plan.writable)) out.push('--bind', p, p);
  if (plan.socketDir !== null) out.push('--bind', plan.socketDir, SOCKET_DIR);
  out.push('--chdir', plan.cwd, '--', file, ...args);
  return out;
}
