import type { StageDeps } from './deps.js';
import type { Issue, IssueComment } from './ports.js';

/** Turns an issue title into a short branch-safe slug. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug === '' ? 'task' : slug;
}

export function agentBranch(issue: Pick<Issue, 'number' | 'title'>): string {
  return `agent/issue-${issue.number}-${slugify(issue.title)}`;
}

/** Where the policy, CLAUDE.md and the rules are read: the PR's base commit, else the base branch. */
export function settingsAt(deps: Pick<StageDeps, 'settingsRef'>, baseBranch: string): string {
  return deps.settingsRef ?? baseBranch;
}

/**
 * The project's own instructions, read from the BASE branch so a PR cannot rewrite the rules it
 * is judged by: CLAUDE.md and every `.claude/rules/*.md`.
 */
export async function projectInstructions(
  deps: Pick<StageDeps, 'forge' | 'settingsRef'>,
  baseBranch: string,
): Promise<string> {
  const base = settingsAt(deps, baseBranch);
  const files = [
    'CLAUDE.md',
    ...(await deps.forge.listFilesAt(base, '.claude/rules'))
      .filter((p) => p.endsWith('.md'))
      .sort(),
  ];
  const parts: string[] = [];
  for (const path of files) {
    const text = await deps.forge.readFileAt(base, path);
    if (text !== null && text.trim() !== '')
      parts.push(`### ${path} (from ${base})\n\n${text.trim()}`);
  }
  return parts.length > 0 ? parts.join('\n\n') : '(The project has no CLAUDE.md or .claude/rules.)';
}

/**
 * The comments whose text may reach a prompt: the admitted ones (see IssueComment.admitted)
 * and the suite's own, and how many others were left out.
 */
export function admittedComments(
  deps: Pick<StageDeps, 'config'>,
  issue: Issue,
): { readonly comments: readonly IssueComment[]; readonly leftOut: number } {
  const comments = issue.comments.filter((c) => c.admitted || c.author === deps.config.botLogin);
  return { comments, leftOut: issue.comments.length - comments.length };
}

/** Tells the model that comments were left out, so it does not read the thread as complete. */
export function leftOutNote(leftOut: number): string {
  if (leftOut === 0) return '';
  const s = leftOut === 1 ? ' was' : 's were';
  return `${leftOut} comment${s} left out: their authors may not steer this repository.`;
}

/** The sanitized, fenced issue thread for an engine prompt, admitted comments only. */
export function fencedIssue(deps: Pick<StageDeps, 'text' | 'config'>, issue: Issue): string {
  const { text } = deps;
  const { comments, leftOut } = admittedComments(deps, issue);
  return [
    text.fence(text.sanitize(`${issue.title}\n\n${issue.body}`), `issue #${issue.number}`),
    ...comments.map((c, i) =>
      text.fence(text.sanitize(c.body), `issue comment ${i + 1} by ${c.author}`),
    ),
    leftOutNote(leftOut),
  ]
    .filter((p) => p !== '')
    .join('\n\n');
}

/** A conventional commit type from the issue: a bug report is a fix, anything else a feature. */
export function commitType(issue: Issue): 'fix' | 'feat' {
  return issue.labels.includes('bug') ||
    /\b(bug|fix|crash|error|fails?|broken|wrong|incorrect|instead of)\b/i.test(issue.title)
    ? 'fix'
    : 'feat';
}
