// Inline directives: which rules a directive line names.
import * as assert from 'node:assert/strict';
import { parseDirective } from './directives';

describe('parseDirective', () => {
  it('reads the rules named, in every wrapping', () => {
    assert.deepEqual(parseDirective('gongwen-disable-next-line lead-unit/alias'), { kind: 'disable-next-line', rules: ['lead-unit/alias'] });
    assert.deepEqual(parseDirective('<!-- gongwen-disable-next-line lead-unit/alias, date/* -->'), { kind: 'disable-next-line', rules: ['lead-unit/alias', 'date/*'] });
    assert.deepEqual(parseDirective('（gongwen-disable date）'), { kind: 'disable', rules: ['date'] });
    assert.deepEqual(parseDirective('gongwen-enable'), { kind: 'enable', rules: [] });
  });

  it('leaves out a description after " -- ", as ESLint does: its words are no rule ids', () => {
    assert.deepEqual(parseDirective('gongwen-disable-next-line lead-unit/alias -- 2019 name, kept in the old text'), { kind: 'disable-next-line', rules: ['lead-unit/alias'] });
    // Without rules, a described directive is about every rule.
    assert.deepEqual(parseDirective('gongwen-disable-next-line -- quoted from the original notice'), { kind: 'disable-next-line', rules: [] });
    assert.deepEqual(parseDirective('<!-- gongwen-disable-line date/future -- planned date -->'), { kind: 'disable-line', rules: ['date/future'] });
    assert.deepEqual(parseDirective('# gongwen-disable -- legacy section'), { kind: 'disable', rules: [] });
  });
});
