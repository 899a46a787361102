// One document's head, 附件说明 and attached documents (document.ts, parseDocument), read from its text.
import * as assert from 'node:assert/strict';
import { SourceText } from '../text/source';
import { decreeWithRegulation, NOTE_AT_16 } from './decree-fixture';
import { parseGazette } from './gazette';
import { attachmentsToName, issuedParts } from './document';

const parse = (lines: string[]) => parseGazette(new SourceText(lines.join('\n'))).documents[0];

/** A 印发 notice of `issued`, followed by the attached document whose heading is `heading` (lines). */
const notice = (issued: string, heading: string[], md = false) => [
  `${md ? '# ' : ''}聊城市人民政府办公室`, '', '聊政办字〔2025〕9号', '', `${md ? '## ' : ''}聊城市人民政府办公室关于印发${issued}的通知`, '',
  '各县（市、区）人民政府，市属开发区管委会，市政府有关部门、直属机构：', '',
  `《${issued}》已经市政府同意，现印发给你们，请认真组织实施。`, '', '聊城市人民政府办公室', '2025年3月20日', '',
  ...heading.map((h) => `${md ? '## ' : ''}${h}`), '', '为全面提升城乡环境面貌，结合我市实际，制定本方案。', '', '一、工作目标', '',
];

describe('parser: a title printed with its qualifier on a line of its own', () => {
  it('an attached document\'s heading takes the qualifier below it, plain or in markdown', () => {
    for (const md of [false, true]) {
      for (const q of ['（2025—2027年）', '（试行）', '（暂行）', '（草案）', '（修订）']) {
        const d = parse(notice(`聊城市城乡环境综合整治提升三年行动方案${q}`, ['聊城市城乡环境综合整治提升三年行动方案', q], md));
        assert.equal(d.attachments[0]?.title?.text, `聊城市城乡环境综合整治提升三年行动方案${q}`, `${q}${md ? ', markdown' : ''}`);
        assert.equal(d.paragraphs.find((p) => p.text.startsWith('为全面'))?.text, '为全面提升城乡环境面貌，结合我市实际，制定本方案。');
      }
    }
  });

  it('a form\'s heading takes its （样式） or （参考样式） below it', () => {
    for (const q of ['（样式）', '（参考样式）', '（示范文本）']) {
      const d = parse(notice(`聊城市城市道路挖掘许可申请表${q}`, ['聊城市城市道路挖掘许可申请表', q]));
      assert.equal(d.attachments[0]?.title?.text, `聊城市城市道路挖掘许可申请表${q}`, q);
    }
  });

  it('the document\'s own title takes a qualifier line, and the rest of the title after it', () => {
    const head = (title: string[]) => parse(['聊政办字〔2025〕9号', '', ...title, '', '各县（市、区）人民政府：', '', '现印发给你们，请认真组织实施。']);
    assert.equal(head(['聊城市城乡环境综合整治提升三年行动方案', '（2025—2027年）']).title?.text, '聊城市城乡环境综合整治提升三年行动方案（2025—2027年）');
    assert.equal(head(['关于印发聊城市城乡环境综合整治提升三年行动方案', '（2025—2027年）的通知']).title?.text, '关于印发聊城市城乡环境综合整治提升三年行动方案（2025—2027年）的通知');
  });

  it('the document\'s own title takes the 的通知 a wrap put on a line of its own after a title word (probe20, wrapped at 28)', () => {
    const head = (title: string[]) => parse(['聊政发〔2022〕11号', '', ...title, '', '各县（市、区）人民政府：', '', '现将《聊城市制造业数字化转型实施方案》印发给你们，请认真贯彻执行。']);
    const d = head(['聊城市人民政府 关于印发聊城市制造业数字化转型 实施方案', '的通知']);
    assert.equal(d.title?.text, '聊城市人民政府关于印发聊城市制造业数字化转型实施方案的通知');
    assert.equal(d.type, '印发通知');
    assert.equal(head(['关于加快推进数字经济发展的实施意见', '的补充通知']).title?.text, '关于加快推进数字经济发展的实施意见的补充通知');
    // A 的 line that is no title's end stays apart.
    assert.equal(head(['关于加快推进数字经济发展的实施意见', '的各项任务，请认真落实。']).title?.text, '关于加快推进数字经济发展的实施意见');
  });

  it('a line that only opens with a bracket stays apart: a 大事记\'s month, a regulation\'s 公布 note, a body sentence', () => {
    assert.equal(parse(['聊城市人民政府大事记', '', '（2025年3月）', '', '3月1日，市政府召开常务会议。']).title?.text, '聊城市人民政府大事记');
    const d = parse(notice('聊城市某某管理办法', ['聊城市某某管理办法', '（2018年11月14日聊城市人民政府令第33号公布）']));
    assert.equal(d.attachments[0]?.title?.text, '聊城市某某管理办法');
    const body = parse(['聊政办字〔2025〕9号', '', '关于某事的通知', '', '各县（市、区）人民政府：', '', '一、编制实施方案', '（2025年）各地要按期完成。']).paragraphs.map((p) => p.text);
    assert.deepEqual(body, ['各县（市、区）人民政府：', '一、编制实施方案', '（2025年）各地要按期完成。']);
  });
});

