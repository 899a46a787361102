import * as assert from 'node:assert';
import { check, fixed } from '../testing';
import { articleRef } from './article-ref';
import { decreeWithRegulation, NOTE_AT_16 } from '../../parse/decree-fixture';

const rules = (articles: string[]) => `聊城市人民政府办公室文件

聊政办字〔2024〕20号

聊城市人民政府办公室
关于印发聊城市再生水利用管理办法的通知

各县（市、区）人民政府，市政府各部门：
    《聊城市再生水利用管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。

聊城市人民政府办公室
2024年12月27日

聊城市再生水利用管理办法

${articles.join('\n')}
`;

const ok = [
  '第一条 为促进再生水利用，制定本办法。',
  '第二条 本办法适用于本市行政区域。',
  '第三条 再生水利用应当符合国家标准。',
  '违反前款规定的，依照《中华人民共和国水法》第七十二条规定处理。',
  '第四条 违反本办法第三条规定的，由主管部门责令改正；本条所称主管部门，是指市水利局。',
  '第五条 本办法第一条、第二条的解释由市水利局负责。',
];

describe('cross-ref/article-ref', () => {
  it('accepts references to existing articles, 前款 in a second paragraph, and other laws\' articles', () => {
    assert.deepStrictEqual(check(articleRef, rules(ok)), []);
  });

  it('passes the articles of a text named by its number (国务院令第722号第十二条, （…）第十二条, 9号文件第十五条) (redteam4)', () => {
    for (const line of ['第五条 依照《优化营商环境条例》（国务院令第722号）第十二条规定执行。', '第五条 按照国务院令第722号第十二条规定执行。',
      '第五条 按照鲁政发〔2025〕9号文件第十五条规定执行。',
      // Named just before as 上述法律 / 上述法规 (redteam7).
      '第五条 《中华人民共和国水法》《城市供水条例》另有规定的，依照上述法律第六十九条、上述法规第三十三条的规定处罚。']) {
      assert.deepStrictEqual(check(articleRef, rules([...ok.slice(0, 5), line])), [], line);
    }
    assert.deepStrictEqual(check(articleRef, rules([...ok.slice(0, 5), '第五条 按照本文件第十五条规定执行。'])).map((f) => f.text), ['第十五条']);
  });

  it('passes an article of the text before its revision (修订前的本办法第二十五条) (redteam7)', () => {
    for (const line of ['第五条 依照修订前的本办法第二十五条取得的许可，在有效期内继续有效。', '第五条 依照修改前的第十二条取得的许可继续有效。']) {
      assert.deepStrictEqual(check(articleRef, rules([...ok.slice(0, 5), line])), [], line);
    }
  });

  it('reports an article that does not exist, in a run of references too', () => {
    const text = rules([...ok.slice(0, 5), '第五条 本办法第一条、第九条的解释由市水利局负责。']);
    assert.deepStrictEqual(check(articleRef, text).map((f) => [f.line, f.column, f.text, f.message]), [[21, 12, '第九条',
      '引用的“第九条”不存在：本办法的条款为第一条至第五条，没有第九条。请核对条号。']]);
  });

  it('names the text as the reference does (本规定), or 本文件 for a bare 第X条 (QA round eight: was 本文件（该部分）)', () => {
    const named = rules([...ok.slice(0, 5), '第五条 本规定第九条的解释由市水利局负责。']);
    assert.deepStrictEqual(check(articleRef, named).map((f) => f.message), ['引用的“第九条”不存在：本规定的条款为第一条至第五条，没有第九条。请核对条号。']);
    const bare = rules([...ok.slice(0, 5), '第五条 违反第九条规定的，由市水利局责令改正。']);
    assert.deepStrictEqual(check(articleRef, bare).map((f) => f.message), ['引用的“第九条”不存在：本文件的条款为第一条至第五条，没有第九条。请核对条号。']);
  });

  it('reports 前款 in the first paragraph of an article', () => {
    const text = rules([...ok.slice(0, 3), '第四条 违反前款规定的，由主管部门责令改正。']);
    assert.deepStrictEqual(check(articleRef, text).map((f) => [f.line, f.column, f.text]), [[19, 7, '前款']]);
  });

  // A 令 or 办法 refers to 款 and 项 as often as to articles (第十五条第二款, 本条第一款第三项):
  // a 款 is an article's paragraph, a 项 one of its （一） items.
  const clauses = [
    '第一条 为规范公共停车设施管理，制定本办法。',
    '第二条 公共停车场经营者应当遵守下列规定：',
    '（一）公示收费标准；',
    '（二）保持设施完好。',
    '公共停车场经营者不得擅自停止经营。',
    '第三条 有下列情形之一的，免收停车费：',
    '（一）执行任务的警车；',
    '（二）残疾人驾驶的专用车辆；',
    '（三）停放不超过十五分钟的车辆。',
    '本条第一款第三项规定的免费时长，可以调整。',
    '第四条 违反本办法第二条第二款规定的，责令改正；违反第二条第一款第二项、第三条第一项规定的，予以警告。',
    '第五条 本办法自2026年3月1日起施行。',
  ];

  it('accepts references to existing 款 and 项 (本办法第X条第Y款, 本条第Y款第Z项, 第X条第Z项)', () => {
    assert.deepStrictEqual(check(articleRef, rules(clauses)), []);
  });

  it('reports a 款 the article does not have', () => {
    const text = rules(clauses.map((l) => l.replace('本办法第二条第二款', '本办法第二条第三款')));
    assert.deepStrictEqual(check(articleRef, text).map((f) => [f.line, f.text, f.message]), [[26, '第三款',
      '引用的“第二条第三款”不存在：第二条只有两款。请核对款号。']]);
  });

  it('reports a 项 the 款 does not have, after 本条 and after 第X条第Y款', () => {
    const text = rules(clauses.map((l) => l.replace('本条第一款第三项', '本条第一款第五项').replace('第二条第一款第二项', '第二条第一款第四项')));
    assert.deepStrictEqual(check(articleRef, text).map((f) => [f.line, f.text, f.message]), [
      [25, '第五项', '引用的“本条第一款第五项”不存在：本条第一款只有三项。请核对项号。'],
      [26, '第四项', '引用的“第二条第一款第四项”不存在：第二条第一款只有两项。请核对项号。'],
    ]);
  });

  it('reports a 项 前款 does not have: the 款 before the paragraph (probe10)', () => {
    assert.deepStrictEqual(check(articleRef, rules(clauses.map((l) => l.replace('本条第一款第三项', '前款第（三）项')))), []);
    const text = rules(clauses.map((l) => l.replace('本条第一款第三项', '前款第（四）项')));
    assert.deepStrictEqual(check(articleRef, text).map((f) => [f.line, f.text, f.message]), [
      [25, '前款第（四）项', '引用的“前款第（四）项”不存在：第三条在此之前只有三项。请核对项号。'],
    ]);
    // A 款 with no numbered items is not judged; nor 前款 in the first 款 (reported as such).
    assert.deepStrictEqual(check(articleRef, rules(clauses.map((l) => l.replace('公共停车场经营者不得擅自停止经营。', '公共停车场经营者不得擅自停止经营。\n违反前款第四项规定的，责令改正。')))).map((f) => f.text), []);
  });

  it('judges no reference in a text whose chapters each number their articles from 第一条 (numbering/sequence reports that) (probe10)', () => {
    const perChapter = ['第一章 总则', ok[0], ok[1], '第二章 管理', '第一条 违反本办法第三条规定的，依法处理。', '第二条 本办法自2026年1月1日起施行。'];
    assert.deepStrictEqual(check(articleRef, rules(perChapter)), []);
  });

  it('reports a chapter 本办法第X章 the text does not have (probe10)', () => {
    const chapters = ['第一章 总则', ok[0], ok[1], '第二章 管理', ok[2], ok[3], ok[4], ok[5]];
    assert.deepStrictEqual(check(articleRef, rules([...chapters, '第六条 违反本办法第二章规定的，依法处理。'])), []);
    const text = rules([...chapters, '第六条 违反本办法第三章规定的，依法处理。']);
    assert.deepStrictEqual(check(articleRef, text).map((f) => [f.line, f.text, f.message]), [
      [24, '第三章', '引用的“第三章”不存在：本办法共二章，没有第三章。请核对章号。'],
    ]);
    // Another law's chapter, and a text without chapters, are not judged.
    assert.deepStrictEqual(check(articleRef, rules([...chapters, '第六条 依照《中华人民共和国水法》第七章规定处理。'])), []);
    assert.deepStrictEqual(check(articleRef, rules([...ok, '第六条 违反本办法第三章规定的，依法处理。'])), []);
  });

  it('reads a 项 written in its brackets (第（三）项) as 第三项 (probe5: 第十一条第（五）项 of a four-item article was silent)', () => {
    const bracketed = clauses.map((l) => l.replace('本条第一款第三项', '本条第一款第（三）项').replace('第二条第一款第二项、第三条第一项', '第二条第一款第（二）项、第三条第（一）项'));
    assert.deepStrictEqual(check(articleRef, rules(bracketed)), []);
    const text = rules(bracketed.map((l) => l.replace('第二条第一款第（二）项', '第二条第一款第（四）项')));
    assert.deepStrictEqual(check(articleRef, text).map((f) => [f.line, f.text, f.message]), [
      [26, '第（四）项', '引用的“第二条第一款第（四）项”不存在：第二条第一款只有两项。请核对项号。'],
    ]);
  });

  it('reports a 项 numbered in digits (第三条第（1）项, 第二款第(2)项, 第三条第1项) with its Chinese numeral as the fix (probe7)', () => {
    const text = rules(clauses.map((l) => l.replace('第二条第一款第二项、第三条第一项', '第二条第一款第(2)项、第三条第（1）项')));
    assert.deepStrictEqual(check(articleRef, text).map((f) => [f.line, f.text, f.message, f.fix]), [
      [26, '第(2)项', '项号“第(2)项”应写作“第（二）项”（条款序号：第X条、第X款、第（X）项，项用汉字数字；（1）、1.是项以下的层次）。', text.replace('第(2)项', '第（二）项')],
      [26, '第（1）项', '项号“第（1）项”应写作“第（一）项”（条款序号：第X条、第X款、第（X）项，项用汉字数字；（1）、1.是项以下的层次）。', text.replace('第（1）项', '第（一）项')],
    ]);
    const bare = rules(clauses.map((l) => l.replace('第三条第一项', '第三条第1项')));
    assert.deepStrictEqual(check(articleRef, bare).map((f) => [f.text, f.fix]), [['第1项', bare.replace('第三条第1项', '第三条第一项')]]);
    // Not after an article or 款: a task's 第1项 is no article reference.
    assert.deepStrictEqual(check(articleRef, rules([...ok, '第六条 年度计划第（1）项任务由市水利局负责。'])), []);
  });

  it('reports an article number in Arabic digits, with the Chinese numeral as its fix, and not another text\'s or a quoted one', () => {
    const text = rules(clauses.map((l) => l.replace('违反本办法第二条第二款', '违反本办法第2条第二款').replace('第三条第一项规定', '第9条规定')));
    assert.deepStrictEqual(check(articleRef, text).map((f) => [f.line, f.text, f.message, f.fix !== undefined]), [
      [26, '第2条', '条号“第2条”应用汉字数字，写作“第二条”（条款序号用汉字：第X条、第X款、第X项）。', true],
      [26, '第9条', '条号“第9条”应用汉字数字，写作“第九条”（条款序号用汉字：第X条、第X款、第X项）；且本文件没有第九条，请核对条号。', false],
    ]);
    assert.ok(check(articleRef, text)[0].fix!.includes('违反本办法第二条第二款'));
    const foreign = rules([...clauses.slice(0, 9), '本条第一款第三项规定的免费时长，依照《山东省停车条例》第5条调整，并执行“第7条”所列标准。', ...clauses.slice(10)]);
    assert.deepStrictEqual(check(articleRef, foreign), []);
  });

  it('does not count 项 written inline, nor judge another law\'s 款', () => {
    const text = rules([
      '第一条 经营者应当遵守下列规定：（一）公示收费标准；（二）保持设施完好。',
      '第二条 违反本办法第一条第三项规定的，依照《中华人民共和国价格法》第十三条第四款处理。',
    ]);
    assert.deepStrictEqual(check(articleRef, text), []);
  });
});

