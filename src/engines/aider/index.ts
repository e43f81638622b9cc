import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { infraFailure } from '../fallback.js';
import { anthropicProfile, openaiProfile, type ProviderProfile } from '../proxy/providers.js';
import type { KeyProxy } from '../proxy/server.js';
import {
  abnormalEnd,
  abnormalResult,
  runCliSession,
  sessionBase,
  withMeter,
  type CliEngineOptions,
} from '../proxy/cli-session.js';
import type { Engine, EngineResult, EngineTask, EngineTokens } from '../types.js';
import { AIDER_INFRA, parseTokensLine } from './parse.js';

export type AiderOptions = CliEngineOptions;

/** Which API aider (litellm) will call for a model, so the proxy speaks the same one. */
function providerFor(model: string): {
  profile: ProviderProfile;
  env: (p: KeyProxy) => Record<string, string>;
} {
  if (/^(anthropic\/|claude)/.test(model)) {
    return {
      profile: anthropicProfile,
      // litellm reads either name depending on its version.
      env: (p) => ({
        ANTHROPIC_API_KEY: p.dummyKey,
        ANTHROPIC_API_BASE: p.url,
        ANTHROPIC_BASE_URL: p.url,
      }),
    };
  }
  return {
    profile: openaiProfile,
    env: (p) => ({
      OPENAI_API_KEY: p.dummyKey,
      OPENAI_API_BASE: `${p.url}/v1`,
      OPENAI_BASE_URL: `${p.url}/v1`,
    }),
  };
}

export function aiderArgs(task: EngineTask, home: string): string[] {
  return [
    '--model',
    task.model,
    '--message-file',
    path.join(home, 'message.md'),
    '--yes-always',
    '--no-auto-commits',
    '--no-stream',
    '--no-pretty',
    '--no-fancy-input',
    '--no-check-update',
    '--no-show-model-warnings',
    '--analytics-disable',
    // Aider would add .aider* to .gitignore, and write its histories into the repository.
    '--no-gitignore',
    '--chat-history-file',
    path.join(home, 'chat.history.md'),
    '--input-history-file',
    path.join(home, 'input.history'),
    '--llm-history-file',
    path.join(home, 'llm.history'),
  ];
}

/** Aider's own files (tag cache, histories) are not the agent's work. */
const AIDER_FILE = /^\.aider/;

/** Aider (`aider --message-file ... --yes-always`) as an Engine. */
export function createAiderEngine(options: AiderOptions = {}): Engine {
  const name = 'aider';
  return {
    name,
    async run(task, signal): Promise<EngineResult> {
      const provider = providerFor(task.model);
      let tokens: EngineTokens = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
      let sessionCost: number | null = null;
      let replies = 0;
      let infraLine: string | undefined;
      const lines: string[] = [];
      const session = await runCliSession({
        engine: name,
        binaryName: 'aider',
        options,
        task,
        ...(signal ? { signal } : {}),
        profile: provider.profile,
        proxyEnv: provider.env,
        prepareHome: async (home) => {
          const text = task.systemPrompt ? `${task.systemPrompt}\n\n${task.prompt}` : task.prompt;
          await writeFile(path.join(home, 'message.md'), text);
        },
        args: ({ home }) => aiderArgs(task, home),
        onLine: (line) => {
          lines.push(line);
          if (lines.length > 200) lines.shift();
          options.onProgress?.({ engine: name, type: 'line', event: line });
          const u = parseTokensLine(line);
          if (u) {
            replies += 1;
            tokens = {
              input: tokens.input + u.tokens.input,
              output: tokens.output + u.tokens.output,
              cacheRead: tokens.cacheRead + u.tokens.cacheRead,
              cacheWrite: tokens.cacheWrite + u.tokens.cacheWrite,
            };
            sessionCost = u.sessionCostUsd ?? sessionCost;
          } else if (AIDER_INFRA.test(line)) {
            infraLine = line.trim();
          }
        },
      });
      const changed = session.changedFiles.filter((f) => !AIDER_FILE.test(f));
      const common = {
        ...sessionBase(name, provider.profile.name, task, { ...session, changedFiles: changed }),
        // Aider prints prose, not a structured result: keep its last lines as the summary.
        finalMessage: lines.slice(-20).join('\n').trim(),
        turns: replies,
        tokens,
        costUsd: sessionCost ?? options.pricer?.(task.model, tokens) ?? null,
      };
      const abnormal = abnormalEnd(session, replies > 0);
      if (abnormal) return withMeter(session, abnormalResult(common, abnormal));
      // Aider may exit 0 after litellm gave up: no reply at all plus a provider error is infra.
      if (replies === 0 && infraLine !== undefined)
        return withMeter(session, infraFailure(common, `aider: ${infraLine}`));
      if (replies === 0) {
        return withMeter(session, {
          ...common,
          outcome: 'error',
          detail: 'aider printed no usage line (no model reply)',
        });
      }
      return withMeter(session, {
        ...common,
        outcome: changed.length > 0 ? 'completed' : 'no_changes',
      });
    },
  };
}
