import { UserError } from '../errors.js';
import { parseInstance, type BenchInstance } from './instance.js';

/**
 * One line of a SWE-bench-style JSONL whose repositories are on this machine: `repo` names a
 * directory under `repoRoot` (owner/name becomes owner__name, as SWE-bench's own checkouts do,
 * or the name as given). Fields this format has no use for (hints_text, created_at, version,
 * environment_setup_commit, test_patch, ...) are dropped; `test_patch` becomes the hidden tests.
 */
export interface ImportedInstance {
  readonly instance: BenchInstance;
  /** SWE-bench's test_patch: applied after the run, as the hidden tests. */
  readonly testPatch: string | null;
  readonly referencePatch: string | null;
}

const DROPPED = [
  'hints_text',
  'created_at',
  'version',
  'environment_setup_commit',
  'difficulty', // SWE-bench Verified's is a time estimate ("<15 min fix"), not ours
  'test_patch',
  'patch',
  'FAIL_TO_PASS',
  'PASS_TO_PASS',
];

export function importSwebenchLine(
  line: string,
  where: string,
  repoDir: (repo: string) => string,
  testCommand: readonly string[],
): ImportedInstance {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    throw new UserError(`${where}: not JSON (${(e as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new UserError(`${where}: expected a JSON object per line`);
  const r = raw as Record<string, unknown>;
  if (typeof r.repo !== 'string' || r.repo === '')
    throw new UserError(`${where}: repo: expected the repository's name, e.g. "owner/name"`);
  const kept = Object.fromEntries(
    Object.entries(r).filter(([k]) => ![...DROPPED, 'repo'].includes(k)),
  );
  const instance = parseInstance(
    {
      ...kept,
      repo: repoDir(r.repo),
      FAIL_TO_PASS: r.FAIL_TO_PASS,
      PASS_TO_PASS: r.PASS_TO_PASS,
      test_command: r.test_command ?? [...testCommand],
      ...(typeof r.patch === 'string' && { patch: 'reference.patch' }),
      ...(typeof r.test_patch === 'string' && { hidden_tests: 'test.patch' }),
    },
    where,
  );
  return {
    instance,
    testPatch: typeof r.test_patch === 'string' ? r.test_patch : null,
    referencePatch: typeof r.patch === 'string' ? r.patch : null,
  };
}
