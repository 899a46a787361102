import * as assert from 'node:assert';
import { check } from '../testing';
import { articleRef } from './article-ref';

const rules = (articles: string[]) => `聊城市人民政府办公室文件

聊政办字〔2024〕20号

聊城市人民政府办公室
关于印发聊城市再生水利用管理办法的通知

各县（市、区）人民政府，市政府各部门：
    《聊城市再生水利用管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。

聊城市人民政府办公室
2024年12月27日

聊城市再生水利用管理办法

${articles.join('\n')}
`;

const ok = [
  '第一条 为促进再生水利用，制定本办法。',
  '第二条 本办法适用于本市行政区域。',
  '第三条 再生水利用应当符合国家标准。',
  '违反前款规定的，依照《中华人民共和国水法》第七十二条规定处理。',
  '第四条 违反本办法第三条规定的，由主管部门责令改正；本条所称主管部门，是指市水利局。',
  '第五条 本办法第一条、第二条的解释由市水利局负责。',
];

describe('cross-ref/article-ref', () => {
  it('accepts references to existing articles, 前款 in a second paragraph, and other laws\' articles', () => {
    assert.deepStrictEqual(check(articleRef, rules(ok)), []);
  });

  it('reports an article that does not exist, in a run of references too', () => {
    const text = rules([...ok.slice(0, 5), '第五条 本办法第一条、第九条的解释由市水利局负责。']);
    assert.deepStrictEqual(check(articleRef, text).map((f) => [f.line, f.column, f.text, f.message]), [[21, 12, '第九条',
      '引用的“第九条”不存在：本文件（该部分）的条款为第一条至第五条，没有第九条。请核对条号。']]);
  });

  it('reports 前款 in the first paragraph of an article', () => {
    const text = rules([...ok.slice(0, 3), '第四条 违反前款规定的，由主管部门责令改正。']);
    assert.deepStrictEqual(check(articleRef, text).map((f) => [f.line, f.column, f.text]), [[19, 7, '前款']]);
  });
});
