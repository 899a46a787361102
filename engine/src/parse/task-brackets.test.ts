// Assignments written after their units in a bracket closing a paragraph (task-brackets.ts).
import * as assert from 'node:assert/strict';
import { parseGazette } from './gazette';
import { SourceText } from '../text/source';

/** The blocks of a one-document text whose item paragraphs are `items`: inline or not, roles and units. */
function blocks(...items: string[]): [boolean, [string, string[]][]][] {
  const text = ['山东省人民政府关于推动县域经济高质量发展的实施意见', '', '鲁政发〔2025〕9号', '', '各市人民政府：', '', ...items.flatMap((i) => [i, '']), '山东省人民政府', '2025年4月10日'].join('\n');
  const d = parseGazette(new SourceText(text)).documents[0];
  return d.blocks.map((b) => [!!b.inline, b.roles.map((r) => [r.role, r.units.map((u) => u.text)])]);
}

describe('parser: an assignment written after its units', () => {
  it('reads each clause as a role: its units, then the role word as written; 等 before it is no unit', () => {
    assert.deepEqual(blocks(
      '（一）培育主导产业。（省工业和信息化厅牵头，省发展改革委、省农业农村厅等按职责分工负责）',
      '（二）完善基础设施（各市人民政府负责，省住房城乡建设厅指导）。',
      '（三）强化要素保障。（省自然资源厅、省能源局负责，2025年底前完成）',
      '（四）扩权强县。（省委编办牵头，省直有关部门配合，各市落实）',
    ), [
      [true, [['牵头', ['省工业和信息化厅']], ['按职责分工负责', ['省发展改革委', '省农业农村厅']]]],
      [true, [['负责', ['各市人民政府']], ['指导', ['省住房城乡建设厅']]]],
      [true, [['负责', ['省自然资源厅', '省能源局']]]],
      [true, [['牵头', ['省委编办']], ['配合', ['省直有关部门']], ['落实', ['各市']]]],
    ]);
  });
  it('reads a bracket closing a sentence inside the paragraph, after its end mark or before it, as 国务院 意见 write several tasks in one', () => {
    assert.deepEqual(blocks(
      '（一）培育主导产业。（省工业和信息化厅牵头，省发展改革委等按职责分工负责）推动产业集群发展。（省商务厅负责）',
      '（二）完善基础设施（各市人民政府负责）。加强农村公路建设（省交通运输厅牵头，省财政厅配合）。持续推进。',
      '（三）下放权限（省司法厅负责）后，提高效能。（见附件）依法推进。（2025年底前完成）',
    ), [
      [true, [['牵头', ['省工业和信息化厅']], ['按职责分工负责', ['省发展改革委']]]],
      [true, [['负责', ['省商务厅']]]],
      [true, [['负责', ['各市人民政府']]]],
      [true, [['牵头', ['省交通运输厅']], ['配合', ['省财政厅']]]],
    ]);
  });
  it('reads a bracket closing a clause (…（X牵头），确保…), not one inside it or one that assigns nothing', () => {
    assert.deepEqual(blocks(
      '（一）培育主导产业（省工业和信息化厅牵头，省发展改革委等按职责分工负责），确保2025年取得实效。',
      '（二）下放权限（省司法厅负责）后，提高效能。落实规划（2021—2025年），明确职责（见附件），加强统筹（具体由各市政府负责），依法推进。',
    ), [
      [true, [['牵头', ['省工业和信息化厅']], ['按职责分工负责', ['省发展改革委']]]],
    ]);
  });
  it('keeps a slip between units or clauses for the rules (， between units, 牵头：, a ； typed between units)', () => {
    assert.deepEqual(blocks(
      '（一）培育主导产业。（省工业和信息化厅牵头：省发展改革委，省农业农村厅配合）',
      '（二）提升服务。（省卫生健康委；省教育厅负责）',
    ), [
      [true, [['牵头', ['省工业和信息化厅']], ['配合', ['省发展改革委', '省农业农村厅']]]],
      [true, [['负责', ['省卫生健康委；省教育厅']]]],
    ]);
  });
  it('reads no bracket that assigns nothing, nor one inside the sentence, nor one too long for an assignment, and leaves the colon form to blocks.ts', () => {
    assert.deepEqual(blocks(
      '（一）制定实施细则（试行）。',
      '（二）落实规划（2021—2025年）。',
      '（三）明确职责（见附件）。',
      '（四）整合执法力量（如市场监管局等）。',
      '（五）建立专项机制（以下简称专项机制）。',
      '（六）提高比例（2024年为65%）。',
      '（七）加强统筹（具体由各县区政府负责）。',
      '（八）下放权限（省司法厅负责）后，提高效能。',
      '（十）抓好落实（分步实施）。',
      '（十一）明确分工（市财政局负责资金保障）。',
      `（十二）长名单。（${Array.from({ length: 90 }, (_, i) => `省第${'一二三四五六七八九'[i % 9]}局`).join('、')}负责）`,
      '（九）强化保障。（牵头单位：省财政厅；配合单位：省直有关部门）',
    ), [[false, [['牵头单位', ['省财政厅']], ['配合单位', ['省直有关部门']]]]]);
  });
  it('reads a manner written before the role word as none of the units (按各自职责负责, 依职责负责), and no bracket whose unit goes on in prose joins two units with 和, or names leaders (redteam3)', () => {
    assert.deepEqual(blocks(
      '（一）推进改造（省住房城乡建设厅、省财政厅按各自职责负责）。',
      '（二）加强管理（省公安厅、省交通运输厅依职责负责）。',
      '（三）开展培训（省人力资源社会保障厅每年组织一次，各市配合）。',
      '（四）加强督导（省政府督查室和省发展改革委负责）。',
      '（五）加强统筹（省政府分管副省长牵头，省直有关部门配合）。',
      '（六）加强调度（省委常委、常务副省长张三牵头，省政府办公厅配合）。',
      '（七）建立包保机制（省级领导干部牵头，包保责任单位负责）。',
      '（八）强化保障（省人大常委会办公厅负责）。',
    ), [
      [true, [['负责', ['省住房城乡建设厅', '省财政厅']]]],
      [true, [['负责', ['省公安厅', '省交通运输厅']]]],
      [true, [['负责', ['省人大常委会办公厅']]]],
    ]);
  });
});
