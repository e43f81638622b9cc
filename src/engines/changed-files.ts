import { runChecked } from './process.js';

/**
 * What a run changed, from git rather than from the agent's claims: files that differ from the
 * starting commit, plus untracked files (new files the agent wrote but did not commit).
 */
export async function changedFiles(
  cwd: string,
  baseSha: string,
  env: Readonly<Record<string, string>>,
): Promise<string[]> {
  const committed = await runChecked('git', ['diff', '--name-only', '-z', baseSha], { cwd, env });
  const untracked = await runChecked('git', ['ls-files', '--others', '--exclude-standard', '-z'], {
    cwd,
    env,
  });
  const all = new Set(
    [...committed.stdout.split('\0'), ...untracked.stdout.split('\0')].filter((p) => p !== ''),
  );
  return [...all].sort();
}

export async function headSha(cwd: string, env: Readonly<Record<string, string>>): Promise<string> {
  const r = await runChecked('git', ['rev-parse', 'HEAD'], { cwd, env });
  return r.stdout.trim();
}
