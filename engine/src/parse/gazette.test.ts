import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { SourceText } from '../text/source';
import { parseGazette } from './gazette';
import { emptyModel } from '../model/load';
import type { Model } from '../model/types';
import { corpusFiles } from '../../../test/fixtures/corpus';
import { check, fixed } from '../rules/testing';
import { hao } from '../rules/doc-number/hao';
import { arabicSequence } from '../rules/doc-number/arabic-sequence';
import { headsIssue, noticeIssue, smallIssue as issue } from './issue-fixture';

function parse(text: string) {
  const source = new SourceText(text);
  return { source, g: parseGazette(source) };
}

describe('parser: gazette issues', () => {
  for (const dialect of [{}, { md: true }, { spaced: true }]) {
    it(`finds the documents of a ${JSON.stringify(dialect)} issue and re-attaches the continuation`, () => {
      const { source, g } = parse(issue(dialect));
      assert.equal(g.isIssue, true);
      assert.deepEqual(g.toc.map((t) => [t.number?.canonical, t.page, t.section]), [
        ['聊政发〔2024〕1号', 2, '市政府文件'], ['聊政办字〔2024〕3号', 4, '市政府文件'],
      ]);
      assert.deepEqual(g.documents.map((d) => d.number?.canonical), ['聊政发〔2024〕1号', '聊政办字〔2024〕3号']);
      const [a, b] = g.documents;
      assert.equal(a.title?.text, '聊城市人民政府关于加快某项工作的意见');
      assert.equal(a.issuerMark?.text, '聊城市人民政府文件');
      assert.deepEqual(a.items.map((i) => `${i.level}:${i.value}`), ['1:1', '2:1', '2:2', '2:3']);
      // The fragment after document B belongs to A: its block, its third item, its signature and date.
      assert.equal(a.blocks.length, 2);
      assert.equal(a.date?.iso, '2024-02-01');
      assert.equal(a.signature?.text, '聊城市人民政府');
      assert.equal(a.continuations.length, 1);
      assert.equal(b.blocks.length, 0);
      assert.equal(b.items.length, 0);
      assert.equal(b.date?.iso, '2024-03-05');
      // A line broken mid-sentence is one paragraph: the block sits in item （一）.
      assert.match(a.paragraphs.find((p) => p.text.startsWith('（一）'))!.text, /满意度明显提升。（牵头单位/);
      // Source ranges point at the original text.
      const n = a.number!;
      assert.equal(source.text.slice(n.start, n.end), '聊政发〔2024〕1号');
      assert.equal(source.text.slice(a.blocks[0].start, a.blocks[0].end), '（牵头单位：市发展改革委；责任单位：各县（市、区）人民政府）');
    });
  }
});

describe('parser: a continuation fragment opening with a markdown heading', () => {
  it('reads `（上接第5页）### 五、…` as item 五、 of the continued document', () => {
    for (const mark of ['', '### ', '#']) {
      const { g } = parse(headsIssue().replace('（上接第5页）五、第五项。', `（上接第5页）${mark}五、第五项。`));
      const d = g.documents.find((x) => x.number?.canonical === '聊政办发〔2024〕4号')!;
      assert.equal(d.continuations.length, 1, mark);
      // Re-attached at the 下转 marker, after 一、's line.
      assert.deepEqual(d.items.map((i) => i.marker), ['一、', '五、', '六、', '二、', '三、', '四、'], mark);
    }
  });
});

describe('parser: a joint issuer mark (联合行文)', () => {
  const joint = (mark: string[], text = headsIssue()) => text.replace('聊城市人民政府\n聊政字〔2024〕5号', [...mark, '聊政字〔2024〕5号'].join('\n'));
  /** The mark of 聊政字〔2024〕5号, the text from its start to its number, and the document before it. */
  const around = (text: string) => {
    const { source, g } = parse(text);
    const k = g.documents.findIndex((d) => d.number?.canonical === '聊政字〔2024〕5号');
    const [doc, before] = [g.documents[k], g.documents[k - 1]];
    return {
      mark: doc.issuerMark?.text, head: source.text.slice(doc.start, doc.number!.start),
      before: [before.signature?.text, before.date?.iso, before.attachments.length, before.paragraphs.length],
    };
  };
  it('opens the document at the lead issuer, every issuer on its own line', () => {
    const alone = around(joint(['聊城市人民政府']));
    assert.equal(alone.head, '聊城市人民政府\n');
    assert.deepEqual(around(joint(['中共聊城市委', '聊城市人民政府'])), { ...alone, mark: '中共聊城市委', head: '中共聊城市委\n聊城市人民政府\n' });
    assert.deepEqual(around(joint(['中共聊城市委办公室', '', '聊城市人民政府办公室', '聊城市人民政府'])),
      { ...alone, mark: '中共聊城市委办公室', head: '中共聊城市委办公室\n\n聊城市人民政府办公室\n聊城市人民政府\n' });
  });
  it('leaves the previous document a signature right after its text (its date line lost)', () => {
    // The document before ends 四、第四项。 ⏎ 聊城市人民政府办公室, its 成文日期 lost in the extraction.
    const text = headsIssue().replace('聊城市人民政府办公室\n2024年1月4日\n\n聊城市人民政府\n聊政字', '聊城市人民政府办公室\n\n聊城市人民政府\n聊政字');
    assert.equal(around(text).head, '聊城市人民政府\n');
  });

  it('reads a stacked mark with 文件 on its own line, after a document that ends in its attached text', () => {
    // The document before ends with an attached 清单 (a sentence), then A ⏎ B ⏎ 文件 ⏎ number.
    const text = joint(['中共聊城市委', '', '聊城市人民政府', '文件', ''], headsIssue()
      .replace('聊城市人民政府办公室\n2024年1月4日\n\n聊城市人民政府\n聊政字', '聊城市人民政府办公室\n2024年1月4日\n\n附件\n\n某某工作清单\n\n1. 某某工作年底前完成。\n\n聊城市人民政府\n聊政字'));
    const { g } = parse(text);
    const doc = g.documents.find((d) => d.number?.canonical === '聊政字〔2024〕5号')!;
    assert.equal(around(text).head, '中共聊城市委\n\n聊城市人民政府\n文件\n\n');
    assert.equal(around(text).mark, '中共聊城市委聊城市人民政府文件');
    assert.equal(doc.title?.text, '聊城市人民政府关于某某事项的批复');
    // The same issuer as the document before, right after its text: its 署名, not a joint issuer.
    const own = joint(['聊城市人民政府办公室', '', '聊城市人民政府', '文件', ''], headsIssue()
      .replace('聊城市人民政府办公室\n2024年1月4日\n\n聊城市人民政府\n聊政字', '聊城市人民政府办公室\n2024年1月4日\n\n附件\n\n某某工作清单\n\n1. 某某工作年底前完成。\n\n聊城市人民政府\n聊政字'));
    assert.equal(around(own).head, '聊城市人民政府\n文件\n\n');
  });

  it('leaves the previous document its last line cut by a page continuation, though it ends like an issuer', () => {
    // The document before ends in its attached text, its last line cut at （下转第13页）: 省政府 ends it,
    // as an issuer's name does, but a line that goes on on another page is no mark.
    const before = (last: string) => headsIssue().replace('聊城市人民政府办公室\n2024年1月4日\n\n聊城市人民政府\n聊政字',
      `聊城市人民政府办公室\n2024年1月4日\n\n附件\n\n某某工作清单\n\n1. 某某工作年底前完成。\n\n${last}\n\n聊城市人民政府\n聊政字`);
    assert.equal(around(before('本清单适用于当前省政府（下转第13页）')).head, '聊城市人民政府\n');
    assert.equal(around(before('本清单适用于当前省政府 (下转第 13 页)')).head, '聊城市人民政府\n');
  });

  it('leaves the previous document a signature that repeats an issuer below it', () => {
    // The previous document's last line is 聊城市人民政府 (its date line lost), then the mark.
    const text = joint(['聊城市人民政府', '', '聊城市人民政府']);
    assert.equal(around(text).head, '聊城市人民政府\n');
  });
});

