import * as assert from 'node:assert/strict';
import { check, defaultModel, fixed } from '../testing';
import { draft, lexicon } from './test-fixtures';
import { roleFamily } from './role-family';

const texts = (item: string) => check(roleFamily, draft(item), { model: lexicon() }).map((f) => [f.line, f.column, f.text, f.message]);

describe('lead-unit/role-family', () => {
  it('reports a block that lists departments under both 单位 and 部门, at the word the document writes less', () => {
    const item = '1. 加强监管。（牵头单位：市财政局；配合部门：市审计局、市民政局）';
    assert.deepEqual(texts(item), [[5, 20, '配合部门', '同一括注中“牵头单位”与“配合部门”所列都是市直部门，分工名称应统一：应为“配合单位”。']]);
    assert.equal(fixed(roleFamily, draft(item), { model: lexicon() }), draft('1. 加强监管。（牵头单位：市财政局；配合单位：市审计局、市民政局）'));
    // The document's other blocks write 部门: the 单位 is the odd one.
    const more = '1. 加强监管。（牵头部门：市财政局；配合单位：市审计局）\n\n2. 加强审计。（牵头部门：市审计局；配合部门：市民政局）';
    assert.deepEqual(texts(more).map((f) => f[2]), ['配合单位']);
  });
  it('passes one family, and 单位 naming bodies that are no department (counties, a bank, a body the lexicon does not know)', () => {
    for (const item of [
      '1. 加强监管。（牵头单位：市财政局；配合单位：市审计局；责任单位：市民政局）',
      '1. 加强监管。（牵头部门：市财政局；配合部门：市审计局）',
      '1. 加强监管。（牵头部门：市财政局；责任单位：各县（市、区）人民政府）',
      '1. 加强监管。（牵头部门：市财政局；配合单位：市审计局、人民银行聊城市分行）',
      '1. 加强监管。（牵头部门：市财政局；配合单位：市水务集团）',
      '1. 加强监管。（牵头部门：市财政局）\n\n2. 加强审计。（牵头单位：市审计局；配合单位：市民政局）',
    ]) assert.deepEqual(texts(item), [], item);
  });
  it('passes 单位 naming city bodies that are no department: 群团, a vertically managed office, a brigade (redteam2)', () => {
    const found = (item: string) => check(roleFamily, draft(item + '\n\n2. 加强审计。（牵头单位：市审计局；配合单位：市民政局）'), { model: defaultModel() }).map((f) => f.text);
    for (const item of [
      '1. 加强监管。（牵头部门：市民政局；配合单位：市总工会、市残联、市妇联）',
      '1. 加强监管。（牵头部门：市财政局；配合单位：市税务局、聊城海关）',
      '1. 加强监管。（牵头部门：市应急局；配合单位：市消防救援支队）',
    ]) assert.deepEqual(found(item), [], item);
    assert.deepEqual(found('1. 加强监管。（牵头部门：市民政局；配合单位：市财政局）'), ['牵头部门']);
    // A 部门 role has no such reason: 责任部门 naming 市邮政管理局 beside 单位 listing departments is the slip.
    assert.deepEqual(found('1. 加强监管。（牵头单位：市发展改革委、市交通运输局；责任部门：市邮政管理局）'), ['责任部门']);
  });
  it('reports roles printed on lines of their own in two families, and passes one family', () => {
    const brief = (text: string) => check(roleFamily, draft(text), { model: lexicon() }).map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);
    assert.deepEqual(brief('1. 加强监管。\n牵头单位：市财政局\n配合部门：市审计局'), [["lead-unit/role-family", 7, 1, "配合部门", "同一分工中“牵头单位”与“配合部门”所列都是市直部门，分工名称应统一：应为“配合单位”。"]]);
    assert.deepEqual(brief('1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局'), []);
  });
  it('reports a block written in 部门 in a document whose other blocks all write 单位, at each of its role words, and fixes them (gaps7)', () => {
    const others = '\n\n2. 加强审计。（牵头单位：市审计局；配合单位：市民政局）\n\n3. 加强统计。（牵头单位：市财政局；责任单位：各县（市、区）人民政府）';
    const item = '1. 加强监管。（牵头部门：市财政局；配合部门：市审计局）' + others;
    assert.deepEqual(texts(item), [
      [5, 10, '牵头部门', '本文其他分工均写“牵头单位”“配合单位”“责任单位”（4处），此处写“牵头部门”，同一文件中分工名称应统一：应为“牵头单位”。'],
      [5, 20, '配合部门', '本文其他分工均写“牵头单位”“配合单位”“责任单位”（4处），此处写“配合部门”，同一文件中分工名称应统一：应为“配合单位”。'],
    ]);
    assert.equal(fixed(roleFamily, draft(item), { model: lexicon() }), draft('1. 加强监管。（牵头单位：市财政局；配合单位：市审计局）' + others));
    // Roles on lines of their own, one role only.
    assert.deepEqual(texts('1. 加强监管。\n责任部门：市财政局' + others).map((f) => [f[0], f[2]]), [[6, '责任部门']]);
    // A document writing 部门: a block in 单位 listing only departments is the odd one, one naming counties is not.
    const dept = '\n\n2. 加强审计。（牵头部门：市审计局；配合部门：市民政局）\n\n3. 加强统计。（牵头部门：市财政局；配合部门：市民政局）';
    assert.deepEqual(texts('1. 加强监管。（牵头单位：市财政局）' + dept).map((f) => [f[0], f[2]]), [[5, '牵头单位']]);
    assert.deepEqual(texts('1. 加强监管。（责任单位：各县（市、区）人民政府）' + dept), []);
  });
  it('passes an attached text whose blocks, two or more, all write 部门 beside another written in 单位; still reports one such block alone or beside 单位 ones in its attachment (redteam14)', () => {
    const unitBlocks = '1. 加强审计。（牵头单位：市审计局；配合单位：市民政局）\n\n2. 加强统计。（牵头单位：市财政局；配合单位：市民政局）\n\n3. 加强督查。（牵头单位：市民政局；配合单位：市审计局）\n\n4. 加强考核。（牵头单位：市财政局；配合单位：市审计局）';
    const issued = (second: string) => `聊城市人民政府办公室关于印发监管工作方案和任务清单的通知\n\n市政府各部门：\n\n现将两个文件印发给你们，请认真组织实施。\n\n附件：1.监管工作方案\n2.监管工作任务清单\n\n聊城市人民政府办公室\n2024年7月1日\n\n附件1\n\n监管工作方案\n\n${unitBlocks}\n\n附件2\n\n监管工作任务清单\n\n${second}\n`;
    const run = (second: string) => check(roleFamily, issued(second), { model: lexicon() }).map((f) => f.text);
    assert.deepEqual(run('1. 加强监管。（牵头部门：市财政局；配合部门：市审计局）\n\n2. 加强核查。（牵头部门：市审计局；配合部门：市民政局）'), []);
    assert.deepEqual(run('1. 加强监管。（牵头部门：市财政局；配合部门：市审计局）'), ['牵头部门', '配合部门']);
    assert.deepEqual(run('1. 加强监管。（牵头部门：市财政局；配合部门：市审计局）\n\n2. 加强核查。（牵头单位：市审计局；配合单位：市民政局）'), ['牵头部门', '配合部门']);
  });
  it('passes a 部门 block when the document writes 单位 in one other block only, or 部门 nearly as often, and a block using each word for what it names', () => {
    for (const item of [
      '1. 加强监管。（牵头部门：市财政局；配合部门：市审计局）\n\n2. 加强审计。（牵头单位：市审计局；配合单位：市民政局；责任单位：市财政局）',
      '1. 加强监管。（牵头部门：市财政局；配合部门：市审计局）\n\n2. 加强审计。（牵头部门：市审计局）\n\n3. 加强统计。（牵头单位：市财政局；配合单位：市民政局）\n\n4. 加强督查。（牵头单位：市民政局）',
      '1. 加强监管。（牵头部门：市财政局；责任单位：各县（市、区）人民政府）\n\n2. 加强审计。（牵头单位：市审计局；配合单位：市民政局）\n\n3. 加强统计。（牵头单位：市财政局；配合单位：市民政局）',
    ]) assert.deepEqual(texts(item), [], item);
  });
});
