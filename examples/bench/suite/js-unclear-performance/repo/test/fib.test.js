import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fib } from '../src/fib.js';

test('fib', () => assert.equal(fib(10), 55));
