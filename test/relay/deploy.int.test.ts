// The relay in the two documented deployments: `lailatov relay --port N` (a Node server) and the
// Cloudflare Worker adapter. Each takes a signed Linear delivery to a dispatch on the emulator.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import worker from '../../src/relay/adapters/cloudflare-worker.js';
import { captureIo } from '../support/cli-io.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { issueWebhook, signedLinear } from '../support/linear/index.js';
import { tempDir } from '../support/temp.js';

const SECRET = 'lin_wh_secret';
const CONFIG = { linear: { routes: [{ team: 'ENG', repo: 'acme/api' }] } };
let gh: GitHubEmulator;
let dir: string;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('acme/api', { files: { 'README.md': '# api\n' } });
  gh.addToken('relay-token', { contents: 'write' }, { login: 'alice' });
  dir = await tempDir('relay-deploy-');
});
afterEach(async () => {
  await gh.close();
  await rm(dir, { recursive: true, force: true });
});

const env = () => ({
  GITHUB_TOKEN: 'relay-token',
  GITHUB_API_URL: gh.url,
  LINEAR_WEBHOOK_SECRET: SECRET,
});

describe('lailatov relay', () => {
  it('serves POST /linear on the port until SIGINT; the delivery is dispatched', async () => {
    await writeFile(join(dir, 'lailatov-relay.json'), JSON.stringify(CONFIG));
    const io = captureIo({ cwd: dir, env: env() });
    const running = main(['relay', '--port', '0'], io);
    let url = '';
    for (let i = 0; i < 200 && url === ''; i++) {
      url = /listening on (http:\/\/\S+)/.exec(io.out())?.[1] ?? '';
      if (url === '') await new Promise((r) => setTimeout(r, 25));
    }
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
    const d = signedLinear(SECRET, issueWebhook({ timestamp: Date.now(), action: 'create' }));
    const res = await fetch(`${url}/linear`, { method: 'POST', body: d.body, headers: d.headers });
    expect({ status: res.status, body: await res.json() }).toEqual({
      status: 200,
      body: { status: 'dispatched', repo: 'acme/api' },
    });
    expect(gh.repo('acme/api').dispatches.map((x) => x.eventType)).toEqual(['agent-task']);
    process.emit('SIGINT');
    expect(await running).toBe(0);
    // The log says what happened and never shows a secret.
    expect(io.err()).toContain('agent-task dispatched to acme/api');
    expect(io.err()).not.toMatch(/relay-token|lin_wh_secret/);
  });

  it('a missing secret or a bad config is exit 2, naming the variable or the field', async () => {
    await writeFile(join(dir, 'lailatov-relay.json'), JSON.stringify(CONFIG));
    const noToken = captureIo({ cwd: dir, env: { LINEAR_WEBHOOK_SECRET: SECRET } });
    expect(await main(['relay', '--port', '0'], noToken)).toBe(2);
    expect(noToken.err()).toContain('GITHUB_TOKEN is not set');
    await writeFile(
      join(dir, 'bad.json'),
      JSON.stringify({ linear: { routes: [{ team: 'ENG', repo: 'not a repo' }] } }),
    );
    const bad = captureIo({ cwd: dir, env: env() });
    expect(await main(['relay', '--port', '0', '--config', 'bad.json'], bad)).toBe(2);
    expect(bad.err()).toContain('linear.routes[0].repo: expected "owner/name"');
  });
});

describe('Cloudflare Worker adapter', () => {
  it('fetch(request, env) dispatches with the config and secrets from the bindings', async () => {
    const d = signedLinear(SECRET, issueWebhook({ timestamp: Date.now(), action: 'create' }));
    const res = await worker.fetch(
      new Request('https://relay.example.workers.dev/linear', {
        method: 'POST',
        body: d.body,
        headers: d.headers,
      }),
      { ...env(), LAILATOV_RELAY_CONFIG: JSON.stringify(CONFIG) },
    );
    expect(res.status).toBe(200);
    expect(gh.repo('acme/api').dispatches).toHaveLength(1);
  });
});

describe('the documented files', () => {
  it('the example mapping and the Worker config parse', async () => {
    const { readFile } = await import('node:fs/promises');
    const { parseRelayConfigText } = await import('../../src/relay/config.js');
    const example = await readFile('examples/relay/lailatov-relay.json', 'utf8');
    expect(parseRelayConfigText(example, 'example').clickup?.routes).toHaveLength(2);
    const toml = await readFile('examples/relay/wrangler.toml', 'utf8');
    const inline = /^LAILATOV_RELAY_CONFIG = '(.*)'$/m.exec(toml)?.[1] ?? '';
    expect(parseRelayConfigText(inline, 'wrangler.toml').linear?.routes).toEqual([
      { team: 'ENG', repo: 'acme/api' },
    ]);
    expect(/^main = "(.*)"$/m.exec(toml)?.[1]).toBe(
      '../../src/relay/adapters/cloudflare-worker.ts',
    );
  });

  it('the Worker bundles for a non-Node runtime: node:crypto is the only Node module it needs', async () => {
    const esbuild = await import('esbuild');
    const out = await esbuild.build({
      entryPoints: ['src/relay/adapters/cloudflare-worker.ts'],
      bundle: true,
      platform: 'neutral',
      format: 'esm',
      write: false,
      external: ['node:crypto'],
      logLevel: 'silent',
    });
    expect(out.errors).toEqual([]);
    const code = out.outputFiles[0]?.text ?? '';
    expect([...code.matchAll(/from "(node:[^"]+)"/g)].map((m) => m[1])).toEqual(['node:crypto']);
    // Nor Node's globals.
    expect(code).not.toMatch(/\bBuffer\.|\bprocess\./);
  });
});
