import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsvLine } from '../src/csv.js';

test('plain', () => assert.deepEqual(parseCsvLine('a,b'), ['a', 'b']));
