import { describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import YAML from 'yaml';

describe('the bench template (workflows-templates/lailatov-bench.yml)', () => {
  test('one shard of the suite per matrix job, then one job merging every shard', async () => {
    const doc = YAML.parse(await readFile('workflows-templates/lailatov-bench.yml', 'utf8')) as {
      jobs: Record<
        string,
        { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: { run?: string }[] }
      >;
    };
    const shards = doc.jobs.shard?.strategy?.matrix.shard ?? [];
    const run = doc.jobs.shard?.steps.map((s) => s.run ?? '').join('\n') ?? '';
    expect(run).toContain(`--shard "$SHARD/${shards.length}"`);
    expect(shards).toEqual(Array.from({ length: shards.length }, (_, k) => k + 1));
    // The shipped suite's TypeScript instances need tsc (`requires: ["tsc"]`), installed before the run.
    const tools = doc.jobs.shard?.steps.findIndex((s) =>
      /apt-get install .*node-typescript/.test(s.run ?? ''),
    );
    const bench = doc.jobs.shard?.steps.findIndex((s) => (s.run ?? '').includes(' bench '));
    expect(tools).toBeGreaterThanOrEqual(0);
    expect(tools).toBeLessThan(bench ?? -1);
    expect(doc.jobs.merge?.needs).toBe('shard');
    expect(doc.jobs.merge?.steps.map((s) => s.run ?? '').join('\n')).toContain(
      'bench --merge bench-*.json',
    );
  });
});
