// What an engine run puts in the temp dir for its own use is gone when the process exits: a
// session never closes its sandbox (the CLI and the action exit after one run), and nobody reads
// a transcript that was not asked for. Each case runs in a child process that simply exits.
import { describe, expect, it } from '@jest/globals';
import { readdir } from 'node:fs/promises';
import { runCommand } from '../../src/engines/process.js';
import { tempDir } from '../support/temp.js';

// Opens the strict sandbox, runs one confined command that may reach a loopback port (so the
// relay and its directory exist), prints the directory's entries, and exits without close().
const SCRIPT = `
import http from 'node:http';
import os from 'node:os';
import { readdirSync } from 'node:fs';
import { runCommand } from './src/engines/process.ts';
import { openSandbox } from './src/engines/sandbox/index.ts';
const server = http.createServer((_q, r) => r.end('ok'));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const sandbox = await openSandbox({ mode: 'bwrap', env: process.env });
const jail = await sandbox.jail(process.argv[1], []);
const r = await runCommand('true', [], {
  cwd: process.argv[1],
  env: { PATH: process.env.PATH },
  confine: { jail, ports: [port] },
});
console.log(JSON.stringify({ code: r.exitCode, during: readdirSync(os.tmpdir()) }));
process.exit(0);
`;

describe('the sandbox relay directory', () => {
  it('is removed when the process exits, though nobody closed the sandbox', async () => {
    const tmp = await tempDir('lailatov-relay-check-');
    const tree = await tempDir('lailatov-relay-tree-');
    const r = await runCommand(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', SCRIPT, tree],
      {
        cwd: process.cwd(),
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TMPDIR: tmp },
        timeoutMs: 60_000,
      },
    );
    expect(r.stderr).toBe('');
    const seen = JSON.parse(r.stdout) as { code: number; during: string[] };
    expect(seen.code).toBe(0);
    expect(seen.during.filter((e) => e.startsWith('lailatov-relay-'))).toHaveLength(1);
    expect((await readdir(tmp)).filter((e) => e.startsWith('lailatov-relay-'))).toEqual([]);
  });

  it('keeps a transcript nobody asked for only while the process runs', async () => {
    const tmp = await tempDir('lailatov-transcript-check-');
    const script = `
      import { existsSync } from 'node:fs';
      import { Transcript } from './src/engines/anthropic/transcript.ts';
      const t = await Transcript.open(undefined);
      await t.append({ type: 'start' });
      console.log(JSON.stringify({ path: t.path, during: existsSync(t.path) }));
    `;
    const r = await runCommand(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: process.cwd(),
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TMPDIR: tmp },
        timeoutMs: 60_000,
      },
    );
    expect(r.stderr).toBe('');
    const seen = JSON.parse(r.stdout) as { path: string; during: boolean };
    expect(seen.path.startsWith(tmp)).toBe(true);
    expect(seen.during).toBe(true);
    expect((await readdir(tmp)).filter((e) => e.startsWith('lailatov-anthropic-'))).toEqual([]);
  });
});
