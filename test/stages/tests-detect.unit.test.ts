import { describe, expect, test } from '@jest/globals';
import { detectTestCommand, runTests } from '../../src/stages/tests.js';
import type { Workspace } from '../../src/stages/ports.js';
import { recording } from './doubles.js';
import { parseConfig } from '../../src/config/index.js';

/** A workspace holding just these files; anything else it is asked throws. */
function filesWorkspace(files: Record<string, string>): Workspace {
  return recording<Workspace>('workspace', {
    exists: async (p: string) => p in files,
    readFile: async (p: string) => files[p] ?? null,
  }).port;
}

const detect = async (files: Record<string, string>) =>
  (await detectTestCommand(filesWorkspace(files)))?.argv ?? null;

describe('test command detection', () => {
  test('package.json with a real test script', async () => {
    expect(await detect({ 'package.json': '{"scripts":{"test":"jest"}}' })).toEqual([
      'npm',
      'test',
      '--silent',
    ]);
  });

  test("npm's placeholder script, no script, or broken JSON fall through to the others", async () => {
    const placeholder = '{"scripts":{"test":"echo \\"Error: no test specified\\" && exit 1"}}';
    expect(await detect({ 'package.json': placeholder })).toBeNull();
    expect(await detect({ 'package.json': '{}' })).toBeNull();
    expect(await detect({ 'package.json': '{oops', 'go.mod': 'module x' })).toEqual([
      'go',
      'test',
      './...',
    ]);
  });

  test.each([
    [{ 'pytest.ini': '' }, ['python3', '-m', 'pytest', '-q']],
    [{ 'pyproject.toml': '[tool.pytest.ini_options]\n' }, ['python3', '-m', 'pytest', '-q']],
    [{ 'conftest.py': '' }, ['python3', '-m', 'pytest', '-q']],
    [{ 'go.mod': 'module x' }, ['go', 'test', './...']],
    [{ 'Cargo.toml': '[package]' }, ['cargo', 'test']],
    [{ Makefile: 'build:\n\tcc x.c\ntest:\n\t./t\n' }, ['make', 'test']],
  ])('%j → %j', async (files, argv) => {
    expect(await detect(files)).toEqual(argv);
  });

  test('none: a pyproject without pytest, a Makefile without a test target, nothing', async () => {
    expect(await detect({ 'pyproject.toml': '[project]\nname="x"' })).toBeNull();
    expect(await detect({ Makefile: 'all:\n\tcc x.c\n' })).toBeNull();
    expect(await detect({})).toBeNull();
  });

  test('no command: the stage says so and goes on (skipped, with the reason)', async () => {
    const treeGate = {
      snapshot: () => Promise.reject(new Error('no test command: nothing to gate')),
      enforce: () => Promise.reject(new Error('no test command: nothing to gate')),
    };
    const r = await runTests(
      { config: parseConfig('{}'), workspace: filesWorkspace({}), treeGate },
      { protectedPaths: [], round: 0 },
    );
    expect(r).toMatchObject({ status: 'skipped', command: null });
    expect(r.note).toMatch(/No test command/);
  });
});
