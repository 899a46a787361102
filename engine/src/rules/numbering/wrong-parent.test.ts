import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { wrongParent } from './wrong-parent';
import { sequence } from './sequence';

const HEAD = '聊城市人民政府办公室\n关于做好秋季安全生产工作的通知\n各县（市、区）人民政府，市政府有关部门：\n为做好秋季安全生产工作，现通知如下。\n';
const TAIL = '聊城市人民政府办公室\n2024年9月3日\n';
const doc = (body: string) => HEAD + body + TAIL;

describe('numbering/wrong-parent', () => {
  it('accepts 一、 straight to 1. (GB/T 9704 allows the skip)', () => {
    assert.deepEqual(check(wrongParent, doc('一、总体要求\n（一）基本原则。坚持。\n二、主要任务\n1.排查企业。排查。\n（1）逐户排查。排查。\n')), []);
  });

  it('accepts （1） under 一、 when the document never uses 1.', () => {
    assert.deepEqual(check(wrongParent, doc('一、总体要求\n（1）逐户排查。排查。\n（2）登记造册。登记。\n')), []);
  });

  it('reports （1） directly under 一、 when the document uses 1., once for the run', () => {
    assert.deepEqual(check(wrongParent, doc('一、总体要求\n1.排查企业。排查。\n二、主要任务\n（1）逐户排查。排查。\n（2）登记造册。登记。\n')), [{
      ruleId: 'numbering/wrong-parent', line: 8, column: 1, text: '（1）',
      message: '层级错误：四级标题“（1）”直接位于一级标题“二、”之下，跳过了本文件使用的三级标题“1.”。结构层次应依次为“一、”“（一）”“1.”“（1）”（GB/T 9704—2012 第7.3.3条）：此处应改为“1.”，或补写上级标题。',
    }]);
  });

  it('reports （1） directly under 一、 when the document uses （一） and not 1. (QA round seven)', () => {
    // （一） was planted as （1）: 一、 ⏎ （1） ⏎ （二） was silent, sequence leaving the item here.
    assert.deepEqual(check(wrongParent, doc('一、扩大助餐服务\n（1）完善助餐网络。完善。\n（二）提升助餐质量。提升。\n二、培育经营主体\n（一）发展老年用品。发展。\n')).map((f) => [f.line, f.text, f.message]), [[6, '（1）',
      '层级错误：四级标题“（1）”直接位于一级标题“一、”之下，跳过了本文件使用的二级标题“（一）”。结构层次应依次为“一、”“（一）”“1.”“（1）”（GB/T 9704—2012 第7.3.3条）：此处应改为“（一）”，或补写上级标题。']]);
  });
});

describe('numbering/wrong-parent: 1. standing for （一）', () => {
  it('reports 1. right under 一、 when the next item under it is （二） (QA round eight)', () => {
    assert.deepEqual(check(wrongParent, doc('一、总体要求\n（一）基本原则。坚持。\n（二）主要目标。明确。\n二、保障措施\n1.加强领导。加强。\n（二）加大投入。加大。\n')).map((f) => [f.line, f.text, f.message]), [[9, '1.',
      '层级错误：三级标题“1.”与其后的二级标题“（二）”同在一级标题“二、”之下，应为同一级。结构层次应依次为“一、”“（一）”“1.”“（1）”（GB/T 9704—2012 第7.3.3条）：此处应改为“（一）”。']]);
  });
  it('looks past the 1.\'s own children to the next item under 一、', () => {
    assert.deepEqual(check(wrongParent, doc('一、保障措施\n1.加强领导。加强。\n（1）建立专班。建立。\n（二）加大投入。加大。\n')).map((f) => [f.line, f.text]), [[6, '1.']]);
  });
  it('accepts 1. 2. under 一、 followed by the next 一、', () => {
    assert.deepEqual(check(wrongParent, doc('一、保障措施\n1.加强领导。加强。\n2.加大投入。加大。\n二、工作要求\n（一）严格落实。落实。\n（二）加强督导。督导。\n')), []);
  });
});

describe('numbering/wrong-parent with numbering/sequence', () => {
  it('1. for （一） before （二） under 一、 gives one diagnostic', () => {
    const found = check([wrongParent, sequence], doc('一、总体要求\n（一）基本原则。坚持。\n二、保障措施\n1.加强领导。加强。\n（二）加大投入。加大。\n'));
    assert.deepEqual(found.map((f) => [f.ruleId, f.line, f.text]), [['numbering/wrong-parent', 8, '1.']]);
  });
  it('one wrong marker gives one diagnostic: the siblings after it are not a gap', () => {
    const found = check([wrongParent, sequence], doc('一、总体要求\n1.排查企业。排查。\n2.排查学校。排查。\n二、主要任务\n（1）逐户排查。排查。\n2.登记造册。登记。\n3.建立台账。建账。\n'));
    assert.deepEqual(found.map((f) => [f.ruleId, f.line, f.text]), [['numbering/wrong-parent', 9, '（1）']]);
  });
  it('（1） for （一） before （二） under 一、 gives one diagnostic', () => {
    const found = check([wrongParent, sequence], doc('一、扩大助餐服务\n（1）完善助餐网络。完善。\n（二）提升助餐质量。提升。\n二、培育经营主体\n（一）发展老年用品。发展。\n'));
    assert.deepEqual(found.map((f) => [f.ruleId, f.line, f.text]), [['numbering/wrong-parent', 6, '（1）']]);
  });
});

describe('numbering/wrong-parent: an article\'s items (probe10)', () => {
  const law = (a: string, b: string) => doc(`第一条　为了加强管理，制定本办法。\n第二条　公共数据目录包括下列内容：\n${a}\n第三条　下列公共数据不予开放：\n${b}\n第四条　本办法自2026年1月1日起施行。\n`);
  const cn = '（一）数据名称；\n（二）数据格式；\n（三）共享属性。';
  const digits = '1.涉及国家秘密的；\n2.涉及商业秘密的；\n3.法律规定不予开放的。';
  it('reports a list of 1. under an article when the text\'s other articles write （一）, once at its first item', () => {
    assert.deepEqual(check(wrongParent, law(cn, digits)).map((f) => [f.line, f.text, f.message]), [[11, '1.',
      '层级错误：三级标题“1.”直接位于条“第三条”之下；条内的项写作“（一）”“（二）”，本文件其他条的项均如此（“1.”“（1）”是项以下的层次）：此处应改为“（一）”，其后各项依次改写。']]);
  });
  it('reports a lone 1. before the article\'s （二）', () => {
    assert.deepEqual(check(wrongParent, law(cn, digits.replace('2.涉及', '（二）涉及').replace('3.法律', '（三）法律'))).map((f) => [f.line, f.text, f.message]), [[11, '1.',
      '层级错误：三级标题“1.”与其后的“（二）”同为条“第三条”的项，应为同一级；条内的项写作“（一）”“（二）”（“1.”“（1）”是项以下的层次）：此处应改为“（一）”。']]);
  });
  it('accepts a text whose articles all write 1., and 1. under an article\'s （二） (目)', () => {
    assert.deepEqual(check(wrongParent, law(digits.replace(/涉及|法律/g, '含有'), digits)), []);
    assert.deepEqual(check(wrongParent, law('（一）数据名称；\n（二）数据格式，包括：\n1.结构化数据；\n2.非结构化数据；\n（三）共享属性。', cn)), []);
  });
});
