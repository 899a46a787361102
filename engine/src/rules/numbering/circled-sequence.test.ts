import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { lint } from '../../lint';
import { emptyModel } from '../../model/load';
import { circledSequence } from './circled-sequence';
import { draftDoc } from '../cross-ref/fixtures';

const WHY = '“①……②……③……”式列举的序号应从“①”起依次递增，不跳号、不重复、不倒退';
const para = (a: string, b: string, c: string) => `    一、总体要求\n    重点做好三项工作：${a}摸清底数；${b}建立台账；${c}跟踪问效。`;

describe('numbering/circled-sequence', () => {
  it('reports a skipped, repeated or backward circled number inside a paragraph, with the expected one as a suggestion', () => {
    const skipped = check(circledSequence, draftDoc(para('①', '②', '④')));
    assert.deepEqual(skipped.map((d) => [d.text, d.message]), [
      ['④', `列举序号“④”跳号：上一项是“②”（${WHY}）：此项应为“③”，其后各项依次调整。`],
    ]);
    assert.equal(skipped[0].fix, undefined);
    const r = lint(draftDoc(para('①', '②', '④')), { model: emptyModel(), today: '2026-11-22', only: [circledSequence] });
    assert.deepEqual(r.diagnostics.map((d) => d.suggestions?.map((s) => s.fix.text)), [['③']]);
    assert.deepEqual(check(circledSequence, draftDoc(para('①', '②', '②'))).map((d) => [d.text, d.message.slice(0, 11)]), [['②', '列举序号“②”重复：上']]);
    assert.deepEqual(check(circledSequence, draftDoc(para('①', '③', '②'))).map((d) => d.message.slice(0, 11)), ['列举序号“③”跳号：上', '列举序号“②”倒退：上']);
  });

  it('fixes a number the next one confirms (①②②④: the second ② is ③), reporting only it', () => {
    const text = draftDoc('    一、总体要求\n    重点做好四项工作：①摸清底数；②建立台账；②跟踪问效；④总结提升。');
    assert.deepEqual(check(circledSequence, text).map((d) => [d.text, d.message]), [
      ['②', `列举序号“②”重复：上一项是“②”（${WHY}）：此项应为“③”。`],
    ]);
    assert.equal(fixed(circledSequence, text), text.replace('；②跟踪', '；③跟踪'));
  });

  it('passes a run in order, runs that start again at ①, and a paragraph opening with ① (an item: numbering/sequence judges it)', () => {
    assert.deepEqual(check(circledSequence, draftDoc(para('①', '②', '③'))), []);
    const twoRuns = '    一、总体要求\n    一是健全机制：①建立台账；②定期调度。二是强化保障：①落实经费；②配齐人员；③加强督导。';
    assert.deepEqual(check(circledSequence, draftDoc(twoRuns)), []);
    const items = '    一、总体要求\n    ①摸清底数。\n    ③建立台账。';
    assert.deepEqual(check(circledSequence, draftDoc(items)), []);
  });

  it('does not judge a run that does not start at ①, nor footnote marks after a word', () => {
    assert.deepEqual(check(circledSequence, draftDoc(para('②', '③', '⑤'))), []);
    const footnotes = '    一、总体要求\n    全市生产总值增长8%①，居民收入增长6%③，就业保持稳定。';
    assert.deepEqual(check(circledSequence, draftDoc(footnotes)), []);
  });

  it('does not judge an earlier item named again after the run (其中，③由…; ③项; ①、③): redteam8', () => {
    const back = '    一、总体要求\n    重点检查：①燃气管网老化更新情况；②餐饮场所燃气报警装置安装情况；③瓶装液化石油气充装站运营情况。其中，③由市燃气安全专项整治工作专班组织开展联合检查。';
    assert.deepEqual(check(circledSequence, draftDoc(back)), []);
    const named = '    一、总体要求\n    重点做好三项工作：①摸清底数；②建立台账；③跟踪问效。①、③项由各县（市、区）负责，②项由市应急局负责。';
    assert.deepEqual(check(circledSequence, draftDoc(named)), []);
    // A repeated item that opens a clause is still one.
    assert.deepEqual(check(circledSequence, draftDoc(para('①', '②', '②'))).map((d) => d.text), ['②']);
  });

  it('does not count a symbol in quotation marks, nor the items named after a reference (其中，②由…，③由…) (redteam8)', () => {
    const legend = '    一、总体要求\n    注：标注“①”的为约束性指标，标注“③”的为新增指标，其余为预期性指标。';
    assert.deepEqual(check(circledSequence, draftDoc(legend)), []);
    const refs = '    一、总体要求\n    各地要对照指标分解任务：①建立指标台账；②定期调度；③年底考核。其中，②由市生态环境局按季度组织，③由市考核办组织。';
    assert.deepEqual(check(circledSequence, draftDoc(refs)), []);
    // A quoted list of items is still counted.
    assert.deepEqual(check(circledSequence, draftDoc('    一、总体要求\n    即“①摸清底数；②建立台账；④跟踪问效”。')).map((d) => d.text), ['④']);
  });
});
