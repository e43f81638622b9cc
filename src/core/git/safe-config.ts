// The settings every git the orchestrator runs is started with, so that nothing a repository's
// own config (which an agent may have rewritten) names is ever executed, and nothing is sent
// anywhere but where the caller said. Pure data and string building; the adapters run git.

/** A config key and its value, passed to git through the environment (never argv, never a file). */
export type GitConfigPair = readonly [key: string, value: string];

/**
 * Fixed overrides. They are given at command scope, which outranks the system, global and
 * repository files and every include. Why each one: it names a program, or leads to one.
 */
export const SAFE_GIT_CONFIG: readonly GitConfigPair[] = [
  ['core.quotepath', 'off'],
  // Hooks: `/dev/null/<hook>` is never a file.
  ['core.hooksPath', '/dev/null'],
  ['core.fsmonitor', 'false'],
  ['core.untrackedCache', 'false'],
  ['core.askPass', ''],
  // An empty helper clears every helper configured before it.
  ['credential.helper', ''],
  ['core.sshCommand', 'false'],
  ['core.gitProxy', 'false'],
  ['core.alternateRefsCommand', 'true'],
  ['core.pager', 'cat'],
  ['core.editor', 'true'],
  ['sequence.editor', 'true'],
  ['commit.gpgSign', 'false'],
  ['tag.gpgSign', 'false'],
  ['log.showSignature', 'false'],
  ['merge.verifySignatures', 'false'],
  ['gpg.program', 'false'],
  ['gpg.ssh.program', 'false'],
  ['gpg.x509.program', 'false'],
  ['gpg.ssh.defaultKeyCommand', 'false'],
  ['submodule.recurse', 'false'],
  ['fetch.recurseSubmodules', 'false'],
  ['gc.auto', '0'],
  ['maintenance.auto', 'false'],
];

/**
 * Filters, diff drivers and merge drivers are named by `.gitattributes` (which the agent writes)
 * and defined in config under any name, so they cannot be listed ahead of time. Given the output
 * of `git config --name-only --get-regexp '^(filter|diff|merge)\.'` (every key in effect, includes
 * followed), this returns the overrides that empty each driver found.
 */
export function driverOverrides(configNames: string): GitConfigPair[] {
  const out = new Map<string, string>();
  for (const line of configNames.split('\n')) {
    const m = /^(filter|diff|merge)\.(.+)\.[^.]+$/i.exec(line.trim());
    if (!m) continue;
    const [, section = '', name = ''] = m;
    const prefix = `${section.toLowerCase()}.${name}`;
    if (section.toLowerCase() === 'filter') {
      out.set(`${prefix}.clean`, '');
      out.set(`${prefix}.smudge`, '');
      out.set(`${prefix}.process`, '');
      out.set(`${prefix}.required`, 'false');
    } else if (section.toLowerCase() === 'diff') {
      out.set(`${prefix}.textconv`, '');
      out.set(`${prefix}.command`, '');
    } else {
      out.set(`${prefix}.driver`, 'false');
    }
  }
  return [...out];
}

/** The environment variables that pass `pairs` to git at command scope. */
export function configEnv(pairs: readonly GitConfigPair[]): Record<string, string> {
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(pairs.length) };
  pairs.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}

/** The identity the suite commits with. */
export interface GitIdentity {
  readonly name: string;
  readonly email: string;
}

export interface SafeGitEnvOptions {
  readonly path: string;
  readonly home: string;
  /** Transports git may use (GIT_ALLOW_PROTOCOL overrides every `protocol.*` setting). */
  readonly protocols: readonly string[];
  readonly identity?: GitIdentity;
  readonly config?: readonly GitConfigPair[];
}

/**
 * A complete environment for the orchestrator's git: nothing inherited but PATH and HOME, no
 * prompts, an editor that does nothing, only the listed transports, and the safe config.
 */
export function safeGitEnv(o: SafeGitEnvOptions): Record<string, string> {
  return {
    PATH: o.path,
    HOME: o.home,
    LANG: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_EDITOR: 'true',
    GIT_SEQUENCE_EDITOR: 'true',
    GIT_PAGER: 'cat',
    GIT_ALLOW_PROTOCOL: o.protocols.join(':'),
    ...(o.identity && {
      GIT_AUTHOR_NAME: o.identity.name,
      GIT_AUTHOR_EMAIL: o.identity.email,
      GIT_COMMITTER_NAME: o.identity.name,
      GIT_COMMITTER_EMAIL: o.identity.email,
    }),
    ...configEnv([...SAFE_GIT_CONFIG, ...(o.config ?? [])]),
  };
}
