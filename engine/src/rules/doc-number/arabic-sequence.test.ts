import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { arabicSequence } from './arabic-sequence';
import { DRAFT, draftWith } from './testdata';

describe('doc-number/arabic-sequence', () => {
  const item = '一、提高认识。各单位要高度重视。';

  it('passes numbers in Arabic digits, and Chinese numerals that are no sequence number', () => {
    assert.deepEqual(check(arabicSequence, DRAFT), []);
    assert.deepEqual(check(arabicSequence, draftWith(item, '一、提高认识。落实2026年中央一号文件，完成第十号任务。')), []);
  });

  it('flags the own number and a cited one written in Chinese numerals and fixes them (probe12: 聊政办字〔2026〕十号)', () => {
    const text = draftWith('聊政发〔2024〕5号', '聊政发〔2024〕五号', draftWith('（聊政办字〔2023〕7号）', '（聊政办字〔2023〕第十七号）'));
    assert.deepEqual(check(arabicSequence, text).map((d) => [d.line, d.text, d.message]), [
      [3, '五', '发文字号的发文顺序号应用阿拉伯数字（GB/T 9704—2012 第7.2.5条）：“五号”应为“5号”。'],
      [9, '十七', '发文字号的发文顺序号应用阿拉伯数字（GB/T 9704—2012 第7.2.5条）：“十七号”应为“17号”。'],
    ]);
    assert.equal(fixed(arabicSequence, text), draftWith('（聊政办字〔2023〕7号）', '（聊政办字〔2023〕第17号）'));
  });

  it('passes the misprint a correction quotes, and still flags it quoted elsewhere (redteam7)', () => {
    const correction = '一、提高认识。原通知文号误印为“聊政办字〔2026〕十号”，现更正为“聊政办字〔2026〕10号”。';
    assert.deepEqual(check(arabicSequence, draftWith(item, correction)), []);
    const quoted = draftWith(item, '一、提高认识。按照“聊政办字〔2026〕十号”文件要求执行。');
    assert.deepEqual(check(arabicSequence, quoted).map((d) => d.text), ['十']);
  });

  it('flags a 令 cited in Chinese numerals where the text writes its 令 numbers in digits, not a 主席令 or a text with none', () => {
    const cited = draftWith('一、提高认识。各单位要高度重视。', '一、提高认识。各单位要按照《聊城市城市绿化管理办法》（聊城市人民政府令第五十二号）做好养护。');
    // No 令 number in digits in the text: its form cannot be judged.
    assert.deepEqual(check(arabicSequence, cited), []);
    const text = draftWith('要求，现就', '和《聊城市城市绿化管理条例实施办法》（聊城市人民政府令第48号）要求，现就', cited);
    assert.deepEqual(check(arabicSequence, text).map((d) => [d.text, d.message]), [
      ['五十二', '令的编号“聊城市人民政府令第五十二号”的序号用了汉字数字，本文的令编号用阿拉伯数字（如“聊城市人民政府令第48号”）：应为“聊城市人民政府令第52号”。'],
    ]);
    assert.equal(fixed(arabicSequence, text), text.replace('第五十二号', '第52号'));
    // A correction quoting the misprint (redteam7).
    const corrected = draftWith('要求，现就', '要求（令号误印为“聊城市人民政府令第五十二号”，现更正为“聊城市人民政府令第52号”），现就', cited);
    assert.deepEqual(check(arabicSequence, corrected).map((d) => d.text), ['五十二']);
    const president = draftWith('一、提高认识。各单位要高度重视。', '一、提高认识。贯彻中华人民共和国主席令第三十一号，落实国务院令第752号。');
    assert.deepEqual(check(arabicSequence, president), []);
  });
  it('flags a 令\'s own number in Chinese numerals and fixes it, not a 主席令\'s (probe15: 聊城市人民政府令 ⏎ 第四十二号)', () => {
    const decree = (issuer: string, seq: string) => [issuer, '', seq, '',
      '《聊城市城市绿化管理办法》已经2022年4月28日市人民政府第12次常务会议通过，现予公布，自2022年7月1日起施行。', '',
      '市长：李长萍', '', '2022年5月16日', '', '聊城市城市绿化管理办法', '', '第一条 为了促进城市绿化事业发展，制定本办法。', ''].join('\n');
    const text = decree('聊城市人民政府令', '第四十二号');
    assert.deepEqual(check(arabicSequence, text).map((d) => [d.line, d.text, d.message]), [
      [3, '四十二', '令的编号“聊城市人民政府令第四十二号”的序号用了汉字数字：政府和部门的令编号用阿拉伯数字（如“国务院令第752号”），应为“聊城市人民政府令第42号”。'],
    ]);
    assert.equal(fixed(arabicSequence, text), decree('聊城市人民政府令', '第42号'));
    assert.deepEqual(check(arabicSequence, decree('聊城市人民政府令', '第42号')), []);
    assert.deepEqual(check(arabicSequence, decree('中华人民共和国主席令', '第三十一号')), []);
  });
});
