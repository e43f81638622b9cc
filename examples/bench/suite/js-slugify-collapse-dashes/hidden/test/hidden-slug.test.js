import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from '../src/slug.js';

test('collapses', () => assert.equal(slugify('Hello   World'), 'hello-world'));
test('trims', () => assert.equal(slugify(' a '), 'a'));
