import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { digitWidth } from './digit-width';
import { yearDate } from '../doc-number/year-date';
import { sequence } from '../numbering/sequence';
import { draftDoc } from '../cross-ref/fixtures';
import { parseGazette } from '../../parse/gazette';
import { SourceText } from '../../text/source';

const WHY = 'GB/T 15835—2011《出版物上数字用法》与 GB/T 9704—2012：公文中的阿拉伯数字（发文字号、日期、序号、数量）用半角';
const BODY = '    一、总体要求\n    1.提高认识。\n    2.压实责任，安排资金300万元。';

describe('punctuation/digit-width', () => {
  it('accepts half-width digits, and full-width letters and marks that are not digits', () => {
    assert.deepEqual(check(digitWidth, draftDoc(BODY)), []);
    assert.deepEqual(check(digitWidth, draftDoc('    一、PM2.5浓度下降，第一条、第十二条照此执行（见附件）。')), []);
  });

  it('reports a number, a date or a telephone number typed in full width once, with the half-width digits as its fix', () => {
    const text = draftDoc(BODY, '２０２４年６月３日', '聊政办发〔２０２４〕５号');
    assert.deepEqual(check(digitWidth, text).map(({ fix: _f, ...d }) => d), [
      { ruleId: 'punctuation/digit-width', line: 3, column: 5, text: '〔２０２４〕５号', message: `全角数字“〔２０２４〕５号”应改为半角“〔2024〕5号”（${WHY}）。` },
      { ruleId: 'punctuation/digit-width', line: 14, column: 1, text: '２０２４年６月３日', message: `全角数字“２０２４年６月３日”应改为半角“2024年6月3日”（${WHY}）。` },
    ]);
    assert.equal(fixed(digitWidth, text), draftDoc(BODY));
    // Runs apart (a number and a count in one sentence) stay apart; a telephone number is one.
    const phone = draftDoc('    一、总体要求\n    各县于７月１０日前报送３份材料，联系电话：０６３５－８２１１１１１。');
    assert.deepEqual(check(digitWidth, phone).map((d) => d.text), ['７月１０日', '３', '０６３５－８２１１１１１']);
  });

  it("passes an extracted issue whose digits are full-width throughout (the PDF's or its reader's rendering), but not a few among half-width ones (othergaz2)", () => {
    const doc = (number: string, title: string, day: number) => ['', '聊城市人民政府办公室', number, `聊城市人民政府办公室${title}`, '各县（市、区）人民政府：', '一、做好有关工作。', '二、于3月20日前报送1份材料。', '聊城市人民政府办公室', `2024年3月${day}日`];
    const issue = ['聊城市人民政府公报', '2024', '第3期（总第201期）', '目录', '◎市政府办公室文件', '关于开展节水宣传周活动的通知', '聊政办字〔2024〕21号 2', '关于做好冬季供暖工作的通知', '聊政办字〔2024〕22号 6',
      ...doc('聊政办字〔2024〕21号', '关于开展节水宣传周活动的通知', 4), ...doc('聊政办字〔2024〕22号', '关于做好冬季供暖工作的通知', 6), ''].join('\n');
    const wide = issue.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    assert.deepEqual(check(digitWidth, wide), []);
    const few = issue.replace('2024年3月6日', '２０２４年３月６日');
    assert.deepEqual(check(digitWidth, few).map((d) => d.text), ['２０２４年３月６日']);
    // A draft typed so is still a slip in every number.
    assert.equal(check(digitWidth, draftDoc(BODY, '２０２４年６月３日', '聊政办发〔２０２４〕５号').replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))).length > 3, true);
  });

  it('passes the misprint a correction quotes, not full-width digits quoted elsewhere (redteam7)', () => {
    assert.deepStrictEqual(check(digitWidth, draftDoc('    一、第三条中的“３０日”误印为全角数字，现更正为“30日”。')), []);
    assert.deepStrictEqual(check(digitWidth, draftDoc('    一、按照“３０日内办结”的要求执行。')).map((d) => d.text), ['３０']);
  });

  it('reports item markers and amounts in the body', () => {
    const text = draftDoc('    一、总体要求\n    １.提高认识。\n    2.压实责任，安排资金３００万元。');
    assert.deepEqual(check(digitWidth, text).map((d) => [d.line, d.column, d.text]), [[10, 5, '１'], [11, 16, '３００']]);
    assert.equal(fixed(digitWidth, text), draftDoc(BODY));
  });

  it('reports a full-width decimal once, fixed with a half-width point (QA round thirteen)', () => {
    const text = draftDoc('    一、总体要求\n    １．平均浓度控制在４２．５微克/立方米以内，优良天数比例达到６８．２％以上。');
    assert.deepEqual(check(digitWidth, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [10, 5, '１', `全角数字“１”应改为半角“1”（${WHY}）。`],
      [10, 14, '４２．５', `全角数字“４２．５”应改为半角“42.5”（${WHY}）。`],
      [10, 35, '６８．２', `全角数字“６８．２”应改为半角“68.2”（${WHY}）。`],
    ]);
    assert.equal(fixed(digitWidth, text), draftDoc('    一、总体要求\n    1．平均浓度控制在42.5微克/立方米以内，优良天数比例达到68.2％以上。'));
  });

  it('reads a decimal point between full-width digits as part of the number (３．５ → 3.5); commas and an item marker\'s point stay', () => {
    const text = draftDoc('    一、总体要求\n    １．提高认识。\n    2.安排资金３．５万元，覆盖１２，３个县，增长０．２５个百分点。');
    assert.deepEqual(check(digitWidth, text).map(({ fix: _f, ...d }) => [d.line, d.column, d.text, d.message]), [
      [10, 5, '１', `全角数字“１”应改为半角“1”（${WHY}）。`],
      [11, 11, '３．５', `全角数字“３．５”应改为半角“3.5”（${WHY}）。`],
      [11, 19, '１２', `全角数字“１２”应改为半角“12”（${WHY}）。`],
      [11, 22, '３', `全角数字“３”应改为半角“3”（${WHY}）。`],
      [11, 28, '０．２５', `全角数字“０．２５”应改为半角“0.25”（${WHY}）。`],
    ]);
    assert.equal(fixed(digitWidth, text), draftDoc('    一、总体要求\n    1．提高认识。\n    2.安排资金3.5万元，覆盖12，3个县，增长0.25个百分点。'));
  });
});

