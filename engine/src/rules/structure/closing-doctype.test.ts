import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { closingDoctype } from './closing-doctype';

const reply = (close: string) => `聊城市人民政府\n\n聊政字〔2025〕31号\n\n聊城市人民政府关于同意设立聊城东昌湖市级湿地公园的批复\n\n市自然资源和规划局：\n\n你局《关于设立聊城东昌湖市级湿地公园的请示》（聊自然资规字〔2025〕46号）收悉。经研究，同意设立聊城东昌湖市级湿地公园。\n\n${close}\n\n聊城市人民政府\n\n2025年9月18日\n`;
const bulletin = (close: string) => `聊城市人民政府办公室\n\n聊政办字〔2025〕38号\n\n聊城市人民政府办公室关于表扬2025年度防汛抢险工作先进集体和先进个人的通报\n\n各县（市、区）人民政府，市政府各部门：\n\n经市政府同意，决定对东昌府区防汛抗旱指挥部办公室等10个先进集体予以通报表扬。${close}\n\n附件：2025年度防汛抢险工作先进集体名单\n\n聊城市人民政府办公室\n\n2025年10月20日\n\n附件\n\n2025年度防汛抢险工作先进集体名单\n\n东昌府区防汛抗旱指挥部办公室\n\n特此通知。\n`;
const brief = (text: string) => check(closingDoctype, text).map((d) => [d.line, d.text, d.message]);