describe('cross-ref/article-ref: a decision and the regulation it reprints', () => {
  it('does not judge the decision\'s references to the old text by the reprinted articles, with the 公布 note wrapped at 16 characters', () => {
    for (const note of [[NOTE_AT_16.join('')], NOTE_AT_16]) {
      assert.deepStrictEqual(check(articleRef, decreeWithRegulation(note).join('\n')), [], `${note.length} lines`);
    }
  });
});

describe('cross-ref/article-ref: the articles a decision amends', () => {
  const decision = (items: string[]) => `聊城市人民政府令\n\n第55号\n\n《聊城市人民政府关于修改部分市政府规章的决定》已经2025年9月26日市人民政府第21次常务会议通过，现予公布，自2025年11月1日起施行。\n\n市长：张百顺\n\n2025年10月10日\n\n聊城市人民政府关于修改部分市政府规章的决定\n\n一、对《聊城市燃气管理办法》（聊城市人民政去令第32号）作出修改\n\n${items.join('\n\n')}\n\n本决定自2025年11月1日起施行。\n`;
  it('passes its 第X条 in Chinese numerals, none of which this document holds', () => {
    assert.deepStrictEqual(check(articleRef, decision(['1. 将第十六条修改为：“违反本办法第十条规定的，依法处理。”', '2. 删去第二十条。', '3. 将第三十条改为第二十九条，第二款修改为：“本条第一款所称燃气，是指天然气。”', '4. 增加一条，作为第十条：“燃气经营企业应当建立隐患排查制度。”'])), []);
  });
  it('reports one in Arabic digits, and fixes it; not a digit the quoted amended text holds', () => {
    const found = check(articleRef, decision(['1. 将第16条修改为：“巡游出租汽车驾驶员应当按照规定使用计价器。”', '2. 删去第二十条。', '3. 将第三十条改为第29条，修改为：“依照第7条处理。”']));
    assert.deepStrictEqual(found.map((d) => [d.line, d.text, d.message]), [
      [15, '第16条', '条号“第16条”应用汉字数字，写作“第十六条”（条款序号用汉字：第X条、第X款、第X项）。'],
      [19, '第29条', '条号“第29条”应用汉字数字，写作“第二十九条”（条款序号用汉字：第X条、第X款、第X项）。'],
    ]);
  });
  it('reports a number mixing Chinese numerals and digits (第十2条), and fixes it (probe10)', () => {
    const found = check(articleRef, decision(['1. 将第十2条第一款修改为：“巡游出租汽车驾驶员应当按照规定使用计价器。”', '2. 删去第二十条。']));
    assert.deepStrictEqual(found.map((d) => [d.line, d.text, d.message]), [
      [15, '第十2条', '条号“第十2条”应用汉字数字，写作“第十二条”（条款序号用汉字：第X条、第X款、第X项）。'],
    ]);
    assert.ok(fixed(articleRef, decision(['1. 将第十2条第一款修改为：“驾驶员应当使用计价器。”'])).includes('1. 将第十二条第一款修改为'));
  });
});

