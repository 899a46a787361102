import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { issueNumber } from './issue-number';

/** A small issue: cover and masthead as given, a one-entry 目录, a 任免 notice, then 大事记 of the months given. */
function issue(front: string[], months: number[] = []): string {
  const toc = ['目录', '◎政务动态', '关于任免刘海涛等工作人员职务的通知', '聊政任〔2024〕3号 32', ...months.map((m, i) => `聊城市人民政府大事记（2024年${m}月） ${34 + i}`)];
  const doc = ['', '聊城市人民政府关于任免刘海涛等工作人员职务的通知', '聊政任〔2024〕3号', '各县（市、区）人民政府，市政府各部门：',
    '市人民政府决定，任命刘海涛为聊城市交通运输局局长。', '聊城市人民政府', '2024年7月9日'];
  const chronicles = months.flatMap((m) => ['', '聊城市人民政府大事记', `（2024年${m}月）`, '5日，全市经济运行分析会议召开。']);
  return [...front, '', ...toc, ...doc, ...chronicles, ''].join('\n');
}
const COVER = ['聊城市人民政府公报', '', '2024', '', '第6-8期（总第255-257期）', ''];
const run = (front: string[], months?: number[]) => check(issueNumber, issue(front, months)).map((f) => [f.line, f.text, f.message]);

describe('structure/issue-number', () => {
  it('passes a cover and masthead that agree, in any layout the extraction gives them', () => {
    assert.deepEqual(run([...COVER, '聊城市人民政府公报', '2024年第6-8期', '(总第255-257期)'], [6, 7, 8]), []);
    assert.deepEqual(run(['# 聊城市人民政府公报', '', '2021  ', '第4期（总第217期）', '', '## 聊城市人民政府公报', '', '2021年第4期  ', '(总第217期)']), []);
    assert.deepEqual(run(['聊城市人民政府公报', '2024', '第11-12期（总第260-261期）', '2024 年第 11-12 期', '(总第 260-261 期)', '刊号：聊新出准字【2008】13号']), []);
  });

  it('reports a masthead that differs from the cover', () => {
    assert.deepEqual(run([...COVER, '2024年第6-8期', '(总第255-258期)']), [[8, '255-258期', '本期的总期数“总第255-258期”与第5行的“总第255-257期”不一致：公报封面和版权页上的年份、期数、总期数应一致，请核对后统一。']]);
    assert.deepEqual(run([...COVER, '2024年第6-7期', '(总第255-257期)']).map((f) => f[2]), ['本期的期数“第6-7期”与第5行的“第6-8期”不一致：公报封面和版权页上的年份、期数、总期数应一致，请核对后统一。']);
    assert.deepEqual(run([...COVER, '2023年第6-8期', '(总第255-257期)']).map((f) => f[2]), ['本期的年份“2023”与第3行的“2024”不一致：公报封面和版权页上的年份、期数、总期数应一致，请核对后统一。']);
  });

  it('reports a combined issue whose 总期数 span another count of issues', () => {
    assert.deepEqual(run(['聊城市人民政府公报', '2024', '第6-8期（总第255-256期）', '2024年第6-8期', '(总第255-256期)']), [[3, '255-256期', '本期“第6-8期”含3期，总期数却是“总第255-256期”（2期）：合刊的期数与总期数应同样多、前小后大，请核对总期数。']]);
  });

  it('reports a 大事记 of a month outside the issue, where its other 大事记 are of the issue\'s months', () => {
    assert.deepEqual(run([...COVER, '2024年第6-8期', '(总第255-257期)'], [6, 7, 9]).map((f) => [f[1], f[2]]), [['2024年9月', '大事记的月份“2024年9月”不在本期（2024年第6-8期）之内：本期其他大事记记载的都是本期期数所对应的月份，请核对大事记的年月。']]);
    // No 大事记 of the issue's months: its 期数 need not be months (a semimonthly gazette).
    assert.deepEqual(run([...COVER, '2024年第6-8期', '(总第255-257期)'], [3]), []);
  });
});

describe('structure/issue-number: a document signed after the issue', () => {
  it('reports a 成文日期 after the issue\'s last month, where its 大事记 show its 期数 are months', () => {
    const text = issue([...COVER, '2024年第6-8期', '(总第255-257期)'], [6, 7, 8]).replace('2024年7月9日', '2024年10月9日');
    assert.deepEqual(check(issueNumber, text).map((f) => [f.text, f.message]), [['2024年10月9日', '成文日期“2024年10月9日”晚于本期（2024年第6-8期）所对应的月份：本期大事记记载的是本期期数所对应的月份，刊登的文件不会在本期之后成文，请核对成文日期的年、月。']]);
    // Without a 大事记 of the issue's months, nothing says its 期数 are months.
    assert.deepEqual(check(issueNumber, issue([...COVER, '2024年第6-8期', '(总第255-257期)']).replace('2024年7月9日', '2024年10月9日')), []);
  });
});

describe('structure/issue-number: a document signed after the issue, in an issue without a 大事记', () => {
  /** An issue of 任免 notices dated as given, no 大事记. */
  const notices = (front: string[], dates: string[]) => {
    const toc = ['目录', '◎政务动态', ...dates.flatMap((_, i) => [`关于任命刘海${'一二三四五六'[i]}职务的通知`, `聊政任〔2024〕${i + 3}号 ${30 + i}`])];
    const docs = dates.flatMap((d, i) => ['', `聊城市人民政府关于任命刘海${'一二三四五六'[i]}职务的通知`, `聊政任〔2024〕${i + 3}号`, '各县（市、区）人民政府，市政府各部门：',
      `市人民政府决定，任命刘海${'一二三四五六'[i]}为聊城市交通运输局副局长。`, '聊城市人民政府', d]);
    return [...front, '', ...toc, ...docs, ''].join('\n');
  };
  const FRONT = ['聊城市人民政府公报', '', '2024', '', '第3期（总第252期）', '', '2024年第3期', '(总第252期)'];
  it('reports the one document signed after the issue\'s month when its other documents (four at least) fall in the year up to it (probe18 slip 199)', () => {
    const dates = ['2024年2月20日', '2024年3月1日', '2024年3月5日', '2024年3月8日', '2024年4月12日'];
    assert.deepEqual(check(issueNumber, notices(FRONT, dates)).map((f) => [f.text, f.message]), [['2024年4月12日', '成文日期“2024年4月12日”晚于本期（2024年第3期）所对应的月份：本期其他4份文件都在本期期数所对应的月份之内成文，刊登的文件不会在本期之后成文，请核对成文日期的年、月。']]);
    // Two late, or only three others: the 期数 need not be months (a quarterly or semimonthly gazette).
    assert.deepEqual(check(issueNumber, notices(FRONT, [...dates.slice(0, 4), '2024年4月12日', '2024年5月9日'].slice(1))), []);
    assert.deepEqual(check(issueNumber, notices(FRONT, dates.slice(1))), []);
    assert.deepEqual(check(issueNumber, notices(FRONT, dates.slice(0, 4))), []);
  });
});

describe('structure/issue-number: a year not its number\'s', () => {
  it('leaves a 成文日期 whose year is not its number\'s to doc-number/year-date', () => {
    const text = issue([...COVER, '2024年第6-8期', '(总第255-257期)'], [6, 7, 8]).replace('2024年7月9日', '2025年7月9日');
    assert.deepEqual(check(issueNumber, text), []);
  });
});
