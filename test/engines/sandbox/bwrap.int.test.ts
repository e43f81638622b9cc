// The OS boundary itself, probed the way a hostile agent would: every command below runs what an
// agent might run, through the one process boundary, confined to a throwaway tree.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runCommand } from '../../../src/engines/process.js';
import {
  BwrapSandbox,
  lazySandbox,
  openSandbox,
  SandboxUnavailableError,
  type Sandbox,
  type TreeJail,
} from '../../../src/engines/sandbox/index.js';
import { removeDir, tempRepo } from '../anthropic/helpers.js';
import { tempDir } from '../../support/temp.js';

const PLANTED = 'planted-secret-6d1f0c';
let sandbox: Sandbox;
let repo: string;
let outside: string;
let jail: TreeJail;
let exfil: { server: http.Server; port: number; hits: number };
let holder: ChildProcess;

beforeAll(async () => {
  // A process that holds a secret in its environment, as the action does (GITHUB_TOKEN, keys).
  holder = spawn('sleep', ['600'], {
    env: { PATH: process.env.PATH, LAILATOV_TEST_PLANTED_TOKEN: PLANTED },
    stdio: 'ignore',
  });
  sandbox = await openSandbox({ mode: 'bwrap', env: process.env });
  repo = await tempRepo({
    '.github/workflows/ci.yml': 'on: push\n',
    'docs/CLAUDE.md': 'rules\n',
    'src/a.txt': 'a\n',
  });
  outside = await tempDir('lailatov-victim-');
  await writeFile(path.join(outside, 'keep.txt'), 'precious\n');
  jail = await sandbox.jail(repo, ['.github/**', '**/CLAUDE.md']);
  const server = http.createServer((_q, r) => {
    exfil.hits++;
    r.end('exfil-ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  exfil = { server, port: (server.address() as AddressInfo).port, hits: 0 };
});

afterAll(async () => {
  holder.kill('SIGKILL');
  await new Promise((r) => exfil.server.close(r));
  await sandbox.close();
  await removeDir(repo);
  await removeDir(outside);
});

function agentBash(command: string, ports: number[] = []) {
  return runCommand('bash', ['-c', command], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.homedir() },
    confine: { jail, ports },
    timeoutMs: 30_000,
  });
}

describe('bubblewrap sandbox', () => {
  it('shows no process outside the sandbox: no planted secret through /proc, ps or the parent', async () => {
    const r = await agentBash(
      [
        'echo "pids: $(ls /proc | grep -cE "^[0-9]+$")"',
        'for f in /proc/[0-9]*/environ /proc/[0-9]*/cmdline; do tr "\\0" "\\n" < "$f"; done 2>/dev/null',
        'tr "\\0" "\\n" < /proc/$PPID/environ 2>/dev/null',
        'ps eww -e 2>/dev/null || true',
        'env',
      ].join('; '),
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^PATH=/m); // the probes really ran
    const pids = Number(/pids: (\d+)/.exec(r.stdout)?.[1]);
    expect(pids).toBeGreaterThan(0);
    expect(pids).toBeLessThan(8); // its own few, not the host's hundreds
    expect(r.stdout + r.stderr).not.toContain(PLANTED);
    // Unconfined, the same probe finds it: the secret is really there to be stolen.
    const bare = await runCommand('bash', ['-c', 'cat /proc/[0-9]*/environ 2>/dev/null'], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(bare.stdout).toContain(PLANTED);
  });

  it('runs with no capability, as uid 1000 when the runner is root', async () => {
    const r = await agentBash('id -u; grep CapEff /proc/self/status');
    const uid = process.getuid?.() ?? 1000;
    expect(r.stdout).toContain(`${uid === 0 ? 1000 : uid}\n`);
    expect(r.stdout).toMatch(/CapEff:\s+0{16}/);
  });

  it('changes nothing outside the tree: rm -rf and writes elsewhere fail or vanish', async () => {
    const r = await agentBash(
      `rm -rf ${outside}; echo x > ${outside}/new.txt; touch /etc/lailatov-pwn; ` +
        `echo pwn > ${os.homedir()}/.lailatov-pwn; echo ok > src/b.txt`,
    );
    expect(await readFile(path.join(outside, 'keep.txt'), 'utf8')).toBe('precious\n');
    expect(await readdir(outside)).toEqual(['keep.txt']);
    await expect(stat('/etc/lailatov-pwn')).rejects.toThrow();
    await expect(stat(path.join(os.homedir(), '.lailatov-pwn'))).rejects.toThrow();
    // The tree itself stays writable: the agent can do its job.
    expect(await readFile(path.join(repo, 'src/b.txt'), 'utf8')).toBe('ok\n');
    expect(r.stderr).toMatch(/Read-only file system/);
  });

  it('keeps protected paths and .git read-only, whatever tool writes them', async () => {
    const r = await agentBash(
      [
        'echo evil > .github/workflows/evil.yml',
        `python3 -c "open('.github/workflows/py.yml','w').write('x')"`,
        `node -e "require('fs').writeFileSync('.github/workflows/node.yml','x')"`,
        'cp src/a.txt .github/workflows/cp.yml',
        'mv .github /tmp/moved',
        'rm -rf .github',
        'echo more >> docs/CLAUDE.md',
        'printf "#!/bin/sh\\necho pwned\\n" > .git/hooks/pre-push',
        'git config core.fsmonitor "echo pwned"',
      ].join('; '),
    );
    expect(r.exitCode).not.toBeNull();
    expect(await readdir(path.join(repo, '.github/workflows'))).toEqual(['ci.yml']);
    expect(await readFile(path.join(repo, 'docs/CLAUDE.md'), 'utf8')).toBe('rules\n');
    await expect(stat(path.join(repo, '.git/hooks/pre-push'))).rejects.toThrow();
    expect(await readFile(path.join(repo, '.git/config'), 'utf8')).not.toContain('fsmonitor');
  });

  it('reaches a relayed loopback port, and no other', async () => {
    const other = http.createServer((_q, r) => r.end('model-ok'));
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const allowed = (other.address() as AddressInfo).port;
    try {
      const fetchJs = (port: number) =>
        `node -e "fetch('http://127.0.0.1:${port}/').then(r=>r.text()).then(t=>console.log('got',t),e=>console.log('refused',e.cause?.code))"`;
      const r = await agentBash(`${fetchJs(allowed)}; ${fetchJs(exfil.port)}`, [allowed]);
      expect(r.stdout).toContain('got model-ok');
      expect(r.stdout).toMatch(/refused ECONNREFUSED/);
      expect(exfil.hits).toBe(0);
    } finally {
      await new Promise((r) => other.close(r));
    }
  });

  it('relays ports through the node bridge too, where socat is missing', async () => {
    const plain = await BwrapSandbox.open({ env: process.env, socat: false });
    const other = http.createServer((_q, r) => r.end('model-ok'));
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const port = (other.address() as AddressInfo).port;
    try {
      const r = await runCommand(
        'node',
        ['-e', `fetch('http://127.0.0.1:${port}/').then(r=>r.text()).then(console.log)`],
        {
          cwd: repo,
          env: { PATH: process.env.PATH ?? '' },
          confine: { jail: await plain.jail(repo, []), ports: [port] },
        },
      );
      expect(r.stdout.trim()).toBe('model-ok');
    } finally {
      await new Promise((r) => other.close(r));
      await plain.close();
    }
  });

  it('sends web traffic through the egress proxy, which refuses hosts off the list', async () => {
    const r = await agentBash(
      'curl -sS -m 10 https://exfil.example.com/ 2>&1; echo; echo "proxy=$HTTPS_PROXY"',
    );
    expect(r.stdout).toMatch(/proxy=http:\/\/127\.0\.0\.1:\d+/);
    expect(r.stdout).toMatch(/403/);
    expect(sandbox.report().egress).toContainEqual({
      host: 'exfil.example.com',
      port: 443,
      allowed: false,
    });
  });

  it('refuses to start, naming the fix, when bubblewrap cannot run', async () => {
    const err = await BwrapSandbox.open({ env: process.env, bwrap: '/nonexistent/bwrap' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SandboxUnavailableError);
    expect(String(err)).toMatch(/apt-get install -y bubblewrap/);
    expect(String(err)).toMatch(/sandbox: \{mode: off\}/);
  });

  it('off runs the command as it is and reports it loudly', async () => {
    const off = lazySandbox({ mode: 'off', env: process.env });
    const j = await off.jail(repo, []);
    await mkdir(path.join(outside, 'sub'), { recursive: true });
    const r = await runCommand('bash', ['-c', `echo x > ${outside}/sub/unconfined.txt`], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '' },
      confine: { jail: j },
    });
    expect(r.exitCode).toBe(0);
    expect(await readFile(path.join(outside, 'sub/unconfined.txt'), 'utf8')).toBe('x\n');
    expect(off.report()).toMatchObject({
      mode: 'off',
      summary: expect.stringMatching(/SANDBOX OFF/),
    });
  });
});
