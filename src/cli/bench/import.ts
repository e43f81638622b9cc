import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { importSwebenchLine } from '../../core/bench/index.js';
import { INSTANCE_FILE } from './suite.js';

/** SWE-bench's test ids are pytest node ids. */
export const SWEBENCH_TEST_COMMAND: readonly string[] = ['python3', '-m', 'pytest', '{test}'];

/**
 * A SWE-bench-style JSONL into a suite directory: one `<instance_id>/` per line, with its
 * instance.json, reference.patch and test.patch (the hidden tests). `repo` "owner/name" is found
 * at `<reposDir>/owner__name` (SWE-bench's checkout layout).
 */
export async function importSwebench(
  jsonl: string,
  reposDir: string,
  into: string,
  testCommand: readonly string[] = SWEBENCH_TEST_COMMAND,
): Promise<string[]> {
  const text = await readFile(jsonl, 'utf8');
  const ids: string[] = [];
  const lines = text.split('\n');
  for (const [k, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const r = importSwebenchLine(
      line,
      `${jsonl}:${k + 1}`,
      (repo) => resolve(reposDir, repo.replace('/', '__')),
      testCommand,
    );
    const dir = join(into, r.instance.instance_id);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, INSTANCE_FILE), `${JSON.stringify(r.instance, null, 2)}\n`);
    if (r.referencePatch !== null) await writeFile(join(dir, 'reference.patch'), r.referencePatch);
    if (r.testPatch !== null) await writeFile(join(dir, 'test.patch'), r.testPatch);
    ids.push(r.instance.instance_id);
  }
  return ids;
}
