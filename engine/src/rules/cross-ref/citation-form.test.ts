import * as assert from 'node:assert';
import { check, fixed } from '../testing';
import { citationForm } from './citation-form';
import { registryModel } from './fixtures';

const head = '聊城市人民政府办公室文件\n\n聊政办发〔2024〕5号\n\n聊城市人民政府办公室\n关于做好安全生产工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n';
const tail = '\n\n聊城市人民政府办公室\n2024年6月3日\n';
const draft = (body: string) => head + body + tail;

describe('cross-ref/citation-form', () => {
  it('accepts 《标题》（发文字号） and titles without a number', () => {
    assert.deepStrictEqual(check(citationForm, draft('    根据《聊城市人民政府关于加快金融产业高质量发展的意见》（聊政发〔2021〕5号）和《中华人民共和国安全生产法》，现通知如下。')), []);
  });

  it('reports half-width parentheses around the number, at the number (QA round eight), with a fix', () => {
    const text = draft('    根据《关于加快金融产业高质量发展的意见》(聊政发〔2021〕5号)，现通知如下。');
    const found = check(citationForm, text);
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.message]), [[9, 25,
      '(聊政发〔2021〕5号)',
      '引用公文时发文字号应置于全角圆括号“（）”内，不用半角“()”（公文引用格式为“《标题》（发文字号）”）：应为“（聊政发〔2021〕5号）”。']]);
    assert.strictEqual(fixed(citationForm, text), draft('    根据《关于加快金融产业高质量发展的意见》（聊政发〔2021〕5号），现通知如下。'));
  });

  it('stays silent on half-width parentheses inside a half-width island of an extracted issue', () => {
    // Issue mode needs a gazette: cover + 目录. The island: other half-width marks nearby.
    const issue = [
      '聊城市人民政府公报', '2024年第1期', '目 录', '聊城市人民政府办公室关于做好安全生产工作的通知', '聊政办发〔2024〕5号 3', '',
      '聊城市人民政府办公室文件', '聊政办发〔2024〕5号', '聊城市人民政府办公室', '关于做好安全生产工作的通知',
      '各县(市、区)人民政府,市政府各部门:',
      '根据《关于加快金融产业高质量发展的意见》(聊政发〔2021〕5号),现通知如下。',
      '聊城市人民政府办公室', '2024年6月3日', '',
    ].join('\n');
    assert.deepStrictEqual(check(citationForm, issue), []);
    // The same slip alone in full-width text is a real slip, reported in issue mode too.
    const isolated = issue.replace('各县(市、区)人民政府,市政府各部门:', '各县（市、区）人民政府，市政府各部门：').replace('),现通知', ')，现通知');
    assert.deepStrictEqual(check(citationForm, isolated).map((f) => f.line), [12]);
  });

  it('stays silent on a title whose lines a scrambled extraction put in the wrong order (issue mode)', () => {
    // A short 印发 notice read across its printed lines: the 》 line comes before the 《 line.
    const issue = (body: string[]) => [
      '聊城市人民政府公报', '2024年第1期', '目 录', '聊城市人民政府关于印发聊城市推进城乡供水一体化高质量发展实施方案的通知', '聊政发〔2024〕5号 3', '',
      '聊城市人民政府文件', '', '聊政发〔2024〕5号', '', '聊城市人民政府 关于印发聊城市推进城乡供水一体化高质量发展实施方案的 通 知', '',
      ...body, '', '聊城市人民政府', '2024年6月3日', '',
    ].join('\n');
    const scrambled = ['各县（市、区）人民政府，市属开发区管委会，', '', '体化高质量发展实施方案》印发给你们，请认', '', '市政府有关部门、直属机构：', '', '真贯彻执行。', '', '现将《聊城市推进城乡供水一'];
    assert.deepStrictEqual(check(citationForm, issue(scrambled)), []);
    // A 《 and a 》 far apart are no pieces of one title: both reported.
    const far = ['各县（市、区）人民政府：', '', '现将《聊城市推进城乡供水一体化高质量发展实施方案印发给你们。', '', '一、总体要求', '', '（一）目标。', '', '（二）任务。', '', '（三）保障。', '', '（四）督导。', '', '请认真贯彻实施方案》。'];
    assert.deepStrictEqual(check(citationForm, issue(far)).map((f) => f.line), [15, 27]);
  });

  it('reports a number right after the title without its parentheses, and adds them', () => {
    const text = draft('    根据《国务院关于推动某项工作的意见》国发〔2024〕7号和《关于加快金融产业高质量发展的意见》（聊政发〔2021〕5号），现通知如下。');
    assert.deepStrictEqual(check(citationForm, text).map((f) => [f.line, f.text]), [[9, '国发〔2024〕7号']]);
    assert.strictEqual(fixed(citationForm, text), draft('    根据《国务院关于推动某项工作的意见》（国发〔2024〕7号）和《关于加快金融产业高质量发展的意见》（聊政发〔2021〕5号），现通知如下。'));
  });

  it('reports the number written before the title, and moves it after', () => {
    const text = draft('    根据聊政发〔2021〕5号《关于加快金融产业高质量发展的意见》，现通知如下。');
    const found = check(citationForm, text);
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text]), [[9, 7, '聊政发〔2021〕5号《关于加快金融产业高质量发展的意见》']]);
    assert.strictEqual(found[0].message, '引用公文时应先引标题、后引发文字号（原《国家行政机关公文处理办法》第二十三条：引用公文先引标题，后引发文字号）：应为“《关于加快金融产业高质量发展的意见》（聊政发〔2021〕5号）”，不写“聊政发〔2021〕5号《关于加快金融产业高质量发展的意见》”。');
    assert.strictEqual(fixed(citationForm, text), draft('    根据《关于加快金融产业高质量发展的意见》（聊政发〔2021〕5号），现通知如下。'));
  });

  it('reports the number written before the title after 依照, and keeps 依照 out of the number and the fix', () => {
    const text = draft('    依照鲁政发〔2021〕5号《关于加强安全检查的通知》开展督导检查。');
    assert.deepStrictEqual(check(citationForm, text).map((f) => [f.column, f.text]), [[7, '鲁政发〔2021〕5号《关于加强安全检查的通知》']]);
    assert.strictEqual(fixed(citationForm, text), draft('    依照《关于加强安全检查的通知》（鲁政发〔2021〕5号）开展督导检查。'));
  });

  it('reports an unclosed 《 and inserts 》 before the number', () => {
    const text = draft('    根据《关于加快金融产业高质量发展的意见（聊政发〔2021〕5号），现通知如下。');
    const found = check(citationForm, text);
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.message]), [[9, 7,
      '书名号不成对：“《”缺少对应的“》”（GB/T 15834—2011《标点符号用法》：书名号“《》”成对使用）：应为“《关于加快金融产业高质量发展的意见》”。']]);
    assert.strictEqual(fixed(citationForm, text), draft('    根据《关于加快金融产业高质量发展的意见》（聊政发〔2021〕5号），现通知如下。'));
  });

  it('reports a 》 without 《 (no fix: where the title starts is a guess)', () => {
    const text = draft('    根据中华人民共和国安全生产法》，现通知如下。');
    const found = check(citationForm, text);
    assert.deepStrictEqual(found.map((f) => [f.line, f.column, f.text, f.fix]), [[9, 19, '》', undefined]]);
  });

  it('reports an unclosed 《 in the title line', () => {
    const text = draft('    现通知如下。').replace('关于做好安全生产工作的通知', '关于印发《安全生产工作方案的通知');
    assert.deepStrictEqual(check(citationForm, text).map((f) => [f.line, f.column, f.text]), [[6, 5, '《安全生产工作方案的通知']]);
  });
});

