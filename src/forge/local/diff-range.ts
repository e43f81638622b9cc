import { UserError } from '../../core/errors.js';
import { runCommand } from '../../engines/process.js';

export interface DiffRange {
  readonly cwd: string;
  readonly base: string;
  /** Defaults to HEAD. */
  readonly head?: string;
  /** The caller's environment, passed on to git whole (it is the user's own git). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

function checkRef(flag: string, ref: string): void {
  // A ref that starts with `-` would be read by git as an option.
  if (ref === '' || ref.startsWith('-')) {
    throw new UserError(
      `${flag} '${ref}' is not a git ref. Fix: pass a branch, tag or commit such as origin/main.`,
    );
  }
}

/**
 * The paths changed between the merge base of `base` and `head`, and `head`
 * (`git diff --name-only base...head`). Renames count as a deletion plus an addition so that
 * moving a file out of a protected or high-risk path still shows its old path. NUL-separated
 * output keeps unusual file names intact.
 */
export async function filesChangedInRange({
  cwd,
  base,
  head = 'HEAD',
  env,
}: DiffRange): Promise<string[]> {
  checkRef('--base', base);
  checkRef('--head', head);
  const result = await runCommand(
    'git',
    ['diff', '--name-only', '--no-renames', '-z', `${base}...${head}`, '--'],
    { cwd, env: definedOnly(env) },
  );
  if (result.exitCode !== 0) {
    const tail = (result.stderr || result.spawnError || `exit ${result.exitCode ?? result.signal}`)
      .trim()
      .split('\n')
      .slice(-3)
      .join(' ');
    throw new UserError(
      `git diff ${base}...${head} failed in ${cwd}: ${tail}. Fix: check that both refs exist (git fetch them first) and that this is a git repository.`,
    );
  }
  return result.stdout.split('\0').filter((p) => p !== '');
}

function definedOnly(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}