describe('parser: the 附件说明 of an attached document followed by its annexes', () => {
  it('ends at the 版记 printed after the attached document, which is read as the document\'s 抄送 and 印发 lines', () => {
    const d = parse(notice('聊城市城市更新行动实施方案', ['聊城市城市更新行动实施方案']).concat([
      '一、总体要求', '', '坚持以人民为中心。', '',
      '附件：1. 城市更新重点项目清单', '      2. 城市更新工作联系人名单', '',
      '抄送：市委各部门，市人大常委会办公室，市政协办公室。', '聊城市人民政府办公室                   2025年8月5日印发',
    ]));
    assert.deepEqual(d.attachmentNote?.entries.map((e) => [e.index, e.name.text]), [[1, '城市更新重点项目清单'], [2, '城市更新工作联系人名单']]);
    assert.equal(d.cc?.text, '抄送：市委各部门，市人大常委会办公室，市政协办公室。');
    assert.match(d.printedBy?.text ?? '', /2025年8月5日印发$/);
  });

  it('ends at the first annex\'s label, with no signature between', () => {
    const d = parse(notice('聊城市公共数据授权运营管理办法（试行）', ['聊城市公共数据授权运营管理办法（试行）']).concat([
      '第十四条 本办法自2025年4月15日起施行，有效期2年。', '',
      '附件：1. 公共数据授权运营申请书（样式）', '2. 公共数据授权运营年度评估指标', '',
      '附件1', '', '公共数据授权运营申请书（样式）', '', '申请单位名称、统一社会信用代码、法定代表人。', '',
      '附件2', '', '公共数据授权运营年度评估指标', '', '序号\t评估内容\t分值', '1\t数据安全管理制度建设\t30',
    ]));
    assert.deepEqual(d.attachmentNote?.entries.map((e) => [e.index, e.name.text]), [[1, '公共数据授权运营申请书（样式）'], [2, '公共数据授权运营年度评估指标']]);
    assert.deepEqual(d.attachments.map((a) => [a.label, a.index, a.title?.text]), [
      [undefined, undefined, '聊城市公共数据授权运营管理办法（试行）'], ['附件1', 1, '公共数据授权运营申请书（样式）'], ['附件2', 2, '公共数据授权运营年度评估指标'],
    ]);
  });
});

describe('parser: the documents a 印发 notice issues together', () => {
  /** A notice issuing two 措施 printed one after another, as an issue prints them (no 附件N label). */
  const two = (body: string) => [
    '聊城市人民政府办公室文件', '', '聊政办发〔2023〕7号', '', '聊城市人民政府办公室',
    '印发关于支持新能源产业钢管产业高质量发展的若干措施的通知', '',
    '各县（市、区）人民政府，市属开发区管委会，市政府有关部门、直属机构：',
    body, '', '聊城市人民政府办公室', '2023年7月11日', '',
    '关于支持新能源产业高质量发展的若干措施', '', '一、总体要求', '新能源产业是战略性新兴产业。', '二、重点任务', '加快光伏项目建设。', '',
    '关于支持钢管产业高质量发展的 若干措施', '', '一、总体要求', '钢管产业是我市传统优势产业。', '',
  ];

  it('each heading that names one of the titles the notice\'s sentence cites opens an attached document', () => {
    const d = parse(two('《关于支持新能源产业高质量发展的若干措施》《关于支持钢管产业高质量\n发展的若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。'));
    assert.deepEqual(d.attachments.map((a) => [a.label, a.title?.text]), [
      [undefined, '关于支持新能源产业高质量发展的若干措施'], [undefined, '关于支持钢管产业高质量发展的若干措施'],
    ]);
    // Each attached document numbers its items on its own.
    assert.deepEqual(d.items.map((i) => [i.sequence, i.value]), [[1, 1], [1, 2], [2, 1]]);
  });

  it('a heading the sentence does not cite stays a heading of the one attached document', () => {
    const d = parse(two('《关于支持新能源产业高质量发展的若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。'));
    assert.deepEqual(d.attachments.map((a) => a.title?.text), ['关于支持新能源产业高质量发展的若干措施']);
  });
});

