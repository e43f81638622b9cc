import { randomUUID } from 'node:crypto';
import type {
  ContentBlock,
  ContentBlockParam,
  Message,
  MessageParam,
  TextBlockParam,
  Tool,
  ToolResultBlockParam,
  ToolUseBlock,
} from '@anthropic-ai/sdk/resources/messages/messages';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { fenceUntrusted } from '../../core/sanitize/index.js';
import { treeChangesSince, headSha } from '../tree-changes.js';
import { NO_HOOKS, loadHookSettings, runStopHooks } from '../hooks/index.js';
import { sandboxEnv } from '../sandbox-env.js';
import type { Engine, EngineOutcome, EngineResult, EngineTask, Pricer } from '../types.js';
import { withCacheBreakpoints } from './cache.js';
import type { MessagesClient } from './client.js';
import { INFRA_PREFIX } from '../infra.js';
import { describeApiError } from './infra.js';
import { BASE_SYSTEM_PROMPT } from './prompt.js';
import type { AgentTool } from './tools/index.js';
import { selectTools } from './tools/index.js';
import { callTool, type ToolCallState } from './tool-call.js';
import { realRoot } from '../tree-paths.js';
import { jailFor, type Sandbox } from '../sandbox/index.js';
import { Transcript, clip } from './transcript.js';
import { BudgetGuard, tokensOf } from './usage.js';

export interface AnthropicEngineOptions {
  readonly client: MessagesClient;
  /** Recorded in results: anthropic, openrouter, bedrock, vertex. */
  readonly provider: string;
  readonly pricer: Pricer;
  /** The SDK's retry count, for error messages. */
  readonly maxRetries?: number;
  /** Prompt caching (default true); false only for measuring what caching saves. */
  readonly cache?: boolean;
  /** max_tokens of each call. */
  readonly maxTokensPerTurn?: number;
  /** The parent environment the agent's sandbox env is filtered from (default process.env). */
  readonly parentEnv?: Readonly<Record<string, string | undefined>>;
  /** Where the bash tool, searches and hooks run (default: the strict bwrap sandbox). */
  readonly sandbox?: Sandbox;
}

const DEFAULT_MAX_TOKENS = 8192;

/** Ends the loop with an outcome; thrown inside the loop, caught once in `run`. */
class Stop {
  constructor(
    readonly outcome: EngineOutcome,
    readonly detail?: string,
  ) {}
}

interface RunState extends ToolCallState {
  readonly task: EngineTask;
  readonly budget: BudgetGuard;
  readonly signal: AbortSignal;
  turns: number;
  finalMessage: string;
}

function textOf(content: readonly ContentBlock[]): string {
  return content
    .filter((b): b is Extract<ContentBlock, { type: 'text' }> => b.type === 'text')
    .map((b) => b.text)
    .join('\n')
    .trim();
}

/** The assistant reply as a request param (only the block kinds this loop produces and needs). */
function asParam(content: readonly ContentBlock[]): ContentBlockParam[] {
  const out: ContentBlockParam[] = [];
  for (const b of content) {
    if (b.type === 'text') out.push({ type: 'text', text: b.text });
    else if (b.type === 'tool_use') {
      out.push({ type: 'tool_use', id: b.id, name: b.name, input: b.input });
    }
  }
  return out;
}

function toolDefinition(tool: AgentTool): Tool {
  const schema = z.toJSONSchema(tool.input) as Record<string, unknown>;
  delete schema.$schema;
  return {
    name: tool.name,
    description: tool.description,
    input_schema: schema as Tool['input_schema'],
  };
}

export class AnthropicEngine implements Engine {
  readonly name = 'anthropic';

  constructor(private readonly opts: AnthropicEngineOptions) {}

