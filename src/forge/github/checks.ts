// The `LailaTov review` check run on the PR head: annotations for findings on lines, and a
// conclusion that is never a false green (`neutral` when our own infrastructure failed).
import type { TrackedFinding } from '../../stages/findings.js';
import type { GitHubClient } from './client.js';
import { wrapApiError } from './errors.js';
import { fullName, type RepoRef } from './repo.js';

export const REVIEW_CHECK_NAME = 'LailaTov review';
/** GitHub takes at most 50 annotations per create/update request. */
const ANNOTATIONS_PER_REQUEST = 50;

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'action_required';

export interface ReviewCheckInput {
  readonly repo: RepoRef;
  readonly headSha: string;
  readonly conclusion: CheckConclusion;
  readonly title: string;
  readonly summary: string;
  readonly findings: readonly TrackedFinding[];
  readonly detailsUrl?: string;
}

type Level = 'failure' | 'warning' | 'notice';
const LEVEL: Record<TrackedFinding['severity'], Level> = {
  blocking: 'failure',
  major: 'failure',
  minor: 'warning',
  nit: 'notice',
};

export function annotationsOf(findings: readonly TrackedFinding[]): {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: Level;
  title: string;
  message: string;
}[] {
  return findings
    .filter((f) => f.status === 'open' && f.path !== null && f.lines !== null)
    .map((f) => ({
      path: f.path ?? '',
      start_line: f.lines?.start ?? 1,
      end_line: f.lines?.end ?? 1,
      annotation_level: LEVEL[f.severity],
      title: `${f.severity}: ${f.rule}`,
      message: f.message,
    }));
}

/** Creates the completed check run, then adds annotations beyond the first 50 in batches. */
export async function publishReviewCheck(
  octokit: GitHubClient,
  input: ReviewCheckInput,
): Promise<{ readonly id: number; readonly url: string }> {
  const r = { owner: input.repo.owner, repo: input.repo.repo };
  const all = annotationsOf(input.findings);
  const output = (annotations: typeof all) => ({
    title: input.title,
    summary: input.summary.slice(0, 65_000),
    annotations,
  });
  try {
    const { data } = await octokit.rest.checks.create({
      ...r,
      name: REVIEW_CHECK_NAME,
      head_sha: input.headSha,
      status: 'completed',
      conclusion: input.conclusion,
      ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
      output: output(all.slice(0, ANNOTATIONS_PER_REQUEST)),
    });
    for (let i = ANNOTATIONS_PER_REQUEST; i < all.length; i += ANNOTATIONS_PER_REQUEST) {
      await octokit.rest.checks.update({
        ...r,
        check_run_id: data.id,
        output: output(all.slice(i, i + ANNOTATIONS_PER_REQUEST)),
      });
    }
    return { id: data.id, url: data.html_url ?? '' };
  } catch (error) {
    throw wrapApiError(error, { repo: fullName(input.repo), doing: 'publishing the review check' });
  }
}
