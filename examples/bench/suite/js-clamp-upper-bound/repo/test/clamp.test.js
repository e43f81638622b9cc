import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clamp } from '../src/clamp.js';

test('below the range', () => assert.equal(clamp(-5, 0, 10), 0));
