// A State Council department named by a colloquial short form in a 国务院 or province text's
// assignment written after its units (ministry-name.ts).
import * as assert from 'node:assert/strict';
import { check } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { leadUnitRules } from './index';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.text, f.message]);
/** A 国务院 意见 with `body` as its text. */
const state = (body: string) => `国务院关于加快发展数字经济的意见\n\n国发〔2025〕18号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n${body}\n\n国务院\n2025年6月18日\n`;
/** A province's 实施意见 with `body` as its text. */
const province = (body: string) => `山东省人民政府关于推动县域经济高质量发展的实施意见\n\n鲁政发〔2025〕9号\n\n各市人民政府：\n\n${body}\n\n山东省人民政府\n2025年4月10日\n`;

describe('lead-unit/ministry-name', () => {
  const model = lexicon();
  it('notes a colloquial short form in a 国务院 or province assignment, with the standard one as the fix', () => {
    const found = check(leadUnitRules, state('（一）加快建设新型网络设施。统筹推进千兆光网建设。（工信部牵头，国家发改委、人社部、财政部按职责分工负责）推动算力调度。（住建部、卫健委负责）'), { model });
    assert.deepEqual(brief(found).map((f) => [f[0], f[1]]), [
      ['lead-unit/ministry-name', '工信部'], ['lead-unit/ministry-name', '国家发改委'], ['lead-unit/ministry-name', '人社部'],
      ['lead-unit/ministry-name', '住建部'], ['lead-unit/ministry-name', '卫健委'],
    ]);
    assert.equal(found[1].message, '“国家发改委”是口语简称：国务院部门在分工括注中用国务院文件通行的规范简称，应为“国家发展改革委”。');
    assert.deepEqual(brief(check(leadUnitRules, province('（一）培育主导产业。（省工业和信息化厅牵头，工信部、国家发改委、省财政厅配合）'), { model })).map((f) => [f[0], f[1]]),
      [['lead-unit/ministry-name', '工信部'], ['lead-unit/ministry-name', '国家发改委']]);
  });
  it('passes a bare 发改委 or 卫健委 in a province\'s text: its own commission is called so as often as the ministry', () => {
    assert.deepEqual(brief(check(leadUnitRules, province('（一）培育主导产业。（省工业和信息化厅牵头，发改委、卫健委、省财政厅配合）'), { model })).filter((f) => f[0] === 'lead-unit/ministry-name'), []);
  });
  it('passes the standard short forms, full names, the once-standard 发展改革委, and a city\'s own texts', () => {
    const valid = '（一）加快建设新型网络设施。（工业和信息化部牵头，国家发展改革委、人力资源社会保障部、住房城乡建设部、文化和旅游部、国家卫生健康委、市场监管总局、人民银行、财政部按职责分工负责）\n\n（二）优化布局。（发展改革委、国家发展和改革委员会、中央网信办负责）';
    assert.deepEqual(brief(check(leadUnitRules, state(valid), { model })), []);
    assert.deepEqual(brief(check(leadUnitRules, province(valid), { model })), []);
    // A city's text: its units are the lexicon's (市发展改革委); a bare 发改委 there is not the ministry.
    assert.deepEqual(brief(check(leadUnitRules, draft('1. 加强监管。（发改委牵头，市财政局配合）'), { model })).filter((f) => f[0] === 'lead-unit/ministry-name'), []);
  });

  it('passes a bare form listed after a group of local bodies, whose place it shares (各市卫健委、发改委) (redteam5)', () => {
    assert.deepEqual(brief(check(leadUnitRules, province('（一）加强基层卫生。（省卫生健康委牵头，各市卫健委、发改委负责）'), { model })).filter((f) => f[0] === 'lead-unit/ministry-name'), []);
    assert.deepEqual(brief(check(leadUnitRules, province('（一）加强基层卫生。（各市政府负责，国家发改委指导）'), { model })).filter((f) => f[0] === 'lead-unit/ministry-name').map((f) => f[1]), ['国家发改委']);
  });
});
