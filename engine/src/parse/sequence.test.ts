// Sequence assignment of numbering items (parse/document.ts): each titled part that restarts at
// its top level is a sequence of its own; a heading split over two lines is not.
import * as assert from 'node:assert/strict';
import { SourceText } from '../text/source';
import { parseGazette } from './gazette';

const parse = (text: string) => parseGazette(new SourceText(text)).documents[0];
const HEAD = '聊城市人民政府办公室\n关于印发若干措施的通知\n各县（市、区）人民政府：\n现将有关措施印发给你们，请认真贯彻执行。\n聊城市人民政府办公室\n2023年7月11日\n';

describe('parse: numbering sequences', () => {
  it('starts a sequence at each attached 措施 whose title is followed by a preamble, then 一、', () => {
    const doc = parse(HEAD + '关于支持甲产业发展的若干措施\n为支持甲产业发展，现结合我市实际，制定以下措施。\n一、总体要求\n（一）基本原则。坚持。\n二、主要任务\n关于支持乙产业发展的若干措施\n为支持乙产业发展，现结合我市实际，制定以下措施。\n一、任务目标\n二、政策支持\n');
    assert.deepEqual(doc.items.map((i) => `${i.sequence}:${i.marker}`), ['1:一、', '1:（一）', '1:二、', '2:一、', '2:二、']);
  });

  it('also starts one when the next 措施 opens with a misnumbered top-level item', () => {
    const doc = parse(HEAD + '关于支持甲产业发展的若干措施\n为支持甲产业发展，制定以下措施。\n一、总体要求\n二、主要任务\n三、保障措施\n关于支持乙产业发展的若干措施\n为支持乙产业发展，制定以下措施。\n二、任务目标\n二、政策支持\n');
    assert.deepEqual(doc.items.map((i) => `${i.sequence}:${i.marker}`), ['1:一、', '1:二、', '1:三、', '2:二、', '2:二、']);
  });

  it('does not split at a heading continued on the next line before a lower-level item', () => {
    const doc = parse(HEAD + '黄河防汛职责\n一、各级行政首长的黄河防汛职责\n（一）沿黄县\n各级行政首长的黄河防汛职责\n1.推动制定相关政策。\n2.组建指挥机构。\n（二）非沿黄县\n二、市防汛抗旱指挥部的职责\n');
    assert.deepEqual(new Set(doc.items.map((i) => i.sequence)).size, 1);
  });
});
