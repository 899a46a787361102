import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { reportRequest } from './report-request';

/** A 报告 to the province whose body holds `body` and ends with `close`. */
const report = (body: string, close = '特此报告。', kind = '报告') => `聊城市人民政府文件\n\n聊政呈〔2025〕4号                        签发人：张百顺\n\n聊城市人民政府关于2025年上半年安全生产工作情况的${kind}\n\n省人民政府：\n\n今年以来，全市安全生产形势总体平稳。现将有关情况报告如下。\n\n${body}\n\n${close}\n\n聊城市人民政府\n\n2025年7月15日\n`;
const brief = (text: string) => check(reportRequest, text).map((d) => [d.line, d.text]);

describe('structure/report-request', () => {
  it('reports a 报告 that closes by asking for a decision', () => {
    for (const [close, asked] of [['妥否，请批示。', '请批示'], ['以上报告，请审批。', '请审批'], ['当否，请批复。', '请批复'], ['以上报告如无不妥，请予批准。', '请予批准']]) {
      assert.deepEqual(brief(report('下一步，我市将持续开展安全生产治本攻坚行动。', close)), [[13, asked]], close);
    }
    const [d] = check(reportRequest, report('下一步，我市将持续开展安全生产治本攻坚行动。', '妥否，请批示。'));
    assert.equal(d.message, '报告中夹带了请示事项“请批示”（《党政机关公文处理工作条例》第十五条：报告中不得夹带请示事项）：报告只汇报情况，可用“特此报告”结束；需要上级批准的事项应另行请示。');
  });

  it('reports a request slipped into the body (恳请省政府批准…)', () => {
    const body = '下一步，我市将加强基层监管能力建设。同时，恳请省政府批准我市设立安全生产专项资金5000万元。';
    assert.deepEqual(brief(report(body)), [[11, '恳请省政府批准']]);
  });

  it('reports 呈请…批准, 请指示 and 望予批准 too (misses10)', () => {
    for (const [close, asked] of [['以上报告，呈请省政府批准。', '呈请省政府批准'], ['特呈请批准。', '特呈请批准'], ['当否，请指示。', '请指示'], ['以上报告，望予批准。', '望予批准'], ['盼予批复。', '盼予批复']]) {
      assert.deepEqual(brief(report('下一步，我市将持续开展安全生产治本攻坚行动。', close)), [[13, asked]], close);
    }
    assert.deepEqual(brief(report('下一步，我市将加强基层监管能力建设。为此，现呈请省政府审批我市安全生产专项资金计划。')), [[11, '现呈请省政府审批']]);
  });

  it('passes 呈请 told as past, an instruction received, and 望/盼 that ask no decision (misses10)', () => {
    for (const body of [
      '2025年3月，我市已呈请省政府批准设立安全生产专项资金，省政府已于5月批复同意。',
      '我市呈请了省应急厅审批危险化学品专项整治方案，目前已批复同意。',
      '请各地按照省政府指示要求抓好落实。',
      '按照省政府指示精神，我市开展了专项整治。',
      '希望省有关部门加大支持力度，盼望早日建成。',
      // The words of a request quoted, not asked (redteam2).
      '市政府常务会议研究后，以“当否，请指示”的方式向省政府请示了有关事项，并已收到省政府的答复。',
      '下一步，恳请省政府在项目审批、资金安排等方面继续给予支持。',
    ]) assert.deepEqual(brief(report(body)), [], body);
  });

  it('passes what only reports an approval or asks for no decision', () => {
    for (const body of [
      '按照省政府批复的实施方案，我市完成了重点行业领域专项整治。',
      '该项目已经省政府批准，已报请国务院批准的事项正在办理。',
      '我市申请省级专项资金2000万元，已获省财政厅批复。',
      '建议省有关部门加大对基层监管能力建设的支持力度。',
      '请各县（市、区）做好汛期安全生产工作。',
      // A request told as past, sent or answered (redteam).
      '2025年3月，我市向省政府呈报了《聊城市人民政府关于设立聊城化工产业园的请示》，请求批准设立化工产业园，省政府已于2025年5月批复同意。',
      '我市已向省政府报送《关于设立综合保税区的请示》，请求批准设立综合保税区。',
    ]) assert.deepEqual(brief(report(body)), [], body);
    // A request in a sentence that tells no past one is still reported.
    assert.deepEqual(brief(report('园区建设资金缺口较大，请求省政府批准安排专项资金，省政府已批复的项目要加快建设。')).map((f) => f[1]), ['请求省政府批准']);
    for (const close of ['特此报告。', '专此报告。', '以上报告，请审阅。', '以上报告如无不妥，请批转各地执行。']) {
      assert.deepEqual(brief(report('下一步，我市将持续开展安全生产治本攻坚行动。', close)), [], close);
    }
  });

  it('passes a request the 报告 says was sent in a separate 请示 (已另文请示，恳请…一事), keeps a request asked beside it', () => {
    for (const body of [
      '对设立安全生产专项资金，我市已另文请示，恳请省政府予以批准。',
      '我市已另文请示，恳请省政府批准设立聊城综合保税区一事，此处不再赘述。',
      '关于恳请省政府批准设立聊城综合保税区一事，我市已另文请示。',
      '对恳请省政府核准的化工园区扩区事项，我市已专文请示。',
      '需要省政府审批的事项，我市将另行请示。',
    ]) assert.deepEqual(brief(report(body)), [], body);
    // Still reported: a request asked in the 报告 itself, with no word of a separate 请示 before it.
    assert.deepEqual(brief(report('恳请省政府批准设立聊城综合保税区，有关情况另文报告。')).map((f) => f[1]), ['恳请省政府批准']);
    assert.deepEqual(brief(report('我市已另文请示有关事项。下一步，恳请省政府批准设立安全生产专项资金。')).map((f) => f[1]), ['恳请省政府批准']);
  });

  it('leaves a 请示, and a 印发 notice of a 报告', () => {
    assert.deepEqual(brief(report('下一步，我市将持续开展安全生产治本攻坚行动。', '妥否，请批示。', '请示')), []);
    const issuing = '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于转发市应急局2025年上半年安全生产工作情况报告的通知\n\n各县（市、区）人民政府：\n\n现将该报告转发给你们，请结合实际认真贯彻执行。妥否，请批示。\n\n聊城市人民政府办公室\n2025年7月20日\n';
    assert.deepEqual(brief(issuing), []);
  });

  it('reports a title whose 文种 is 请示报告', () => {
    assert.deepEqual(brief(report('下一步，我市将持续开展安全生产治本攻坚行动。', '特此报告。', '请示报告')),
      [[5, '聊城市人民政府关于2025年上半年安全生产工作情况的请示报告']]);
  });
});
