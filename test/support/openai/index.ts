// A scripted OpenAI Responses API server (POST /v1/responses, streaming): each request plays the
// next turn as the real API streams it: response.created, one output item per message or
// function call (added, then done), and response.completed carrying the usage.
import type { IncomingHttpHeaders } from 'node:http';
import { sse, startScriptedServer, type ScriptedServer } from '../sse-script.js';

export interface ResponsesTurn {
  readonly text?: string;
  /** A function call: `arguments` is the JSON object the tool receives. */
  readonly call?: { readonly name: string; readonly arguments: Record<string, unknown> };
}

export interface ResponsesUsage {
  readonly input: number;
  readonly cached: number;
  readonly output: number;
}

export interface ResponsesServer extends ScriptedServer {
  /** The usage the server reported, summed over the turns it played. */
  usageTotals(): ResponsesUsage;
}

function bearer(h: IncomingHttpHeaders): string | undefined {
  const a = h.authorization;
  return a?.startsWith('Bearer ') ? a.slice(7) : undefined;
}

export async function startResponsesServer(o: {
  readonly apiKey: string;
  readonly turns: readonly ResponsesTurn[];
  /** Plays turn N (1-based) once `turns` are used up: a model that never stops. */
  readonly endless?: (turn: number) => ResponsesTurn;
  /** Usage of every reply (default: 1000 in, 200 cached, 50 out). */
  readonly usage?: ResponsesUsage;
}): Promise<ResponsesServer> {
  const usage = o.usage ?? { input: 1000, cached: 200, output: 50 };
  let played = 0;
  const server = await startScriptedServer(bearer, o.apiKey, (req, res, fail) => {
    if (req.method !== 'POST' || req.url.split('?')[0] !== '/v1/responses')
      return fail('not a Responses API call');
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (body.stream !== true) return fail('expected stream: true');
    const turn = o.turns[played] ?? o.endless?.(played + 1);
    if (!turn) return fail(`no scripted turn ${played + 1}`);
    played += 1;
    const id = `resp_${played}`;
    const model = String(body.model ?? '');
    const base = { id, object: 'response', created_at: 1_700_000_000, model };
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    let seq = 0;
    const emit = (type: string, data: Record<string, unknown>): void =>
      sse(res, { type, sequence_number: seq++, ...data }, type);
    emit('response.created', { response: { ...base, status: 'in_progress', output: [] } });
    const output: Record<string, unknown>[] = [];
    if (turn.text !== undefined) {
      const content = [{ type: 'output_text', text: turn.text, annotations: [] }];
      output.push({
        type: 'message',
        id: `msg_${played}`,
        role: 'assistant',
        status: 'completed',
        content,
      });
    }
    if (turn.call) {
      output.push({
        type: 'function_call',
        id: `fc_${played}`,
        call_id: `call_${played}`,
        name: turn.call.name,
        arguments: JSON.stringify(turn.call.arguments),
        status: 'completed',
      });
    }
    output.forEach((item, i) => {
      emit('response.output_item.added', {
        output_index: i,
        item: { ...item, status: 'in_progress' },
      });
      emit('response.output_item.done', { output_index: i, item });
    });
    emit('response.completed', {
      response: {
        ...base,
        status: 'completed',
        output,
        usage: {
          input_tokens: usage.input,
          input_tokens_details: { cached_tokens: usage.cached },
          output_tokens: usage.output,
          output_tokens_details: { reasoning_tokens: 0 },
          total_tokens: usage.input + usage.output,
        },
      },
    });
    res.end();
  });
  return {
    ...server,
    usageTotals: () => ({
      input: usage.input * played,
      cached: usage.cached * played,
      output: usage.output * played,
    }),
  };
}
