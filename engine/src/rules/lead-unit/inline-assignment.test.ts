// Task assignments written after their units in a bracket closing a paragraph (parse/task-brackets.ts):
// `（市财政局牵头，市民政局配合）`, as 国务院 and province 意见 write them. The lead-unit rules judging
// units read them as they read a 牵头单位 block; the colon form's grammar rules leave them alone.
import * as assert from 'node:assert/strict';
import { check } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { leadUnitRules } from './index';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);
/** A 国务院 意见 with `body` as its text. */
const state = (body: string) => `国务院关于加快发展数字经济的意见\n\n国发〔2025〕18号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n${body}\n\n国务院\n2025年6月18日\n`;

describe('lead-unit: an assignment written after its units', () => {
  const model = lexicon();
  it("passes a valid one: 等 before the role word, the county governments set off by ， (every lead-unit rule)", () => {
    const text = draft('1. 加强监管。（市财政局牵头，市民政局、市审计局等按职责分工负责，各县（市、区）人民政府负责落实）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), []);
  });
  it("passes 负责 then 指导 (no role order of the colon form)", () => {
    const text = draft('1. 加强监管。（各县（市、区）人民政府负责，市住房城乡建设局指导）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), []);
  });
  it("stays silent on brackets that assign nothing: （试行）, years, （见附件）, examples, 以下简称, numbers, prose", () => {
    const text = draft('1. 加强监管，制定实施细则（试行）。\n\n2. 落实规划（2021—2025年）。\n\n3. 明确职责（见附件）。\n\n4. 整合执法力量（如市市场监管局等）。\n\n5. 建立专项机制（以下简称专项机制）。\n\n6. 提高比例（2024年为65%）。\n\n7. 加强统筹（具体由各县区政府负责）。\n\n8. 保障资金（资金由市财政局负责）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), []);
  });
  it("reads no manner (按各自职责, 依职责) as a unit, and no prose after a unit or units joined by 和 (redteam3)", () => {
    const text = draft('1. 推进改造（市财政局、市民政局按各自职责负责）。\n\n2. 加强管理（市财政局依职责负责）。\n\n3. 开展培训（市民政局每年组织一次，各县（市、区）配合）。\n\n4. 加强督导（市审计局和市发展改革委负责）。');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), []);
    // The city's leading bodies are no units the lexicon holds.
    assert.deepEqual(brief(check(leadUnitRules, draft('1. 加强督导（市委、市财政局负责）。\n\n2. 抓好落实（市委、市政府负责，市直有关部门配合）。'), { model })), []);
    // Leaders and the text's own 领导小组 named generically.
    assert.deepEqual(brief(check(leadUnitRules, draft('1. 加强统筹（市长张三牵头，市财政局配合）。\n\n2. 强化保障（市领导小组办公室牵头，各成员单位配合）。\n\n3. 加强调度（市委常委、常务副市长李四牵头，市财政局配合）。'), { model })), []);
    // A slip in such a bracket is still one.
    assert.deepEqual(brief(check(leadUnitRules, draft('1. 推进改造（市财政局，市民政局按各自职责负责）。'), { model })).map((f) => f[0]), ['lead-unit/unit-separator']);
  });
  it("never reports a ministry as unknown in a city’s document: the lexicon knows its own place only", () => {
    const text = draft('1. 加强监管。（市发展改革委牵头，市财政局配合，国家发展改革委、工业和信息化部、中央网信办指导）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), []);
  });
  it("reads a bracket closing a sentence inside the paragraph: silent when valid, a slip there reported", () => {
    const valid = draft('1. 加强监管。（市财政局牵头，市民政局、市审计局等按职责分工负责）完善评估机制（市审计局负责）。定期通报进展。');
    assert.deepEqual(brief(check(leadUnitRules, valid, { model })), []);
    const slip = draft('1. 加强监管。（市财政局牵头，市民政局，市审计局配合）完善评估机制。');
    assert.deepEqual(brief(check(leadUnitRules, slip, { model })).map((f) => [f[0], f[3]]), [['lead-unit/unit-separator', '，']]);
  });
  it("reads a bracket closing a clause (…工作（X牵头），确保…): silent when valid, a slip there reported", () => {
    const valid = draft('1. 加强监管。完善评估机制（市审计局牵头，市财政局、市民政局等按职责分工负责），确保评估结果运用到位。');
    assert.deepEqual(brief(check(leadUnitRules, valid, { model })), []);
    const slip = draft('1. 加强监管。完善评估机制（市审计局牵头，市财政局，市民政局配合），确保评估结果运用到位。');
    assert.deepEqual(brief(check(leadUnitRules, slip, { model })).map((f) => [f[0], f[3]]), [['lead-unit/unit-separator', '，']]);
  });
  it("reports ， between two units of a role (unit-separator)", () => {
    const text = draft('1. 加强监管。（市财政局牵头，市民政局，市审计局配合）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), [["lead-unit/unit-separator",5,21,"，","单位“市民政局”与“市审计局”之间应用顿号“、”，不用“，”（逗号只用在各级政府、有关部门等一组单位前后）：应为“市民政局、市审计局”。"]]);
  });
  it("reports 牵头： where ， belongs between the clauses (role-separator)", () => {
    const text = draft('1. 加强监管。（市财政局牵头：市民政局、市审计局配合）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), [["lead-unit/role-separator",5,16,"：","“牵头”与后面的“配合”分工之间应用逗号“，”，不用“：”（冒号用于引出所列单位（如“牵头单位：”），写在单位之后的分工之间用逗号）：应为“牵头，”。"]]);
  });
  it("reports 、 between the clauses (role-separator)", () => {
    const text = draft('1. 加强监管。（市财政局牵头、市民政局配合）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), [["lead-unit/role-separator",5,16,"、","“牵头”与后面的“配合”分工之间应用逗号“，”，不用“、”（顿号用在并列的单位之间，分工之间用逗号）：应为“牵头，”。"]]);
  });
  it("reports the lead unit listed again as a partner (duplicate)", () => {
    const text = draft('1. 加强监管。（市财政局牵头，市民政局、市财政局配合）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), [["lead-unit/duplicate",5,22,"市财政局","“市财政局”已列为“牵头”，又列为“配合”：同一单位在括注中只列一次，请从“牵头”或“配合”中删去一处（按该单位实际承担的分工）。"]]);
  });
  it("reports a unit twice in one clause (duplicate)", () => {
    const text = draft('1. 加强监管。（市财政局、市民政局、市财政局负责）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), [["lead-unit/duplicate",5,20,"市财政局","“市财政局”在“负责”中重复列出（重复列出会使分工不清）：删去重复的一处。"]]);
  });
  it("reports a doubled 、 (stray-separator)", () => {
    const text = draft('1. 加强监管。（市财政局、、市民政局负责）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), [["lead-unit/stray-separator",5,15,"、","“、、”重复：单位之间只用一个“、”，删去多余的一个（多出的标点像是漏写了一个单位，请核对）。"]]);
  });
  it("reports a unit renamed before the document’s date (renamed)", () => {
    const text = draft('1. 加强监管。（市商务投资促进局牵头，市财政局配合）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), [["lead-unit/renamed",5,10,"市商务投资促进局","“市商务投资促进局”自2022年1月1日起不再使用，本文成文日期2024年7月1日：其职能已由“市商务局”“市投资促进局”承担，请按任务内容选用。"]]);
  });
  it("reports an informal abbreviation (alias)", () => {
    const text = draft('1. 加强监管。（市发改委牵头，市财政局配合）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), [["lead-unit/alias",5,10,"市发改委","单位名称“市发改委”是非规范简称，应为“市发展改革委”（单位名录中的标准名称）。"]]);
  });
  it("reports a city unit the lexicon does not know (unknown-unit)", () => {
    const text = draft('1. 加强监管。（市综合协调局牵头，市财政局配合）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), [["lead-unit/unknown-unit",5,10,"市综合协调局","单位名称“市综合协调局”不在单位名录中（截至2024年7月1日），可能是错字或名录之后新设的单位：请核对，错字请改为规范名称。最接近的已知单位：“市商务局”“市审计局”“市市场监管局”。"]]);
  });
  it("passes a 国务院 意见’s assignments", () => {
    const text = state('　　（一）加快建设网络设施。推进千兆光网建设。（工业和信息化部牵头，国家发展改革委、财政部、自然资源部等按职责分工负责）\n\n　　（二）提升数字技能。开展培训。（教育部、人力资源社会保障部负责）\n\n　　（三）健全规则。（国家数据局牵头，中央网信办、国家发展改革委、市场监管总局等按职责分工负责）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), []);
  });
  it("reports ， between two ministries in a 国务院 意见", () => {
    const text = state('　　（一）加快建设网络设施。推进千兆光网建设。（工业和信息化部牵头，国家发展改革委、财政部，自然资源部等按职责分工负责）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), [["lead-unit/unit-separator",7,46,"，","单位“财政部”与“自然资源部”之间应用顿号“、”，不用“，”（逗号只用在各级政府、有关部门等一组单位前后）：应为“财政部、自然资源部”。"]]);
  });
  it("reports a ministry listed as lead and as partner in a 国务院 意见", () => {
    const text = state('　　（一）加快建设网络设施。推进千兆光网建设。（工业和信息化部牵头，国家发展改革委、工业和信息化部等按职责分工负责）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), [["lead-unit/duplicate",7,43,"工业和信息化部","“工业和信息化部”已列为“牵头”，又列为“按职责分工负责”：同一单位在括注中只列一次，请从“牵头”或“按职责分工负责”中删去一处（按该单位实际承担的分工）。"]]);
  });
  it("reports a half-width , between the clauses as punctuation-width does in a block (an extracted issue's islands are its to judge)", () => {
    const text = draft('1. 加强监管。（市财政局牵头,市民政局配合）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), [["lead-unit/punctuation-width",5,16,",","分工括注中应使用全角逗号“，”，不用半角“,”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。"]]);
  });
  it('passes ， after a group of governments, before the departments (各县（市、区）人民政府，市有关部门)', () => {
    const text = draft('1. 加强监管。（各县（市、区）人民政府，市有关部门按职责分工负责）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), []);
  });
  it('passes ， before a group of governments in a 国务院 意见 (各省级人民政府)', () => {
    const text = state('　　（一）加快建设网络设施。推进千兆光网建设。（工业和信息化部、国家发展改革委，各省级人民政府按职责分工负责）');
    assert.deepEqual(brief(check(leadUnitRules, text, { model })), []);
  });
});
