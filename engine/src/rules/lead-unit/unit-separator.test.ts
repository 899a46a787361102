import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { unitSeparator } from './unit-separator';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/unit-separator', () => {
  const model = lexicon();
  it("passes 、 between units and ， before the local-government group", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局、市民政局；责任单位：市审计局，各县（市、区）人民政府、市属开发区管委会）");
    assert.deepEqual(brief(check(unitSeparator, text, { model })), []);
  });
  it("passes ， before the counties' counterparts or their governments written with 〔〕 or with （管委会） (各县〔市、区〕水利部门, 各县（市、区）人民政府（管委会）) (red team 16)", () => {
    for (const units of ['市水利局，各县〔市、区〕水利部门', '市水利局，各县（市、区）水利部门', '市水利局、市生态环境局，各县（市、区）人民政府（管委会）', '市水利局，各县〔市、区〕人民政府〔管委会〕']) {
      assert.deepEqual(brief(check(unitSeparator, draft(`1. 加强监管。（责任单位：${units}）`), { model })), [], units);
    }
    // Between two of the city's departments ， is still reported.
    assert.equal(check(unitSeparator, draft('1. 加强监管。（责任单位：市水利局，市生态环境局，各县〔市、区〕水利部门）'), { model }).length, 1);
  });
  it("passes ， before named county governments", () => {
    const text = draft("1. 加强监管。（责任单位：市民政局，东昌府区人民政府、临清市人民政府、经济技术开发区管委会）");
    assert.deepEqual(brief(check(unitSeparator, text, { model })), []);
  });
  it("passes ， before a county's townships, and reports it inside them (QA round fifteen: a 冠县 document)", () => {
    const ok = draft("1. 推进厕所革命。（牵头单位：县农业农村局；责任单位：县卫生健康局、县财政局，各乡镇人民政府、街道办事处）");
    assert.deepEqual(brief(check(unitSeparator, ok, { model })), []);
    const bad = draft("1. 推进厕所革命。（牵头单位：县农业农村局；责任单位：县卫生健康局、县财政局，各乡镇人民政府，街道办事处）");
    assert.deepEqual(brief(check(unitSeparator, bad, { model })).map((f) => f.slice(0, 4)), [["lead-unit/unit-separator", 5, 48, "，"]]);
  });
  it("passes ， before other levels' local governments: a province's 各市, 济南's 各区县, 浙江's 县〔市、区〕 (another gazette)", () => {
    for (const group of ['各市、县（市、区）人民政府', '各市、县〔市、区〕政府', '各设区市人民政府', '各省辖市人民政府', '各区县人民政府、市管功能区管委会',
      '各区县（市）人民政府', '各市、区人民政府', '各区（市）政府、功能区管委', '各省、自治区、直辖市人民政府',
      // othergaz3: 重庆's districts and autonomous counties; a county's townships with its streets and zones (长兴).
      '各区县（自治县）人民政府', '各区县〔自治县〕政府', '各乡镇〔街道、园区〕', '各乡镇（街道）',
      // othergaz4: a 县级市's towns and zones (昆山 各区镇).
      '各区镇', '各区镇人民政府']) {
      const text = draft(`1. 加强监管。（牵头单位：省财政厅；责任单位：省民政厅，${group}）`);
      assert.deepEqual(brief(check(unitSeparator, text, { model })), [], group);
    }
    // 苏州: a group named as a list (各市、区人民政府) is set off from the next group by ，.
    const suzhou = draft('1. 建设起降网络。（牵头单位：市交通运输局；责任单位：市财政局，各市、区人民政府，苏州工业园区、苏州高新区管委会）');
    assert.deepEqual(brief(check(unitSeparator, suzhou, { model })), []);
    // Still a slip between two departments of a province.
    const bad = draft('1. 加强监管。（责任单位：省民政厅，省财政厅，各市人民政府）');
    assert.deepEqual(brief(check(unitSeparator, bad, { model })).map((f) => f.slice(0, 4)), [['lead-unit/unit-separator', 5, 19, '，']]);
  });
  it("passes ， after a group of governments written first (gaps.md item 6: 东昌府区、茌平区人民政府，市自然资源和规划局)", () => {
    for (const roles of ['责任单位：东昌府区、茌平区人民政府，市自然资源和规划局', '责任单位：各县（市、区）人民政府，市财政局、市民政局']) {
      assert.deepEqual(brief(check(unitSeparator, draft(`1. 加强监管。（${roles}）`), { model })), [], roles);
    }
    // A group of named counties sharing one 人民政府 after the city's units (probe18 issue line 391):
    // the ， sets it off as it does 各县（市、区）人民政府.
    for (const roles of ['责任单位：市水利局，东阿县、阳谷县人民政府', '责任单位：市水利局，临清市、茌平区人民政府']) {
      assert.deepEqual(brief(check(unitSeparator, draft(`1. 加强监管。（${roles}）`), { model })), [], roles);
    }
    // A bare county before a department is no such group.
    assert.deepEqual(brief(check(unitSeparator, draft('1. 加强监管。（责任单位：市水利局，东阿县、市财政局）'), { model })).map((f) => f.slice(0, 4)),
      [['lead-unit/unit-separator', 5, 19, '，']]);
    // Between two departments, still a slip, also after the group.
    const bad = draft('1. 加强监管。（责任单位：东昌府区人民政府，市财政局，市民政局）');
    assert.deepEqual(brief(check(unitSeparator, bad, { model })).map((f) => f.slice(0, 4)), [['lead-unit/unit-separator', 5, 28, '，']]);
    const two = draft('1. 加强监管。（责任单位：市财政局，市民政局）');
    assert.deepEqual(brief(check(unitSeparator, two, { model })).map((f) => f.slice(0, 4)), [['lead-unit/unit-separator', 5, 19, '，']]);
  });
  it('reports two units written with a space or nothing between them, and puts a 、 there', () => {
    const text = draft('1. 加强监管。（牵头单位：市财政局 市民政局；责任单位：市审计局市财政局）');
    assert.deepEqual(brief(check(unitSeparator, text, { model })), [
      ['lead-unit/unit-separator', 5, 15, '市财政局 市民政局', '单位“市财政局”与“市民政局”之间缺少顿号“、”（并列的单位之间用顿号，不用空格或直接连写）：应为“市财政局、市民政局”。'],
      ['lead-unit/unit-separator', 5, 30, '市审计局市财政局', '单位“市审计局”与“市财政局”之间缺少顿号“、”（并列的单位之间用顿号，不用空格或直接连写）：应为“市审计局、市财政局”。'],
    ]);
    assert.equal(fixed(unitSeparator, text, { model }), draft('1. 加强监管。（牵头单位：市财政局、市民政局；责任单位：市审计局、市财政局）'));
    // A name that is no two known names (市财政局国库科) is unknown-unit's.
    assert.deepEqual(brief(check(unitSeparator, draft('1. 加强监管。（牵头单位：市财政局国库支付中心）'), { model })), []);
  });
  it("reports ， between departments and inside the group", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局，市民政局；责任单位：市审计局，各县（市、区）人民政府，市属开发区管委会）");
    assert.deepEqual(brief(check(unitSeparator, text, { model })), [["lead-unit/unit-separator", 5, 19, "，", "单位“市财政局”与“市民政局”之间应用顿号“、”，不用“，”（逗号只用在县（市、区）政府、开发区管委会一组前后）：应为“市财政局、市民政局”。"], ["lead-unit/unit-separator", 5, 46, "，", "单位“各县（市、区）人民政府”与“市属开发区管委会”之间应用顿号“、”，不用“，”（逗号只用在县（市、区）政府、开发区管委会一组前后）：应为“各县（市、区）人民政府、市属开发区管委会”。"]]);
  });
  it("passes ， before a department's county counterparts, and reports it between them", () => {
    // A department's own notice: its county counterparts are the county-level group.
    const ok = draft("1. 做好见习。（牵头单位：市人力资源社会保障局；责任单位：市财政局，各县（市、区）人力资源社会保障局）");
    assert.deepEqual(brief(check(unitSeparator, ok, { model })), []);
    const bad = draft("1. 做好见习。（牵头单位：市人力资源社会保障局；责任单位：市财政局，市民政局，各县（市、区）人力资源社会保障局，各县（市、区）民政局）");
    assert.deepEqual(brief(check(unitSeparator, bad, { model })).map((f) => f.slice(0, 4)), [
      ["lead-unit/unit-separator", 5, 35, "，"], ["lead-unit/unit-separator", 5, 57, "，"]]);
  });
  it("reports 、 before the group named as a whole, and passes it before a named county government (QA round nine)", () => {
    const bad = draft("1. 加强监管。（牵头单位：市财政局；责任单位：市审计局、各县（市、区）人民政府、市属开发区管委会）");
    assert.deepEqual(brief(check(unitSeparator, bad, { model })), [["lead-unit/unit-separator", 5, 29, "、", "单位“市审计局”与“各县（市、区）人民政府”之间应用逗号“，”，不用顿号“、”（市直部门与县（市、区）政府、开发区管委会一组之间用逗号分组）：应为“市审计局，各县（市、区）人民政府”。"]]);
    assert.equal(fixed(unitSeparator, bad, { model }), draft("1. 加强监管。（牵头单位：市财政局；责任单位：市审计局，各县（市、区）人民政府、市属开发区管委会）"));
    const counterparts = draft("1. 做好见习。（牵头单位：市人力资源社会保障局；责任单位：市财政局、各县（市、区）人力资源社会保障局）");
    assert.deepEqual(brief(check(unitSeparator, counterparts, { model })).map((f) => f.slice(0, 4)), [["lead-unit/unit-separator", 5, 35, "、"]]);
    // Only the group: nothing before it to set off; a unit named 各… that is no county group; a named county government.
    for (const ok of ["1. 加强监管。（责任单位：各县（市、区）人民政府、市属开发区管委会）", "1. 加强保障。（牵头单位：市应急局、市工业和信息化局、各基础电信运营企业）",
      "1. 加强监管。（责任单位：市民政局、东昌府区人民政府）"]) assert.deepEqual(brief(check(unitSeparator, draft(ok), { model })), [], ok);
  });
  it("passes 浙江's closing note (。以下均需各市、县〔市、区〕政府落实，不再列出), which is no unit (othergaz3)", () => {
    const ok = draft('1. 加强监管。（责任单位：省经信厅、省发展改革委，各市、县〔市、区〕政府。以下均需各市、县〔市、区〕政府落实，不再列出）');
    assert.deepEqual(brief(check(unitSeparator, ok, { model })), []);
    const bad = draft('1. 加强监管。（责任单位：省经信厅，省发展改革委，各市、县〔市、区〕政府。以下均需各市、县〔市、区〕政府落实，不再列出）');
    assert.deepEqual(brief(check(unitSeparator, bad, { model })).map((f) => f.slice(0, 4)), [['lead-unit/unit-separator', 5, 19, '，']]);
  });
  it("passes a deadline after the last role (完成时限：…), which is no unit, and still reports ； between units before it", () => {
    for (const ok of ["1. 加强监管。（责任单位：市财政局、市民政局；完成时限：2026年底前）", "1. 加强监管。（牵头单位：市财政局；责任单位：市审计局，各县（市、区）人民政府；完成时间：2025年12月）"])
      assert.deepEqual(brief(check(unitSeparator, draft(ok), { model })), [], ok);
    const bad = draft("1. 加强监管。（责任单位：市财政局；市民政局；完成时限：2026年底前）");
    assert.deepEqual(brief(check(unitSeparator, bad, { model })).map((f) => f.slice(0, 4)), [["lead-unit/unit-separator", 5, 19, "；"]]);
  });
  it("passes a deadline written without its label after the last role (，2026年10月底前完成), and reads no unit in it (redteam4)", () => {
    for (const ok of ["1. 建设数据中心。（责任单位：市大数据局，2026年10月底前完成）", "1. 加强监管。（牵头单位：市财政局；责任单位：市审计局，各县（市、区）人民政府、市属开发区管委会，持续推进）"])
      assert.deepEqual(brief(check(unitSeparator, draft(ok), { model })), [], ok);
    const bad = draft("1. 加强监管。（责任单位：市财政局，市民政局，2026年底前完成）");
    assert.deepEqual(brief(check(unitSeparator, bad, { model })).map((f) => f.slice(0, 4)), [["lead-unit/unit-separator", 5, 19, "，"]]);
  });
  it("reports ； between units of one role", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；市民政局）");
    assert.deepEqual(brief(check(unitSeparator, text, { model })), [["lead-unit/unit-separator", 5, 19, "；", "单位“市财政局”与“市民政局”之间应用“、”，不用“；”（并列的单位之间用顿号；分号只用在不同类别之间，如“牵头单位：…；配合单位：…”）。"]]);
  });
  it('applies its fix to the whole text', () => {
    assert.equal(fixed(unitSeparator, draft("1. 加强监管。（牵头单位：市财政局，市民政局；责任单位：市审计局，各县（市、区）人民政府，市属开发区管委会）"), { model }), draft("1. 加强监管。（牵头单位：市财政局、市民政局；责任单位：市审计局，各县（市、区）人民政府、市属开发区管委会）"));
  });
});
