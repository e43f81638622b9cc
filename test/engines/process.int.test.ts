// The one process boundary: a hung engine (ignores SIGTERM, grandchild too) is killed within the
// grace period on timeout and on cancel, and nothing it started survives.
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runChecked, runCommand, CommandError } from '../../src/engines/process.js';
import { survivors } from './support/procs.js';
import { tempDir } from '../support/temp.js';

const HUNG = resolve('test/fixtures/engines/hung.sh');
const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function pidsFile(): Promise<string> {
  const d = await tempDir('lailatov-proc-');
  dirs.push(d);
  return join(d, 'pids');
}

async function recordedPids(file: string): Promise<number[]> {
  return (await readFile(file, 'utf8')).trim().split(/\s+/).map(Number);
}

describe('runCommand', () => {
  it('kills a hung process group on timeout: SIGTERM ignored, SIGKILL after the grace', async () => {
    const file = await pidsFile();
    const r = await runCommand(HUNG, [], {
      cwd: tmpdir(),
      env: { ...env, PIDS_FILE: file },
      timeoutMs: 300,
      killGraceMs: 300,
    });
    expect(r).toMatchObject({ timedOut: true, aborted: false, signal: 'SIGKILL', exitCode: null });
    expect(r.stdout).toBe('ready\n');
    // Generous bound: timeout + grace + scheduling slack, far below the 300 s sleep.
    expect(r.durationMs).toBeLessThan(300 + 300 + 3000);
    const pids = await recordedPids(file);
    expect(pids).toHaveLength(2);
    expect(await survivors(pids)).toEqual([]);
  });

  it('kills a hung process group on cancel (abort signal)', async () => {
    const file = await pidsFile();
    const ac = new AbortController();
    const r = await runCommand(HUNG, [], {
      cwd: tmpdir(),
      env: { ...env, PIDS_FILE: file },
      killGraceMs: 200,
      signal: ac.signal,
      onStdoutLine: (line) => {
        if (line === 'ready') ac.abort();
      },
    });
    expect(r).toMatchObject({ aborted: true, timedOut: false, signal: 'SIGKILL' });
    expect(await survivors(await recordedPids(file))).toEqual([]);
  });

  it('does not wait for a backgrounded grandchild that holds stdout, and kills it', async () => {
    const file = await pidsFile();
    const r = await runCommand('bash', ['-c', `sleep 300 & echo $! > "${file}"; echo done`], {
      cwd: tmpdir(),
      env,
    });
    expect(r).toMatchObject({ exitCode: 0, stdout: 'done\n' });
    expect(r.durationMs).toBeLessThan(10_000);
    expect(await survivors(await recordedPids(file))).toEqual([]);
  });

  it('streams stdout lines as they come and keeps only the tail beyond the cap', async () => {
    const lines: string[] = [];
    const r = await runCommand(
      'node',
      ['-e', 'for (let i = 0; i < 2000; i++) process.stdout.write(`line ${i}\\r\\n`)'],
      { cwd: tmpdir(), env, maxOutputBytes: 1000, onStdoutLine: (l) => lines.push(l) },
    );
    expect(lines).toHaveLength(2000);
    expect(lines[0]).toBe('line 0');
    expect(lines.at(-1)).toBe('line 1999');
    expect(r.stdout.length).toBeLessThan(1100);
    expect(r.stdout).toMatch(/^\[\.\.\. \d+ characters dropped \.\.\.\]\n/);
    expect(r.stdout.endsWith('line 1999\r\n')).toBe(true);
  });

  it('reports a binary that cannot be started, and runChecked throws with the stderr tail', async () => {
    const r = await runCommand('/nonexistent/lailatov-no-such-cli', [], { cwd: tmpdir(), env });
    expect(r.exitCode).toBeNull();
    expect(r.spawnError).toMatch(/ENOENT/);
    await expect(
      runChecked('bash', ['-c', 'echo boom >&2; exit 3'], { cwd: tmpdir(), env }),
    ).rejects.toThrow(CommandError);
    await expect(
      runChecked('bash', ['-c', 'echo boom >&2; exit 3'], { cwd: tmpdir(), env }),
    ).rejects.toMatchObject({ exitCode: 3, stderrTail: 'boom\n' });
  });
});

describe('runChecked errors', () => {
  it('name the command by its label, not its argument values, and redact every form of a secret', async () => {
    const secret = 'ghs_processSecret0123456789';
    const basic = Buffer.from(`x-access-token:${secret}`).toString('base64');
    const error = await runChecked(
      'bash',
      ['-c', `echo "fatal: auth ${secret} ${basic}" >&2; exit 2`, 'argv-value-AUTHORIZATION'],
      { cwd: tmpdir(), env, label: 'git push', secrets: [secret] },
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CommandError);
    const { message, command, stderrTail } = error as CommandError;
    expect(message).toMatch(/^git push failed \(exit 2\): fatal: auth \*\*\* \*\*\*$/);
    expect(command).toBe('git push');
    for (const text of [message, stderrTail]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(basic);
      expect(text).not.toContain('argv-value-AUTHORIZATION');
    }
  });

  it('without a label, name only the program', async () => {
    await expect(
      runChecked('bash', ['-c', 'exit 4', 'argv-value'], { cwd: tmpdir(), env }),
    ).rejects.toThrow(/^bash failed \(exit 4\)/);
  });
});
