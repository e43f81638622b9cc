import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fetchWithRetry } from '../src/retry.js';

test('passes a value through', async () => assert.equal(await fetchWithRetry(async () => 7), 7));