describe('cross-ref/citation-form in a page continuation', () => {
  // A document's overflow printed after a later one as （上接第2页）…: its page is judged by its own
  // marks, not by the full-width host it is printed in.
  const { issueOf } = require('../lead-unit/test-fixtures') as typeof import('../lead-unit/test-fixtures');
  const sign = '\n\n聊城市人民政府办公室\n2024年7月1日\n';
  function moved(fragment: string): string {
    const text = issueOf(['一、主要任务\n\n1. 做好服务，提升质量，按时报送有关情况和信息。根据住房和城乡建设部（下转第4页）', '做好有关工作。', '做好有关工作。']);
    return `${text.replace(`（下转第4页）${sign}`, '（下转第4页）\n')}\n（上接第2页）${fragment}${sign}`;
  }
  it('stays silent on a half-width page moved into full-width text', () => {
    assert.deepStrictEqual(check(citationForm, moved('《关于加强协作配合的意见》(高检发办字〔2023〕138号),\n\n开展公益诉讼工作。')).map((f) => f.text), []);
  });
  it("stays silent on a fragment's 》 whose 《 is on the page before, when a narrow wrap put the fragment's first words on a line of their own", () => {
    assert.deepStrictEqual(check(citationForm, moved('范机\n关》为题，开展公益诉讼工作。')).map((f) => f.text), []);
    // After the fragment's first sentence, a stray 》 is the fragment's own slip.
    assert.deepStrictEqual(check(citationForm, moved('做好服务。\n落实》要求，开展公益诉讼工作。')).map((f) => f.text), ['》']);
  });
  it('reports a lone slip on a full-width page moved into full-width text', () => {
    assert.deepStrictEqual(check(citationForm, moved('《关于加强协作配合的意见》(高检发办字〔2023〕138号)，开展公益诉讼工作。')).map((f) => f.text), ['(高检发办字〔2023〕138号)']);
  });

  it('reports a title in quotation marks followed by its number, issued in its clause, or known to the registry, and writes 《》', () => {
    const why = '（公文引用格式为“《标题》（发文字号）”）';
    const text = draft('    根据“聊城市燃气管理办法”（聊城市人民政府令第32号）和“关于做好春季农业生产的通知”要求，现将“聊城市安全生产专项整治方案”印发给你们。');
    assert.deepStrictEqual(check(citationForm, text, { model: registryModel() }).map((f) => [f.line, f.text, f.message]), [
      [9, '“聊城市燃气管理办法”', `公文标题应使用书名号“《》”，不用引号${why}：应为“《聊城市燃气管理办法》”。`],
      [9, '“关于做好春季农业生产的通知”', `公文标题应使用书名号“《》”，不用引号${why}：应为“《关于做好春季农业生产的通知》”。`],
      [9, '“聊城市安全生产专项整治方案”', `公文标题应使用书名号“《》”，不用引号${why}：应为“《聊城市安全生产专项整治方案》”。`],
    ]);
    assert.strictEqual(fixed(citationForm, text, { model: registryModel() }),
      draft('    根据《聊城市燃气管理办法》（聊城市人民政府令第32号）和《关于做好春季农业生产的通知》要求，现将《聊城市安全生产专项整治方案》印发给你们。'));
  });

  it('stays silent on quotations that are no title: a slogan, a name before a number it does not own, a title word without number or registry entry', () => {
    const body = '    深化“放管服”改革，推行“双随机、一公开”监管（聊政办发〔2024〕3号明确的事项除外），落实“谁审批、谁监管”要求。' +
      '实行“一件事一次办”（聊政办发〔2024〕4号），建立“企业吹哨、部门报到”工作机制，完善“首问负责”制度。' +
      '群众称之为“暖心服务计划”，工作专班（以下简称“专班”）负责实施方案的“最后一公里”。';
    assert.deepStrictEqual(check(citationForm, draft(body), { model: registryModel() }), []);
  });
});

