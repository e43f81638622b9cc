import { basename } from 'node:path';
import { UserError } from '../../core/errors.js';
import type { Issue, IssueComment } from '../../stages/ports.js';

/**
 * A local issue is a Markdown file: the first `# ` heading is the title, the text after it is
 * the body, and `## Comment by <login>` headings start comments (oldest first). The suite adds
 * its own comments (questions) the same way, so a user replies by adding a heading below.
 */
const COMMENT_HEADING = /^## Comment by (\S+)\s*$/;

export function parseIssueMarkdown(text: string, source: string, number: number): Issue {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const titleAt = lines.findIndex((l) => /^# \S/.test(l));
  if (titleAt < 0) {
    throw new UserError(
      `${source}: no title. The first '# ' heading is the issue's title; add one, e.g. '# Login fails when ...'.`,
    );
  }
  const title = (lines[titleAt] ?? '').slice(2).trim();
  const bodyLines: string[] = [];
  const comments: { author: string; lines: string[] }[] = [];
  for (const line of lines.slice(titleAt + 1)) {
    const heading = COMMENT_HEADING.exec(line);
    if (heading) comments.push({ author: heading[1] ?? '', lines: [] });
    else (comments.at(-1)?.lines ?? bodyLines).push(line);
  }
  return {
    number,
    title,
    body: bodyLines.join('\n').trim(),
    comments: comments.map((c): IssueComment => ({
      author: c.author,
      body: c.lines.join('\n').trim(),
      // The issue file is the user's own, on their own machine: every comment in it is theirs.
      admitted: true,
    })),
    labels: [],
  };
}

/** The issue number: the first number in the file name (`issue-42.md` → 42), else 1. */
export function issueNumberFromPath(path: string): number {
  const m = /(\d+)/.exec(basename(path));
  return m ? Number(m[1]) : 1;
}

export function renderComment(author: string, body: string): string {
  return `\n## Comment by ${author}\n\n${body.trim()}\n`;
}
