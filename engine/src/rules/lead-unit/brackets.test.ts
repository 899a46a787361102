import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { brackets } from './brackets';
import { continuedIssueHead } from '../../parse/issue-fixture';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/brackets', () => {
  const model = lexicon();
  it("passes balanced brackets", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；责任单位：各县（市、区）人民政府）");
    assert.deepEqual(brief(check(brackets, text, { model })), []);
  });
  it("reports an unclosed group name inside the block", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；责任单位：各县（市、区人民政府）");
    assert.deepEqual(brief(check(brackets, text, { model })), [["lead-unit/brackets", 5, 25, "各县（市、区人民政府）", "单位名称“各县（市、区人民政府”中的括号不成对（名称在何处结束便不清楚）：应写成“各县（市、区）人民政府”这样成对的括号。"]]);
  });
  it("reports a block left open", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局");
    assert.deepEqual(brief(check(brackets, text, { model })), [["lead-unit/brackets", 5, 28, "局", "牵头单位括注缺少右括号“）”（括注不闭合，会与后文连成一体）：应在最后一个单位名称之后闭合括注。"]]);
  });
  it("reports an extra closing bracket", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局））");
    assert.deepEqual(brief(check(brackets, text, { model })), [["lead-unit/brackets", 5, 20, "）", "牵头单位括注后多了一个右括号（多出的“）”会被读作正文）：删去多余的“）”。"]]);
  });
  it('closes a half-width block with a half-width bracket (probe20: (牵头单位:…;… got ）)', () => {
    const text = draft('1. 加强监管。(牵头单位:市财政局;责任单位:市民政局');
    assert.equal(fixed(brackets, text, { model }), draft('1. 加强监管。(牵头单位:市财政局;责任单位:市民政局)'));
  });
  it('applies its fix to the whole text', () => {
    assert.equal(fixed(brackets, draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局"), { model }), draft("1. 加强监管。（牵头单位：市财政局；责任单位：市民政局）"));
  });

  // An issue whose first document's tail, cut at （下转第5页）, is printed after the second as （上接第3页）….
  const issue = (block: string, closed = true) => [
    ...continuedIssueHead('坚持稳中求进工作总基调，统筹发展和安全，推动各项工作落地见效，确保全年目标任务圆满完成'),
    '《某某办法》已经市政府同意，现印发给你们，请认真贯彻执行。', '', '聊城市人民政府办公室', '2024年3月5日', '',
    '（上接第3页）的各项任务。', '', '二、重点任务', '', `1. 加强监管。${block}`, '', '2. 强化服务。（牵头单位：市民政局）', '',
    ...(closed ? ['聊城市人民政府', '2024年2月1日', ''] : []),
  ].join('\n');
  it('reports a block left open inside the moved tail of an issue\'s document (probe12), not in a fragment cut short', () => {
    assert.deepEqual(check(brackets, issue('（牵头单位：市财政局；责任单位：市民政局'), { model }).map((f) => [f.line, f.text]), [[48, '局']]);
    assert.deepEqual(check(brackets, issue('（牵头单位：市财政局；责任单位：市民政局）'), { model }), []);
    assert.deepEqual(check(brackets, issue('（牵头单位：市财政局；责任单位：市民政局', false), { model }), []);
  });
  // The block is cut by （下转第5页） itself; its tail opens the fragment, which goes on past it.
  const split = (tail: string, more = true) => [
    ...continuedIssueHead('1. 加强监管。（牵头单位：市财政局；配合单位：市人力资源社'),
    '《某某办法》已经市政府同意，现印发给你们，请认真贯彻执行。', '', '聊城市人民政府办公室', '2024年3月5日', '',
    `（上接第3页）${tail}`, '', ...(more ? ['2. 强化服务。（牵头单位：市民政局）', ''] : []),
  ].join('\n');
  it('reports a block the page cut split, left open at its end in the fragment that goes on past it (probe20), not one the fragment ends with', () => {
    assert.deepEqual(check(brackets, split('会保障局；责任单位：各县（市、区）人民政府'), { model }).map((f) => [f.line, f.text]), [[44, '府']]);
    assert.deepEqual(check(brackets, split('会保障局；责任单位：各县（市、区）人民政府）'), { model }), []);
    assert.deepEqual(check(brackets, split('会保障局；责任单位：各县（市、区）人民政府', false), { model }), []);
  });
  it('gives no fix to a block whose paragraph runs on to （下转第N页） when its other half is not found (probe21: a ） was inserted before the cut unit)', () => {
    // 市人力资源社（下转第5页）: the block may go on on another page; the fix wrote …市农业农村局）、市人力资源社（下转….
    const text = [...continuedIssueHead('1. 加强监管。（牵头单位：市财政局；配合单位：市农业农村局、市人力资源社'),
      '《某某办法》已经市政府同意，现印发给你们，请认真贯彻执行。', '', '聊城市人民政府办公室', '2024年3月5日', ''].join('\n');
    const found = check(brackets, text, { model });
    assert.deepEqual(found.map((f) => [f.text, f.fix]), [['社', undefined]]);
    assert.equal(found[0].message, '牵头单位括注缺少右括号“）”（括注不闭合，会与后文连成一体）：应在最后一个单位名称之后闭合括注。括注后文转到他页（“下转”），请核对转页后的部分是否闭合。');
    assert.equal(fixed(brackets, text, { model }), text);
    // The same block with no page turn after it, in the same issue, is still fixed.
    const closed = text.replace('（下转第5页）', '');
    assert.equal(fixed(brackets, closed, { model }), closed.replace('市人力资源社', '市人力资源社）'));
  });
  it('leaves roles printed on lines of their own alone (no brackets to close), and still reads a bracketed block wrapped onto a line starting 责任单位：', () => {
    const text0 = draft("1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局");
    assert.deepEqual(brief(check(brackets, text0, { model: lexicon() })), []);
    const text1 = draft("1. 加强监管。（牵头单位：市财政局、\n市审计局；\n责任单位：各县（市、区）人民政府");
    assert.deepEqual(brief(check(brackets, text1, { model: lexicon() })), [["lead-unit/brackets", 7, 16, "府", "牵头单位括注缺少右括号“）”（括注不闭合，会与后文连成一体）：应在最后一个单位名称之后闭合括注。"]]);
  });
});
