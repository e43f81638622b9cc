import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../src/query.js';

test('repeated', () => assert.deepEqual(parseQuery('a=1&a=2&b=3'), { a: ['1', '2'], b: '3' }));
test('decoded', () => assert.deepEqual(parseQuery('x=a%20b'), { x: 'a b' }));
