import * as assert from 'node:assert';
import { check, fixed } from '../testing';
import { width } from './width';
import { draftDoc } from '../cross-ref/fixtures';

describe('punctuation/width', () => {
  it('accepts full-width punctuation, ASCII between ASCII, quoted titles and list numbers', () => {
    const text = draftDoc('    一、比例尺为1:500，时间8:30。\n    (一)按照《2024年度工程(市级)方案》执行，PM2.5浓度下降。');
    assert.deepStrictEqual(check(width, text), []);
  });

  it('reports half-width marks between Chinese characters, a parenthesis pair as one slip, with fixes', () => {
    const text = draftDoc('    各单位要高度重视,认真落实相关预案(方案)要求:加强督导。');
    const found = check(width, text);
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.message]), [
      [9, 13, ',', '中文之间应使用全角标点“，”，不用半角“,”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。'],
      [9, 22, '(方案)', '中文括号应使用全角“（）”，不用半角“()”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。'],
      [9, 28, ':', '中文之间应使用全角标点“：”，不用半角“:”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。'],
    ]);
    assert.strictEqual(fixed(width, text), draftDoc('    各单位要高度重视，认真落实相关预案（方案）要求：加强督导。'));
  });

  it('leaves a formula\'s brackets alone: beside an operator or holding × ÷ (redteam4), not a bracket in words', () => {
    for (const body of ['完成率=(已完成数÷计划数)×100%。', '综合得分=(甲项得分+乙项得分)/2，按季度计算。', '增长率按(本期数-上期数)÷上期数计算。']) {
      assert.deepStrictEqual(check(width, draftDoc(`    ${body}`)), [], body);
    }
    // An interval's open end (redteam7).
    const interval = '得分在[90,100]区间的为优秀，[75,90)区间的为良好，(60,75)区间的为合格。';
    assert.deepStrictEqual(check(width, draftDoc(`    ${interval}`)), [], interval);
    const slip = check(width, draftDoc('    完成率按已完成数(含在建)计算，乘以100%。'));
    assert.deepStrictEqual(slip.map((f) => f.text), ['(含在建)']);
  });

  it('reports a half-width ; or , closing a line after a percentage (不低于25%;), not one inside ASCII text (probe12)', () => {
    const text = draftDoc('    （一）新建居住区不低于30%，改建居住区不低于25%;\n    （二）工业项目不高于20%。');
    assert.deepStrictEqual(check(width, text).map((f) => [f.line, f.text]), [[9, ';']]);
    assert.strictEqual(fixed(width, text), draftDoc('    （一）新建居住区不低于30%，改建居住区不低于25%；\n    （二）工业项目不高于20%。'));
    assert.deepStrictEqual(check(width, draftDoc('    一、指标为PM2.5 down 5%; PM10 down 3%.\n    二、按此执行。')), []);
  });

  it('leaves a ; or , after a percentage that closes a line of ASCII text (carbon intensity down 5%,) (redteam5)', () => {
    assert.deepStrictEqual(check(width, draftDoc('    一、英文摘要为：carbon intensity down 5%,\n    energy intensity down 3%.\n    二、权重：PM2.5 30%;\n    PM10 20%.')), []);
    // Chinese before the number, a space between them, is still the item's ；.
    assert.deepStrictEqual(check(width, draftDoc('    （一）改建居住区不低于 25%;\n    （二）工业项目不高于20%。')).map((f) => f.text), [';']);
  });

  it('leaves the colon closing the 主送 to structure/main-recipient-colon (one slip, one diagnostic)', () => {
    const text = [
      '聊城市人民政府办公室', '', '聊政办函〔2025〕11号', '', '聊城市人民政府办公室关于商请支持名城保护工作的函', '',
      '山东省住房和城乡建设厅:', '', '    现商请贵厅给予支持,盼复。', '', '聊城市人民政府办公室', '2025年9月3日', '',
    ].join('\n');
    assert.deepStrictEqual(check(width, text).map((f) => [f.line, f.column, f.text]), [[9, 14, ',']]);
  });

  it('reads the head lines that are no paragraph: the 签发人 on the number line and a draft\'s title (misses10)', () => {
    const report = (number: string, title = '聊城市人民政府关于2025年上半年安全生产工作情况的报告') => [
      '聊城市人民政府文件', '', number, '', title, '', '省人民政府：', '', '    现将有关情况报告如下。', '', '    特此报告。', '',
      '聊城市人民政府', '', '2025年7月15日', '',
    ].join('\n');
    const signer = report('聊政呈〔2025〕4号                    签发人:张百顺');
    assert.deepStrictEqual(check(width, signer).map((f) => [f.line, f.column, f.text]), [[3, 35, ':']]);
    assert.strictEqual(fixed(width, signer), report('聊政呈〔2025〕4号                    签发人：张百顺'));
    assert.deepStrictEqual(check(width, report('聊政呈〔2025〕4号    签发人：张百顺,李明')).map((f) => f.text), [',']);
    const title = report('聊政呈〔2025〕4号', '聊城市人民政府关于湿地公园(试点)建设情况的报告');
    assert.deepStrictEqual(check(width, title).map((f) => [f.line, f.text]), [[5, '(试点)']]);
    // Full-width, several names spaced, a title's half-width marks inside 《》 (cross-ref's).
    for (const ok of [report('聊政呈〔2025〕4号    签发人：张百顺  李明'), report('聊政呈〔2025〕4号    签发人：　欧阳晓东'),
      report('聊政呈〔2025〕4号', '聊城市人民政府关于贯彻《湿地保护办法(试行)》情况的报告')]) {
      assert.deepStrictEqual(check(width, ok), [], ok.split('\n')[2]);
    }
  });

  it('in an extracted issue, stays silent inside a half-width island and reports an isolated slip', () => {
    const issue = (body: string) => [
      '聊城市人民政府公报', '2024年第1期', '目 录', '聊城市人民政府办公室关于做好安全生产工作的通知', '聊政办发〔2024〕5号 3', '',
      '聊城市人民政府办公室文件', '聊政办发〔2024〕5号', '聊城市人民政府办公室', '关于做好安全生产工作的通知',
      '各县（市、区）人民政府，市政府各部门：', body, '聊城市人民政府办公室', '2024年6月3日', '',
    ].join('\n');
    assert.deepStrictEqual(check(width, issue('各单位要高度重视,认真落实相关预案(方案)要求;加强督导。')), []);
    assert.deepStrictEqual(check(width, issue('各单位要高度重视，认真落实相关预案(方案)要求；加强督导。')).map((f) => [f.line, f.text]), [[12, '(方案)']]);
  });

  it('in an extracted issue, reads a page of half-width marks that begins at a document\'s last line by the next document\'s head on that page', () => {
    const issue = (last: string, head: string) => [
      '聊城市人民政府公报', '2024年第1期', '目 录', '关于做好安全生产工作的通知', '聊政办发〔2024〕5号 3', '关于做好防汛工作的通知', '聊政办发〔2024〕6号 4', '',
      '聊城市人民政府办公室文件', '', '聊政办发〔2024〕5号', '', '聊城市人民政府办公室关于做好安全生产工作的通知', '',
      '各县（市、区）人民政府，市政府各部门：', '', '各单位要高度重视，认真落实相关预案要求；加强督导检查。', '', last, '',
      '聊城市人民政府办公室', '', '2024年6月3日', '',
      '聊城市人民政府办公室文件', '', '聊政办发〔2024〕6号', '', '聊城市人民政府办公室关于做好防汛工作的通知', '',
      head, '', '当前已进入主汛期,各地要压实责任;加强值守。', '', '聊城市人民政府办公室', '', '2024年6月5日', '',
    ].join('\n');
    assert.deepStrictEqual(check(width, issue('本通知自印发之日起施行,有效期两年。', '各县(市、区)人民政府,市政府各部门:')), []);
    // The next document's head printed full-width: the last line's mark is a slip.
    const slip = issue('本通知自印发之日起施行,有效期两年。', '各县（市、区）人民政府，市政府各部门：').replace('压实责任;', '压实责任；').replace('主汛期,', '主汛期，');
    assert.deepStrictEqual(check(width, slip).map((f) => [f.line, f.text]), [[19, ',']]);
  });
});

describe('punctuation/width: a half-width . closing a Chinese sentence', () => {
  it('reports it and writes 。, and leaves decimals, addresses and item markers alone', () => {
    const body = '    一、总体要求\n    完成老旧小区改造200个以上.全面提升城市品质（见附件）.\n    1.平均浓度下降2.5微克，详见www.liaocheng.gov.cn。\n    一.主要任务';
    const text = draftDoc(body);
    assert.deepEqual(check(width, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [10, 19, '.', '中文句末应使用全角句号“。”，不用半角“.”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。'],
      [10, 33, '.', '中文句末应使用全角句号“。”，不用半角“.”（GB/T 15834—2011《标点符号用法》：中文文本使用全角标点）。'],
    ]);
    assert.equal(fixed(width, text), draftDoc(body.replace('以上.', '以上。').replace('）.', '）。')));
  });
});
