import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { dateRules } from '.';
import { DRAFT, opts } from './test-fixtures';

describe('date rules', () => {
  it('pass a well-dated draft', () => {
    assert.deepEqual(check(dateRules, DRAFT, opts), []);
  });
});
