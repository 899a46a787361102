import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { straySeparator } from './stray-separator';
import { unitSeparator } from './unit-separator';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/stray-separator', () => {
  const model = lexicon();

  it('passes separators between units, and ， before the local-government group', () => {
    const text = draft('1. 加强监管。（牵头单位：市财政局、市民政局；责任单位：市审计局，各县（市、区）人民政府、市属开发区管委会）');
    assert.deepEqual(brief(check(straySeparator, text, { model })), []);
  });

  it('reports a 、 after the last unit and deletes it', () => {
    const text = draft('1. 加强监管。（牵头单位：市财政局；配合单位：市民政局、）');
    assert.deepEqual(brief(check(straySeparator, text, { model })), [[
      'lead-unit/stray-separator', 5, 29, '、',
      '最后一个单位“市民政局”之后多了“、”：括注中最后一个单位之后不加标点，删去“、”（如漏写了单位，请补上）。',
    ]]);
    assert.equal(fixed(straySeparator, text, { model }), draft('1. 加强监管。（牵头单位：市财政局；配合单位：市民政局）'));
  });

  it('reports a doubled 、 once, at the second, and a 、 before the first unit', () => {
    const text = draft('1. 加强监管。（牵头单位：、市财政局；配合单位：市民政局、、市审计局）');
    assert.deepEqual(brief(check(straySeparator, text, { model })), [
      ['lead-unit/stray-separator', 5, 15, '、', '“牵头单位：”之后多了“、”：第一个单位之前不加标点，删去“、”。'],
      ['lead-unit/stray-separator', 5, 31, '、', '“、、”重复：单位之间只用一个“、”，删去多余的一个（多出的标点像是漏写了一个单位，请核对）。'],
    ]);
    assert.equal(fixed(straySeparator, text, { model }), draft('1. 加强监管。（牵头单位：市财政局；配合单位：市民政局、市审计局）'));
  });

  it('a trailing ， too; a 、 before ； is the role separator\'s, a role without units empty-role\'s', () => {
    assert.deepEqual(brief(check(straySeparator, draft('1. 加强监管。（牵头单位：市财政局，）'), { model })).map((f) => f[3]), ['，']);
    assert.deepEqual(brief(check(straySeparator, draft('1. 加强监管。（牵头单位：市财政局、；配合单位：市民政局）'), { model })), []);
    assert.deepEqual(brief(check(straySeparator, draft('1. 加强监管。（牵头单位：市财政局；配合单位：、）'), { model })), []);
  });

  it('reports a ； or 。 after the last unit before the block\'s ）, and deletes it', () => {
    const text = draft('1. 加强监管。（牵头单位：市财政局；配合单位：市民政局；）\n2. 强化保障。（牵头单位：市财政局、市民政局。）');
    assert.deepEqual(brief(check(straySeparator, text, { model })), [
      ['lead-unit/stray-separator', 5, 29, '；', '最后一个单位“市民政局”之后多了“；”：括注以“）”结束，最后一个单位之后不加标点，删去“；”。'],
      ['lead-unit/stray-separator', 6, 24, '。', '最后一个单位“市民政局”之后多了“。”：括注以“）”结束，最后一个单位之后不加标点，删去“。”。'],
    ]);
    assert.equal(fixed(straySeparator, text, { model }), draft('1. 加强监管。（牵头单位：市财政局；配合单位：市民政局）\n2. 强化保障。（牵头单位：市财政局、市民政局）'));
    // The 。 after the block closes the sentence: no slip.
    assert.deepEqual(check(straySeparator, draft('1. 加强监管（牵头单位：市财政局；配合单位：市民政局）。'), { model }), []);
  });

  it('leaves the end of an unclosed block alone: its list may go on past the cut', () => {
    const text = draft('1. 加强监管。（牵头单位：市财政局；配合单位：市民政局、');
    assert.deepEqual(brief(check(straySeparator, text, { model })), []);
  });

  it('a doubled 、 does not shift unit-separator\'s pairs of units and separators', () => {
    const text = draft('1. 加强监管。（牵头单位：市财政局；责任单位：市民政局、、市审计局，各县（市、区）人民政府、市属开发区管委会）');
    assert.deepEqual(brief(check(unitSeparator, text, { model })), []);
  });
  it('passes roles printed on lines of their own closed by 。 or ； (no ） closes them), and reports a 、 left after their last unit', () => {
    const text0 = draft("1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局。\n2. 加强审计。\n牵头单位：市审计局；\n责任单位：市民政局");
    assert.deepEqual(brief(check(straySeparator, text0, { model: lexicon() })), []);
    const text1 = draft("1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局、");
    assert.deepEqual(brief(check(straySeparator, text1, { model: lexicon() })), [["lead-unit/stray-separator", 7, 10, "、", "最后一个单位“市审计局”之后多了“、”：分工中最后一个单位之后不加标点，删去“、”（如漏写了单位，请补上）。"]]);
  });
});
