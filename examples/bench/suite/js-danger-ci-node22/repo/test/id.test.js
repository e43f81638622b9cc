import { test } from 'node:test';
import assert from 'node:assert/strict';
import { id } from '../src/id.js';

test('id', () => assert.equal(id(1), 1));
