import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isUserError, UserError } from '../../core/errors.js';
import { parsePolicyText, TIERS, type RiskPolicy } from '../../core/risk/index.js';
import { ExitCode, type CliIo, type Command } from '../io.js';

export const DEFAULT_POLICY_FILE = 'risk-policy.json';

const HELP = `Usage: lailatov policy check FILE

Validates a risk policy (risk-policy.json). Prints a one-line summary when it is valid;
otherwise lists every problem, each with its JSON path and the fix.

Exit codes: 0 valid, 2 invalid or unreadable.
`;

/**
 * Reads and validates a policy file. `file` is relative to `cwd`; without it the default
 * ./risk-policy.json is read, and its absence says how to point at another file.
 */
export async function loadPolicyFile(cwd: string, file?: string): Promise<RiskPolicy> {
  const name = file ?? DEFAULT_POLICY_FILE;
  const full = path.resolve(cwd, name);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && file === undefined) {
      throw new UserError(
        `no ${DEFAULT_POLICY_FILE} in ${cwd}. Fix: pass --policy FILE, or create ${DEFAULT_POLICY_FILE} (see 'lailatov policy --help').`,
      );
    }
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : String(code ?? e);
    throw new UserError(
      `cannot read policy file ${name}: ${why}. Fix: pass the path of a readable risk-policy.json.`,
    );
  }
  return parsePolicyText(text, name);
}

export function summarizePolicy(name: string, policy: RiskPolicy): string {
  const counts = TIERS.map((t) => `${policy.riskTierRules[t].length} ${t}`).join(', ');
  const version = policy.version === undefined ? '' : ` (version ${policy.version})`;
  return (
    `${name}: valid risk policy${version}: ${counts} patterns; ` +
    `${policy.blockedPatterns.length} blocked; ${policy.protectedPaths.length} protected paths; ` +
    `default tier ${policy.defaultTier}.`
  );
}

/**
 * Runs a command body and reports a UserError as main.ts does (message, then every problem),
 * so the command keeps its exit-code contract when called directly, not only through main().
 */
export async function reportingUserErrors(
  name: string,
  io: CliIo,
  body: () => Promise<number>,
): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (!isUserError(e)) throw e;
    io.stderr(`lailatov ${name}: ${e.message}\n`);
    for (const problem of e.problems) io.stderr(`  - ${problem}\n`);
    return ExitCode.badInput;
  }
}

async function check(file: string, io: CliIo): Promise<number> {
  const policy = await loadPolicyFile(io.cwd, file);
  io.stdout(`${summarizePolicy(file, policy)}\n`);
  return ExitCode.ok;
}

export const policyCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (e) {
    io.stderr(`lailatov policy: ${(e as Error).message}\n\n${HELP}`);
    return ExitCode.badInput;
  }
  if (parsed.values.help) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  const [sub, file, ...extra] = parsed.positionals;
  if (sub !== 'check' || file === undefined || extra.length > 0) {
    const what =
      sub === undefined
        ? 'missing subcommand'
        : sub !== 'check'
          ? `unknown subcommand '${sub}'`
          : file === undefined
            ? 'missing FILE'
            : 'too many arguments';
    io.stderr(`lailatov policy: ${what}.\n\n${HELP}`);
    return ExitCode.badInput;
  }
  return reportingUserErrors('policy', io, () => check(file, io));
};
