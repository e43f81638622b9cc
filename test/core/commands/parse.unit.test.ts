// Issue 14, Build 3: the command parser. Comments are untrusted text: only a line that starts with
// the mention (a whole login) or a known slash word, outside code and quotes, is a command.
import { describe, expect, test } from '@jest/globals';
import {
  COMMANDS,
  MAX_TEXT,
  helpText,
  normalizeMention,
  parseCommand,
} from '../../../src/core/commands/parse.js';

const parse = (body: string, mention = '@lailatov') => parseCommand(body, { mention });

describe('commands', () => {
  test('each command by mention and by slash, with its text', () => {
    expect(parse('@lailatov review')).toEqual({
      kind: 'command',
      name: 'review',
      text: '',
      via: 'mention',
    });
    expect(parse('/describe')).toEqual({
      kind: 'command',
      name: 'describe',
      text: '',
      via: 'slash',
    });
    expect(parse('@lailatov ask why is the retry capped at 3?')).toEqual({
      kind: 'command',
      name: 'ask',
      text: 'why is the retry capped at 3?',
      via: 'mention',
    });
    expect(parse('/fix rename foo to bar\nand update the docs')).toMatchObject({
      name: 'fix',
      text: 'rename foo to bar\nand update the docs',
    });
    for (const c of COMMANDS.filter((c) => c !== 'ask' && c !== 'fix'))
      expect(parse(`@lailatov ${c}`)).toMatchObject({ kind: 'command', name: c });
  });

  test('the mention alone starts the pipeline; case and punctuation do not matter', () => {
    expect(parse('@lailatov')).toMatchObject({ name: 'start' });
    expect(parse('@LailaTov: REVIEW')).toMatchObject({ name: 'review' });
    expect(parse('@lailatov, stop.')).toMatchObject({ name: 'stop' });
  });

  test('a command on a later line, after prose', () => {
    expect(parse('Thanks for this.\n\n@lailatov describe')).toMatchObject({ name: 'describe' });
  });

  test('an unknown word after the mention, or ask/fix without text, asks for help', () => {
    expect(parse('@lailatov deploy prod')).toEqual({
      kind: 'unknown',
      word: 'deploy',
      via: 'mention',
    });
    expect(parse('@lailatov ask')).toEqual({ kind: 'unknown', word: 'ask', via: 'mention' });
    expect(parse('/fix   ')).toEqual({ kind: 'unknown', word: 'fix', via: 'slash' });
  });

  test('the mention is configurable, as a login with or without @', () => {
    expect(parse('@acme-bot review', 'acme-bot')).toMatchObject({ name: 'review' });
    expect(parse('@lailatov review', 'acme-bot')).toBeNull();
    expect(normalizeMention('@Acme-Bot')).toBe('@acme-bot');
    expect(normalizeMention('not a login!')).toBeNull();
    expect(parseCommand('@x review', { mention: '$(rm -rf /)' })).toBeNull();
  });

  test('slash commands can be turned off; another bot’s /word is not ours', () => {
    expect(parseCommand('/review', { mention: 'lailatov', slash: false })).toBeNull();
    expect(parse('/improve')).toBeNull();
    expect(parse('/tmp/x is full')).toBeNull();
  });
});

describe('hostile and incidental text is not a command', () => {
  test('a mention inside a sentence, an email address, or a longer login', () => {
    expect(parse('I asked @lailatov review earlier')).toBeNull();
    expect(parse('mail me at me@lailatov.dev')).toBeNull();
    expect(parse('@lailatov-evil review')).toBeNull();
    expect(parse('@lailatovx review')).toBeNull();
  });

  test('inside fenced or indented code, a quote, or an HTML comment', () => {
    expect(parse('```\n@lailatov stop\n```')).toBeNull();
    expect(parse('~~~~\n/fix everything\n~~~\n~~~~')).toBeNull();
    expect(parse('    @lailatov stop')).toBeNull();
    expect(parse('> @lailatov stop\n> thanks')).toBeNull();
    expect(parse('<!-- @lailatov stop -->')).toBeNull();
    expect(parse('<!--\n@lailatov stop')).toBeNull();
  });

  test('an unclosed fence hides everything after it', () => {
    expect(parse('```js\ncode\n@lailatov stop')).toBeNull();
  });

  test('look-alike characters are not the mention', () => {
    expect(parse('＠lailatov stop')).toBeNull(); // fullwidth @
    expect(parse('@lailatоv stop')).toBeNull(); // Cyrillic о
    expect(parse('@lai\u200blatov stop')).toBeNull(); // zero-width space inside
  });

  test('control characters are dropped and the text is bounded', () => {
    const r = parse(`@lailatov ask what\u0000 is\u001b[31m this ${'x'.repeat(100_000)}`);
    expect(r).toMatchObject({ kind: 'command', name: 'ask' });
    if (r?.kind !== 'command') throw new Error('expected a command');
    expect(r.text.startsWith('what is[31m this')).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(MAX_TEXT);
  });

  test('an unknown word is bounded in the reply', () => {
    const r = parse(`@lailatov ${'a'.repeat(500)}`);
    expect(r).toMatchObject({ kind: 'unknown' });
    if (r?.kind !== 'unknown') throw new Error('expected unknown');
    expect(r.word.length).toBe(40);
  });

  test('a command beyond the first 64 KB is not read', () => {
    expect(parse(`${'a\n'.repeat(40_000)}@lailatov stop`)).toBeNull();
  });

  test('a body of bare slashes or glued mentions is not a command', () => {
    expect(parse('/\n'.repeat(30_000))).toBeNull();
    expect(parse('@lailatov'.repeat(5_000))).toBeNull();
  });
});

test('help lists every command with the configured mention and says who may use them', () => {
  const h = helpText('acme-bot', 'Unknown command `deploy`.');
  expect(h.startsWith('Unknown command `deploy`.')).toBe(true);
  for (const c of COMMANDS) expect(h).toContain(`\`@acme-bot ${c}`);
  expect(h).toContain('write permission');
});
