// What a 牵头单位 block may say next (blocks.ts): the roles after the ones written.
import * as assert from 'node:assert/strict';
import { rolesAfter } from './blocks';
import { parseGazette } from './gazette';
import { SourceText } from '../text/source';

describe('parser: the roles a block may name next', () => {
  it('all four at its start, then only those after the last one written, each once', () => {
    assert.deepEqual(rolesAfter(''), ['牵头单位', '配合单位', '责任单位', '负责单位']);
    assert.deepEqual(rolesAfter('牵头单位：市财政局；'), ['配合单位', '责任单位', '负责单位']);
    assert.deepEqual(rolesAfter('牵头单位：市财政局；配合单位：市民政局；'), ['责任单位', '负责单位']);
    assert.deepEqual(rolesAfter('牵头单位：市财政局；责任单位：市民政局；'), []);
    assert.deepEqual(rolesAfter('配合部门：市民政局；'), ['责任单位', '负责单位']);
  });
});

describe('parser: a block’s unit list', () => {
  it('does not split at a 、 inside a nested 〔〕, nor at one listing the kinds of a group (浙江: 各市、县〔市、区〕政府)', () => {
    const text = ['浙江省人民政府办公厅文件', '', '浙政办发〔2025〕12号', '', '浙江省人民政府办公厅关于某事的意见', '',
      '各市、县（市、区）人民政府：', '', '一、重点任务', '', '（一）健全体制。（责任单位：省卫生健康委、省财政厅，各市、县〔市、区〕政府）'].join('\n');
    const d = parseGazette(new SourceText(text)).documents[0];
    assert.deepEqual(d.blocks[0].roles[0].units.map((u) => u.text), ['省卫生健康委', '省财政厅', '各市、县〔市、区〕政府']);
  });
  it('ends before a note that the tasks after it fall to the local governments (浙江: 。以下均需…落实，不再列出; othergaz3)', () => {
    const block = (b: string) => ['浙江省人民政府文件', '', '浙政发〔2025〕9号', '', '浙江省人民政府关于某事的意见', '',
      '各市、县（市、区）人民政府：', '', '一、重点任务', '', `（一）提升韧性。（${b}）`].join('\n');
    const units = (b: string) => parseGazette(new SourceText(block(b))).documents[0].blocks[0].roles[0].units.map((u) => u.text);
    assert.deepEqual(units('责任单位：省经信厅、省发展改革委，各市、县〔市、区〕政府。以下均需各市、县〔市、区〕政府落实，不再列出'), ['省经信厅', '省发展改革委', '各市、县〔市、区〕政府']);
    assert.deepEqual(units('责任单位：省经信厅；以下任务各地均需落实，不另列出。'), ['省经信厅']);
    // Any other sentence after a 。 stays in the list, for the rules to judge.
    assert.deepEqual(units('责任单位：省经信厅。省财政厅'), ['省经信厅。省财政厅']);
    // …or that they hold for the tasks after it (redteam8).
    assert.deepEqual(units('牵头单位：省人力资源社会保障厅，下同'), ['省人力资源社会保障厅']);
    assert.deepEqual(units('责任单位：省财政厅，各市、县〔市、区〕政府，以下同'), ['省财政厅', '各市、县〔市、区〕政府']);
    // The note in brackets after the last unit (red team 13).
    assert.deepEqual(units('责任单位：省财政厅、各市人民政府（以下不再列出）'), ['省财政厅', '各市人民政府']);
    assert.deepEqual(units('责任单位：省财政厅、各市人民政府（以下均需各县（市、区）人民政府落实，不再列出）'), ['省财政厅', '各市人民政府']);
    assert.deepEqual(units('牵头单位：省人力资源社会保障厅（下同）'), ['省人力资源社会保障厅']);
    // A unit's own second name in brackets stays the unit's.
    assert.deepEqual(units('牵头单位：省发展改革委（省粮食和储备局）'), ['省发展改革委（省粮食和储备局）']);
  });
});

