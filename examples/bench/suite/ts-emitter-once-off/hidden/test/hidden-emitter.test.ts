import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Emitter } from '../src/emitter.js';

type Events = { data: number };

test('off removes a listener added with once before it fires', () => {
  const e = new Emitter<Events>();
  const seen: number[] = [];
  const f = (n: number) => seen.push(n);
  e.once('data', f);
  assert.equal(e.listenerCount('data'), 1);
  e.off('data', f);
  assert.equal(e.listenerCount('data'), 0);
  assert.equal(e.emit('data', 1), false);
  assert.deepEqual(seen, []);
});

test('off removes only the listener it is given', () => {
  const e = new Emitter<Events>();
  const seen: string[] = [];
  const a = () => seen.push('a');
  const b = () => seen.push('b');
  e.once('data', a);
  e.on('data', b);
  e.off('data', a);
  e.emit('data', 1);
  assert.deepEqual(seen, ['b']);
});
