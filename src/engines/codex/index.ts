import { infraFailure } from '../fallback.js';
import { openaiProfile } from '../proxy/providers.js';
import {
  abnormalEnd,
  abnormalResult,
  parseJsonLine,
  runCliSession,
  sessionBase,
  withMeter,
  type CliEngineOptions,
} from '../proxy/cli-session.js';
import type { Engine, EngineResult, EngineTask, EngineTokens } from '../types.js';

export type CodexOptions = CliEngineOptions;

/** Messages of provider failures worth a fallback (Codex words them in its error events). */
const INFRA = /\b(429|5\d\d)\b|overloaded|rate limit|stream disconnected|timed? ?out|connection/i;

/** The provider id LailaTov defines in Codex's config for the key proxy. */
export const CODEX_PROVIDER = 'lailatov';
/** The variable Codex reads the provider's key from (`env_key`): the proxy's dummy key. */
export const CODEX_KEY_VAR = 'LAILATOV_PROXY_KEY';

/**
 * `codex exec --json`: JSONL events (thread.started, turn.started, item.*, turn.completed with
 * usage, turn.failed, error). The prompt is read from stdin (`-`).
 *
 * Codex ignores OPENAI_BASE_URL (it goes to api.openai.com, over WebSockets first): its endpoint
 * comes from a provider in its config. With the proxy, `-c` defines one on the Responses wire
 * API (HTTP + SSE, no WebSocket) whose key is the dummy one in CODEX_KEY_VAR.
 */
export function codexArgs(task: EngineTask, proxyUrl?: string): string[] {
  const provider =
    proxyUrl === undefined
      ? []
      : [
          '-c',
          `model_providers.${CODEX_PROVIDER}={name="LailaTov key proxy",base_url="${proxyUrl}/v1",` +
            `wire_api="responses",env_key="${CODEX_KEY_VAR}"}`,
          '-c',
          `model_provider=${CODEX_PROVIDER}`,
        ];
  return [
    'exec',
    '--json',
    ...provider,
    '--model',
    task.model,
    // Codex's own sandbox (landlock/seccomp/bwrap) cannot nest inside ours, and a headless run
    // cannot answer approvals. Turning both off is safe only because every CLI engine runs in
    // LailaTov's bubblewrap jail (runCliSession's `confine`), which is the boundary here.
    '--dangerously-bypass-approvals-and-sandbox',
    '--skip-git-repo-check',
    '--cd',
    task.cwd,
    '-',
  ];
}

interface CodexState {
  tokens: EngineTokens;
  turnsCompleted: number;
  lastMessage: string;
  failure: string | undefined;
}

export function readCodexEvent(state: CodexState, e: Record<string, unknown>): void {
  const type = e.type;
  if (type === 'turn.completed') {
    state.turnsCompleted += 1;
    const u = (e.usage ?? {}) as Record<string, unknown>;
    const n = (v: unknown): number => (typeof v === 'number' ? v : 0);
    const cached = n(u.cached_input_tokens);
    // Codex's input_tokens include the cached ones; split them like Anthropic does.
    state.tokens = {
      input: state.tokens.input + n(u.input_tokens) - cached,
      output: state.tokens.output + n(u.output_tokens),
      cacheRead: state.tokens.cacheRead + cached,
      cacheWrite: 0,
    };
  } else if (type === 'item.completed') {
    const item = (e.item ?? {}) as Record<string, unknown>;
    if (item.type === 'agent_message' && typeof item.text === 'string')
      state.lastMessage = item.text;
  } else if (type === 'turn.failed') {
    const err = (e.error ?? {}) as Record<string, unknown>;
    state.failure = typeof err.message === 'string' ? err.message : 'turn failed';
  } else if (type === 'error') {
    state.failure = typeof e.message === 'string' ? e.message : 'error';
  }
}

/** OpenAI's Codex CLI as an Engine. It has no turn cap flag: the wall clock bounds it. */
export function createCodexEngine(options: CodexOptions = {}): Engine {
  const name = 'codex';
  return {
    name,
    async run(task, signal): Promise<EngineResult> {
      const state: CodexState = {
        tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
        turnsCompleted: 0,
        lastMessage: '',
        failure: undefined,
      };
      const session = await runCliSession({
        engine: name,
        binaryName: 'codex',
        options,
        task,
        ...(signal ? { signal } : {}),
        profile: openaiProfile,
        proxyEnv: (p) => ({ [CODEX_KEY_VAR]: p.dummyKey }),
        args: ({ proxyUrl }) => codexArgs(task, proxyUrl),
        input: task.prompt,
        onLine: (line) => {
          const e = parseJsonLine(line);
          if (!e) return;
          options.onProgress?.({ engine: name, type: String(e.type), event: e });
          readCodexEvent(state, e);
        },
      });
      const tokens =
        session.proxy && session.proxy.requests > 0 ? session.proxy.tokens : state.tokens;
      const common = {
        ...sessionBase(name, 'openai', task, session),
        finalMessage: state.lastMessage,
        // Model round trips: the proxy saw each one; without it, Codex's turn events.
        turns: session.proxy?.requests || state.turnsCompleted,
        tokens,
        costUsd: options.pricer?.(task.model, tokens) ?? null,
      };
      const abnormal = abnormalEnd(
        session,
        state.turnsCompleted > 0 || state.failure !== undefined,
      );
      if (abnormal) return withMeter(session, abnormalResult(common, abnormal));
      if (state.failure !== undefined) {
        const detail = `codex: ${state.failure}`;
        return withMeter(
          session,
          INFRA.test(state.failure)
            ? infraFailure(common, detail)
            : { ...common, outcome: 'error', detail },
        );
      }
      return withMeter(session, {
        ...common,
        outcome: session.changedFiles.length > 0 ? 'completed' : 'no_changes',
      });
    },
  };
}