describe('parser: where a continuation fragment ends', () => {
  const toc = ['聊城市人民政府公报', '', '目 录', '', '关于甲事的意见', '聊政发〔2024〕1号 2', '', '关于乙事的通知', '聊政发〔2024〕2号 5', ''];
  const a = ['聊城市人民政府文件', '', '聊政发〔2024〕1号', '', '聊城市人民政府关于甲事的意见', '', '各县（市、区）人民政府：', '',
    '一、总体要求', '', '（一）明确目标。加强组织领导，完善工作机制，确保各项任务落到实处，推动工作取得实效（下转第6页）', ''];
  const b = (middle: string[]) => ['聊城市人民政府文件', '', '聊政发〔2024〕2号', '', '聊城市人民政府关于乙事的通知', '', '各县（市、区）人民政府：', '',
    '1. 第一项任务。', '', '2. 第二项任务。', '', ...middle, '', '聊城市人民政府', '2024年3月5日'];
  it('ends before the host resumes its own numbering', () => {
    const text = [...toc, ...a, ...b(['（上接第3页），取得明显成效。', '', '（二）加强保障。完善制度。', '', '3. 第三项任务。'])].join('\n');
    const [da, db] = parse(text).g.documents;
    assert.deepEqual(da.items.map((i) => `${i.level}:${i.value}`), ['1:1', '2:1', '2:2']);
    assert.deepEqual(db.items.map((i) => `${i.level}:${i.value}`), ['3:1', '3:2', '3:3']);
    assert.equal(db.date?.iso, '2024-03-05');
  });
  for (const [kind, entries] of [
    ['a space', ['关于甲事的意见 聊政发〔2024〕1号 2', '关于乙事的函 聊政发〔2024〕2号 5']],
    ['dot leaders', ['关于甲事的意见……聊政发〔2024〕1号……2', '关于乙事的函　聊政发〔2024〕2号　5']],
  ] as const) {
    it(`reads a 目录 whose entries print title, number and page on one line, with ${kind} between them`, () => {
      const oneLine = ['聊城市人民政府公报', '', '目 录', '', entries[0], '', entries[1], ''];
      const { source, g } = parse([...oneLine, ...a, ...b(['（上接第3页），取得明显成效。', '', '（二）加强保障。完善制度。', '', '3. 第三项任务。'])].join('\n'));
      assert.equal(g.isIssue, true);
      assert.deepEqual(g.toc.map((t) => [t.title.text, source.text.slice(t.title.start, t.title.end), t.number?.canonical, t.page]), [
        ['关于甲事的意见', '关于甲事的意见', '聊政发〔2024〕1号', 2],
        // 函 may begin a 机关代字: the space before the number ends the title.
        ['关于乙事的函', '关于乙事的函', '聊政发〔2024〕2号', 5],
      ]);
      // The page ranges the entries give re-attach the continuation to its host.
      const [da, db] = g.documents;
      assert.deepEqual(da.items.map((i) => `${i.level}:${i.value}`), ['1:1', '2:1', '2:2']);
      assert.deepEqual(db.items.map((i) => `${i.level}:${i.value}`), ['3:1', '3:2', '3:3']);
    });
  }

  it('ends where the host\'s articles resume, a wrapped reference to another article not counted as one', () => {
    const host = ['聊城市人民政府文件', '', '聊政发〔2024〕2号', '', '聊城市人民政府关于乙事的通知', '', '各县（市、区）人民政府：', '',
      '第一条 为了规范管理，制定本办法。', '', '第二条 违反本办法的，依照本办法', '第九条的规定处理。', '',
      '（上接第3页），取得明显成效。', '', '（二）加强保障。完善制度。', '', '第三条 本办法自印发之日起施行。', '', '聊城市人民政府', '2024年3月5日'];
    const [da, db] = parse([...toc, ...a, ...host].join('\n')).g.documents;
    assert.deepEqual(da.items.map((i) => `${i.level}:${i.value}`), ['1:1', '2:1', '2:2']);
    assert.deepEqual(db.items.map((i) => `${i.level}:${i.value}`), ['12:1', '12:2', '12:3']);
  });

  it('ends where the host\'s articles resume though its 附件说明 and annexes number afresh after them', () => {
    const host = ['聊城市人民政府文件', '', '聊政发〔2024〕2号', '', '聊城市人民政府关于乙事的通知', '', '各县（市、区）人民政府：', '',
      '第一条 为了规范管理，制定本办法。', '', '第二条 违反本办法的，依法处理。', '',
      '（上接第3页），取得明显成效。', '', '（二）加强保障。完善制度。', '', '第三条 本办法自印发之日起施行。', '',
      '附件：1. 申请表', '2. 审批表', '', '聊城市人民政府', '2024年3月5日', '', '附件1', '', '申请表', '', '1. 申请单位。', '', '2. 申请事项。'];
    const [da, db] = parse([...toc, ...a, ...host].join('\n')).g.documents;
    assert.deepEqual(da.items.map((i) => `${i.level}:${i.value}`), ['1:1', '2:1', '2:2']);
    assert.deepEqual(db.items.filter((i) => i.level === 12).map((i) => i.value), [1, 2, 3]);
    assert.equal(db.date?.iso, '2024-03-05');
  });

  it('does not end at a hard-wrapped line of an article that ends in a title\'s word', () => {
    const text = [...toc, ...a, ...b(['（上接第3页），取得明显成效。', '第二十五条 农村产权流转交易主体和从事农村产权流转交易的相关人员违反规定', '，采取不正当手段的，依法予以查处。', '', '聊城市人民政府', '2024年2月1日'])].join('\n');
    const [da] = parse(text).g.documents;
    assert.equal(da.date?.iso, '2024-02-01');
  });

  it('does not end at a hard-wrapped line of a sentence that ends in a title\'s word', () => {
    const text = [...toc, ...a, ...b(['（上接第3页），取得明显成效。建立健全城市建设沟', '通协调工作机制，加强城市管理、住房和城乡建设、自然资源和规划',
      '、文化和旅游等部门的协同配合。', '', '聊城市人民政府', '2024年2月1日'])].join('\n');
    const [da, db] = parse(text).g.documents;
    assert.equal(da.date?.iso, '2024-02-01');
    assert.ok(da.paragraphs.some((p) => p.text.includes('自然资源和规划、文化和旅游')));
    assert.equal(db.date?.iso, '2024-03-05');
  });
  it('does not end at a line inside a block a narrow wrap cut, though it ends in a title\'s word', () => {
    const text = [...toc, ...a, ...b(['（上接第3页），取得明显成效。（牵头单位：市科技局、', '市教育体育局', '市人力资源社会保障局、市自然资源和规划',
      '局；责任单位：各县（市、区）人民政府）', '', '聊城市人民政府', '2024年2月1日'])].join('\n');
    const [da, db] = parse(text).g.documents;
    assert.equal(da.date?.iso, '2024-02-01');
    assert.equal(db.date?.iso, '2024-03-05');
  });

  it('does not end at a line that goes on with a short line\'s unfinished sentence, though it ends in a title\'s word', () => {
    const text = [...toc, ...a, ...b(['（上接第3页），取得明显成效。', '落实责任，细化任务，加强', '城市管理、住房和城乡建设、自然资源和规划',
      '、文化和旅游等部门的协同配合。', '', '聊城市人民政府', '2024年2月1日'])].join('\n');
    const [da, db] = parse(text).g.documents;
    assert.equal(da.date?.iso, '2024-02-01');
    assert.equal(db.date?.iso, '2024-03-05');
  });

  it('a number whose code a wrap cut in two after its （ (`（鲁编` ⏎ `办〔2020〕47` ⏎ `号）`) starts no document', () => {
    const text = [...toc, ...a, ...b(['根据《山东省某某通知》（鲁编', '办〔2020〕47', '号）文件精神，现通知如下。'])].join('\n');
    const docs = parse(text).g.documents;
    assert.equal(docs.length, 2);
    assert.ok(docs[1].paragraphs.some((p) => p.text.includes('《山东省某某通知》（鲁编办〔2020〕47号）文件精神')));
  });

  it('a number cited in running text that a hard wrap leaves on a line of its own starts no document', () => {
    // The words after it (`文件，推行…`) go on with a sentence; no title or 主送 starts so.
    const alone = [...toc, ...a, ...b(['（一）规范涉企执法检查。严格执行', '聊政办字〔2023〕17号', '文件，推行“综合查一次”。'])].join('\n');
    assert.equal(parse(alone).g.documents.length, 2);
    // A word's tail before a code the model knows (`行` + 聊政办字): no issuer uses that code.
    const tail = [...toc, ...a, ...b(['（一）规范涉企执法检查。严格执', '行聊政办字〔2023〕17号', '规定的程序，推行“综合查一次”。'])].join('\n');
    const model = { ...emptyModel(), codes: [{ code: '聊政办字', count: 9 }, { code: '聊政发', count: 9 }] } as Model;
    const docs = parseGazette(new SourceText(tail), model).documents;
    assert.deepEqual(docs.map((d) => d.number?.canonical), ['聊政发〔2024〕1号', '聊政发〔2024〕2号']);
  });

  it('a number without its 号 whose rest opens the next line after a blank one (`〔2024〕1` ⏎⏎ `6号文件`) starts no document', () => {
    // qa14/qa15: a page break cut the cited number in two; it read as a head missing its 号.
    const cut = [...toc, ...a, ...b(['各县（市、区）要将数字乡村建设纳入实绩考核，本方案所需资金按照', '聊政办字〔2024〕1', '', '6号文件规定的渠道统筹解决。'])].join('\n');
    const docs = parse(cut).g.documents;
    assert.equal(docs.length, 2);
    assert.ok(docs[1].paragraphs.some((p) => p.text.includes('按照聊政办字〔2024〕16号文件规定的渠道')));
    // A head that lacks its 号 (a slip) before its title is still a head.
    const slip = [...toc, ...a, ...b(['做好有关工作。', '', '聊城市人民政府', '聊政字〔2024〕1', '', '聊城市人民政府关于做好有关工作的通知'])].join('\n');
    assert.equal(parse(slip).g.documents.length, 3);
  });

  it('nor does one after running text that stops mid-sentence, its rest printed elsewhere', () => {
    // A page continuation moved the line with the number's first half (`…按照` ⏎ `聊政办字〔2024〕1`);
    // its `6号文件…` stayed on the page before.
    const moved = [...toc, ...a, ...b(['做好有关工作。', '', '（上接第3页）前建立工作机制，定期通报落实情况。按照', '聊政办字〔2024〕1', '', '（三）加强督导。'])].join('\n');
    assert.equal(parse(moved).g.documents.length, 2);
    // After a sentence's end, or a line that is no running text, it is a head missing its 号.
    const slip = [...toc, ...a, ...b(['做好有关工作，定期通报落实情况。', '', '聊政字〔2024〕1', '', '聊城市人民政府关于做好有关工作的通知'])].join('\n');
    assert.equal(parse(slip).g.documents.length, 3);
  });

  it('takes the continued document\'s 附件说明 with it, however title-like its lines, and the host keeps its own', () => {
    const note = ['附件：1. 市内涝指挥部成员单位职责（略）', '2. 城市内涝风险点位清单（略）'];
    const hostNote = ['附件：1. 聊城市城市道路挖掘修复费收费标准', '2. 聊城市城市道路挖掘许可申请表'];
    const text = [...toc, ...a, ...b(['（上接第3页），取得明显成效。', '', ...note, '', '3. 第三项任务。', '', ...hostNote])].join('\n');
    const [da, db] = parse(text).g.documents;
    assert.deepEqual(da.attachmentNote?.entries.map((e) => e.name.text), ['市内涝指挥部成员单位职责（略）', '城市内涝风险点位清单（略）']);
    assert.deepEqual(db.attachmentNote?.entries.map((e) => e.name.text), ['聊城市城市道路挖掘修复费收费标准', '聊城市城市道路挖掘许可申请表']);
    assert.deepEqual(db.items.map((i) => `${i.level}:${i.value}`), ['3:1', '3:2', '3:3']);
    // A 署名 and 成文日期 after the note go with it too.
    const signed = [...toc, ...a, ...b(['（上接第3页），取得明显成效。', '', ...note, '', '聊城市人民政府', '2024年2月1日', '', '3. 第三项任务。'])].join('\n');
    const [sa, sb] = parse(signed).g.documents;
    assert.equal(sa.date?.iso, '2024-02-01');
    assert.equal(sa.attachmentNote?.entries.length, 2);
    assert.deepEqual(sb.items.map((i) => `${i.level}:${i.value}`), ['3:1', '3:2', '3:3']);
  });
  describe('the continued document\'s attached document after its 附件说明 in the fragment (2023 第6-7期 layout)', () => {
    const host = ['聊城市人民政府文件', '', '聊政发〔2024〕2号', '', '聊城市人民政府关于乙事的通知', '', '各县（市、区）人民政府：', '',
      '1. 第一项任务。', '', '2. 第二项任务。', '', '聊城市人民政府', '2024年3月5日', ''];
    const table = ['附件', '', '调整实施的行政权力事项', '', '序号\t事 项 名 称\t权力类型', '1\t矿山企业安全生产许可\t行政许可', '2\t危险化学品经营许可\t行政许可'];
    const tail = ['各县（市、区）、市属开发区要及时做好相应调整。', '', '附件：调整实施的行政权力事项', '', '聊城市人民政府', '2024年2月1日', ''];
    it('goes with the fragment: the host has no attachment', () => {
      const [da, db] = parse([...toc, ...a, ...host, '（上接第3页）事项名称、承接部门等内容，确保工作无缝衔接。', '', ...tail, ...table].join('\n')).g.documents;
      assert.deepEqual(da.attachments.map((x) => [x.label, x.title?.text]), [['附件', '调整实施的行政权力事项']]);
      assert.equal(da.attachmentNote?.entries[0].name.text, '调整实施的行政权力事项');
      assert.equal(da.date?.iso, '2024-02-01');
      assert.deepEqual(db.attachments, []);
      assert.equal(db.date?.iso, '2024-03-05');
    });
    it('goes with the fragment with every attached document, when a wrap left one character of the 附件说明\'s last entry on its own line', () => {
      // `2. 市推动…工作专班成员名` ⏎ `单` (an attached 实施方案's note, no 署名 after it): the lone 单 is the
      // entry's end, and the label 附件1 after it no part of the entry.
      const note = ['各县（市、区）、市属开发区要及时做好相应调整。', '', '附件：1. 调整实施的行政权力事项', '', '2. 市推动设备更新和消费品以旧换新工作专班成员名', '单', ''];
      const second = ['', '附件2', '', '市推动设备更新和消费品以旧换新工作专班成员名单', '', '组长：张三'];
      const [da, db] = parse([...toc, ...a, ...host, '（上接第3页）事项名称、承接部门等内容，确保工作无缝衔接。', '', ...note, ...table.map((l) => l.replace(/^附件$/, '附件1')), ...second].join('\n')).g.documents;
      assert.deepEqual(da.attachments.map((x) => [x.label, x.title?.text]), [['附件1', '调整实施的行政权力事项'], ['附件2', '市推动设备更新和消费品以旧换新工作专班成员名单']]);
      assert.deepEqual(db.attachments, []);
    });
    it('goes with the fragment when the 附件说明 stayed before the cut', () => {
      const src = [...a.slice(0, -2), '（一）明确目标。加强组织领导。', '', ...tail.slice(0, 2), '附件：调整实施的行政权力事项（下转第6页）', ''];
      const [da, db] = parse([...toc, ...src, ...host, '（上接第3页）聊城市人民政府', '2024年2月1日', '', ...table].join('\n')).g.documents;
      assert.deepEqual(da.attachments.map((x) => x.title?.text), ['调整实施的行政权力事项']);
      assert.deepEqual(db.attachments, []);
    });
    it('stays the host\'s when the host\'s 附件说明 names it (a fragment in the spare space before the host\'s annex)', () => {
      const hostWithNote = [...host.slice(0, 12), '附件：调整实施的行政权力事项', '', ...host.slice(12)];
      const otherTail = ['附件：1. 甲表（略）', '2. 乙表（略）', '', '聊城市人民政府', '2024年2月1日', ''];
      const [da, db] = parse([...toc, ...a, ...hostWithNote, '（上接第3页），确保工作无缝衔接。', '', ...otherTail, ...table].join('\n')).g.documents;
      assert.deepEqual(da.attachments, []);
      assert.equal(da.attachmentNote?.entries.length, 2);
      assert.deepEqual(db.attachments.map((x) => x.title?.text), ['调整实施的行政权力事项']);
    });
  });

  it('keeps an item that continues the continued document\'s numbering, though it continues the host\'s too', () => {
    // The host's 附件说明 ends at 3.; the fragment's 4. and 5. go on from the 3. cut at 下转.
    const src = ['聊城市人民政府文件', '', '聊政发〔2024〕1号', '', '聊城市人民政府关于甲事的意见', '', '各县（市、区）人民政府：', '',
      '一、总体要求', '', '1. 第一项。落实责任。', '', '2. 第二项。落实责任。', '', '3. 第三项。加强组织领导，完善工作机制，确保各项任务落到实处（下转第6页）', ''];
    const host = ['聊城市人民政府文件', '', '聊政发〔2024〕2号', '', '聊城市人民政府关于乙事的通知', '', '各县（市、区）人民政府：', '',
      '现将有关事项通知如下。', '', '附件：1. 甲表', '2. 乙表', '3. 丙表', '', '聊城市人民政府', '2024年3月5日', '',
      '（上接第3页），取得明显成效。', '', '4. 第四项。落实责任。', '', '5. 第五项。落实责任。', '', '聊城市人民政府', '2024年2月1日'];
    const [da, db] = parse([...toc, ...src, ...host].join('\n')).g.documents;
    assert.deepEqual(da.items.map((i) => `${i.level}:${i.value}`), ['1:1', '3:1', '3:2', '3:3', '3:4', '3:5']);
    assert.equal(da.date?.iso, '2024-02-01');
    assert.ok(!db.items.some((i) => i.value > 3));
    assert.equal(db.date?.iso, '2024-03-05');
  });

  it('keeps a heading that names a document the continued notice issues, and that document\'s numbering', () => {
    const src = ['聊城市人民政府办公室文件', '', '聊政发〔2024〕1号', '', '聊城市人民政府办公室关于印发支持甲产业和乙产业发展若干措施的通知', '',
      '各县（市、区）人民政府：', '', '《支持甲产业发展的若干措施》《支持乙产业发展的若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。', '',
      '聊城市人民政府办公室', '2024年2月1日', '', '支持甲产业发展的若干措施', '', '一、总体要求', '',
      '（一）明确目标。加强组织领导，完善工作机制，确保各项任务落到实处（下转第6页）', ''];
    const host = ['聊城市人民政府文件', '', '聊政发〔2024〕2号', '', '聊城市人民政府关于乙事的通知', '', '各县（市、区）人民政府：', '',
      '1. 第一项任务。', '', '2. 第二项任务。', '', '聊城市人民政府', '2024年3月5日', '',
      '（上接第3页），取得明显成效。', '', '二、保障措施', '', '（一）加强领导。落实责任。', '',
      '支持乙产业发展的若干措施', '', '一、总体要求', '', '（一）明确目标。落实责任。', '', '二、保障措施', '', '（一）加强领导。落实责任。'];
    const [da, db] = parse([...toc, ...src, ...host].join('\n')).g.documents;
    assert.deepEqual(da.items.map((i) => `${i.level}:${i.value}`), ['1:1', '2:1', '1:2', '2:1', '1:1', '2:1', '1:2', '2:1']);
    assert.deepEqual(db.items.map((i) => `${i.level}:${i.value}`), ['3:1', '3:2']);
  });

  it('takes the continued document\'s signature and date with it', () => {
    const text = [...toc, ...a, ...b(['3. 第三项任务。', '', '（上接第3页），取得明显成效。', '', '聊城市人民政府', '2024年2月1日'])].join('\n');
    const [da, db] = parse(text).g.documents;
    assert.equal(da.date?.iso, '2024-02-01');
    assert.equal(db.date?.iso, '2024-03-05');
  });
});

