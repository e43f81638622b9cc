import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LruCache } from '../src/index.js';

test('evicts the least recently used', () => {
  const c = new LruCache(2);
  c.set('a', 1);
  c.set('b', 2);
  assert.equal(c.get('a'), 1);
  c.set('c', 3);
  assert.equal(c.get('b'), undefined);
  assert.equal(c.get('a'), 1);
  assert.equal(c.size, 2);
});