describe('parser: a regulation a decree reprints after the decision that amends it', () => {
  it('numbers its articles apart from the decision\'s items, after a 公布 note on one line or wrapped over several', () => {
    for (const note of [[NOTE_AT_16.join('')], NOTE_AT_16]) {
      const d = parse(decreeWithRegulation(note));
      const item = d.items.find((i) => i.marker.startsWith('1.'));
      const article = d.items.find((i) => i.level === 12);
      assert.ok(item && article, d.items.map((i) => i.marker).join(' '));
      assert.notEqual(article.sequence, item.sequence, `${note.length} lines`);
      assert.deepEqual(d.items.filter((i) => i.sequence === article.sequence).map((i) => i.marker.replace(/\s/g, '')), ['第一章', '第一条', '第二条', '第三条']);
    }
  });
});

describe('parser: an upward document\'s head, its 签发人 on the number line (GB/T 9704 7.2.6)', () => {
  it('reads the number, then the title and 主送 under it', () => {
    for (const signer of ['签发人：张百顺', '签发人：张百顺  李明', '签发人:张百顺']) {
      const d = parse(['聊城市人民政府文件', '', `聊政呈〔2025〕6号                        ${signer}`, '',
        '聊城市人民政府关于2025年上半年安全生产工作情况的报告', '', '省人民政府：', '', '现将有关情况报告如下。', '', '特此报告。', '', '聊城市人民政府', '', '2025年7月15日']);
      assert.deepEqual([d.number?.canonical, d.title?.text, d.mainRecipient?.text, d.type],
        ['聊政呈〔2025〕6号', '聊城市人民政府关于2025年上半年安全生产工作情况的报告', '省人民政府：', '报告'], signer);
    }
  });
});

describe('parser: a 明传电报\'s head', () => {
  it('reads …明传电报 as the issuer mark: the title after the number, and the 主送 under it (redteam4)', () => {
    const d = parse(['聊城市人民政府办公室明传电报', '', '聊政办发明电〔2026〕1号', '', '聊城市人民政府办公室', '关于做好近期强降雨防范应对工作的紧急通知', '',
      '各县（市、区）人民政府，市政府各部门：', '', '现就有关事项紧急通知如下。', '', '聊城市人民政府办公室', '', '2026年7月5日']);
    assert.deepEqual([d.issuerMark?.text, d.title?.text, d.mainRecipient?.text],
      ['聊城市人民政府办公室明传电报', '聊城市人民政府办公室关于做好近期强降雨防范应对工作的紧急通知', '各县（市、区）人民政府，市政府各部门：']);
  });
});

describe('parser: a 纪要\'s head (GB/T 9704 10.3)', () => {
  it('reads the date on the printing office\'s line under the 期数, and no 主送 from the opening sentence', () => {
    const d = parse(['聊城市人民政府常务会议纪要', '', '〔2025〕第12次', '', '聊城市人民政府办公室                    2025年8月26日', '',
      '2025年8月25日，市长张百顺主持召开市政府第12次常务会议。会议纪要如下：', '', '一、研究了全市秋冬季大气污染防治工作', '', '出席：张百顺、李明、王军']);
    assert.deepEqual([d.type, d.date?.iso, d.mainRecipient?.text], ['纪要', '2025-08-26', undefined]);
    // Without the 期数 line too; a body line that only ends in a date is no head.
    assert.equal(parse(['聊城市人民政府常务会议纪要', '', '聊城市人民政府办公室  2025年8月26日', '', '会议纪要如下：']).date?.iso, '2025-08-26');
    assert.equal(parse(['聊城市人民政府常务会议纪要', '', '会议于2025年8月25日', '', '会议纪要如下：']).date, undefined);
  });
});