describe('parser: a block with a role the standard four do not name (red team 15)', () => {
  it('ends the units of the role before it at 参与单位：, 协同单位：, 协办部门：; a unit list with no such label is read whole', () => {
    const block = (b: string) => ['聊城市人民政府办公室', '', '聊政办字〔2026〕18号', '', '聊城市人民政府办公室关于推进数字乡村建设的通知', '',
      '各县（市、区）人民政府：', '', `一、完善乡村信息基础设施。（${b}）`].join('\n');
    const roles = (b: string) => parseGazette(new SourceText(block(b))).documents[0].blocks[0].roles.map((r) => [r.role, r.units.map((u) => u.text)]);
    assert.deepEqual(roles('牵头单位：市工业和信息化局；参与单位：市农业农村局、市财政局'), [['牵头单位', ['市工业和信息化局']]]);
    assert.deepEqual(roles('牵头单位：市农业农村局；协同单位：市科技局；责任单位：各县（市、区）人民政府'), [['牵头单位', ['市农业农村局']], ['责任单位', ['各县（市、区）人民政府']]]);
    assert.deepEqual(roles('牵头部门：市民政局；协办部门：市财政局'), [['牵头部门', ['市民政局']]]);
    assert.deepEqual(roles('牵头单位：市民政局、市财政局'), [['牵头单位', ['市民政局', '市财政局']]]);
  });
});

describe('parser: a block opened by 负责部门', () => {
  it('is a block as 负责单位 is: its units are read, not run into the sentence before it', () => {
    const text = ['聊城市人民政府办公室关于某事的通知', '', '聊政办字〔2025〕3号', '', '市政府各部门：', '',
      '　　一、加强管理。整治背街小巷环境（负责部门：市城管局、市住房城乡建设局）。'].join('\n');
    const d = parseGazette(new SourceText(text)).documents[0];
    assert.deepEqual(d.blocks.map((b) => b.roles.map((r) => [r.role, r.units.map((u) => u.text)])), [[['负责部门', ['市城管局', '市住房城乡建设局']]]]);
  });
});

