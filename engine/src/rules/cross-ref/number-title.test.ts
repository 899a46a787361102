import * as assert from 'node:assert';
import { check, defaultModel, fixed } from '../testing';
import { numberTitle } from './number-title';
import { year } from '../doc-number/year';
import { draftDoc, registryModel } from './fixtures';

const model = registryModel();

describe('cross-ref/number-title', () => {
  it('accepts a registered pair, with or without the issuer prefix, and the issued document by its own name', () => {
    const text = draftDoc('    根据《聊城市人民政府关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）、《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）和《聊城市再生水利用管理办法》（聊政办字〔2024〕20号），现通知如下。', '2024年6月3日');
    assert.deepStrictEqual(check(numberTitle, text, { model }), []);
  });

  it('accepts each document a 印发 notice issues under its number (聊政办发〔2023〕7号 issues four 措施)', () => {
    const m = defaultModel();
    const cite = (title: string) => draftDoc(`    根据《${title}》（聊政办发〔2023〕7号），现通知如下。`, '2024年6月3日');
    assert.deepStrictEqual(check(numberTitle, cite('关于支持钢管产业高质量发展的若干措施'), { model: m }), []);
    assert.deepStrictEqual(check(numberTitle, cite('关于支持有色金属深加工产业高质量发展的若干措施'), { model: m }), []);
    // A title none of them has is still reported.
    assert.strictEqual(check(numberTitle, cite('关于支持化工产业高质量发展的若干措施'), { model: m }).length, 1);
  });

  it('accepts a text of the kind a notice issues several of, named by the first (聊政办字〔2023〕25号: 重污染天气应急预案等三个应急预案; redteam7)', () => {
    const m = defaultModel();
    const cite = (title: string) => draftDoc(`    根据《${title}》（聊政办字〔2023〕25号），现通知如下。`, '2024年6月3日');
    assert.deepStrictEqual(check(numberTitle, cite('聊城市重污染天气应急预案'), { model: m }), []);
    assert.deepStrictEqual(check(numberTitle, cite('聊城市突发环境事件应急预案'), { model: m }), []);
    // Not of that kind: still reported.
    assert.strictEqual(check(numberTitle, cite('聊城市突发环境事件应急管理办法'), { model: m }).length, 1);
  });

  it('leaves a registered number written with a short year to doc-number/year (one slip, one report)', () => {
    const text = draftDoc('    根据《关于加快聊城市金融产业高质量发展的意见》（聊政发〔21〕5号），现通知如下。');
    assert.deepStrictEqual(check(numberTitle, text, { model }), []);
    assert.deepStrictEqual(check([numberTitle, year], text, { model }).map((f) => [f.ruleId, f.text]), [['doc-number/year', '21']]);
    // A short year with another sequence number is still this rule's.
    assert.strictEqual(check(numberTitle, text.replace('〔21〕5号', '〔21〕6号'), { model }).length, 1);
  });

  it('fills in the registered title of a citation whose title is not written yet (《》（number）)', () => {
    const text = draftDoc('    根据《》（聊政发〔2021〕5号），现通知如下。', '2021年6月3日');
    assert.deepStrictEqual(check(numberTitle, text, { model }).map((f) => [f.text, f.message]), [['《》（聊政发〔2021〕5号）',
      '所引文件的标题还没有写出：发文字号“聊政发〔2021〕5号”对应的文件是《聊城市人民政府关于加快聊城市金融产业高质量发展的意见》（文件登记表）：应在书名号内写出“聊城市人民政府关于加快聊城市金融产业高质量发展的意见”（引用公文先引标题，后引发文字号）。']]);
    assert.ok(fixed(numberTitle, text, { model }).includes('根据《聊城市人民政府关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号），现通知如下。'));
  });

  it('ignores documents the registry does not know', () => {
    assert.deepStrictEqual(check(numberTitle, draftDoc('    根据《山东省人民政府关于X的通知》（鲁政发〔2020〕3号），现通知如下。'), { model }), []);
  });

  it('fixes the number of a known title when no registered document carries that number', () => {
    const text = draftDoc('    根据《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕6号），现通知如下。');
    const found = check(numberTitle, text, { model });
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.message]), [[9, 29, '聊政发〔2021〕6号',
      '所引《关于加快聊城市金融产业高质量发展的意见》的发文字号应为“聊政发〔2021〕5号”，不是“聊政发〔2021〕6号”（文件登记表：该标题文件的发文字号为聊政发〔2021〕5号）。']]);
    assert.strictEqual(fixed(numberTitle, text, { model }), draftDoc('    根据《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号），现通知如下。'));
  });

  it('offers both sides as suggestions when title and number are two different registered documents', () => {
    const text = draftDoc('    根据《关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕7号），现通知如下。');
    const found = check(numberTitle, text, { model });
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.fix, f.message]), [[9, 7, undefined,
      '引用的标题与发文字号不属于同一份文件：《关于加快聊城市金融产业高质量发展的意见》的发文字号是“聊政发〔2021〕5号”，而“聊政发〔2021〕7号”是《聊城市人民政府关于做好春季农业生产的通知》（文件登记表）。请核对后改正其一。']]);
    assert.strictEqual(fixed(numberTitle, text, { model }), text);
  });

  it('reports a registered number cited with another title', () => {
    const text = draftDoc('    根据《关于推进农业机械化的通知》（聊政发〔2021〕7号），现通知如下。');
    assert.deepStrictEqual(check(numberTitle, text, { model }).map((f) => [f.line, f.column, f.message]), [[9, 7,
      '发文字号“聊政发〔2021〕7号”对应的文件是《聊城市人民政府关于做好春季农业生产的通知》，与所引标题《关于推进农业机械化的通知》不符（文件登记表）。请核对标题或发文字号。']]);
  });

  // An issue's own documents are a registry too (no model knows them yet): a 政策解读 of the issue
  // cites the 印发 notice it explains, its number in the same parentheses as 以下简称.
  const notice = '聊城市人民政府办公室关于印发聊城市推动设备更新实施方案的通知';
  const issue = (cited: string, tocTitle = '关于印发聊城市推动设备更新实施方案的通知') => [
    '聊城市人民政府公报', '', '目 录', '', tocTitle, '聊政办发〔2026〕2号 2', '', '《聊城市推动设备更新实施方案》政策解读 4', '',
    '聊城市人民政府办公室文件', '', '聊政办发〔2026〕2号', '', '聊城市人民政府办公室 关于印发聊城市推动设备更新实施方案的通知', '',
    '各县（市、区）人民政府，市政府各部门：', '', '    《聊城市推动设备更新实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。', '',
    '聊城市人民政府办公室', '2026年3月25日', '', '（此件公开发布）', '',
    '聊城市推动设备更新实施方案', '', '    为推动设备更新，制定本方案。', '',
    '《聊城市推动设备更新实施方案》政策解读', '', '一、制定背景', '',
    `    为贯彻落实省部署，市政府办公室印发了${cited}，推动我市设备更新工作。`, '',
    '二、主要内容', '', '    《实施方案》提出了10项重点任务。', '',
  ].join('\n');

  it('fixes the number of a title the issue prints under another number (（N，以下简称…）)', () => {
    const text = issue(`《${notice}》（聊政办发〔2026〕3号，以下简称《实施方案》）`);
    assert.deepStrictEqual(check(numberTitle, text).map((f) => [f.line, f.text, f.message]), [[33, '聊政办发〔2026〕3号',
      `所引《${notice}》的发文字号应为“聊政办发〔2026〕2号”，不是“聊政办发〔2026〕3号”（本期公报：该标题文件的发文字号为聊政办发〔2026〕2号）。`]]);
    assert.strictEqual(fixed(numberTitle, text), issue(`《${notice}》（聊政办发〔2026〕2号，以下简称《实施方案》）`));
    // Its number with another title.
    assert.deepStrictEqual(check(numberTitle, issue('《聊城市人民政府办公室关于印发聊城市推动消费升级实施方案的通知》（聊政办发〔2026〕2号）')).map((f) => [f.line, f.message]), [[33,
      `发文字号“聊政办发〔2026〕2号”对应的文件是《${notice}》，与所引标题《聊城市人民政府办公室关于印发聊城市推动消费升级实施方案的通知》不符（本期公报）。请核对标题或发文字号。`]]);
  });

  it('accepts the issue\'s own pair, and a same-titled document of another year', () => {
    assert.deepStrictEqual(check(numberTitle, issue(`《${notice}》（聊政办发〔2026〕2号，以下简称《实施方案》）`)), []);
    assert.deepStrictEqual(check(numberTitle, issue('《聊城市推动设备更新实施方案》（聊政办发〔2026〕2号）')), []);
    // An earlier notice may carry the same title: a number of another year is not a slip.
    assert.deepStrictEqual(check(numberTitle, issue(`《${notice}》（聊政办发〔2024〕9号）`)), []);
  });

  it('does not use an issue document whose title the 目录 prints otherwise', () => {
    // Body and 目录 disagree (one of them misread): neither is trusted as the registry's title.
    const tocTitle = '关于印发聊城市推动设备更新行动方案的通知';
    assert.deepStrictEqual(check(numberTitle, issue(`《${notice}》（聊政办发〔2026〕3号）`, tocTitle)), []);
    assert.deepStrictEqual(check(numberTitle, issue('《聊城市人民政府办公室关于印发聊城市推动消费升级实施方案的通知》（聊政办发〔2026〕2号）', tocTitle)), []);
  });

  // A 令 of the issue, cited by a department notice of the same issue.
  const decreeIssue = (sentence: string) => [
    '聊城市人民政府公报', '', '目 录', '', '聊城市城市绿化管理办法', '聊城市人民政府令第52号 2', '', '关于做好城市园林绿化养护管理工作的通知', '聊住建字〔2026〕7号 9', '',
    '聊城市人民政府令', '', '第52号', '', '《聊城市城市绿化管理办法》已经2026年2月27日市人民政府第101次常务会议通过，现予公布，自2026年5月1日起施行。', '',
    '市长：张百顺', '', '2026年3月5日', '', '聊城市城市绿化管理办法', '', '第一条 为了促进城市绿化事业发展，制定本办法。', '', '第二条 本办法自2026年5月1日起施行。', '',
    '聊城市住房和城乡建设局', '', '聊住建字〔2026〕7号', '', '聊城市住房和城乡建设局 关于做好城市园林绿化养护管理工作的通知', '',
    '各县（市、区）住房城乡建设局：', '', `    ${sentence}`, '', '聊城市住房和城乡建设局', '', '2026年3月26日', '',
  ].join('\n');

  it('fixes the number of the issue\'s 令 cited with another decree number of its issuer (probe12), not one naming a repealed predecessor', () => {
    const text = decreeIssue('为贯彻落实《聊城市城市绿化管理办法》（聊城市人民政府令第51号），现将有关事项通知如下。');
    assert.deepStrictEqual(check(numberTitle, text).map((f) => [f.line, f.text, f.message]), [[35, '聊城市人民政府令第51号',
      '所引《聊城市城市绿化管理办法》的发文字号应为“聊城市人民政府令第52号”，不是“聊城市人民政府令第51号”（本期公报：该标题文件的发文字号为聊城市人民政府令第52号）。']]);
    assert.strictEqual(fixed(numberTitle, text), decreeIssue('为贯彻落实《聊城市城市绿化管理办法》（聊城市人民政府令第52号），现将有关事项通知如下。'));
    assert.deepStrictEqual(check(numberTitle, decreeIssue('为贯彻落实《聊城市城市绿化管理办法》（聊城市人民政府令第52号），现将有关事项通知如下。')), []);
    assert.deepStrictEqual(check(numberTitle, decreeIssue('原《聊城市城市绿化管理办法》（聊城市人民政府令第12号）已于2026年5月1日废止，各地要按新办法执行。')), []);
  });
  it('reads the rows of a table of documents (序号⇥文件名称⇥文号) as citations: a title under another document\'s number is reported (probe18 slips 166, 167)', () => {
    const m = defaultModel();
    const table = (rows: string[]) => draftDoc(['    附件', '', '序号\t文件名称\t文号\t废止理由', ...rows].join('\n'), '2024年3月5日');
    const right = ['1\t聊城市人民政府办公室关于印发聊城市责任规划师制度（试行）的通知\t聊政办字〔2021〕3号\t试行期满',
      '2\t聊城市人民政府办公室关于建立聊城市全民健身工作联席会议机制的通知\t聊政办字〔2021〕7号\t已被新文件替代'];
    assert.deepStrictEqual(check(numberTitle, table(right), { model: m }), []);
    const wrong = [right[0].replace('〔2021〕3号', '〔2021〕4号'), right[1].replace('联席会议机制', '联席会议制度')];
    assert.deepStrictEqual(check(numberTitle, table(wrong), { model: m }).map((f) => [f.ruleId, f.text.slice(0, 20)]), [
      ['cross-ref/number-title', '聊城市人民政府办公室关于印发聊城市责任规'],
      ['cross-ref/number-title', '聊城市人民政府办公室关于建立聊城市全民健'],
    ]);
    // The message names the registered title.
    assert.match(check(numberTitle, table([wrong[1]]), { model: m })[0].message, /对应的文件是《聊城市人民政府办公室关于建立聊城市全民健身工作联席会议机制的通知》/);
    // A row with two numbers, or no title, is not read.
    assert.deepStrictEqual(check(numberTitle, table(['1\t聊政办字〔2021〕4号\t聊政办字〔2021〕3号\t合并']), { model: m }), []);
  });
});
