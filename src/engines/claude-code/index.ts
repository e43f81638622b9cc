import { infraFailure } from '../fallback.js';
import { anthropicProfile } from '../proxy/providers.js';
import {
  abnormalEnd,
  parseJsonLine,
  runCliSession,
  sessionBase,
  withMeter,
  type CliEngineOptions,
  type CliSession,
} from '../proxy/cli-session.js';
import type { Engine, EngineResult, EngineTask, EngineTokens } from '../types.js';
import {
  assistantStep,
  assistantStopReason,
  outcomeOf,
  parseResultEvent,
  type ClaudeResultEvent,
} from './parse.js';

export interface ClaudeCodeOptions extends CliEngineOptions {
  /** Claude Code's own retries of a failed API call (CLAUDE_CODE_MAX_RETRIES); its default when absent. */
  readonly maxRetries?: number;
}

/** Builds Claude Code's argv. The prompt goes on stdin: not visible in `ps`, no ARG_MAX limit. */
export function claudeArgs(task: EngineTask): string[] {
  const args = [
    '-p',
    '--output-format',
    'stream-json',
    '--verbose',
    '--max-turns',
    String(task.maxTurns),
    '--model',
    task.model,
    '--allowedTools',
    task.allowedTools.join(','),
    '--no-session-persistence',
    // Without hooks, load no project settings (they may define hooks); HOME is a fresh temp dir,
    // so the user source is empty.
    '--setting-sources',
    task.hooks ? 'project,local' : 'user',
  ];
  if (task.systemPrompt) args.push('--append-system-prompt', task.systemPrompt);
  if (task.budgetUsd !== undefined) args.push('--max-budget-usd', String(task.budgetUsd));
  return args;
}

function sameTokens(a: EngineTokens, b: EngineTokens): boolean {
  return (
    a.input === b.input &&
    a.output === b.output &&
    a.cacheRead === b.cacheRead &&
    a.cacheWrite === b.cacheWrite
  );
}

const fmt = (t: EngineTokens): string =>
  `in ${t.input}, out ${t.output}, cache read ${t.cacheRead}, cache write ${t.cacheWrite}`;

/** Claude Code (`claude -p`) as an Engine, behind the key proxy. */
export function createClaudeCodeEngine(options: ClaudeCodeOptions = {}): Engine {
  const name = 'claude-code';
  return {
    name,
    async run(task, signal): Promise<EngineResult> {
      let result: ClaudeResultEvent | undefined;
      let refused = false;
      // Live turns: a new assistant message id is a new turn (one message may span events).
      let turn = 0;
      let lastMessageId: string | undefined;
      const step = (e: Record<string, unknown>): void => {
        const a = task.onProgress && assistantStep(e);
        if (!a) return;
        if (a.messageId === '' || a.messageId !== lastMessageId) turn += 1;
        lastMessageId = a.messageId;
        task.onProgress?.({
          turn,
          ...(a.tools.length > 0 && { tool: a.tools.join(', ') }),
          ...(a.text !== '' && { text: a.text.slice(0, 200) }),
        });
      };
      const session = await runCliSession({
        engine: name,
        binaryName: 'claude',
        options,
        task,
        ...(signal ? { signal } : {}),
        profile: anthropicProfile,
        proxyEnv: (p) => ({ ANTHROPIC_BASE_URL: p.url, ANTHROPIC_API_KEY: p.dummyKey }),
        extraEnv: {
          CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
          DISABLE_AUTOUPDATER: '1',
          DISABLE_TELEMETRY: '1',
          ...(options.maxRetries !== undefined
            ? { CLAUDE_CODE_MAX_RETRIES: String(options.maxRetries) }
            : {}),
        },
        args: () => claudeArgs(task),
        input: task.prompt,
        onLine: (line) => {
          const e = parseJsonLine(line);
          if (!e) return;
          options.onProgress?.({ engine: name, type: String(e.type), event: e });
          step(e);
          if (assistantStopReason(e) === 'refusal') refused = true;
          result = parseResultEvent(e) ?? result;
        },
      });
      return withMeter(session, resultOf(task, session, result, refused));
    },
  };
}

/** Maps Claude Code's result event (and how the process ended) to the engine's result. */
function resultOf(
  task: EngineTask,
  session: CliSession,
  result: ClaudeResultEvent | undefined,
  refused: boolean,
): EngineResult {
  const name = 'claude-code';
  const base = sessionBase(name, 'anthropic', task, session);
  const proxyTokens = session.proxy?.tokens;
  const abnormal = abnormalEnd(session, result !== undefined);
  const reported = result?.allModelTokens ?? result?.tokens;
  const common = {
    ...base,
    finalMessage: result?.resultText ?? '',
    turns: result?.numTurns ?? 0,
    // What the provider metered (proxy) beats what the CLI says, when both exist.
    tokens: proxyTokens ?? reported ?? { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
    costUsd: result?.totalCostUsd ?? null,
    ...(result?.durationMs != null ? { durationMs: result.durationMs } : {}),
  };
  let check = '';
  if (proxyTokens && reported) {
    check = sameTokens(proxyTokens, reported)
      ? `tokens cross-checked: proxy = CLI (${fmt(proxyTokens)})`
      : `TOKEN MISMATCH: proxy counted ${fmt(proxyTokens)}; CLI reported ${fmt(reported)}`;
  }
  const withCheck = (detail: string | undefined): string | undefined =>
    [detail, check].filter((s) => s !== undefined && s !== '').join('; ') || undefined;
  if (abnormal) {
    if (abnormal.infra) {
      const r = infraFailure(common, withCheck(abnormal.detail) ?? abnormal.detail);
      return abnormal.outcome === 'timeout' ? { ...r, outcome: 'timeout' } : r;
    }
    return { ...common, outcome: abnormal.outcome, detail: withCheck(abnormal.detail) ?? '' };
  }
  const mapped = outcomeOf(result as ClaudeResultEvent, session.changedFiles.length, refused);
  if (mapped.infra) return infraFailure(common, withCheck(mapped.detail) ?? '');
  const detail = withCheck(mapped.detail);
  return { ...common, outcome: mapped.outcome, ...(detail ? { detail } : {}) };
}
