import type { Sandbox, SandboxReport, TreeJail } from './types.js';

export const SANDBOX_OFF_WARNING =
  'SANDBOX OFF: the agent ran without the OS sandbox (`sandbox: {mode: off}` in ' +
  '.github/lailatov.yml). Its commands could read this job’s process memory and environment, ' +
  'write outside the working tree and reach the network. Only the environment allowlist and the ' +
  'tree gate applied.';

/** `sandbox: {mode: off}`: commands run as they are, and every report says so. */
export class OffSandbox implements Sandbox {
  readonly mode = 'off' as const;

  jail(root: string): Promise<TreeJail> {
    return Promise.resolve({
      mode: 'off',
      root,
      confine: (file, args, opts) => Promise.resolve({ file, args, env: opts.env }),
    });
  }

  report(): SandboxReport {
    return { mode: 'off', summary: SANDBOX_OFF_WARNING, egress: [] };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