describe('parser: a single draft', () => {
  const draft = [
    '聊城市人民政府办公室文件', '', '聊政办发〔2025〕7号', '', '聊城市人民政府办公室关于做好某项工作的通知', '',
    '各县（市、区）人民政府，市属开发区管委会，市政府各部门：', '',
    '一、工作目标', '（一）目标任务。全面完成。（牵头单位：市教育体育局、市财政局；责任单位：各县（市、区）人民政府）',
    '1. 细化措施。', '2. 落实责任。', '二、保障措施', '依据《聊城市人民政府关于某事的通知》（聊政发〔2024〕1号）执行。', '',
    '附件：1. 任务清单', '2. 责任分工', '', '聊城市人民政府办公室', '2025年3月4日', '', '（此件公开发布）',
  ].join('\r\n');
  const { source, g } = parse(draft);
  const d = g.documents[0];
  it('reads head, body and tail with CRLF line endings', () => {
    assert.equal(g.isIssue, false);
    assert.equal(d.number?.canonical, '聊政办发〔2025〕7号');
    assert.equal(d.type, '通知');
    assert.equal(d.mainRecipient?.text, '各县（市、区）人民政府，市属开发区管委会，市政府各部门：');
    assert.deepEqual(d.items.map((i) => `${i.level}:${i.value}`), ['1:1', '2:1', '3:1', '3:2', '1:2']);
    assert.deepEqual(d.blocks[0].roles.map((r) => [r.role, r.units.map((u) => u.text)]), [
      ['牵头单位', ['市教育体育局', '市财政局']], ['责任单位', ['各县（市、区）人民政府']],
    ]);
    assert.equal(d.citations[0].title.text, '聊城市人民政府关于某事的通知');
    assert.equal(d.citations[0].number?.canonical, '聊政发〔2024〕1号');
    assert.deepEqual(d.attachmentNote?.entries.map((e) => [e.index, e.name.text]), [[1, '任务清单'], [2, '责任分工']]);
    assert.equal(d.signature?.text, '聊城市人民政府办公室');
    assert.equal(d.date?.iso, '2025-03-04');
    assert.deepEqual(d.notes.map((n) => n.text), ['（此件公开发布）']);
    const pos = source.positionAt(d.date!.start);
    assert.deepEqual(pos, { line: 19, character: 0 });
  });
  it('still recognises malformed numbers as the document number', () => {
    for (const bad of ['聊政办发[2025]7号', '聊政办发（2025）7号', '聊政办发〔25〕7号', '聊政办发〔2025〕第7号', '聊政办发〔2025〕07号', '聊政办发【2025】7']) {
      const r = parse(draft.replace('聊政办发〔2025〕7号', bad)).g.documents[0];
      assert.equal(r.number?.text, bad, bad);
      assert.equal(r.title?.text, '聊城市人民政府办公室关于做好某项工作的通知', bad);
    }
  });
});

describe('parser: one document cut out of an extracted issue', () => {
  const head = ['聊城市人民政府办公室文件', '', '聊政办发〔2025〕7号', '', '聊城市人民政府办公室关于做好某项工作的通知', '', '各县（市、区）人民政府，市政府各部门：', ''];
  const tail = ['', '聊城市人民政府办公室', '2025年3月4日'];
  const typed = ['一、工作目标', '', '全面完成年度各项任务，确保按期完成。', '', '二、保障措施', '', '各单位要明确责任分工，加强督促检查。'];
  const read = (body: string[]) => parse([...head, ...body, ...tail].join('\n')).g;
  it('reads a typed draft as a draft, also with a 。 forgotten at one paragraph\'s end or a bracket left open', () => {
    assert.equal(read(typed).extracted, undefined);
    assert.equal(read(typed.map((l) => l.replace('按期完成。', '按期完成'))).extracted, undefined);
    assert.equal(read(typed.map((l) => l.replace('明确责任分工', '明确责任（分工'))).extracted, undefined);
    const noColon = [...head.slice(0, 6), '各县（市、区）人民政府，市政府各部门', '', '现将有关事项通知如下。', '', ...typed, ...tail].join('\n');
    assert.equal(parse(noColon).g.extracted, undefined);
  });
  it('reads a typed draft as a draft with headings, a 名单, a table or a 纪要 head whose lines end without a mark', () => {
    // Headings without 。 over their text, each across a blank line.
    assert.equal(read(['一、研究了全市秋冬季大气污染防治工作', '', '会议强调，要加强重点行业企业监管。', '', '二、听取了全市经济运行情况汇报', '', '会议指出，经济运行总体平稳。']).extracted, undefined);
    // A 名单: a name, two spaces, a post; the next line indented.
    assert.equal(read(['组  长：张百顺  市长', '副组长：李春生  市政府副秘书长', '        赵海东  市住房城乡建设局局长', '成  员：钱志强  市发展改革委副主任', '        孙丽华  市财政局副局长']).extracted, undefined);
    // One space between a name and a post, in short lines.
    assert.equal(read(['一、领导小组成员', '', '王建国 东昌府区水利局副局长', '', '刘东明 茌平区水利局局长', '', '二、工作要求。']).extracted, undefined);
    // A table, its cells apart by tabs.
    assert.equal(read(['序号\t文号\t制定机关', '1\t聊政办字〔2023〕25号\t聊城市人民政府办公室', '2\t聊政办字〔2024〕20号\t聊城市人民政府办公室']).extracted, undefined);
  });
  it('knows a piece by a sentence a hard wrap cut twice, or across a blank line in a text with other marks of extraction', () => {
    const cut = ['一、工作目标', '', '全面完成年度各项任务，确保按', '', '期完成。'];
    // Alone, a break across a blank line is what a 。 forgotten at a paragraph's end looks like.
    assert.equal(read(cut).extracted, undefined);
    assert.equal(read([...cut, '', '二、保障措施', '', '于 2025 年底前完成。']).extracted, true);
    assert.equal(read(cut.map((l) => l.replace('工作目标', '工作目标 '.trim().split('').join(' ')))).extracted, true);
    assert.equal(read(['一、工作目标', '全面完成年度各项任务，确保按期', '完成。各单位要明确责任分工，加', '强督促检查。']).extracted, true);
  });
  it('knows a piece by a continuation marker: another document\'s 上接 fragment and its own 下转 cut are noise', () => {
    const text = [...head, '一、工作目标', '', '全面完成年度各项任务。（牵头单位：市财政局、（下转第9页）', '',
      '（上接第3页）某某事项。（牵头单位：市教育体育局）', '', '聊城市人民政府', '2025年2月1日', '', '二、保障措施', '', '加强督促检查。', ...tail].join('\n');
    const { g } = parse(text);
    assert.equal(g.extracted, true);
    assert.equal(g.isIssue, false);
    const noise = g.documents[0].noise.map((n) => text.slice(n.start, n.end));
    assert.deepEqual(noise, ['（上接第3页）某某事项。（牵头单位：市教育体育局）\n\n聊城市人民政府\n2025年2月1日', '（下转第9页）']);
    // A 下转 marker a hard wrap split over two lines: the noise spans both halves.
    const split = text.replace('（下转第9页）', '（下转第\n9页）');
    assert.deepEqual(parse(split).g.documents[0].noise.slice(1).map((n) => split.slice(n.start, n.end)), ['（下转第\n9页）']);
  });
  it('knows a piece by a government gazette\'s running header seen once, and drops it with its page number and issue label', () => {
    const body = ['一、工作目标', '', '全面完成年度各项任务。（牵头单位：市工', '', '3', '', '聊城市人民政府公报', '', '业和信息化局；责任单位：市财政局）',
      '', '二、保障措施', '', '加强督促检查。（牵头单位：市教', '', '2025年第5期·7·', '', '育体育局）'];
    const g = read(body);
    assert.equal(g.extracted, true);
    assert.deepEqual(g.documents[0].blocks.map((b) => b.roles.map((r) => r.units.map((u) => u.text))), [[['市工业和信息化局'], ['市财政局']], [['市教育体育局']]]);
    // A typed 统计公报 whose title is its first line, and a draft that names the gazette in 《》: no header.
    assert.equal(parse(['2024年聊城市国民经济和社会发展统计公报', '', '一、综合', '', '全年全市生产总值增长5.6%。'].join('\n')).g.extracted, undefined);
    assert.equal(read(['一、工作目标', '', '有关文件刊登于', '《聊城市人民政府公报》', '，请认真学习。']).extracted, undefined);
  });
});

describe('parser: hard-wrapped lines', () => {
  it('joins a short line that leaves a 《 or （ open (a citation wrapped at 19 characters)', () => {
    const text = ['聊政办发〔2025〕1号', '', '关于某事的通知', '', '各县（市、区）人民政府：', '', '根据《中共山东省委机构编制委员', '会办公室关于印发某某政策的通知》（鲁编办〔2020〕47', '号）要求，现通知如下。'].join('\n');
    const d = parse(text).g.documents[0];
    assert.equal(d.citations.length, 1);
    assert.equal(d.citations[0].title.text, '中共山东省委机构编制委员会办公室关于印发某某政策的通知');
    assert.equal(d.citations[0].number?.canonical, '鲁编办〔2020〕47号');
  });
});

describe('parser: hard-wrapped sentences that break before a reference or a number', () => {
  // The paragraphs after the 主送 line.
  const body = (lines: string[]) => parse(['聊政办发〔2025〕1号', '', '关于修改某办法的通知', '', '各县（市、区）人民政府：', '', ...lines].join('\n')).g.documents[0].paragraphs.slice(1).map((p) => p.text);

  it('a line that goes on as a reference to an article or an item continues the sentence', () => {
    assert.deepEqual(body(['将《聊城市某某管理办法》第六条第二款、第十条和', '第十一条中的“市交通运输局”修改为“交通运输主管部门”；删去第二十', '条第（三）项。']),
      ['将《聊城市某某管理办法》第六条第二款、第十条和第十一条中的“市交通运输局”修改为“交通运输主管部门”；删去第二十条第（三）项。']);
    assert.deepEqual(body(['依照本办法第九条和第十条的规定，符合条件的可以按照本办法', '第九条的规定申请。']), ['依照本办法第九条和第十条的规定，符合条件的可以按照本办法第九条的规定申请。']);
    // However short the piece before it, when it does not end a sentence.
    assert.deepEqual(body(['应当在届满60日前按照本办法', '第九条的规定申请。']), ['应当在届满60日前按照本办法第九条的规定申请。']);
    assert.deepEqual(body(['经营者违反本办法规定，有本条第一款', '（一）项规定的情形的，由有关部门责令改正。']), ['经营者违反本办法规定，有本条第一款（一）项规定的情形的，由有关部门责令改正。']);
  });

  it('a wrapped reference to a chapter, or to an article with 有关 or 之, continues; an article after a chapter heading does not', () => {
    assert.deepEqual(body(['违反本办法', '第三章规定的，依法处理。']), ['违反本办法第三章规定的，依法处理。']);
    assert.deepEqual(body(['依照本办法', '第五条有关规定执行。']), ['依照本办法第五条有关规定执行。']);
    assert.deepEqual(body(['违反本办法', '第七条之规定的，责令改正。']), ['违反本办法第七条之规定的，责令改正。']);
    assert.deepEqual(body(['第二章 职责分工', '第五条有关部门应当按照职责做好工作。']), ['第二章职责分工', '第五条有关部门应当按照职责做好工作。']);
  });

  it('a line that opens with 》 continues: a wrap cut the title before it', () => {
    assert.deepEqual(body(['根据《聊城市人民政', '府办公室关于印发某某若干政策的通知', '》（聊政办发〔2016〕56号）要求，现通知如下。']),
      ['根据《聊城市人民政府办公室关于印发某某若干政策的通知》（聊政办发〔2016〕56号）要求，现通知如下。']);
  });

  it('a number that ends a phrase the line broke (之一, 第三) continues it', () => {
    assert.deepEqual(body(['我市是“中国温泉之城”之', '一，地下温泉面积占市域总面积的60%以上。']), ['我市是“中国温泉之城”之一，地下温泉面积占市域总面积的60%以上。']);
  });

  it('an ordinal cut from its measure word (第四十八 ⏎ 条、, 第五十 ⏎ 一条) continues, in a list of articles wrapped at 16 characters', () => {
    assert.deepEqual(body(['53. 删去第四十七条、第四十八', '条、第四十九条、第五十条、第五十', '一条、第五十二条、第五十三条。']),
      ['53. 删去第四十七条、第四十八条、第四十九条、第五十条、第五十一条、第五十二条、第五十三条。']);
    // A line that only ends in a numeral, or an ordinal before a line that is no measure of it, stays apart.
    assert.deepEqual(body(['第一章 总 则', '第一条 为了加强管理，制定本办法。']), ['第一章总则', '第一条为了加强管理，制定本办法。']);
    assert.deepEqual(body(['（三）聊城市第三', '中学']), ['（三）聊城市第三', '中学']);
  });

  it('a short last piece with a clause break inside continues into the next line', () => {
    // `环境局）推广秸秆`: a wrapped line's last piece, the next task run on after a block.
    assert.deepEqual(body(['1. 加强秸秆禁烧，完善监管体系。（牵头单位：市生态', '环境局）推广秸秆', '还田和综合利用。（牵头单位：市农业农村局）']),
      ['1. 加强秸秆禁烧，完善监管体系。（牵头单位：市生态环境局）推广秸秆还田和综合利用。（牵头单位：市农业农村局）']);
  });

  it('a cited title wrapped over three lines stays one paragraph; a 《 a slip left open before a sentence\'s end joins nothing', () => {
    assert.deepEqual(body(['根据《山东省自然资源厅山东省司法厅关于印', '发某某土地管理办法的', '通知》（鲁自然资规〔2020〕1号）要求，现通知如下。']),
      ['根据《山东省自然资源厅山东省司法厅关于印发某某土地管理办法的通知》（鲁自然资规〔2020〕1号）要求，现通知如下。']);
    assert.deepEqual(body(['第四十六条 本办法自2018年3月1日起施行。《聊城市人民政府关于印发某某办法的通知（聊政发〔1999〕114号），同时废止。', '聊城市某某管理办法', '（2018年11月14日聊城市人民政府令第33号公布）', '第一章 总则']),
      ['第四十六条本办法自2018年3月1日起施行。《聊城市人民政府关于印发某某办法的通知（聊政发〔1999〕114号），同时废止。', '聊城市某某管理办法', '（2018年11月14日聊城市人民政府令第33号公布）', '第一章总则']);
  });

  it('a printed page\'s number (— 7 —) is no text, even inside a word', () => {
    assert.deepEqual(body(['（一）加强就业服务。（牵头单位：市人力资源社', '', '— 7 —', '', '会保障局）', '', '-12-', '', '（二）强化保障。']),
      ['（一）加强就业服务。（牵头单位：市人力资源社会保障局）', '（二）强化保障。']);
  });

  it('a line opening with 。 or ， continues, but never a 成文日期 line', () => {
    assert.deepEqual(body(['要求各单位认真贯彻落实', '。同时报送工作进展情况。']), ['要求各单位认真贯彻落实。同时报送工作进展情况。']);
    assert.deepEqual(body(['现通知如下。', '', '聊城市人民政府', '2024年2月1日', '。（牵头单位：市财政局）']), ['现通知如下。', '聊城市人民政府', '2024年2月1日', '。（牵头单位：市财政局）']);
  });

  it('a number cut from its unit or a document number cut before its 号 continues', () => {
    assert.deepEqual(body(['计收时间：', '2024年11月13日至2', '024年11月28日期间，完成计收工作。']), ['计收时间：', '2024年11月13日至2024年11月28日期间，完成计收工作。']);
    assert.deepEqual(body(['三、废止《聊城市某某管理办法》（2018年12月29日聊城市人民政府令第34', '号公布）']),
      ['三、废止《聊城市某某管理办法》（2018年12月29日聊城市人民政府令第34号公布）']);
    assert.deepEqual(body(['根据《山东省某某通知》（', '鲁政办字〔2023〕1', '43号）要求，现通知如下。']), ['根据《山东省某某通知》（鲁政办字〔2023〕143号）要求，现通知如下。']);
    assert.deepEqual(body(['根据《山东省某某通知》（鲁政办字', '〔2023〕143号）要求，现通知如下。']), ['根据《山东省某某通知》（鲁政办字〔2023〕143号）要求，现通知如下。']);
  });

  it('a line that ends by opening a quote goes on inside it, even with an item', () => {
    assert.deepEqual(body(['44. 将第二十八条第一项修改为：“', '（一）遵守有关法律、法规和服务规范”。']), ['44. 将第二十八条第一项修改为：“（一）遵守有关法律、法规和服务规范”。']);
  });

  it('an inline list broken before its next item stays one paragraph', () => {
    assert.deepEqual(body(['责任规划师应按以下条件选取：（1）具有相关专业高级职称；（2）具备较为丰富的实践经验；', '（3）具有较强的社会责任感。']),
      ['责任规划师应按以下条件选取：（1）具有相关专业高级职称；（2）具备较为丰富的实践经验；（3）具有较强的社会责任感。']);
    assert.deepEqual(body(['主要任务：①加强组织领导；', '②完善工作机制。']), ['主要任务：①加强组织领导；②完善工作机制。']);
    // An item that only names the one before is a heading still, as is an item after a lone one.
    assert.deepEqual(body(['（一）明确目标。按照本条（一）的要求落实。', '（二）强化保障。']), ['（一）明确目标。按照本条（一）的要求落实。', '（二）强化保障。']);
    assert.deepEqual(body(['一、总体要求。坚持统筹推进。', '（二）强化保障。']), ['一、总体要求。坚持统筹推进。', '（二）强化保障。']);
  });

  it('headings still start paragraphs: an article, an item, a short heading', () => {
    assert.deepEqual(body(['第十条 燃气工程竣工后，建设单位应当依法组织竣工验收。', '第十一条 建设单位应当按照国家有关档案管理的规定收集资料。']),
      ['第十条燃气工程竣工后，建设单位应当依法组织竣工验收。', '第十一条建设单位应当按照国家有关档案管理的规定收集资料。']);
    assert.deepEqual(body(['一、总体要求', '坚持统筹推进，分类施策，确保各项任务落到实处。']), ['一、总体要求', '坚持统筹推进，分类施策，确保各项任务落到实处。']);
    assert.deepEqual(body(['（一）明确目标', '到2025年，全市形成较为完善的工作体系。']), ['（一）明确目标', '到2025年，全市形成较为完善的工作体系。']);
    // After a heading line that ends no sentence: items named 目标 or 项目 are headings, not references.
    assert.deepEqual(body(['一、工作目标', '（一）目标任务。全面完成。', '（二）项目管理。严格审批。']), ['一、工作目标', '（一）目标任务。全面完成。', '（二）项目管理。严格审批。']);
    // A line that ends a sentence is not continued by a reference-like line either.
    assert.deepEqual(body(['各部门要按照分工抓好落实。', '第三条规定的事项由市财政局负责。']), ['各部门要按照分工抓好落实。', '第三条规定的事项由市财政局负责。']);
  });
});

