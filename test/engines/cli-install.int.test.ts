// In the Action, a configured CLI engine that is not on PATH is installed by the orchestrator at
// its pinned version, through real `npm install`, from a loopback npm registry that serves a fake
// `@openai/codex@0.169.0` (the codex stub CLI, packed with `npm pack`). A real registry stand-in,
// rather than an injected local tarball path, keeps the production spec `<pkg>@<version>` under test.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { execa } from 'execa';
import { createAiderEngine } from '../../src/engines/aider/index.js';
import { createCodexEngine } from '../../src/engines/codex/index.js';
import { UserError } from '../../src/core/errors.js';
import { makeTask, parentEnvWithSecrets, secretLeaks, tempRepo } from './support/repo.js';
import { tempDir } from '../support/temp.js';

const STUBS = resolve('test/fixtures/engines');
let work: string;
let tarball: Buffer;
let server: Server;
let registry: string;
const requests: string[] = [];
let serveMissing = false;

/** A fake @openai/codex@0.169.0: the codex stub, plus a postinstall that dumps npm's env. */
async function packFakeCodex(dir: string): Promise<Buffer> {
  const pkg = join(dir, 'pkg');
  await mkdir(join(pkg, 'bin'), { recursive: true });
  await copyFile(join(STUBS, 'codex'), join(pkg, 'bin', 'codex'));
  await copyFile(join(STUBS, 'stub-common.mjs'), join(pkg, 'bin', 'stub-common.mjs'));
  const dump = JSON.stringify(join(dir, 'install-env.txt'));
  await writeFile(
    join(pkg, 'package.json'),
    JSON.stringify({
      name: '@openai/codex',
      version: '0.169.0',
      type: 'module',
      bin: { codex: 'bin/codex' },
      scripts: {
        postinstall: `node -e "require('fs').writeFileSync(${dump.replace(/"/g, "'")}, Object.entries(process.env).map(([k, v]) => k + '=' + v).join('\\n'))"`,
      },
    }),
  );
  await execa('npm', ['pack', '--pack-destination', dir], {
    cwd: pkg,
    env: { npm_config_cache: join(dir, 'npm-cache') },
  });
  const file = (await readdir(dir)).find((f) => f.endsWith('.tgz'));
  return readFile(join(dir, file ?? 'missing.tgz'));
}

beforeAll(async () => {
  work = await tempDir('lailatov-cli-install-');
  tarball = await packFakeCodex(work);
  server = createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? '');
    requests.push(url);
    if (url === '/@openai/codex' && !serveMissing) {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          name: '@openai/codex',
          'dist-tags': { latest: '0.169.0' },
          versions: {
            '0.169.0': {
              name: '@openai/codex',
              version: '0.169.0',
              bin: { codex: 'bin/codex' },
              hasInstallScript: true,
              dist: {
                tarball: `${registry}/codex-0.169.0.tgz`,
                shasum: createHash('sha1').update(tarball).digest('hex'),
                integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
              },
            },
          },
        }),
      );
    } else if (url === '/codex-0.169.0.tgz') {
      res.setHeader('content-type', 'application/octet-stream');
      res.end(tarball);
    } else {
      res.statusCode = 404;
      res.end('{"error":"not found"}');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((r) => server.close(r));
  await rm(work, { recursive: true, force: true });
});

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  serveMissing = false;
  for (const f of cleanup.splice(0)) await f();
});

/** The runner's env: no codex on PATH (only node and npm), secrets planted, npm at the stand-in. */
async function runnerEnv(extra: Record<string, string> = {}) {
  const runnerTemp = await mkdtemp(join(work, 'runner-temp-'));
  return {
    ...parentEnvWithSecrets(),
    PATH: `${dirname(process.execPath)}:/usr/bin:/bin`,
    HOME: runnerTemp,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    npm_config_registry: registry,
    npm_config_cache: join(runnerTemp, 'npm-cache'),
    ...extra,
  };
}

const upstream = { url: 'http://127.0.0.1:9', apiKey: 'sk-real-upstream-key' };

describe('a missing CLI engine in the Action', () => {
  it('is installed at its pinned version into RUNNER_TEMP, without secrets, and runs', async () => {
    const r = await tempRepo();
    cleanup.push(r.cleanup);
    const env = await runnerEnv();
    expect((await execa('sh', ['-c', 'command -v codex || true'], { env })).stdout).toBe('');
    const engine = createCodexEngine({ parentEnv: env, upstream, killGraceMs: 200 });
    const result = await engine.run(makeTask(r.dir, { prompt: 'make hello' }));
    expect(result).toMatchObject({ outcome: 'completed', finalMessage: 'Created hello.txt.' });
    expect(requests).toEqual(expect.arrayContaining(['/@openai/codex', '/codex-0.169.0.tgz']));
    const installed = JSON.parse(
      await readFile(
        join(env.RUNNER_TEMP, 'lailatov-clis/node_modules/@openai/codex/package.json'),
        'utf8',
      ),
    ) as { version: string };
    expect(installed.version).toBe('0.169.0');
    const npmEnv = await readFile(join(work, 'install-env.txt'), 'utf8');
    expect(npmEnv).toMatch(/^PATH=/m);
    expect(secretLeaks(npmEnv)).toEqual([]);
    expect(npmEnv).not.toContain('sk-planted-openai-key-value');

    // A second run in the same job reuses the install: no new request reaches the registry.
    const before = requests.length;
    const again = await engine.run(makeTask(r.dir, { prompt: 'make hello' }));
    expect(again.outcome).toBe('completed');
    expect(requests.length).toBe(before);
  }, 120_000);

  it('fails with the engine, the npm command and the fix when the install fails', async () => {
    serveMissing = true;
    const r = await tempRepo();
    cleanup.push(r.cleanup);
    const env = await runnerEnv();
    const err = await createCodexEngine({ parentEnv: env, upstream })
      .run(makeTask(r.dir))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const msg = (err as Error).message;
    expect(msg).toContain('codex engine');
    expect(msg).toContain(
      `npm install --prefix ${join(env.RUNNER_TEMP, 'lailatov-clis')} --no-audit --no-fund @openai/codex@0.169.0`,
    );
    expect(msg).toMatch(/Fix: .*npm registry/);
  }, 120_000);

  it('is not installed locally: the error gives the install command', async () => {
    const r = await tempRepo();
    cleanup.push(r.cleanup);
    const env = await runnerEnv({ GITHUB_ACTIONS: '' });
    const before = requests.length;
    await expect(
      createCodexEngine({ parentEnv: env, upstream }).run(makeTask(r.dir)),
    ).rejects.toThrow('npm i -g @openai/codex@0.169.0');
    expect(requests.length).toBe(before);
  });

  it('aider (pipx) is never installed: the error says how to get it onto the runner', async () => {
    const r = await tempRepo();
    cleanup.push(r.cleanup);
    const before = requests.length;
    const err = await createAiderEngine({ parentEnv: await runnerEnv(), upstream })
      .run(makeTask(r.dir))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(
      /pipx install aider-chat.*installs only the npm CLIs.*a job of your own/,
    );
    expect(requests.length).toBe(before);
  });
});
