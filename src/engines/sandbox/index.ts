import { parseEgressNetwork } from '../../core/sandbox/egress-policy.js';
import { BwrapSandbox } from './bwrap.js';
import { OffSandbox } from './off.js';
import type { Sandbox, SandboxMode, TreeJail } from './types.js';

export { BwrapSandbox, SandboxUnavailableError } from './bwrap.js';
export { OffSandbox, SANDBOX_OFF_WARNING } from './off.js';
export type * from './types.js';

export interface OpenSandboxOptions {
  readonly mode: SandboxMode;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `sandbox.network` of the config, as written (default: the package registries). */
  readonly network?: unknown;
}

/** Opens the stage's sandbox; a `bwrap` sandbox that cannot start throws, never degrades. */
export async function openSandbox(o: OpenSandboxOptions): Promise<Sandbox> {
  if (o.mode === 'off') return new OffSandbox();
  return BwrapSandbox.open({
    env: o.env,
    egress: parseEgressNetwork(o.network, 'sandbox.network'),
  });
}

let fallback: Promise<Sandbox> | undefined;

/**
 * The sandbox of a caller that was given none (an engine built directly, as in tests): the
 * strict one, opened once per process. There is no path to "no sandbox" by omission.
 */
export function defaultSandbox(): Promise<Sandbox> {
  fallback ??= openSandbox({ mode: 'bwrap', env: process.env }).catch((e: unknown) => {
    fallback = undefined;
    throw e;
  });
  return fallback;
}

/** The jail for one engine run or one test run over `root`. */
export async function jailFor(
  sandbox: Sandbox | undefined,
  root: string,
  protectedGlobs: readonly string[],
): Promise<TreeJail> {
  return (sandbox ?? (await defaultSandbox())).jail(root, protectedGlobs);
}

/**
 * A sandbox opened on first use, so commands that never run an agent never start bwrap. The
 * mode is known from the start: a report says what the run had, or would have had.
 */
export function lazySandbox(o: OpenSandboxOptions): Sandbox {
  let opened: Promise<Sandbox> | undefined;
  const open = (): Promise<Sandbox> => (opened ??= openSandbox(o));
  let current: Sandbox | undefined;
  return {
    mode: o.mode,
    jail: async (root, globs) => (current = await open()).jail(root, globs),
    report: () =>
      (current ?? (o.mode === 'off' ? new OffSandbox() : undefined))?.report() ?? {
        mode: o.mode,
        summary: 'bubblewrap (no agent command ran)',
        egress: [],
      },
    close: async () => (opened ? (await opened).close() : undefined),
  };
}
