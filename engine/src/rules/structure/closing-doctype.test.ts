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

  it('passes a 通知, and a sentence that only ends in such words (如此复杂)', () => {
    const notice = reply('特此通知。').replace('的批复', '的通知');
    assert.deepEqual(brief(notice), []);
    assert.deepEqual(brief(reply('情况如此复')), []);
  });
});
