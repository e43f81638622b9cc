// The real codex and gemini CLIs (dev dependencies, from npm) take the proxy's ceiling refusal as
// final: one refused request, no retry, a non-zero exit whose output carries our message. The
// ceiling is $0, so the very first request is refused and no upstream is needed.
import { afterEach, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { costOf } from '../../src/core/cost/index.js';
import {
  geminiProfile,
  openaiProfile,
  type ProviderProfile,
} from '../../src/engines/proxy/providers.js';
import { startKeyProxy, type KeyProxy } from '../../src/engines/proxy/server.js';
import { tempRepo } from './support/repo.js';
import { tempDir } from '../support/temp.js';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

const MESSAGE = "LailaTov budget: the run's ceiling of $0.00 is spent";

async function setup(
  profile: ProviderProfile,
  model: string,
): Promise<{ proxy: KeyProxy; home: string; cwd: string }> {
  const proxy = await startKeyProxy({
    profile,
    upstream: 'http://127.0.0.1:9', // never reached
    realKey: 'real-key',
    meter: { pricer: (m, t) => costOf(m, t).usd, model, ceilingUsd: 0 },
  });
  const home = await tempDir('meter-cli-home-');
  const repo = await tempRepo();
  cleanup.push(
    () => proxy.close(),
    () => rm(home, { recursive: true, force: true }),
    repo.cleanup,
  );
  return { proxy, home, cwd: repo.dir };
}

describe('real CLIs take the ceiling refusal as final', () => {
  it('codex exec (Responses API through a configured provider)', async () => {
    const { proxy, home, cwd } = await setup(openaiProfile, 'gpt-5');
    const provider = `{name="lailatov",base_url="${proxy.url}/v1",wire_api="responses",env_key="LT_KEY"}`;
    const r = await execa(
      resolve('node_modules/.bin/codex'),
      [
        'exec',
        '--json',
        '--skip-git-repo-check',
        '-m',
        'gpt-5',
        '-c',
        `model_providers.lailatov=${provider}`,
        '-c',
        'model_provider=lailatov',
        'say hi',
      ],
      {
        cwd,
        env: { HOME: home, TMPDIR: home, LT_KEY: proxy.dummyKey, PATH: process.env.PATH },
        extendEnv: false,
        reject: false,
        timeout: 90_000,
        input: '',
      },
    );
    expect(r.exitCode).not.toBe(0);
    expect(r.stdout).toContain('"type":"turn.failed"');
    expect(r.stdout).toContain(MESSAGE);
    expect(proxy.stats()).toMatchObject({ requests: 0, ceilingHit: true, ceilingRefusals: 1 });
  }, 120_000);

  it('gemini --prompt (generateContent through GOOGLE_GEMINI_BASE_URL)', async () => {
    const { proxy, home, cwd } = await setup(geminiProfile, 'gemini-2.5-pro');
    await mkdir(join(home, '.gemini'));
    await writeFile(
      join(home, '.gemini', 'settings.json'),
      JSON.stringify({
        security: { auth: { selectedType: 'gemini-api-key' } },
        privacy: { usageStatisticsEnabled: false },
      }),
    );
    const r = await execa(
      resolve('node_modules/.bin/gemini'),
      ['--prompt', 'say hi', '--output-format', 'json', '--model', 'gemini-2.5-pro'],
      {
        cwd,
        env: {
          HOME: home,
          // The CLIs' own temp files (gemini's error reports) go with the test's home.
          TMPDIR: home,
          GEMINI_API_KEY: proxy.dummyKey,
          GOOGLE_GEMINI_BASE_URL: proxy.url,
          GEMINI_CLI_TRUST_WORKSPACE: 'true',
          PATH: process.env.PATH,
        },
        extendEnv: false,
        reject: false,
        timeout: 90_000,
        input: '',
      },
    );
    expect(r.exitCode).not.toBe(0);
    // Its JSON error report goes to stderr.
    expect(`${r.stdout}\n${r.stderr}`).toContain(MESSAGE);
    expect(proxy.stats()).toMatchObject({ requests: 0, ceilingHit: true, ceilingRefusals: 1 });
  }, 120_000);
});
