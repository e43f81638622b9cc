// The actions' one entry: `runAction(stage)` with the one failure handler, the only caller of
// core.setFailed. The per-action bundles are stubs that import this module (scripts/build.mjs).
import * as core from '@actions/core';
import { isUserError } from '../core/errors.js';
import type { EntryStage } from './inputs.js';
import { runStage, StageFailure } from './run.js';

export type { EntryStage } from './inputs.js';

export async function runAction(stage: EntryStage): Promise<void> {
  try {
    await runStage(stage, process.env);
  } catch (error) {
    const name = `LailaTov ${stage}`;
    if (isUserError(error) || error instanceof StageFailure) {
      core.setFailed(`${name}: ${error.message}`);
    } else {
      // A bug or an outage: keep the stack for whoever reads the log.
      core.setFailed(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      if (error instanceof Error && error.stack) core.debug(error.stack);
    }
    try {
      await core.summary
        .addRaw(`## ${name} failed\n\n${error instanceof Error ? error.message : String(error)}\n`)
        .write();
    } catch {
      // No GITHUB_STEP_SUMMARY (a local run): the log has it.
    }
  }
}
