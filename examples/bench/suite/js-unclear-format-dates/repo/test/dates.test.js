import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate } from '../src/dates.js';

test('year first', () => assert.match(formatDate(new Date(Date.UTC(2024, 0, 5))), /^2024-/));
