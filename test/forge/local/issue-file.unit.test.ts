import { describe, expect, test } from '@jest/globals';
import { isUserError } from '../../../src/core/errors.js';
import {
  issueNumberFromPath,
  parseIssueMarkdown,
  renderComment,
} from '../../../src/forge/local/issue-file.js';

describe('parseIssueMarkdown', () => {
  test('title, body and comments in order', () => {
    const text = [
      'Some preamble that is not part of the issue.',
      '# Login fails when the password has a space',
      '',
      'Steps:',
      '1. type "a b"',
      '## Steps (a sub-heading stays in the body)',
      '',
      '## Comment by lailatov[bot]',
      '',
      'Which browser?',
      '## Comment by alice',
      'Firefox 128.',
      '',
    ].join('\n');
    const issue = parseIssueMarkdown(text, 'issue-3.md', 3);
    expect(issue).toEqual({
      number: 3,
      title: 'Login fails when the password has a space',
      body: 'Steps:\n1. type "a b"\n## Steps (a sub-heading stays in the body)',
      comments: [
        { author: 'lailatov[bot]', body: 'Which browser?', admitted: true },
        { author: 'alice', body: 'Firefox 128.', admitted: true },
      ],
      labels: [],
    });
  });

  test('CRLF line endings parse like LF', () => {
    const lf = '# Title\n\nBody line\n\n## Comment by bob\n\nA reply\n';
    expect(parseIssueMarkdown(lf.replace(/\n/g, '\r\n'), 'x.md', 1)).toEqual(
      parseIssueMarkdown(lf, 'x.md', 1),
    );
    expect(parseIssueMarkdown(lf.replace(/\n/g, '\r\n'), 'x.md', 1).comments).toEqual([
      { author: 'bob', body: 'A reply', admitted: true },
    ]);
  });

  test('no title heading: a user error that names the file and the fix', () => {
    for (const text of [
      '',
      'just text\n## Comment by bob\nhi',
      '#NoSpace',
      '## Only a sub-heading',
    ]) {
      let error: unknown;
      try {
        parseIssueMarkdown(text, 'notes/issue-9.md', 9);
      } catch (e) {
        error = e;
      }
      expect(isUserError(error)).toBe(true);
      expect((error as Error).message).toMatch(/notes\/issue-9\.md: no title.*'# '/);
    }
  });

  test('a comment heading with no login, or with extra words, is body text', () => {
    const issue = parseIssueMarkdown('# T\n## Comment by\n## Comment by two words\n', 'x', 1);
    expect(issue.comments).toEqual([]);
    expect(issue.body).toBe('## Comment by\n## Comment by two words');
  });

  test('a huge file (a million lines) parses, keeping every comment', () => {
    const lines = ['# Big'];
    for (let i = 0; i < 1000; i++) lines.push(`## Comment by u${i}`, ...Array(1000).fill('x'));
    const issue = parseIssueMarkdown(lines.join('\n'), 'big.md', 1);
    expect(issue.comments).toHaveLength(1000);
    expect(issue.comments[999]?.author).toBe('u999');
  });

  test("a rendered bot comment parses back as the bot's comment", () => {
    const text = `# T\n\nbody\n${renderComment('lailatov[bot]', '  What is X?\n\n')}`;
    expect(parseIssueMarkdown(text, 'x', 1).comments).toEqual([
      { author: 'lailatov[bot]', body: 'What is X?', admitted: true },
    ]);
  });
});

describe('issueNumberFromPath', () => {
  test('the first number in the file name, else 1', () => {
    expect(issueNumberFromPath('/a/b2/issue-42.md')).toBe(42);
    expect(issueNumberFromPath('bug.md')).toBe(1);
  });
});
