// One PR review per review round: inline comments on the diff lines for findings never posted
// before (matched by fingerprint, read back from the PR's review threads through GraphQL), the
// rest in the review body, and the threads of findings that are now fixed resolved.
import type { TrackedFinding } from '../../core/findings.js';
import { listReviewThreads } from './review-threads.js';
import { describeFinding } from '../../core/findings.js';
import type { GitHubClient } from './client.js';
import { wrapApiError } from './errors.js';
import type { MutationBatch } from './mutation-batch.js';
import { fullName, type RepoRef } from './repo.js';

const FINDING_MARK = /<!-- lailatov:finding:([0-9a-f]{6,64}) -->/;
const findingMark = (fp: string): string => `<!-- lailatov:finding:${fp} -->`;
const reviewMark = (round: number, sha: string): string =>
  `<!-- lailatov:review round=${round} head=${sha} -->`;

/** Right-side line numbers a review comment may point at, per file (added and context lines). */
export function commentableLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk?.[1]) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0 || line.startsWith('\\')) continue;
    if (line.startsWith('-')) continue;
    if (line.startsWith('+') || line.startsWith(' ') || line === '') {
      lines.add(next);
      next += 1;
    }
  }
  return lines;
}

/**
 * The body of an inline comment. A suggestion fenced as code becomes a ```suggestion block that
 * replaces the commented lines; prose stays prose (a suggestion block of prose would replace code).
 */
export function findingCommentBody(f: TrackedFinding): string {
  const parts = [`**${f.severity}** · \`${f.rule}\`: ${f.message}`];
  const code = f.suggestion ? /^```[\w-]*\n([\s\S]*?)\n?```\s*$/.exec(f.suggestion.trim()) : null;
  if (code && code[1] !== undefined && code[1].split('\n').length <= 12)
    parts.push(`\`\`\`suggestion\n${code[1]}\n\`\`\``);
  else if (f.suggestion) parts.push(`Suggestion: ${f.suggestion}`);
  parts.push(findingMark(f.fingerprint));
  return parts.join('\n\n');
}

export interface ReviewRoundInput {
  readonly repo: RepoRef;
  readonly pr: number;
  readonly headSha: string;
  readonly round: number;
  /** Every finding the pipeline tracks; open ones are posted once, resolved ones close threads. */
  readonly findings: readonly TrackedFinding[];
  /** The verdict paragraph for the review body. */
  readonly summary: string;
  /** The PR's finding threads, when this run read them already (with the PR): no query then. */
  readonly threads?: readonly FindingThread[];
  /** This round was posted before (a re-run): post no second review, still resolve threads. */
  readonly alreadyPosted: boolean;
  /** Fingerprints posted earlier in review bodies (line comments are read back from the PR). */
  readonly inBodyBefore: readonly string[];
  /** The PR's patches by path (from the checkout); without them the PR's files are listed. */
  readonly patches?: ReadonlyMap<string, string>;
  /**
   * Queue the review and the thread resolutions in this batch (GraphQL's addPullRequestReview
   * and resolveReviewThread, sent with the stage's other writes) instead of sending them now.
   */
  readonly batch?: { readonly mutations: MutationBatch; readonly pullNodeId: string };
}

export interface ReviewRoundResult {
  readonly posted: boolean;
  readonly inline: number;
  readonly inBody: number;
  readonly duplicatesSkipped: number;
  readonly threadsResolved: number;
  /** Fingerprints this round put in the review body. */
  readonly inBodyPosted: readonly string[];
}

export interface FindingThread {
  readonly id: string;
  readonly isResolved: boolean;
  readonly fingerprint: string;
}

/** A review thread as GraphQL gives it, if its first comment is one of our findings. */
export function findingThreadOf(t: {
  readonly id: string;
  readonly isResolved: boolean;
  readonly comments: { readonly nodes: readonly { readonly body: string }[] };
}): FindingThread | null {
  const fingerprint = FINDING_MARK.exec(t.comments.nodes[0]?.body ?? '')?.[1];
  return fingerprint ? { id: t.id, isResolved: t.isResolved, fingerprint } : null;
}

/** The PR's review threads that start with a finding comment of ours (every page). */
async function findingThreads(
  octokit: GitHubClient,
  repo: RepoRef,
  pr: number,
): Promise<FindingThread[]> {
  const threads = await listReviewThreads(octokit, repo, pr);
  return threads.flatMap((t) => {
    const found = findingThreadOf({
      id: t.id,
      isResolved: t.isResolved,
      comments: { nodes: t.comments.slice(0, 1) },
    });
    return found ? [found] : [];
  });
}