describe('cross-ref/citation-form: a title cited without 《》', () => {
  const reply = (body: string) => `聊城市人民政府\n\n聊政字〔2025〕31号\n\n聊城市人民政府关于同意设立聊城东昌湖市级湿地公园的批复\n\n市自然资源和规划局：\n\n${body}\n\n此复。\n\n聊城市人民政府\n\n2025年9月18日\n`;
  it('reports a 关于…的请示 followed by its number, and adds the marks', () => {
    const text = reply('你局关于设立聊城东昌湖市级湿地公园的请示（聊自然资规字〔2025〕46号）收悉。经研究，同意设立。');
    assert.deepStrictEqual(check(citationForm, text).map((d) => [d.line, d.text]), [[9, '关于设立聊城东昌湖市级湿地公园的请示']]);
    assert.strictEqual(fixed(citationForm, text), reply('你局《关于设立聊城东昌湖市级湿地公园的请示》（聊自然资规字〔2025〕46号）收悉。经研究，同意设立。'));
  });
  it('passes the title in its 《》, a title inside another\'s 《》, and 关于 phrases with no number', () => {
    for (const body of ['你局《关于设立聊城东昌湖市级湿地公园的请示》（聊自然资规字〔2025〕46号）收悉。',
      '根据《聊城市人民政府办公室关于转发市财政局关于规范资金管理的通知（聊财〔2025〕3号）的通知》要求，同意设立。',
      '关于设立湿地公园的请示已经研究，同意设立（详见附件）。']) {
      assert.deepStrictEqual(check(citationForm, reply(body)), [], body);
    }
  });
  it('passes the entries of a list of documents (a repeal decision\'s), which print no 《》, and still reports a bare title in a sentence of such an entry', () => {
    const list = ['1.聊城市人民政府关于加强城市管理工作的通知（聊政发〔2018〕12号）；', '2　聊城市人民政府办公室关于进一步加强安全生产工作的意见（聊政办发〔2020〕7号）',
      '（3）关于印发聊城市城区停车管理办法的通知（聊政发〔2019〕3号）。', '四、聊城市人民政府关于做好春季农业生产工作的通知（聊政发〔2021〕2号）。'];
    assert.deepStrictEqual(check(citationForm, reply(list.join('\n'))), []);
    assert.deepStrictEqual(check(citationForm, reply('1.根据聊城市人民政府关于加强城市管理工作的通知（聊政发〔2018〕12号）要求，加强管理。')).map((d) => d.text), ['关于加强城市管理工作的通知']);
  });
});
