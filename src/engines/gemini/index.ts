import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { infraFailure } from '../fallback.js';
import { geminiProfile } from '../proxy/providers.js';
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

export type GeminiOptions = CliEngineOptions;

/** gemini-cli's headless exit codes. */
const EXIT_INPUT_ERROR = 42;
const EXIT_TURN_LIMIT = 53;
const INFRA = /\b(429|5\d\d)\b|overloaded|RESOURCE_EXHAUSTED|UNAVAILABLE|rate limit|timed? ?out/i;

export function geminiArgs(task: EngineTask): string[] {
  return [
    '--prompt',
    task.prompt,
    '--output-format',
    'json',
    '--model',
    task.model,
    // Headless runs cannot answer approval prompts; the sandbox is the working tree + scrubbed env.
    '--approval-mode',
    'yolo',
  ];
}

export interface GeminiReport {
  readonly response: string;
  readonly tokens: EngineTokens;
  /** API requests over all models (one per model round trip). */
  readonly requests: number;
  readonly error: string | undefined;
}

/** Reads the single JSON object of `--output-format json` ({response, stats, error}). */
export function parseGeminiJson(stdout: string): GeminiReport | undefined {
  const start = stdout.indexOf('{');
  if (start < 0) return undefined;
  const o = parseJsonLine(stdout.slice(start).replace(/\n/g, ' '));
  if (!o) return undefined;
  const n = (v: unknown): number => (typeof v === 'number' ? v : 0);
  let tokens: EngineTokens = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
  let requests = 0;
  const models = ((o.stats ?? {}) as Record<string, unknown>).models ?? {};
  for (const m of Object.values(models as Record<string, Record<string, unknown>>)) {
    const t = (m.tokens ?? {}) as Record<string, unknown>;
    const api = (m.api ?? {}) as Record<string, unknown>;
    requests += n(api.totalRequests);
    // `prompt` includes the cached tokens; thoughts are billed as output.
    tokens = {
      input: tokens.input + n(t.prompt) - n(t.cached),
      output: tokens.output + n(t.candidates) + n(t.thoughts),
      cacheRead: tokens.cacheRead + n(t.cached),
      cacheWrite: 0,
    };
  }
  const err = o.error as Record<string, unknown> | undefined;
  return {
    response: typeof o.response === 'string' ? o.response : '',
    tokens,
    requests,
    error: err ? String(err.message ?? err.type ?? 'error') : undefined,
  };
}

/**
 * The run's report: on stdout after a normal end; after a failed API call gemini prints a stack
 * trace and then its JSON error report (`{session_id, error}`) on stderr instead, which holds
 * the provider's message (e.g. the proxy's ceiling refusal).
 */
export function geminiReport(stdout: string, stderr: string): GeminiReport | undefined {
  const fromStdout = parseGeminiJson(stdout);
  if (fromStdout) return fromStdout;
  // The report is the last object that starts a line; the trace before it has braces too.
  const report = parseGeminiJson(stderr.slice(stderr.lastIndexOf('\n{') + 1));
  return report?.error !== undefined ? report : undefined;
}

/** Google's gemini-cli as an Engine. The turn cap goes in its settings file (maxSessionTurns). */
export function createGeminiEngine(options: GeminiOptions = {}): Engine {
  const name = 'gemini';
  return {
    name,
    async run(task, signal): Promise<EngineResult> {
      const session = await runCliSession({
        engine: name,
        binaryName: 'gemini',
        options,
        task,
        ...(signal ? { signal } : {}),
        profile: geminiProfile,
        proxyEnv: (p) => ({ GOOGLE_GEMINI_BASE_URL: p.url, GEMINI_API_KEY: p.dummyKey }),
        // In a folder it does not trust, gemini turns `--approval-mode yolo` back into `default`
        // and a headless run cannot approve a tool. The working tree is the one we sandbox.
        extraEnv: { GEMINI_CLI_TRUST_WORKSPACE: 'true' },
        prepareHome: async (home) => {
          const dir = path.join(home, '.gemini');
          await mkdir(dir, { recursive: true });
          const settings = {
            model: { maxSessionTurns: task.maxTurns },
            privacy: { usageStatisticsEnabled: false },
            // A fresh home has no auth type and gemini exits 41 ("Invalid auth method selected");
            // the key (the proxy's dummy one) is GEMINI_API_KEY.
            security: { auth: { selectedType: 'gemini-api-key' } },
            // No self-update from inside the sandbox (it has no network but the proxy).
            general: { enableAutoUpdate: false, enableAutoUpdateNotification: false },
          };
          await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
        },
        args: () => geminiArgs(task),
      });
      const report = geminiReport(session.run.stdout, session.run.stderr);
      const tokens = report?.tokens ?? { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
      const common = {
        ...sessionBase(name, 'gemini', task, session),
        finalMessage: report?.response ?? '',
        // Model round trips: gemini's stats when it printed them (not after a failed call),
        // else the proxy's count of the requests it forwarded.
        turns: report?.requests || session.proxy?.requests || 0,
        tokens,
        costUsd: options.pricer?.(task.model, tokens) ?? null,
      };
      if (session.run.exitCode === EXIT_TURN_LIMIT && !session.run.timedOut) {
        return withMeter(session, {
          ...common,
          outcome: 'max_turns',
          detail: `gemini stopped at the turn cap of ${task.maxTurns}`,
        });
      }
      const abnormal = abnormalEnd(session, report !== undefined && report.error === undefined);
      if (report?.error !== undefined && !session.run.timedOut && !session.run.aborted) {
        const detail = `gemini: ${report.error}`;
        if (session.run.exitCode === EXIT_INPUT_ERROR || !INFRA.test(report.error)) {
          return withMeter(session, { ...common, outcome: 'error', detail });
        }
        return withMeter(session, infraFailure(common, detail));
      }
      if (abnormal) return withMeter(session, abnormalResult(common, abnormal));
      return withMeter(session, {
        ...common,
        outcome: session.changedFiles.length > 0 ? 'completed' : 'no_changes',
      });
    },
  };
}
