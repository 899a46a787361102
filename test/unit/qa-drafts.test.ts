// Realistic drafts written by QA (test/fixtures/qa/): a 通知, a 印发通知 with its 实施方案, an 实施意见,
// a 办法 with 第X章/第X条, a 任免通知, a 函, a 请示, and one clean 实施意见. Each holds a few real slips
// among a lot of correct text. The linter must report exactly those slips (rule, line, flagged text)
// and nothing else; GBK and CRLF copies must give the same; the fixes must touch only what they name.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { lint } from '../../engine/src/lint';
import { fixAll } from '../../engine/src/fix';
import { loadModel } from '../../engine/src/model/load';
import { decode } from '../../engine/src/text/encoding';

const DIR = path.join(__dirname, '..', 'fixtures', 'qa');
const TODAY = '2026-11-22';

/** `line ruleId flagged-text` for every diagnostic each draft must get, in text order. */
const EXPECTED: Record<string, string[]> = {
  '01-heating-notice.gw': [
    '19 lead-unit/alias 市住建局',
    '21 numbering/sequence （四）',
    '25 punctuation/width ,',
    '30 date/leading-zero 08',
  ],
  '02-eldercare-plan.gw': [
    // The body names 《…建设方案》, the title and the attached plan say 建设实施方案.
    '9 cross-ref/issued-title 《聊城市养老服务体系建设方案》',
    '34 lead-unit/unit-separator ，',
    '36 lead-unit/punctuation-width :',
    '36 lead-unit/punctuation-width ;',
    '36 lead-unit/punctuation-width :',
    // The sentence goes on after the block: the rest of it is what is flagged.
    '40 lead-unit/block-position ，定期开展消防、食品等安全隐患排查。',
  ],
  '03-low-altitude-opinion.gw': [
    // 聊政字〔2024〕19号 is the 节水型社会 plan; the cited 实施意见 is 20号.
    '9 cross-ref/number-title 《聊城市人民政府关于推进地热能开发利用的实施意见》（聊政字〔2024〕19号）',
    '23 numbering/marker-form 2、',
    '25 numbering/marker-form (二)',
  ],
  '04-public-data-measures.gw': [
    '42 cross-ref/abbreviation 市公共数据管理工作领导小组',
    '44 numbering/sequence 第九条',
    '44 cross-ref/article-ref 第十五条',
  ],
  '05-appointment.gw': [
    '5 doc-number/sequence 第3',
    '18 date/arabic 二〇二五年五月九日',
  ],
  '06-letter.gw': [
    // One slip, one diagnostic: punctuation/width leaves the 主送's colon to the structure rule.
    '7 structure/main-recipient-colon :',
    '21 attachment/numbering 1、',
    '21 attachment/punctuation ；',
  ],
  '07-request.gw': [
    '11 cross-ref/attachment-ref 附件2',
    '15 attachment/punctuation 。',
    '18 date/valid 2025年2月29日',
  ],
  '08-clean-opinion.gw': [],
  // Clean: a county's own codes (临政发, 东政发) are not slips of 聊政发; a bare number citation.
  '09-county-notice-clean.gw': [],
  // Clean: 第X条 of other laws, (一)(二) items inside an article, 前款 / 本条, a repeal sentence.
  '10-measures-law-refs-clean.gw': [],
  // Clean: a 批复 citing the 请示 it answers, under a code the model does not know (聊教体字).
  '11-reply-clean.gw': [],
  // Clean: two attachments present after the signature, 一是/二是, a blank 填报日期 form line.
  '12-attachments-clean.gw': [],
  '13-forest-fire-notice.gw': [
    '3 doc-number/bracket （2025）',
    // A blank line follows the recipients, as drafters usually write it.
    '7 structure/main-recipient-colon 各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构',
    '9 cross-ref/citation-form (聊政字〔2024〕15号)',
    '9 cross-ref/citation-form 《聊城市人民政府关于加快聊城市金融产业高质量发展的意见（聊政发〔2021〕5号），',
    '13 lead-unit/unit-typo 市自然资源和规化局',
    '13 lead-unit/renamed 聊城银保监分局',
    '13 lead-unit/alias 市发改委',
    '17 numbering/sequence 三、',
    '19 cross-ref/abbreviation 市森林防火指挥部',
    '22 attachment/match 2.',
    '25 date/valid 2025年9月31日',
  ],
};

