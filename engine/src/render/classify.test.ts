// What each paragraph of a document is (classify.ts), read from the parser's model: the head's title,
// the 主送 and an attachment's title and the lines under it, exact.
import { strict as assert } from 'assert';
import { layoutText } from './index';

const roles = (text: string) => layoutText(text).docs.map((d) => ({ title: d.title, blocks: d.blocks.map((b) => [b.role, b.text]) }));

describe('classify: a 通报\'s title on two lines, the first the mark\'s name', () => {
  const TITLE = ['聊城市人民政府办公室', '关于2025年第三季度重点项目进展情况的通报'];
  const doc = (title: string[]) => ['聊城市人民政府办公室', '', '聊政办字〔2025〕40号', '', ...title, '',
    '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：', '', '　　现将有关情况通报如下。', '',
    '聊城市人民政府办公室', '2025年10月15日', ''].join('\n');

  it('is the title, both lines; the 主送 under it is the 主送 alone', () => {
    for (const second of [TITLE[1], '关于第三季度重点项目进展情况的通报']) {
      assert.deepEqual(roles(doc([TITLE[0], second])), [{
        title: `聊城市人民政府办公室${second}`,
        blocks: [
          ['mark', '聊城市人民政府办公室'], ['number', '聊政办字〔2025〕40号'], ['title', `聊城市人民政府办公室${second}`],
          ['recipient', '各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：'], ['body', '现将有关情况通报如下。'],
          ['signature', '聊城市人民政府办公室'], ['date', '2025年10月15日'],
        ],
      }], second);
    }
  });

  it('the page prints the title on its two lines as written and the 主送 under it', () => {
    const page = layoutText(doc(TITLE)).pages[0];
    const lines = page.lines.filter((l) => l.role === 'title' || l.role === 'recipient').map((l) => [l.role, l.segs.map((s) => s.text).join('')]);
    assert.deepEqual(lines, [
      ['title', '聊城市人民政府办公室'], ['title', '关于2025年第三季度重点项目进展情况的通报'],
      ['recipient', '各县（市、区）人民政府，市属开发区管委会，市政府各部门、'], ['recipient', '直属机构：'],
    ]);
  });
});

describe('classify: a form\'s header line under an attachment\'s title', () => {
  const FORM = ['附件2', '', '安全生产大检查进展情况统计表', '', '填报单位：　　　　　　　　　　填报日期：　　年　　月　　日', '',
    '序号\t县（市、区）\t检查企业数', '1\t东昌府区\t120', ''];
  const doc = ['聊城市人民政府办公室', '', '聊政办字〔2025〕31号', '', '聊城市人民政府办公室关于开展2025年全市安全生产大检查的通知', '',
    '各县（市、区）人民政府：', '', '　　各单位请于每月5日前报送附件2。', '', '　　附件：1. 安全生产大检查重点内容', '　　　　　2. 安全生产大检查进展情况统计表', '',
    '聊城市人民政府办公室', '2025年8月20日', '', '附件1', '', '安全生产大检查重点内容', '', '　　（一）危险化学品。', '', ...FORM].join('\n');

  it('is a line of its own, not the title\'s second line, its full-width spaces kept', () => {
    const blocks = roles(doc)[0].blocks;
    assert.deepEqual(blocks.slice(blocks.findIndex((b) => b[1] === '附件2')), [
      ['attachLabel', '附件2'], ['attachTitle', '安全生产大检查进展情况统计表'],
      ['body', '填报单位：　　　　　　　　　　填报日期：　　年　　月　　日'],
      ['row', '序号\t县（市、区）\t检查企业数'], ['row', '1\t东昌府区\t120'],
    ]);
  });

  it('the page prints the title alone on its line, the header line under it as written', () => {
    const page = layoutText(doc).pages.at(-1)!;
    assert.deepEqual(page.lines.filter((l) => l.role !== 'row').map((l) => [l.role, l.segs.map((s) => s.text).join('')]), [
      ['attachLabel', '附件2'], ['attachTitle', '安全生产大检查进展情况统计表'],
      ['body', '填报单位：　　　　　　　　　　填报日期：　　年　　月'], ['body', '　　日'],
    ]);
  });
});

describe('full-width spaces put back, however many', () => {
  it('a 纪要\'s office and date line typed with them prints the office alone, the date against the right', () => {
    const text = ['聊城市人民政府常务会议纪要', '', '〔2025〕第12次', '', '聊城市人民政府办公室　　　　　　　　　　2025年8月26日', '',
      '　　2025年8月25日，市长主持召开会议。纪要如下：', ''].join('\n');
    const lines = layoutText(text).pages[0].lines.filter((l) => l.role === 'imprint').map((l) => [l.col, l.segs.map((s) => s.text).join('')]);
    assert.deepEqual(lines, [[1, '聊城市人民政府办公室'], [20.5, '2025年8月26日']]);
  });
});
