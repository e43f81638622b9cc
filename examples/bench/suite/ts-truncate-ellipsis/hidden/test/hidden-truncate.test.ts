import { test } from 'node:test';
import assert from 'node:assert/strict';
import { truncate } from '../src/truncate.js';

test('the ellipsis counts towards the limit', () => {
  assert.equal(truncate('hello world', 8), 'hello w…');
  assert.equal(truncate('hello world', 8).length, 8);
  assert.equal(truncate('abcdef', 1), '…');
});

test('a text of exactly the limit is kept', () => {
  assert.equal(truncate('abcdefgh', 8), 'abcdefgh');
});
