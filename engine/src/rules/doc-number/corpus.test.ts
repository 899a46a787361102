// doc-number, date and attachment on the four training gazettes with the trained model: no
// diagnostic at all (the corpus has no such drafting error; the spaced-digit dialect, hard-wrapped
// citations, markdown and 附件（略） lists are extraction noise), and injected errors in the same
// real text are found on the changed line.
import * as assert from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../lint';
import { defaultModel } from '../testing';
import { docNumberRules } from '.';
import { dateRules } from '../date';
import { attachmentRules } from '../attachment';
import { corpusFiles } from '../../../../test/fixtures/corpus';

const RULES = [...docNumberRules, ...dateRules, ...attachmentRules];

function run(text: string) {
  const r = lint(text, { model: defaultModel(), only: RULES, today: '2026-11-22' });
  assert.deepStrictEqual(r.failures, []);
  return r.diagnostics.map((d) => ({ line: r.source.positionAt(d.start).line + 1, ruleId: d.ruleId, text: text.slice(d.start, d.end) }));
}

describe('doc-number + date + attachment on the corpus', function () {
  this.timeout(120000);
  const files = corpusFiles();
  before(function () {
    if (!files.length) this.skip();
  });

  it('report nothing on the raw gazettes', () => {
    const found: string[] = [];
    for (const f of files) {
      for (const d of run(fs.readFileSync(f, 'utf8'))) found.push(`${path.basename(f)}:${d.line} ${d.ruleId} ${d.text}`);
    }
    assert.deepStrictEqual(found, []);
  });

  it('find errors injected into real gazette text, on the changed line only', () => {
    const file = files.find((f) => f.endsWith('gazette-2024-11-12.txt'));
    if (!file) return;
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const edits: [RegExp, (l: string) => string, string][] = [
      [/^聊政字〔2024〕15 ?号\s*$/, (l) => l.replace('〔2024〕', '[2024]'), 'doc-number/bracket'],
      [/^聊政办字〔2024〕14 ?号\s*$/, (l) => l.replace('聊政办字', '聊政办子'), 'doc-number/unknown-code'],
      [/^聊政字〔2024〕16 ?号\s*$/, (l) => l.replace('聊政字', '聊政发'), 'doc-number/series'],
      [/^聊政办字〔2024〕15 ?号\s*$/, (l) => l.replace('〔2024〕', '〔2023〕'), 'doc-number/year-date'],
      [/^2024 年 11 月 9 日\s*$/, () => '二〇二四年十一月九日', 'date/arabic'],
      [/^附件：重点任务清单（略）\s*$/, (l) => l.replace('附件：', '附件:'), 'attachment/colon'],
      [/^附件：1\. 聊城市重污染天气/, (l) => l.replace('1. ', '1、'), 'attachment/numbering'],
    ];
    for (const [re, edit, ruleId] of edits) {
      const i = lines.findIndex((l) => re.test(l));
      assert.ok(i >= 0, `no line for ${ruleId}`);
      const copy = [...lines];
      copy[i] = edit(copy[i]);
      assert.deepStrictEqual(run(copy.join('\n')).map((d) => `${d.line} ${d.ruleId}`), [`${i + 1} ${ruleId}`], ruleId);
    }
  });
});