describe('parser: a 下转 marker that a hard wrap split over two lines', () => {
  const marker = '（下转第5页）';
  for (let k = 1; k < marker.length; k++) {
    it(`is cut from both lines and its fragment re-attached: ${marker.slice(0, k)}⏎${marker.slice(k)}`, () => {
      const text = issue().replace(marker, `${marker.slice(0, k)}\n${marker.slice(k)}`);
      const [a, b] = parse(text).g.documents;
      assert.equal(a.continuations.length, 1);
      assert.deepEqual(a.items.map((i) => `${i.level}:${i.value}`), ['1:1', '2:1', '2:2', '2:3']);
      assert.equal(a.date?.iso, '2024-02-01');
      assert.equal(b.date?.iso, '2024-03-05');
      // The same paragraphs as with the marker on one line: no piece of it left in the text.
      assert.deepEqual(a.paragraphs.map((p) => p.text), parse(issue()).g.documents[0].paragraphs.map((p) => p.text));
    });
  }

  it('is cut from both lines across a blank line too (an extraction that writes a blank line after each line)', () => {
    for (const k of [2, 4]) {
      const text = issue().replace(marker, `${marker.slice(0, k)}\n\n${marker.slice(k)}`);
      const [a] = parse(text).g.documents;
      assert.equal(a.continuations.length, 1, marker.slice(0, k));
      assert.deepEqual(a.paragraphs.map((p) => p.text), parse(issue()).g.documents[0].paragraphs.map((p) => p.text));
    }
  });

  it('a line that only closes what the marker\'s line opened comes before the fragment, as on the marker\'s line', () => {
    for (const marker of ['（下转第5页）\n》', '（下转第5页）》', '（下转\n第5页）\n》。']) {
      const text = issue().replace('推动工作取得实效（下转第5页）', `落实《某某规定${marker}`);
      const [a] = parse(text).g.documents;
      assert.equal(a.paragraphs.find((p) => p.text.startsWith('（二）'))?.text,
        `（二）强化保障。加强组织领导，完善工作机制，确保各项任务落到实处，落实《某某规定》${marker.endsWith('。') ? '。' : ''}。（牵头单位：市财政局）`, marker);
    }
  });

  it('is no marker without its page, nor when the next line goes on otherwise', () => {
    for (const [head, tail] of [['（下转', '）'], ['（下', '称本办法）'], ['（下转第5', '号）']]) {
      const text = issue().replace(marker, `${head}\n${tail}`);
      const [a] = parse(text).g.documents;
      assert.equal(a.continuations.length, 0, `${head}⏎${tail}`);
      assert.ok(a.paragraphs.some((p) => p.text.includes(`${head}${tail}`)), `${head}⏎${tail} kept`);
    }
  });
});

describe('parser: a document number alone on a line', () => {
  it('is no document head after a line that opened a bracket for it', () => {
    const text = issue().replace('（一）明确目标。', '（一）明确目标。根据《山东省某某通知》（\n鲁政办字〔2023〕1\n\n43号）要求，');
    const [a, b] = parse(text).g.documents;
    assert.equal(parse(text).g.documents.length, 2);
    assert.deepEqual(a.citations.map((c) => [c.title.text, c.number?.canonical]), [['山东省某某通知', '鲁政办字〔2023〕143号']]);
    assert.equal(b.number?.canonical, '聊政办字〔2024〕3号');
  });
});

describe('parser: a document head whose first lines a hard wrap cut', () => {
  const decree = (lines: string[]) => ['聊城市人民政府令', '', '第48号', '', ...lines, '', '市长：张三', '', '2024年11月11日'].join('\n');

  it('a 令\'s opening sentence that leaves its 《 open is no title, and stays one paragraph', () => {
    for (const lines of [['《聊城市某某管理', '办法》已经市政府常务会议通过，现予公布。'], ['《聊城市某某管理办法', '》已经市政府常务会议通过，现予公布。']]) {
      const d = parse(decree(lines)).g.documents[0];
      assert.equal(d.title, undefined, lines.join('⏎'));
      assert.equal(d.paragraphs[0].text, '《聊城市某某管理办法》已经市政府常务会议通过，现予公布。');
      assert.deepEqual(d.citations.map((c) => c.title.text), ['聊城市某某管理办法']);
    }
  });

  it('a title wrapped inside its 《》 is taken whole', () => {
    const text = ['聊政办发〔2025〕1号', '', '聊城市人民政府办公室关于印发《聊城市某某管理办法', '》的通知', '', '各县（市、区）人民政府：', '', '现印发给你们。'].join('\n');
    const d = parse(text).g.documents[0];
    assert.equal(d.title?.text, '聊城市人民政府办公室关于印发《聊城市某某管理办法》的通知');
    assert.deepEqual(d.paragraphs.map((p) => p.text), ['各县（市、区）人民政府：', '现印发给你们。']);
  });
});

describe('parser: a page continuation that holds a cited title cut by hard wraps', () => {
  it('the fragment does not end at a piece of the title that looks like a heading', () => {
    const n = (i: number) => `聊政办发〔2024〕${i}号`;
    const text = [
      '聊城市人民政府公报', '2024', '第7期', '', '目录', '◎市政府办公室文件',
      '关于做好第一项工作的通知', `${n(1)} 2`, '关于做好第二项工作的通知', `${n(2)} 3`, '',
      '聊城市人民政府办公室文件', '', n(1), '', '聊城市人民政府办公室关于做好第一项工作的通知', '', '各县（市、区）人民政府：',
      '一、加强组织领导，各地要明确责任分工，按时报送工作进展情况（下转第3页）', '',
      '聊城市人民政府办公室文件', '', n(2), '', '聊城市人民政府办公室关于做好第二项工作的通知', '', '各县（市、区）人民政府：',
      '一、做好第二项工作。', '', '聊城市人民政府办公室', '2024年7月2日', '',
      '（上接第2页）。本通知自印发之日起施行。《聊城市人民政',
      '府办公室关于印发某某若干政策的通知',
      '》（聊政办发〔2016〕56号）同时废止。', '',
      '聊城市人民政府办公室', '2024年7月1日', '',
    ].join('\n');
    const { g } = parse(text);
    assert.equal(g.documents.length, 2);
    // The whole fragment went back to the first notice, the citation whole.
    assert.deepEqual(g.documents[0].citations.map((c) => [c.title.text, c.number?.canonical]), [['聊城市人民政府办公室关于印发某某若干政策的通知', '聊政办发〔2016〕56号']]);
    assert.ok(!g.documents[1].paragraphs.some((p) => p.text.includes('》')), 'no half of it left in the second');
  });
});

describe('parser: unclosed blocks', () => {
  it('an unclosed 牵头单位 block ends where the next block opens', () => {
    const d = parse('（一）任务。（牵头单位：市财政局、（牵头单位：市审计局；责任单位：市统计局）').g.documents[0];
    assert.deepEqual(d.blocks.map((b) => b.text), ['（牵头单位：市财政局、', '（牵头单位：市审计局；责任单位：市统计局）']);
  });
});

describe('parser: numbered headings', () => {
  it('a numbered heading that ends like a title is a paragraph of its own', () => {
    const text = ['聊政办字〔2023〕16号', '', '关于某事的通知', '', '三、市防汛抗旱指挥部有关成员单位的黄河防汛职责', '', '市水利局：负责组织、协调、监督、指导全市防汛抗旱工作。'].join('\n');
    const d = parse(text).g.documents[0];
    assert.deepEqual(d.paragraphs.map((p) => p.text), ['三、市防汛抗旱指挥部有关成员单位的黄河防汛职责', '市水利局：负责组织、协调、监督、指导全市防汛抗旱工作。']);
  });
});

describe('parser: the training gazettes', () => {
  const files = corpusFiles();
  if (!files.length) it.skip('../shared/corpus is not present');
  for (const f of files) {
    it(`${path.basename(f)}: one document per 目录 entry, in order`, () => {
      const { g } = parse(fs.readFileSync(f, 'utf8'));
      assert.equal(g.isIssue, true);
      assert.ok(g.toc.length >= 10, `目录 has ${g.toc.length} entries`);
      assert.equal(g.documents.length, g.toc.length);
      g.toc.forEach((t, i) => {
        const d = g.documents[i];
        if (t.number) assert.equal(d.number?.canonical, t.number.canonical);
        else assert.equal(d.type, '大事记');
      });
    });
  }
});

describe('parser: a policy interpretation (政策解读) after the documents', () => {
  const toc = ['聊城市人民政府公报', '', '目 录', '', '关于甲事的通知', '聊政发〔2024〕1号 2', '', '《关于甲事的通知》政策解读 5', ''];
  const doc = ['聊城市人民政府文件', '', '聊政发〔2024〕1号', '', '聊城市人民政府关于甲事的通知', '', '各县（市、区）人民政府：', '',
    '一、总体要求', '', '二、重点任务', '', '三、保障措施', '', '聊城市人民政府', '2024年3月5日', ''];
  const reading = (head: string) => [head, '', '近日，市政府印发了《聊城市人民政府关于甲事的通知》（聊政发〔2024〕1号）。现解读如下。', '', '一、出台背景', '', '二、主要内容'];
  it('is an article of its own: its 一、 do not go on the document before', () => {
    const g = parseGazette(new SourceText([...toc, ...doc, ...reading('《关于甲事的通知》政策解读')].join('\n')));
    assert.deepEqual(g.documents.map((d) => d.title?.text), ['聊城市人民政府关于甲事的通知', '《关于甲事的通知》政策解读']);
    assert.deepEqual(g.documents.map((d) => d.items.map((i) => i.value)), [[1, 2, 3], [1, 2]]);
    const g2 = parseGazette(new SourceText([...toc, ...doc, ...reading('关于《聊城市人民政府关于甲事的通知》的解读')].join('\n')));
    assert.equal(g2.documents.length, 2);
  });
  it('a line that only names a document is no such heading', () => {
    const g = parseGazette(new SourceText([...toc, ...doc, ...reading('《关于甲事的通知》')].join('\n')));
    assert.equal(g.documents.length, 1);
  });
});

