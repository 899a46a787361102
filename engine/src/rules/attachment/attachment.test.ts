import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { colon } from './colon';
import { numbering } from './numbering';
import { single } from './single';
import { punctuation } from './punctuation';
import { match } from './match';
import { attachmentRules } from '.';
import { lint } from '../../lint';
import { emptyModel } from '../../model/load';

const BODY = [
  '聊城市人民政府办公室',
  '聊政办字〔2024〕9号',
  '聊城市人民政府办公室关于做好某项工作的通知',
  '各县（市、区）人民政府，市政府各部门：',
  '现将有关事项通知如下，请认真贯彻执行。',
];
const TAIL = ['聊城市人民政府办公室', '2024年8月4日', ''];

function doc(note: string[], after: string[] = []): string {
  return [...BODY, ...note, ...TAIL, ...after].join('\n');
}

const TWO = doc(['附件：1. 工作方案', '2. 任务清单']);
const ONE = doc(['附件：工作方案']);
const ATTACHED = ['附件1', '工作方案', '一、总体要求。', '附件2', '任务清单', '一、重点任务。', ''];

describe('attachment rules', () => {
  it('pass well-formed notes (one, several, with the attachments included)', () => {
    assert.deepEqual(check(attachmentRules, TWO), []);
    assert.deepEqual(check(attachmentRules, ONE), []);
    assert.deepEqual(check(attachmentRules, doc(['附件：1. 工作方案', '2. 任务清单'], ATTACHED)), []);
    assert.deepEqual(check(attachmentRules, doc(['附件：1. 工作方案（略）', '2. 任务清单（略）'])), []);
  });
});

describe('attachment rules: entries whose names open with a year', () => {
  it('1.2025年… ⏎ 2.2025年… are two entries, not one (QA round eight: attachment/single reported a false alarm)', () => {
    assert.deepEqual(check(attachmentRules, doc(['附件：1.2025年地热能开发利用项目清单', '      2.2025年公园城市建设重点项目安排表'])), []);
  });
});

describe('attachment/colon', () => {
  it('flags a half-width colon and fixes it', () => {
    const text = doc(['附件:1. 工作方案', '2. 任务清单']);
    assert.deepEqual(check(colon, text).map(({ fix: _f, ...d }) => d), [{
      ruleId: 'attachment/colon', line: 6, column: 3, text: ':',
      message: '附件说明中“附件”后应使用全角冒号“：”，不用“:”（GB/T 9704—2012 第7.3.4条）：应为“附件：”。',
    }]);
    assert.equal(fixed(colon, text), TWO);
  });

  it('flags a missing colon (附件1. …) and inserts it', () => {
    const text = doc(['附件1. 工作方案', '2. 任务清单']);
    const found = check(colon, text);
    assert.deepEqual(found.map((d) => [d.line, d.column, d.message]), [
      [6, 1, '附件说明中“附件”后缺少全角冒号“：”（GB/T 9704—2012 第7.3.4条）：应为“附件：”。'],
    ]);
    assert.equal(fixed(colon, text), TWO);
  });

  it('flags 附件； and fixes it', () => {
    assert.equal(fixed(colon, doc(['附件；工作方案'])), ONE);
  });
});

describe('attachment/numbering', () => {
  it('flags 1、 and （2） and fixes them to 1. 2.', () => {
    const text = doc(['附件：1、工作方案', '（2）任务清单']);
    assert.deepEqual(check(numbering, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [6, 4, '1、', '附件顺序号应写作“1.”（阿拉伯数字加半角句点），不写“1、”（GB/T 9704—2012 第7.3.4条）。'],
      [7, 1, '（2）', '附件顺序号应写作“2.”（阿拉伯数字加半角句点），不写“（2）”（GB/T 9704—2012 第7.3.4条）。'],
    ]);
    assert.equal(fixed(numbering, text), doc(['附件：1.工作方案', '2.任务清单']));
  });

  it('flags a number out of order once, with the expected number', () => {
    const text = doc(['附件：1. 工作方案', '1. 任务清单', '3. 名单']);
    assert.deepEqual(check(numbering, text).map((d) => [d.line, d.text, d.message]), [
      [7, '1', '附件顺序号应从1开始依次编排：此处应为“2”，不是“1”（GB/T 9704—2012 第7.3.4条）。'],
    ]);
    assert.equal(fixed(numbering, text), doc(['附件：1. 工作方案', '2. 任务清单', '3. 名单']));
  });

  it('a gap (1 3 4) is one diagnostic with a suggestion, not a fix', () => {
    const found = check(numbering, doc(['附件：1. 工作方案', '3. 任务清单', '4. 名单']));
    assert.equal(found.length, 1);
    assert.equal(found[0].fix, undefined);
  });
});

