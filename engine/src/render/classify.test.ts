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
