import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { selfName } from './self-name';
import { continuedIssueHead } from '../../parse/issue-fixture';

/** A 印发 notice whose attached text is titled `title` and holds `articles`. */
const notice = (title: string, articles: string[]) => `聊城市人民政府办公室\n\n聊政办字〔2025〕21号\n\n聊城市人民政府办公室关于印发${title}的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《${title}》已经市政府同意，现印发给你们，请认真贯彻执行。本通知自印发之日起施行。\n\n聊城市人民政府办公室\n2025年9月3日\n\n${title}\n\n${articles.join('\n\n')}\n`;
const brief = (text: string) => check(selfName, text).map((f) => [f.line, f.text, f.message]);

describe('cross-ref/self-name', () => {
  it('passes a text that names itself by its kind, after its （试行）, and words that only hold 本X (成本计划, 文本规定)', () => {
    assert.deepEqual(brief(notice('聊城市行政检查管理办法', ['第一条 为了规范行政检查行为，制定本办法。', '第二条 本办法自2025年10月1日起施行。'])), []);
    assert.deepEqual(brief(notice('聊城市农村产权流转交易管理办法（试行）', ['第一条 为了规范交易，制定本办法。'])), []);
    assert.deepEqual(brief(notice('聊城市登记管理实施细则', ['第一条 为了规范登记，根据有关规定，制定本细则。', '第二条 压降运营成本计划，统一文本规定格式。'])), []);
    assert.deepEqual(brief(notice('聊城市老旧小区改造提升实施方案', ['为加快推进城镇老旧小区改造，制定本方案。'])), []);
  });

  it('reports another kind\'s 本X in an attached text', () => {
    assert.deepEqual(brief(notice('聊城市行政检查管理办法', ['第一条 为了规范行政检查行为，制定本规定。', '第二条 本细则自2025年10月1日起施行。'])), [
      [16, '本规定', '“本规定”与文种不符：本文件是办法（《聊城市行政检查管理办法》），自称应为“本办法”。'],
      [18, '本细则', '“本细则”与文种不符：本文件是办法（《聊城市行政检查管理办法》），自称应为“本办法”。'],
    ]);
    assert.deepEqual(brief(notice('聊城市老旧小区改造提升实施方案', ['为加快推进城镇老旧小区改造，现提出本意见。'])).map((f) => f.slice(0, 2)), [[16, '本意见']]);
  });

  it('does not judge a notice\'s own body, a decision, or quoted articles of the text a decision amends', () => {
    // The notice says 本通知 and names the 办法 it issues; a 决定 quotes 本办法 in the articles it rewrites.
    const decision = '聊城市人民政府令\n\n第48号\n\n《聊城市人民政府关于修改部分市政府规章的决定》已经2024年10月31日市人民政府第77次常务会议通过，现予公布，自公布之日起施行。\n\n市长：张百顺\n\n2024年11月11日\n\n聊城市人民政府关于修改部分市政府规章的决定\n\n1. 将第五十四条修改为：“违反本办法的行为，法律、法规、规章已经规定法律责任的，从其规定。”\n\n本决定自公布之日起施行。\n';
    assert.deepEqual(brief(decision), []);
    const quoted = notice('聊城市燃气管理办法', ['第一条 为了加强燃气管理，制定本办法。', '第二条 “本规定”所称燃气，是指天然气。']);
    assert.deepEqual(brief(quoted), []);
  });
});