describe('attachment/single', () => {
  it('flags a numbered single attachment and removes the number', () => {
    const text = doc(['附件：1. 工作方案']);
    assert.deepEqual(check(single, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [6, 4, '1.', '只有一个附件时不编顺序号（GB/T 9704—2012 第7.3.4条）：应为“附件：工作方案”。'],
    ]);
    assert.equal(fixed(single, text), ONE);
  });
});

describe('attachment/punctuation', () => {
  it('flags punctuation after names and removes it', () => {
    const text = doc(['附件：1. 工作方案；', '2. 任务清单（略）。']);
    assert.deepEqual(check(punctuation, text).map((d) => [d.line, d.column, d.text]), [[6, 11, '；'], [7, 11, '。']]);
    assert.equal(check(punctuation, text)[0].message, '附件名称后不加标点符号，应删去“；”（GB/T 9704—2012 第7.3.4条）。');
    assert.equal(fixed(punctuation, text), doc(['附件：1. 工作方案', '2. 任务清单（略）']));
  });

  it('flags a name set in 《》 and removes the marks, keeping its （略） and a wrap inside it', () => {
    const text = doc(['附件：1. 《工作方案》', '2. 《任务清单》（略）', '3. 《城市更新重点项目', '清单》']);
    assert.deepEqual(check(punctuation, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [6, 7, '《工作方案》', '附件名称不加书名号（GB/T 9704—2012 第7.3.4条：附件名称后不加标点符号，书名号也是标点符号）：应为“工作方案”。'],
      [7, 4, '《任务清单》', '附件名称不加书名号（GB/T 9704—2012 第7.3.4条：附件名称后不加标点符号，书名号也是标点符号）：应为“任务清单”。'],
      [8, 4, '《城市更新重点项目\n清单》', '附件名称不加书名号（GB/T 9704—2012 第7.3.4条：附件名称后不加标点符号，书名号也是标点符号）：应为“城市更新重点项目清单”。'],
    ]);
    assert.equal(fixed(punctuation, text), doc(['附件：1. 工作方案', '2. 任务清单（略）', '3. 城市更新重点项目', '清单']));
  });

  it('leaves a name that only cites a title inside it, or 《》 that do not wrap the whole name', () => {
    for (const note of [['附件：《聊城市城市更新条例》实施细则'], ['附件：1. 贯彻落实《行动方案》任务清单', '2. 任务分工']]) {
      assert.deepEqual(check(punctuation, doc(note)), [], note.join('⏎'));
    }
  });
});

describe('attachment rules: a note being typed', () => {
  it('附件： or a marker with no name yet: no punctuation to delete (the fix removed the colon or the 2.\'s period)', () => {
    for (const note of [['附件：'], ['附件：1. 工作方案', '2.'], ['附件：1. 工作方案', '      2.']]) {
      assert.deepEqual(check(punctuation, doc(note)), [], note.join('⏎'));
      assert.deepEqual(check(punctuation, doc(note, ATTACHED)), [], note.join('⏎'));
    }
  });
  it('the name not yet written, with the attachments included: said so, the title offered', () => {
    const text = doc(['附件：1. 工作方案', '2.'], ATTACHED);
    const found = check(match, text);
    assert.deepEqual(found.map((d) => [d.line, d.text, d.message]), [[7, '2.', '附件说明中还没有写出第14行附件的名称（GB/T 9704—2012 第7.3.4条：附件说明列出附件名称）：应写出“任务清单”。']]);
    const f = lint(text, { model: emptyModel(), only: [match] }).diagnostics[0].suggestions![0];
    assert.equal(f.desc, '改为“任务清单”');
    assert.equal(text.slice(0, f.fix.range[0]) + f.fix.text + text.slice(f.fix.range[1]), doc(['附件：1. 工作方案', '2.任务清单'], ATTACHED));
    assert.deepEqual(check(match, doc(['附件：'], ATTACHED)).map((d) => [d.line, d.text]), [[6, '附件：'], [13, '附件2']]);
  });
});

