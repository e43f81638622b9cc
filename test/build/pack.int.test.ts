// The package as a user gets it after publication: `npm pack`, installed from the tarball into
// an empty directory with no registry, then `npx lailatov init` and `npx lailatov demo` there.
import { describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

describe('the packed package', () => {
  test('installs offline from its tarball and runs init and demo from an empty directory', async () => {
    const root = await mkdtemp(join(tmpdir(), 'lailatov-pack-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', root]);
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    const paths = packed?.files.map((f) => f.path) ?? [];
    // What a user runs, and nothing of the development tree.
    expect(paths).toEqual(expect.arrayContaining(['dist/cli/index.js', 'LICENSE', 'README.md']));
    expect(paths.filter((p) => /^(src|test|bench|scripts)\//.test(p))).toEqual([]);
    expect(paths).not.toContain('.claude/settings.local.json');
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as Record<string, unknown>;
    expect(manifest.private).toBeUndefined();
    // Everything is bundled: installing pulls nothing from a registry.
    expect(manifest.dependencies).toBeUndefined();

    const user = join(root, 'user');
    await mkdir(user);
    const env = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false' };
    await run('npm', ['install', '--no-fund', join(root, packed?.filename ?? '')], {
      cwd: user,
      env,
    });
    const repo = join(user, 'repo');
    await mkdir(repo);
    await run('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    const init = await run('npx', ['--offline', 'lailatov', 'init'], { cwd: repo, env });
    expect(init.stdout).toContain('.github/workflows/lailatov.yml');
    expect(await readdir(join(repo, '.github', 'workflows'))).toEqual(['lailatov.yml']);
    expect(await readFile(join(repo, '.gitignore'), 'utf8')).toBe('.lailatov/\n');

    const demo = await run('npx', ['--offline', 'lailatov', 'demo', '--json'], {
      cwd: user,
      env,
    });
    expect(JSON.parse(demo.stdout)).toMatchObject({ outcome: 'ready' });
  }, 180_000);
});