describe('parser: a 公告\'s or 通告\'s head (…公告 ⏎ 〔2025〕第1号)', () => {
  const summary = (text: string) => {
    const g = parseGazette(new SourceText(text));
    return {
      docs: g.documents.map((d) => [d.type, d.number?.canonical, d.title?.text, d.items.map((i) => i.value).join(''), d.date?.iso]),
      toc: g.toc.map((t) => [t.number?.canonical, t.title.text]),
      g,
    };
  };
  const TITLE = '聊城市人民政府关于春季禁止露天焚烧秸秆的公告';

  it('opens a document of its own between two others, its number paired with its 目录 entry', () => {
    const { docs, toc, g } = summary(noticeIssue());
    assert.deepEqual(docs, [
      ['批复', '聊政字〔2025〕14号', '聊城市人民政府关于某某规划的批复', '12', '2025-03-20'],
      ['公告', '聊城市人民政府公告〔2025〕第1号', TITLE, '12', '2025-03-21'],
      ['通知', '聊政办字〔2025〕9号', '聊城市人民政府办公室关于做好某项工作的通知', '12', '2025-03-28'],
    ]);
    assert.deepEqual(toc, [
      ['聊政字〔2025〕14号', '聊城市人民政府关于某某规划的批复'],
      ['聊城市人民政府公告〔2025〕第1号', TITLE],
      ['聊政办字〔2025〕9号', '聊城市人民政府办公室关于做好某项工作的通知'],
    ]);
    const [pifu, notice] = g.documents;
    // The 批复 no longer takes the 公告's head for an attached document.
    assert.deepEqual(pifu.attachments, []);
    assert.equal(notice.issuerMark?.text, '聊城市人民政府公告');
    assert.equal(notice.number?.isNotice, true);
    // Its opening sentence (…公告如下：) is no 主送: a 公告 is addressed to no one.
    assert.equal(notice.mainRecipient, undefined);
    assert.equal(notice.signature?.text, '聊城市人民政府');
  });

  it('reads the number as 2025年第1号 or 第1号 too, and a 通告\'s', () => {
    assert.deepEqual(summary(noticeIssue({ number: '2025年第1号' })).docs.map((d) => d[1]), ['聊政字〔2025〕14号', '聊城市人民政府公告〔2025〕第1号', '聊政办字〔2025〕9号']);
    assert.deepEqual(summary(noticeIssue({ number: '2025年第1号' })).toc.map((t) => t[0]), ['聊政字〔2025〕14号', '聊城市人民政府公告〔2025〕第1号', '聊政办字〔2025〕9号']);
    assert.deepEqual(summary(noticeIssue({ number: '第1号' })).docs.map((d) => d[1]), ['聊政字〔2025〕14号', '聊城市人民政府公告第1号', '聊政办字〔2025〕9号']);
    const tonggao = summary(noticeIssue({ issuer: '聊城市人民政府通告' }));
    assert.deepEqual(tonggao.docs[1].slice(0, 3), ['通告', '聊城市人民政府通告〔2025〕第1号', '聊城市人民政府关于春季禁止露天焚烧秸秆的通告']);
  });

  it('a 公告 with no title of its own: its opening sentence is neither its title nor a 主送', () => {
    const { docs, toc, g } = summary(noticeIssue({ titled: false }));
    assert.deepEqual(docs[1], ['公告', '聊城市人民政府公告〔2025〕第1号', undefined, '12', '2025-03-21']);
    assert.equal(g.documents[1].mainRecipient, undefined);
    assert.deepEqual(toc[1], ['聊城市人民政府公告〔2025〕第1号', '']);
  });

  it('a title ending in 公告, or a 公告 line followed by text, is no head', () => {
    const text = noticeIssue().replace('一、原则同意《某某规划》。', '一、原则同意《某某规划》。\n\n聊城市人民政府关于某事的公告\n\n第2号').replace('二、请认真组织实施。', '二、请按照市政府公告\n\n第3号文件执行。');
    assert.deepEqual(summary(text).docs.map((d) => d[1]), ['聊政字〔2025〕14号', '聊城市人民政府公告〔2025〕第1号', '聊政办字〔2025〕9号']);
  });
});

describe('parser: a 令 whose own head prints its number in Chinese numerals (聊城市人民政府令 ⏎ 第五号)', () => {
  it('starts its document as in digits, its number read as 第5号 with the numerals\' span', () => {
    const heads = (text: string) => parse(text).g.documents.map((d) => [d.type, d.number?.canonical, d.title?.text, d.date?.iso]);
    const numerals = headsIssue().replace('聊城市人民政府令\n第5号\n', '聊城市人民政府令\n第五号\n');
    assert.notEqual(numerals, headsIssue());
    assert.deepEqual(heads(numerals), heads(headsIssue()));
    const { g, source } = parse(numerals);
    const n = g.documents.find((d) => d.type === '令')!.number!;
    assert.equal(source.text.slice(n.seqNumeral!.start, n.seqNumeral!.end), '五');
  });
});

describe('parser: a 目录 whose heading the extraction lost (gazette2 logical.txt)', () => {
  const summary = (text: string) => {
    const g = parseGazette(new SourceText(text));
    return { isIssue: g.isIssue, docs: g.documents.map((d) => [d.number?.canonical, d.title?.text, d.date?.iso]), toc: g.toc.map((t) => [t.number?.canonical, t.title.text, t.page, t.section]) };
  };

  it('reads a run of titles with their numbers and rising pages at the issue\'s start as the 目录', () => {
    const headed = summary(noticeIssue());
    assert.equal(headed.toc.length, 3);
    assert.deepEqual(summary(noticeIssue().replace('目 录\n', '')), headed);
    // Without its section headings too, and as another gazette prints it (title, leaders and page in brackets).
    const bare = noticeIssue().replace('目 录\n', '').replace(/◎市政府(?:办公室)?文件\n/g, '');
    assert.deepEqual(summary(bare).docs, headed.docs);
    const dotted = bare.replace(/\n((?:聊政字|聊城市人民政府公告|聊政办字)〔2025〕(?:第1|14|9)号) (\d)/g, '（$1）……（$2）');
    assert.deepEqual(summary(dotted).docs, headed.docs);
    assert.equal(summary(dotted).toc.length, 3);
  });

  it('reads two entries as the 目录 under a cover line naming the issue (…公报, 第N期)', () => {
    const headed = summary(issue());
    assert.equal(headed.toc.length, 2);
    assert.deepEqual(summary(issue().replace('目 录\n', '')), headed);
    assert.deepEqual(summary(issue().replace('目 录\n', '').replace('聊城市人民政府公报\n', '')), headed);
  });

  it('reads a 目录 without its heading that opens the text, with no cover before it (gaps7)', () => {
    const headed = summary(issue());
    const cover = '聊城市人民政府公报\n\n2024\n第1期（总第1期）\n\n目 录\n\n';
    assert.ok(issue().startsWith(cover));
    // Its section heading first, or its first entry's title.
    assert.deepEqual(summary(issue().replace(cover, '')), headed);
    assert.deepEqual(summary(issue().replace(cover, '').replace('◎市政府文件\n\n', '')).docs, headed.docs);
    assert.equal(summary(issue().replace(cover, '').replace('◎市政府文件\n\n', '')).isIssue, true);
  });
  it('reads two entries as the 目录 under a cover line it does not know, when each entry\'s number heads a document after it (gaps6)', () => {
    const headed = summary(issue());
    const cover = '聊城市人民政府公报\n\n2024\n第1期（总第1期）\n';
    assert.ok(issue().startsWith(cover));
    for (const other of ['聊城市人民政府公报　2024年第1期\n', '聊城市人民政府公报（2024年第1期）\n', '2024\n\n1\n', '2024年1月15日出版\n']) {
      assert.deepEqual(summary(issue().replace('目 录\n', '').replace(cover, other)), headed, other);
    }
  });

  it('reads no list in a document as one: after its head, with pages that do not rise, or of two entries', () => {
    const draft = [
      '聊城市人民政府文件', '聊政发〔2025〕3号', '聊城市人民政府关于废止部分文件的决定', '各县（市、区）人民政府，市政府各部门：',
      '经研究，决定废止下列文件：', '关于某某工作的通知', '聊政发〔2015〕12号 3', '关于某某事项的意见', '聊政发〔2016〕2号 5',
      '关于某某办法的通知', '聊政办发〔2017〕8号 7', '聊城市人民政府', '2025年3月1日',
    ];
    for (const text of [draft, draft.slice(4), [...draft.slice(5, 7), ...draft.slice(9)], [draft[5], '聊政发〔2015〕12号 9', ...draft.slice(7)]]) {
      const s = summary(text.join('\n'));
      assert.equal(s.isIssue, false, text.join('|'));
      assert.equal(s.docs.length, 1);
    }
  });
});

describe('parser: running headers and footers an extraction left at page breaks', () => {
  // A page break inside item （一）'s block: the footer's page number, then the next page's header.
  const broken = (header: string[]) => issue().replace('提升。（牵头单位：市发展改革委；责任单位：各县（市、区）人民政府）',
    ['提升。（牵头单位：市发展改革委；责任单位：各县（市、', '', ...header.flatMap((h) => [h, '']), '区）人民政府）'].join('\n'));
  const blockOf = (text: string) => {
    const { source, g } = parse(text);
    const a = g.documents[0];
    return { g, a, block: source.text.slice(a.blocks[0].start, a.blocks[0].end).replace(/\n[^]*\n/, '…') };
  };
  it("drops the gazette's own name and issue label (from its cover), and a page number next to them", () => {
    for (const header of [['2', '聊城市人民政府公报'], ['2024年第1期', '3'], ['聊城市人民政府公报　2024年第1期'], ['— 2 —', '2024 年第 1 期'],
      ['聊城市人民政府公报　·2·'], ['3　2024年第1期'], ['·2·', '2024年第1期']]) {
      const { g, a } = blockOf(broken(header));
      assert.deepEqual(g.documents.map((d) => d.number?.canonical), ['聊政发〔2024〕1号', '聊政办字〔2024〕3号'], header.join('|'));
      const p = a.paragraphs.find((x) => x.text.startsWith('（一）'))!;
      assert.match(p.text, /各县（市、区）人民政府）$/, header.join('|'));
      assert.equal(a.blocks.length, 2, header.join('|'));
    }
  });
  it('drops a header printing the issue label with its running number, as the masthead does (厦门市人民政府公报　2025年第5期（总第389期）; othergaz4)', () => {
    for (const header of [['聊城市人民政府公报　2024年第1期（总第1期）'], ['— 2 —', '2024年第1期（总第1期）　聊城市人民政府公报'], ['2024年第1期（总第1期）', '3']]) {
      const { g, a } = blockOf(broken(header));
      assert.deepEqual(g.documents.map((d) => d.number?.canonical), ['聊政发〔2024〕1号', '聊政办字〔2024〕3号'], header.join('|'));
      assert.match(a.paragraphs.find((x) => x.text.startsWith('（一）'))!.text, /各县（市、区）人民政府）$/, header.join('|'));
    }
    // The masthead on one line (2025年第5期（总第389期）) gives the same.
    const oneLine = broken(['聊城市人民政府公报　2024年第1期（总第1期）']).replace('2024\n第1期（总第1期）', '2024年第1期（总第1期）');
    assert.match(blockOf(oneLine).a.paragraphs.find((x) => x.text.startsWith('（一）'))!.text, /各县（市、区）人民政府）$/);
  });

  it('drops a page number printed in the margin that cuts a sentence, on its own line or at a line\'s end behind spaces (othergaz4)', () => {
    const second = (text: string) => parse(text).g.documents[0].paragraphs.find((x) => x.text.startsWith('（二）'))!.text;
    const all = (text: string) => parse(text).g.documents[0].paragraphs.map((x) => x.text).join('');
    const at = (cut: string) => issue().replace('加强组织领导，完善工作机制，', cut);
    assert.match(second(at('加强组织领导，\n2\n完善工作机制，')), /^（二）强化保障。加强组织领导，完善工作机制，确保/);
    assert.match(second(at('加强组织领导，   2\n完善工作机制，')), /^（二）强化保障。加强组织领导，完善工作机制，确保/);
    assert.match(second(at('加强组织\n2\n领导，完善工作机制，')), /^（二）强化保障。加强组织领导，完善工作机制，确保/);
    // Before the clause mark that closes the words it cut, after a list's ：, and printed both ways at once.
    assert.match(second(at('加强组织领导\n2\n，完善工作机制，')), /^（二）强化保障。加强组织领导，完善工作机制，确保/);
    assert.match(second(at('加强组织领导：①建章\n2\n；②立制，完善工作机制，')), /^（二）强化保障。加强组织领导：①建章；②立制，完善/);
    assert.match(second(at('加强组织领导，   2\n2\n完善工作机制，')), /^（二）强化保障。加强组织领导，完善工作机制，确保/);
    assert.match(second(at('加强组织领导，落实《某某若\n2\n干措施》，完善工作机制，')), /落实《某某若干措施》，完善/);
    assert.match(all(at('加强组织领导，落实《某某\n12\n条措施》，完善工作机制，')), /《某某12条措施》/);
    // Behind spaces before the 、 of the list it cut (`（责任单位：市工信局   1` ⏎ `、市发改委…`).
    assert.match(second(at('加强组织领导（责任单位：市财政局   1\n、市民政局），完善工作机制，')), /市财政局、市民政局/);
    // A number the next line goes on with is text: a count, a date a wrap cut, an article.
    assert.match(all(at('新增岗位\n3\n万个，完善工作机制，')), /新增岗位3万个，/);
    assert.match(all(at('加强组织领导，按照第\n3\n条，完善工作机制，')), /按照第3条，/);
    assert.match(all(at('加强组织领导　　　　2\n025年完善工作机制，')), /领导2025年完善/);
    // So is a bare number among a table's cells (no clause marks around it).
    assert.match(all(at('序号\n1\n老旧小区改造\n完善工作机制，')), /序号1老旧小区改造/);
  });

  it('drops a margin page number inside a document\'s title or its 成文日期, and keeps a number the title or date reads (gaps6)', () => {
    const docs = (text: string) => parse(text).g.documents;
    const titled = (title: string) => docs(issue().replace('聊城市人民政府 关于加快某项工作的意见', title))[0].title?.text;
    assert.equal(titled('聊城市人民政府\n2\n关于加快某项工作的意见'), '聊城市人民政府关于加快某项工作的意见');
    assert.equal(titled('聊城市人民政府关于加快某项\n2\n工作的意见'), '聊城市人民政府关于加快某项工作的意见');
    assert.equal(titled('聊城市人民政府关于印发加快某项\n2\n工作实施方案（试行）的通知'), '聊城市人民政府关于印发加快某项工作实施方案（试行）的通知');
    // A number the title reads stays: a count, a year, an ordinal.
    assert.equal(titled('聊城市人民政府关于印发\n10\n项民生实事的意见'), '聊城市人民政府关于印发10项民生实事的意见');
    assert.equal(titled('聊城市人民政府关于做好第\n2\n批项目工作的意见'), '聊城市人民政府关于做好第2批项目工作的意见');
    // A count whose classifier a running text seldom opens with (6类, 3宗, 5种, 2部) (redteam12).
    assert.equal(titled('聊城市人民政府关于印发聊城市\n6\n类重点人群健康服务实施方案的通知'), '聊城市人民政府关于印发聊城市6类重点人群健康服务实施方案的通知');
    assert.equal(titled('聊城市人民政府关于收回\n3\n宗国有建设用地使用权的决定'), '聊城市人民政府关于收回3宗国有建设用地使用权的决定');
    assert.equal(titled('聊城市人民政府关于推广\n5\n种典型经验做法的通报'), '聊城市人民政府关于推广5种典型经验做法的通报');
    // So do a table's row numbers between whole titles, and a number before 关于 under no issuer's head.
    const all = (text: string) => docs(text)[0].paragraphs.map((x) => x.text).join('');
    assert.match(all(issue().replace('加强组织领导，完善工作机制，', '加强组织领导，\n序号\n文件名称\n1\n关于加快甲项工作的通知\n2\n关于加快乙项工作的意见\n完善工作机制，')),
      /1关于加快甲项工作的通知2关于加快乙项工作的意见/);
    const dated = (date: string) => docs(issue().replace('聊城市人民政府\n2024年2月1日', `聊城市人民政府\n${date}`))[0].date?.iso;
    assert.equal(dated('2024年2月\n5\n1日'), '2024-02-01');
    assert.equal(dated('2024年\n5\n2月1日'), '2024-02-01');
    assert.equal(dated('2024年2月1日'), '2024-02-01');
  });

  it('drops a header line recurring at three page breaks, and keeps one that occurs once', () => {
    const thrice = (h: string) => broken([h]).replace('加强组织领导，完善工作机制，', `加强组织领导，\n\n${h}\n\n完善工作机制，`)
      .replace('请认真贯彻执行。', `请认真\n${h}\n贯彻执行。`);
    const { a } = blockOf(thrice('山东省某某市政府公报'));
    assert.match(a.paragraphs.find((x) => x.text.startsWith('（一）'))!.text, /各县（市、区）人民政府）$/);
    assert.match(a.paragraphs.find((x) => x.text.startsWith('（二）'))!.text, /^（二）强化保障。加强组织领导，完善工作机制/);
    // Once, and not the masthead's: a line of text like any other.
    const once = parse(broken(['山东省某某市政府公报'])).g.documents[0];
    assert.match(once.paragraphs.find((x) => x.text.startsWith('（一）'))!.text, /各县（市、山东省某某市政府公报区）/);
  });
  it('keeps a bare number that stands next to no header, and a header line before the 目录', () => {
    const { a } = blockOf(broken(['2']));
    assert.match(a.paragraphs.find((x) => x.text.startsWith('（一）'))!.text, /各县（市、2区）/);
    // Nor a line naming the gazette among other words, with a number after it.
    const { a: b } = blockOf(broken(['刊登于聊城市人民政府公报2024年第1期12']));
    assert.match(b.paragraphs.find((x) => x.text.startsWith('（一）'))!.text, /各县（市、刊登于/);
    const { g } = parse(issue());
    assert.equal(g.cover?.title?.text, '聊城市人民政府公报');
  });
  it("reads a 任免 notice's title that a wrap broke before its number, and its 主送 that a wrap broke before a ，", () => {
    const text = issue().replace('聊城市人民政府办公室\n\n聊政办字〔2024〕3号\n\n聊城市人民政府办公室 关于印发某某办法的通知\n\n各县（市、区）人民政府：',
      '聊城市人民政府办公室 关于任免张三等工作人员\n职务的通知\n\n聊政办字〔2024〕3号\n\n各县（市、区）人民政府，市属开发区管委会\n\n聊城市人民政府公报\n\n，市政府各部门、直属机构：');
    const b = parse(text).g.documents[1];
    assert.equal(b.title?.text, '聊城市人民政府办公室关于任免张三等工作人员职务的通知');
    assert.equal(b.mainRecipient?.text, '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：');
    assert.equal(parse(text).g.documents[0].paragraphs.some((p) => p.text.includes('关于任免')), false);
  });
});