/** Findings that only appear once a fix has made the text readable (one error, one diagnostic). */
const AFTER_FIX: Record<string, string[]> = {
  // The closed 《…》 now cites 聊政发〔2021〕5号, repealed on 2024-12-29.
  '13-forest-fire-notice.gw': ['cross-ref/repealed'],
};

describe('QA drafts: realistic documents, exact findings', function () {
  this.timeout(60_000);
  const model = loadModel();
  const run = (text: string) => lint(text, { model, today: TODAY });
  const found = (text: string) => {
    const r = run(text);
    assert.deepEqual(r.failures, []);
    return r.diagnostics.map((d) => {
      const line = r.source.positionAt(d.start).line + 1;
      return `${line} ${d.ruleId} ${text.slice(d.start, d.end)}`;
    });
  };

  it('every draft in the folder has an expectation', () => {
    assert.deepEqual(fs.readdirSync(DIR).filter((f) => f.endsWith('.gw')).sort(), Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');

    it(`${file}: exactly its slips, no false alarms`, () => {
      assert.deepEqual(found(text), expected);
    });

    it(`${file}: a GBK copy and a CRLF copy give the same findings`, () => {
      const gbk = decode(iconv.encode(text, 'gbk'), file);
      assert.equal(gbk.text, text);
      assert.deepEqual(found(gbk.text), expected);
      assert.deepEqual(found(text.replace(/\n/g, '\r\n')), expected);
    });

    it(`${file}: fixing changes only the flagged lines and leaves only the unfixable findings`, () => {
      const r = run(text);
      const fixable = new Set(r.diagnostics.filter((d) => d.fix).map((d) => r.source.positionAt(d.start).line));
      const out = fixAll(text, (t) => run(t).diagnostics).output;
      const before = text.split('\n');
      const after = out.split('\n');
      assert.equal(after.length, before.length);
      const changed = new Set(before.map((l, i) => (l === after[i] ? -1 : i)).filter((i) => i >= 0));
      assert.deepEqual([...changed].sort((a, b) => a - b), [...fixable].sort((a, b) => a - b));
      const left = run(out).diagnostics;
      assert.ok(left.every((d) => !d.fix), `fixable diagnostics left after fixing: ${left.map((d) => d.ruleId)}`);
      assert.deepEqual(
        left.map((d) => d.ruleId).sort(),
        [...r.diagnostics.filter((d) => !d.fix).map((d) => d.ruleId), ...(AFTER_FIX[file] ?? [])].sort(),
      );
    });
  }

  it('severity overrides from configuration: off removes a rule, warn downgrades a family', () => {
    const text = fs.readFileSync(path.join(DIR, '02-eldercare-plan.gw'), 'utf8');
    const r = lint(text, { model, today: TODAY, rules: { 'lead-unit/*': 'warn', 'cross-ref/issued-title': 'off' } });
    assert.deepEqual(
      r.diagnostics.map((d) => `${d.ruleId} ${d.severity}`),
      ['lead-unit/unit-separator warning', 'lead-unit/punctuation-width warning', 'lead-unit/punctuation-width warning',
        'lead-unit/punctuation-width warning', 'lead-unit/block-position warning'],
    );
  });

  it('gongwen-disable-next-line silences exactly the named rule on the next line', () => {
    const text = fs.readFileSync(path.join(DIR, '01-heating-notice.gw'), 'utf8')
      .replace('（四）做好困难', 'gongwen-disable-next-line numbering/sequence\n（四）做好困难')
      .replace('聊城市人民政府办公室\n2025年10月08日', '聊城市人民政府办公室\n（gongwen-disable-next-line date/leading-zero）\n2025年10月08日');
    assert.deepEqual(found(text), ['19 lead-unit/alias 市住建局', '26 punctuation/width ,']);
  });
});
