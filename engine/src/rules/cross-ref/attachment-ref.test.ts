import * as assert from 'node:assert';
import { check, fixed } from '../testing';
import { lint } from '../../lint';
import { emptyModel } from '../../model/load';
import { attachmentRef } from './attachment-ref';
import { draftDoc } from './fixtures';

const withNote = (body: string) => draftDoc(`    ${body}\n\n    附件：1. 安全生产检查表\n          2. 隐患整改台账`);

describe('cross-ref/attachment-ref', () => {
  it('accepts references to listed attachments and to other documents\' attachments', () => {
    assert.deepStrictEqual(check(attachmentRef, withNote('检查内容见附件1，整改情况填写附件2。按照《山东省X办法》附件3执行。')), []);
    // Named by its number or its kind, and the attachments listed after one (redteam4).
    const other = withNote('按照《关于做好申报工作的通知》（鲁财预〔2026〕5号）附件3的格式编制，参照鲁财预〔2026〕5号文件附件5、附件4填写，省财政厅通知附件6同步执行。');
    assert.deepStrictEqual(check(attachmentRef, other), []);
    // Its attachment, after the citation (redteam7): 《…》（…号）及其附件2, 《…》及其附件3.
    const its = withNote('按照《关于做好参保工作的通知》（鲁政办字〔2025〕36号）及其附件2《任务分解表》要求，参照《山东省X办法》和其附件3执行。');
    assert.deepStrictEqual(check(attachmentRef, its), []);
    // This document's own: still judged.
    assert.deepStrictEqual(check(attachmentRef, withNote('按照本通知附件3填写，并报送附件4。')).map((f) => f.text), ['附件3', '附件4']);
    assert.deepStrictEqual(check(attachmentRef, withNote('请按照本通知及其附件3执行。')).map((f) => f.text), ['附件3']);
  });

  it('warns of a bare 见附件 where the 附件说明 lists several attachments, not where it lists one or the number is written (probe15)', () => {
    const text = withNote('检查内容见附件，整改情况填写附件2。');
    assert.deepStrictEqual(check(attachmentRef, text).map((f) => [f.text, f.message]), [
      ['附件', '“见附件”未写附件顺序号，而本文有附件1、2（GB/T 9704—2012 第7.3.4条）：应写明所见的是哪一个附件，如“见附件1”。'],
    ]);
    // Info only: 详见附件 may mean every attachment.
    assert.deepStrictEqual(lint(text, { model: emptyModel(), only: [attachmentRef] }).diagnostics.map((d) => d.severity), ['info']);
    assert.deepStrictEqual(check(attachmentRef, withNote('检查内容见附件1、附件2。具体格式详见附件1—2。')), []);
    assert.deepStrictEqual(check(attachmentRef, draftDoc('    检查内容见附件。\n\n    附件：安全生产检查表')), []);
  });

  it('writes 附件二 as 附件2 when the 附件说明 numbers in Arabic (probe9), not when it lists one unnumbered attachment', () => {
    const text = withNote('检查内容见附件一，整改情况填写附件二。');
    assert.deepStrictEqual(check(attachmentRef, text).map((f) => [f.text, f.message]), [
      ['附件一', '“附件一”应写作“附件1”：附件说明和附件用阿拉伯数字编顺序号（GB/T 9704—2012 第7.3.4条），正文引用与之一致。'],
      ['附件二', '“附件二”应写作“附件2”：附件说明和附件用阿拉伯数字编顺序号（GB/T 9704—2012 第7.3.4条），正文引用与之一致。'],
    ]);
    assert.strictEqual(fixed(attachmentRef, text), withNote('检查内容见附件1，整改情况填写附件2。'));
  });

  it('reports a reference to an attachment that is not listed', () => {
    const found = check(attachmentRef, withNote('检查内容见附件3。'));
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.message]), [[9, 10, '附件3',
      '引用的“附件3”不存在：附件说明只列有附件1、2（GB/T 9704—2012 第7.3.4条）。请核对附件顺序号。']]);
  });

  it('counts a misnumbered entry of the note as the number it is renumbered to (QA round eight: 1. 3. listed 附件3)', () => {
    const misnumbered = draftDoc('    检查内容见附件3。\n\n    附件：1. 安全生产检查表\n          3. 隐患整改台账');
    assert.deepStrictEqual(check(attachmentRef, misnumbered).map((f) => [f.line, f.text]), [[9, '附件3']]);
    const renumbered = draftDoc('    检查内容见附件2。\n\n    附件：1. 安全生产检查表\n          3. 隐患整改台账');
    assert.deepStrictEqual(check(attachmentRef, renumbered), []);
  });

  it('reads a single attachment named after a year (附件：2026年度…汇总表) as unnumbered, not as 附件20 (redteam4)', () => {
    const found = check(attachmentRef, draftDoc('    请填写汇总表（见附件2）。\n\n    附件：2026年度项目申报汇总表'));
    assert.deepStrictEqual(found.map((f) => [f.text, f.message]), [['附件2',
      '引用的“附件2”不存在：本文只有一个附件，不编号，应写“附件”（GB/T 9704—2012 第7.3.4条）。请核对附件顺序号。']]);
    assert.deepStrictEqual(check(attachmentRef, draftDoc('    请填写汇总表（见附件）。\n\n    附件：2026年度项目申报汇总表')), []);
  });

  it('reports 见附件 in a draft without any 附件说明', () => {
    const found = check(attachmentRef, draftDoc('    检查内容详见附件。'));
    assert.deepStrictEqual(found.map((f) => [f.line, f.text, f.message]), [[9, '附件',
      '正文要求“见附件”，但本文没有附件说明（GB/T 9704—2012 第7.3.4条）：请补附件说明或删去该引用。']]);
  });

  it('passes a reference named inside quotation marks, not made (引用附件时写明附件序号，不单写“见附件”) (red team 11)', () => {
    assert.deepStrictEqual(check(attachmentRef, draftDoc('    引用附件时写明附件序号，如“见附件2”，不单写“见附件”。')), []);
    assert.deepStrictEqual(check(attachmentRef, draftDoc('    “两个清单”详见附件。')).map((f) => f.text), ['附件']);
  });
});
