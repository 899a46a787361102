import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { ellipsisDash } from './ellipsis-dash';

const WHY = 'GB/T 15834—2011《标点符号用法》：省略号为六个点“……”，破折号为两字线“——”';
const HEAD = '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n';
const TAIL = '\n\n聊城市人民政府办公室\n2025年6月3日\n';
const draft = (body: string) => HEAD + body + TAIL;

describe('punctuation/ellipsis-dash', () => {
  it('reports ... ...... and a lone … for ……, and -- for ——, and fixes them', () => {
    const text = draft('改造供水、供电、供气管网...加强河道、水库、塘坝......巡查。完善预案…。坚持以人民为中心--统筹推进。');
    assert.deepEqual(check(ellipsisDash, text).map((d) => [d.text, d.message]), [
      ['...', `省略号应写作“……”，不用“...”（${WHY}）。`],
      ['......', `省略号应写作“……”，不用“......”（${WHY}）。`],
      ['…', `省略号应写作“……”，不用“…”（${WHY}）。`],
      ['--', `破折号应写作“——”，不用“--”（${WHY}）。`],
    ]);
    assert.equal(fixed(ellipsisDash, text), draft('改造供水、供电、供气管网……加强河道、水库、塘坝……巡查。完善预案……。坚持以人民为中心——统筹推进。'));
  });

  it('passes ……, ——, a connecting — (山东—济州, 2024—2026年), ranges, dot leaders and ASCII runs', () => {
    const body = '改造供水、供电、供气管网……加强巡查——重点是汛前。开展“山东—济州交流周”，编制规划（2024—2026年），补助1—3万元。' +
      '详见 www.liaocheng.gov.cn 或 http://a.b/c...d 页面，编号LCCR-2021-01，温度-5--10℃。\n\n防汛工作方案......3';
    assert.deepEqual(check(ellipsisDash, draft(body)), []);
  });

  it('reports a span of years written with - or ~ and writes —', () => {
    const text = draft('编制《聊城市城市更新规划（2025-2027年）》，2025~2026年完成试点。');
    assert.deepEqual(check(ellipsisDash, text).map((d) => [d.text, d.message]), [
      ['-', '表示年份起止应使用连接号“—”，不用“-”（GB/T 15834—2011《标点符号用法》：标示数值范围用一字线“—”或浪纹线“～”）：应为“2025—2027年”。'],
      ['~', '表示年份起止应使用连接号“—”，不用“~”（GB/T 15834—2011《标点符号用法》：标示数值范围用一字线“—”或浪纹线“～”）：应为“2025—2026年”。'],
    ]);
    assert.equal(fixed(ellipsisDash, text), draft('编制《聊城市城市更新规划（2025—2027年）》，2025—2026年完成试点。'));
  });

  it('passes 2025—2027年, 2025～2027年, a code, a date, a falling pair and a span not of years', () => {
    assert.deepEqual(check(ellipsisDash, draft('规划（2025—2027年），2025～2027年，编号LCCR-2021-2022年度，2025-08-05起，2027-2025年对比，1-3万元。')), []);
  });
});
