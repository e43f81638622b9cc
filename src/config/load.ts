import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { UserError } from '../core/errors.js';
import { configSchema, type LailatovConfig } from './schema.js';

export const CONFIG_PATH = '.github/lailatov.yml';

function keyPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(top level)' : path.map(String).join('.');
}

function describeIssue(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length === 0 ? '' : `${keyPath(issue.path)}.`;
    return issue.keys.map((k) => `${where}${k}: unknown key (check the spelling; see the docs)`);
  }
  return [`${keyPath(issue.path)}: ${issue.message}`];
}

/**
 * Parses and validates the text of `.github/lailatov.yml`. Every problem is reported with the
 * key it concerns; an empty text gives the defaults.
 */
export function parseConfig(text: string, source = CONFIG_PATH): LailatovConfig {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => e.message);
    throw new UserError(`${source}: not valid YAML: ${problems[0]}`, problems);
  }
  const raw: unknown = doc.toJS() ?? {};
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.flatMap(describeIssue);
    throw new UserError(`${source}: ${problems[0]}`, problems);
  }
  return result.data;
}

/** Reads the config file, or gives the defaults when there is none. */
export async function loadConfigFile(path: string): Promise<LailatovConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return parseConfig('');
    throw e;
  }
  return parseConfig(text, path);
}

/**
 * The config as committed at a ref of the base (never the head), read by `read`; the defaults
 * when there is none. `where` names the ref in error messages.
 */
export async function loadConfigAt(
  read: (path: string) => Promise<string | null>,
  path: string,
  where: string,
): Promise<LailatovConfig> {
  const text = await read(path);
  return text === null ? parseConfig('') : parseConfig(text, `${path} (at ${where})`);
}

/** Flags that override the file (CLI flags and action inputs). */
export interface ConfigOverrides {
  readonly baseBranch?: string;
  /** An engine chain per engine stage (e.g. `--engine replay` sets write and remediate). */
  readonly engines?: Partial<LailatovConfig['engines']>;
  readonly models?: Partial<LailatovConfig['models']>;
  readonly testCommand?: string;
  readonly maxRemediationRounds?: number;
  readonly issueBudgetUsd?: number;
}

export function applyOverrides(config: LailatovConfig, o: ConfigOverrides): LailatovConfig {
  const merged = {
    ...config,
    ...(o.baseBranch !== undefined && { baseBranch: o.baseBranch }),
    ...(o.testCommand !== undefined && { testCommand: o.testCommand }),
    ...(o.maxRemediationRounds !== undefined && { maxRemediationRounds: o.maxRemediationRounds }),
    budgets: {
      ...config.budgets,
      ...(o.issueBudgetUsd !== undefined && { issue: o.issueBudgetUsd }),
    },
    engines: { ...config.engines, ...o.engines },
    models: { ...config.models, ...o.models },
  };
  // Overrides go through the same validation as the file, so a bad flag names its key too.
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues.flatMap(describeIssue);
    throw new UserError(`command-line override: ${problems[0]}`, problems);
  }
  return result.data;
}

/** The test command as an argument list (no shell): a string is split on whitespace. */
export function testCommandArgs(config: LailatovConfig): string[] | null {
  const c = config.testCommand;
  if (c === null) return null;
  return typeof c === 'string' ? c.split(/\s+/).filter((s) => s !== '') : [...c];
}
