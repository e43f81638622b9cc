// `lailatov app create` end to end on the emulator: the test plays the browser (fetches the local
// page, submits its form to the emulator's "new App" page, follows the redirect to the loopback
// callback), and the command converts the code and stores the App on the repository.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createPrivateKey } from 'node:crypto';
import { request } from 'node:http';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { captureIo, type CapturedIo } from '../support/cli-io.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { actionsSettings } from '../support/github/routes/actions-settings.js';
import { tempDir } from '../support/temp.js';

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startGitHubEmulator();
});
afterAll(() => gh.close());

/** An io whose stderr announces the page URL as soon as the command prints it. */
function watchedIo(cwd: string, env: Record<string, string>) {
  const io = captureIo({ cwd, env });
  let announce: (url: string) => void = () => undefined;
  const page = new Promise<string>((r) => (announce = r));
  const watched: CapturedIo = {
    ...io,
    stderr: (t) => {
      io.stderr(t);
      const m = /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(t);
      if (m?.[1]) announce(m[1]);
    },
  };
  return { io: watched, page };
}

/** What a browser does: load the page, submit its form, follow GitHub's redirect. */
async function playBrowser(
  pageUrl: string,
): Promise<{ form: URL; manifest: Record<string, unknown>; callback: Response }> {
  const html = await (await fetch(pageUrl)).text();
  const action = /<form id="manifest" action="([^"]+)" method="post">/.exec(html)?.[1] ?? '';
  const value = /name="manifest" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const unescape = (s: string) =>
    s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  const form = new URL(unescape(action));
  const manifest = JSON.parse(unescape(value)) as Record<string, unknown>;
  const posted = await fetch(form, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ manifest: JSON.stringify(manifest) }).toString(),
    redirect: 'manual',
  });
  expect(posted.status).toBe(302);
  const callback = await fetch(posted.headers.get('location') ?? '');
  return { form, manifest, callback };
}

/** GET with another Host header, as a browser sends it after a DNS rebinding. */
function statusWithHost(url: string, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.end();
  });
}

function env(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    GITHUB_TOKEN: gh.token,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: gh.url,
  };
}

