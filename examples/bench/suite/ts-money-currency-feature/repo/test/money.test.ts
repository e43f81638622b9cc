import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Money } from '../src/index.js';

test('amounts of one currency add up', () => {
  const sum = new Money(1050, 'EUR').add(new Money(275, 'EUR'));
  assert.equal(sum.cents, 1325);
  assert.equal(sum.format(), '13.25 EUR');
});

test('cents must be whole', () => {
  assert.throws(() => new Money(1.5, 'EUR'), RangeError);
});