describe('parser: a continuation fragment whose 附件说明 a narrow wrap broke', () => {
  it("takes the entry's wrapped line and the entries after it, not a host's line after them", () => {
    const text = issue().replace('（三）加强督导。定期调度。', '（三）加强督导。定期调度。\n\n附件：1. 某某重点项目\n建设任务一览表（略）\n2. 某某工作清单（略）');
    const [a, b] = parse(text).g.documents;
    assert.deepEqual(a.attachmentNote?.entries.map((e) => [e.index, e.name.text]), [[1, '某某重点项目建设任务一览表（略）'], [2, '某某工作清单（略）']]);
    assert.equal(a.date?.iso, '2024-02-01');
    assert.equal(b.paragraphs.some((p) => p.text.includes('一览表')), false);
    // An entry that ends like a title is whole: the line after it is not its rest.
    const whole = issue().replace('（三）加强督导。定期调度。', '（三）加强督导。定期调度。\n\n附件：某某重点项目建设任务一览表\n');
    assert.deepEqual(parse(whole).g.documents[0].attachmentNote?.entries.map((e) => e.name.text), ['某某重点项目建设任务一览表']);
  });
});

describe("parser: another gazette's 目录 (one line an entry, the number and the page in brackets, 【】 sections)", () => {
  const text = ['山东省人民政府公报', '', '2025', '', '第12期（总第868期）', '', '目　　录', '', '【省政府令】', '',
    '山东省人民政府令（第365号）………………………（2）', '', '山东省电梯安全管理办法………………………（2）', '', '【省政府文件】', '',
    '山东省人民政府关于印发山东省省级储备粮管理办法的通知（鲁政发〔2025〕6号）……（5）', '', '人事任免', '',
    '山东省人民政府关于王刚等同志职务任免的通知（鲁政任〔2025〕12号）……（9）', '',
    '山东省人民政府文件', '', '鲁政发〔2025〕6号', '', '山东省人民政府关于印发山东省省级储备粮管理办法的通知', '',
    '各市人民政府：', '', '现将《山东省省级储备粮管理办法》印发给你们，请认真贯彻执行。', '', '山东省人民政府', '2025年4月18日'].join('\n');
  it('reads each entry with its title, number, page and section', () => {
    const { g } = parse(text);
    assert.equal(g.isIssue, true);
    assert.deepEqual(g.toc.map((t) => [t.title.text, t.number?.canonical, t.page, t.section]), [
      ['山东省人民政府令（第365号）', undefined, 2, '省政府令'],
      ['山东省电梯安全管理办法', undefined, 2, '省政府令'],
      ['山东省人民政府关于印发山东省省级储备粮管理办法的通知', '鲁政发〔2025〕6号', 5, '省政府文件'],
      ['山东省人民政府关于王刚等同志职务任免的通知', '鲁政任〔2025〕12号', 9, '人事任免'],
    ]);
    assert.deepEqual(g.toc.map((t) => t.sectionHeading), ['【省政府令】', '【省政府令】', '【省政府文件】', '人事任免']);
  });
  it('reads a bare 政策解读 heading as a section, not as the start of the next title (othergaz2)', () => {
    const withReading = text.replace('人事任免', '政策解读').replace('山东省人民政府关于王刚等同志职务任免的通知（鲁政任〔2025〕12号）……（9）',
      '《山东省省级储备粮管理办法》政策解读………………（9）');
    const { g } = parse(withReading);
    assert.deepEqual(g.toc.at(-1) && [g.toc.at(-1)!.title.text, g.toc.at(-1)!.section], ['《山东省省级储备粮管理办法》政策解读', '政策解读']);
  });
});

describe("parser: a 目录 whose leaders another PDF tool drew with other dots (othergaz3)", () => {
  const shandong = ['山东省人民政府公报', '', '2025', '', '第12期（总第868期）', '', '目　　录', '', '【省政府令】', '',
    '山东省人民政府令（第365号）………………………（2）', '', '山东省电梯安全管理办法………………………（2）', '', '【省政府文件】', '',
    '山东省人民政府关于印发山东省省级储备粮管理办法的通知（鲁政发〔2025〕6号）……（5）', '', '人事任免', '',
    '山东省人民政府关于王刚等同志职务任免的通知（鲁政任〔2025〕12号）……（9）', '',
    '山东省人民政府文件', '', '鲁政发〔2025〕6号', '', '山东省人民政府关于印发山东省省级储备粮管理办法的通知', '',
    '各市人民政府：', '', '现将《山东省省级储备粮管理办法》印发给你们，请认真贯彻执行。', '', '山东省人民政府', '2025年4月18日'].join('\n');
  it('reads full-width, katakana, midline and spaced-out dots as leaders, the page bare or bracketed', () => {
    for (const [lead, page] of [['．．．．．．．．', '（N）'], ['・・・・・・', ' N'], ['⋯⋯⋯⋯', 'N'], ['· · · · · · ', 'N'], ['‥‥‥‥', '（N）']]) {
      const text = shandong.replace(/…+（(\d)）/g, (_, n) => lead + page.replace('N', n));
      const { g } = parse(text);
      assert.deepEqual(g.toc.map((t) => [t.title.text, t.number?.canonical, t.page]), [
        ['山东省人民政府令（第365号）', undefined, 2],
        ['山东省电梯安全管理办法', undefined, 2],
        ['山东省人民政府关于印发山东省省级储备粮管理办法的通知', '鲁政发〔2025〕6号', 5],
        ['山东省人民政府关于王刚等同志职务任免的通知', '鲁政任〔2025〕12号', 9],
      ], lead);
    }
  });
});

describe('parser: a 机关标志 printed again in the people\'s script (延边朝鲜族自治州; othergaz3)', () => {
  const doc = (mark: string, korean: string, number: string, title: string, date: string) => [`${mark}文件`, korean, '', number, '', title, '',
    '各县（市）人民政府，州政府各委办局：', '', '一、提升政务服务效能', '', '二、强化法治保障', '', mark, date, ''];
  const text = ['延边朝鲜族自治州人民政府公报', '연변조선족자치주인민정부공보', '2025年第2期（总第98期）', '', '目　　录', '',
    '延边朝鲜族自治州人民政府关于优化营商环境的通知（延州政发〔2025〕3号）……（2）', '',
    '延边朝鲜族自治州人民政府办公室关于做好森林草原防火工作的通知（延州政办发〔2025〕6号）……（5）', '',
    ...doc('延边朝鲜族自治州人民政府', '연변조선족자치주인민정부 문건', '延州政发〔2025〕3号', '延边朝鲜族自治州人民政府关于优化营商环境的通知', '2025年3月20日'),
    ...doc('延边朝鲜族自治州人民政府办公室', '연변조선족자치주인민정부판공실 문건', '延州政办发〔2025〕6号', '延边朝鲜族自治州人民政府办公室关于做好森林草原防火工作的通知', '2025年3月25日')].join('\n');
  it('is part of the mark above it: each document opens at its Chinese mark, its title is the Chinese one', () => {
    const { g } = parse(text);
    assert.deepEqual(g.documents.map((d) => [d.issuerMark?.text, d.number?.canonical, d.title?.text, d.date?.iso]), [
      ['延边朝鲜族自治州人民政府文件', '延州政发〔2025〕3号', '延边朝鲜族自治州人民政府关于优化营商环境的通知', '2025-03-20'],
      ['延边朝鲜族自治州人民政府办公室文件', '延州政办发〔2025〕6号', '延边朝鲜族自治州人民政府办公室关于做好森林草原防火工作的通知', '2025-03-25'],
    ]);
    assert.equal(g.documents[0].paragraphs.some((p) => p.text.includes('办公室文件')), false);
  });
});

describe('parser: a 政策解读 heading a wrap cut in two (othergaz3)', () => {
  const toc = ['宜昌市人民政府公报', '', '2025年第3期（总第215期）', '', '目　　录', '', '宜昌市人民政府关于加快推进数字经济高质量发展的实施意见（宜府发〔2025〕3号）……（2）', '',
    '《宜昌市人民政府关于加快推进数字经济高质量发展的实施意见》政策解读……（5）', ''];
  const doc = [...toc, '宜昌市人民政府文件', '', '宜府发〔2025〕3号', '', '宜昌市人民政府关于加快推进数字经济高质量发展的实施意见', '', '各县市区人民政府：', '',
    '一、总体目标', '', '二、重点任务', '', '三、保障措施', '', '宜昌市人民政府', '2025年2月18日', ''];
  const reading = ['　　《宜昌市人民政府关于加快推进数字经济高质量发展', '的实施意见》政策解读', '', '一、出台背景', '', '为深入贯彻有关部署，起草了《实施意见》。', '', '二、主要内容', ''];
  it('starts an article of its own, titled by both lines: its 一、 do not go on the document before', () => {
    const g = parseGazette(new SourceText([...doc, ...reading].join('\n')));
    assert.deepEqual(g.documents.map((d) => d.title?.text), ['宜昌市人民政府关于加快推进数字经济高质量发展的实施意见', '《宜昌市人民政府关于加快推进数字经济高质量发展的实施意见》政策解读']);
    assert.deepEqual(g.documents.map((d) => d.items.map((i) => i.value)), [[1, 2, 3], [1, 2]]);
  });
  it('also when the wrap falls after the 》 (`《…的实施意见》` ⏎ `政策解读`)', () => {
    const cut = reading.slice();
    cut.splice(0, 2, '　　《宜昌市人民政府关于加快推进数字经济高质量发展的实施意见》', '政策解读');
    const g = parseGazette(new SourceText([...doc, ...cut].join('\n')));
    assert.deepEqual(g.documents.map((d) => d.items.map((i) => i.value)), [[1, 2, 3], [1, 2]]);
    assert.equal(g.documents[1].title?.text, '《宜昌市人民政府关于加快推进数字经济高质量发展的实施意见》政策解读');
  });
  it('a cited title cut in running text is no such heading', () => {
    const cited = ['　　《宜昌市人民政府关于加快推进数字经济高质量发展', '的实施意见》已经印发，现解读如下。', '', '一、出台背景', ''];
    assert.equal(parseGazette(new SourceText([...doc, ...cited].join('\n'))).documents.length, 1);
  });
});

