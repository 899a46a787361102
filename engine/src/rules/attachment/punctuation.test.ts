import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { punctuation } from './punctuation';
import { doc } from './test-fixtures';

describe('attachment/punctuation', () => {
  it('flags punctuation after names and removes it', () => {
    const text = doc(['附件：1. 工作方案；', '2. 任务清单（略）。']);
    assert.deepEqual(check(punctuation, text).map((d) => [d.line, d.column, d.text]), [[6, 11, '；'], [7, 11, '。']]);
    assert.equal(check(punctuation, text)[0].message, '附件名称后不加标点符号，应删去“；”（GB/T 9704—2012 第7.3.4条）。');
    assert.equal(fixed(punctuation, text), doc(['附件：1. 工作方案', '2. 任务清单（略）']));
  });

  it('flags a name set in 《》 and removes the marks, keeping its （略） and a wrap inside it', () => {
    const text = doc(['附件：1. 《工作方案》', '2. 《任务清单》（略）', '3. 《城市更新重点项目', '清单》']);
    assert.deepEqual(check(punctuation, text).map((d) => [d.line, d.column, d.text, d.message]), [
      [6, 7, '《工作方案》', '附件名称不加书名号（GB/T 9704—2012 第7.3.4条：附件名称后不加标点符号，书名号也是标点符号）：应为“工作方案”。'],
      [7, 4, '《任务清单》', '附件名称不加书名号（GB/T 9704—2012 第7.3.4条：附件名称后不加标点符号，书名号也是标点符号）：应为“任务清单”。'],
      [8, 4, '《城市更新重点项目\n清单》', '附件名称不加书名号（GB/T 9704—2012 第7.3.4条：附件名称后不加标点符号，书名号也是标点符号）：应为“城市更新重点项目清单”。'],
    ]);
    assert.equal(fixed(punctuation, text), doc(['附件：1. 工作方案', '2. 任务清单（略）', '3. 城市更新重点项目', '清单']));
  });

  it('leaves a name that only cites a title inside it, or 《》 that do not wrap the whole name', () => {
    for (const note of [['附件：《聊城市城市更新条例》实施细则'], ['附件：1. 贯彻落实《行动方案》任务清单', '2. 任务分工']]) {
      assert.deepEqual(check(punctuation, doc(note)), [], note.join('⏎'));
    }
  });
});
