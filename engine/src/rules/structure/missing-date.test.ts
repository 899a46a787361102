import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { missingDate } from './missing-date';

const HEAD = '聊城市人民政府办公室\n关于做好秋季安全生产工作的通知\n各县（市、区）人民政府，市政府有关部门：\n为做好秋季安全生产工作，现将有关事项通知如下。\n一、加强组织领导。各地要高度重视。\n二、及时报送信息。请于9月底前报送。\n';

describe('structure/missing-date', () => {
  it('accepts a signature with its date', () => {
    assert.deepEqual(check(missingDate, HEAD + '聊城市人民政府办公室\n2024年9月3日\n'), []);
  });

  it('leaves a date in a wrong form to the date rules', () => {
    assert.deepEqual(check(missingDate, HEAD + '聊城市人民政府办公室\n二〇二四年九月三日\n'), []);
    // A draft for signing, its day (or month and day) left blank (redteam7).
    for (const blank of ['2024年9月　日', '2024年9月  日', '2024年　月　日']) {
      assert.deepEqual(check(missingDate, HEAD + `聊城市人民政府办公室\n${blank}\n`), [], blank);
    }
  });

  it('reports a signature without a date', () => {
    assert.deepEqual(check(missingDate, HEAD + '聊城市人民政府办公室\n'), [{
      ruleId: 'structure/missing-date', line: 7, column: 1, text: '聊城市人民政府办公室',
      message: '署名“聊城市人民政府办公室”下缺少成文日期（GB/T 9704—2012 第7.3.5条）：应在署名下一行写成文日期，用阿拉伯数字标全年、月、日，如“2024年7月3日”。',
    }]);
  });

  it('reports a signature without a date followed by the 附注, 抄送 and 印发 lines', () => {
    const tail = '（此件公开发布）\n抄送：市委各部门，市人大常委会办公室，市政协办公室。\n聊城市人民政府办公室　　　　2024年9月3日印发\n';
    assert.deepEqual(check(missingDate, HEAD + '聊城市人民政府办公室\n' + tail).map((f) => [f.line, f.text]), [[7, '聊城市人民政府办公室']]);
    assert.deepEqual(check(missingDate, HEAD + '聊城市人民政府办公室\n2024年9月3日\n' + tail), []);
  });

  it('is silent for an unsigned draft', () => {
    assert.deepEqual(check(missingDate, HEAD), []);
  });
});

describe('structure/missing-date: a 决议 (gaps6)', () => {
  const TITLE = '聊城市第十八届人民代表大会第四次会议关于聊城市人民政府工作报告的决议';
  const BODY = '聊城市第十八届人民代表大会第四次会议听取和审议了市长张三所作的政府工作报告，决定批准这个报告。\n会议要求，市人民政府要扎实推动高质量发展。\n';
  it('reports a 决议 with no line under its title saying when it was passed, and no date', () => {
    assert.deepEqual(check(missingDate, `${TITLE}\n${BODY}`).map((d) => [d.line, d.message]), [[1,
      '决议缺少通过日期：决议的日期是会议通过的日期，应在标题下一行用圆括号注明通过的日期和会议，如“（2025年3月5日聊城市第十八届人民代表大会第四次会议通过）”。']]);
  });
  it('accepts that line (its date in Arabic or Chinese numerals), or a date at the end', () => {
    assert.deepEqual(check(missingDate, `${TITLE}\n（2025年3月5日聊城市第十八届人民代表大会第四次会议通过）\n${BODY}`), []);
    assert.deepEqual(check(missingDate, `${TITLE}\n（二〇二五年三月五日聊城市第十八届人民代表大会第四次会议通过）\n${BODY}`), []);
    assert.deepEqual(check(missingDate, `${TITLE}\n${BODY}聊城市人民代表大会\n2025年3月5日\n`), []);
  });
});
