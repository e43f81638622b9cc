import type {
  Message,
  MessageParam,
  TextBlockParam,
  Tool,
  ToolUseBlock,
} from '@anthropic-ai/sdk/resources/messages/messages';
import { z } from 'zod';
import type { MessagesClient } from '../anthropic/client.js';
import { describeApiError } from '../anthropic/infra.js';
import { INFRA_PREFIX } from '../infra.js';
import { tokensOf } from '../anthropic/usage.js';
import type { Pricer } from '../types.js';
import { ModelApiError, ModelRefusalError, StructuredOutputError } from './errors.js';
import type { CompleteRequest, Completion, ModelCall, ToolCallModel } from './types.js';
import { sumCalls } from './usage.js';

export interface AnthropicModelOptions {
  readonly client: MessagesClient;
  readonly pricer: Pricer;
  /** The SDK's retry count, for error messages. */
  readonly maxRetries?: number;
}

const DEFAULT_MAX_TOKENS = 4096;
const EPHEMERAL = { type: 'ephemeral' } as const;

/** The JSON Schema of a tool input; tool inputs must be objects. */
export function inputSchemaOf(schema: z.ZodType, name: string): Tool['input_schema'] {
  const json = z.toJSONSchema(schema) as Record<string, unknown>;
  if (json.type !== 'object') {
    throw new TypeError(`Model.complete(${name}): the schema must describe an object`);
  }
  delete json.$schema;
  return json as Tool['input_schema'];
}

interface Issues {
  fields: string[];
  lines: string[];
}

function issuesOf(error: z.ZodError): Issues {
  const fields = [...new Set(error.issues.map((i) => i.path.join('.') || '(root)'))];
  const lines = error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  return { fields, lines };
}

/**
 * One structured call through forced tool use (`tool_choice: {type: 'tool'}`): the model must
 * answer by calling the tool whose input schema is the zod schema. An invalid answer gets one
 * repair attempt, which sends the validation errors back as the tool's error result.
 */
export class AnthropicModel implements ToolCallModel {
  constructor(private readonly opts: AnthropicModelOptions) {}

  async complete<T>(req: CompleteRequest<T>): Promise<Completion<T>> {
    const tool: Tool = {
      name: req.name,
      description: req.description,
      input_schema: inputSchemaOf(req.schema, req.name),
    };
    // Tools and system come first in the prompt: a stage that makes many calls with the same
    // instructions reads them from the cache.
    const system: TextBlockParam[] | undefined = req.system
      ? [{ type: 'text', text: req.system, cache_control: EPHEMERAL }]
      : undefined;
    const messages: MessageParam[] = req.messages.map((m) => ({
      role: m.role,
      content: m.content,
    }));
    const calls: ModelCall[] = [];

    const first = await this.call(req, tool, system, messages, calls);
    // A refusal is the model's answer: asking again with a repair turn would not change it.
    if (first.stop_reason === 'refusal') throw new ModelRefusalError(req.name, calls);
    const firstCheck = this.check(req, first);
    if (firstCheck.ok) return this.done(req, firstCheck.value, calls);

    const repair: MessageParam[] = [...messages, ...repairTurn(req.name, first, firstCheck.issues)];
    const second = await this.call(req, tool, system, repair, calls);
    if (second.stop_reason === 'refusal') throw new ModelRefusalError(req.name, calls);
    const secondCheck = this.check(req, second);
    if (secondCheck.ok) return this.done(req, secondCheck.value, calls);
    throw new StructuredOutputError(
      req.name,
      secondCheck.issues.fields,
      secondCheck.issues.lines,
      calls,
    );
  }

  private done<T>(req: CompleteRequest<T>, value: T, calls: ModelCall[]): Completion<T> {
    const { usage, costUsd } = sumCalls(calls);
    return { value, usage, costUsd, model: req.model, calls };
  }

  private check<T>(
    req: CompleteRequest<T>,
    reply: Message,
  ): { ok: true; value: T } | { ok: false; issues: Issues } {
    const use = toolUseOf(reply, req.name);
    if (!use) {
      const why = `no ${req.name} tool call in the reply (stop_reason ${reply.stop_reason})`;
      return { ok: false, issues: { fields: ['(root)'], lines: [why] } };
    }
    const parsed = req.schema.safeParse(use.input);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, issues: issuesOf(parsed.error) };
  }

  private async call<T>(
    req: CompleteRequest<T>,
    tool: Tool,
    system: TextBlockParam[] | undefined,
    messages: MessageParam[],
    calls: ModelCall[],
  ): Promise<Message> {
    let reply: Message;
    try {
      reply = await this.opts.client.messages
        .stream(
          {
            model: req.model,
            max_tokens: req.maxTokens ?? DEFAULT_MAX_TOKENS,
            ...(system ? { system } : {}),
            tools: [{ ...tool, cache_control: EPHEMERAL }],
            tool_choice: { type: 'tool', name: req.name },
            messages,
          },
          req.signal ? { signal: req.signal } : {},
        )
        .finalMessage();
    } catch (e) {
      const detail = describeApiError(e, this.opts.maxRetries ?? 2);
      throw new ModelApiError(detail, detail.startsWith(INFRA_PREFIX), calls, { cause: e });
    }
    const tokens = tokensOf(reply.usage);
    calls.push({ tokens, costUsd: this.opts.pricer(req.model, tokens) });
    return reply;
  }
}

function toolUseOf(reply: Message, name: string): ToolUseBlock | undefined {
  return reply.content.find((b): b is ToolUseBlock => b.type === 'tool_use' && b.name === name);
}

/** The assistant's invalid answer and the user turn that asks for a corrected one. */
function repairTurn(name: string, reply: Message, issues: Issues): MessageParam[] {
  const why =
    `The ${name} input did not match the schema:\n${issues.lines.map((l) => `- ${l}`).join('\n')}\n` +
    `Call ${name} again with the whole input corrected.`;
  const use = toolUseOf(reply, name);
  if (use) {
    return [
      { role: 'assistant', content: [{ type: 'tool_use', id: use.id, name, input: use.input }] },
      {
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: use.id, is_error: true, content: why }],
      },
    ];
  }
  const text = reply.content
    .map((b) => (b.type === 'text' ? b.text : ''))
    .join('')
    .trim();
  return [
    { role: 'assistant', content: text || '(no answer)' },
    { role: 'user', content: why },
  ];
}
