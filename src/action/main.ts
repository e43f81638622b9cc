// The actions' one entry: `runAction(stage)` with the one failure handler, the only caller of
// core.setFailed. The per-action bundles are stubs that import this module (scripts/build.mjs).
import { isUserError } from '../core/errors.js';
import { GitHubApiError, isApiError } from '../forge/github/errors.js';
import type { EntryStage } from './inputs.js';
import { runStage, StageFailure } from './run.js';

export type { EntryStage } from './inputs.js';

/** The message for a failure: an API error names the call, its status and what to do. */
export function failureMessage(error: unknown): string {
  // Already explained where the call was made (which call, what to do): not wrapped again.
  if (error instanceof GitHubApiError) return error.message;
  if (isApiError(error)) {
    const path = error.request?.url ? new URL(error.request.url).pathname : '(unknown URL)';
    return `GitHub answered ${error.status} (${error.message}) to ${error.request?.method ?? 'a request'} ${path}, after the client's retries. This is an outage or a bug, not your configuration: re-run the job once GitHub answers.`;
  }
  return error instanceof Error ? error.message : String(error);
}

export async function runAction(stage: EntryStage): Promise<void> {
  try {
    await runStage(stage, process.env);
  } catch (error) {
    const core = await import('@actions/core');
    // The root action names the stage it was asked for.
    const name =
      stage === 'auto'
        ? `LailaTov stage '${process.env.INPUT_STAGE?.trim() || 'auto'}'`
        : `LailaTov ${stage}`;
    if (isUserError(error) || error instanceof StageFailure) {
      core.setFailed(`${name}: ${error.message}`);
    } else {
      // A bug or an outage: keep the stack for whoever reads the log.
      core.setFailed(`${name}: ${failureMessage(error)}`);
      if (error instanceof Error && error.stack) core.debug(error.stack);
    }
    try {
      await core.summary.addRaw(`## ${name} failed\n\n${failureMessage(error)}\n`).write();
    } catch {
      // No GITHUB_STEP_SUMMARY (a local run): the log has it.
    }
  }
}