describe('parser: a draft 公告 or 通告 (issuer line, then its number line)', () => {
  const draft = (issuer: string, number: string, title: string[] = []) => [issuer, '', number, '', ...title,
    '为切实改善环境空气质量，根据有关法律法规规定，现就有关事项公告如下：', '', '一、禁烧时间：自本公告发布之日起至2025年6月30日。', '',
    '特此公告。', '', '聊城市人民政府', '2025年3月21日'];

  it('takes the issuer line and the number line together as its number', () => {
    for (const [issuer, number, canonical, type] of [
      ['聊城市人民政府公告', '〔2025〕第1号', '聊城市人民政府公告〔2025〕第1号', '公告'],
      ['国家税务总局公告', '2019年第1号', '国家税务总局公告〔2019〕第1号', '公告'],
      ['聊城市人民政府通告', '第3号', '聊城市人民政府通告第3号', '通告'],
    ]) {
      const d = parse(draft(issuer, number));
      assert.deepEqual([d.number?.canonical, d.number?.isNotice, d.issuerMark?.text, d.type], [canonical, true, issuer, type], issuer + number);
      // No title of its own: the opening sentence is neither the title nor a 主送.
      assert.equal(d.title, undefined);
      assert.equal(d.mainRecipient, undefined);
      assert.deepEqual([d.items.length, d.signature?.text, d.date?.iso], [1, '聊城市人民政府', '2025-03-21']);
    }
  });

  it('reads a title after the number, and the number on one line', () => {
    const d = parse(draft('聊城市人民政府公告', '〔2025〕第1号', ['聊城市人民政府关于春季禁止露天焚烧秸秆的公告', '']));
    assert.equal(d.title?.text, '聊城市人民政府关于春季禁止露天焚烧秸秆的公告');
    assert.equal(parse(['国家税务总局公告2019年第1号', '', ...draft('', '').slice(4)]).number?.canonical, '国家税务总局公告〔2019〕第1号');
  });
});

describe('parser: a 人大常委会公告 and its number (第12号 in brackets, on its own line or the head line)', () => {
  const PROMULGATION = ['《聊城市物业管理条例》已于2024年6月25日经聊城市第十八届人民代表大会常务委员会第二十次会议通过，2024年7月31日经山东省第十四届人民代表大会常务委员会第十次会议批准，现予公布，自2024年10月1日起施行。', '',
    '聊城市人民代表大会常务委员会', '2024年8月5日'];
  const HEAD = '聊城市人民代表大会常务委员会公告';
  it('takes （第12号） under the head line, or after it on one line, as the number', () => {
    for (const head of [[HEAD, '第12号'], [HEAD, '（第12号）'], [HEAD, '(第 12 号)'], [HEAD + '（第12号）']]) {
      const d = parse([...head, '', ...PROMULGATION]);
      assert.deepEqual([d.type, d.number?.canonical, d.number?.isNotice, d.issuerMark?.text, d.title?.text], ['公告', HEAD + '第12号', true, HEAD, undefined], head.join('⏎'));
      assert.equal(d.number!.parts.seq.end - d.number!.parts.seq.start, 2);
    }
    // A head of 20 characters (a 届 in it) keeps its whole issuer.
    const long = '聊城市第十八届人民代表大会常务委员会公告';
    assert.equal(parse([long, '（第3号）', '', ...PROMULGATION]).number?.canonical, long + '第3号');
    // Cited in running text, 第N号 alone: a 人大常委会's issuer tells the number from the words before it.
    const cites = parse([HEAD, '（第12号）', '', '根据聊城市人民代表大会常务委员会公告第11号，《聊城市物业管理条例》（聊城市人民代表大会常务委员会公告第11号）自2024年10月1日起施行。', '', ...PROMULGATION]).citations;
    assert.deepEqual(cites.map((c) => [c.title.text, c.number?.canonical]), [['聊城市物业管理条例', HEAD + '第11号'], ['聊城市物业管理条例', undefined]]);
    // A title ending in 公告 with a bracket is no head: 关于…的公告（第2号） stays a title.
    assert.equal(parse(['聊城市人民政府关于征收土地的公告（第2号）', '', ...PROMULGATION]).number, undefined);
  });
  it('reads its number in Chinese numerals (（第十二号）) or split over two lines (（第12 ⏎ 号）) as （第12号）', () => {
    for (const head of [[HEAD, '（第十二号）'], [HEAD + '（第十二号）'], [HEAD, '（第12', '号）'], [HEAD + '（第', '12号）'], [HEAD + '（第十', '二号）'], [HEAD, '第十二号']]) {
      const d = parse([...head, '', ...PROMULGATION]);
      assert.deepEqual([d.type, d.number?.canonical, d.issuerMark?.text, d.title?.text], ['公告', HEAD + '第12号', HEAD, undefined], head.join('⏎'));
      assert.match(d.paragraphs[0].text, /^《聊城市物业管理条例》/, head.join('⏎'));
    }
    for (const seq of ['（第一百零五号）', '第一百零五号']) {
      const d = parse([HEAD, seq, '', ...PROMULGATION]);
      assert.equal(d.number?.canonical, HEAD + '第105号');
      // The digits stand at the numerals they read: 一百零五 is the number's source span.
      assert.equal(d.number!.parts.seq.end - d.number!.parts.seq.start, 4);
    }
    // 第十二号 under a line that is no 公告's head is no number.
    assert.equal(parse(['聊城市人民政府关于征收土地的公告', '第十二号', '', ...PROMULGATION]).number, undefined);
    // A title's bracket in Chinese numerals is still no head.
    assert.equal(parse(['聊城市人民政府关于征收土地的公告（第二号）', '', ...PROMULGATION]).number, undefined);
  });
});

