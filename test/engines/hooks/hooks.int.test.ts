// .claude/settings.json hooks run by the anthropic engine with Claude Code's protocol.
import { describe, expect, it } from '@jest/globals';
import { access, appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { engineFor, lastToolResults, task, tempRepo, unfence } from '../anthropic/helpers.js';
import { modelServerPerTest } from '../anthropic/per-test.js';

const serve = modelServerPerTest();

// A guard in the style of the predecessor's, but correct: it looks at tool_input.command and
// exits 2 (exit 1 would not block in Claude Code). It logs its stdin for the assertions.
const GUARD = `#!/bin/bash
input=$(cat)
printf '%s\\n' "$input" >> "$CLAUDE_PROJECT_DIR/hook-log.jsonl"
if printf '%s' "$input" | grep -q '"tool_input":{"command":"rm -rf'; then
  echo 'rm -rf is not allowed in this repository; delete files one by one' >&2
  exit 2
fi
case "$input" in
  *'.env","content"'*)
    echo '{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"deny","permissionDecisionReason":"no .env files"}}' ;;
esac
`;

const SETTINGS = {
  hooks: {
    PreToolUse: [
      {
        matcher: 'Bash|Write',
        hooks: [{ type: 'command', command: 'bash "$CLAUDE_PROJECT_DIR/.claude/hooks/guard.sh"' }],
      },
    ],
    PostToolUse: [
      {
        matcher: 'Edit|Write',
        hooks: [
          {
            type: 'command',
            command: `echo '{"decision":"block","reason":"lint: missing semicolon"}'`,
          },
        ],
      },
    ],
    Stop: [
      {
        hooks: [
          {
            type: 'command',
            // Blocks the first stop only, as a well-behaved hook should (stop_hook_active).
            command: `grep -q '"stop_hook_active":true' || { echo 'tests were not run: run them' >&2; exit 2; }`,
          },
        ],
      },
    ],
  },
};

// The log sits in the tree (hooks run in the agent's sandbox, where .git is read-only), kept
// out of the changed files by the repository's own exclude list.
async function repoWithHooks(): Promise<string> {
  const dir = await tempRepo({
    '.claude/settings.json': JSON.stringify(SETTINGS, null, 2),
    '.claude/hooks/guard.sh': GUARD,
    'data/keep.txt': 'precious\n',
  });
  await appendFile(path.join(dir, '.git', 'info', 'exclude'), 'hook-log.jsonl\n');
  return dir;
}

describe('Claude Code hooks in the anthropic engine', () => {
  it('a PreToolUse hook that exits 2 blocks rm -rf and the model sees the reason', async () => {
    const repo = await repoWithHooks();
    const ms = await serve({
      scenario: {
        turns: [
          { toolUses: [{ name: 'bash', input: { command: 'rm -rf data' } }] },
          { toolUses: [{ name: 'bash', input: { command: 'echo hello > out.txt' } }] },
          { text: 'stopping' },
          { text: 'really done' },
        ],
      },
    });
    const result = await (await engineFor(ms)).run(task(repo, { hooks: true }));

    await access(path.join(repo, 'data/keep.txt')); // still there
    const blocked = lastToolResults(ms, 1)[0];
    expect(blocked).toEqual({
      text: expect.stringContaining('rm -rf is not allowed in this repository'),
      isError: true,
    });
    expect(lastToolResults(ms, 2)[0]?.isError).toBe(false);
    expect(await readFile(path.join(repo, 'out.txt'), 'utf8')).toBe('hello\n');

    // The hook received Claude Code's JSON.
    const log = (await readFile(path.join(repo, 'hook-log.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(log[0]).toMatchObject({
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      tool_input: { command: 'rm -rf data' },
      cwd: repo,
      transcript_path: result.transcriptPath,
      session_id: expect.any(String),
      tool_use_id: expect.any(String),
    });

    // The Stop hook sent the model back once with its reason; the second stop was allowed.
    expect(ms.requests).toHaveLength(4);
    const stopFeedback = JSON.stringify(ms.requests[3]?.request?.messages.at(-1));
    expect(stopFeedback).toContain('tests were not run: run them');
    // ... fenced as data, like every tool result.
    const stopText = ms.requests[3]?.request?.messages.at(-1)?.content;
    const block = Array.isArray(stopText) ? stopText[0] : undefined;
    const fenced = typeof block?.text === 'string' ? block.text : '';
    expect(unfence(fenced.replace(/^Stop hook feedback:\n/, ''))).toContain('tests were not run');
    expect(result.outcome).toBe('completed');
    expect(result.finalMessage).toBe('really done');
  });

  it('JSON permissionDecision deny blocks a Write; PostToolUse block feeds the reason back', async () => {
    const repo = await repoWithHooks();
    const ms = await serve({
      scenario: {
        turns: [
          {
            toolUses: [
              { name: 'write_file', input: { file_path: 'app/.env', content: 'X=1' } },
              { name: 'write_file', input: { file_path: 'app/main.js', content: 'let x = 1' } },
            ],
          },
          { text: 'stop 1' },
          { text: 'stop 2' },
        ],
      },
    });
    const result = await (await engineFor(ms)).run(task(repo, { hooks: true }));
    const [env, main] = lastToolResults(ms, 1);
    expect(env).toEqual({ text: expect.stringContaining('no .env files'), isError: true });
    await expect(access(path.join(repo, 'app/.env'))).rejects.toThrow();
    expect(main?.isError).toBe(false);
    expect(main?.text).toContain('PostToolUse hook feedback: lint: missing semicolon');
    const log = (await readFile(path.join(repo, 'hook-log.jsonl'), 'utf8')).trim().split('\n');
    // file_path is absolute, as Claude Code sends it.
    expect(JSON.parse(log[0] ?? '{}')).toMatchObject({
      tool_name: 'Write',
      tool_input: { file_path: path.join(repo, 'app/.env'), content: 'X=1' },
    });
    expect(result.changedFiles).toEqual(['app/main.js']);
  });

  it('does not run hooks when the task says hooks: false', async () => {
    const repo = await repoWithHooks();
    const ms = await serve({
      scenario: {
        turns: [
          { toolUses: [{ name: 'bash', input: { command: 'rm -rf data' } }] },
          { text: 'done' },
        ],
      },
    });
    const result = await (await engineFor(ms)).run(task(repo, { hooks: false }));
    await expect(access(path.join(repo, 'data/keep.txt'))).rejects.toThrow();
    expect(result.changedFiles).toEqual(['data/keep.txt']);
  });
});
