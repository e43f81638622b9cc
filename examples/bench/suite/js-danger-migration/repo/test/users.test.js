import { test } from 'node:test';
import assert from 'node:assert/strict';
import { table } from '../src/users.js';

test('table', () => assert.equal(table, 'users'));
