// Scope snapshots for syntaxes/gongwen.tmLanguage.json, tokenised by vscode-textmate with the
// same Oniguruma VS Code uses. Every scope name the grammar defines must be exercised here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../..');
const GRAMMAR = path.join(ROOT, 'syntaxes/gongwen.tmLanguage.json');

async function loadGrammar(): Promise<IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) => (scope === 'text.gongwen' ? parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
  });
  const g = await registry.loadGrammar('text.gongwen');
  if (!g) throw new Error('grammar did not load');
  return g;
}

/** Each token of a line as [text, scopes without the root]. */
function tokenize(g: IGrammar, line: string): [string, string[]][] {
  const r = g.tokenizeLine(line, INITIAL);
  return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.slice(1)]);
}

/** The scopes of the token(s) spanning `text` in `line` (every token inside it must carry them). */
function scopesAt(g: IGrammar, line: string, text: string): string[] {
  const start = line.indexOf(text);
  assert.ok(start >= 0, `${text} not in ${line}`);
  const r = g.tokenizeLine(line, INITIAL);
  const inside = r.tokens.filter((t) => t.startIndex < start + text.length && t.endIndex > start);
  assert.ok(inside.length > 0);
  // Scopes shared by all tokens of the span, so `text` is wholly in them.
  return inside.map((t) => t.scopes.slice(1)).reduce((a, b) => a.filter((s) => b.includes(s)));
}

const CASES: { line: string; text: string; scope: string }[] = [
  { line: '聊政办发〔2024〕26号', text: '聊政办发〔2024〕26号', scope: 'constant.other.doc-number.gongwen' },
  { line: '聊政办发〔2024〕26号', text: '聊政办发', scope: 'entity.name.tag.issuer-code.gongwen' },
  { line: '聊政办发〔2024〕26号', text: '〔', scope: 'punctuation.definition.bracket.begin.gongwen' },
  { line: '聊政办发〔2024〕26号', text: '2024', scope: 'constant.numeric.year.gongwen' },
  { line: '聊政办发〔2024〕26号', text: '〕', scope: 'punctuation.definition.bracket.end.gongwen' },
  { line: '聊政办发〔2024〕26号', text: '26', scope: 'constant.numeric.sequence.gongwen' },
  { line: '聊城市人民政府令第48号', text: '聊城市人民政府令第48号', scope: 'constant.other.doc-number.decree.gongwen' },
  { line: '聊城市人民政府令第48号', text: '48', scope: 'constant.numeric.sequence.gongwen' },
  { line: '一、总体要求', text: '一、', scope: 'keyword.other.numbering.level1.gongwen' },
  { line: '（一）工作目标。', text: '（一）', scope: 'keyword.other.numbering.level2.gongwen' },
  { line: '1.实施老旧小区改造。', text: '1.', scope: 'keyword.other.numbering.level3.gongwen' },
  { line: '（1）摸清底数。', text: '（1）', scope: 'keyword.other.numbering.level4.gongwen' },
  { line: '①建立台账。', text: '①', scope: 'keyword.other.numbering.level5.gongwen' },
  { line: '第一章 总则', text: '第一章', scope: 'keyword.other.numbering.chapter.gongwen' },
  { line: '第一章 总则', text: '第一章', scope: 'markup.heading.chapter.gongwen' },
  { line: '第二节 管理', text: '第二节', scope: 'keyword.other.numbering.section.gongwen' },
  { line: '第十条 本办法自印发之日起施行。', text: '第十条', scope: 'keyword.other.numbering.article.gongwen' },
  { line: '完成改造。（牵头单位：市住房城乡建设局；配合单位：市发展改革委、市财政局）', text: '（牵头单位：市住房城乡建设局；配合单位：市发展改革委、市财政局）', scope: 'meta.block.lead-unit.gongwen' },
  { line: '完成改造。（牵头单位：市住房城乡建设局）', text: '（', scope: 'punctuation.definition.block.begin.gongwen' },
  { line: '完成改造。（牵头单位：市住房城乡建设局）', text: '）', scope: 'punctuation.definition.block.end.gongwen' },
  { line: '完成改造。（牵头单位：市住房城乡建设局；配合单位：市财政局）', text: '配合单位', scope: 'keyword.other.role.gongwen' },
  { line: '完成改造。（牵头单位：市住房城乡建设局）', text: '：', scope: 'punctuation.separator.key-value.gongwen' },
  { line: '完成改造。（牵头单位：市住房城乡建设局；配合单位：市财政局）', text: '；', scope: 'punctuation.separator.role.gongwen' },
  { line: '完成改造。（牵头单位：市发展改革委、市财政局）', text: '、', scope: 'punctuation.separator.unit.gongwen' },
  { line: '完成改造。（牵头单位：市发展改革委、市财政局）', text: '市发展改革委', scope: 'entity.name.unit.gongwen' },
  { line: '（责任单位：市住房城乡建设局，各县（市、区）人民政府）', text: '各县（市、区）人民政府', scope: 'entity.name.unit.gongwen' },
  { line: '按照《聊城市人民政府关于推进城市更新的意见》（聊政发〔2023〕7号）', text: '《聊城市人民政府关于推进城市更新的意见》', scope: 'meta.citation.gongwen' },
  { line: '按照《聊城市人民政府关于推进城市更新的意见》（聊政发〔2023〕7号）', text: '聊城市人民政府关于推进城市更新的意见', scope: 'string.quoted.other.title.gongwen' },
  { line: '按照《意见》执行', text: '《', scope: 'punctuation.definition.string.begin.gongwen' },
  { line: '按照《意见》执行', text: '》', scope: 'punctuation.definition.string.end.gongwen' },
  { line: '2024年5月20日', text: '2024年5月20日', scope: 'constant.numeric.date.gongwen' },
  { line: '二〇二四年五月二十日', text: '二〇二四年五月二十日', scope: 'constant.numeric.date.gongwen' },
  { line: '附件2', text: '附件', scope: 'keyword.other.attachment.gongwen' },
  { line: '附件2', text: '2', scope: 'constant.numeric.attachment-index.gongwen' },
  { line: 'gongwen-disable-next-line numbering/sequence', text: 'gongwen-disable-next-line numbering/sequence', scope: 'comment.line.directive.gongwen' },
];

