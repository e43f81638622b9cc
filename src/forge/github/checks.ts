// The `LailaTov review` check run on the PR head: started `in_progress` when a review begins,
// then completed in place with its conclusion and annotations for findings on lines. It is never
// a false green: `neutral` when our own infrastructure failed.
import type { TrackedFinding } from '../../core/findings.js';
import type { GitHubClient } from './client.js';
import { wrapApiError } from './errors.js';
import type { MutationBatch, Queued } from './mutation-batch.js';
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

/** A check run created `in_progress`, to be completed by completeReviewCheck. */
export interface StartedCheck {
  readonly id: number;
  readonly headSha: string;
  /** Its node id, when it was created through GraphQL (then it can be completed in a batch). */
  readonly nodeId?: string;
}

/** The same check run start, queued in a batch of mutations (GraphQL's createCheckRun). */
export function queueReviewCheck(
  batch: MutationBatch,
  input: { repositoryId: string; headSha: string; title: string; detailsUrl?: string },
): () => StartedCheck {
  const queued: Queued<{ checkRun: { id: string; databaseId: number } }> = batch.add({
    field: 'createCheckRun',
    inputType: 'CreateCheckRunInput',
    input: {
      repositoryId: input.repositoryId,
      name: REVIEW_CHECK_NAME,
      headSha: input.headSha,
      status: 'IN_PROGRESS',
      ...(input.detailsUrl ? { detailsUrl: input.detailsUrl } : {}),
      output: { title: input.title, summary: STARTED_SUMMARY },
    },
    select: 'checkRun { id databaseId }',
    doing: 'starting the review check',
  });
  return () => {
    const { checkRun } = queued.value();
    return { id: checkRun.databaseId, headSha: input.headSha, nodeId: checkRun.id };
  };
}

/**
 * Queues the completion of a check started through GraphQL, when one request can carry it (same
 * head, at most 50 annotations); false when it must go through completeReviewCheck.
 */
export function queueCheckCompletion(
  batch: MutationBatch,
  repositoryId: string | null,
  started: StartedCheck,
  input: ReviewCheckInput,
): boolean {
  const annotations = annotationsOf(input.findings);
  if (
    repositoryId === null ||
    started.nodeId === undefined ||
    input.headSha !== started.headSha ||
    annotations.length > ANNOTATIONS_PER_REQUEST
  )
    return false;
  batch.add({
    field: 'updateCheckRun',
    inputType: 'UpdateCheckRunInput',
    input: {
      repositoryId,
      checkRunId: started.nodeId,
      status: 'COMPLETED',
      conclusion: input.conclusion.toUpperCase(),
      output: {
        title: input.title,
        summary: input.summary.slice(0, 65_000),
        annotations: annotations.map((a) => ({
          path: a.path,
          location: { startLine: a.start_line, endLine: a.end_line },
          annotationLevel: a.annotation_level.toUpperCase(),
          title: a.title,
          message: a.message,
        })),
      },
    },
    select: 'checkRun { id }',
    doing: 'publishing the review check',
  });
  return true;
}

const STARTED_SUMMARY = 'LailaTov is reviewing this commit.';

type Level = 'failure' | 'warning' | 'notice';
const LEVEL: Record<TrackedFinding['severity'], Level> = {
  blocking: 'failure',
  major: 'failure',
  minor: 'warning',
  nit: 'notice',
};

type Annotation = ReturnType<typeof annotationsOf>[number];
type Output = { title: string; summary: string; annotations: Annotation[] };

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

const call = async <T>(repo: RepoRef, doing: string, fn: () => Promise<T>): Promise<T> => {
  try {
    return await fn();
  } catch (error) {
    throw wrapApiError(error, { repo: fullName(repo), doing });
  }
};

/**
 * Sends the conclusion and the first 50 annotations with `first` (a create or an update), then
 * the rest in batches of 50 as updates of the same check run.
 */
async function sendConclusion(
  octokit: GitHubClient,
  input: ReviewCheckInput,
  first: (output: Output) => Promise<{ id: number; html_url: string | null }>,
): Promise<{ readonly id: number; readonly url: string }> {
  const r = { owner: input.repo.owner, repo: input.repo.repo };
  const all = annotationsOf(input.findings);
  const output = (annotations: Annotation[]): Output => ({
    title: input.title,
    summary: input.summary.slice(0, 65_000),
    annotations,
  });
  return call(input.repo, 'publishing the review check', async () => {
    const data = await first(output(all.slice(0, ANNOTATIONS_PER_REQUEST)));
    for (let i = ANNOTATIONS_PER_REQUEST; i < all.length; i += ANNOTATIONS_PER_REQUEST) {
      await octokit.rest.checks.update({
        ...r,
        check_run_id: data.id,
        output: output(all.slice(i, i + ANNOTATIONS_PER_REQUEST)),
      });
    }
    return { id: data.id, url: data.html_url ?? '' };
  });
}

/** Creates the check run `in_progress` on the head the review starts from. */
export async function startReviewCheck(
  octokit: GitHubClient,
  input: { repo: RepoRef; headSha: string; title: string; detailsUrl?: string },
): Promise<StartedCheck> {
  const { data } = await call(input.repo, 'starting the review check', () =>
    octokit.rest.checks.create({
      owner: input.repo.owner,
      repo: input.repo.repo,
      name: REVIEW_CHECK_NAME,
      head_sha: input.headSha,
      status: 'in_progress',
      ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
      output: { title: input.title, summary: STARTED_SUMMARY },
    }),
  );
  return { id: data.id, headSha: input.headSha };
}

/** Creates a completed check run in one go (a run that started none, e.g. a failed remediation). */
export function publishReviewCheck(
  octokit: GitHubClient,
  input: ReviewCheckInput,
): Promise<{ readonly id: number; readonly url: string }> {
  return sendConclusion(octokit, input, async (output) => {
    const { data } = await octokit.rest.checks.create({
      owner: input.repo.owner,
      repo: input.repo.repo,
      name: REVIEW_CHECK_NAME,
      head_sha: input.headSha,
      status: 'completed',
      conclusion: input.conclusion,
      ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
      output,
    });
    return data;
  });
}

/**
 * Completes the started check run in place. When the review ended on another head (the branch
 * moved while it ran), the started one ends `neutral` and the reviewed head gets its own check:
 * a verdict is never shown on a commit it was not made for.
 */
export async function completeReviewCheck(
  octokit: GitHubClient,
  started: StartedCheck,
  input: ReviewCheckInput,
): Promise<{ readonly id: number; readonly url: string }> {
  const update = (i: ReviewCheckInput) =>
    sendConclusion(octokit, i, async (output) => {
      const { data } = await octokit.rest.checks.update({
        owner: i.repo.owner,
        repo: i.repo.repo,
        check_run_id: started.id,
        status: 'completed',
        conclusion: i.conclusion,
        output,
      });
      return data;
    });
  if (input.headSha === started.headSha) return update(input);
  await update({
    ...input,
    conclusion: 'neutral',
    title: 'superseded: the branch moved during the review',
    summary: `The review ran on ${input.headSha}; its check is on that commit.`,
    findings: [],
  });
  return publishReviewCheck(octokit, input);
}
