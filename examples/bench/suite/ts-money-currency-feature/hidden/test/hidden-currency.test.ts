import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CurrencyMismatchError, Money, RateTable } from '../src/index.js';

test('adding two currencies throws CurrencyMismatchError naming both', () => {
  let caught: unknown;
  try {
    new Money(100, 'EUR').add(new Money(100, 'USD'));
  } catch (e) {
    caught = e;
  }
  assert.equal(caught instanceof CurrencyMismatchError, true);
  assert.equal(caught instanceof Error, true);
  const err = caught as CurrencyMismatchError;
  assert.equal(err.from, 'USD');
  assert.equal(err.to, 'EUR');
  assert.equal(/EUR/.test(err.message) && /USD/.test(err.message), true);
});

test('RateTable converts with the rate set, rounding to the nearest cent', () => {
  const rates = new RateTable();
  rates.set('EUR', 'USD', 1.0837);
  const usd: Money = rates.convert(new Money(1000, 'EUR'), 'USD');
  assert.equal(usd.currency, 'USD');
  assert.equal(usd.cents, 1084);
});

test('RateTable uses the inverse rate when only the other direction is known', () => {
  const rates = new RateTable();
  rates.set('EUR', 'USD', 1.25);
  assert.equal(rates.convert(new Money(1000, 'USD'), 'EUR').cents, 800);
});

test('converting to the same currency keeps the amount; an unknown pair throws', () => {
  const rates = new RateTable();
  assert.equal(rates.convert(new Money(123, 'GBP'), 'GBP').cents, 123);
  assert.throws(() => rates.convert(new Money(123, 'GBP'), 'JPY'), /GBP.*JPY|JPY.*GBP/);
});

test('converted amounts then add up', () => {
  const rates = new RateTable();
  rates.set('USD', 'EUR', 0.5);
  const total = new Money(100, 'EUR').add(rates.convert(new Money(300, 'USD'), 'EUR'));
  assert.equal(total.format(), '2.50 EUR');
});
