import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { articleEnd } from './article-end';
import { decreeCutByPage } from '../../parse/decree-fixture';

/** A 办法 in two chapters whose 第二条 is the paragraphs given; 第三条 opens the second chapter. */
const rules = (...article: string[]) => ['聊城市电动自行车停放充电管理办法', '', '第一章 总则', '', '第一条 为了加强电动自行车停放充电管理，制定本办法。', '',
  ...article.flatMap((p) => [p, '']), '第二章 设施建设', '', '第三条 新建住宅小区应当同步建设电动自行车集中停放场所。', '',
  '第四条 本办法自2025年4月1日起施行。', ''].join('\n');
const found = (text: string) => check(articleEnd, text).map((f) => [f.line, f.text, f.message]);

describe('punctuation/article-end', () => {
  it('reports an article ending in ； or ， before the next chapter or article, and writes 。 (probe20)', () => {
    const text = rules('第二条 住房城乡建设、公安等部门按照各自职责，做好相关工作；');
    assert.deepEqual(found(text), [[7, '；', '条文末尾应以句号结束：此处“；”应为“。”（本条到此结束，紧接下一章；以“；”结尾则句子未完，多是删改条文时遗留）。']]);
    assert.equal(fixed(articleEnd, text), rules('第二条 住房城乡建设、公安等部门按照各自职责，做好相关工作。'));
    // Its second 款 ending in ，, before the next article.
    const two = rules('第二条 住房城乡建设部门负责设施建设的监督管理。', '公安、市场监管等部门按照各自职责，');
    assert.deepEqual(found(two).map((f) => [f[0], f[1]]), [[9, '，']]);
    // Hard-wrapped over a blank line (工 ⏎ 作；): the same paragraph's end.
    assert.deepEqual(found(rules('第二条 各部门按照各自职责，做好相关工', '作；')).map((f) => f[1]), ['；']);
  });

  it('passes articles closed by 。, a listed item (item-list-end\'s), and an article whose next is in another text', () => {
    assert.deepEqual(found(rules('第二条 各部门按照各自职责，做好相关工作。')), []);
    assert.deepEqual(found(rules('第二条 有下列情形之一的，应当退出：', '（一）入住期限届满的；', '（二）违反本办法规定的；')), []);
    // The last article of the text: no next article to close against.
    assert.deepEqual(found(['第一条 为了加强管理，制定本办法。', '', '第二条 本办法自2025年4月1日起施行；', ''].join('\n')), []);
  });
});

describe('punctuation/article-end: an article the page cuts, its tail at a fragment\'s head (probe22)', () => {
  // The 令's 第四条 is cut at （下转第4页）; its tail, then 第三章 附则 and the last article, is printed
  // after the next document's date as （上接第2页）…: the fragment's head is the article's own end,
  // read in order (the page numbers joined it), so its closing mark is judged as anywhere else.
  const issue = (mark: string) => decreeCutByPage(mark, '第五条');
  it('reports the article\'s tail ending in ； before the chapter, and passes 。', () => {
    assert.deepEqual(check(articleEnd, issue('。')), []);
    assert.deepEqual(check(articleEnd, issue('；')).map((f) => [f.line, f.text]), [[61, '；']]);
  });
});