describe('full-width digits in the parser', () => {
  const parse = (t: string) => parseGazette(new SourceText(t)).documents[0];

  it('reads a 发文字号, a 成文日期 and item markers written with full-width digits', () => {
    const half = parse(draftDoc(BODY));
    const full = parse(draftDoc('    一、总体要求\n    １．提高认识。\n    ２．压实责任，安排资金３００万元。', '２０２４年 ６ 月３日', '聊政办发〔２０２４〕５号'));
    assert.equal(full.number?.canonical, '聊政办发〔2024〕5号');
    assert.equal(full.date?.iso, '2024-06-03');
    assert.deepEqual(full.items.map((i) => [i.level, i.value]), half.items.map((i) => [i.level, i.value]));
    assert.deepEqual(full.items.map((i) => i.marker), ['一、', '1．', '2．']);
  });

  it('reads a decimal point between full-width digits as a point, and nothing else', () => {
    const doc = parse(draftDoc('    一、总体要求\n    １．安排资金３．５万元，覆盖１２，３个县。'));
    assert.deepEqual(doc.paragraphs.map((p) => p.text).filter((t) => t.includes('万元')), ['1．安排资金3.5万元，覆盖12，3个县。']);
    assert.deepEqual(doc.items.map((i) => i.marker), ['一、', '1．']);
  });

  it('so the other rules still judge them: a year that is not the date\'s, a skipped item number', () => {
    const found = check(yearDate, draftDoc(BODY, '2024年6月3日', '聊政办发〔２０２３〕５号'));
    assert.deepEqual(found.map((d) => [d.line, d.text]), [[3, '２０２３']]);
    assert.equal(check(sequence, draftDoc('    一、总体要求\n    １．提高认识。\n    ３．压实责任。')).length, 1);
  });
});
