import { test } from 'node:test';
import assert from 'node:assert/strict';
import { truncate } from '../src/truncate.js';

test('a short text is kept as it is', () => {
  assert.equal(truncate('hello', 10), 'hello');
  assert.equal(truncate('hello', 5), 'hello');
});

test('a long text ends with an ellipsis', () => {
  assert.equal(truncate('hello world', 8).endsWith('…'), true);
});