describe('cross-ref/article-ref in a 通告 written in items (probe14)', () => {
  const notice = (ref: string, extra = '') => ['聊城市人民政府', '', '聊政通字〔2026〕3号', '', '聊城市人民政府关于中心城区禁止燃放烟花爆竹的通告', '',
    '为保障公共安全，现就有关事项通告如下：', '', '一、禁止燃放的区域为中心城区。', '', '二、禁止燃放的时间为全年。', '',
    '三、禁止在禁放区域内销售烟花爆竹。', '', `四、违反${ref}规定的，由公安机关依法处罚。`, '', `五、本通告自2026年11月1日起施行。${extra}`, '',
    '聊城市人民政府', '', '2026年10月12日', ''].join('\n');
  const found = (text: string) => check(articleRef, text).map((d) => [d.text, d.message]);
  it('reports 本通告第X条 beyond its items (一、…五、 are its 条)', () => {
    assert.deepEqual(found(notice('本通告第六条')), [['第六条', '引用的“第六条”不存在：本通告只有五条（“一、”至“五、”）。请核对条号。']]);
    assert.deepEqual(found(notice('本通告第一条、第七条')).map((f) => f[0]), ['第七条']);
  });
  it('passes items that exist, and a 通告 whose items are not seen whole', () => {
    assert.deepEqual(found(notice('本通告第一条、第二条')), []);
    assert.deepEqual(found(notice('本通告第六条').replace('三、禁止在禁放区域内', '（三）禁止在禁放区域内').replace('二、禁止燃放的时间', '禁止燃放的时间')), []);
  });
});