describe('lailatov app create', () => {
  test('creates the App with exactly the suite permissions, stores id, bot and key, prints the install link', async () => {
    await gh.createRepo('o/app', { files: { 'README.md': '# r\n' } });
    const cwd = await tempDir('app-create-');
    const { io, page } = watchedIo(cwd, env());
    const done = main(['app', 'create', '--github', 'o/app', '--name', 'LailaTov Test'], io);
    const { form, manifest, callback } = await playBrowser(await page);
    expect(callback.status).toBe(200);
    const code = await done;
    expect({ code, err: io.err() }).toMatchObject({ code: 0 });

    expect(form.pathname).toBe('/settings/apps/new');
    expect(form.searchParams.get('state')).toMatch(/^[0-9a-f]{32}$/);
    expect(manifest).toMatchObject({
      name: 'LailaTov Test',
      public: false,
      hook_attributes: { active: false },
      default_events: [],
    });
    expect(manifest.default_permissions).toEqual({
      contents: 'write',
      issues: 'write',
      pull_requests: 'write',
      checks: 'write',
      metadata: 'read',
    });

    const settings = actionsSettings(gh.repo('o/app'));
    const app = [...gh.state.manifestApps.values()].find((a) => a.slug === 'lailatov-test');
    expect(app?.converted).toBe(true);
    expect(settings.variables.get('LAILATOV_APP_ID')?.value).toBe(String(app?.id));
    expect(settings.variables.get('LAILATOV_BOT')?.value).toBe('lailatov-test[bot]');
    // The emulator opened the sealed box: the key arrived whole and is a usable private key.
    const pem = settings.secrets.get('LAILATOV_APP_PRIVATE_KEY')?.value ?? '';
    expect(pem).toBe(app?.pem);
    expect(createPrivateKey(pem).asymmetricKeyType).toBe('rsa');
    expect(io.out()).toContain(`${gh.url}/apps/lailatov-test/installations/new`);
    expect(io.out()).not.toContain('PRIVATE KEY');
    // The App exists on the server with those permissions (what `doctor` reads).
    const shown = (await (
      await fetch(`${gh.url}/apps/lailatov-test`, {
        headers: { authorization: `token ${gh.token}` },
      })
    ).json()) as { permissions: Record<string, string> };
    expect(shown.permissions).toEqual({ ...(manifest.default_permissions as object) });
    // The code was used once; the callback server is closed.
    await expect(fetch(await page)).rejects.toThrow();
  }, 60_000);

  test('--org posts to the organization page; a callback without the state nonce is refused', async () => {
    await gh.createRepo('o/org-app', { files: { 'README.md': '# r\n' } });
    const cwd = await tempDir('app-create-');
    const { io, page } = watchedIo(cwd, env());
    const done = main(['app', 'create', '--github', 'o/org-app', '--org', 'acme'], io);
    const url = await page;
    // A page elsewhere that guesses the port cannot hand in its own code.
    const forged = await fetch(`${url}callback?code=attacker&state=${'0'.repeat(32)}`);
    expect(forged.status).toBe(400);
    // Nor can a page that rebinds its own name to 127.0.0.1 (the Host header names it).
    expect(await statusWithHost(url, 'evil.example')).toBe(421);
    const { form, callback } = await playBrowser(url);
    expect(form.pathname).toBe('/organizations/acme/settings/apps/new');
    expect(callback.status).toBe(200);
    expect(await done).toBe(0);
    expect(actionsSettings(gh.repo('o/org-app')).variables.get('LAILATOV_BOT')?.value).toBe(
      'lailatov-o-org-app[bot]',
    );
  }, 60_000);

  test('a token that cannot reach the repository fails before any App is made', async () => {
    const cwd = await tempDir('app-create-');
    const before = gh.state.manifestApps.size;
    const io = captureIo({ cwd, env: { ...env(), GITHUB_TOKEN: 'not-a-token' } });
    expect(await main(['app', 'create', '--github', 'o/missing'], io)).toBe(2);
    expect(io.err()).toMatch(/o\/missing/);
    expect(io.err()).not.toContain('Open http');
    expect(gh.state.manifestApps.size).toBe(before);
  });

  test('when the repository refuses the credentials, the key is saved to a private file, not lost', async () => {
    await gh.createRepo('o/readonly', { files: { 'README.md': '# r\n' } });
    gh.addToken('read-only', { contents: 'read', metadata: 'read' });
    const cwd = await tempDir('app-create-');
    const { io, page } = watchedIo(cwd, { ...env(), GITHUB_TOKEN: 'read-only' });
    const done = main(['app', 'create', '--github', 'o/readonly', '--name', 'Keep Key'], io);
    await playBrowser(await page);
    expect(await done).toBe(2);
    expect(io.err()).toContain('keep-key.private-key.pem');
    expect(io.err()).toContain('LAILATOV_APP_ID=');
    expect(await readdir(cwd)).toEqual(['keep-key.private-key.pem']);
    expect((await stat(join(cwd, 'keep-key.private-key.pem'))).mode & 0o777).toBe(0o600);
  }, 60_000);

  test('bad input: no subcommand, an unknown one, no --github, a bad --timeout', async () => {
    const cases: [string[], RegExp][] = [
      [['app', 'make'], /unknown subcommand 'make'/],
      [['app', 'create'], /--github is required/],
      [['app', 'create', '--github', 'o/r', '--timeout', '-1'], /--timeout/],
    ];
    for (const [args, why] of cases) {
      const io = captureIo({ env: env() });
      expect(await main(args, io)).toBe(2);
      expect(io.err()).toMatch(why);
    }
  });
});