  async run(task: EngineTask, signal?: AbortSignal): Promise<EngineResult> {
    const started = Date.now();
    const tools = selectTools(task.allowedTools);
    const budget = new BudgetGuard(this.opts.pricer, task.model, task.budgetUsd);
    // A ceiling we cannot price is a ceiling we cannot enforce: refuse it before spending
    // anything, rather than run unbounded while the caller believes there is a limit.
    if (task.budgetUsd !== undefined && !budget.priceKnown()) {
      throw new UserError(
        `budget: no price is known for model "${task.model}", so the $${task.budgetUsd} ceiling ` +
          'cannot be enforced: price it under `prices` in .github/lailatov.yml ({input, output, cacheWrite, cacheRead} in USD per million tokens), or choose a priced model.',
      );
    }
    const commandEnv = sandboxEnv(this.opts.parentEnv ?? process.env, task.env);
    const root = await realRoot(task.cwd);
    const startSha = await headSha(root, commandEnv);
    const transcript = await Transcript.open(task.transcriptPath);
    const hooks = task.hooks ? await loadHookSettings(root) : NO_HOOKS;
    const jail = await jailFor(this.opts.sandbox, root, task.protectedPaths);

    const abort = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, task.timeoutMs);
    const onAbort = (): void => abort.abort();
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });

    const state: RunState = {
      task,
      transcript,
      budget,
      tools,
      toolCtx: {
        root,
        protectedPaths: task.protectedPaths,
        commandEnv,
        jail,
        signal: abort.signal,
      },
      hooks,
      hookCtx: {
        sessionId: randomUUID(),
        transcriptPath: transcript.path,
        cwd: root,
        env: commandEnv,
        jail,
        signal: abort.signal,
      },
      signal: abort.signal,
      warnings: hooks.skipped.map((s) => `hook not run: ${s}`),
      turns: 0,
      finalMessage: '',
    };
    await transcript.append({ type: 'start', engine: this.name, model: task.model, cwd: root });

    let stop: Stop;
    try {
      stop = await this.loop(state);
    } catch (e) {
      if (e instanceof Stop) stop = e;
      else if (abort.signal.aborted) stop = new Stop('timeout');
      else throw e;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    if (stop.outcome === 'timeout') {
      stop = new Stop(
        'timeout',
        timedOut
          ? `${INFRA_PREFIX}wall-clock timeout after ${task.timeoutMs} ms (${state.turns} turns)`
          : `aborted by the caller after ${state.turns} turns`,
      );
    }

    let outcome = stop.outcome;
    const changed = await treeChangesSince(root, startSha, commandEnv);
    if (outcome === 'completed' && changed.length === 0) outcome = 'no_changes';
    const costUsd = budget.spentUsd();
    if (costUsd === null) state.warnings.push(`no price for model "${task.model}": cost unknown`);
    const detailParts = [stop.detail, ...state.warnings].filter((d): d is string => !!d);
    const result: EngineResult = {
      outcome,
      finalMessage: state.finalMessage,
      changedFiles: changed,
      turns: state.turns,
      durationMs: Date.now() - started,
      tokens: budget.tokens,
      costUsd,
      engine: this.name,
      model: task.model,
      provider: this.opts.provider,
      transcriptPath: transcript.path,
      ...(detailParts.length > 0 ? { detail: detailParts.join('; ') } : {}),
    };
    await transcript.append({
      type: 'end',
      outcome,
      detail: result.detail,
      turns: result.turns,
      tokens: result.tokens,
      costUsd,
      changedFiles: changed,
    });
    return result;
  }

  private async loop(s: RunState): Promise<Stop> {
    const system: TextBlockParam[] = [{ type: 'text', text: BASE_SYSTEM_PROMPT }];
    if (s.task.systemPrompt) system.push({ type: 'text', text: s.task.systemPrompt });
    const tools = s.tools.map(toolDefinition);
    const messages: MessageParam[] = [
      { role: 'user', content: [{ type: 'text', text: s.task.prompt }] },
    ];
    let stopHookUsed = false;

    for (;;) {
      if (s.signal.aborted) return new Stop('timeout');
      if (s.turns >= s.task.maxTurns) {
        return new Stop('max_turns', `stopped at the turn cap (${s.task.maxTurns} turns)`);
      }
      const over = s.budget.stopReason();
      if (over) return new Stop('budget_exceeded', over);

      const reply = await this.call(s, { system, tools, messages });
      messages.push({ role: 'assistant', content: asParam(reply.content) });
      const text = textOf(reply.content);
      if (text) s.finalMessage = text;

      if (reply.stop_reason === 'refusal') {
        return new Stop('refused', `the model refused: ${clip(text || '(no text)', 500)}`);
      }
      const uses = reply.content.filter((b): b is ToolUseBlock => b.type === 'tool_use');
      s.task.onProgress?.({
        turn: s.turns,
        ...(uses.length > 0 && { tool: uses.map((u) => u.name).join(', ') }),
        ...(text && { text: clip(text, 200) }),
      });
      if (uses.length > 0) {
        const results: ToolResultBlockParam[] = [];
        for (const use of uses) results.push(await callTool(s, use));
        messages.push({ role: 'user', content: results });
        continue;
      }

      // The model wants to stop. A Stop hook may send it back to work, once per run; the hook
      // sees stop_hook_active=true on later stops, as in Claude Code.
      if (s.hooks.events.Stop.length > 0) {
        const d = await runStopHooks(s.hooks, stopHookUsed, s.hookCtx);
        s.warnings.push(...d.errors);
        if (d.block && !stopHookUsed) {
          stopHookUsed = true;
          await s.transcript.append({ type: 'hook', event: 'Stop', reason: clip(d.reason) });
          messages.push({
            role: 'user',
            content: [
              {
                type: 'text',
                // A Stop hook's reason is often test output: data, in the one fence.
                text: `Stop hook feedback:\n${fenceUntrusted(d.reason, { label: 'Stop hook output' })}`,
              },
            ],
          });
          continue;
        }
        if (d.block) s.warnings.push(`Stop hook blocked again (ignored): ${clip(d.reason, 300)}`);
      }
      if (reply.stop_reason === 'max_tokens') {
        s.warnings.push('the last reply hit max_tokens and may be cut short');
      }
      return new Stop('completed');
    }
  }

  /** One model call, with its usage recorded and both ends written to the transcript. */
  private async call(
    s: RunState,
    prompt: { system: TextBlockParam[]; tools: Tool[]; messages: MessageParam[] },
  ): Promise<Message> {
    const p = this.opts.cache === false ? prompt : withCacheBreakpoints(prompt);
    const turn = s.turns + 1;
    await s.transcript.append({
      type: 'request',
      turn,
      model: s.task.model,
      messages: p.messages.length,
      last: clip(JSON.stringify(p.messages.at(-1)?.content ?? ''), 2000),
    });
    let reply: Message;
    try {
      reply = await this.opts.client.messages
        .stream(
          {
            model: s.task.model,
            max_tokens: this.opts.maxTokensPerTurn ?? DEFAULT_MAX_TOKENS,
            system: p.system,
            tools: p.tools,
            messages: p.messages,
          },
          { signal: s.signal },
        )
        .finalMessage();
    } catch (e) {
      if (s.signal.aborted) throw new Stop('timeout');
      const detail = describeApiError(e, this.opts.maxRetries ?? 2);
      await s.transcript.append({ type: 'api_error', turn, detail });
      throw new Stop('error', detail);
    }
    s.turns = turn;
    const tokens = tokensOf(reply.usage);
    s.budget.record(tokens);
    await s.transcript.append({
      type: 'response',
      turn,
      stop_reason: reply.stop_reason,
      usage: tokens,
      text: clip(textOf(reply.content), 2000),
      tool_uses: reply.content
        .filter((b): b is ToolUseBlock => b.type === 'tool_use')
        .map((b) => ({ name: b.name, input: clip(JSON.stringify(b.input), 1000) })),
    });
    return reply;
  }
}
