import * as assert from 'node:assert';
import { check } from '../testing';
import { abbreviationOrder } from './abbreviation-order';
import { draftDoc } from './fixtures';

/** A 办法 of the 德州 issue of QA round fifteen, its articles as given. */
const regulation = (...articles: string[]) => ['德州市人民政府令', '', '第 12 号', '', '德州市城市供水管理办法', '', '第一章 总 则', '',
  ...articles.flatMap((a, k) => [`第${'一二三四五六七八九十'[k]}条 ${a}`, '']), '市长：王明', '', '2026年2月25日', ''].join('\n');
const found = (text: string) => check(abbreviationOrder, text).map((f) => [f.line, f.column, f.text, f.message]);

describe('cross-ref/abbreviation-order', () => {
  const def = '城市公共供水企业（以下简称供水企业）应当依法经营，保障供水水质符合国家标准。';
  it("passes a definition's paragraph tail printed again below it (an extraction's duplicated fragment), and reports a definition that says more", () => {
    const tail = '城市公共供水企业（以下简称供水企业）应当依法经营。';
    const doubled = regulation('为了加强城市供水管理，制定本办法。', `县级以上人民政府应当加强管理，${tail}\n\n${tail}`, '供水企业应当建立水质检测制度。');
    assert.deepStrictEqual(found(doubled), []);
    const again = regulation('为了加强城市供水管理，制定本办法。', `县级以上人民政府应当加强管理，${tail}\n\n${tail.replace('应当依法经营', '应当保障水质')}`, '供水企业应当建立水质检测制度。');
    assert.deepStrictEqual(found(again).map((f) => f[2]), ['（以下简称供水企业）']);
  });

  it('passes one definition at the first full name, the abbreviation used after it', () => {
    assert.deepStrictEqual(found(regulation('为了加强城市供水管理，维护用户和城市供水企业的合法权益，制定本办法。', def, '供水企业应当建立水质检测制度。')), []);
  });
  it('reports the abbreviation defined again in the same text (QA round fifteen, planted slip)', () => {
    assert.deepStrictEqual(found(regulation('为了加强城市供水管理，制定本办法。', def, '城市公共供水企业（以下简称供水企业）应当建立水质检测制度。')), [
      [13, 13, '（以下简称供水企业）', '简称“供水企业”已在上文第11行定义，此处不再重复定义（简称只在全称首次出现处定义一次）：删去括注，直接使用简称“供水企业”。']]);
  });
  it('reports the first use of the abbreviation before its definition, not the end of a longer name', () => {
    // 城市供水企业 (第一条) holds 供水企业 as the end of another name: no use of it.
    assert.deepStrictEqual(found(regulation('为了维护用户和城市供水企业的合法权益，制定本办法。', '供水企业应当遵守本办法。对供水企业的监督检查由主管部门负责。', def)), [
      [11, 5, '供水企业', '简称“供水企业”在下文第13行才定义，此处先用了简称：简称应在全称首次出现处定义，此前写全称。']]);
  });
  it('reads a use after 以, 根据, 按照 (probe9), not after 可以, 予以, 加以', () => {
    assert.deepStrictEqual(found(regulation('以供水企业为主体，保障城市供水安全。', def)).map((f) => f[2]), ['供水企业']);
    assert.deepStrictEqual(found(regulation('主管部门按照供水企业申报的计划组织检查。', def)).map((f) => f[2]), ['供水企业']);
    for (const first of ['对违法行为予以供水企业名单公示。', '主管部门可以供水企业上报数据为准。', '地方标准加以供水企业执行情况为依据。']) {
      assert.deepStrictEqual(found(regulation(first, def)), [], first);
    }
  });
  it('reads a use after 因 (因市安委会工作需要) (probe13), not the end of another name after it (因省安委会…)', () => {
    const committee = '聊城市安全生产委员会（以下简称市安委会）负责全市安全生产工作的统筹协调。';
    assert.deepStrictEqual(found(regulation('因市安委会工作需要，调整组成人员。', committee)).map((f) => f[2]), ['市安委会']);
    const short = committee.replace('以下简称市安委会', '以下简称安委会');
    assert.deepStrictEqual(found(regulation('因安委会工作需要，调整组成人员。', short)).map((f) => f[2]), ['安委会']);
    assert.deepStrictEqual(found(regulation('因省安委会工作需要，调整组成人员。', short)), []);
  });
  it('reads a use after 报 sending a report to a body (报工作专班备案, 上报, 汇报) (probe14), not after a noun ending in 报 (简报)', () => {
    const team = '成立城镇燃气安全专项整治工作专班（以下简称工作专班），负责统筹协调。';
    assert.deepStrictEqual(found(regulation('各县（市、区）制定具体实施方案，报工作专班备案。', team)).map((f) => f[2]), ['工作专班']);
    assert.deepStrictEqual(found(regulation('各县（市、区）制定具体实施方案，上报工作专班。', team)).map((f) => f[2]), ['工作专班']);
    const committee = '聊城市安全生产委员会（以下简称市安委会）负责全市安全生产工作的统筹协调。';
    assert.deepStrictEqual(found(regulation('各地定期汇报市安委会部署落实情况。', committee)).map((f) => f[2]), ['市安委会']);
    // 简报 is a noun: the name after it starts another word (简报市安委会专栏 is no use checked here).
    assert.deepStrictEqual(found(regulation('编发简报市安委会专栏。', committee)), []);
  });
  it('reads a use after a verb that takes a platform as its object (接入, 依托, 通过) (probe11)', () => {
    const platform = '市大数据局建设低空智能监管平台（以下简称低空平台），统一管理飞行数据。';
    for (const first of ['起降场地统一接入低空平台。', '依托低空平台开展飞行服务。', '飞行计划通过低空平台申报。']) {
      assert.deepStrictEqual(found(regulation(first, platform)).map((f) => f[2]), ['低空平台'], first);
    }
    // The full name after the same verbs is no use of the abbreviation.
    assert.deepStrictEqual(found(regulation('起降场地统一接入低空智能监管平台。', platform)), []);
  });
  it('leaves a word of the full name that holds the abbreviation (参照专项债券管理 before 地方政府专项债券（以下简称“专项债”）) (redteam)', () => {
    const bond = '地方政府专项债券（以下简称“专项债”）应当用于有收益的公益性项目，专项债资金专款专用。';
    assert.deepStrictEqual(found(regulation('参照专项债券管理的项目，适用本办法。', bond)), []);
    // The abbreviation itself before its definition is still a use.
    assert.deepStrictEqual(found(regulation('参照专项债管理的项目，适用本办法。', bond)).map((f) => f[2]), ['专项债']);
  });
  it('reads a coined two-character abbreviation (高企 of 高新技术企业), not a common word the name holds (体检) (misses10)', () => {
    const hi = '对认定的国家高新技术企业（以下简称高企）给予奖励，高企数量逐年增长。';
    for (const first of ['高企是创新的主力军。', '力争高企数量稳步增长。', '简化环评手续，支持高企发展。']) {
      assert.deepStrictEqual(found(regulation(first, hi)).map((f) => f[2]), ['高企'], first);
    }
    // Quoted alone under a quoted definition, it is the term.
    assert.deepStrictEqual(found(regulation('推动“高企”扩量提质。', hi.replace('简称高企', '简称“高企”'))).map((f) => f[2]), ['高企']);
    for (const first of ['着力提高企业研发水平。', '全国企业研发投入持续增长。', '省里提出“推动高企数量倍增”的目标。']) {
      assert.deepStrictEqual(found(regulation(first, hi)), [], first);
    }
    assert.deepStrictEqual(found(regulation('组织企业职工体检。', '开展城市体检评估（以下简称体检），体检结果作为规划依据。')), []);
    // A coined abbreviation the language has made a word (redteam2): known before its definition.
    for (const [first, def] of [['推动国企改革。', '深化国有企业（以下简称“国企”）改革，国企要带头。'], ['支持城管执法。', '推进城市管理（以下简称“城管”）体制改革，城管队伍要规范执法。'],
      ['推动医改走深走实。', '深化医药卫生体制改革（以下简称“医改”），医改任务要落实。'], ['推动高校毕业生就业。', '支持高等学校（以下简称“高校”）开展教育，高校要做好指导。'],
      ['推动首发经济发展。', '支持企业首次公开发行股票（以下简称“首发”），首发企业给予奖励。'], ['支持个体户发展。', '扶持个体工商户（以下简称“个体户”），个体户数量增长。']]) {
      assert.deepStrictEqual(found(regulation(first, def)), [], first);
    }
  });
  it('leaves alone a quoted wording, a name everyone knows and a title', () => {
    // An amendment quotes the new wording of two articles, each with its definition.
    const amend = draftDoc('    一、将第四条修改为：“城市公共供水企业（以下简称供水企业）应当依法经营。”\n    二、将第十一条修改为：“城市公共供水企业（以下简称供水企业）应当建立水质检测制度。”');
    assert.deepStrictEqual(found(amend), []);
    // A quotation of several paragraphs (each opens with “, the last closes), one cut by a hard wrap,
    // before the regulation printed again with its definition (令第48号 at wraps of 15).
    const quoted = draftDoc('    一、将第十二条修改为：“因工程施工确需停止供水的，应当提前通知用户。\n\n“确需停止供水超过24小时的，应当报告主管部门。\n\n由供水企业采取临时供水措施。”\n' +
      '    第四条 城市公共供水企业（以下简称供水企业）应当依法经营。');
    assert.deepStrictEqual(found(quoted), []);
    assert.deepStrictEqual(found(quoted.replace(/[“”]/g, '')).map((f) => f[2]), ['供水企业']);
    assert.deepStrictEqual(found(draftDoc('    经市政府同意，现就有关事项通知如下。\n    聊城市人民政府（以下简称市政府）每年组织一次考核。')), []);
    assert.deepStrictEqual(found(draftDoc('    按照《意见》要求，贯彻落实《关于发展银发经济的意见》（以下简称《意见》）。')), []);
  });
  it('binds each attached document on its own: the notice and the 方案 may each define it', () => {
    const notice = ['聊城市人民政府办公室文件', '', '聊政办发〔2024〕12号', '', '聊城市人民政府办公室', '关于印发城市供水保障工作方案的通知', '',
      '各县（市、区）人民政府，市政府有关部门：', '    为保障城市公共供水企业（以下简称供水企业）安全运行，《聊城市城市供水保障工作方案》已经市政府同意，现印发给你们。',
      '', '    附件：聊城市城市供水保障工作方案', '', '聊城市人民政府办公室', '2024年9月10日', '', '附件', '', '聊城市城市供水保障工作方案', '',
      '    一、加强监管', '    城市公共供水企业（以下简称供水企业）应当按月报送水质检测结果。', ''].join('\n');
    assert.deepStrictEqual(found(notice), []);
  });
  it('reads a definition whose full name is not abbreviated by it (公民、法人和其他组织（以下简称“检查对象”）)', () => {
    const def2 = '本办法所称行政检查，是指行政执法机关对公民、法人和其他组织（以下简称“检查对象”）遵守法律、法规情况进行检查的行为。';
    assert.deepStrictEqual(found(regulation('为规范行政检查行为，制定本办法。', def2, '行政执法机关应当平等对待检查对象。')), []);
    assert.deepStrictEqual(found(regulation('为规范行政检查行为，由检查对象配合，制定本办法。', def2)).map((f) => [f[0], f[2]]), [[9, '检查对象']]);
    assert.deepStrictEqual(found(regulation('为规范行政检查行为，制定本办法。', def2, '对法人和其他组织（以下简称“检查对象”）的检查应当合并进行。')).map((f) => [f[0], f[2]]), [[13, '（以下简称“检查对象”）']]);
  });
});