describe('cross-ref/self-name in an extracted issue', () => {
  // An issue around one 印发 notice, so that the rule runs in 'issue' mode.
  const issue = (articles: string[]) => `聊城市人民政府公报\n2025\n第9期\n目录\n◎市政府办公室文件\n聊城市人民政府办公室关于印发聊城市行政检查管理办法的通知\n聊政办字〔2025〕21号 3\n\n${notice('聊城市行政检查管理办法', articles).replace('聊政办字〔2025〕21号\n\n聊城市人民政府办公室关于', '聊政办字〔2025〕21号\n\n聊城市人民政府办公室关于')}`;
  it('reports a 函 that calls itself 本通知 (drafted from a notice), not its attached 制度 named by its own kind (probe13)', () => {
    const letter = (body: string) => `聊城市人民政府办公室\n\n聊政办字〔2026〕38号\n\n聊城市人民政府办公室关于同意建立聊城市低空经济发展联席会议制度的函\n\n市发展改革委：\n\n${body}\n\n附件：聊城市低空经济发展联席会议制度\n\n聊城市人民政府办公室\n2026年8月14日\n\n附件\n\n聊城市低空经济发展联席会议制度\n\n一、主要职能\n\n本制度由市发展改革委负责解释。\n`;
    assert.deepEqual(brief(letter('市政府同意建立联席会议制度。本通知自印发之日起施行。')).map((f) => [f[1], f[2]]), [
      ['本通知', '“本通知”与文种不符：本文件是函（《聊城市人民政府办公室关于同意建立聊城市低空经济发展联席会议制度的函》），自称应为“本函”。'],
    ]);
    assert.deepEqual(brief(letter('市政府同意建立联席会议制度，请按照本函要求组织实施。')), []);
  });

  it('reports a slip that comes alone, not several alike (another document\'s page fill the extraction left here)', () => {
    const one = check(selfName, issue(['第一条 为了规范行政检查行为，制定本规定。', '第二条 本办法自2025年10月1日起施行。']));
    assert.deepEqual(one.map((f) => f.text), ['本规定']);
    const fill = issue(['第一条 为了规范行政检查行为，制定本办法。', '第二条 本细则由登记机关组织实施。', '第三条 本细则自2025年2月1日起施行。']);
    assert.deepEqual(check(selfName, fill), []);
  });
});

describe('cross-ref/self-name in a decision', () => {
  const decision = (close: string, amend = '1. 将第五条修改为：“本办法自2018年3月1日起施行。”') => `聊城市人民政府令\n\n第55号\n\n《聊城市人民政府关于修改部分市政府规章的决定》已经2025年9月26日市人民政府第21次常务会议通过，现予公布，自2025年11月1日起施行。\n\n市长：张百顺\n\n2025年10月10日\n\n聊城市人民政府关于修改部分市政府规章的决定\n\n一、对《聊城市燃气管理办法》（聊城市人民政府令第32号）作出修改\n\n${amend}\n\n2. 删去第二十条。\n\n${close}\n\n《聊城市燃气管理办法》根据本决定作相应修改，重新公布。\n`;
  it('reports 本办法 opening the decision\'s own 施行 sentence', () => {
    assert.deepEqual(brief(decision('本办法自2025年11月1日起施行。')).map((f) => f.slice(0, 2)), [[19, '本办法']]);
  });
  it('passes 本决定 there, and 本办法 in the articles it quotes or in a wrapped quote', () => {
    assert.deepEqual(brief(decision('本决定自2025年11月1日起施行。')), []);
    assert.deepEqual(brief(decision('本决定自2025年11月1日起施行。', '1. 将第五十条修改为：“\n\n本办法自2025年11月1日起施行。”')), []);
    assert.deepEqual(brief(decision('本决定自2025年11月1日起施行。', '1. 将第四条修改为：“违反本办法规定的，依法处理。本规定所称燃气，是指天然气。”')), []);
  });
});

