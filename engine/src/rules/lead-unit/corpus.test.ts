// The lead-unit family on the training gazettes (extracted issues, 'issue' mode, trained model):
// the real slips the corpus contains are found and nothing else fires; errors injected into real
// gazette text are found on the changed line, island or not.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../lint';
import { SourceText } from '../../text/source';
import { parseGazette } from '../../parse/gazette';
import { defaultModel } from '../testing';
import { leadUnitRules } from '.';

const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus');
const read = (f: string) => fs.readFileSync(path.join(CORPUS, f), 'utf8');
const have = fs.existsSync(CORPUS) && defaultModel().units.length > 0;

function found(text: string) {
  const r = lint(text, { model: defaultModel(), only: leadUnitRules, today: '2026-11-22' });
  assert.deepEqual(r.failures, []);
  return r.diagnostics.map((d) => ({ ruleId: d.ruleId, line: r.source.positionAt(d.start).line + 1, text: text.slice(d.start, d.end), fix: d.fix && afterFix(text, d.start, d.end, d.fix) }));
}

/** What the flagged text (with the fix's range) reads once the fix is applied. */
function afterFix(text: string, start: number, end: number, fix: { range: [number, number]; text: string }): string {
  const [a, b] = fix.range;
  const fixedText = text.slice(0, a) + fix.text + text.slice(b);
  return fixedText.slice(Math.min(start, a), Math.max(end, b) + fix.text.length - (b - a));
}

/** Known real errors in the corpus: the only lead-unit diagnostics the four gazettes get. */
const KNOWN: Record<string, { ruleId: string; line: number; text: string; fix?: string }[]> = {
  'gazette-2021-04.txt': [{ ruleId: 'lead-unit/alias', line: 741, text: '市教育局', fix: '市教育体育局' }],
  'gazette-2023-06-07.txt': [{ ruleId: 'lead-unit/alias', line: 850, text: '市教育局', fix: '市教育体育局' }],
  'gazette-2024-06-08.txt': [{ ruleId: 'lead-unit/alias', line: 348, text: '市住建局', fix: '市住房城乡建设局' }],
  'gazette-2024-11-12.txt': [
    { ruleId: 'lead-unit/alias', line: 1398, text: '市住房和城乡建设局', fix: '市住房城乡建设局' },
    { ruleId: 'lead-unit/alias', line: 1400, text: '市住房和城乡建设局', fix: '市住房城乡建设局' },
  ],
};

