import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Emitter } from '../src/emitter.js';

type Events = { data: number; end: undefined };

test('on calls the listener on every emit, off stops it', () => {
  const e = new Emitter<Events>();
  const seen: number[] = [];
  const f = (n: number) => seen.push(n);
  e.on('data', f);
  e.emit('data', 1);
  e.emit('data', 2);
  e.off('data', f);
  e.emit('data', 3);
  assert.deepEqual(seen, [1, 2]);
});

test('once calls the listener on the next emit only', () => {
  const e = new Emitter<Events>();
  let calls = 0;
  e.once('end', () => calls++);
  assert.equal(e.emit('end', undefined), true);
  assert.equal(e.emit('end', undefined), false);
  assert.equal(calls, 1);
});
