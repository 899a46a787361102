import * as assert from 'node:assert/strict';
import { check } from '../testing';
import type { Found } from '../testing';
import { draft, letter, lexicon } from './test-fixtures';
import { notYetExisting } from './not-yet-existing';
import { loadModel } from '../../model/load';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/not-yet-existing', () => {
  const model = lexicon();
  it("passes a name right for its date (2024)", () => {
    const text = draft("1. 加强监管。（牵头单位：人民银行聊城市分行、市商务局）", "2024年11月29日");
    assert.deepEqual(brief(check(notYetExisting, text, { model })), []);
  });
  it("reports names used before they existed", () => {
    const text = draft("1. 加强监管。（牵头单位：人民银行聊城市分行、市商务局）", "2021年4月15日");
    assert.deepEqual(brief(check(notYetExisting, text, { model })), [["lead-unit/not-yet-existing", 5, 15, "人民银行聊城市分行", "“人民银行聊城市分行”自2024年1月1日起才使用，本文成文日期2021年4月15日：当时的名称为“人民银行聊城市中心支行”。"], ["lead-unit/not-yet-existing", 5, 25, "市商务局", "“市商务局”自2022年1月1日起才使用，本文成文日期2021年4月15日：当时的名称为“市商务投资促进局”。"]]);
  });
  it('reports a part of a later split named while the merged body was in use (QA round seven)', () => {
    // The default model: 市商务投资促进局 (seen 2021-04-15 to 2021-04-19) split into 市商务局 and
    // 市投资促进局 (first seen 2023-06-15). The parts get no start date (they may be older units
    // restored), so 市商务局 in a block of that time was silent.
    const dm = loadModel();
    const block = '1. 促进外贸企业稳岗。（牵头单位：市商务局；责任单位：各县（市、区）人民政府、市属开发区管委会）';
    assert.deepEqual(brief(check(notYetExisting, draft(block, '2021年4月16日'), { model: dm })), [['lead-unit/not-yet-existing', 5, 19, '市商务局',
      '“市商务局”在“市商务投资促进局”使用期间（单位名录所见2021年4月15日至2021年4月19日，2023年6月15日起分设）不作为单位名称使用，本文成文日期2021年4月16日：当时的名称为“市商务投资促进局”。']]);
    // After its last sight (the split's date is unknown), and before its first (the merger's): silent.
    for (const date of ['2022年3月15日', '2024年3月15日', '2018年3月15日']) assert.deepEqual(check(notYetExisting, draft(block, date), { model: dm }), [], date);
    assert.deepEqual(check(notYetExisting, draft(block.replace('市商务局', '市商务投资促进局'), '2021年4月16日'), { model: dm }), []);
  });
  describe('on the 主送 line', () => {
    it('reports a unit named before it existed', () => {
      const text = letter('市财政局、人民银行聊城市分行：', '2021年4月15日');
      assert.deepEqual(brief(check(notYetExisting, text, { model })), [["lead-unit/not-yet-existing", 3, 6, "人民银行聊城市分行", "“人民银行聊城市分行”自2024年1月1日起才使用，本文成文日期2021年4月15日：当时的名称为“人民银行聊城市中心支行”。"]]);
    });
    it('passes the name once in use', () => {
      assert.deepEqual(check(notYetExisting, letter('市财政局、人民银行聊城市分行：', '2024年11月29日'), { model }), []);
    });
  });
});
