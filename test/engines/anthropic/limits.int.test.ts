// Hard limits of a run: the USD ceiling, the wall clock, the caller's abort, and API failures.
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import {
  AnthropicEngine,
  chooseProvider,
  createAnthropicClient,
  isInfraFailure,
} from '../../../src/engines/anthropic/index.js';
import { MODEL, engineFor, task, tempRepo, testPricer, totalsAsTokens } from './helpers.js';
import { modelServerPerTest } from './per-test.js';

const serve = modelServerPerTest();

const readTurn = { toolUses: [{ name: 'read_file', input: { file_path: 'README.md' } }] };

describe('budget', () => {
  it('stops a run that would spend 10x its ceiling within one turn: budget_exceeded', async () => {
    const repo = await tempRepo();
    // Each turn is charged 100k input tokens: about $0.30 at the test price; 20 turns = $6.
    const costly = { ...readTurn, usage: { input_tokens: 100_000 } };
    const ms = await serve({ scenario: { turns: Array.from({ length: 20 }, () => costly) } });
    const ceiling = 0.61;
    const result = await (await engineFor(ms)).run(task(repo, { budgetUsd: ceiling }));

    expect(result.outcome).toBe('budget_exceeded');
    // Turn 1 costs $0.30, turn 2 brings it to $0.60; a third call would cross $0.61.
    expect(ms.requests).toHaveLength(2);
    expect(result.turns).toBe(2);
    const spent = testPricer(MODEL, totalsAsTokens(ms.usageTotals())) ?? NaN;
    expect(result.costUsd).toBeCloseTo(spent, 10);
    expect(spent).toBeLessThanOrEqual(ceiling + 0.31);
    expect(result.detail).toContain(`spent $${spent.toFixed(4)} of the $0.6100 ceiling`);
  });

  it('stops after the first turn when that turn alone crosses the ceiling', async () => {
    const repo = await tempRepo();
    const ms = await serve({
      scenario: {
        turns: Array.from({ length: 5 }, () => ({
          ...readTurn,
          usage: { input_tokens: 1_000_000 },
        })),
      },
    });
    const result = await (await engineFor(ms)).run(task(repo, { budgetUsd: 0.5 }));
    expect(result.outcome).toBe('budget_exceeded');
    expect(ms.requests).toHaveLength(1);
  });

  it('refuses a ceiling it cannot price, before any call (UserError naming the model)', async () => {
    const repo = await tempRepo();
    const ms = await serve({ scenario: { turns: [{ text: 'hi' }] } });
    const engine = await engineFor(ms);
    await expect(engine.run(task(repo, { model: 'mystery-model', budgetUsd: 1 }))).rejects.toThrow(
      UserError,
    );
    await expect(engine.run(task(repo, { model: 'mystery-model', budgetUsd: 1 }))).rejects.toThrow(
      /no price is known for model "mystery-model"/,
    );
    expect(ms.requests).toHaveLength(0);
  });

  it('without a ceiling, an unknown price runs and reports cost null with a warning', async () => {
    const repo = await tempRepo();
    const ms = await serve({ scenario: { turns: [{ text: 'hi' }] } });
    const result = await (await engineFor(ms)).run(task(repo, { model: 'mystery-model' }));
    expect(result.costUsd).toBeNull();
    expect(result.tokens.output).toBeGreaterThan(0);
    expect(result.detail).toContain('no price for model "mystery-model": cost unknown');
  });
});

