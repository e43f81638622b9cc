import { failNotAvailable } from './_not-available.js';

// Entry point of actions/triage (bundled to dist/triage/). Until the stage lands (issue #6) it fails.
await failNotAvailable('triage');