describe('parser: what a 印发 notice issues, read from its title', () => {
  it('gives the verb and the issued title as written, 《》 and spaces removed; nothing for another title', () => {
    assert.deepEqual(issuedParts('聊城市人民政府办公室关于印发聊城市城市更新行动 实施方案的通知'), { verb: '印发', x: '聊城市城市更新行动实施方案' });
    assert.deepEqual(issuedParts('关于印发《聊城市再生水利用管理办法》的通知'), { verb: '印发', x: '聊城市再生水利用管理办法' });
    assert.deepEqual(issuedParts('聊城市人民政府办公室印发关于加强人才队伍建设的若干措施的通知'), { verb: '印发', x: '关于加强人才队伍建设的若干措施' });
    assert.equal(issuedParts('聊城市人民政府关于推进城市更新的意见'), undefined);
  });
});

describe('parser: the attachments a 附件说明 does not name yet', () => {
  const withNote = (note: string[]) => parse([
    '聊城市人民政府办公室文件', '', '聊政办发〔2025〕3号', '', '聊城市人民政府办公室关于推进城市更新的通知', '',
    '各县（市、区）人民政府：', '', '现就有关事项通知如下。', '', ...note, '', '聊城市人民政府办公室', '2025年3月5日', '',
    '附件1', '', '城市更新项目清单', '', '一、老旧小区', '', '附件2', '', '城市 更新评价指标', '', '第一条 为规范评价工作，制定本指标。', '',
  ]);
  it('lists the printed attachments by label and title, less those the note names', () => {
    assert.deepEqual(attachmentsToName(withNote(['附件：'])), [
      { index: 1, label: '附件1', title: '城市更新项目清单' }, { index: 2, label: '附件2', title: '城市更新评价指标' },
    ]);
    assert.deepEqual(attachmentsToName(withNote(['附件：1.城市更新项目清单', '      2.'])).map((a) => a.label), ['附件2']);
    // the entry being typed names nothing yet, even when what is typed is a whole title
    const doc = withNote(['附件：1.城市更新项目清单', '2.城市更新评价指标']);
    assert.deepEqual(attachmentsToName(doc), []);
    assert.deepEqual(attachmentsToName(doc, { index: 2, name: '城市更新评价指标' }).map((a) => a.label), ['附件2']);
  });
});

