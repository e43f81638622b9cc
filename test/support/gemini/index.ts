// A scripted Gemini API server: POST /v1beta/models/<model>:streamGenerateContent?alt=sse plays
// the next turn as the real API streams it (`data:` lines of GenerateContentResponse, the
// usageMetadata on the last chunk); other model calls the CLI makes on its own (a plain
// generateContent, countTokens) get a short fixed answer and are not turns.
import type { IncomingHttpHeaders } from 'node:http';
import { jsonReply, sse, startScriptedServer, type ScriptedServer } from '../sse-script.js';

export interface GeminiTurn {
  readonly text?: string;
  readonly functionCall?: { readonly name: string; readonly args: Record<string, unknown> };
}

export interface GeminiUsage {
  readonly prompt: number;
  readonly cached: number;
  readonly candidates: number;
}

export interface GeminiServer extends ScriptedServer {
  /** Streamed turns played. */
  turnsPlayed(): number;
  /** The usage the server reported, summed over every reply that carried one (side calls too). */
  usageTotals(): GeminiUsage;
}

const CALL =
  /^\/v1beta\/models\/([A-Za-z0-9._-]+):(streamGenerateContent|generateContent|countTokens)$/;

function apiKey(h: IncomingHttpHeaders): string | undefined {
  const v = h['x-goog-api-key'];
  return Array.isArray(v) ? v[0] : v;
}

export async function startGeminiServer(o: {
  readonly apiKey: string;
  readonly turns: readonly GeminiTurn[];
  /** Plays turn N (1-based) once `turns` are used up: a model that never stops. */
  readonly endless?: (turn: number) => GeminiTurn;
  /** Usage of every streamed reply (default: 1000 prompt, 200 cached, 50 candidates). */
  readonly usage?: GeminiUsage;
}): Promise<GeminiServer> {
  const usage = o.usage ?? { prompt: 1000, cached: 200, candidates: 50 };
  const usageMetadata = {
    promptTokenCount: usage.prompt,
    cachedContentTokenCount: usage.cached,
    candidatesTokenCount: usage.candidates,
    totalTokenCount: usage.prompt + usage.candidates,
  };
  let played = 0;
  let charged = 0; // replies that carried usageMetadata
  const server = await startScriptedServer(apiKey, o.apiKey, (req, res, fail) => {
    const [path = '', query = ''] = req.url.split('?');
    const m = CALL.exec(path);
    if (req.method !== 'POST' || !m) return fail('not a Gemini model call');
    const [, model = '', method] = m;
    if (method === 'countTokens') return jsonReply(res, 200, { totalTokens: usage.prompt });
    if (method === 'generateContent') {
      charged += 1;
      const content = {
        role: 'model',
        parts: [{ text: '{"next_speaker":"user","reasoning":"done"}' }],
      };
      return jsonReply(res, 200, {
        candidates: [{ content, finishReason: 'STOP', index: 0 }],
        usageMetadata,
        modelVersion: model,
      });
    }
    if (!query.split('&').includes('alt=sse')) return fail('expected alt=sse');
    const turn = o.turns[played] ?? o.endless?.(played + 1);
    if (!turn) return fail(`no scripted turn ${played + 1}`);
    played += 1;
    charged += 1;
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const parts: Record<string, unknown>[] = [];
    if (turn.text !== undefined) parts.push({ text: turn.text });
    if (turn.functionCall) parts.push({ functionCall: turn.functionCall });
    // One chunk per part, as the API streams them; the last carries finishReason and usage.
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      sse(res, {
        candidates: [
          {
            content: { role: 'model', parts: [part] },
            index: 0,
            ...(last && { finishReason: 'STOP' }),
          },
        ],
        ...(last && { usageMetadata }),
        modelVersion: model,
        responseId: `r${played}`,
      });
    });
    res.end();
  });
  return {
    ...server,
    turnsPlayed: () => played,
    usageTotals: () => ({
      prompt: usage.prompt * charged,
      cached: usage.cached * charged,
      candidates: usage.candidates * charged,
    }),
  };
}