describe("parser: a 目录 another PDF tool read with each entry's page first (othergaz2)", () => {
  const doc = (mark: string, number: string, title: string) => [mark, '', number, '', title, '', '各区人民政府，市政府各委、办、局：', '', '一、做好有关工作。', '', '二、抓好落实。', '', mark.replace(/文件$/, ''), '2025年3月5日', ''];
  const text = ['北京市人民政府公报', '', '2025年第10期（总第876期）', '', '目　　录', '', '市政府文件', '',
    '2　北京市人民政府关于促进民营经济发展的若干意见（京政发〔2025〕8号）', '', '市政府办公厅文件', '',
    '5　北京市人民政府办公厅关于加强耕地保护的通知（京政办发〔2025〕4号）', '',
    ...doc('北京市人民政府文件', '京政发〔2025〕8号', '北京市人民政府关于促进民营经济发展的若干意见'),
    ...doc('北京市人民政府办公厅文件', '京政办发〔2025〕4号', '北京市人民政府办公厅关于加强耕地保护的通知')].join('\n');
  it('reads each entry with its title, number, page and section, and the documents apart', () => {
    const { g } = parse(text);
    assert.equal(g.isIssue, true);
    assert.deepEqual(g.toc.map((t) => [t.title.text, t.number?.canonical, t.page, t.section]), [
      ['北京市人民政府关于促进民营经济发展的若干意见', '京政发〔2025〕8号', 2, '市政府文件'],
      ['北京市人民政府办公厅关于加强耕地保护的通知', '京政办发〔2025〕4号', 5, '市政府办公厅文件'],
    ]);
    assert.deepEqual(g.documents.map((d) => d.number?.canonical), ['京政发〔2025〕8号', '京政办发〔2025〕4号']);
  });
  it('reads them with full-width digits too (an extraction that renders every digit so)', () => {
    const wide = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const { g } = parse(wide);
    assert.deepEqual(g.toc.map((t) => [t.number?.canonical, t.page]), [['京政发〔2025〕8号', 2], ['京政办发〔2025〕4号', 5]]);
  });
  it('leaves a draft whose lines after a 目录 heading are no such entries alone', () => {
    const { g } = parse(['目　　录', '', '2　工作目标', '', '一、总体要求', ''].join('\n'));
    assert.equal(g.isIssue, false);
  });
});

describe("parser: a 人大常委会公报 (a 公告 numbered 〔十六届〕第18号, texts dated by their passing with no number; othergaz2)", () => {
  const passed = '（2025年3月28日北京市第十六届人民代表大会常务委员会第十二次会议通过）';
  const text = ['北京市人民代表大会常务委员会公报', '', '2025年第2号（总第228号）', '', '目　　录', '',
    '北京市人民代表大会常务委员会公告〔十六届〕第18号………（2）', '', '北京市城市更新条例………………（3）', '',
    '北京市人民代表大会常务委员会关于加强经济工作监督的决定……（9）', '',
    '北京市人民代表大会常务委员会公告', '', '〔十六届〕第18号', '', '《北京市城市更新条例》已由北京市第十六届人民代表大会常务委员会第十二次会议于2025年3月28日通过，现予公布，自2025年5月1日起施行。', '',
    '北京市人民代表大会常务委员会', '2025年3月28日', '',
    '北京市城市更新条例', '', passed, '', '第一条　为了推进城市更新，制定本条例。', '', '第二条　本条例自2025年5月1日起施行。', '',
    // A narrow wrap breaks the title and its dating line.
    '北京市人民代表大会常务委员会关于加强经济', '工作监督的决定', '', passed.slice(0, 24), passed.slice(24), '',
    '一、市人民政府应当每年报告经济工作情况。', '', '二、本决定自公布之日起施行。', ''].join('\n');
  it('reads the 公告 with the 条例 it promulgates, and the 决定, as two documents', () => {
    const { g } = parse(text);
    assert.equal(g.isIssue, true);
    assert.deepEqual(g.documents.map((d) => d.title?.text), ['北京市人民代表大会常务委员会公告', '北京市人民代表大会常务委员会关于加强经济工作监督的决定']);
    assert.deepEqual(g.documents[0].items.map((it) => it.marker), ['第一条', '第二条']);
  });
  it('reads the 公告\'s number after its 届 bracket in numerals (〔十六届〕第十八号) as in digits', () => {
    const summary = (t: string) => parse(t).g.documents.map((d) => [d.type, d.title?.text, d.date?.iso, d.items.length]);
    const numerals = text.replace('\n〔十六届〕第18号\n', '\n〔十六届〕第十八号\n');
    assert.notEqual(numerals, text);
    assert.deepEqual(summary(numerals), summary(text));
    assert.deepEqual(summary(numerals.replace('公告〔十六届〕第18号………', '公告〔十六届〕第十八号………')), summary(text));
  });
  it("keeps a 令's regulation that prints a dating line of its own (（…常务会议通过）) in the 令, even under another title", () => {
    const decree = ['中华人民共和国国务院公报', '', '2025年第15号', '', '目　　录', '', '中华人民共和国国务院令（第808号）………… 3', '', '社会救助条例 ………… 3', '', '国务院关于甲事的意见 ………… 8', '',
      '中华人民共和国国务院令', '', '第808号', '', '《社会保障条例》已经2025年4月18日国务院第89次常务会议通过，现予公布，自2025年7月1日起施行。', '', '总理　李强', '2025年5月6日', '',
      '社会救助条例', '', '（2025年4月18日国务院第89次常务会议通过）', '', '第一条　为了加强社会救助，制定本条例。', '',
      '国务院关于甲事的意见', '', '国发〔2025〕7号', '', '各省、自治区、直辖市人民政府：', '', '现提出以下意见。', '', '国务院', '2025年4月9日', ''].join('\n');
    const { g } = parse(decree);
    assert.deepEqual(g.documents.map((d) => d.number?.canonical), ['中华人民共和国国务院令第808号', '国发〔2025〕7号']);
  });
});

describe('parser: a 人大常委会公报 whose 公告 print their number in brackets (（第11号）, …公告（第12号）)', () => {
  it('starts a document at each, numbered', () => {
    const H = '聊城市人民代表大会常务委员会公告';
    const promulgation = (title: string) => [`《${title}》已于2024年6月25日经聊城市第十八届人民代表大会常务委员会第二十次会议通过，2024年7月31日经山东省第十四届人民代表大会常务委员会第十次会议批准，现予公布，自2024年10月1日起施行。`, '',
      '聊城市人民代表大会常务委员会', '2024年8月5日', '', title, '', '第一条　为了规范管理，制定本条例。', '', '第二条　本条例自2024年10月1日起施行。', ''];
    const text = ['聊城市人民代表大会常务委员会公报', '', '2024年第4号', '', '目　　录', '', `${H}（第11号）………（2）`, '', `${H}（第12号）………（6）`, '',
      H, '', '（第11号）', '', ...promulgation('聊城市物业管理条例'), `${H}（第12号）`, '', ...promulgation('聊城市养犬管理条例')].join('\n');
    const { g } = parse(text);
    assert.deepEqual(g.documents.map((d) => d.number?.canonical), [`${H}第11号`, `${H}第12号`]);
  });
  it('starts one at a number in Chinese numerals or split over two lines', () => {
    const H = '聊城市人民代表大会常务委员会公告';
    const promulgation = (title: string) => [`《${title}》已经聊城市第十八届人民代表大会常务委员会第二十次会议通过，现予公布，自2024年10月1日起施行。`, '',
      '聊城市人民代表大会常务委员会', '2024年8月5日', '', title, '', '第一条　为了规范管理，制定本条例。', ''];
    const toc = ['聊城市人民代表大会常务委员会公报', '', '2024年第4号', '', '目　　录', '', `${H}（第11号）………（2）`, '', `${H}（第12号）………（6）`, ''];
    for (const [a, b] of [[[H, '', '（第十一号）'], [`${H}（第十二号）`]], [[H, '', '（第11', '号）'], [`${H}（第12`, '号）']], [[H, '', '第十一号'], [H, '第十二号']]]) {
      const { g } = parse([...toc, ...a, '', ...promulgation('聊城市物业管理条例'), ...b, '', ...promulgation('聊城市养犬管理条例')].join('\n'));
      assert.deepEqual(g.documents.map((d) => d.number?.canonical), [`${H}第11号`, `${H}第12号`], b.join('⏎'));
      assert.ok(!g.documents[0].paragraphs.some((p) => p.text.includes('养犬')));
    }
  });
});

describe("parser: a ministry's 令 numbered by year under its head (中华人民共和国交通运输部令 ⏎ 2025年第3号; othergaz2)", () => {
  it('starts a document of its own, numbered with its year', () => {
    const text = ['中华人民共和国国务院公报', '', '2025年第10号', '', '目　　录', '', '部门规章', '',
      '中华人民共和国财政部令（第118号）………… 2', '', '会计师事务所监督检查办法 ………… 2', '', '中华人民共和国交通运输部令（2025年第3号）…… 5', '',
      '中华人民共和国财政部令', '', '第118号', '', '《会计师事务所监督检查办法》已经财政部部务会议审议通过，现予公布，自2025年4月1日起施行。', '', '部长　蓝佛安', '2025年2月26日', '',
      '会计师事务所监督检查办法', '', '第一条　为了规范监督检查工作，制定本办法。', '', '第二条　本办法自2025年4月1日起施行。', '',
      '中华人民共和国交通运输部令', '', '2025年第3号', '', '《交通运输部关于修改〈道路旅客运输及客运站管理规定〉的决定》已于2025年1月20日经第1次部务会议通过，现予公布，自2025年3月1日起施行。', '',
      '部长　刘伟', '2025年2月5日', '', '交通运输部关于修改《道路旅客运输及客运站管理规定》的决定', '', '一、将第十条修改为：“申请从事道路客运经营的，应当具备下列条件：”。', ''].join('\n');
    const { g } = parse(text);
    assert.deepEqual(g.documents.map((d) => d.number?.canonical), ['中华人民共和国财政部令第118号', '中华人民共和国交通运输部令2025年第3号']);
  });
});

describe("parser: the 国务院公报's layout (a 目录 of titles and pages, heads with no issuer mark, an undated-number 任免 list)", () => {
  const text = ['中华人民共和国国务院公报', '', '2025年第15号', '', '（总号：1850）', '', '目　　录', '', '国务院文件', '',
    '中华人民共和国国务院令（第808号）………………… 3', '', '社会救助条例 ………………………………… 3', '',
    '国务院关于推动内河航运高质量发展的意见 ……………… 8', '', '人事任免', '', '国务院任免国家工作人员 ……………… 15', '',
    '中华人民共和国国务院令', '', '第808号', '', '《社会救助条例》已经2025年4月18日国务院第89次常务会议通过，现予公布，自2025年7月1日起施行。', '',
    '总理　李强', '2025年5月6日', '', '社会救助条例', '', '第一章 总则', '', '第一条 为了加强社会救助，制定本条例。', '',
    '国务院关于推动内河航运高质量发展的意见', '', '国发〔2025〕7号', '', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', '',
    '现提出以下意见。', '', '国务院', '2025年4月9日', '',
    '国务院任免国家工作人员', '', '（2025年5月23日）', '', '任命刘建华为交通运输部副部长。'].join('\n');
  it('is an issue whose documents are the 令, the 意见 and the 任免 list', () => {
    const { g } = parse(text);
    assert.equal(g.isIssue, true);
    assert.deepEqual(g.toc.map((t) => [t.title.text, t.page, t.section]), [
      ['中华人民共和国国务院令（第808号）', 3, '国务院文件'], ['社会救助条例', 3, '国务院文件'],
      ['国务院关于推动内河航运高质量发展的意见', 8, '国务院文件'], ['国务院任免国家工作人员', 15, '人事任免'],
    ]);
    assert.deepEqual(g.documents.map((d) => [d.number?.canonical, d.title?.text]), [
      ['中华人民共和国国务院令第808号', '社会救助条例'],
      ['国发〔2025〕7号', '国务院关于推动内河航运高质量发展的意见'],
      [undefined, '国务院任免国家工作人员'],
    ]);
  });
  it('drops its running headers (its issue label ends in 号) and reads a title a wrap broke inside its 《》', () => {
    const paged = text.replace('现提出以下意见。', '内河航运是综合交通运输体系的重要组成部分。为推动内河航运高质量发展，现提出以\n\n— 9 —\n\n中华人民共和国国务院公报\n\n2025年第15号\n\n下意见。')
      .replace('国务院关于推动内河航运高质量发展的意见\n\n国发', '国务院关于推动内河航运高质量发展的\n意见\n\n国发')
      .replace('第一条 为了加强社会救助，制定本条例。', '第一条 为了加强社会救助，制定本条例。\n\n国务院办公厅关于印发《加快构建普惠托育服务体系\n实施方案》的通知\n\n国办发〔2025〕10号\n\n各省、自治区、直辖市人民政府：\n\n现印发给你们。\n\n国务院办公厅\n2025年5月12日');
    const { g } = parse(paged);
    assert.deepEqual(g.documents.map((d) => d.title?.text), ['社会救助条例', '国务院办公厅关于印发《加快构建普惠托育服务体系实施方案》的通知',
      '国务院关于推动内河航运高质量发展的意见', '国务院任免国家工作人员']);
    assert.equal(g.documents[2].paragraphs.find((p) => p.text.startsWith('内河航运'))?.text, '内河航运是综合交通运输体系的重要组成部分。为推动内河航运高质量发展，现提出以下意见。');
  });
  it('reads a title a wrap broke right after its 《…》 (`…关于印发《…措施》` ⏎ `的通知`; othergaz2)', () => {
    const cut = text.replace('第一条 为了加强社会救助，制定本条例。', '第一条 为了加强社会救助，制定本条例。\n\n国务院办公厅关于印发《加快构建普惠托育服务体系实施方案》\n的通知\n\n国办发〔2025〕10号\n\n各省、自治区、直辖市人民政府：\n\n现印发给你们。\n\n国务院办公厅\n2025年5月12日');
    const { g } = parse(cut);
    assert.equal(g.documents[1].title?.text, '国务院办公厅关于印发《加快构建普惠托育服务体系实施方案》的通知');
  });
});


