import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { listCount } from './list-count';

const units = ['东昌府区防汛抗旱指挥部办公室', '临清市水利局', '阳谷县应急管理局'];
const persons = ['王建国 东昌府区水利局副局长', '李红梅 临清市水利局河道管理所所长'];
const bulletin = (body: string, list: string) => `聊城市人民政府办公室\n\n聊政办字〔2025〕38号\n\n聊城市人民政府办公室关于表扬防汛抢险工作先进集体和先进个人的通报\n\n各县（市、区）人民政府，市政府各部门：\n\n${body}\n\n附件：防汛抢险工作先进集体和先进个人名单\n\n聊城市人民政府办公室\n\n2025年10月20日\n\n附件\n\n防汛抢险工作先进集体和先进个人名单\n\n${list}\n`;
const list = (nUnits: number, nPersons: number, u = units, p = persons) => `一、先进集体（${nUnits}个）\n\n${u.join('\n\n')}\n\n二、先进个人（${nPersons}名）\n\n${p.join('\n')}`;
const body = (u: number, p: number) => `经市政府同意，决定对东昌府区防汛抗旱指挥部办公室等${u}个先进集体和王建国等${p}名先进个人予以通报表扬。`;
const brief = (text: string) => check(listCount, text).map((d) => [d.line, d.text, d.message]);

describe('structure/list-count', () => {
  it('passes lists whose counts, entries and body agree, entries on lines with or without blank lines', () => {
    assert.deepEqual(brief(bulletin(body(3, 2), list(3, 2))), []);
  });

  it('counts entries set side by side one by one, and passes a note under the heading (redteam7)', () => {
    const side = `一、先进集体（5个）\n\n（排名不分先后）\n\n东昌府区应急管理局　　临清市林业发展中心\n冠县烟庄街道办事处　　阳谷县消防救援大队\n莘县国有林场\n\n二、先进个人（2名）\n\n${persons.join('\n')}`;
    assert.deepEqual(brief(bulletin(body(5, 2), side)), []);
    // Neither count: still reported.
    assert.deepEqual(brief(bulletin(body(5, 2), side.replace('（5个）', '（6个）'))).map((f) => f[1]), ['6个']);
  });

  it('counts names padded and set several to a line one by one (王立新　李　娜　张　伟: a two-character name padded to three) (red team 16)', () => {
    const rows = '一、先进集体（3个）\n\n' + units.join('\n\n') + '\n\n二、先进个人（12名）\n\n王立新　李　娜　张　伟　刘建华　陈　静　杨　帆\n赵　磊　黄晓东　周　敏　吴　刚　徐海燕　孙　强';
    assert.deepEqual(brief(bulletin(body(3, 12), rows)), []);
    // A name left out is still reported, by the lines it counted.
    assert.deepEqual(brief(bulletin(body(3, 12), rows.replace('　孙　强', ''))).map((f) => f[2]), ['名单标明“12名”，实列11名（数目与名单不符，读者无法判断是名单漏列还是数目有误）：请核对名单或数目。']);
  });

  it('counts names with their units in brackets set several to a line by one space (王　伟（东昌府区应急管理局）　李　娜（…）) (red team 17)', () => {
    const rows = '一、先进集体（3个）\n\n' + units.join('\n\n') + '\n\n二、先进个人（4名）\n\n王　伟（东昌府区应急管理局）　李　娜（临清市应急管理局）\n刘　强（阳谷县应急管理局）　陈晓东（冠县应急管理局）';
    assert.deepEqual(brief(bulletin(body(3, 4), rows)), []);
    // A name left out is still reported.
    assert.deepEqual(brief(bulletin(body(3, 4), rows.replace('　陈晓东（冠县应急管理局）', ''))).map((f) => f[1]), ['4名']);
  });

  it('reads the body\'s 授予…等N名同志“X”称号 against the list X (a 表彰决定) (red team 16)', () => {
    const rows = '一、优秀共产党员（3名）\n\n王立新　李　娜　张　伟\n\n二、先进基层党组织（2个）\n\n中共临清市烟店镇委员会\n中共聊城市人民医院委员会';
    const said = (a: number, b: number) => `市委决定，授予王立新等${a}名同志“优秀共产党员”称号，授予中共临清市烟店镇委员会等${b}个党组织“先进基层党组织”称号。`;
    assert.deepEqual(brief(bulletin(said(3, 2), rows)), []);
    assert.deepEqual(brief(bulletin(said(4, 2), rows)).map((f) => f[2]), ['正文称“4名”（授予“优秀共产党员”称号），名单“优秀共产党员”列3名（两处数目不符，必有一处有误）：请核对数目。']);
  });

  it('reports a heading whose count is not the number of its entries', () => {
    assert.deepEqual(brief(bulletin(body(3, 2), list(4, 2))), [[21, '4个', '名单标明“4个”，实列3条（数目与名单不符，读者无法判断是名单漏列还是数目有误）：请核对名单或数目。']]);
  });

  it('reports the body\'s 等N名 against a list that agrees with its own heading', () => {
    assert.deepEqual(brief(bulletin(body(3, 3), list(3, 2))), [[9, '3名', '正文称“3名先进个人”，名单“先进个人”列2名（两处数目不符，必有一处有误）：请核对数目。']]);
  });

  it('does not count a heading over sub-lists, a list holding prose, or names in one run', () => {
    const nested = `一、先进集体（3个）\n\n（一）县（市、区）（2个）\n\n临清市水利局\n\n阳谷县应急管理局\n\n（二）市直部门（1个）\n\n市水利局河湖管理科`;
    assert.deepEqual(brief(bulletin(body(3, 2), nested)), []);
    assert.deepEqual(brief(bulletin(body(3, 2), `一、先进集体（5个）\n\n东昌府区防汛抗旱指挥部办公室、临清市水利局、阳谷县应急管理局`)), []);
    assert.deepEqual(brief(bulletin(body(3, 2), `一、先进集体（5个）\n\n${units.join('\n\n')}\n\n以上单位排名不分先后。`)), []);
  });
});

