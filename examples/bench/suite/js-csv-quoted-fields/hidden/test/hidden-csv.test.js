import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsvLine } from '../src/csv.js';

test('quoted comma', () => assert.deepEqual(parseCsvLine('a,"b,c",d'), ['a', 'b,c', 'd']));
test('doubled quote', () => assert.deepEqual(parseCsvLine('"x""y"'), ['x"y']));