describe('parser: a text with no 目录 holding more than one document', () => {
  const decision = ['聊城市人民政府', '', '聊政字〔2025〕4号', '', '聊城市人民政府关于废止部分市政府规范性文件的决定', '',
    '各县（市、区）人民政府，市属开发区管委会，市政府各部门：', '经市政府研究，决定废止《聊城市某某管理办法》。', '本决定自印发之日起施行。', '',
    '聊城市人民政府', '2025年3月5日', ''];
  const notice = ['聊城市人民政府办公室', '', '聊政办字〔2025〕3号', '', '聊城市人民政府办公室关于印发聊城市人才公寓管理办法的通知', '',
    '各县（市、区）人民政府，市政府各部门：', '《聊城市人才公寓管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。', '',
    '聊城市人民政府办公室', '2025年3月10日', '', '聊城市人才公寓管理办法', '', '第一条 为了加强人才公寓管理，制定本办法。', '第二条 本办法自2025年4月1日起施行。'];
  it('splits a 决定 from the 印发 notice after its 落款 and 成文日期, the notice keeping the text it prints', () => {
    const { g } = parse([...decision, ...notice].join('\n'));
    assert.equal(g.isIssue, false);
    assert.deepEqual(g.documents.map((d) => [d.number?.canonical, d.title?.text, d.date?.iso]), [
      ['聊政字〔2025〕4号', '聊城市人民政府关于废止部分市政府规范性文件的决定', '2025-03-05'],
      ['聊政办字〔2025〕3号', '聊城市人民政府办公室关于印发聊城市人才公寓管理办法的通知', '2025-03-10'],
    ]);
    assert.equal(g.documents[0].attachments.length, 0);
    assert.deepEqual(g.documents[1].attachments.map((a) => a.title?.text), ['聊城市人才公寓管理办法']);
  });
  it('reads a head with its number under the title, after a note under the date, and no issuer mark', () => {
    const cut = [...decision.slice(2, -1), '（此件公开发布）', '', '聊城市人民政府办公室关于印发聊城市人才公寓', '管理办法的通知', '聊政办字〔2025〕3号', ...notice.slice(6)];
    const { g } = parse(cut.join('\n'));
    assert.deepEqual(g.documents.map((d) => d.number?.canonical), ['聊政字〔2025〕4号', '聊政办字〔2025〕3号']);
  });
  it('keeps one document where the text after the 成文日期 has no number or 主送 of its own', () => {
    // A 印发 notice printing a text titled like a document, or a 转发 notice printing one with its 主送.
    const printed = ['聊城市人民政府关于加快某项工作的意见', '', '各县（市、区）人民政府：', '一、总体要求', '全面推进。'];
    for (const tail of [printed, printed.filter((l) => !l.endsWith('：')), ['聊城市人民政府', '', ...printed]]) {
      const { g } = parse([...notice.slice(0, 11), '', ...tail].join('\n'));
      assert.equal(g.documents.length, 1, tail.join('|'));
    }
  });
  // A 通知 with no 发文字号 (a 明电, a notice an extraction lost its number line from): issuer, title, 主送.
  const unnumbered = ['聊城市人民政府办公室', '', '聊城市人民政府办公室关于做好2025年春节期间安全生产工作的通知', '',
    '各县（市、区）人民政府，市政府各部门：', '为做好春节期间安全生产工作，现将有关事项通知如下。', '一、压实责任。', '',
    '聊城市人民政府办公室', '2025年1月20日'];
  it('splits at a head with no number (issuer, 关于…的通知 or 决定, 主送) after a 落款 and 成文日期', () => {
    const { g } = parse([...decision, ...unnumbered].join('\n'));
    assert.deepEqual(g.documents.map((d) => [d.number?.canonical, d.title?.text, d.date?.iso, d.mainRecipient?.text.slice(0, 6)]), [
      ['聊政字〔2025〕4号', '聊城市人民政府关于废止部分市政府规范性文件的决定', '2025-03-05', '各县（市、区'],
      [undefined, '聊城市人民政府办公室关于做好2025年春节期间安全生产工作的通知', '2025-01-20', '各县（市、区'],
    ]);
    // The issuer's name before 关于, no mark line; and after a 印发 notice's printed text and its own date.
    assert.equal(parse([...decision, ...unnumbered.slice(2)].join('\n')).g.documents.length, 2);
    const printedDated = [...notice, '', '聊城市人民政府办公室', '2025年3月10日', '', ...unnumbered.slice(2)];
    assert.deepEqual(parse(printedDated.join('\n')).g.documents.map((d) => d.title?.text), [
      '聊城市人民政府办公室关于印发聊城市人才公寓管理办法的通知', '聊城市人民政府办公室关于做好2025年春节期间安全生产工作的通知']);
  });
  it('splits at a 令\'s or a 公告\'s head (issuer ⏎ 第N号, no 主送), after a 成文日期 or a text\'s last sentence (gaps6)', () => {
    const decree = ['聊城市人民政府令', '', '第52号', '', '《聊城市某某管理办法》已经2025年3月18日市政府第60次常务会议通过，现予公布，自2025年5月1日起施行。', '',
      '市长　张三', '2025年3月25日', '', '聊城市某某管理办法', '', '第一条　为了加强某某管理，制定本办法。', '', '第二条　本办法自2025年5月1日起施行。', ''];
    const notice = ['聊城市人民政府公告', '', '〔2025〕第1号', '', '为改善环境空气质量，现就有关事项公告如下：', '', '一、禁烧时间：2025年6月30日前。', '',
      '二、禁烧区域：全市行政区域。', '', '特此公告。', '', '聊城市人民政府', '2025年3月28日'];
    const { g } = parse([...decision, ...decree, ...notice].join('\n'));
    assert.deepEqual(g.documents.map((d) => [d.number?.canonical, d.date?.iso]), [
      ['聊政字〔2025〕4号', '2025-03-05'], ['聊城市人民政府令第52号', '2025-03-25'], ['聊城市人民政府公告〔2025〕第1号', '2025-03-28'],
    ]);
    assert.deepEqual(g.documents[1].items.map((i) => i.marker), ['第一条', '第二条']);
    // A 令 cited in a sentence a hard wrap cut before its number stays text.
    const cited = [...decision.slice(0, 8), '依据《聊城市某某管理办法》（', '聊城市人民政府令', '第32号）执行。', ...decision.slice(8)];
    assert.equal(parse(cited.join('\n')).g.documents.length, 1);
  });
  it('keeps as text a list of 令 printed number first, a row a line, after a sentence (redteam12)', () => {
    // A 决定 that repeals rules lists them as a table's rows: 聊城市人民政府令 ⏎ 第30号 ⏎ the rule's title.
    const decree = ['聊城市人民政府令', '', '第57号', '', '《聊城市人民政府关于废止部分市政府规章的决定》已经2025年6月6日市政府第十七次常务会议通过，现予公布，自公布之日起施行。', '',
      '市长　李华', '2025年6月12日', '', '聊城市人民政府关于废止部分市政府规章的决定', '', '市政府决定，对下列2件市政府规章予以废止。', '',
      '聊城市人民政府令', '第30号', '聊城市城市供水管理办法', '聊城市人民政府令', '第31号', '聊城市城市节约用水管理办法', '', '本决定自公布之日起施行。'];
    const { g } = parse(decree.join('\n'));
    assert.deepEqual(g.documents.map((d) => [d.number?.canonical, d.title?.text]), [['聊城市人民政府令第57号', '聊城市人民政府关于废止部分市政府规章的决定']]);
    // So is a list of one row: a 令's own text under its number is a sentence, never a bare title.
    const one = [...decree.slice(0, 16), '', '本决定自公布之日起施行。'];
    assert.deepEqual(parse(one.join('\n')).g.documents.map((d) => d.number?.canonical), ['聊城市人民政府令第57号']);
  });
  it('keeps a 转发 or 印发 notice with the 通知 it prints, its 主送 and all, and a head titled otherwise', () => {
    const forward = ['聊城市人民政府办公室', '', '聊政办字〔2025〕5号', '', '聊城市人民政府办公室关于转发山东省人民政府办公厅关于做好春节期间安全生产工作的通知的通知', '',
      '各县（市、区）人民政府，市政府各部门：', '现将《山东省人民政府办公厅关于做好春节期间安全生产工作的通知》转发给你们，请认真贯彻落实。', '',
      '聊城市人民政府办公室', '2025年1月22日', '', '山东省人民政府办公厅', '山东省人民政府办公厅关于做好春节期间安全生产工作的通知', '',
      '各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：', '为做好春节期间安全生产工作，现通知如下。', '', '山东省人民政府办公厅', '2025年1月15日'];
    assert.equal(parse(forward.join('\n')).g.documents.length, 1);
    assert.equal(parse([...decision, ...forward].join('\n')).g.documents.length, 2);
    // A 意见 with no number is not split off (it may be the text a notice prints).
    const opinion = unnumbered.map((l) => l.replace('的通知', '的意见'));
    assert.equal(parse([...decision, ...opinion].join('\n')).g.documents.length, 1);
  });
});

describe('parser: a 令 whose number line leaves out its 号', () => {
  // An issue's last document: a 令 whose number line reads 第52 (聊城市人民政府令 ⏎ 第52).
  const decree = (seq: string) => `${issue()}\n\n${['聊城市人民政府令', '', seq, '',
    '《聊城市城市绿化管理办法》已经2026年2月27日市人民政府第101次常务会议通过，现予公布，自2026年5月1日起施行。', '',
    '市长：张百顺', '', '2026年3月5日'].join('\n')}`;

  it('reads 第52 as the 令\'s number without its 号, so the 令 is a document and doc-number/hao reports it', () => {
    const { g } = parse(decree('第52'));
    assert.deepEqual(g.documents.map((d) => [d.number?.canonical, d.number?.hasHao]),
      [['聊政发〔2024〕1号', true], ['聊政办字〔2024〕3号', true], ['聊城市人民政府令第52号', false]]);
    assert.equal(g.documents[2].issuerMark?.text, '聊城市人民政府令');
    assert.deepEqual(check(hao, decree('第52')).map((d) => [d.text, d.message]), [
      ['52', '发文字号缺少“号”字（GB/T 9704—2012 第7.2.5条）：应为“聊城市人民政府令第52号”。'],
    ]);
    assert.equal(fixed(hao, decree('第52')), decree('第52号'));
    assert.deepEqual(check(hao, decree('第52号')), []);
  });

  it('reads a one-line head (聊城市人民政府令第52, its number beside the issuer) the same way, in an issue and in a draft', () => {
    const oneLine = (seq: string) => decree(seq).replace(`聊城市人民政府令\n\n${seq}\n`, `聊城市人民政府令${seq}\n`);
    const { g } = parse(oneLine('第52'));
    assert.deepEqual(g.documents.map((d) => [d.number?.canonical, d.number?.hasHao]),
      [['聊政发〔2024〕1号', true], ['聊政办字〔2024〕3号', true], ['聊城市人民政府令第52号', false]]);
    assert.deepEqual(check(hao, oneLine('第52')).map((d) => [d.text, d.message]), [
      ['52', '发文字号缺少“号”字（GB/T 9704—2012 第7.2.5条）：应为“聊城市人民政府令第52号”。'],
    ]);
    assert.equal(fixed(hao, oneLine('第52')), oneLine('第52号'));
    // With its 号, the 令 starts its document too; so in a draft.
    assert.equal(parse(oneLine('第52号')).g.documents.length, 3);
    const draft = oneLine('第52').slice(issue().length).trim();
    assert.deepEqual(parse(draft).g.documents.map((d) => [d.number?.canonical, d.number?.hasHao]), [['聊城市人民政府令第52号', false]]);
    // A citation a wrap left alone on a line, its sentence going on under it, is no head.
    const cited = issue().replace('（三）加强督导。定期调度。', '（三）加强督导。严格执行\n聊城市人民政府令第52\n号规定，定期调度。');
    assert.equal(parse(cited).g.documents.length, 2);
    // Nor is one whose rest, wrapped under it, opens with 公布 (a 规章's history line cut narrowly).
    const history = issue().replace('（三）加强督导。定期调度。', '（三）加强督导。（2017年12月15\n日聊城市人民政府令第32号\n公布，根据2020年1月17日修正）定期调度。');
    assert.equal(parse(history).g.documents.length, 2);
    // Nor is one a narrow wrap cut out of a regulation's note, though 公布 and a 《 follow (noise at 12 characters).
    const note = issue().replace('（三）加强督导。定期调度。', '（三）加强督导。定期调度。\n\n(2017年12月15日\n聊城市人民政府令第32号\n公布根据2020年1月17日《聊城市人民政府关于修改〈聊城市燃气管理办法〉的决定》修正)');
    assert.equal(parse(note).g.documents.length, 2);
    assert.equal(parse(note.replace('\n公布根据', '\n《公布根据')).g.documents.length, 2);
  });
});

describe('parser: a document whose number line writes its sequence number in Chinese numerals (probe12 D6)', () => {
  const cn = (seq: string) => issue().replace('聊城市人民政府办公室\n\n聊政办字〔2024〕3号', `聊城市人民政府办公室\n\n聊政办字〔2024〕${seq}号`);

  it('starts its document there, as a digit number does, reads its number in digits, and doc-number/arabic-sequence reports it once', () => {
    for (const seq of ['三', '第三']) {
      const { g } = parse(cn(seq));
      assert.deepEqual(g.documents.map((d) => [d.number?.canonical, d.issuerMark?.text, d.title?.text]), [
        ['聊政发〔2024〕1号', '聊城市人民政府文件', '聊城市人民政府关于加快某项工作的意见'],
        ['聊政办字〔2024〕3号', '聊城市人民政府办公室', '聊城市人民政府办公室关于印发某某办法的通知'],
      ], seq);
      // Its number, read in digits, spans the numeral (and pairs with the 目录's entry).
      const n = g.documents[1].number!;
      assert.equal(cn(seq).slice(n.parts.seq.start, n.parts.seq.end), '三');
      // The fragment after it is still the first document's continuation.
      assert.equal(g.documents[0].date?.iso, '2024-02-01');
      assert.deepEqual(check(arabicSequence, cn(seq)).map((d) => d.text), ['三'], seq);
      assert.equal(fixed(arabicSequence, cn(seq)), cn(seq.replace('三', '3')));
    }
  });
});

describe("parser: a table row ending in its 令 column over a wrapped 第N号 starts no document in an issue (redteam6)", () => {
  it('keeps the notice whole, its table and its headings', () => {
    const text = ["聊城市人民政府公报", "2025", "第7期", "", "目录", "◎市政府办公室文件", "关于做好第一项工作的通知", "聊政办发〔2025〕1号 2", "关于做好第二项工作的通知", "聊政办发〔2025〕2号 3", "", "聊城市人民政府办公室文件", "", "聊政办发〔2025〕1号", "", "聊城市人民政府办公室关于做好第一项工作的通知", "", "各县（市、区）人民政府，市政府各部门：", "现将有关事项通知如下。", "一、继续有效的规章", "序号 规章名称 文号", "1 市绿化管理办法 市政府令", "第52号", "2 市物业管理办法 市政府令", "第48号", "二、工作要求", "各部门要认真做好宣传解释工作。", "", "聊城市人民政府办公室", "2025年7月1日", "", "聊城市人民政府办公室文件", "", "聊政办发〔2025〕2号", "", "聊城市人民政府办公室关于做好第二项工作的通知", "", "各县（市、区）人民政府，市政府各部门：", "现将有关事项通知如下。", "一、加强统筹", "各县（市、区）要加强统筹。", "二、强化保障", "各部门要强化保障。", "", "聊城市人民政府办公室", "2025年7月2日", ""].join('\n');
    const g = parseGazette(new SourceText(text));
    assert.equal(g.documents.length, 2);
    assert.deepEqual(g.documents[0].items.map((i) => i.marker).filter((m) => m.endsWith('、')), ['一、', '二、']);
  });
});