(have ? describe : describe.skip)('lead-unit on the training gazettes', function () {
  this.timeout(120000);
  for (const [file, expected] of Object.entries(KNOWN)) {
    it(`${file}: finds the known real errors and nothing else`, () => {
      assert.deepEqual(found(read(file)), expected);
    });
  }

  it('reads a block split over lines and blank lines as one closed block (parser)', () => {
    const src = new SourceText(read('gazette-2024-11-12.txt'));
    const g = parseGazette(src);
    const b = g.documents.flatMap((d) => d.blocks).find((x) => src.positionAt(x.start).line + 1 === 1065)!;
    assert.deepEqual(b.roles.map((r) => [r.role, r.units.map((u) => u.text)]), [
      ['牵头单位', ['市生态环境局', '市发展改革委', '市工业和信息化局', '市行政审批局', '市水利局']],
      ['责任单位', ['各县（市、区）人民政府', '市属开发区管委会']],
    ]);
    assert.equal(b.text.endsWith('）'), true);
  });

  it('reads a unit name split by the extraction (市人力资源社⏎⏎会保障局) as one known name', () => {
    const src = new SourceText(read('gazette-2021-04.txt'));
    const g = parseGazette(src);
    const b = g.documents.flatMap((d) => d.blocks).find((x) => src.positionAt(x.start).line + 1 === 403)!;
    const u = b.roles[0].units[3];
    assert.equal(u.text, '市人力资源社会保障局');
    assert.deepEqual([src.positionAt(u.start).line + 1, src.positionAt(u.end).line + 1], [404, 406]);
  });

  // Errors injected into real gazette text: [what, file, line, from, to, expected rule].
  const B2735 = '（牵头单位：市卫生健康委；责任单位：市医保局、市大数据局，各县（市、区）人民政府、市属开发区管委会）';
  const B1070 = '（牵头单位：市发展改革委、市工业和信息化局、市生态环境局、市应急局；配合单位：市市场监管局；责任单位：各县（市、区）人民政府、市属开发区管委会）';
  const cases: [string, string, number, string, string, string][] = [
    ['， between units', 'gazette-2024-11-12.txt', 2735, B2735, B2735.replace('市医保局、', '市医保局，'), 'lead-unit/unit-separator'],
    ['， between roles', 'gazette-2024-11-12.txt', 2735, B2735, B2735.replace('委；责任', '委，责任'), 'lead-unit/role-separator'],
    ['a lone half-width colon next to an island', 'gazette-2024-11-12.txt', 2735, B2735, B2735.replace('牵头单位：', '牵头单位:'), 'lead-unit/punctuation-width'],
    ['a lone half-width semicolon', 'gazette-2024-11-12.txt', 1070, B1070, B1070.replace('市应急局；', '市应急局;'), 'lead-unit/punctuation-width'],
    ['a missing colon', 'gazette-2024-11-12.txt', 1070, B1070, B1070.replace('配合单位：', '配合单位'), 'lead-unit/role-colon'],
    ['roles out of order', 'gazette-2024-11-12.txt', 1070, B1070, B1070.replace('牵头单位：市发展改革委、市工业和信息化局、市生态环境局、市应急局；配合单位', '配合单位：市发展改革委、市工业和信息化局、市生态环境局、市应急局；牵头单位'), 'lead-unit/role-order'],
    ['an empty role', 'gazette-2024-11-12.txt', 1070, B1070, B1070.replace('配合单位：市市场监管局', '配合单位：'), 'lead-unit/empty-role'],
    ['a duplicate unit', 'gazette-2024-11-12.txt', 1070, B1070, B1070.replace('市生态环境局', '市发展改革委'), 'lead-unit/duplicate'],
    ['an informal alias', 'gazette-2024-11-12.txt', 1070, B1070, B1070.replace('市发展改革委', '市发改委'), 'lead-unit/alias'],
    ['a one-character slip', 'gazette-2024-11-12.txt', 1070, B1070, B1070.replace('市生态环境局', '市生态环镜局'), 'lead-unit/unit-typo'],
    // Another kind of body (厅 for 局): not a slip, but not dropped either.
    ['a name of another kind of body', 'gazette-2024-11-12.txt', 1070, B1070, B1070.replace('市生态环境局', '市生态环境厅'), 'lead-unit/unknown-unit'],
    ['an unknown name', 'gazette-2024-11-12.txt', 1070, B1070, B1070.replace('市应急局', '市综合协调办公室'), 'lead-unit/unknown-unit'],
    ['a missing closing bracket', 'gazette-2024-11-12.txt', 2735, B2735, B2735.slice(0, -1), 'lead-unit/brackets'],
    ['text after the block', 'gazette-2024-11-12.txt', 2735, B2735, B2735 + '，确保落实', 'lead-unit/block-position'],
    ['a name renamed before the date (2024-12-30)', 'gazette-2024-11-12.txt', 1336, '人民银行聊城市分行、市发展改革委', '人民银行聊城市中心支行、市发展改革委', 'lead-unit/renamed'],
    ['a name used before it existed (2021-04-15)', 'gazette-2021-04.txt', 446, '市财政局、聊城银保监分局', '市财政局、聊城金融监管分局', 'lead-unit/not-yet-existing'],
  ];
  const baselines = new Map<string, ReturnType<typeof found>>();
  for (const [what, file, line, from, to, ruleId] of cases) {
    it(`finds ${what} on the changed line (${file}:${line})`, () => {
      const text = read(file);
      const lines = text.split('\n');
      assert.ok(lines[line - 1].includes(from), `${file}:${line} holds the site`);
      lines[line - 1] = lines[line - 1].replace(from, to);
      if (!baselines.has(file)) baselines.set(file, found(text));
      const base = new Set(baselines.get(file)!.map((d) => `${d.ruleId}|${d.text}|${d.line}`));
      const added = found(lines.join('\n')).filter((d) => !base.has(`${d.ruleId}|${d.text}|${d.line}`));
      assert.deepEqual(added.map((d) => [d.ruleId, d.line]), [[ruleId, line]]);
    });
  }

  it('keeps a correct name silent on its date: 人民银行聊城市中心支行 in 2023, 聊城银保监分局 in 2021', () => {
    const all = Object.keys(KNOWN).flatMap((f) => found(read(f)));
    assert.ok(!all.some((d) => /人民银行聊城市中心支行|聊城银保监分局|市商务投资促进局/.test(d.text)));
  });
});
