import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { etc } from './etc';
import { unitTypo } from './unit-typo';
import { unknownUnit } from './unknown-unit';
import { alias } from './alias';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/etc', () => {
  const model = lexicon();
  it('passes a block that lists its units, and 等 in the task\'s own text', () => {
    assert.deepEqual(check(etc, draft('1. 统筹市财政局、市民政局等部门力量。（牵头单位：市财政局；责任单位：市民政局）'), { model }), []);
  });
  it('reports 等 after a unit, at the block\'s end or inside a role, and deletes it', () => {
    const text = draft('1. 加强监管。（牵头单位：市财政局等；责任单位：市民政局、市审计局等）');
    assert.deepEqual(brief(check(etc, text, { model })), [
      ['lead-unit/etc', 5, 19, '等', '“市财政局”后的“等”使牵头单位不确定：括注中的单位应逐一列明，删去“等”，其他单位补充列出。'],
      ['lead-unit/etc', 5, 35, '等', '“市审计局”后的“等”使责任单位不确定：括注中的单位应逐一列明，删去“等”，其他单位补充列出。'],
    ]);
    assert.equal(fixed(etc, text, { model }), draft('1. 加强监管。（牵头单位：市财政局；责任单位：市民政局、市审计局）'));
  });
  it('leaves the name itself to the name rules: no slip, unknown unit or alias for the 等, an alias still an alias', () => {
    const text = draft('1. 加强监管。（牵头单位：市财政局；责任单位：市民政局、市发改委等）', '2026年3月1日');
    assert.deepEqual(check([unitTypo, unknownUnit], text, { model }), []);
    assert.deepEqual(check(alias, text, { model }).map((f) => f.text), ['市发改委']);
  });
  it('passes 等 before a group word naming the others (市民政局等市直有关部门), and judges the name before it', () => {
    for (const item of ['1. 加强监管。（责任单位：市民政局等市直有关部门）', '1. 加强监管。（牵头单位：市财政局；责任单位：市民政局等有关单位）',
      // A count of the others (redteam: 市发展改革委等13个部门 was an unknown unit).
      '1. 加强监管。（责任单位：市民政局等13个部门）', '1. 加强监管。（牵头单位：市财政局；责任单位：市民政局等十个市直部门）', '1. 加强监管。（责任单位：市民政局等十余个部门）']) {
      assert.deepEqual(check([etc, unitTypo, unknownUnit, alias], draft(item, '2026年3月1日'), { model }), [], item);
    }
    assert.deepEqual(check(alias, draft('1. 加强监管。（责任单位：市发改委等市直有关部门）'), { model }).map((f) => f.text), ['市发改委']);
  });

  it('passes 等 before a group word written 部门（单位）, 部门和单位 or 成员单位, and judges the name before it (redteam8)', () => {
    for (const item of ['1. 加强监管。（牵头单位：市财政局；配合单位：市民政局等市直有关部门（单位））', '1. 加强监管。（牵头单位：市财政局；配合单位：市民政局等有关部门和单位）', '1. 加强监管。（牵头单位：市财政局；配合单位：市民政局等成员单位）'])
      assert.deepEqual(check([etc, unitTypo, unknownUnit, alias], draft(item, '2026年3月1日'), { model }), [], item);
    assert.deepEqual(check(alias, draft('1. 加强监管。（责任单位：市发改委等市直有关部门（单位））'), { model }).map((f) => f.text), ['市发改委']);
  });
});
