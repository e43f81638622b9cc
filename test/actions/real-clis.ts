// The write action with engine codex and engine gemini: the REAL CLIs from npm, found on the
// runner's PATH (as after a workflow step `npm i -g @openai/codex@0.169.0`), reach their own
// provider through the action's openai-/gemini- inputs, with a fresh HOME, and the change they
// made is pushed on the branch. Run from source (test/action) and as the built action
// (test/actions), so both are held to the same scenario.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { resolve } from 'node:path';
import { startGeminiServer } from '../support/gemini/index.js';
import { startResponsesServer } from '../support/openai/index.js';
import type { ScriptedServer } from '../support/sse-script.js';
import { REPO, git, labeledEvent, ok, openIssue, startWorld, type World } from './harness.js';

const CMD = "printf 'Compound durations are summed.\\n' > NOTES.md";
/** The runner's PATH with the CLIs on it: the dev dependencies' bin, first. */
export const PATH_WITH_CLIS = `${resolve('node_modules/.bin')}:${process.env.PATH ?? ''}`;

/** `source: true` runs the action in this process; else the built dist/ (or the source when
 * LAILATOV_TEST_SOURCE=1, as for every test under test/actions). */
export function describeWriteWithRealClis(o: { readonly source?: true }): void {
  jest.setTimeout(180_000);
  let w: World;
  let server: ScriptedServer | undefined;
  beforeEach(async () => {
    w = await startWorld(o);
  });
  afterEach(async () => {
    await server?.close();
    await w?.close();
  });

  async function writeWith(engine: string, inputs: Record<string, string>): Promise<void> {
    const issue = { title: 'parseDuration("1h30m") returns 30 minutes', body: 'Fix it.' };
    const n = await openIssue(w, issue);
    const env = { PATH: PATH_WITH_CLIS };
    ok(await w.run('triage', labeledEvent(n, issue), {}, { env }));
    const { stage, result } = await w.followDispatch({ engine, ...inputs }, env);
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

  describe(`write action with the real CLIs (${o.source ? 'from source' : 'built'})`, () => {
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
}