describe('timeouts and API failures', () => {
  it('the wall-clock timeout aborts a slow response: timeout, flagged infra', async () => {
    const repo = await tempRepo();
    const ms = await serve({ scenario: { turns: [{ text: 'late', delayMs: 20_000 }] } });
    const result = await (await engineFor(ms)).run(task(repo, { timeoutMs: 400 }));
    expect(result.outcome).toBe('timeout');
    expect(result.detail).toMatch(/^infra: wall-clock timeout after 400 ms/);
    expect(isInfraFailure(result)).toBe(true);
    expect(result.durationMs).toBeLessThan(10_000); // the in-flight request was aborted
  });

  it("the caller's abort signal ends the run: timeout, not infra", async () => {
    const repo = await tempRepo();
    const ms = await serve({ scenario: { turns: [{ text: 'late', delayMs: 20_000 }] } });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 300);
    const result = await (await engineFor(ms)).run(task(repo), ac.signal);
    expect(result.outcome).toBe('timeout');
    expect(result.detail).toContain('aborted by the caller');
    expect(isInfraFailure(result)).toBe(false);
  });

  it('529 beyond the SDK retries: error flagged infra with the status', async () => {
    const repo = await tempRepo();
    const ms = await serve({ scenario: { turns: [{ text: 'never served' }] } });
    ms.faults.add({ status: 529, times: 3, retryAfterSeconds: 0 });
    const result = await (await engineFor(ms, { maxRetries: 2 })).run(task(repo));
    expect(ms.requests.map((r) => r.status)).toEqual([529, 529, 529]);
    expect(result.outcome).toBe('error');
    expect(result.detail).toMatch(/^infra: HTTP 529 overloaded_error after 2 retries/);
    expect(isInfraFailure(result)).toBe(true);
  });

  it('a 400 is an error but not infra (another provider would not fix it)', async () => {
    const repo = await tempRepo();
    const ms = await serve({ scenario: { turns: [{ text: 'never served' }] } });
    ms.faults.add({ status: 400, message: 'messages: bad' });
    const result = await (await engineFor(ms)).run(task(repo));
    expect(result.outcome).toBe('error');
    expect(result.detail).toContain('HTTP 400');
    expect(isInfraFailure(result)).toBe(false);
  });
});

describe('providers', () => {
  it('a missing ANTHROPIC_API_KEY is a UserError naming the variable', async () => {
    await expect(createAnthropicClient({ env: {} })).rejects.toThrow(UserError);
    await expect(
      createAnthropicClient({ env: { ANTHROPIC_BASE_URL: 'http://x' } }),
    ).rejects.toThrow(/^ANTHROPIC_API_KEY is not set: add it as a repository secret/);
  });

  it('reads credentials only from the env passed in, not from process.env', async () => {
    process.env.ANTHROPIC_API_KEY = 'from-process-env';
    await expect(createAnthropicClient({ env: {} })).rejects.toThrow(
      /ANTHROPIC_API_KEY is not set/,
    );
  });

  it('chooses Bedrock and Vertex from the env and names their missing settings', async () => {
    await expect(createAnthropicClient({ env: { CLAUDE_CODE_USE_BEDROCK: '1' } })).rejects.toThrow(
      /^AWS_REGION is not set/,
    );
    await expect(
      createAnthropicClient({ env: { CLAUDE_CODE_USE_VERTEX: '1', CLOUD_ML_REGION: 'us-east5' } }),
    ).rejects.toThrow(/^ANTHROPIC_VERTEX_PROJECT_ID is not set/);
    const bedrock = await createAnthropicClient({
      env: {
        CLAUDE_CODE_USE_BEDROCK: '1',
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'a',
        AWS_SECRET_ACCESS_KEY: 'b',
      },
    });
    expect(bedrock.provider).toBe('bedrock');
    expect(bedrock.client.constructor.name).toBe('AnthropicBedrock');
    // No Vertex client is built here: its constructor probes Google's metadata server.
    expect(chooseProvider({ env: { CLAUDE_CODE_USE_VERTEX: '1' } })).toBe('vertex');
    expect(chooseProvider({ env: {}, provider: 'bedrock' })).toBe('bedrock');
    const gateway = await createAnthropicClient({
      env: { ANTHROPIC_AUTH_TOKEN: 'or-key', ANTHROPIC_BASE_URL: 'https://openrouter.ai/api' },
    });
    expect(gateway.provider).toBe('openrouter');
    expect(new AnthropicEngine({ ...gateway, pricer: testPricer }).name).toBe('anthropic');
  });
});
