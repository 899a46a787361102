import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { match } from './match';
import { attachmentRules } from '.';
import { ATTACHED, doc } from './test-fixtures';

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

  it('leaves the attachments of an attached text with its own 附件说明 to that text (a 办法 issued whole; redteam7)', () => {
    const text = ['聊城市人民政府办公室', '聊政办字〔2026〕50号', '聊城市人民政府办公室关于印发聊城市政府投资项目审批管理办法的通知',
      '各县（市、区）人民政府，市政府各部门：', '现将《聊城市政府投资项目审批管理办法》印发给你们，请认真贯彻执行。', '',
      '附件：聊城市政府投资项目审批管理办法', '', '聊城市人民政府办公室', '2026年6月1日', '', '附件', '', '聊城市政府投资项目审批管理办法', '',
      '第一条　项目单位填写《项目建议书申报表》（见附件1）。', '第二条　本办法自2026年7月1日起施行。', '',
      '附件：1. 项目建议书申报表', '　　　2. 可行性研究报告批复（格式文本）', '', '附件1', '', '项目建议书申报表', '', '项目名称：', '',
      '附件2', '', '可行性研究报告批复（格式文本）', '', '××单位：', ''].join('\n');
    assert.deepEqual(check(match, text), []);
    // The covering note's own entry is still judged.
    assert.deepEqual(check(match, text.replace('附件：聊城市政府投资项目审批管理办法', '附件：聊城市政府投资项目管理办法')).map((d) => d.line), [7]);
  });

  it('a misnumbered entry numbering renumbers (1. 3. before 附件1, 附件2) is that attachment\'s: numbering\'s one finding (QA round eight)', () => {
    const text = doc(['附件：1. 工作方案', '3. 任务清单'], ATTACHED);
    assert.deepEqual(check(match, text), []);
    assert.deepEqual(check(attachmentRules, text).map((d) => [d.ruleId, d.line, d.text]), [['attachment/numbering', 7, '3']]);
    // A gap numbering does not renumber (1 3 4: an attachment may be lost) stays each entry's own number.
    const gap = doc(['附件：1. 工作方案', '3. 任务清单', '4. 名单'], ATTACHED);
    assert.deepEqual(check(match, gap).map((d) => [d.line, d.text]), [[7, '3.'], [8, '4.'], [15, '附件2']]);
  });

  it('a list\'s count after the attachment\'s heading (名单（10个）) is no part of its name (redteam4)', () => {
    const list = ['附件', '先进单位名单（10个）', '市发展改革委、市教育体育局', ''];
    assert.deepEqual(check(match, doc(['附件：先进单位名单'], list)), []);
    assert.deepEqual(check(match, doc(['附件：先进单位名单（共10个）'], ['附件', '先进单位名单', '市发展改革委', ''])), []);
    assert.deepEqual(check(match, doc(['附件：先进个人名单'], list)).map((d) => d.text), ['先进个人名单']);
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

  it('reads an attachment title a wrap broke in two lines (…项目名录 ⏎ 及保护单位名单) as the 附件说明 names it, not its first line (red team 13)', () => {
    const head = ['聊城市人民政府办公室', '', '聊政办字〔2026〕106号', '', '聊城市人民政府办公室关于公布聊城市第二批市级非物质文化遗产代表性项目名录的通知', '',
      '各县（市、区）人民政府，市政府各部门：', '', '现将聊城市第二批市级非物质文化遗产代表性项目名录予以公布，请认真做好保护传承工作。', '',
      '附件：聊城市第二批市级非物质文化遗产代表性项目名录及保护单位名单', '', '聊城市人民政府办公室', '2026年7月20日', '', '附件', ''];
    const wrapped = [...head, '聊城市第二批市级非物质文化遗产代表性项目名录', '及保护单位名单', '', '（略）', ''].join('\n');
    assert.deepEqual(check(match, wrapped), []);
    // A second line that does not complete the name is no part of the title: the slip is still reported.
    const slip = [...head, '聊城市第二批市级非物质文化遗产代表性项目名录', '及传承人名单', '', '（略）', ''].join('\n');
    assert.deepEqual(check(match, slip).map((d) => d.text), ['聊城市第二批市级非物质文化遗产代表性项目名录及保护单位名单']);
  });

  it('reads a single attachment\'s name a wrap carried onto the next line of the 附件说明 (附件：…调查点位 ⏎ 名单) (red team 13)', () => {
    const text = (name: string[]) => ['聊城市人民政府办公室', '', '聊政办字〔2025〕70号', '', '聊城市人民政府办公室关于开展2025年度政务服务满意度调查的通知', '',
      '各县（市、区）人民政府，市政府各部门：', '', '为持续优化政务服务，现就开展调查有关事项通知如下。', '', ...name, '',
      '聊城市人民政府办公室', '2025年10月20日', '', '附件', '', '聊城市政务服务满意度调查点位名单', '', '1.聊城市政务服务中心', ''].join('\n');
    assert.deepEqual(check(match, text(['　　附件：聊城市政务服务满意度调查点位', '名单'])), []);
    // A name that is wrong stays wrong, wrapped or not.
    assert.deepEqual(check(match, text(['　　附件：聊城市政务服务满意度调查点位', '清单'])).map((d) => d.text), ['聊城市政务服务满意度调查点位\n清单']);
  });
});
