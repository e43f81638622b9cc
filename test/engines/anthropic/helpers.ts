// Shared fixtures for the anthropic engine tests: a real git repo in a temp dir, a small pricer,
// a task factory, and an engine pointed at the scripted model server.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AnthropicEngine, createAnthropicClient } from '../../../src/engines/anthropic/index.js';
import { runChecked } from '../../../src/engines/process.js';
import type { EngineTask, EngineTokens, Pricer } from '../../../src/engines/types.js';
import type { ModelServer, UsageTotals } from '../../support/model/index.js';
import { tempDir } from '../../support/temp.js';

export const MODEL = 'claude-sonnet-4-6';

/** USD per million tokens: input 3, output 15, cache write 3.75, cache read 0.30 (sonnet only). */
export const testPricer: Pricer = (model, t) =>
  model.includes('sonnet')
    ? (t.input * 3 + t.output * 15 + t.cacheWrite * 3.75 + t.cacheRead * 0.3) / 1_000_000
    : null;

export const gitEnv = (): Record<string, string> => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: os.tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
});

/** A fresh repository with one commit holding `files`, alone in a temp dir (its transcript beside it). */
export async function tempRepo(files: Record<string, string> = {}): Promise<string> {
  const dir = path.join(await tempDir('lailatov-engine-'), 'repo');
  await mkdir(dir);
  const env = gitEnv();
  const git = (...args: string[]) => runChecked('git', args, { cwd: dir, env });
  await git('init', '-q', '-b', 'main');
  await git('config', 'user.email', 'test@example.com');
  await git('config', 'user.name', 'Test');
  await git('config', 'commit.gpgsign', 'false');
  for (const [rel, content] of Object.entries({ 'README.md': '# demo\n', ...files })) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  await git('add', '-A');
  await git('commit', '-q', '-m', 'initial');
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export function task(cwd: string, overrides: Partial<EngineTask> = {}): EngineTask {
  return {
    cwd,
    prompt: 'Do the task.',
    allowedTools: ['Read', 'Write', 'Edit', 'Glob', 'Grep', 'Bash'],
    model: MODEL,
    maxTurns: 30,
    timeoutMs: 30_000,
    env: {},
    protectedPaths: ['.github/workflows/**', '.claude/hooks/**'],
    hooks: false,
    transcriptPath: path.join(cwd, '..', `${path.basename(cwd)}-transcript.jsonl`),
    ...overrides,
  };
}

export async function engineFor(
  ms: ModelServer,
  opts: { cache?: boolean; maxRetries?: number; parentEnv?: Record<string, string> } = {},
): Promise<AnthropicEngine> {
  const { client, provider, maxRetries } = await createAnthropicClient({
    env: { ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: ms.url },
    maxRetries: opts.maxRetries ?? 0,
  });
  return new AnthropicEngine({
    client,
    provider,
    maxRetries,
    pricer: testPricer,
    ...(opts.cache !== undefined ? { cache: opts.cache } : {}),
    ...(opts.parentEnv ? { parentEnv: opts.parentEnv } : {}),
  });
}

export function totalsAsTokens(u: UsageTotals): EngineTokens {
  return {
    input: u.input_tokens,
    output: u.output_tokens,
    cacheRead: u.cache_read_input_tokens,
    cacheWrite: u.cache_creation_input_tokens,
  };
}

/**
 * The text inside a tool result's fence. Every tool result is fenced as untrusted data, so this
 * throws unless `content` is exactly one fence (instruction line, open line, text, close line
 * with the same nonce, a nonce the text does not contain).
 */
export function unfence(content: string): string {
  const m =
    /^The block between the UNTRUSTED-DATA ([0-9a-f]{8}) lines [^\n]*\n<<<UNTRUSTED-DATA \1 [^\n]*>>>\n([\s\S]*)\n<<<END-UNTRUSTED-DATA \1>>>$/.exec(
      content,
    );
  const [nonce, text] = [m?.[1], m?.[2]];
  if (nonce === undefined || text === undefined || text.includes(nonce))
    throw new Error(`tool result is not fenced as untrusted data: ${content.slice(0, 200)}`);
  return text;
}

/** The tool_result blocks of a logged request's last message, as text (unfenced). */
export function lastToolResults(
  ms: ModelServer,
  index: number,
): Array<{ text: string; isError: boolean }> {
  const msg = ms.requests[index]?.request?.messages.at(-1);
  if (!msg || typeof msg.content === 'string') return [];
  return msg.content
    .filter((b) => b.type === 'tool_result')
    .map((b) => ({
      text: unfence(typeof b.content === 'string' ? b.content : JSON.stringify(b.content)),
      isError: b.is_error === true,
    }));
}