describe('parser: roles printed on lines of their own (实施方案: 牵头单位：… ⏎ 配合单位：…)', () => {
  const doc = (body: string) => ['聊城市人民政府办公室关于印发某方案的通知', '', '聊政办字〔2026〕12号', '', '市政府各部门：', '', '一、重点任务', body].join('\n');
  const read = (body: string) => {
    const text = doc(body);
    return parseGazette(new SourceText(text)).documents[0].blocks.map((b) => ({
      bare: !!b.bare, text: b.text, source: text.slice(b.start, b.end),
      separators: b.roleSeparators.map((s) => [s.text, text.slice(s.start, s.end)]),
      roles: b.roles.map((r) => [r.role, r.units.map((u) => u.text)]),
    }));
  };
  it('reads them as a block without brackets: the line break between two roles is their separator', () => {
    assert.deepEqual(read('（一）培育消费新场景。\n牵头单位：市商务局\n配合单位：市发展改革委、市财政局'), [{
      bare: true, text: '牵头单位：市商务局配合单位：市发展改革委、市财政局', source: '牵头单位：市商务局\n配合单位：市发展改革委、市财政局',
      separators: [['\n', '\n']], roles: [['牵头单位', ['市商务局']], ['配合单位', ['市发展改革委', '市财政局']]],
    }]);
  });
  it('ends the units before a closing 。 or ；, and reads roles a ；-ended line split onto two lines as one block', () => {
    assert.deepEqual(read('（一）培育消费新场景。\n牵头单位：市商务局；\n责任单位：各县（市、区）人民政府。').map((b) => [b.bare, b.roles, b.separators]), [
      [true, [['牵头单位', ['市商务局']], ['责任单位', ['各县（市、区）人民政府']]], [['；', '；']]],
    ]);
  });
  it('reads roles the extraction joined to the end of their task\'s sentence, and a list closed by 按职责分工负责', () => {
    assert.deepEqual(read('1. 推进“一网通办”。加快平台建设，提升服务效能。牵头单位：市大数据局；配合单位：市财政局、市审计局').map((b) => [b.bare, b.text, b.roles]), [
      [true, '牵头单位：市大数据局；配合单位：市财政局、市审计局', [['牵头单位', ['市大数据局']], ['配合单位', ['市财政局', '市审计局']]]],
    ]);
    assert.deepEqual(read('4. 扩大体育赛事消费。推动赛事与旅游融合发展。责任单位：市教育体育局，各县（市、区）人民政府按职责分工负责。').map((b) => [b.bare, b.text, b.roles]), [
      [true, '责任单位：市教育体育局，各县（市、区）人民政府', [['责任单位', ['市教育体育局', '各县（市、区）人民政府']]]],
    ]);
    // The close in brackets after the last unit (redteam9: 市财政局（按职责分工负责） was read as a unit's name).
    assert.deepEqual(read('（二）深化改革。完善机制。牵头单位：市商务局、市财政局（按职责分工负责）').map((b) => [b.text, b.roles]), [
      ['牵头单位：市商务局、市财政局', [['牵头单位', ['市商务局', '市财政局']]]],
    ]);
    // The close inside a bracketed block, after its last unit (red team 11: 市属开发区管委会按职责分工负责 was read as a unit's name).
    assert.deepEqual(read('2. 推进黑臭水体动态清零。（牵头单位：市住房城乡建设局，各县（市、区）人民政府、市属开发区管委会按职责分工负责）').map((b) => [b.bare, b.roles]), [
      [false, [['牵头单位', ['市住房城乡建设局', '各县（市、区）人民政府', '市属开发区管委会']]]],
    ]);
    // A role word before the sentence's end: the paragraph is prose about the roles, no joined block.
    assert.deepEqual(read('（一）压实责任。\n牵头单位：负责统筹协调。配合单位：市财政局'), []);
    // After the sentence, prose again: no list.
    assert.deepEqual(read('1. 加强统筹。建立协调机制。责任单位：各县（市、区）人民政府要落实属地责任。'), []);
  });
  it('reads a role word without its colon when names follow it, on its line or with a space for the colon', () => {
    assert.deepEqual(read('（一）培育消费新场景。\n责任单位市市场监管局').map((b) => [b.bare, b.roles]), [[true, [['责任单位', ['市市场监管局']]]]]);
    assert.deepEqual(read('（一）培育消费新场景。\n牵头单位 市商务局\n配合单位 市财政局、市文化和旅游局').map((b) => [b.bare, b.roles]), [
      [true, [['牵头单位', ['市商务局']], ['配合单位', ['市财政局', '市文化和旅游局']]]],
    ]);
  });
  it('reads no block in a sentence opening with a role word, a table header, a line with another label, or a role word without its colon', () => {
    assert.deepEqual(read('（一）压实责任。\n牵头单位要切实履行职责，配合单位要主动配合。'), []);
    assert.deepEqual(read('（一）压实责任。\n牵头单位：负责统筹协调。配合单位：按职责分工落实'), []);
    // A sentence after the colon: its parts do not end as a body's name does.
    assert.deepEqual(read('（一）压实责任。\n牵头单位：要加强统筹协调，及时研究解决问题。'), []);
    assert.deepEqual(read('（一）压实责任。\n牵头单位：负责完善协调机构'), []);
    assert.deepEqual(read('（一）压实责任。\n牵头单位：负责统筹协调，配合单位：按职责分工抓好落实'), []);
    assert.deepEqual(read('（一）压实责任。\n责任单位：各县（市、区）人民政府要落实属地责任'), []);
    assert.deepEqual(read('（一）任务分工表\n牵头单位　配合单位　完成时限'), []);
    // Without its colon a role word opening a sentence (负责, 要, 落实…) is prose.
    assert.deepEqual(read('（一）压实责任。\n牵头单位负责统筹协调各县（市、区）'), []);
    assert.deepEqual(read('（一）压实责任。\n责任单位落实属地管理责任'), []);
    assert.deepEqual(read('（一）压实责任。\n责任单位为市财政局。'), []);
    assert.deepEqual(read('（一）压实责任。\n牵头单位由市商务局担任，配合单位由市财政局担任。'), []);
    assert.deepEqual(read('（一）任务分工表\n牵头单位　配合单位'), []);
    // A table's row extracted as TSV: its tabs part cells, no list of units (redteam9).
    assert.deepEqual(read('（一）加强考核评估。\n责任单位\t市委组织部\t市人力资源社会保障局'), []);
  });
  it('reads roles on their line before a sentence opening with a role word (牵头单位：A ⏎ 牵头单位要…) as a block of their own (gaps5)', () => {
    assert.deepEqual(read('（一）培育消费新场景。\n牵头单位：市商务局\n牵头单位要加强统筹协调，及时研究解决问题。').map((b) => [b.bare, b.text, b.roles]), [
      [true, '牵头单位：市商务局', [['牵头单位', ['市商务局']]]],
    ]);
    assert.deepEqual(read('（一）培育消费新场景。加快推进项目建设。牵头单位：市商务局；配合单位：市财政局\n牵头单位负责统筹协调，配合单位按职责分工做好相关工作。').map((b) => [b.bare, b.text, b.roles]), [
      [true, '牵头单位：市商务局；配合单位：市财政局', [['牵头单位', ['市商务局']], ['配合单位', ['市财政局']]]],
    ]);
    // The role written without its colon (a space typed for it, or nothing).
    assert.deepEqual(read('（一）培育消费新场景。\n牵头单位 市商务局\n牵头单位要加强统筹协调。').map((b) => [b.bare, b.roles]), [[true, [['牵头单位', ['市商务局']]]]]);
    assert.deepEqual(read('（一）培育消费新场景。\n责任单位市市场监管局\n责任单位要落实属地责任。').map((b) => [b.bare, b.roles]), [[true, [['责任单位', ['市市场监管局']]]]]);
    // A sentence about the roles wrapped before a role word stays one paragraph: no block.
    assert.deepEqual(read('（一）压实责任。\n牵头单位要加强与\n配合单位的沟通，形成工作合力。'), []);
    assert.deepEqual(read('（一）压实责任。\n牵头单位：负责统筹协调与\n配合单位的沟通。'), []);
  });
  it('reads roles closed by 按职责分工负责 mid-paragraph, before the task\'s next sentence or clause (gaps5)', () => {
    assert.deepEqual(read('4. 扩大体育赛事消费。推动赛事与旅游融合发展。责任单位：市教育体育局，各县（市、区）人民政府按职责分工负责。强化要素保障，优化营商环境。').map((b) => [b.bare, b.text, b.roles]), [
      [true, '责任单位：市教育体育局，各县（市、区）人民政府', [['责任单位', ['市教育体育局', '各县（市、区）人民政府']]]],
    ]);
    assert.deepEqual(read('4. 扩大体育赛事消费。推动赛事与旅游融合发展。牵头单位：市商务局；责任单位：市教育体育局、市财政局按职责分工负责，确保按期完成。').map((b) => [b.bare, b.text, b.roles]), [
      [true, '牵头单位：市商务局；责任单位：市教育体育局、市财政局', [['牵头单位', ['市商务局']], ['责任单位', ['市教育体育局', '市财政局']]]],
    ]);
    // Prose after the role word, or no close: no block.
    assert.deepEqual(read('4. 扩大体育赛事消费。推动赛事与旅游融合发展。责任单位：要按职责分工负责。强化要素保障。'), []);
    assert.deepEqual(read('4. 扩大体育赛事消费。推动赛事与旅游融合发展。责任单位：各县（市、区）人民政府要落实属地责任，按职责分工负责。强化要素保障。'), []);
  });
  it('reads roles joined to their task\'s sentence before the next sentence, and roles without their colon joined to it (gaps5)', () => {
    assert.deepEqual(read('（一）培育消费新场景。加快推进项目建设。牵头单位：市商务局；责任单位：各县（市、区）人民政府。强化要素保障。').map((b) => [b.bare, b.text, b.roles]), [
      [true, '牵头单位：市商务局；责任单位：各县（市、区）人民政府', [['牵头单位', ['市商务局']], ['责任单位', ['各县（市、区）人民政府']]]],
    ]);
    assert.deepEqual(read('（一）培育消费新场景。加快推进项目建设。牵头单位 市商务局\n责任单位 各县（市、区）人民政府').map((b) => [b.bare, b.source, b.roles]), [
      [true, '牵头单位 市商务局\n责任单位 各县（市、区）人民政府', [['牵头单位', ['市商务局']], ['责任单位', ['各县（市、区）人民政府']]]],
    ]);
    // Prose after the role word, a sentence after the colon, or a role again after the 。: no block.
    assert.deepEqual(read('（一）压实责任。加快推进项目建设。牵头单位 要落实各县（市、区）人民政府'), []);
    // A wrap after a role word in running text is no space for its colon.
    assert.deepEqual(read('（一）压实责任。建立联席会议制度，定期研究解决重点问题。牵头部门\n每季度召开一次联席会'), []);
    assert.deepEqual(read('（一）压实责任。加快推进项目建设。牵头单位：负责统筹协调。强化要素保障。'), []);
    assert.deepEqual(read('（一）压实责任。加快推进项目建设。牵头单位：市商务局。配合单位：负责协调。'), []);
    // A close in the sentence after the 。 is that sentence's, not the block's.
    assert.deepEqual(read('（二）加强保障。责任单位：各县（市、区）人民政府。各县（市、区）要高度重视，按职责分工负责。').map((b) => [b.text, b.roles]), [
      ['责任单位：各县（市、区）人民政府', [['责任单位', ['各县（市、区）人民政府']]]],
    ]);
  });
  it('reads a role whose units a wrap carried onto a line of their own, and the role on the next line, as one block (gaps5)', () => {
    assert.deepEqual(read('（一）培育消费新场景。\n牵头单位：市商务局、市发展改革委、市住房城乡建设局、市教育体育局、\n市市场监管局\n配合单位：市财政局').map((b) => [b.bare, b.roles]), [
      [true, [['牵头单位', ['市商务局', '市发展改革委', '市住房城乡建设局', '市教育体育局', '市市场监管局']], ['配合单位', ['市财政局']]]],
    ]);
    // A bracketed block's wrapped line is no such role line.
    assert.deepEqual(read('（一）培育消费新场景。（牵头单位：市商务局、市发展改革委、\n市市场监管局）\n配合单位：市财政局').map((b) => [b.bare, b.roles.map((r) => r[0])]), [
      [false, ['牵头单位']], [true, ['配合单位']],
    ]);
  });
  it('reads roles joined to their task after a ； or a ， and roles written bare after a bracketed block in the same paragraph (gaps7)', () => {
    assert.deepEqual(read('（一）培育消费新场景。加快推进项目建设；牵头单位：市商务局；配合单位：市财政局').map((b) => [b.bare, b.text, b.roles]), [
      [true, '牵头单位：市商务局；配合单位：市财政局', [['牵头单位', ['市商务局']], ['配合单位', ['市财政局']]]],
    ]);
    assert.deepEqual(read('（一）培育消费新场景，加快推进项目建设，责任单位：市商务局，各县（市、区）人民政府').map((b) => [b.bare, b.roles]), [
      [true, [['责任单位', ['市商务局', '各县（市、区）人民政府']]]],
    ]);
    assert.deepEqual(read('（一）培育消费新场景。培育特色餐饮街区（牵头单位：市商务局），打造夜间消费集聚区。牵头单位：市文化和旅游局；配合单位：市财政局').map((b) => [b.bare, b.text, b.roles]), [
      [false, '（牵头单位：市商务局）', [['牵头单位', ['市商务局']]]],
      [true, '牵头单位：市文化和旅游局；配合单位：市财政局', [['牵头单位', ['市文化和旅游局']], ['配合单位', ['市财政局']]]],
    ]);
    // A sentence after a clause's role word, or after the bracketed block's: no bare block.
    assert.deepEqual(read('（一）压实责任，明确分工；牵头单位：负责统筹协调，配合单位：积极配合'), []);
    assert.deepEqual(read('（一）压实责任。培育特色餐饮街区（牵头单位：市商务局），责任单位：要落实属地责任。').map((b) => b.bare), [false]);
  });
  it('keeps a bracketed block wrapped onto a line starting 责任单位： bracketed (corpus 2024-11-12)', () => {
    const blocks = read('1. 实施严格的准入条件。加强监督管理。\n\n（牵头单位：市生态环境局、市发展改革委、\n\n市工业和信息化局、市水利局；\n责任单位：各县（市、区）人民政府、市属开发区管委会）');
    assert.deepEqual(blocks.map((b) => [b.bare, b.roles.map((r) => r[0])]), [[false, ['牵头单位', '责任单位']]]);
  });
});

