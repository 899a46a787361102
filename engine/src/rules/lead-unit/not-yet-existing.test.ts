import * as assert from 'node:assert/strict';
import { check } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { notYetExisting } from './not-yet-existing';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/not-yet-existing', () => {
  const model = lexicon();
  it("passes a name right for its date (2024)", () => {
    const text = draft("1. 加强监管。（牵头单位：人民银行聊城市分行、市商务局）", "2024年11月29日");
    assert.deepEqual(brief(check(notYetExisting, text, { model })), []);
  });
  it("reports names used before they existed", () => {
    const text = draft("1. 加强监管。（牵头单位：人民银行聊城市分行、市商务局）", "2021年4月15日");
    assert.deepEqual(brief(check(notYetExisting, text, { model })), [["lead-unit/not-yet-existing", 5, 15, "人民银行聊城市分行", "“人民银行聊城市分行”自2024-01-01起才使用，本文成文日期2021-04-15：当时的名称为“人民银行聊城市中心支行”。"], ["lead-unit/not-yet-existing", 5, 25, "市商务局", "“市商务局”自2022-01-01起才使用，本文成文日期2021-04-15：当时的名称为“市商务投资促进局”。"]]);
  });
});
