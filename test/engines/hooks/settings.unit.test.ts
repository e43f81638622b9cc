import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import { matcherMatches, parseHookSettings } from '../../../src/engines/hooks/index.js';

describe('hook settings', () => {
  it('parses command hooks per event, with Claude Code default timeout, and lists what it skips', () => {
    const s = parseHookSettings(
      JSON.stringify({
        _comment: 'extra keys are fine',
        hooks: {
          PreToolUse: [
            {
              matcher: 'Bash',
              hooks: [{ type: 'command', command: 'guard.sh', description: 'x' }],
            },
          ],
          PostToolUse: [
            { matcher: 'Edit|Write', hooks: [{ type: 'command', command: 'lint.sh', timeout: 5 }] },
          ],
          Stop: [{ hooks: [{ type: 'prompt', prompt: 'check' }] }],
          SessionStart: [{ hooks: [{ type: 'command', command: 'env.sh' }] }],
        },
      }),
      'settings.json',
    );
    expect(s.events.PreToolUse).toEqual([
      { matcher: 'Bash', commands: [{ command: 'guard.sh', timeoutSec: 60 }] },
    ]);
    expect(s.events.PostToolUse[0]?.commands[0]?.timeoutSec).toBe(5);
    expect(s.events.Stop).toEqual([{ matcher: '', commands: [] }]);
    expect(s.skipped).toEqual([
      'Stop handler of type "prompt"',
      'SessionStart (event not supported by the anthropic engine)',
    ]);
  });

  it('rejects bad JSON and bad shapes with the file and field named', () => {
    expect(() => parseHookSettings('{', '.claude/settings.json')).toThrow(
      /\.claude\/settings\.json is not valid JSON/,
    );
    expect(() => parseHookSettings('{"hooks":{"PreToolUse":[{"hooks":"x"}]}}', 'f.json')).toThrow(
      UserError,
    );
    expect(() => parseHookSettings('{"hooks":{"PreToolUse":[{"hooks":"x"}]}}', 'f.json')).toThrow(
      /PreToolUse\.0\.hooks/,
    );
    expect(() =>
      parseHookSettings('{"hooks":{"PreToolUse":[{"matcher":"(","hooks":[]}]}}', 'f.json'),
    ).toThrow(/matcher "\(" is not a valid regular expression/);
  });

  it('matches tool names as Claude Code does', () => {
    expect(matcherMatches('', 'Bash')).toBe(true);
    expect(matcherMatches('*', 'Write')).toBe(true);
    expect(matcherMatches('Bash', 'Bash')).toBe(true);
    expect(matcherMatches('Bash', 'BashOutput')).toBe(false);
    expect(matcherMatches('Edit|Write', 'Write')).toBe(true);
    expect(matcherMatches('Edit|Write', 'Read')).toBe(false);
    expect(matcherMatches('Notebook.*', 'NotebookEdit')).toBe(true);
    expect(matcherMatches('^(Read|Grep)$', 'Glob')).toBe(false);
  });
});
