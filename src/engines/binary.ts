import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';

/**
 * The npm package and pinned version of each npm-installed CLI engine: the versions the tests run
 * (package.json's devDependencies; test/engines/cli-install.unit.test.ts keeps the two equal).
 */
export const CLI_PACKAGES = {
  'claude-code': { pkg: '@anthropic-ai/claude-code', version: '2.1.197' },
  codex: { pkg: '@openai/codex', version: '0.169.0' },
  gemini: { pkg: '@google/gemini-cli', version: '0.61.0' },
} as const;

const npmGlobal = (e: keyof typeof CLI_PACKAGES) =>
  `npm i -g ${CLI_PACKAGES[e].pkg}@${CLI_PACKAGES[e].version}` as const;

/** How to install each CLI engine, shown when its binary is missing. */
export const INSTALL_COMMANDS = {
  'claude-code': npmGlobal('claude-code'),
  codex: npmGlobal('codex'),
  aider: 'pipx install aider-chat',
  gemini: npmGlobal('gemini'),
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

export async function isExecutableFile(file: string): Promise<boolean> {
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
  const found = await findOnPath(opts.name, opts.searchPath);
  if (found !== undefined) return found;
  throw new UserError(
    `${opts.engine} engine: the "${opts.name}" CLI is not installed (not found on PATH). ` +
      `Install it with: ${install} (or pass its location with --engine-bin / LAILATOV_<ENGINE>_BIN).`,
  );
}

/** The first executable called `name` in the directories of `searchPath`, if any. */
export async function findOnPath(
  name: string,
  searchPath: string | undefined,
): Promise<string | undefined> {
  for (const dir of (searchPath ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const file = path.join(dir, name);
    if (await isExecutableFile(file)) return file;
  }
  return undefined;
}
