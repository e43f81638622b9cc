import { failNotAvailable } from './_not-available.js';

// Entry point of actions/remediate (bundled to dist/remediate/). Until the stage lands (issue #6) it fails.
await failNotAvailable('remediate');
