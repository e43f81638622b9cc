import { describe, expect, jest, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { runChecked } from '../../src/engines/process.js';
import type { BenchReport } from '../../src/core/bench/index.js';
import { captureIo } from '../support/cli-io.js';
import { tempDir } from '../support/temp.js';

jest.setTimeout(120_000);

const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
const gitEnv = {
  ...env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
};

describe('lailatov bench --import (SWE-bench JSONL)', () => {
  test('a line whose repository is cloned locally becomes an instance that gold resolves', async () => {
    const root = await tempDir('lailatov-bench-import-');
    const repo = join(root, 'repos', 'me__calc');
    await mkdir(join(repo, 'tests'), { recursive: true });
    await writeFile(join(repo, 'calc.py'), 'def add(a, b):\n    return a - b\n');
    await writeFile(join(repo, 'tests', '__init__.py'), '');
    await writeFile(
      join(repo, 'tests', 'test_calc.py'),
      'import unittest\nimport calc\n\n\nclass T(unittest.TestCase):\n    def test_exists(self):\n        self.assertTrue(callable(calc.add))\n',
    );
    const git = (args: string[]) => runChecked('git', args, { cwd: repo, env: gitEnv });
    await git(['init', '-q', '-b', 'main']);
    await git(['add', '-A']);
    await git(['commit', '-q', '-m', 'base']);
    const base = (await git(['rev-parse', 'HEAD'])).stdout.trim();
    const patch =
      'diff --git a/calc.py b/calc.py\n--- a/calc.py\n+++ b/calc.py\n@@ -1,2 +1,2 @@\n def add(a, b):\n-    return a - b\n+    return a + b\n';
    const testPatch =
      'diff --git a/tests/test_add.py b/tests/test_add.py\nnew file mode 100644\n--- /dev/null\n+++ b/tests/test_add.py\n@@ -0,0 +1,7 @@\n+import unittest\n+import calc\n+\n+\n+class T(unittest.TestCase):\n+    def test_add(self):\n+        self.assertEqual(calc.add(2, 3), 5)\n';
    const line = {
      repo: 'me/calc',
      instance_id: 'me__calc-1',
      base_commit: base,
      problem_statement: 'add() subtracts\n\nadd(2, 3) returns -1; it should return 5.',
      patch,
      test_patch: testPatch,
      FAIL_TO_PASS: JSON.stringify(['tests.test_add']),
      PASS_TO_PASS: JSON.stringify(['tests.test_calc']),
      test_command: ['python3', '-m', 'unittest', '{test}'],
      hints_text: '',
      created_at: '2026-01-01T00:00:00Z',
      version: '1.0',
    };
    await writeFile(join(root, 'in.jsonl'), `${JSON.stringify(line)}\n`);
    const suite = join(root, 'suite');
    const io = captureIo({ env, cwd: root });
    expect(
      await main(['bench', '--import', 'in.jsonl', '--repos', 'repos', '--into', 'suite'], io),
    ).toBe(0);
    expect(io.out()).toContain('Imported 1 instance(s)');

    const check = captureIo({ env });
    const checked = await main(['bench', '--suite', suite, '--check'], check);
    expect({ checked, out: check.out(), err: check.err() }).toMatchObject({ checked: 0 });
    expect(check.out()).toContain(
      'ok   me__calc-1: tests fail before the reference patch, pass after',
    );

    const run = captureIo({ env });
    const ran = await main(['bench', '--suite', suite, '--engine', 'gold', '--json'], run);
    expect({ ran, err: run.err() }).toMatchObject({ ran: 0 });
    const report = JSON.parse(run.out()) as BenchReport;
    expect(report.rows[0]).toMatchObject({ instance_id: 'me__calc-1', resolved: true });
  });
});