describe('structure/closing-doctype', () => {
  it('reports a 批复 or a 通报 closing with 特此通知, and fixes it to its own closing', () => {
    assert.deepEqual(brief(reply('特此通知。')), [[11, '特此通知', '结束语“特此通知”与文种不符：本文标题的文种是批复，结束语应为“此复”或“特此批复”。']]);
    assert.equal(fixed(closingDoctype, reply('特此通知。')), reply('此复。'));
    // Run on at the end of the last paragraph.
    assert.deepEqual(brief(bulletin('特此通知。')).map((f) => f.slice(0, 2)), [[9, '特此通知']]);
  });

  it('reads a 通报\'s title written on two lines under its mark (the parser took the first line alone, the closing unjudged)', () => {
    const text = (close: string) => `聊城市人民政府办公室\n\n聊政办字〔2025〕40号\n\n聊城市人民政府办公室\n关于2025年第三季度重点项目进展情况的通报\n\n各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：\n\n　　现将有关情况通报如下。截至9月底，全市128个重点项目已开工121个。\n\n　　${close}\n\n聊城市人民政府办公室\n2025年10月15日\n`;
    assert.deepEqual(brief(text('特此通知。')), [[12, '特此通知', '结束语“特此通知”与文种不符：本文标题的文种是通报，结束语应为“特此通报”。']]);
    assert.deepEqual(brief(text('特此通报。')), []);
  });

  it('passes each kind\'s own closings, with or without 。, and an attached text\'s words', () => {
    for (const close of ['此复。', '此复', '特此批复。']) assert.deepEqual(brief(reply(close)), [], close);
    assert.deepEqual(brief(bulletin('特此通报。')), []);
    assert.deepEqual(brief(bulletin('')), []);
    // 公告 and 通告 are not told apart.
    assert.deepEqual(brief(reply('特此公告。').replace('的批复', '的通告')), []);
  });

  it('reports 此复 under a title that says 请示 without a fix (the title may be the slip)', () => {
    const text = reply('此复。').replace('的批复', '的请示');
    assert.deepEqual(brief(text), [[11, '此复', '结束语“此复”与文种不符：本文标题的文种是请示，结束语应为“特此请示”；若结束语无误，请核对标题的文种。']]);
    assert.equal(fixed(closingDoctype, text), text);
  });

  it('tells a 复函 from a 函: a 复函 closes 特此函复 or 此复, not 特此函告 (a 函 keeps all three)', () => {
    const letter = (kind: string, close: string) => `聊城市人民政府办公室\n\n聊政办函〔2025〕21号\n\n聊城市人民政府办公室关于同意在聊城市举办2025年山东省青少年足球锦标赛的${kind}\n\n省体育局：\n\n你局来函收悉。经研究，同意于2025年11月在聊城市举办该项赛事。\n\n${close}\n\n聊城市人民政府办公室\n\n2025年10月20日\n`;
    for (const close of ['特此函复。', '此复。']) assert.deepEqual(brief(letter('复函', close)), [], close);
    assert.deepEqual(brief(letter('复函', '特此函告。')), [[11, '特此函告', '结束语“特此函告”与文种不符：本文标题的文种是复函，结束语应为“特此函复”或“此复”；若结束语无误，请核对标题的文种。']]);
    assert.equal(fixed(closingDoctype, letter('复函', '特此通知。')), letter('复函', '特此函复。'));
    for (const close of ['特此函告。', '特此函复。', '此复。']) assert.deepEqual(brief(letter('函', close)), [], close);
  });

  it('reports 特此通知 closing a 纪要 or a 议案, which take no such formula, without a fix', () => {
    const minutes = (close: string) => `聊城市人民政府常务会议纪要\n\n〔2025〕第12次\n\n2025年8月25日，市长张百顺主持召开市政府第12次常务会议。会议纪要如下：\n\n一、会议原则同意《聊城市城市绿化管理办法（修订草案）》。\n\n出席：张百顺、李明、王军\n\n请假：刘洋（出差）\n\n${close}\n`;
    assert.deepEqual(brief(minutes('特此通知。')), [[13, '特此通知', '结束语“特此通知”与文种不符：本文标题的文种是纪要，纪要记载议定事项，不用“特此……”结束语，应删去“特此通知”。']]);
    assert.equal(fixed(closingDoctype, minutes('特此通知。')), minutes('特此通知。'));
    assert.deepEqual(brief(minutes('')), []);
    const motion = (close: string) => `聊城市人民政府\n\n聊政案〔2025〕2号\n\n聊城市人民政府关于提请审议《聊城市古城保护条例（草案）》的议案\n\n聊城市人民代表大会常务委员会：\n\n市政府起草了《聊城市古城保护条例（草案）》，现提请市人大常委会审议。${close}\n\n市长  张百顺\n\n2025年10月10日\n`;
    assert.deepEqual(brief(motion('')), []);
    assert.deepEqual(brief(motion('\n\n特此通知。')).map((f) => f.slice(0, 2)), [[11, '特此通知']]);
  });

  it('reads the kind of a 公告 that prints only its number (聊城市人民政府公告 / 〔2025〕第3号)', () => {
    const notice = (close: string) => `聊城市人民政府公告\n\n〔2025〕第3号\n\n东昌府区2025年第五批次城镇建设用地已经省人民政府批准。现将有关事项公告如下：\n\n一、批准用地面积12.3528公顷。\n\n${close}\n\n聊城市人民政府\n\n2025年9月30日\n`;
    for (const close of ['特此公告。', '特此通告。']) assert.deepEqual(brief(notice(close)), [], close);
    assert.deepEqual(brief(notice('特此通知。')), [[9, '特此通知', '结束语“特此通知”与文种不符：本文发文字号的文种是公告，结束语应为“特此公告”或“特此通告”。']]);
  });

  it('passes a 通知, and a sentence that only ends in such words (如此复杂)', () => {
    const notice = reply('特此通知。').replace('的批复', '的通知');
    assert.deepEqual(brief(notice), []);
    assert.deepEqual(brief(reply('情况如此复')), []);
  });

  it('reports the other kind\'s answer phrase (现批复如下 in a 复函, 现函复如下 in a 批复) with a suggestion (misses10)', () => {
    const answer = (title: string, phrase: string, close = '此复。') => reply(close).replace('的批复', title).replace('经研究，同意设立', `经研究，${phrase}：一、同意设立`);
    const found = check(closingDoctype, answer('的复函', '现批复如下'));
    assert.deepEqual(found.map((d) => [d.line, d.text, d.message, d.fix]), [[9, '批复',
      '“现批复如下”与文种不符：本文标题的文种是复函，应为“现函复如下”（函用于不相隶属机关之间商洽工作、答复问题）；若此处无误，请核对标题的文种。', undefined]]);
    assert.deepEqual(brief(answer('的批复', '现函复如下')).map((f) => f[1]), ['函复']);
    assert.deepEqual(brief(answer('的函', '现批复如下')).map((f) => f[1]), ['批复']);
    for (const [title, phrase] of [['的批复', '现批复如下'], ['的复函', '现函复如下'], ['的函', '现函复如下'], ['的通知', '现批复如下'], ['的复函', '省政府已批复如下事项']]) {
      assert.deepEqual(brief(answer(title, phrase, title === '的通知' ? '特此通知。' : '此复。')), [], title + phrase);
    }
    // Another document's phrase quoted (redteam2): its words, not this text's.
    const quotedPhrase = '按照《山东省人民政府关于同意聊城市城市总体规划的批复》中“现批复如下”后列明的要求，现函复如下';
    assert.deepEqual(brief(answer('的复函', quotedPhrase)), []);
    assert.deepEqual(brief(answer('的复函', quotedPhrase.replace(/现函复如下$/, '现批复如下'))).map((f) => f[1]), ['批复']);
  });
});
