import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runChecked } from '../../src/engines/process.js';
import { tempDir } from '../support/temp.js';

export const DEMO = join(process.cwd(), 'examples', 'demo');

export const gitEnv: Record<string, string> = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/tmp',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

export async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await runChecked('git', args, { cwd, env: gitEnv })).stdout;
}

export interface Fixture {
  readonly root: string;
  readonly repo: string;
  readonly issue: string;
  readonly replay: string;
  readonly modelScript: string;
  readonly log: string;
}

/** A temp copy of the demo project as a fresh git repo on main, its issue, and script dirs. */
export async function makeFixture(
  opts: { files?: Record<string, string>; model?: unknown; replay?: Record<string, unknown> } = {},
): Promise<Fixture> {
  const root = await tempDir('lailatov-e2e-');
  const repo = join(root, 'repo');
  await cp(join(DEMO, 'repo'), repo, { recursive: true });
  for (const [path, content] of Object.entries(opts.files ?? {})) {
    await mkdir(join(repo, path, '..'), { recursive: true });
    await writeFile(join(repo, path), content);
  }
  await git(repo, 'init', '-q', '-b', 'main');
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', 'initial');
  const issue = join(root, 'issue-7.md');
  await cp(join(DEMO, 'issue-7.md'), issue);
  const replay = join(root, 'replay');
  await cp(join(DEMO, 'replay'), replay, { recursive: true });
  for (const [name, script] of Object.entries(opts.replay ?? {}))
    await writeFile(join(replay, `${name}.json`), JSON.stringify(script));
  const modelScript = join(root, 'model.json');
  if (opts.model === undefined) await cp(join(DEMO, 'model.json'), modelScript);
  else await writeFile(modelScript, JSON.stringify(opts.model));
  return { root, repo, issue, replay, modelScript, log: join(repo, '.lailatov', 'outcomes.jsonl') };
}

export async function demoModel(): Promise<{
  version: 1;
  model: string;
  answers: Record<string, { value?: unknown; error?: string; whenPromptIncludes?: string }[]>;
}> {
  return JSON.parse(await readFile(join(DEMO, 'model.json'), 'utf8'));
}

export async function readLog(path: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/**
 * The demo's config with the OS sandbox off, for tests of the layer behind it: the sandbox
 * refuses a write to an existing protected directory before the tree gate could see it, and the
 * gate must hold on its own (a `sandbox: off` run, or a path the sandbox cannot pre-bind).
 */
export async function sandboxOffConfig(): Promise<Record<string, string>> {
  const config = await readFile(join(DEMO, 'repo', '.github', 'lailatov.yml'), 'utf8');
  return { '.github/lailatov.yml': `${config}sandbox:\n  mode: off\n` };
}
