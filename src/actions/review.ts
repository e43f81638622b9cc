import { failNotAvailable } from './_not-available.js';

// Entry point of actions/review (bundled to dist/review/). Until the stage lands (issue #6) it fails.
await failNotAvailable('review');
