/**
 * The agent sandbox port. Every process that runs code an agent wrote or chose (the native
 * loop's bash tool, each CLI engine, replay's steps, the repository's hooks, the project's tests)
 * is confined through a TreeJail; the orchestrator's own git and servers are not.
 */

/** How a stage's agent commands are confined: `bwrap` (the boundary) or `off` (said loudly). */
export type SandboxMode = 'bwrap' | 'off';

export interface ConfineOptions {
  /** Working directory inside the tree. */
  readonly cwd: string;
  /** The already scrubbed environment the command gets (see sandboxEnv). */
  readonly env: Readonly<Record<string, string>>;
  /** Extra host directories the command may write (a CLI engine's throwaway HOME). */
  readonly writable?: readonly string[];
  /** Extra host paths it must be able to read (a CLI's install directory under a hidden home). */
  readonly readable?: readonly string[];
  /** Host loopback ports the command may reach, at the same port inside (the model proxy). */
  readonly ports?: readonly number[];
}

/** A command rewritten to run confined (what it needs, e.g. relays, lives with the sandbox). */
export interface ConfinedCommand {
  readonly file: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/** The sandbox bound to one working tree, with its read-only paths worked out once. */
export interface TreeJail {
  readonly mode: SandboxMode;
  readonly root: string;
  confine(file: string, args: readonly string[], opts: ConfineOptions): Promise<ConfinedCommand>;
}

/** What the job summary and the PR body say about the boundary a run had. */
export interface SandboxReport {
  readonly mode: SandboxMode;
  /** One line for people: what confined the agent, or why nothing did. */
  readonly summary: string;
  /** Hosts the agent's commands asked for, allowed or refused. */
  readonly egress: readonly { host: string; port: number; allowed: boolean }[];
}

/** One per stage run: opens tree jails and owns the shared parts (egress proxy, temp dirs). */
export interface Sandbox {
  readonly mode: SandboxMode;
  jail(root: string, protectedGlobs: readonly string[]): Promise<TreeJail>;
  report(): SandboxReport;
  close(): Promise<void>;
}