describe('parser: heads and headings a narrow hard wrap (12 characters) broke', () => {
  it("a 令's first sentence whose cited title a wrap spread over three lines is no title", () => {
    const lines = decreeWithRegulation([]);
    const at = lines.indexOf('《聊城市人民政府关于修改部分市政府规章的决定》已经2024年10月31日市人民政府第77次常务会议通过，现予公布，自公布之日起施行。');
    const wrapped = [...lines.slice(0, at), '《聊城市人民政府关于', '修改部分市政府规章的', '决定》已经2024年10月', '31日市人民政府第77次', '常务会议通过，现予公布，自公布之日起施行。', ...lines.slice(at + 1)];
    const d = parse(wrapped);
    assert.notEqual(d.title?.text, '《聊城市人民政府关于');
    assert.match(d.paragraphs[0].text, /^《聊城市人民政府关于修改部分市政府规章的决定》已经/);
    // A short first line with no bracket open is still the title when no whole one is found.
    assert.equal(parse(['聊政办字〔2025〕9号', '', '聊城市某某工作安排', '', '各县（市、区）人民政府：', '', '现将有关事项通知如下。']).title?.text, '聊城市某某工作安排');
  });

  it("a 令's first sentence cut by a wrap where no bracket is open is no title either (another gazette's 令)", () => {
    const d = parse(['山东省人民政府令', '', '第365号', '', '《山东省电梯安全管理办法》已经2025年3月25日省政府第56', '次常务会议通过，现予公布，自2025年6月1日起施行。', '',
      '省长　周乃翔', '2025年4月10日', '', '山东省电梯安全管理办法', '', '第一章 总则', '', '第一条 为了加强电梯安全管理，制定本办法。']);
    assert.equal(d.number?.canonical, '山东省人民政府令第365号');
    assert.equal(d.title?.text, '山东省电梯安全管理办法');
    assert.match(d.paragraphs[0].text, /^《山东省电梯安全管理办法》已经.*第56次常务会议通过/);
  });

  it('types a 通报 and a 决议 by their titles (not 其他)', () => {
    assert.equal(parse(['聊政办字〔2025〕40号', '', '聊城市人民政府办公室关于表扬2025年度防汛抢险工作先进集体的通报', '', '各县（市、区）人民政府：', '', '现予通报表扬。']).type, '通报');
    assert.equal(parse(['聊城市第十八届人民代表大会第三次会议关于聊城市人民政府工作报告的决议', '', '会议听取和审议了政府工作报告。']).type, '决议');
    assert.equal(parse(['聊政办字〔2025〕41号', '', '聊城市人民政府办公室关于转发市审计局审计情况通报的通知', '', '各县（市、区）人民政府：', '', '现转发给你们。']).type, '印发通知');
  });

  it("a title wrapped over five narrow lines, and not a body's first lines after a title of one", () => {
    const title = ['聊城市人民政府办公室印', '发关于支持甲产业乙产业', '丙产业丁产业戊产业高质', '量发展和转型升级的若干', '措施的通知'];
    const d = parse(['聊城市人民政府办公室文件', '', '聊政办发〔2025〕7号', '', ...title, '', '各县（市、区）人民政府，市属开发区管委会：', '', '现印发给你们。']);
    assert.equal(d.title?.text, '聊城市人民政府办公室印发关于支持甲产业乙产业丙产业丁产业戊产业高质量发展和转型升级的若干措施的通知');
    assert.equal(d.type, '印发通知');
    // Six lines of 60 characters and more are no title: the search stops at four.
    const long = parse(['聊政办字〔2025〕9号', '', '聊城市某某工作安排', '', '为进一步做好某某工作切实保障', '群众合法权益根据有关规定结合', '我市实际现就有关事项通知如下', '一要提高认识切实加强组织领导', '二要细化措施确保责任落实到位通知']);
    assert.equal(long.title?.text, '聊城市某某工作安排');
  });

  it("an unlabelled attached 措施's heading wrapped in two restarts the numbering", () => {
    const d = parse(['聊城市人民政府办公室', '', '聊政办字〔2025〕9号', '', '聊城市人民政府办公室关于印发支持两个产业发展若干措施的通知', '',
      '各县（市、区）人民政府：', '', '《关于支持甲产业发展的若干措施》《关于支持乙产业高质量发展的若干措施》已经市政府同意，现印发给你们。', '',
      '聊城市人民政府办公室', '2025年3月20日', '', '关于支持甲产业发展的若干措施', '', '一、目标', '', '二、任务', '',
      '关于支持乙产业高质量', '发展的若干措施', '', '一、目标', '', '二、任务']);
    assert.deepEqual(d.attachments.map((a) => a.title?.text), ['关于支持甲产业发展的若干措施', '关于支持乙产业高质量发展的若干措施']);
    assert.deepEqual(d.items.map((i) => `${i.sequence}:${i.marker}`), ['1:一、', '1:二、', '2:一、', '2:二、']);
    // Two lines that name no cited title together are no heading.
    const other = parse(['聊城市人民政府办公室', '', '聊政办字〔2025〕9号', '', '聊城市人民政府办公室关于印发支持两个产业发展若干措施的通知', '',
      '各县（市、区）人民政府：', '', '《关于支持甲产业发展的若干措施》《关于支持乙产业高质量发展的若干措施》已经市政府同意，现印发给你们。', '',
      '聊城市人民政府办公室', '2025年3月20日', '', '关于支持甲产业发展的若干措施', '', '一、目标', '', '二、任务', '',
      '关于支持丙产业高质量', '发展的若干措施', '', '三、保障']);
    assert.equal(other.attachments.length, 1);
  });
});

describe('parser: a date a page break set on a line of its own inside a sentence', () => {
  it('is no 成文日期: the signature and date after the body are', () => {
    const text = ['聊城市人民政府办公室', '', '聊政办字〔2024〕21号', '', '聊城市人民政府办公室关于废止某某文件的通知', '',
      '各县（市、区）人民政府，市政府各部门：', '', '决定对某某文件进行废止。该文件于', '', '2021年6月1日', '', '起施行，自本通知发布之日起停止执行。', '',
      '聊城市人民政府办公室', '2024年12月29日'].join('\n');
    const d = parseGazette(new SourceText(text)).documents[0];
    assert.equal(d.date?.text, '2024年12月29日');
    assert.equal(d.signature?.text, '聊城市人民政府办公室');
  });
});

