import { appendFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type {
  CommitInfo,
  FileDiff,
  Forge,
  Issue,
  PullRequestInput,
  PullRequestRef,
} from '../../stages/ports.js';
import { UserError } from '../../core/errors.js';
import type { GitRepo } from './git.js';
import { parseIssueMarkdown, renderComment } from './issue-file.js';

export interface LocalForgeOptions {
  /** null for commands that only read the issue (triage outside a repository). */
  readonly git: GitRepo | null;
  /** The issue's Markdown file (comments are appended to it). */
  readonly issuePath: string;
  readonly issueNumber: number;
  /** Where reports and labels go: the directory of the outcome log. */
  readonly stateDir: string;
  /** Login the suite's comments are signed with. */
  readonly botLogin: string;
}

/** GitHub caps an issue body at 65,536 characters; a local issue file far beyond that is a mistake. */
export const MAX_ISSUE_FILE_BYTES = 1024 * 1024;

const PR_META = /<!-- lailatov:pr (\{.*?\}) -->/;

interface PrMeta {
  head: string;
  base: string;
  title: string;
  draft: boolean;
}

/**
 * The Forge on a laptop: the issue is a Markdown file, the repository a local git repo, and a
 * "PR" is the agent branch plus a Markdown report written next to the outcome log.
 */
export class LocalForge implements Forge {
  constructor(private readonly o: LocalForgeOptions) {}

  private get git(): GitRepo {
    if (!this.o.git) throw new UserError('this command needs a git repository: pass --repo DIR');
    return this.o.git;
  }

  /** The report file standing in for the PR of a head branch. */
  reportPath(head: string): string {
    return join(this.o.stateDir, 'reports', `${head.replace(/[^A-Za-z0-9._-]+/g, '_')}.md`);
  }

  private labelsPath(issue: number): string {
    return join(this.o.stateDir, `labels-issue-${issue}.json`);
  }

  private checkIssue(issue: number): void {
    if (issue !== this.o.issueNumber)
      throw new Error(`local forge holds issue #${this.o.issueNumber}, not #${issue}`);
  }

  async readIssue(issue: number): Promise<Issue> {
    this.checkIssue(issue);
    const { size } = await stat(this.o.issuePath).catch(() => {
      throw new UserError(`--issue ${this.o.issuePath}: no such file (the issue as Markdown)`);
    });
    if (size > MAX_ISSUE_FILE_BYTES)
      throw new UserError(
        `--issue ${this.o.issuePath}: ${size} bytes is over the ${MAX_ISSUE_FILE_BYTES}-byte limit for an issue file; trim it to the report and its comments`,
      );
    const text = await readFile(this.o.issuePath, 'utf8');
    const parsed = parseIssueMarkdown(text, this.o.issuePath, issue);
    return { ...parsed, labels: await this.readLabels(issue) };
  }

  async postComment(issue: number, body: string): Promise<void> {
    this.checkIssue(issue);
    await appendFile(this.o.issuePath, renderComment(this.o.botLogin, body));
  }

  /** The issue's labels: none when the file is absent; a damaged file is an error, never wiped. */
  private async readLabels(issue: number): Promise<string[]> {
    const path = this.labelsPath(issue);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const parsed = parseJson(text, path, 'a JSON list of label names, e.g. ["bug"]');
    if (!Array.isArray(parsed) || !parsed.every((l): l is string => typeof l === 'string'))
      throw new UserError(
        `${path}: the labels must be a JSON list of strings, e.g. ["bug"]; fix the file or delete it to drop the issue's labels`,
      );
    return parsed;
  }

  private async writeLabels(issue: number, labels: readonly string[]): Promise<void> {
    await mkdir(this.o.stateDir, { recursive: true });
    await writeFile(this.labelsPath(issue), `${JSON.stringify([...new Set(labels)].sort())}\n`);
  }

  async addLabels(issue: number, labels: readonly string[]): Promise<void> {
    this.checkIssue(issue);
    await this.writeLabels(issue, [...(await this.readLabels(issue)), ...labels]);
  }

  async removeLabels(issue: number, labels: readonly string[]): Promise<void> {
    this.checkIssue(issue);
    const drop = new Set(labels);
    await this.writeLabels(
      issue,
      (await this.readLabels(issue)).filter((l) => !drop.has(l)),
    );
  }

  branchExists(branch: string): Promise<boolean> {
    return this.git.branchExists(branch);
  }

  resolveRef(ref: string): Promise<string> {
    return this.git.resolve(ref);
  }

  commits(base: string, head: string): Promise<CommitInfo[]> {
    return this.git.commits(base, head);
  }

  changedFiles(base: string, head: string): Promise<string[]> {
    return this.git.changedFiles(base, head);
  }

  diff(base: string, head: string): Promise<FileDiff[]> {
    return this.git.diff(base, head);
  }

  readFileAt(ref: string, path: string): Promise<string | null> {
    return this.git.show(ref, path);
  }

  listFilesAt(ref: string, dir: string): Promise<string[]> {
    return this.git.listFiles(ref, dir);
  }

  async findPullRequest(head: string): Promise<PullRequestRef | null> {
    let text: string;
    try {
      text = await readFile(this.reportPath(head), 'utf8');
    } catch {
      return null;
    }
    const meta = parseMeta(text, this.reportPath(head));
    if (!meta) return null;
    return { number: null, url: this.reportPath(head), body: reportBody(text), draft: meta.draft };
  }

  async upsertPullRequest(input: PullRequestInput): Promise<PullRequestRef> {
    const existing = await this.findPullRequest(input.head);
    const meta: PrMeta = {
      head: input.head,
      base: input.base,
      title: input.title,
      draft: existing?.draft ?? true,
    };
    await this.writeReport(meta, input.body);
    return { number: null, url: this.reportPath(input.head), body: input.body, draft: meta.draft };
  }

  async markReady(head: string): Promise<void> {
    const path = this.reportPath(head);
    const text = await readFile(path, 'utf8');
    const meta = parseMeta(text, path);
    if (!meta) throw new Error(`${path} is not a LailaTov report`);
    await this.writeReport({ ...meta, draft: false }, reportBody(text));
  }

  private async writeReport(meta: PrMeta, body: string): Promise<void> {
    const path = this.reportPath(meta.head);
    await mkdir(dirname(path), { recursive: true });
    const status = meta.draft ? 'draft' : 'ready for review';
    const header =
      `# ${meta.title}\n\n` +
      `<!-- lailatov:pr ${JSON.stringify(meta)} -->\n` +
      `Branch \`${meta.head}\` → \`${meta.base}\` · Status: **${status}**\n\n---\n\n`;
    await writeFile(path, header + body);
  }
}

function parseJson(text: string, path: string, expected: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UserError(
      `${path}: not valid JSON (${(e as Error).message}); it should be ${expected}`,
    );
  }
}

/**
 * The report's `lailatov:pr` line, or null when the file has none. A damaged line is an error
 * naming the field: reading it as "no PR" would let the next run overwrite the report.
 */
function parseMeta(text: string, path: string): PrMeta | null {
  const m = PR_META.exec(text);
  if (!m?.[1]) return null;
  const shape = '{"head":"…","base":"…","title":"…","draft":true}';
  const v = parseJson(m[1], `${path} (the <!-- lailatov:pr … --> line)`, shape);
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  for (const [field, type] of [
    ['head', 'string'],
    ['base', 'string'],
    ['title', 'string'],
    ['draft', 'boolean'],
  ] as const) {
    if (typeof o[field] !== type)
      throw new UserError(
        `${path}: the <!-- lailatov:pr … --> line's "${field}" must be a ${type} (${shape}); restore it, or delete the report to open the PR afresh`,
      );
  }
  return {
    head: o.head as string,
    base: o.base as string,
    title: o.title as string,
    draft: o.draft as boolean,
  };
}

function reportBody(text: string): string {
  const at = text.indexOf('\n---\n\n');
  return at < 0 ? text : text.slice(at + '\n---\n\n'.length);
}
