import * as core from '@actions/core';

// The root action routes to a stage by its `stage` input. The stage actions are not built yet;
// until they are, fail loudly instead of ending green having done nothing.
export async function run(): Promise<void> {
  const stage = core.getInput('stage') || '(none)';
  core.setFailed(`LailaTov: stage '${stage}' is not available in this version yet.`);
}

await run();
