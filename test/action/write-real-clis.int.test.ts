// The write action (from source, on the GitHub emulator) with engine codex and engine gemini:
// the REAL CLIs from npm, on the runner's PATH, reach their own provider through the action's
// openai-/gemini- inputs, with a fresh HOME, and the change they made is pushed on the branch.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { resolve } from 'node:path';
import {
  REPO,
  git,
  labeledEvent,
  ok,
  openIssue,
  startWorld,
  type World,
} from '../actions/harness.js';
import { startGeminiServer } from '../support/gemini/index.js';
import { startResponsesServer } from '../support/openai/index.js';
import type { ScriptedServer } from '../support/sse-script.js';

jest.setTimeout(180_000);

const CMD = "printf 'Compound durations are summed.\\n' > NOTES.md";
const PATH = `${resolve('node_modules/.bin')}:${process.env.PATH ?? ''}`;

let w: World;
let server: ScriptedServer | undefined;
beforeEach(async () => {
  w = await startWorld({ source: true });
});
afterEach(async () => {
  await server?.close();
  await w?.close();
});

async function writeWith(engine: string, inputs: Record<string, string>): Promise<void> {
  const issue = { title: 'parseDuration("1h30m") returns 30 minutes', body: 'Fix it.' };
  const n = await openIssue(w, issue);
  ok(await w.run('triage', labeledEvent(n, issue), {}, { env: { PATH } }));
  const { stage, result } = await w.followDispatch({ engine, ...inputs }, { PATH });
  expect(stage).toBe('write');
  expect(server?.failures).toEqual([]);
  const branch = result.outputs.branch ?? '';
  expect({ code: result.code, branch, log: result.stdout.slice(-3000) }).toMatchObject({
    code: 0,
    branch: expect.stringMatching(/^agent\//),
  });
  expect(await git(w.gh.repoPath(REPO), 'show', `${branch}:NOTES.md`)).toBe(
    'Compound durations are summed.\n',
  );
}

describe('write action with the real CLIs', () => {
  it('engine codex: the OpenAI inputs reach codex, whose shell tool change is pushed', async () => {
    const key = 'sk-openai-action-key';
    server = await startResponsesServer({
      apiKey: key,
      turns: [
        { call: { name: 'exec_command', arguments: { cmd: CMD } } },
        { text: 'Added NOTES.md.' },
      ],
    });
    await writeWith('codex', {
      model: 'gpt-5-codex',
      'openai-api-key': key,
      'openai-base-url': `${server.url}/v1`,
    });
  });

  it('engine gemini: the Gemini inputs reach gemini, whose shell tool change is pushed', async () => {
    const key = 'AIza-gemini-action-key';
    server = await startGeminiServer({
      apiKey: key,
      turns: [
        { functionCall: { name: 'run_shell_command', args: { command: CMD } } },
        { text: 'Added NOTES.md.' },
      ],
    });
    await writeWith('gemini', {
      model: 'gemini-2.5-pro',
      'gemini-api-key': key,
      'gemini-base-url': server.url,
    });
  });
});
