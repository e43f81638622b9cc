import { appendFile } from 'node:fs/promises';

// Written against the runner's file and stdout protocol rather than @actions/core: core bundles
// an HTTP client (about 1.1 MB per action) that a step which only fails does not need.

/** Escapes a workflow-command message (the runner decodes %25, %0D and %0A). */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/**
 * The one failure path of an action whose stage is not built yet (issue #6). It fails the step
 * and says so in the job summary: a run that did nothing must never end green.
 */
export async function failNotAvailable(action: string): Promise<void> {
  const message = `LailaTov ${action}: not available in this version yet (the stage actions are being built, issue #6). Nothing was done.`;
  process.stdout.write(`::error::${escapeData(message)}\n`);
  process.exitCode = 1;
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) await appendFile(summary, `### LailaTov ${action}\n\n${message}\n`);
}
