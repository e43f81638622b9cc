// Where gemini-cli 0.61 puts its `--output-format json` report: stdout after a normal end; after
// a failed API call, a stack trace and then the JSON error report on stderr (as captured from
// the real CLI answered with a 400).
import { describe, expect, it } from '@jest/globals';
import { geminiReport } from '../../src/engines/gemini/index.js';

const STDERR_AFTER_A_400 = `Warning: 256-color support not detected.
Ripgrep is not available. Falling back to GrepTool.
Error when talking to Gemini API Full report available at: /tmp/gemini-client-error.json _ApiError: {"error":{"code":400,"message":"LailaTov budget: spent","status":"INVALID_ARGUMENT"}}
    at throwErrorIfNotOK (file:///x/bundle/chunk.js:267833:24)
    at async Turn.run (file:///x/bundle/chunk.js:333001:24) {
  status: 400
}
{
  "session_id": "21a8d3b0-fa36-4877-8a3e-2d63fa1e828e",
  "error": {
    "type": "Error",
    "message": "{\\"error\\":{\\"code\\":400,\\"message\\":\\"LailaTov budget: spent\\",\\"status\\":\\"INVALID_ARGUMENT\\"}}",
    "code": 400
  }
}`;

describe('geminiReport', () => {
  it('reads the error report from stderr when stdout has none', () => {
    expect(geminiReport('', STDERR_AFTER_A_400)).toMatchObject({
      error:
        '{"error":{"code":400,"message":"LailaTov budget: spent","status":"INVALID_ARGUMENT"}}',
      requests: 0,
    });
  });

  it('prefers the report on stdout, and finds none in a stderr without one', () => {
    const stdout = JSON.stringify({
      response: 'Done.',
      stats: { models: { m: { api: { totalRequests: 2 }, tokens: { prompt: 5, candidates: 1 } } } },
    });
    expect(geminiReport(stdout, STDERR_AFTER_A_400)).toMatchObject({
      response: 'Done.',
      requests: 2,
      error: undefined,
    });
    expect(geminiReport('', 'Error: something {odd}\n  at x {\n}')).toBeUndefined();
    expect(geminiReport('', '{"response":"not an error report"}')).toBeUndefined();
  });
});
