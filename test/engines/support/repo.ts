// Real git repositories in temp dirs for engine tests, and the task every test starts from.
import { execa } from 'execa';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineTask } from '../../../src/engines/types.js';
import { tempDir } from '../../support/temp.js';

export interface TempRepo {
  readonly dir: string;
  read(rel: string): Promise<string>;
  cleanup(): Promise<void>;
}

export async function tempRepo(
  files: Record<string, string> = { 'README.md': '# demo\n' },
): Promise<TempRepo> {
  const dir = await tempDir('lailatov-engine-repo-');
  const git = (...args: string[]) => execa('git', args, { cwd: dir });
  await git('init', '-q', '-b', 'main');
  await git('config', 'user.email', 'bot@example.com');
  await git('config', 'user.name', 'Bot');
  for (const [rel, content] of Object.entries(files)) await writeFile(join(dir, rel), content);
  await git('add', '-A');
  await git('commit', '-q', '-m', 'initial');
  return {
    dir,
    read: (rel) => readFile(join(dir, rel), 'utf8'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export function makeTask(cwd: string, overrides: Partial<EngineTask> = {}): EngineTask {
  return {
    cwd,
    prompt: 'Do the task.',
    allowedTools: ['Read', 'Write', 'Edit', 'Bash'],
    model: 'claude-sonnet-4-6',
    maxTurns: 8,
    timeoutMs: 60_000,
    env: {},
    protectedPaths: [],
    hooks: false,
    ...overrides,
  };
}

/** Secrets planted in the parent environment; none may reach an agent's shell. */
export const PLANTED_SECRETS = {
  GITHUB_TOKEN: 'ghs_planted_github_token_value',
  'INPUT_GITHUB-TOKEN': 'ghs_planted_input_token_value',
  ANTHROPIC_API_KEY: 'sk-ant-planted-real-key-value',
  OPENAI_API_KEY: 'sk-planted-openai-key-value',
  ACTIONS_RUNTIME_TOKEN: 'planted-actions-runtime-token',
  MY_SERVICE_PASSWORD: 'planted-password-value',
} as const;

/** A parent env with PATH and the planted secrets. */
export function parentEnvWithSecrets(): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', ...PLANTED_SECRETS };
}

/** Asserts an env dump (`env` output) holds none of the planted secrets, by name or value. */
export function secretLeaks(envDump: string): string[] {
  const leaks: string[] = [];
  for (const [name, value] of Object.entries(PLANTED_SECRETS)) {
    if (envDump.includes(value)) leaks.push(`value of ${name}`);
  }
  for (const line of envDump.split('\n')) {
    const name = line.split('=')[0] ?? '';
    if (/^(INPUT_|ACTIONS_|GITHUB_TOKEN|GH_TOKEN)/.test(name) || /PASSWORD|SECRET/.test(name)) {
      leaks.push(`variable ${name}`);
    }
  }
  return leaks;
}
