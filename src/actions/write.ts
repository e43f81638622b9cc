import { failNotAvailable } from './_not-available.js';

// Entry point of actions/write (bundled to dist/write/). Until the stage lands (issue #6) it fails.
await failNotAvailable('write');
