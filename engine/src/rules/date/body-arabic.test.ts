import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { bodyArabic } from './body-arabic';

const opinion = (body: string, date = '2026年2月5日') => `聊城市人民政府文件\n\n聊政发〔2026〕3号\n\n聊城市人民政府关于加快地热能规模化开发利用的意见\n\n各县（市、区）人民政府，市政府各部门：\n\n${body}\n\n聊城市人民政府\n\n${date}\n`;
const brief = (text: string) => check(bodyArabic, text).map((d) => [d.line, d.text, d.message]);
/** The body paragraph (line 9) after the fixes. */
const fixedBody = (text: string) => fixed(bodyArabic, text).split('\n')[8];

describe('date/body-arabic', () => {
  it('reports a year or date in Chinese numerals beside Arabic years, with the Arabic form as fix', () => {
    assert.deepEqual(brief(opinion('到二〇二八年，全市地热能供暖面积达到3000万平方米以上。')), [
      [9, '二〇二八年', '“二〇二八年”用了汉字数字，本文其他年份用阿拉伯数字：应为“2028年”（GB/T 15835—2011，全文统一）。'],
    ]);
    assert.equal(fixedBody(opinion('清理范围为二〇二五年十二月三十一日前制发的文件。')), '清理范围为2025年12月31日前制发的文件。');
    assert.equal(fixedBody(opinion('自二○二六年三月起开展试点。')), '自2026年3月起开展试点。');
  });

  it('passes a cited title or a quotation as written, a 成文日期 (date/arabic\'s), and a text with no Arabic year', () => {
    for (const body of ['按照《二〇二五年全市地热能开发利用工作要点》要求推进。', '提出“二〇二八年全面建成”的目标。', '到2028年，全市地热能供暖面积达到3000万平方米以上。']) {
      assert.deepEqual(brief(opinion(body)), [], body);
    }
    assert.deepEqual(brief(opinion('到2028年，全市地热能供暖面积达到3000万平方米以上。', '二〇二六年二月五日')), []);
    // The planning documents' set phrases (redteam4): 展望二〇三五年, 二〇三五年远景目标; 到二〇三五年 is a year.
    assert.deepEqual(brief(opinion('到2030年基本建成；展望二〇三五年，全面建成地热能供暖体系，实现二〇三五年远景目标。')), []);
    assert.deepEqual(brief(opinion('到2030年基本建成；到二〇三五年，全面建成地热能供暖体系。')).map((f) => f[1]), ['二〇三五年']);
    assert.deepEqual(brief(opinion('到二〇二八年，全市地热能供暖面积达到三千万平方米以上。', '二〇二六年二月五日')), []);
  });
});
