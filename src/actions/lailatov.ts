import { failNotAvailable } from './_not-available.js';

// The root action routes to a stage by its `stage` input. The stage actions are not built yet
// (issue #6); until they are, fail loudly instead of ending green having done nothing.
const stage = process.env.INPUT_STAGE?.trim() || '(none)';
await failNotAvailable(`stage '${stage}'`);
