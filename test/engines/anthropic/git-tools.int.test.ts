// The native glob and grep tools run git in the orchestrator's process, outside any sandbox:
// nothing the agent planted in .git (hooks, fsmonitor, filters) may run through them.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startModelServer, type ModelServer } from '../../support/model/index.js';
import { plantGitTraps, sprungTraps } from '../../support/git-traps.js';
import { engineFor, lastToolResults, removeDir, task, tempRepo } from './helpers.js';

let ms: ModelServer | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await ms?.close();
  ms = undefined;
  for (const d of dirs.splice(0)) await removeDir(d);
});

describe('native search tools on a hostile .git', () => {
  it('glob and grep answer without running any program the repository config names', async () => {
    const repo = await tempRepo({ 'src/a.ts': 'export const needle = 1;\n' });
    const markers = await mkdtemp(path.join(os.tmpdir(), 'lailatov-markers-'));
    dirs.push(repo, markers);
    await mkdir(markers, { recursive: true });
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
