import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from '../src/slug.js';

test('lower case', () => assert.equal(slugify('AB'), 'ab'));