describe('attachment/match', () => {
  it('flags a name that differs from the attachment title, offering the title', () => {
    const text = doc(['附件：1. 工作方案', '2. 任务名单'], ATTACHED);
    assert.deepEqual(check(match, text).map((d) => [d.line, d.text, d.message]), [
      [7, '任务名单', '附件说明中的名称“任务名单”与第14行附件的标题“任务清单”不一致（GB/T 9704—2012 第7.3.4条：附件说明中的附件名称与附件标题一致）：应为“任务清单”，若是附件标题有误，请改附件标题。'],
    ]);
  });

  it('flags an attachment missing from the note and a note entry without attachment', () => {
    const text = doc(['附件：1. 工作方案', '2. 任务清单', '3. 名单'], ATTACHED);
    assert.deepEqual(check(match, text).map((d) => [d.line, d.text]), [[8, '3.']]);
    const t2 = doc(['附件：工作方案'], ATTACHED);
    assert.deepEqual(check(match, t2).map((d) => [d.line, d.text]), [[13, '附件2']]);
  });

  it('a misnumbered entry numbering renumbers (1. 3. before 附件1, 附件2) is that attachment\'s: numbering\'s one finding (QA round eight)', () => {
    const text = doc(['附件：1. 工作方案', '3. 任务清单'], ATTACHED);
    assert.deepEqual(check(match, text), []);
    assert.deepEqual(check(attachmentRules, text).map((d) => [d.ruleId, d.line, d.text]), [['attachment/numbering', 7, '3']]);
    // A gap numbering does not renumber (1 3 4: an attachment may be lost) stays each entry's own number.
    const gap = doc(['附件：1. 工作方案', '3. 任务清单', '4. 名单'], ATTACHED);
    assert.deepEqual(check(match, gap).map((d) => [d.line, d.text]), [[7, '3.'], [8, '4.'], [15, '附件2']]);
  });

  it('omitted attachments （略） and notes without included attachments are not judged', () => {
    assert.deepEqual(check(match, doc(['附件：1. 工作方案（略）', '2. 其他（略）'], ATTACHED)), []);
    assert.deepEqual(check(match, doc(['附件：1. 工作方案', '2. 任务名单'])), []);
  });
});

describe('attachment/match: a 附件说明 a page continuation moved into another document (2023 第6-7期 layout)', () => {
  // Document 1 overflows at 下转; its rest (body, 附件说明, 署名, 成文日期 and the attached table)
  // is printed after document 2 at 上接.
  const toc = ['聊城市人民政府公报', '', '目 录', '', '关于调整实施部分行政权力事项的通知', '聊政字〔2023〕20号 2', '', '关于乙事的通知', '聊政字〔2023〕21号 5', ''];
  const first = ['聊城市人民政府', '', '聊政字〔2023〕20号', '', '聊城市人民政府关于调整实施部分行政权力事项的通知', '', '各县（市、区）人民政府，市政府各部门：', '',
    '市政府决定调整一批行政权力事项。市应急局和市行政审批局要加强协调配合，及时向社会公布调整的（下转第6页）', ''];
  const second = ['聊城市人民政府', '', '聊政字〔2023〕21号', '', '聊城市人民政府关于乙事的通知', '', '各县（市、区）人民政府，市政府各部门：', '',
    '现将有关事项通知如下，请认真贯彻执行。', '', '聊城市人民政府', '2023年6月25日', ''];
  const rest = (note: string[], labels: [string, string][]) => ['（上接第3页）事项名称、承接部门、交接日期等内容，确保工作做到无缝衔接。', '',
    ...note, '', '聊城市人民政府', '2023年6月23日', '',
    ...labels.flatMap(([label, title]) => [label, '', title, '', '序号\t事 项 名 称\t权力类型', '1\t矿山企业安全生产许可\t行政许可', ''])];
  const issue = (note: string[], labels: [string, string][]) => [...toc, ...first, ...second, ...rest(note, labels)].join('\n');

  it('reads the attached document as the continued document\'s: no false alarm on the host', () => {
    assert.deepEqual(check(match, issue(['附件：调整实施的行政权力事项'], [['附件', '调整实施的行政权力事项']])), []);
  });

  it('still finds the continued document\'s slips: a title that differs, an entry with no attachment', () => {
    const differs = issue(['附件：调整实施的行政权力清单'], [['附件', '调整实施的行政权力事项']]);
    assert.deepEqual(check(match, differs).map((d) => d.text), ['调整实施的行政权力清单']);
    const two = issue(['附件：1. 调整实施的行政权力事项', '2. 承接部门联系方式'], [['附件1', '调整实施的行政权力事项']]);
    assert.deepEqual(check(match, two).map((d) => d.text), ['2.']);
  });
});
