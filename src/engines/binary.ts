import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';

/** How to install each CLI engine, shown when its binary is missing. */
export const INSTALL_COMMANDS = {
  'claude-code': 'npm i -g @anthropic-ai/claude-code',
  codex: 'npm i -g @openai/codex',
  aider: 'pipx install aider-chat',
  gemini: 'npm i -g @google/gemini-cli',
} as const;

export type CliEngineName = keyof typeof INSTALL_COMMANDS;

export interface FindBinaryOptions {
  readonly engine: CliEngineName;
  /** The executable's name on PATH (e.g. `claude`). */
  readonly name: string;
  /** A configured path (engine option `binaryPath`); wins over PATH. */
  readonly configured?: string;
  /** PATH to search, from the caller's environment. */
  readonly searchPath: string | undefined;
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds a CLI engine's executable and returns its absolute path, or throws a UserError that says
 * how to install it. We look it up ourselves (rather than letting spawn fail with ENOENT) so the
 * user gets the install command instead of a bare "spawn claude ENOENT".
 */
export async function findBinary(opts: FindBinaryOptions): Promise<string> {
  const install = INSTALL_COMMANDS[opts.engine];
  if (opts.configured !== undefined && opts.configured !== '') {
    const file = path.resolve(opts.configured);
    if (await isExecutableFile(file)) return file;
    throw new UserError(
      `${opts.engine} engine: binaryPath "${opts.configured}" is not an executable file. ` +
        `Fix the path (--engine-bin or LAILATOV_<ENGINE>_BIN), or install the CLI with: ${install}`,
    );
  }
  for (const dir of (opts.searchPath ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const file = path.join(dir, opts.name);
    if (await isExecutableFile(file)) return file;
  }
  throw new UserError(
    `${opts.engine} engine: the "${opts.name}" CLI is not installed (not found on PATH). ` +
      `Install it with: ${install} (or pass its location with --engine-bin / LAILATOV_<ENGINE>_BIN).`,
  );
}