describe('structure/list-count: a counted list printed as a table with its head (red team 15)', () => {
  it('does not count the table\'s head row (序号 姓名 …) as an entry; a wrong count is still reported', () => {
    const table = (n: number) => `一、先进集体（3个）\n\n${units.join('\n\n')}\n\n二、先进个人（${n}名）\n\n序号\t姓名\t单位及职务\n1\t王建国\t东昌府区水利局副局长\n2\t李红梅\t临清市水利局河道管理所所长`;
    assert.deepEqual(brief(bulletin(body(3, 2), table(2))), []);
    assert.deepEqual(brief(bulletin(body(3, 2), table(3))).map((f) => f[1]), ['3名']);
  });
});

describe('structure/list-count: a count in the body against an attached table (probe16)', () => {
  const notice = (count: string, rows: number) => `聊城市人民政府\n\n聊政字〔2025〕6号\n\n聊城市人民政府关于公布第二批聊城市历史建筑名录的公告\n\n经专家论证、社会公示，市政府确定东昌府区山陕会馆附属建筑等${count}为第二批聊城市历史建筑，现予公布。\n\n附件：第二批聊城市历史建筑名录\n\n聊城市人民政府\n\n2025年3月7日\n\n附件\n\n第二批聊城市历史建筑名录\n\n序号\t建筑名称\t所在位置\n${Array.from({ length: rows }, (_, k) => `${k + 1}\t建筑${k + 1}\t东昌府区`).join('\n')}\n`;
  it('reports a body count the table does not list', () => {
    assert.deepEqual(check(listCount, notice('12处建筑', 6)).map((f) => [f.text, f.message]), [['12处',
      '正文称“12处建筑”，所附表格“第二批聊城市历史建筑名录”列6处（两处数目不符，必有一处有误）：请核对数目。']]);
  });
  it('reads a table whose rows an extractor set apart with blank lines (probe18 with a blank line after each line)', () => {
    const spaced = notice('12处建筑', 6).replace(/\n(\d\t)/g, '\n\n$1');
    assert.deepEqual(check(listCount, spaced).map((f) => f.text), ['12处']);
    assert.deepEqual(check(listCount, notice('6处建筑', 6).replace(/\n(\d\t)/g, '\n\n$1')), []);
  });
  it('passes a count the table bears out, a count of something else, and a table numbered with a gap', () => {
    assert.deepEqual(check(listCount, notice('6处建筑', 6)), []);
    assert.deepEqual(check(listCount, notice('6处建筑', 6).replace('现予公布。', '现予公布，12个工作日内设置标志。')), []);
    assert.deepEqual(check(listCount, notice('12处建筑', 6).replace('\n4\t', '\n5\t')), []);
  });
  it('passes a part of what the table lists: after 其中, or beside the table\'s own count', () => {
    assert.deepEqual(check(listCount, notice('6处建筑', 6).replace('现予公布。', '现予公布。其中2处建筑位于临清市。')), []);
    assert.deepEqual(check(listCount, notice('6处建筑', 6).replace('现予公布。', '现予公布。临清市2处建筑由临清市负责保护。')), []);
    // Without the table's own count beside it, the other count is still reported.
    assert.deepEqual(check(listCount, notice('4处建筑', 6).replace('现予公布。', '现予公布。其中2处建筑位于临清市。')).map((f) => f.text), ['4处']);
  });
  it('passes parts that are qualified (新增, 第一批, 首批, after …名录中，) or add up to the rows, and a table with sub-rows (redteam14)', () => {
    const plain = notice('6处建筑', 6).replace('东昌府区山陕会馆附属建筑等6处建筑为', '一批建筑为');
    assert.deepEqual(check(listCount, plain.replace('现予公布。', '现予公布。较第一批新增2处建筑。')), []);
    assert.deepEqual(check(listCount, plain.replace('现予公布。', '现予公布。第一批2处建筑于2025年挂牌。')), []);
    assert.deepEqual(check(listCount, plain.replace('现予公布。', '现予公布。本批名录中，2处建筑为首次认定。')), []);
    assert.deepEqual(check(listCount, plain.replace('现予公布。', '现予公布。东昌府区4处建筑、临清市2处建筑由属地负责保护。')), []);
    // Parts that do not add up, or a count standing alone, are still reported.
    assert.deepEqual(check(listCount, plain.replace('现予公布。', '现予公布。东昌府区4处建筑、临清市3处建筑由属地负责保护。')).map((f) => f.text), ['4处', '3处']);
    // Sub-rows under a numbered row (more than a page break's few lines): the numbering goes on after
    // them, so the first row alone is not the table's count (it said 列1处 before).
    const sub = notice('3处建筑', 2).replace('\n2\t', '\n\t（1）附属用房\t东昌府区\n\t（2）门楼\t东昌府区\n\t（3）戏楼\t东昌府区\n\t（4）碑亭\t东昌府区\n2\t') + '3\t建筑3\t临清市\n';
    assert.deepEqual(check(listCount, sub), []);
  });
  it('passes a count of another thing the table\'s noun opens (项目单位, 建筑所在地, 建筑负责人) (redteam14)', () => {
    for (const words of ['共涉及12个建筑所在地，', '由12名建筑负责人签订责任书，', '涉及3个建筑单位，']) {
      const text = notice('6处建筑', 6).replace('东昌府区山陕会馆附属建筑等6处建筑为', '一批建筑为').replace('现予公布。', `现予公布。${words}请做好保护工作。`);
      assert.deepEqual(check(listCount, text), [], words);
    }
    assert.deepEqual(check(listCount, notice('6处建筑', 6).replace('东昌府区山陕会馆附属建筑等6处建筑为', '12处建筑为')).map((f) => f.text), ['12处']);
  });
  it('passes counts of two tables whose nouns open alike (示范企业, 示范园区), each against the other table (red team 15)', () => {
    const two = (a: number, b: number) => `聊城市人民政府办公室\n\n聊政办字〔2025〕72号\n\n聊城市人民政府办公室关于公布数字经济示范企业和示范园区名单的通知\n\n各县（市、区）人民政府：\n\n市政府同意认定山东某某公司等${a}家数字经济示范企业、聊城高新区软件产业园等${b}个数字经济示范园区。\n\n附件：1.数字经济示范企业名单\n\n2.数字经济示范园区名单\n\n聊城市人民政府办公室\n\n2025年12月16日\n\n附件1\n\n数字经济示范企业名单\n\n序号\t企业名称\n1\t甲公司\n2\t乙公司\n3\t丙公司\n\n附件2\n\n数字经济示范园区名单\n\n序号\t园区名称\n1\t甲园区\n2\t乙园区\n`;
    assert.deepEqual(check(listCount, two(3, 2)), []);
    // A count its own table does not bear out is still reported.
    assert.deepEqual(check(listCount, two(4, 2)).map((f) => f.text), ['4家']);
  });
  it('reads an extracted issue too', () => {
    const issue = `聊城市人民政府公报\n\n2025年第3期\n\n目录\n\n关于公布第二批聊城市历史建筑名录的公告\n\n聊政字〔2025〕6号 7\n\n${notice('12处建筑', 6)}`;
    assert.deepEqual(check(listCount, issue).map((f) => f.text), ['12处']);
  });
});

