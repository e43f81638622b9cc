// The write action FROM SOURCE with the real codex and gemini CLIs (the scenario is in
// test/actions/real-clis.ts; test/actions/write-real-clis.int.test.ts runs it on the built action).
import { describeWriteWithRealClis } from '../actions/real-clis.js';

describeWriteWithRealClis({ source: true });
