// The learn PR on GitHub: proposed rules on `agent/learn-<date>`, for a human to review (never
// merged by the suite). Its identity is the evidence fingerprint in a hidden marker of its body:
// a PR (open, closed or merged) that already carries this evidence means there is nothing new to
// propose; new evidence updates the open learn PR, or opens one when none is open.
import { evidenceOf } from '../../core/learn/render.js';
import type { GitHubClient } from './client.js';
import { hasStatus, wrapApiError } from './errors.js';
import { fullName, type RepoRef } from './repo.js';

export const LEARN_BRANCH_PREFIX = 'agent/learn-';

export interface LearnPrRequest {
  readonly octokit: GitHubClient;
  readonly repo: RepoRef;
  /** The files the PR proposes (only `.claude/rules/learned.md` today), path → content. */
  readonly files: Readonly<Record<string, string>>;
  readonly title: string;
  /** Must carry the evidence marker (renderLearnPrBody). */
  readonly body: string;
  readonly fingerprint: string;
  /** YYYY-MM-DD, for the branch name. */
  readonly date: string;
  /** The base branch; the repository's default branch when absent. */
  readonly base?: string;
}

export interface LearnPrResult {
  readonly action: 'opened' | 'updated' | 'unchanged';
  readonly number: number;
  readonly url: string;
  readonly branch: string;
}

interface PullSummary {
  readonly number: number;
  readonly html_url: string;
  readonly state: string;
  readonly body: string | null;
  readonly head: { readonly ref: string };
}

export async function proposeLearnedRules(req: LearnPrRequest): Promise<LearnPrResult> {
  try {
    return await propose(req);
  } catch (e) {
    throw wrapApiError(e, { repo: fullName(req.repo), doing: 'proposing learned rules' });
  }
}

async function propose(req: LearnPrRequest): Promise<LearnPrResult> {
  const { octokit, repo } = req;
  const pulls = (await octokit.paginate(octokit.rest.pulls.list, {
    ...repo,
    state: 'all',
    per_page: 100,
  })) as PullSummary[];
  const learn = pulls.filter((p) => p.head.ref.startsWith(LEARN_BRANCH_PREFIX));
  const same = learn.find((p) => evidenceOf(p.body) === req.fingerprint);
  if (same !== undefined)
    return { action: 'unchanged', number: same.number, url: same.html_url, branch: same.head.ref };
  const open = learn.filter((p) => p.state === 'open').sort((a, b) => b.number - a.number)[0];
  if (open !== undefined) {
    await commitFiles(req, open.head.ref, 'learn: new evidence for the proposed rules');
    await octokit.rest.pulls.update({
      ...repo,
      pull_number: open.number,
      title: req.title,
      body: req.body,
    });
    return { action: 'updated', number: open.number, url: open.html_url, branch: open.head.ref };
  }
  const base = req.base ?? (await octokit.rest.repos.get({ ...repo })).data.default_branch;
  const baseSha = (await octokit.rest.git.getRef({ ...repo, ref: `heads/${base}` })).data.object
    .sha;
  const branch = await freeBranchName(req);
  const commit = await writeCommit(req, baseSha, 'learn: propose rules from the outcome log');
  await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit });
  const { data: pr } = await octokit.rest.pulls.create({
    ...repo,
    head: branch,
    base,
    title: req.title,
    body: req.body,
  });
  return { action: 'opened', number: pr.number, url: pr.html_url, branch };
}

/** `agent/learn-<date>`, or `-2`, `-3`... when a branch of that day is left from a closed PR. */
async function freeBranchName(req: LearnPrRequest): Promise<string> {
  const { data } = await req.octokit.rest.git.listMatchingRefs({
    ...req.repo,
    ref: `heads/${LEARN_BRANCH_PREFIX}${req.date}`,
  });
  const taken = new Set(data.map((r) => r.ref.replace(/^refs\/heads\//, '')));
  let name = `${LEARN_BRANCH_PREFIX}${req.date}`;
  for (let k = 2; taken.has(name); k++) name = `${LEARN_BRANCH_PREFIX}${req.date}-${k}`;
  return name;
}

/** A commit with the files on top of `parent` (Git Data API: no checkout, no git process). */
async function writeCommit(req: LearnPrRequest, parent: string, message: string): Promise<string> {
  const { octokit, repo } = req;
  const { data: parentCommit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: parent });
  const { data: tree } = await octokit.rest.git.createTree({
    ...repo,
    base_tree: parentCommit.tree.sha,
    tree: Object.entries(req.files).map(([path, content]) => ({
      path,
      mode: '100644' as const,
      type: 'blob' as const,
      content,
    })),
  });
  const { data: commit } = await octokit.rest.git.createCommit({
    ...repo,
    message,
    tree: tree.sha,
    parents: [parent],
  });
  return commit.sha;
}

/** Adds a commit to the learn branch; a branch that moved meanwhile is read again once. */
async function commitFiles(req: LearnPrRequest, branch: string, message: string): Promise<void> {
  const { octokit, repo } = req;
  for (let attempt = 1; ; attempt++) {
    const head = (await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` })).data.object
      .sha;
    const sha = await writeCommit(req, head, message);
    try {
      await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false });
      return;
    } catch (e) {
      // 422: someone (a human editing the proposal) pushed in between; build on their commit.
      if (!hasStatus(e, 422) || attempt >= 3) throw e;
    }
  }
}
