// One PR review per review round: inline comments on the diff lines for findings never posted
// before (matched by fingerprint, read back from earlier review comments), the rest in the review
// body, and the threads of findings that are now fixed resolved through GraphQL.
import type { TrackedFinding } from '../../stages/findings.js';
import { describeFinding } from '../../stages/findings.js';
import type { GitHubClient } from './client.js';
import { wrapApiError } from './errors.js';
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
  /** This round was posted before (a re-run): post no second review, still resolve threads. */
  readonly alreadyPosted: boolean;
  /** Fingerprints posted earlier in review bodies (line comments are read back from the PR). */
  readonly inBodyBefore: readonly string[];
  /** The PR's patches by path (from the checkout); without them the PR's files are listed. */
  readonly patches?: ReadonlyMap<string, string>;
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

interface ThreadsAnswer {
  repository: {
    pullRequest: {
      reviewThreads: {
        nodes: { id: string; isResolved: boolean; comments: { nodes: { body: string }[] } }[];
      };
    } | null;
  } | null;
}

const THREADS = `query($owner: String!, $name: String!, $pr: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $pr) {
      reviewThreads(first: 100) {
        nodes { id isResolved comments(first: 1) { nodes { body } } }
      }
    }
  }
}`;
const RESOLVE = `mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }`;

export async function postReviewRound(
  octokit: GitHubClient,
  input: ReviewRoundInput,
): Promise<ReviewRoundResult> {
  const r = { owner: input.repo.owner, repo: input.repo.repo, pull_number: input.pr };
  try {
    const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
      ...r,
      per_page: 100,
    });
    const onLines = new Set(
      comments.map((c) => FINDING_MARK.exec(c.body)?.[1]).filter((x): x is string => !!x),
    );
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
      await octokit.rest.pulls.createReview({
        ...r,
        commit_id: input.headSha,
        event: 'COMMENT',
        body,
        comments: lineComments,
      });
    }

    const fixed = new Set(
      input.findings
        .filter((f) => f.status === 'resolved' && onLines.has(f.fingerprint))
        .map((f) => f.fingerprint),
    );
    let threadsResolved = 0;
    if (fixed.size > 0) {
      const answer = await octokit.graphql<ThreadsAnswer>(THREADS, {
        owner: input.repo.owner,
        name: input.repo.repo,
        pr: input.pr,
      });
      for (const t of answer.repository?.pullRequest?.reviewThreads.nodes ?? []) {
        const fp = FINDING_MARK.exec(t.comments.nodes[0]?.body ?? '')?.[1];
        if (t.isResolved || !fp || !fixed.has(fp)) continue;
        await octokit.graphql(RESOLVE, { id: t.id });
        threadsResolved += 1;
      }
    }
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
