import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fetchWithRetry } from '../src/retry.js';
import { delay } from '../src/backoff.js';

test('retries then succeeds', async () => {
  let n = 0;
  const waits = [];
  const v = await fetchWithRetry(async () => { if (n++ < 2) throw new Error('x'); return 'ok'; }, { retries: 3, sleep: async (ms) => waits.push(ms) });
  assert.equal(v, 'ok');
  assert.deepEqual(waits, [100, 200]);
});
test('gives up with the last error', async () => {
  let n = 0;
  await assert.rejects(fetchWithRetry(async () => { throw new Error(`e${n++}`); }, { retries: 1, sleep: async () => {} }), /e1/);
});
test('delay', () => assert.equal(delay(3), 800));
