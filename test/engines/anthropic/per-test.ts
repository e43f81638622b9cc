// A model server for each test, closed after it; the test's repository goes with the file's
// temp dirs (tempDir). Apart from helpers.ts, which the benches import outside jest.
import { afterEach } from '@jest/globals';
import {
  startModelServer,
  type ModelServer,
  type ModelServerOptions,
} from '../../support/model/index.js';

/** Call at the top of a test file: `serve(options)` starts the current test's server. */
export function modelServerPerTest(): (options: ModelServerOptions) => Promise<ModelServer> {
  let current: ModelServer | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (options) => (current = await startModelServer(options));
}
