// The BUILT write action (dist/write, a child process as on a runner) with the real codex and
// gemini CLIs: it finds them on PATH, as after a workflow step `npm i -g @openai/codex@0.169.0`
// (docs/providers.md). The scenario is in real-clis.ts; test/action runs it from source.
import { describeWriteWithRealClis } from './real-clis.js';

describeWriteWithRealClis({});
