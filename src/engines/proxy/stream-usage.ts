/**
 * OpenAI Chat Completions streams carry no usage unless the request asks for it with
 * `stream_options.include_usage`, and a client that does not ask (aider through litellm, many
 * others) would leave the run's spend unknown, so its next request under a ceiling would be
 * refused. The proxy asks on the client's behalf. The API then streams one more chunk before
 * `data: [DONE]`, with the usage and an empty `choices` array (every other chunk has
 * `usage: null`); the spec documents that chunk, and OpenAI-compatible clients skip a chunk with
 * no choices, so it is passed through, not stripped.
 *
 * Returns the body to send: the same bytes when it is not a streamed request that lacks the
 * option (or is not JSON), else the request with `include_usage: true` added.
 */
export function withStreamUsage(body: Buffer): Buffer {
  let request: unknown;
  try {
    request = JSON.parse(body.toString('utf8'));
  } catch {
    return body; // not ours to fix: the upstream answers it
  }
  if (!isObject(request) || request.stream !== true) return body;
  const options = isObject(request.stream_options) ? request.stream_options : {};
  if (options.include_usage === true) return body;
  return Buffer.from(
    JSON.stringify({ ...request, stream_options: { ...options, include_usage: true } }),
  );
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