/** Resolves threads, all in one mutation (GitHub runs the aliased fields in order). */
export async function resolveThreads(octokit: GitHubClient, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const vars = ids.map((_, i) => `$t${i}: ID!`).join(', ');
  const fields = ids
    .map((_, i) => `t${i}: resolveReviewThread(input: { threadId: $t${i} }) { thread { id } }`)
    .join('\n  ');
  await octokit.graphql(
    `mutation(${vars}) {\n  ${fields}\n}`,
    Object.fromEntries(ids.map((id, i) => [`t${i}`, id])),
  );
}

export async function postReviewRound(
  octokit: GitHubClient,
  input: ReviewRoundInput,
): Promise<ReviewRoundResult> {
  const r = { owner: input.repo.owner, repo: input.repo.repo, pull_number: input.pr };
  try {
    const threads = input.threads ?? (await findingThreads(octokit, input.repo, input.pr));
    const onLines = new Set(threads.map((t) => t.fingerprint));
    const seen = new Set([...onLines, ...input.inBodyBefore]);
    const mark = reviewMark(input.round, input.headSha);
    const already = input.alreadyPosted;
    const fresh = input.findings.filter((f) => f.status === 'open' && !seen.has(f.fingerprint));
    const duplicatesSkipped = input.findings.filter(
      (f) => f.status === 'open' && seen.has(f.fingerprint),
    ).length;

    let inline = 0;
    const inBodyPosted: string[] = [];
    if (!already) {
      const withLines = fresh.filter((f) => f.path !== null && f.lines !== null);
      const patches =
        input.patches ??
        new Map(
          (withLines.length
            ? await octokit.paginate(octokit.rest.pulls.listFiles, { ...r, per_page: 100 })
            : []
          ).map((f) => [f.filename, f.patch ?? '']),
        );
      const byPath = new Map([...patches].map(([path, patch]) => [path, commentableLines(patch)]));
      const lineComments: {
        path: string;
        line: number;
        start_line?: number;
        side: 'RIGHT';
        start_side?: 'RIGHT';
        body: string;
      }[] = [];
      const bodyItems: string[] = [];
      for (const f of fresh) {
        const ok = f.path && f.lines ? byPath.get(f.path) : undefined;
        const lines = f.lines;
        if (ok && lines && ok.has(lines.end) && ok.has(lines.start)) {
          lineComments.push({
            path: f.path ?? '',
            line: lines.end,
            side: 'RIGHT',
            ...(lines.start < lines.end ? { start_line: lines.start, start_side: 'RIGHT' } : {}),
            body: findingCommentBody(f),
          });
        } else {
          bodyItems.push(`- ${describeFinding(f)}`);
          inBodyPosted.push(f.fingerprint);
        }
      }
      inline = lineComments.length;
      const body = [
        `### LailaTov review · round ${input.round}`,
        input.summary,
        ...(bodyItems.length ? ['**Findings outside the diff lines:**', ...bodyItems] : []),
        ...(duplicatesSkipped
          ? [`${duplicatesSkipped} finding(s) already commented on are still open.`]
          : []),
        mark,
      ].join('\n\n');
      // COMMENT, never APPROVE: a human approves and merges.
      if (input.batch)
        input.batch.mutations.add({
          field: 'addPullRequestReview',
          inputType: 'AddPullRequestReviewInput',
          input: {
            pullRequestId: input.batch.pullNodeId,
            commitOID: input.headSha,
            event: 'COMMENT',
            body,
            threads: lineComments.map((c) => ({
              path: c.path,
              line: c.line,
              side: c.side,
              ...(c.start_line !== undefined && { startLine: c.start_line, startSide: 'RIGHT' }),
              body: c.body,
            })),
          },
          select: 'pullRequestReview { id }',
          doing: `posting the review of PR #${input.pr}`,
        });
      else
        await octokit.rest.pulls.createReview({
          ...r,
          commit_id: input.headSha,
          event: 'COMMENT',
          body,
          comments: lineComments,
        });
    }

    const fixed = new Set(
      input.findings.filter((f) => f.status === 'resolved').map((f) => f.fingerprint),
    );
    const toResolve = threads.filter((t) => !t.isResolved && fixed.has(t.fingerprint));
    if (input.batch)
      for (const t of toResolve)
        input.batch.mutations.add({
          field: 'resolveReviewThread',
          inputType: 'ResolveReviewThreadInput',
          input: { threadId: t.id },
          select: 'thread { id }',
          doing: `resolving a fixed finding's thread on PR #${input.pr}`,
        });
    else
      await resolveThreads(
        octokit,
        toResolve.map((t) => t.id),
      );
    const threadsResolved = toResolve.length;
    return {
      posted: !already,
      inline,
      inBody: inBodyPosted.length,
      duplicatesSkipped,
      threadsResolved,
      inBodyPosted,
    };
  } catch (error) {
    throw wrapApiError(error, {
      repo: fullName(input.repo),
      doing: `posting the review of PR #${input.pr}`,
    });
  }
}
