// The action's provider inputs reach the right CLI: codex gets the OpenAI key and base URL,
// gemini the Gemini ones, each through its own key proxy, and neither calls the Anthropic
// endpoint (before, every CLI engine was pointed at the Anthropic endpoint and key).
import { afterEach, describe, expect, test } from '@jest/globals';
import { delimiter, join, resolve } from 'node:path';
import { parseInputs, type Runner } from '../../src/action/inputs.js';
import { engineFactory, providerEnv } from '../../src/action/session.js';
import { parseConfig } from '../../src/config/index.js';
import { defaultSandbox } from '../../src/engines/sandbox/index.js';
import { providerUpstream } from '../../src/engines/upstream.js';
import { startGeminiServer } from '../support/gemini/index.js';
import { startResponsesServer } from '../support/openai/index.js';
import type { ScriptedServer } from '../support/sse-script.js';
import { makeTask, tempRepo } from '../engines/support/repo.js';

const KEYS = {
  anthropic: 'sk-ant-anthropic-key',
  openai: 'sk-openai-key',
  gemini: 'AIza-gemini-key',
};

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

/** The action's engine for one chain link, from inputs as the runner passes them. */
async function actionEngine(link: string, servers: Record<string, ScriptedServer>) {
  const inputs = parseInputs(
    {
      'INPUT_GITHUB-TOKEN': 't',
      'INPUT_ANTHROPIC-API-KEY': KEYS.anthropic,
      'INPUT_ANTHROPIC-BASE-URL': servers.anthropic?.url,
      'INPUT_OPENAI-API-KEY': KEYS.openai,
      // Written the usual OpenAI way, with /v1: the proxy must not double it.
      'INPUT_OPENAI-BASE-URL': servers.openai && `${servers.openai.url}/v1`,
      'INPUT_GEMINI-API-KEY': KEYS.gemini,
      'INPUT_GEMINI-BASE-URL': servers.gemini?.url,
    },
    'write',
  );
  const bin = resolve('node_modules/.bin');
  const runner = {
    env: { PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
  } as unknown as Runner;
  const env = providerEnv(inputs, runner);
  const factory = engineFactory(env, inputs, await defaultSandbox(), parseConfig(''));
  return factory([link], 'write');
}

async function servers() {
  // The Anthropic endpoint has no script: any request to it is a failure.
  const anthropic = await startResponsesServer({ apiKey: KEYS.anthropic, turns: [] });
  cleanup.push(() => anthropic.close());
  return anthropic;
}

describe('action provider inputs', () => {
  test('codex reaches the OpenAI base URL with the OpenAI key, never the Anthropic endpoint', async () => {
    const repo = await tempRepo();
    cleanup.push(repo.cleanup);
    const anthropic = await servers();
    const openai = await startResponsesServer({
      apiKey: KEYS.openai,
      turns: [
        { call: { name: 'exec_command', arguments: { cmd: 'echo hi > hi.txt' } } },
        { text: 'Done.' },
      ],
    });
    cleanup.push(() => openai.close());
    const engine = await actionEngine('codex', { anthropic, openai });
    const r = await engine.run(makeTask(repo.dir, { model: 'gpt-5-codex', timeoutMs: 90_000 }));
    expect(openai.failures).toEqual([]);
    expect(r).toMatchObject({ outcome: 'completed', changedFiles: ['hi.txt'], provider: 'openai' });
    expect(openai.requests.map((q) => q.url)).toEqual(['/v1/responses', '/v1/responses']);
    expect(anthropic.requests).toEqual([]);
  }, 120_000);

  test('gemini reaches the Gemini base URL with the Gemini key, never the Anthropic endpoint', async () => {
    const repo = await tempRepo();
    cleanup.push(repo.cleanup);
    const anthropic = await servers();
    const gemini = await startGeminiServer({
      apiKey: KEYS.gemini,
      turns: [
        {
          functionCall: {
            name: 'write_file',
            args: { file_path: join(repo.dir, 'hi.txt'), content: 'hi\n' },
          },
        },
        { text: 'Done.' },
      ],
    });
    cleanup.push(() => gemini.close());
    const engine = await actionEngine('gemini', { anthropic, gemini });
    const r = await engine.run(makeTask(repo.dir, { model: 'gemini-2.5-pro', timeoutMs: 90_000 }));
    expect(gemini.failures).toEqual([]);
    expect(r).toMatchObject({ outcome: 'completed', changedFiles: ['hi.txt'], provider: 'gemini' });
    expect(anthropic.requests).toEqual([]);
  }, 120_000);

  test('each provider takes its own key and base URL; an OpenAI URL ending in /v1 loses it', () => {
    const env = {
      ANTHROPIC_API_KEY: 'a',
      OPENAI_API_KEY: 'o',
      OPENAI_BASE_URL: 'https://openrouter.ai/api/v1',
      GEMINI_API_KEY: 'g',
    };
    expect(providerUpstream('anthropic', env)).toEqual({
      url: 'https://api.anthropic.com',
      apiKey: 'a',
    });
    expect(providerUpstream('openai', env)).toEqual({
      url: 'https://openrouter.ai/api',
      apiKey: 'o',
    });
    expect(providerUpstream('gemini', env)).toEqual({
      url: 'https://generativelanguage.googleapis.com',
      apiKey: 'g',
    });
    // No key for a provider: no upstream, never another provider's.
    expect(providerUpstream('openai', { ANTHROPIC_API_KEY: 'a' })).toBeUndefined();
  });

  test('a base URL that is not http(s) names the input and the fix', () => {
    expect(() =>
      parseInputs(
        { 'INPUT_GITHUB-TOKEN': 't', 'INPUT_OPENAI-BASE-URL': 'api.openai.com' },
        'write',
      ),
    ).toThrow(
      /input `openai-base-url`: expected an http\(s\) URL such as https:\/\/api\.openai\.com\/v1/,
    );
  });
});