describe('TextMate grammar', () => {
  let g: IGrammar;
  before(async () => {
    g = await loadGrammar();
  });

  for (const c of CASES) {
    it(`${c.scope}: 「${c.text}」 in 「${c.line}」`, () => {
      assert.ok(scopesAt(g, c.line, c.text).includes(c.scope), JSON.stringify(tokenize(g, c.line)));
    });
  }

  it('every scope the grammar defines is tested above', () => {
    const names = new Set<string>();
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if ((k === 'name' || k === 'contentName') && typeof x === 'string') x.split(/\s+/).forEach((n) => names.add(n));
          else walk(x);
        }
      }
    };
    const raw = JSON.parse(fs.readFileSync(GRAMMAR, 'utf8'));
    walk(raw.repository);
    walk(raw.patterns);
    const tested = new Set(CASES.map((c) => c.scope));
    assert.deepStrictEqual([...names].filter((n) => !tested.has(n)).sort(), []);
  });

  it('plain body text gets no scope; a number inside running text does', () => {
    assert.deepStrictEqual(tokenize(g, '坚持规划引领，统筹推进。'), [['坚持规划引领，统筹推进。', []]]);
    const toks = tokenize(g, '详见（聊政发〔2023〕7号）');
    assert.ok(toks.some(([t, s]) => t === '聊政发' && s.includes('entity.name.tag.issuer-code.gongwen')), JSON.stringify(toks));
  });

  it('a numeral that is not at the start of a line is not a marker', () => {
    const toks = tokenize(g, '到2025年底完成1.5万户');
    assert.ok(!toks.some(([, s]) => s.some((x) => x.startsWith('keyword.other.numbering'))), JSON.stringify(toks));
  });
});