describe('parser: a 通报\'s title', () => {
  it('is read across its lines like a 通知\'s, the 主送 under it its own paragraph', () => {
    for (const title of [['聊城市人民政府办公室', '关于2025年第三季度重点项目进展情况的通报'], ['聊城市人民政府办公室关于2025年第三季度', '重点项目进展情况的通报']]) {
      const d = parse(['聊城市人民政府办公室', '', '聊政办字〔2025〕40号', '', ...title, '',
        '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：', '', '现将有关情况通报如下。', '', '聊城市人民政府办公室', '2025年10月15日']);
      assert.equal(d.title?.text, '聊城市人民政府办公室关于2025年第三季度重点项目进展情况的通报');
      assert.equal(d.mainRecipient?.text, '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：');
      assert.deepEqual(d.paragraphs.map((p) => p.text), ['各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：', '现将有关情况通报如下。', '聊城市人民政府办公室', '2025年10月15日']);
    }
  });
});

describe('parser: a joint 请示\'s several 签发人 (GB/T 9704 7.2.4, 7.2.6)', () => {
  it('are no part of its head\'s mark, number or title, on one line or two', () => {
    const body = ['', '聊城市教育和体育局　聊城市财政局关于申请拨付2025年校舍维修资金的请示', '', '市政府：', '', '申请资金。', '', '聊城市教育和体育局', '2025年2月28日'];
    for (const head of [['聊教体呈〔2025〕45号　　　　签发人：王志强　李明　张华'], ['聊教体呈〔2025〕45号　　签发人：王志强、李明、张华'],
      ['聊教体呈〔2025〕45号　　　　　　签发人：王志强　李明', '　　　　　　　　　　　　　　　　　　　　　　张华'],
      ['　　　　　　　　　　　　　　　　签发人：王志强　李明', '聊教体呈〔2025〕45号　　　　　　　　　　　张华']]) {
      const d = parse(['聊城市教育和体育局', '聊城市财政局', '文件', '', ...head, ...body]);
      assert.deepEqual([d.issuerMark?.text, d.number?.text, d.title?.text, d.mainRecipient?.text],
        ['聊城市教育和体育局聊城市财政局文件', '聊教体呈〔2025〕45号', '聊城市教育和体育局聊城市财政局关于申请拨付2025年校舍维修资金的请示', '市政府：'], head.join('⏎'));
      assert.equal(d.paragraphs[0].text, '市政府：');
    }
  });
});

describe('parser: a disclosure line (公开方式：主动公开) after the date', () => {
  it('is a line of its own: the attached document\'s heading after it is the heading alone', () => {
    for (const line of ['公开方式：主动公开', '信息公开选项：依申请公开']) {
      const d = parse(notice('聊城市城乡环境综合整治提升三年行动方案', [line, '', '聊城市城乡环境综合整治提升三年行动方案']));
      assert.equal(d.attachments.length, 1, line);
      assert.equal(d.attachments[0].title?.text, '聊城市城乡环境综合整治提升三年行动方案', line);
      assert.equal(d.notes.length, 0, line);
    }
  });

  it('before the 版记 it starts no attached document', () => {
    const d = parse([...notice('聊城市城乡环境综合整治提升三年行动方案', []).slice(0, 12), '', '公开方式：主动公开', '', '抄送：市委各部门。', '']);
    assert.equal(d.attachments.length, 0);
    assert.equal(d.cc?.text, '抄送：市委各部门。');
  });
});

describe('parser: a 规范性文件\'s registration number (登记号) by its 发文字号 (othergaz3)', () => {
  const head = (lines: string[]) => parse(['浙江省人民政府办公厅文件', '', ...lines, '', '各市、县（市、区）人民政府，省政府直属各单位：', '',
    '现就有关事项通知如下。', '', '浙江省人民政府办公厅', '2025年5月28日', '']);
  const TITLE = '浙江省人民政府办公厅关于加快推进数字乡村建设的通知';
  it('is no part of the title, under the number or above it, bare or labelled', () => {
    for (const reg of ['ZJSP01-2025-0007', '登记号：JSSP-2025-00031', 'HBPR-2025-04002']) {
      for (const lines of [['浙政办发〔2025〕15号', '', reg, '', TITLE], [reg, '', '浙政办发〔2025〕15号', '', TITLE], ['浙政办发〔2025〕15号', reg, TITLE]]) {
        const d = head(lines);
        assert.equal(d.number?.canonical, '浙政办发〔2025〕15号', lines.join('|'));
        assert.equal(d.title?.text, TITLE, lines.join('|'));
        assert.ok(d.paragraphs.every((p) => !p.text.includes(reg) || p.text === reg), lines.join('|'));
      }
    }
  });
});