describe('parser: a task table written 责任单位：… ⏎ 完成时限：… (工作方案, probe14)', () => {
  const read = (body: string) => {
    const text = ['聊城市人民政府办公室关于印发某方案的通知', '', '聊政办发〔2026〕11号', '', '市政府各部门：', '', '一、重点任务', body].join('\n');
    return parseGazette(new SourceText(text)).documents[0].blocks.map((b) => [!!b.bare, b.roles.map((r) => [r.role, r.units.map((u) => u.text)])]);
  };
  it('reads the roles as a block: the deadline line after them is no unit of it', () => {
    assert.deepEqual(read('1. 全面排查燃气经营企业。\n\n责任单位：市住房城乡建设局，各县（市、区）人民政府\n\n完成时限：2026年12月底前'), [
      [true, [['责任单位', ['市住房城乡建设局', '各县（市、区）人民政府']]]],
    ]);
    assert.deepEqual(read('（一）培育消费新场景。\n牵头单位：市商务局\n配合单位：市财政局\n完成时间：2026年底前'), [
      [true, [['牵头单位', ['市商务局']], ['配合单位', ['市财政局']]]],
    ]);
  });
  it('keeps a deadline inside a bracketed block, and reads no block from a role sentence before a deadline line', () => {
    assert.deepEqual(read('1. 全面排查。（牵头单位：市住房城乡建设局；责任单位：市市场监管局；\n完成时限：2026年底前）'), [
      [false, [['牵头单位', ['市住房城乡建设局']], ['责任单位', ['市市场监管局']]]],
    ]);
    assert.deepEqual(read('1. 全面排查。\n责任单位：各县（市、区）人民政府要落实属地责任\n完成时限：2026年底前'), []);
  });
});
