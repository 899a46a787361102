// Which lines join into one paragraph (paragraphs.ts, continues): the paragraphs of a document's
// body, read from its text.
import * as assert from 'node:assert/strict';
import { SourceText } from '../text/source';
import { parseGazette } from './gazette';

/** The paragraphs after the 主送 line of a draft whose body is `lines`. */
const body = (lines: string[]) => parseGazette(new SourceText(['聊政办字〔2025〕9号', '', '关于某事的通知', '', '各县（市、区）人民政府：', '', ...lines].join('\n')))
  .documents[0].paragraphs.slice(1).map((p) => p.text);

describe('parser: a label line before a title that opens with a number', () => {
  it('an attachment\'s label (附件1) is no wrapped line: the year or the 年度 after it opens the title', () => {
    assert.deepEqual(body(['附件1', '', '2025年春季造林绿化任务分解表', '', '附件2', '', '年度评估指标']),
      ['附件1', '2025年春季造林绿化任务分解表', '附件2', '年度评估指标']);
    assert.deepEqual(body(['专栏3', '2025年重点项目']), ['专栏3', '2025年重点项目']);
  });

  it('a number a wrap cut in two still joins, as does a decree\'s number cut from its 号', () => {
    assert.deepEqual(body(['公告期为2024年11月13日至2', '024年11月28日。']), ['公告期为2024年11月13日至2024年11月28日。']);
    assert.deepEqual(body(['《聊城市某某办法》（聊城市人民政府令', '第34', '号公布）同时废止。']), ['《聊城市某某办法》（聊城市人民政府令第34号公布）同时废止。']);
  });
});