describe('parser: a paragraph opening with two neighbouring numbers and a counting or grading word (redteam4)', () => {
  const items = (body: string[]) => parse(['聊政办字〔2025〕9号', '', '聊城市人民政府办公室关于做好某项工作的通知', '', '各县（市、区）人民政府：', '', ...body])
    .items.map((i) => `${i.marker}${i.heading.slice(0, 4)}`);

  it('is no item 二、 when the items go on from an earlier number after it: 次, 批, 期, 轮, 季度, 产业, 年级 as 级 and 类', () => {
    for (const w of ['次', '批', '期', '轮', '季度', '产业', '年级', '级', '类']) {
      assert.deepEqual(items(['一、加强统筹', `二、三${w}工作要统筹推进。`, '二、强化保障', '三、做好督导']), ['一、加强统筹', '二、强化保障', '三、做好督导'], w);
    }
  });

  it('a heading so worded whose list goes on after it stays an item (一、二次供水设施改造)', () => {
    assert.deepEqual(items(['一、二次供水设施改造', '二、强化保障']), ['一、二次供水', '二、强化保障']);
    assert.deepEqual(items(['一、加强统筹', '二、三批次项目建设', '三、做好督导']), ['一、加强统筹', '二、三批次项', '三、做好督导']);
  });

  it('is no item either when the list is already at or past its number (一、二次 under 二、; redteam6)', () => {
    assert.deepEqual(items(['一、提升供水能力', '二、做好二次供水管理', '一、二次供水设施由供水企业统一管理。', '二、三次加压泵站要定期巡查。', '三、加强水质监测']),
      ['一、提升供水', '二、做好二次', '三、加强水质']);
  });
});

describe("parser: a table row ending in 令 over a wrapped 第N号 is no 令's head (redteam6)", () => {
  const lines = (seq: string, row = '1 聊城市城市绿化管理办法 聊城市人民政府令') => ['聊城市人民政府办公室关于公布市政府规章清理结果的通知', '', '各县（市、区）人民政府，市属开发区管委会，市政府各部门：', '',
    '市政府对现行有效的规章进行了全面清理。现将清理结果通知如下。', '', '一、继续有效的规章', '', '序号 规章名称 文号', row, seq, '2 聊城市物业管理办法 聊城市人民政府令第48号', '',
    '二、需要修改的规章', '', '由起草部门提出修改意见。', '', '聊城市人民政府办公室', '2025年7月1日'];
  it('keeps the notice whole: its title, no number, its headings', () => {
    for (const seq of ['第52号', '第52']) {
      for (const row of ['1 聊城市城市绿化管理办法 聊城市人民政府令', '聊城市城市绿化管理办法 聊城市人民政府令']) {
        const d = parse(lines(seq, row));
        assert.equal(d.title?.text, '聊城市人民政府办公室关于公布市政府规章清理结果的通知', `${row} ⏎ ${seq}`);
        assert.equal(d.number, undefined, `${row} ⏎ ${seq}`);
      }
    }
  });
  it("still reads a 令's own head, with or without its 号", () => {
    for (const seq of ['第52号', '第52']) assert.equal(parse(['聊城市人民政府令', '', seq, '', '《聊城市城市绿化管理办法》已经市政府常务会议通过，现予公布。']).number?.seq, '52');
  });
});

describe('parser: a 主送 a wrap cut after a whole name (othergaz4)', () => {
  it('reads 福建\'s 主送 to the 各高等院校 as one, its line cut after 省人民政府', () => {
    const d = parse(['福建省人民政府文件', '', '闽政〔2025〕9号', '', '福建省人民政府关于印发进一步促进民营经济高质量发展若干措施的通知', '',
      '各市、县（区）人民政府，平潭综合实验区管委会，省人民政府', '各部门、各直属机构，各大企业，各高等院校：', '',
      '现将《进一步促进民营经济高质量发展若干措施》印发给你们，请认真贯彻执行。', '', '福建省人民政府', '2025年5月12日']);
    assert.equal(d.mainRecipient?.text, '各市、县（区）人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构，各大企业，各高等院校：');
  });
});
