// The packed package installs offline from its tarball; `init` and `demo` run from it.
import { describe, expect, test } from '@jest/globals';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { git } from '../e2e/helpers.js';
import { installPacked } from '../support/packed.js';

describe('the packed package', () => {
  test('installs offline from its tarball and runs init and demo from an empty directory', async () => {
    const p = await installPacked();
    // What a user runs, and nothing of the development tree.
    expect(p.files).toEqual(expect.arrayContaining(['dist/cli/index.js', 'LICENSE', 'README.md']));
    expect(p.files.filter((f) => /^(src|test|bench|scripts)\//.test(f))).toEqual([]);
    expect(p.files).not.toContain('.claude/settings.local.json');
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as Record<string, unknown>;
    expect(manifest.private).toBeUndefined();
    // Everything is bundled: installing pulls nothing from a registry.
    expect(manifest.dependencies).toBeUndefined();

    const repo = join(p.user, 'repo');
    await mkdir(repo);
    await git(repo, 'init', '-q', '-b', 'main');
    const init = await p.lailatov(['init'], { cwd: repo });
    expect(init).toMatchObject({ code: 0 });
    expect(init.stdout).toContain('.github/workflows/lailatov.yml');
    expect(await readdir(join(repo, '.github', 'workflows'))).toContain('lailatov.yml');
    expect(await readFile(join(repo, '.gitignore'), 'utf8')).toBe('.lailatov/\n');

    // The demo leaves its sample project in the temp dir for the user to look at: here, the test's.
    const demo = await p.lailatov(['demo', '--json'], { cwd: p.user, env: { TMPDIR: p.user } });
    expect(demo.code).toBe(0);
    expect(demo.stderr).toContain(`sample project copied to ${p.user}`);
    expect(JSON.parse(demo.stdout)).toMatchObject({ outcome: 'ready' });
  }, 180_000);
});
