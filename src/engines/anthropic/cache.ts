import type {
  ContentBlockParam,
  MessageParam,
  TextBlockParam,
  Tool,
} from '@anthropic-ai/sdk/resources/messages/messages';

/**
 * Prompt-cache breakpoints for one request (the API allows 4). The prompt prefix is
 * tools → system → messages, and a breakpoint caches everything before it:
 * 1. the last tool definition, 2. the last system block, 3. the end of the conversation as the
 * previous request sent it, 4. the end of the conversation now. Each request reads back what
 * the previous one wrote at (4), which is found again at (3) even when a turn adds more content
 * blocks than the API's lookback window. The stored history is never marked: the breakpoints
 * move, so copies are marked per request.
 */
const EPHEMERAL = { type: 'ephemeral' } as const;

export interface Prompt {
  readonly system: TextBlockParam[];
  readonly tools: Tool[];
  readonly messages: MessageParam[];
}

function markLastBlock(message: MessageParam): MessageParam {
  const blocks: ContentBlockParam[] =
    typeof message.content === 'string'
      ? [{ type: 'text', text: message.content }]
      : [...message.content];
  const last = blocks.at(-1);
  if (last === undefined) return message;
  blocks[blocks.length - 1] = { ...last, cache_control: EPHEMERAL } as ContentBlockParam;
  return { ...message, content: blocks } as MessageParam;
}

export function withCacheBreakpoints(prompt: Prompt): Prompt {
  const tools = prompt.tools.map((t, i, all) =>
    i === all.length - 1 ? { ...t, cache_control: EPHEMERAL } : t,
  );
  const system = prompt.system.map((b, i, all) =>
    i === all.length - 1 ? { ...b, cache_control: EPHEMERAL } : b,
  );
  const n = prompt.messages.length;
  // The previous request ended with the user message before the latest assistant reply.
  const marked = new Set([n - 1, n - 3].filter((i) => i >= 0));
  const messages = prompt.messages.map((m, i) => (marked.has(i) ? markLastBlock(m) : m));
  return { system, tools, messages };
}