describe('structure/list-count: a count in the body against the numbered list of the attachment it points to (probe17)', () => {
  const notice = (kept: number, repealed: number, n2 = 2) => `聊城市人民政府文件\n\n聊政发〔2023〕9号\n\n聊城市人民政府关于公布市政府行政规范性文件清理结果的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n一、继续有效的行政规范性文件共${kept}件（见附件1），自本通知公布之日起继续施行。\n\n二、决定废止的行政规范性文件共${repealed}件（见附件2），自本通知公布之日起停止执行。\n\n附件：1. 继续有效的行政规范性文件目录\n2. 决定废止的行政规范性文件目录\n\n聊城市人民政府\n\n2023年10月20日\n\n附件1\n\n继续有效的行政规范性文件目录\n\n1. 《聊城市人民政府关于加快聊城市金融产业高质量发展的意见》（聊政发〔2021〕5号）\n\n2. 《聊城市人民政府办公室关于印发聊城市行政检查管理暂行办法的通知》（聊政办字〔2023〕17号）\n\n附件2\n\n决定废止的行政规范性文件目录\n\n${Array.from({ length: n2 }, (_, k) => `${k + 1}. 《聊城市人民政府办公室关于印发某某方案${k + 1}的通知》（聊政办字〔2021〕${k + 10}号）`).join('\n\n')}\n`;
  it('passes counts that agree with the attachments\' lists', () => {
    assert.deepEqual(brief(notice(2, 2)), []);
  });
  it('reports a count the attachment\'s list does not bear', () => {
    assert.deepEqual(brief(notice(2, 3)), [[11, '3件', '正文称“3件”（见附件2），附件2列2件（两处数目不符，必有一处有误）：请核对数目。']]);
    assert.deepEqual(brief(notice(4, 2)).map((f) => f[1]), ['4件']);
  });
  it('says nothing when the list\'s numbering has a gap or two levels (its count is unsure)', () => {
    assert.deepEqual(brief(notice(2, 3).replace('2. 《聊城市人民政府办公室关于印发某某方案2', '3. 《聊城市人民政府办公室关于印发某某方案2')), []);
    // Two attachments labelled 附件2: which list the count means is unsure.
    assert.deepEqual(brief(notice(2, 3, 3).replace('附件1\n', '附件2\n')), []);
  });
});
