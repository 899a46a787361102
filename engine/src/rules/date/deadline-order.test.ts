import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { deadlineOrder } from './deadline-order';

const bulletin = (body: string, date = '2025年10月28日') => `聊城市人民政府办公室\n\n聊政办字〔2025〕41号\n\n聊城市人民政府办公室关于2025年第三季度政务服务热线办理情况的通报\n\n各县（市、区）人民政府，市政府各部门：\n\n${body}\n\n聊城市人民政府办公室\n\n${date}\n`;
const brief = (text: string) => check(deadlineOrder, text).map((d) => [d.line, d.text, d.message]);

describe('date/deadline-order', () => {
  it('reports a deadline before the 成文日期 (于…前将…报, 确保…前全部完成)', () => {
    assert.deepEqual(brief(bulletin('各单位要认真整改，于2025年10月15日前将整改情况报市政府办公室。')), [
      [9, '2025年10月15日', '期限2025年10月15日早于本文成文日期2025年10月28日：收文单位无法在期限前办理，请核对日期。'],
    ]);
    assert.deepEqual(brief(bulletin('资金直接调拨到有关县（市、区），并确保2025年9月22日前全部完成兑现。')).map((f) => f[1]), ['2025年9月22日']);
  });

  it('reports a plan\'s target year already past when it is signed (到2024年，… in a 2025 方案) (probe16)', () => {
    const plan = (body: string, date = '2025年3月10日') => `聊城市人民政府\n\n聊政字〔2025〕7号\n\n聊城市人民政府关于印发聊城市推动设备更新实施方案的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现将《聊城市推动设备更新实施方案》印发给你们，请认真贯彻执行。\n\n聊城市人民政府\n\n${date}\n\n聊城市推动设备更新实施方案\n\n一、总体目标\n\n${body}\n`;
    const briefPlan = (body: string, date?: string) => check(deadlineOrder, plan(body, date)).map((d) => [d.text, d.message]);
    assert.deepEqual(briefPlan('到2024年，全市设备投资规模较2023年增长25%以上。'), [
      ['到2024年', '目标年份“到2024年”已在本文成文日期2025年3月10日之前过去：规划、方案设定的目标应在成文之后，请核对年份。']]);
    assert.deepEqual(briefPlan('力争到2024年底，报废汽车回收量增长50%。').map((f) => f[0]), ['到2024年底']);
    // This year or later, a range that tells the past, 截至, or a target said to be met: silent.
    for (const body of ['到2025年，全市设备投资规模增长25%以上。', '到2027年，全市设备投资规模增长25%以上。', '2021年到2024年，全市累计更新设备1.2万台（套）。',
      '截至2024年，全市累计更新设备1.2万台（套）。', '到2024年，全市已累计更新设备1.2万台（套），为本方案实施打下基础。',
      '到2024年底，全市共建成充电基础设施1.8万台。', '到2024年，全市完成了1.2万台（套）设备更新。']) {
      assert.deepEqual(briefPlan(body), [], body);
    }
    // Background a plan tells (redteam14): under a heading on its basis (一、发展基础, its （一）…), after
    // 近年来 / 以来 / 去年 / 取得…成效 in the paragraph, or a rank reached (居全省第4位).
    const based = (head: string, body: string) => check(deadlineOrder, plan(body).replace('一、总体目标', head)).map((d) => d.text);
    assert.deepEqual(based('一、发展基础', '到2024年底，全市新型储能装机规模达到85万千瓦。'), []);
    assert.deepEqual(based('一、现状与问题\n\n（一）产业规模', '到2024年，全市社会物流总额突破8000亿元。'), []);
    assert.deepEqual(briefPlan('近年来，我市储能产业加快发展。到2024年底，全市新型储能装机规模达到85万千瓦。'), []);
    assert.deepEqual(briefPlan('2024年，参保工作取得明显成效。到2024年末，全市参保人数达到420万人。'), []);
    assert.deepEqual(briefPlan('到2024年底，全市新型储能装机规模达到85万千瓦，居全省第4位。'), []);
    assert.deepEqual(briefPlan('2024年，全市参保扩面工作扎实推进。到2024年末，全市参保人数达到420万人。'), []);
    // A year told after the target, or a later year before it, is no such sentence: still reported.
    assert.deepEqual(briefPlan('到2024年，全市参保人数达到420万人。2024年，全市参保扩面工作扎实推进。').map((f) => f[0]), ['到2024年']);
    assert.deepEqual(briefPlan('2025年，全市参保扩面工作扎实推进。到2024年，全市参保人数达到420万人。').map((f) => f[0]), ['到2024年']);
    // A target under a heading of targets, even after a heading on the basis: still reported.
    assert.deepEqual(check(deadlineOrder, plan('一、发展基础\n\n全市储能产业加快发展。\n\n二、发展目标\n\n到2024年，全市新型储能装机规模达到200万千瓦。').replace('一、总体目标\n\n', '')).map((d) => d.text), ['到2024年']);
    // A 通报 tells what was done by a year: not judged.
    assert.deepEqual(brief(bulletin('到2024年，全市热线办理满意率达到95%。')), []);
  });

  it('reads a target after a comma, and a month already past in the year the plan is signed (probe17)', () => {
    const plan = (body: string, date = '2023年10月10日') => `聊城市人民政府\n\n聊政发〔2023〕8号\n\n聊城市人民政府关于加快推进县域商业体系建设的意见\n\n各县（市、区）人民政府，市政府各部门：\n\n一、总体要求\n\n${body}\n\n聊城市人民政府\n\n${date}\n`;
    const briefPlan = (body: string) => check(deadlineOrder, plan(body)).map((d) => [d.text, d.message]);
    assert.deepEqual(briefPlan('以县城为中心，健全县域商业网络，到2022年，全市建成县级物流配送中心8个。'), [
      ['到2022年', '目标年份“到2022年”已在本文成文日期2023年10月10日之前过去：规划、方案设定的目标应在成文之后，请核对年份。']]);
    assert.deepEqual(briefPlan('加快公共充电设施建设，到2023年6月底，全市公共充电桩达到3000个以上。'), [
      ['到2023年6月底', '目标时间“到2023年6月底”已在本文成文日期2023年10月10日之前过去：规划、方案设定的目标应在成文之后，请核对年月。']]);
    // This month or later, a later year, a clause telling what was done, a range: silent.
    for (const body of ['加快建设，到2023年10月底，全市公共充电桩达到3000个以上。', '加快建设，到2024年6月底，全市公共充电桩达到3000个以上。',
      '加快建设，到2025年，全市建成县级物流配送中心8个。', '近年来加快建设，到2022年，全市已建成县级物流配送中心8个。', '从2021年到2022年，全市累计建成县级物流配送中心8个。']) {
      assert.deepEqual(briefPlan(body), [], body);
    }
  });

  it('reports a deadline to publish, issue or start by a day already past (于…前公布), not a scope (…前公布的) (probe11)', () => {
    assert.deepEqual(brief(bulletin('各县（市、区）于2025年10月20日前公布防汛行政责任人名单。')).map((f) => f[1]), ['2025年10月20日']);
    assert.deepEqual(brief(bulletin('对于2025年10月20日前公布的名单，各县（市、区）要及时更新。')), []);
  });

  it('reports a deadline to send something to a body first (于…前向…提交), not a scope (…前向…报送的材料) (probe12)', () => {
    assert.deepEqual(brief(bulletin('养老机构于2025年10月1日前向所在县（市、区）民政局提交申报材料。')).map((f) => f[1]), ['2025年10月1日']);
    assert.deepEqual(brief(bulletin('请各单位于2025年10月15日前向市政府办公室报送整改情况。')).map((f) => f[1]), ['2025年10月15日']);
    assert.deepEqual(brief(bulletin('对于2025年10月15日前向市政府办公室报送的材料，不再重复报送。')), []);
    assert.deepEqual(brief(bulletin('在2025年10月1日前向社会公开的信息，按原规定执行。')), []);
  });

  it('passes a past day that names a scope or tells what was done, not a deadline (redteam3)', () => {
    for (const body of ['在2025年10月1日前启动建设的项目，继续按原规定执行。', '于2025年10月1日前印发实施的有关文件与本通报不一致的，以本通报为准。', '于2025年10月1日前印发并实施的规范性文件，按本通报要求开展清理。',
      '对未在2025年10月15日前报送材料的单位，予以通报。', '在2025年9月30日前建成投产的项目，享受原有扶持政策。',
      '省政府于2025年10月20日前公布了第一批试点名单，我市3个县入选。', '凡在2025年10月1日前启动招标程序的，可继续按原方案实施。',
      '此前，各县（市、区）均在2025年10月1日前启动专项行动。',
      // Background: the writer or a superior body did it (redteam3).
      '国务院办公厅在2025年9月20日前印发通知，对有关工作作出部署。', '2025年，我市于2025年9月30日前印发实施方案。']) {
      assert.deepEqual(brief(bulletin(body)), [], body);
    }
    // A deadline whose object holds 的 further on stays one.
    assert.deepEqual(brief(bulletin('请各单位于2025年10月15日前报送本单位的自查报告。')).map((f) => f[1]), ['2025年10月15日']);
    assert.deepEqual(brief(bulletin('请各单位于2025年10月15日前将本地区的工作方案报市政府办公室。')).map((f) => f[1]), ['2025年10月15日']);
    assert.deepEqual(brief(bulletin('市政府将于2025年10月15日前印发实施细则。')).map((f) => f[1]), ['2025年10月15日']);
    assert.deepEqual(brief(bulletin('请各单位于2025年10月15日前将有关的材料报送市政府办公室。')).map((f) => f[1]), ['2025年10月15日']);
    assert.deepEqual(brief(bulletin('请各单位于2025年10月15日前提交本人的申请材料。')).map((f) => f[1]), ['2025年10月15日']);
  });

  it('passes a 报告, which tells what was done by a day (redteam3)', () => {
    const report = '聊城市人民政府\n\n聊政字〔2025〕12号\n\n聊城市人民政府关于2024年安全生产工作情况的报告\n\n省政府：\n\n2024年，我市于2024年11月30日前印发实施方案，在2024年12月15日前启动隐患排查整治，于2024年12月31日前公布挂牌督办名单。\n\n特此报告。\n\n聊城市人民政府\n\n2025年1月20日\n';
    assert.deepEqual(brief(report), []);
    // A notice's directive by a past day is still reported.
    const notice = report.replace('的报告', '的通知').replace('省政府：', '各县（市、区）人民政府：').replace('特此报告。', '')
      .replace(/2024年，我市.*?名单。/, '请各县（市、区）于2024年12月31日前公布挂牌督办名单。');
    assert.deepEqual(brief(notice).map((f) => f[1]), ['2024年12月31日']);
  });

  it('passes a deadline after it, and dates that report or move a deadline', () => {
    for (const body of ['各单位要认真整改，于2025年11月15日前将整改情况报市政府办公室。',
      '各县（市、区）已于2025年9月30日前完成整改。', '原定于2025年9月30日前完成的任务，延期至2025年12月31日。',
      '截至2025年9月30日前，共受理诉求186432件。', '各单位在2025年10月1日前后开展自查。']) {
      assert.deepEqual(brief(bulletin(body)), [], body);
    }
  });

  it('reports a year\'s or month\'s end already past (2025年底前, 2025年年底前, 2025年9月底前)', () => {
    const plan = (body: string) => bulletin(body, '2026年3月16日');
    assert.deepEqual(brief(plan('在电商企业集中区域设置包装回收设施，2025年底前实现县级以上城市快递网点全覆盖。')), [
      [9, '2025年底', '期限“2025年底前”早于本文成文日期2026年3月16日：收文单位无法在期限前办理，请核对日期。'],
    ]);
    assert.deepEqual(brief(plan('2025年年底前生活保障类物资政府实物储备基本达到国家规定标准。')).map((f) => f[1]), ['2025年年底']);
    assert.deepEqual(brief(plan('开展全市地热资源勘查评价，2026年2月底前完成中深层地热资源评价。')).map((f) => f[1]), ['2026年2月底']);
    // A directive that cites its source (按照《…》要求) sets the deadline all the same.
    assert.deepEqual(brief(plan('按照《实施方案》要求，2025年底前完成排查。')).map((f) => f[1]), ['2025年底']);
    assert.deepEqual(brief(plan('2025年底前完成农村改厕任务，确保提前完成。')).map((f) => f[1]), ['2025年底']);
  });

  it('passes a clause joined to one that tells what was done (已于…前完成…，并于…前完成…) (redteam4)', () => {
    const plan = (body: string) => bulletin(body, '2026年6月26日');
    assert.deepEqual(brief(plan('各地已于2026年3月31日前完成隐患排查，并于2026年5月底前完成整改。')), []);
    assert.deepEqual(brief(plan('各地已于2026年3月31日前完成排查，并于2026年5月20日前报送了整改报告。')), []);
    // A joined clause after a directive is a deadline: still reported.
    assert.deepEqual(brief(plan('各地要于2026年3月31日前完成排查，并于2026年5月底前完成整改。')).map((f) => f[1]), ['2026年3月31日', '2026年5月底']);
  });

  it('passes a year\'s or month\'s end not yet past, done, or naming a scope', () => {
    for (const body of ['2026年底前实现县级以上城市快递网点全覆盖。', '2026年3月底前完成自查。', '力争到2028年年底前，建成10条旅游路线。',
      '全市已于2025年底前完成浅层地热能调查。', '截至2025年底前，共建成绿道80公里。', '对2025年底前印发的行政规范性文件开展清理。',
      '2025年底前各地的项目全部完工。', '到2025年底，全市快递包装绿色转型取得明显成效。',
      // A report of what was done, as a summary of the past year words it.
      '全市于2025年底前完成了老旧小区改造任务。', '各县（市、区）均于2025年底前完成整改。', '改造工程如期于2025年底前竣工。',
      // Another document's target told, or one the sentence says was met (redteam).
      '《聊城市安全生产治本攻坚三年行动实施方案》提出，到2025年底前，全市重大事故隐患动态清零，这一目标已经实现。',
      '《实施方案》明确，2025年9月底前完成排查。', '按照计划，2025年底前建成充电桩500个，目前已全面完成。',
      '《工作方案》规定，于2025年12月15日前将整改情况报市政府办公室。',
      '省政府要求2025年底前全面完成农村改厕任务，我市提前一个月完成。', '2025年9月底前，各县（市、区）已全部完成自查。']) {
      assert.deepEqual(brief(bulletin(body, '2026年3月16日')), [], body);
    }
  });
  it('passes a 前向…报送 clause that names a scope (…提交申请但尚未审核的, …材料的项目) or a request told as met (redteam5)', () => {
    assert.deepEqual(brief(bulletin('对于2025年10月1日前向县级社保经办机构提交申请但尚未审核的，按原政策执行。')), []);
    assert.deepEqual(brief(bulletin('在2025年10月1日前向市住房城乡建设局提交竣工验收备案材料的项目，不再补办手续。')), []);
    assert.deepEqual(brief(bulletin('市政府办公室要求各县（市、区）于2025年9月30日前向市财政局报送决算报表，各地均按时报送。')), []);
    // Who did it, counted, or done (提交了) after the body it went to: told, not set.
    assert.deepEqual(brief(bulletin('全市共有126家企业于2025年9月30日前向市生态环境局报送排污信息，报送率98.4%。')), []);
    assert.deepEqual(brief(bulletin('全市126家企业中，有124家按期于2025年9月30日前向市生态环境局提交了年度报告。')), []);
    // A task whose object holds 的 is still a deadline.
    assert.deepEqual(brief(bulletin('各单位于2025年10月15日前向市政府办公室报送本单位的自查报告。')).map((f) => f[1]), ['2025年10月15日']);
  });
});
