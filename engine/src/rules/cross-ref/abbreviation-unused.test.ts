import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { abbreviationUnused } from './abbreviation-unused';

const opinion = (body: string) => `聊城市人民政府文件\n\n聊政发〔2026〕3号\n\n聊城市人民政府关于加快地热能规模化开发利用的意见\n\n各县（市、区）人民政府，市属开发区管委会，市政府各部门：\n\n${body}\n\n聊城市人民政府\n\n2026年2月5日\n`;
const brief = (text: string) => check(abbreviationUnused, text).map((d) => [d.line, d.text, d.message]);

describe('cross-ref/abbreviation-unused', () => {
  it('reports an abbreviation never used after its definition (plain or a title)', () => {
    assert.deepEqual(brief(opinion('进一步落实《聊城市人民政府关于推进地热能开发利用的实施意见》（聊政字〔2024〕20号，以下简称《实施意见》），现提出如下意见。\n\n到2028年，全市地热能供暖面积较聊政字〔2024〕20号文件确定的目标提高20%。')), [
      [9, '（聊政字〔2024〕20号，以下简称《实施意见》）', '简称“《实施意见》”定义后下文未再使用（简称为下文称引而设，定义后不用，括注多余）：删去此括注，或在下文用简称“《实施意见》”代替全称。'],
    ]);
    assert.deepEqual(brief(opinion('依托大数据平台建设公共数据开放网站（以下简称“开放网站”），统一发布开放数据。\n\n开放数据目录由市大数据局统一编制。')).map((f) => f[1]),
      ['（以下简称“开放网站”）']);
  });

  it('passes an abbreviation used later (or its full name written again: the slip cross-ref/abbreviation reports), in the same sentence, in an attached text, or wrapped over a line', () => {
    for (const body of [
      '开展全市地热资源勘查评价（以下简称资源评价），资源评价结果作为规划编制的依据。',
      '开展全市地热资源勘查评价（以下简称资源评价）。\n\n（一）资源评价结果向社会公开。',
      '开展全市地热资源勘查评价（以下简称资源评价）。\n\n（一）资源\n\n评价结果向社会公开。',
      '依托大数据平台建设公共数据开放网站（以下简称“开放网站”）。\n\n公共数据开放网站由市大数据局运行维护。',
      '将第三条修改为：“市大数据主管部门建设全市一体化大数据平台（以下简称大数据平台）。”',
    ]) assert.deepEqual(brief(opinion(body)), [], body);
    const notice = '聊城市人民政府办公室\n\n聊政办字〔2026〕12号\n\n聊城市人民政府办公室关于印发聊城市邮政快递业绿色发展实施方案的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市邮政快递业绿色发展实施方案》（以下简称《方案》）已经市政府同意，现印发给你们，请认真贯彻落实。\n\n聊城市人民政府办公室\n\n2026年3月16日\n\n聊城市邮政快递业绿色发展实施方案\n\n各县（市、区）要按照《方案》要求，建立工作推进机制。\n';
    assert.deepEqual(brief(notice), []);
  });

  it('judges an issue\'s document printed in one piece, not one cut over pages (probe11)', () => {
    const toc = '聊城市人民政府公报\n\n2026年第3期\n\n目 录\n\n◎市政府文件\n\n关于加快地热能规模化开发利用的意见\n\n聊政发〔2026〕3号 2\n\n';
    const body = '统筹黄河水、地表水和地下水（以下简称“三水”），保障城乡用水。\n\n到2028年，全市地热能供暖面积达到1000万平方米。';
    assert.deepEqual(brief(toc + opinion(body)).map((f) => f[1]), ['（以下简称“三水”）']);
    // Cut at a （下转第N页）: the rest, which may use it, is printed elsewhere.
    assert.deepEqual(brief(toc + opinion(body.replace('到2028年，', '到2028年，（下转第9页）'))), []);
  });
});
