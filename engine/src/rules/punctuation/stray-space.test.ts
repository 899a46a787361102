import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { straySpace } from './stray-space';
import { draftDoc } from '../cross-ref/fixtures';

const WHY = 'GB/T 15834—2011《标点符号用法》：汉字之间、汉字与全角标点、汉字与数字之间不留空格';

describe('punctuation/stray-space', () => {
  it('reports a half- or full-width space inside a sentence of a draft, and deletes it', () => {
    const text = draftDoc('    一、总体要求\n    推动城市管网 向周边村庄延伸，同步设计、 同步施工。\n    （一）加强水源　保护。划定保护区。');
    assert.deepEqual(check(straySpace, text).map((d) => [d.line, d.column, d.message]), [
      [10, 11, `“网”与“向”之间有多余的空格（${WHY}）：应删去。`],
      [10, 25, `“、”与“同”之间有多余的空格（${WHY}）：应删去。`],
      [11, 12, `“源”与“保”之间有多余的空格（${WHY}）：应删去。`],
    ]);
    assert.equal(fixed(straySpace, text), draftDoc('    一、总体要求\n    推动城市管网向周边村庄延伸，同步设计、同步施工。\n    （一）加强水源保护。划定保护区。'));
  });

  it('leaves an article\'s space, a marker\'s space, digits, a hard wrap, headings, a table\'s columns, joint issuers and layout lines alone', () => {
    const text = draftDoc('    一、 总体要求\n    第一条　为了加强管理，制定本办法。\n    PM2.5 浓度下降，建成5G 基站，聊政办字〔2025〕 9 号文件。\n    各部门要高度重视，\n    加强协调配合。\n    实 施 方 案\n    王　伟\n    市水利局    负责工程建设，确保质量\n    落实《中共中央办公厅 国务院办公厅关于持续推进城市更新行动的意见》，中共聊城市委 聊城市人民政府印发了方案。\n    第12条 城市古树名木实行统一管理。\n    （一）推进数据共享。（牵头单位：市大数据局、 市财政局）');
    assert.deepEqual(check(straySpace, text), []);
  });

  it('leaves the space after an article head quoted in a 决定 (将第五条修改为：“第五条 申请人应当…”), as in the 办法 itself, but not another one in the quotation', () => {
    const text = draftDoc('    一、将第五条修改为：“第五条 申请人应当如实提交有关材料。”\n    二、增加一条，作为第六条：\n    “第六条　市人民政府应当加强监督管理。\n    “第二章 监督管理”\n    三、将第七条中的“三十日” 修改为“二十日”。\n    四、将第八条 删除。');
    assert.deepEqual(check(straySpace, text).map((d) => [d.line, d.message]), [
      [13, `“””与“修”之间有多余的空格（${WHY}）：应删去。`],
      [14, `“条”与“删”之间有多余的空格（${WHY}）：应删去。`],
    ]);
  });

  it('leaves the number of a Latin name written apart (Wi-Fi 6 网络, ISO 9001 质量) and a space before a token of digits and letters (建设 5G 基站) (redteam)', () => {
    const text = draftDoc('    一、总体要求\n    在Wi-Fi 6 网络环境下报送，按照ISO 9001 质量管理体系要求，建设 5G 基站1000个，按照GB/T 9704—2012 要求排版，总结COVID-19 疫情防控经验。');
    assert.deepEqual(check(straySpace, text), []);
    // A Chinese number after a Latin word is still one: 截至2025年 2 万个 is judged.
    assert.deepEqual(check(straySpace, draftDoc('    一、总体要求\n    建成5G基站2 万个。')).map((d) => d.message), [`“2”与“万”之间有多余的空格（${WHY}）：应删去。`]);
  });

  it('leaves the space between the elements of a standard\'s title (《机动车类型 术语和定义》（GA 802—2019）) (redteam)', () => {
    const text = draftDoc('    一、总体要求\n    货车是指《机动车类型 术语和定义》（GA 802—2019）规定的车辆，按照《信息安全技术 网络安全等级保护基本要求》执行。');
    assert.deepEqual(check(straySpace, text), []);
    // A space in the title of a document (关于…) is still a slip.
    assert.deepEqual(check(straySpace, draftDoc('    一、总体要求\n    按照《关于加强 安全生产工作的通知》要求执行。')).map((d) => d.message), [`“强”与“安”之间有多余的空格（${WHY}）：应删去。`]);
  });

  it('leaves a 纪要\'s roster and a two-character name padded to three (出席：李　明　王　强; 列席：孙　丽（副秘书长）) (redteam)', () => {
    const text = draftDoc('    一、总体要求\n    会议要求加强监管。\n    联系人：王　芳　　联系电话：0635-8456789。\n    联系人：王芳 0635-8456789，李强 13912345678，0635-8234567 赵丽。\n    出席：李　明　王　强　张　伟　赵海东\n    参加人员：李 明、王 强\n    记录：孙　丽\n    会议还邀请了孙　丽（市政府副秘书长）、刘　洋（市应急局局长）列席。');
    assert.deepEqual(check(straySpace, text), []);
    // A space inside a word of a sentence is still one.
    assert.deepEqual(check(straySpace, draftDoc('    一、总体要求\n    会议要求加 强监管。')).length, 1);
  });

  it('leaves a roster whose label names the meeting (参加会议人员：王立强　张明　李华, 出席会议：…, 会议出席人员：…) (red team 16)', () => {
    for (const line of ['参加会议人员：王立强　张明　李华　刘强', '出席会议：李明远　张建华', '列席会议人员：孙卫东　周晓明', '会议出席人员：王立强　张明', '参加会议单位：市发展改革委　市财政局']) {
      assert.deepEqual(check(straySpace, draftDoc(`    ${line}`)), [], line);
    }
    // A sentence about the meeting is no roster: its space is still reported.
    assert.equal(check(straySpace, draftDoc('    参加会议的同志要认真　落实会议精神。')).length, 1);
  });

  it('leaves the spaces parting the fields of a contact line (联系人：王明　联系电话：…) (redteam7)', () => {
    for (const line of ['联系人：王明　联系电话：0635-8241234　电子邮箱：lcyb@lc.gov.cn', '联系人：市医保局待遇保障科　王明，联系电话：0635-8241234。',
      '三、有关要求。请于7月10日前报送（联系人：王明　电话：0635-8241234）。']) {
      assert.deepEqual(check(straySpace, draftDoc(`    ${line}`)), [], line);
    }
    // A space in a sentence is still reported.
    assert.equal(check(straySpace, draftDoc('    三、有关要求。请于7月10日前报送　市医保局。')).length, 1);
  });

  it('reports a space between a Chinese character and a digit, in running text and in the 成文日期 (probe7)', () => {
    const text = draftDoc('    一、总体要求\n    到2027 年底，完成24 小时值守。', '2024 年6月3日');
    assert.deepEqual(check(straySpace, text).map((d) => [d.line, d.message]), [
      [10, `“7”与“年”之间有多余的空格（${WHY}）：应删去。`],
      [10, `“4”与“小”之间有多余的空格（${WHY}）：应删去。`],
      [13, `“4”与“年”之间有多余的空格（${WHY}）：应删去。`],
    ]);
    assert.equal(fixed(straySpace, text), draftDoc('    一、总体要求\n    到2027年底，完成24小时值守。'));
  });

  it('does not judge an extracted issue: spaced letters and words are extraction noise there', () => {
    const issue = '聊城市人民政府公报\n\n目 录\n\n聊城市人民政府关于做好防汛工作的通知\n聊政字〔2024〕5号 3\n\n聊城市人民政府\n\n聊政字〔2024〕5号\n\n聊城市人民政府关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n各地要加强 隐患排查，确保安全度汛。\n\n聊城市人民政府\n2024年6月3日\n';
    assert.deepEqual(check(straySpace, issue), []);
  });

  it('leaves the space between joint issuers one of which is a bank or a 会 (国家发展改革委 人民银行关于…) (redteam8)', () => {
    for (const title of ['《国家发展改革委 人民银行关于加强信用信息共享的通知》', '《人民银行 国家金融监督管理总局关于做好个人住房贷款工作的通知》', '《财政部 中国证监会关于规范上市公司财务管理的通知》', '《人力资源社会保障部 全国总工会关于开展劳动竞赛的通知》', '《聊城市人民政府 聊城军分区关于做好征兵工作的通知》', '《中共聊城市委 聊城市人民政府 聊城军分区关于加强国防动员工作的意见》'])
      assert.deepEqual(check(straySpace, draftDoc(`    一、总体要求\n    按照${title}要求，推进有关工作。`)), [], title);
    // A stray space after a bank's name in a sentence is still one.
    assert.deepEqual(check(straySpace, draftDoc('    一、总体要求\n    人民银行 要加强对小微企业的支持。')).map((d) => d.message.slice(0, 9)), ['“行”与“要”之间']);
  });

  it('leaves a 领导小组\'s roster: its labels, padded names and posts are columns (组　长：张　明　市政府市长) (redteam8)', () => {
    const roster = '    一、领导小组组成人员\n组　长：张　明　市政府市长\n副组长：李　强　市政府副市长\n成　员：王　伟　市政府副秘书长\n　　　　赵　刚　市住房城乡建设局局长\n　　　　刘　洋　市城管局局长\n    二、工作职责\n    领导小组办公室设在市城管局，办公室主任由刘洋同志兼任。';
    assert.deepEqual(check(straySpace, draftDoc(roster)), []);
    // A sentence under the roster is still judged.
    assert.deepEqual(check(straySpace, draftDoc(roster.replace('设在市城管局', '设在 市城管局'))).map((d) => d.message.slice(0, 8)), ['“在”与“市”之']);
  });
  it('leaves the space parting a 大事记 entry\'s day from its record (8日　市政府…, 15日至16日　…), as date/chronicle-day reads it (redteam9)', () => {
    const chron = '聊城市人民政府大事记\n\n（2026年10月）\n\n8日　市政府召开常务会议。\n\n9日、10日　全市重点项目观摩活动举行。\n\n12日 市政府与省农业科学院签署战略合作协议。\n\n15日至16日　全市经济工作会议召开。\n\n20日，市政府召开全市安全生产工作会议。\n\n28日至11月2日　市政府代表团赴南方考察。\n\n本月　全市开展安全生产大检查。\n';
    assert.deepEqual(check(straySpace, chron), []);
    // A space inside the record is still judged.
    assert.deepEqual(check(straySpace, chron.replace('召开常务', '召开 常务')).map((d) => d.message.slice(0, 8)), ['“开”与“常”之']);
  });
  it('leaves the spaces parting a unit from its contact\'s name and number (牵头单位：市商务局　王强　0635-8212345) (redteam9)', () => {
    const rows = '    一、加强工作调度。各县（市、区）于每月5日前报送进展情况。\n牵头单位：市商务局　王强　0635-8212345\n配合单位：市财政局　张丽　13906351234';
    assert.deepEqual(check(straySpace, draftDoc(rows)), []);
    // A space before a word that is no name with a number is still judged.
    assert.deepEqual(check(straySpace, draftDoc(rows.replace('报送进展', '报送 进展'))).map((d) => d.message.slice(0, 8)), ['“送”与“进”之']);
  });
  it('leaves the space parting the two clauses of a cited title (《中共中央　国务院关于进一步深化农村改革　扎实推进乡村全面振兴的意见》) (redteam10)', () => {
    // Such titles part their clauses with a space where a sentence has a comma, as printed by the issuer.
    for (const title of ['《中共中央　国务院关于进一步深化农村改革　扎实推进乡村全面振兴的意见》', '《国务院办公厅关于进一步优化支付服务 提升支付便利性的意见》', '《山东省人民政府关于加快发展新质生产力　推动高质量发展的实施意见》'])
      assert.deepEqual(check(straySpace, draftDoc(`    一、总体要求\n    为深入贯彻${title}精神，结合实际，制定本方案。`)), [], title);
    // A space inside a word, or before a clause of no verb, in a title is still a slip; so is one outside 《》.
    for (const [line, gap] of [['贯彻《关于加强安全生产 工作的通知》要求', '“产”与“工”之'], ['贯彻《关于进一步加强安全 生产工作的通知》要求', '“全”与“生”之'], ['进一步深化农村改革　扎实推进乡村全面振兴，确保粮食安全', '“革”与“扎”之']])
      assert.deepEqual(check(straySpace, draftDoc(`    一、总体要求\n    ${line}。`)).map((d) => d.message.slice(0, 8)), [gap], line);
  });

  it('leaves the space after a decimal section number opening a line (1.1　编制目的, 3.1.2　Ⅲ级响应), as an 应急预案 numbers its sections; a space after a number in a sentence is still reported (red team 15)', () => {
    const text = draftDoc('    1　总则\n    1.1　编制目的\n    建立健全应急机制，提高应对能力。\n    1.2 编制依据\n    依据有关法律法规，制定本预案。\n    2.3.1　分级响应\n    应急响应分为四级，原则上每3 年修订1次。');
    assert.deepEqual(check(straySpace, text).map((d) => [d.line, d.message]), [[15, `“3”与“年”之间有多余的空格（${WHY}）：应删去。`]]);
  });

  it('leaves the space after an inserted article\'s head quoted in a 决定 (作为第九条之一：“第九条之一　鼓励…”) (red team 15)', () => {
    const text = draftDoc('    一、增加一条，作为第九条之一：“第九条之一　鼓励机关、企事业单位向社会开放内部停车场。”\n    二、增加一条，作为第十条之二：“第十条之二 鼓励错时共享停车。”');
    assert.deepEqual(check(straySpace, text), []);
  });
});
