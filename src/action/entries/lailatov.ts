import { runAction } from '../main.js';

// The root action: the `stage` input picks the stage (auto: from the event).
await runAction('auto');