describe('cross-ref/self-name in a 通报', () => {
  const bulletin = (own: string) => `聊城市人民政府办公室\n\n聊政办字〔2025〕41号\n\n聊城市人民政府办公室关于2025年第三季度政务服务热线办理情况的通报\n\n各县（市、区）人民政府，市政府各部门：\n\n部分单位存在办理不及时等问题。各单位要对照${own}指出的问题，认真整改，并按照《聊城市人民政府办公室关于进一步做好热线工作的通知》要求办理。\n\n特此通报。\n\n聊城市人民政府办公室\n\n2025年10月28日\n`;
  it('reports 本通知 in a 通报, passes 本通报', () => {
    assert.deepEqual(brief(bulletin('本通知')).map((f) => f.slice(0, 2)), [[9, '本通知']]);
    assert.deepEqual(brief(bulletin('本通报')), []);
  });

  it('reports 本通知 in a 通告 and in a 公告 that prints only its number, passes their own names and each other\'s', () => {
    const circular = (self: string) => `聊城市人民政府关于2025年秋冬季机动车限行管理的通告\n\n为改善城市空气质量，市政府决定对中心城区部分机动车实施限行管理。现将有关事项通告如下：\n\n一、违反${self}规定的，由公安机关交通管理部门依法处理。\n\n特此通告。\n\n聊城市人民政府\n\n2025年11月6日\n`;
    assert.deepEqual(brief(circular('本通知')), [[5, '本通知', '“本通知”与文种不符：本文件是通告（《聊城市人民政府关于2025年秋冬季机动车限行管理的通告》），自称应为“本通告”。']]);
    assert.deepEqual(brief(circular('本通告')), []);
    const announcement = (self: string) => `聊城市人民政府公告\n\n〔2025〕第3号\n\n东昌府区2025年第五批次城镇建设用地已经省人民政府批准。现将有关事项公告如下：\n\n一、被征收土地的所有权人自${self}发布之日起60日内办理征地补偿登记。\n\n特此公告。\n\n聊城市人民政府\n\n2025年9月30日\n`;
    assert.deepEqual(brief(announcement('本通知')), [[7, '本通知', '“本通知”与文种不符：本文件是公告，自称应为“本公告”。']]);
    assert.deepEqual(brief(announcement('本公告')), []);
    // 公告 and 通告 are close kinds (as in structure/closing-doctype).
    assert.deepEqual(brief(announcement('本通告')), []);
    assert.deepEqual(brief(circular('本公告')), []);
  });

  it('reports 本通知 in a 批复 (drafted from a notice), passes 本批复 and the approved text named by its own words (probe12)', () => {
    const reply = (own: string) => `聊城市人民政府

聊政字〔2026〕11号

聊城市人民政府关于同意《聊城市中心城区东部片区控制性详细规划》的批复

市自然资源和规划局：

你局《关于提请审批〈聊城市中心城区东部片区控制性详细规划〉的请示》收悉。经研究，现批复如下：

一、原则同意《聊城市中心城区东部片区控制性详细规划》。

二、自${own}印发之日起20日内，将本规划成果向社会公布。

聊城市人民政府

2026年3月16日
`;
    assert.deepEqual(brief(reply('本通知')), [[13, '本通知', '“本通知”与文种不符：本文件是批复（《聊城市人民政府关于同意〈聊城市中心城区东部片区控制性详细规划〉的批复》），自称应为“本批复”。']]);
    assert.deepEqual(brief(reply('本批复')), []);
  });

  it('reads the moved tail of an issue\'s 意见 that runs on to its own date: 本方案 there is reported, not in a fragment cut short (probe12)', () => {
    const issue = (own: string, closed = true) => [
      ...continuedIssueHead('坚持稳中求进工作总基调，统筹发展和安全，推动各项工作落地见效，确保全年目标任务圆满完成'),
      '《某某办法》已经市政府同意，现印发给你们，请认真贯彻执行。', '', '聊城市人民政府办公室', '2024年3月5日', '',
      '（上接第3页）的各项任务。', '', '二、保障措施', '', '加强组织领导，强化督导检查。', '', `${own}自2024年3月1日起施行。`, '',
      ...(closed ? ['聊城市人民政府', '2024年2月1日', ''] : []),
    ].join('\n');
    assert.deepEqual(brief(issue('本方案')).map((f) => f.slice(0, 2)), [[50, '本方案']]);
    assert.deepEqual(brief(issue('本意见')), []);
    assert.deepEqual(brief(issue('本方案', false)), []);
  });
});
