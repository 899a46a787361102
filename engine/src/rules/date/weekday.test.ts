import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { weekday } from './weekday';

const notice = (body: string) => `聊城市人民政府办公室\n\n聊政办字〔2026〕20号\n\n聊城市人民政府办公室关于开展2026年度行政规范性文件清理工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n${body}\n\n聊城市人民政府办公室\n\n2026年5月12日\n`;
const brief = (text: string) => check(weekday, text).map((d) => [d.line, d.text, d.message]);

describe('date/weekday', () => {
  it('reports a weekday the calendar does not give (bracketed, 周X, 星期日/天)', () => {
    assert.deepEqual(brief(notice('各起草部门于2026年6月30日（星期三）前将清理意见表报送市司法局。')), [
      [9, '2026年6月30日（星期三', '2026年6月30日是星期二，不是星期三（日期与星期不符，可能沿用了旧稿）：若日期无误，应为“星期二”；否则请改正日期。'],
    ]);
    assert.deepEqual(brief(notice('培训定于2026年6月28日周六上午9:00举行。')).map((f) => f[2]),
      ['2026年6月28日是周日，不是周六（日期与星期不符，可能沿用了旧稿）：若日期无误，应为“周日”；否则请改正日期。']);
    assert.deepEqual(brief(notice('会议定于2026年6月27日(星期天)召开。')).length, 1);
  });

  it('reads the weekdays of a span after its last date as the span\'s: the last one is that date\'s (redteam4)', () => {
    assert.deepEqual(brief(notice('假期为2025年12月31日至2026年1月2日（星期三至星期五），培训于2026年6月29日—7月3日（周一—周五）举办。')), []);
    assert.deepEqual(brief(notice('假期为2025年12月31日至2026年1月2日（星期三至星期四）。')).map((f) => f[2]),
      ['2026年1月2日是星期五，不是星期四（日期与星期不符，可能沿用了旧稿）：若日期无误，应为“星期五”；否则请改正日期。']);
  });

  it('passes the right weekday, 星期天 for 星期日, and dates without one', () => {
    for (const body of ['各起草部门于2026年6月30日（星期二）前报送。', '会议定于2026年6月28日（星期天）召开。',
      '会议定于2026年6月28日（星期日）召开。', '2026年6月30日周二前完成。', '于2026年6月30日前完成，周边地区同步开展。',
      '2026年6月30日周边县区同步开展。', '于2026年2月30日（星期一）前报送。']) {
      assert.deepEqual(brief(notice(body)), [], body);
    }
  });
});
