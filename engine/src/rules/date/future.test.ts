import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { future } from './future';
import { opts, with_ } from './test-fixtures';

describe('date/future', () => {
  it('flags a draft dated after today', () => {
    const text = with_('2024年7月3日\n', '2025年7月3日\n');
    assert.deepEqual(check(future, text, opts).map((d) => [d.line, d.text, d.message]), [
      [7, '2025年7月3日', '成文日期“2025年7月3日”晚于今天（2024年7月10日）：公文签发、付印的日期不会晚于今天，多为年份或月份的笔误（GB/T 9704—2012 第7.3.5.4条）。请核对年份、月份，改为实际的日期。'],
    ]);
  });

  it('never judges an issue against today', () => {
    const issue = [
      '聊城市人民政府公报', '2030', '第1期', '目录', '◎市政府文件',
      '聊城市人民政府关于甲事项的通知', '聊政字〔2030〕15号 2', '',
      '聊城市人民政府', '聊政字〔2030〕15号', '聊城市人民政府关于甲事项的通知', '各县（市、区）人民政府：',
      '一、做好甲事项。', '聊城市人民政府', '2030年11月29日', '',
    ].join('\n');
    assert.deepEqual(check(future, issue, opts), []);
  });
});
