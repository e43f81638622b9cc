// What the agent may reach: no secret in its shell, nothing outside the tree, no protected path.
import { afterEach, describe, expect, it } from '@jest/globals';
import { access, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { protectedPathList } from '../../../src/core/protected/paths.js';
import { startModelServer, type ModelServer } from '../../support/model/index.js';
import { plantGitTraps, sprungTraps } from '../../support/git-traps.js';
import { engineFor, lastToolResults, removeDir, task, tempRepo } from './helpers.js';
import { tempDir } from '../../support/temp.js';

let ms: ModelServer | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await ms?.close();
  ms = undefined;
  for (const d of dirs.splice(0)) await removeDir(d);
});

const SECRETS = {
  GITHUB_TOKEN: 'ghs_secret_github',
  'INPUT_GITHUB-TOKEN': 'ghs_secret_input',
  ANTHROPIC_API_KEY: 'sk-ant-secret',
  ACTIONS_RUNTIME_TOKEN: 'secret_runtime',
};

describe('anthropic engine sandbox', () => {
  it("the agent's bash tool sees no secret of the parent environment", async () => {
    Object.assign(process.env, SECRETS);
    const repo = await tempRepo();
    dirs.push(repo);
    ms = await startModelServer({
      scenario: {
        turns: [{ toolUses: [{ name: 'bash', input: { command: 'env' } }] }, { text: 'done' }],
      },
    });
    // No parentEnv override: the engine filters the real process.env.
    const result = await (await engineFor(ms)).run(task(repo));
    expect(result.outcome).toBe('no_changes');
    const envOut = lastToolResults(ms, 1)[0]?.text ?? '';
    expect(envOut).toMatch(/^PATH=/m); // the command really ran and printed the environment
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(envOut).not.toContain(name);
      expect(envOut).not.toContain(value);
    }
  });

  it('refuses writes to protected paths, outside the tree and through symlinks, and tells the model', async () => {
    const outside = await tempDir('lailatov-outside-');
    const repo = await tempRepo({ '.github/workflows/ci.yml': 'on: push\n' });
    dirs.push(repo, outside);
    await symlink(outside, path.join(repo, 'escape'));
    await writeFile(path.join(outside, 'secret.txt'), 'top secret\n');
    ms = await startModelServer({
      scenario: {
        turns: [
          {
            toolUses: [
              {
                name: 'write_file',
                input: { file_path: '.github/workflows/ci.yml', content: 'pwned' },
              },
              {
                name: 'edit_file',
                input: {
                  file_path: '.github/workflows/ci.yml',
                  old_string: 'push',
                  new_string: 'x',
                },
              },
              { name: 'write_file', input: { file_path: '../evil.txt', content: 'x' } },
              {
                name: 'write_file',
                input: { file_path: path.join(outside, 'abs.txt'), content: 'x' },
              },
              { name: 'write_file', input: { file_path: 'escape/through-link.txt', content: 'x' } },
              { name: 'read_file', input: { file_path: 'escape/secret.txt' } },
              {
                name: 'write_file',
                input: { file_path: '.git/hooks/pre-commit', content: '#!/bin/sh' },
              },
              { name: 'write_file', input: { file_path: 'ok.txt', content: 'fine\n' } },
            ],
          },
          { text: 'done' },
        ],
      },
    });
    const result = await (await engineFor(ms)).run(task(repo));
    const results = lastToolResults(ms, 1);
    expect(results.map((r) => r.isError)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(results[0]?.text).toContain('.github/workflows/ci.yml is a protected path');
    expect(results[1]?.text).toContain('protected path');
    expect(results[2]?.text).toContain('outside the working tree');
    expect(results[3]?.text).toContain('outside the working tree');
    expect(results[4]?.text).toContain('through a symlink');
    expect(results[5]?.text).toContain('through a symlink');
    expect(results[6]?.text).toContain('protected path');
    expect(await readFile(path.join(repo, '.github/workflows/ci.yml'), 'utf8')).toBe('on: push\n');
    await expect(access(path.join(path.dirname(repo), 'evil.txt'))).rejects.toThrow();
    await expect(access(path.join(outside, 'abs.txt'))).rejects.toThrow();
    await expect(access(path.join(outside, 'through-link.txt'))).rejects.toThrow();
    expect(result.outcome).toBe('completed');
    expect(result.changedFiles).toEqual(['escape', 'ok.txt']);
  });

  it('refuses writes through a dangling symlink, whether it points outside or at a protected path (issue 12)', async () => {
    const outside = await tempDir('lailatov-outside-');
    const repo = await tempRepo({
      'src/a.ts': 'export {};\n',
      '.github/workflows/ci.yml': 'on: push\n',
    });
    dirs.push(repo, outside);
    // Dangling: realpath fails on both, and the old lenient fallback accepted the link's own path.
    await symlink(path.join(outside, 'landed.txt'), path.join(repo, 'notes.txt'));
    await symlink('.github/workflows/new.yml', path.join(repo, 'innocent.yml'));
    await symlink(path.join(outside, 'missing-dir'), path.join(repo, 'gone'));
    // Inside the tree but a symlink all the same: writes go to real paths only.
    await symlink('../.github/workflows', path.join(repo, 'src', 'wf'));
    const write = (file_path: string) => ({
      name: 'write_file',
      input: { file_path, content: 'on: push\njobs: {}\n' },
    });
    ms = await startModelServer({
      scenario: {
        turns: [
          {
            toolUses: [
              write('notes.txt'),
              write('innocent.yml'),
              write('gone/x.txt'),
              write('src/wf/new.yml'),
              {
                name: 'edit_file',
                input: { file_path: 'src/wf/ci.yml', old_string: 'push', new_string: 'x' },
              },
            ],
          },
          { text: 'done' },
        ],
      },
    });
    await (await engineFor(ms)).run(task(repo, { protectedPaths: protectedPathList() }));
    const results = lastToolResults(ms, 1);
    expect(results.map((r) => r.isError)).toEqual([true, true, true, true, true]);
    for (const r of results) expect(r.text).toMatch(/symlink/);
    await expect(access(path.join(outside, 'landed.txt'))).rejects.toThrow();
    await expect(access(path.join(outside, 'missing-dir'))).rejects.toThrow();
    await expect(access(path.join(repo, '.github/workflows/new.yml'))).rejects.toThrow();
    expect(await readFile(path.join(repo, '.github/workflows/ci.yml'), 'utf8')).toBe('on: push\n');
  });

  it.each([
    '.claude/settings.json',
    'docs/CLAUDE.md',
    '.github/actions/x/action.yml',
    '.github/lailatov.yml',
    'AGENTS.md',
    'pkg/.git/config',
  ])('refuses a write to %s, protected by the core list (issue 12)', async (file) => {
    const repo = await tempRepo({ 'docs/CLAUDE.md': '# rules\n' });
    dirs.push(repo);
    ms = await startModelServer({
      scenario: {
        turns: [
          { toolUses: [{ name: 'write_file', input: { file_path: file, content: 'x' } }] },
          { text: 'done' },
        ],
      },
    });
    await (await engineFor(ms)).run(task(repo, { protectedPaths: protectedPathList() }));
    const [r] = lastToolResults(ms, 1);
    expect(r).toEqual({ isError: true, text: expect.stringContaining('is a protected path') });
    if (file === 'docs/CLAUDE.md')
      expect(await readFile(path.join(repo, file), 'utf8')).toBe('# rules\n');
    else await expect(access(path.join(repo, file))).rejects.toThrow();
  });

  it('returns tool errors to the model: bad input, missing file, ambiguous edit, unknown tool', async () => {
    const repo = await tempRepo({ 'a.txt': 'x x\n' });
    dirs.push(repo);
    ms = await startModelServer({
      scenario: {
        validateTools: false,
        turns: [
          {
            toolUses: [
              { name: 'read_file', input: { path: 'a.txt' } },
              { name: 'read_file', input: { file_path: 'nope.txt' } },
              {
                name: 'edit_file',
                input: { file_path: 'a.txt', old_string: 'x', new_string: 'y' },
              },
              {
                name: 'edit_file',
                input: { file_path: 'a.txt', old_string: 'zzz', new_string: 'y' },
              },
              { name: 'launch_missiles', input: {} },
              {
                name: 'edit_file',
                input: { file_path: 'a.txt', old_string: 'x', new_string: 'y', replace_all: true },
              },
            ],
          },
          { text: 'done' },
        ],
      },
    });
    const result = await (await engineFor(ms)).run(task(repo));
    const r = lastToolResults(ms, 1);
    expect(r.map((x) => x.isError)).toEqual([true, true, true, true, true, false]);
    expect(r[0]?.text).toContain('file_path');
    expect(r[1]?.text).toContain('nope.txt does not exist');
    expect(r[2]?.text).toContain('occurs 2 times');
    expect(r[3]?.text).toContain('not found');
    expect(r[4]?.text).toContain('unknown tool launch_missiles');
    expect(await readFile(path.join(repo, 'a.txt'), 'utf8')).toBe('y y\n');
    expect(result.outcome).toBe('completed');
  });

  it("the native glob and grep tools (git in the orchestrator's process) run nothing the agent planted in .git", async () => {
    const repo = await tempRepo({ 'src/a.ts': 'export const needle = 1;\n' });
    const markers = await tempDir('lailatov-markers-');
    dirs.push(repo, markers);
    await plantGitTraps(repo, markers);
    ms = await startModelServer({
      scenario: {
        turns: [
          {
            toolUses: [
              { name: 'glob', input: { pattern: '**/*.ts' } },
              { name: 'grep', input: { pattern: 'needle' } },
            ],
          },
          { text: 'done' },
        ],
      },
    });
    await (await engineFor(ms)).run(task(repo));
    const [globOut, grepOut] = lastToolResults(ms, 1).map((r) => r.text);
    expect(globOut).toContain('src/a.ts');
    expect(grepOut).toContain('src/a.ts:1:export const needle = 1;');
    expect(await sprungTraps(markers)).toEqual([]);
  });
});
