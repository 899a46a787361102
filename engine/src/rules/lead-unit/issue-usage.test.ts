import * as assert from 'node:assert/strict';
import { check } from '../testing';
import type { Found } from '../testing';
import { lint, lintIncremental } from '../../lint';
import { draft, issueOf, lexicon, lexiconBeforeSplit } from './test-fixtures';
import { alias } from './alias';
import { unknownUnit } from './unknown-unit';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.text, f.message]);

describe('lead-unit: names an issue uses instead of a known unit (issue-usage)', () => {
  // A model from before the split knows only 市商务投资促进局: 市商务局 reads as its abbreviation.
  const model = lexiconBeforeSplit();
  const block = (units: string) => `一、做好工作。（牵头单位：${units}）`;

  it('reads a name two documents use, and none the standard name, as a unit the lexicon does not know', () => {
    const text = issueOf([block('市商务局、市财政局'), block('市财政局'), block('市商务局'), block('市投资促进局')]);
    // 市投资促进局 is in one document only: still an abbreviation.
    assert.deepEqual(brief(check(alias, text, { model })), [
      ['lead-unit/alias', 59, '市投资促进局', '单位名称“市投资促进局”是非规范简称，应为“市商务投资促进局”（单位名录中的标准名称）。'],
    ]);
    assert.deepEqual(brief(check(unknownUnit, text, { model })).map((f) => [f[1], f[2], f[3]]), [
      [23, '市商务局', '单位名称“市商务局”不在单位名录中（截至2024年7月1日），可能是错字或名录之后新设的单位：请核对，错字请改为规范名称。本期有2篇文件的括注使用此名称，均未出现“市商务投资促进局”，可能是名录之后新设或更名的单位。最接近的已知单位：“市商务投资促进局”“市审计局”“市民政局”。'],
      [47, '市商务局', '单位名称“市商务局”不在单位名录中（截至2024年7月3日），可能是错字或名录之后新设的单位：请核对，错字请改为规范名称。本期有2篇文件的括注使用此名称，均未出现“市商务投资促进局”，可能是名录之后新设或更名的单位。最接近的已知单位：“市商务投资促进局”“市审计局”“市民政局”。'],
    ]);
  });

  it('gives the issue\'s reason in every document alike, also where its own document uses the name twice', () => {
    // 市住房城乡设局 is one character short of 市住房城乡建设局. Used twice in the first document, it
    // is a unit of its own there (a slip happens once); the note must still say why in both.
    const text = issueOf([block('市住房城乡设局') + '\n二、做好服务。（牵头单位：市住房城乡设局）', block('市住房城乡设局')]);
    const notes = brief(check(unknownUnit, text, { model: lexicon() })).map((f) => [f[1], String(f[3]).includes('本期有2篇文件的括注使用此名称')]);
    assert.deepEqual(notes, [[19, true], [20, true], [32, true]]);
  });

  it('still reports the abbreviation when another document of the issue names the unit', () => {
    const text = issueOf([block('市商务局'), block('市商务投资促进局'), block('市商务局')]);
    assert.deepEqual(brief(check(alias, text, { model })).map((f) => [f[1], f[2]]), [[21, '市商务局'], [45, '市商务局']]);
    // Also after a stray `；` or `。` (two units run together): the rules read two names there too.
    for (const sep of ['；', '。']) {
      const stray = issueOf([block('市商务局'), block(`市财政局${sep}市商务投资促进局`), block('市商务局')]);
      assert.deepEqual(brief(check(alias, stray, { model })).map((f) => [f[1], f[2]]), [[21, '市商务局'], [45, '市商务局']]);
    }
  });

  it('still reports it in a draft, however often the draft uses it', () => {
    const text = draft(`1. 加强监管。（牵头单位：市商务局）\n\n2. 做好服务。（牵头单位：市商务局）`);
    assert.deepEqual(brief(check(alias, text, { model })).map((f) => [f[1], f[2]]), [[5, '市商务局'], [7, '市商务局']]);
  });

  it('re-judges the documents that did not change when an edit names the unit in another (incremental lint)', () => {
    const before = issueOf([block('市商务局'), block('市财政局'), block('市商务局')]);
    const options = { model, only: [alias], today: '2026-11-22' };
    const prev = lint(before, options);
    assert.deepEqual(prev.diagnostics, []);
    const after = before.replace('牵头单位：市财政局', '牵头单位：市财政局、市商务投资促进局');
    const inc = lintIncremental(prev, after, options);
    assert.deepEqual(inc.diagnostics, lint(after, options).diagnostics);
    assert.equal(inc.diagnostics.length, 2);
  });

  it('re-judges no other document after an edit that leaves every block\'s names as they were (incremental lint)', () => {
    // Documents 0 and 2 read the issue's blocks (市商务局 is an abbreviation of the model's unit);
    // a keystroke in document 1's text changes no block: only document 1 runs again. Each text is
    // longer than the margin within which a neighbour of an edit is always judged again.
    const ran: number[] = [];
    const spy = { ...alias, check: (ctx: Parameters<typeof alias.check>[0]) => { ran.push(ctx.docIndex); alias.check(ctx); } };
    const long = (b: string) => `${b}\n${'各有关部门要按照职责分工认真抓好落实。'.repeat(60)}`;
    const before = issueOf([long(block('市商务局')), long(`${long(block('市财政局'))}\n二、开展督查。`), long(block('市商务局'))]);
    const options = { model, only: [spy], today: '2026-11-22' };
    const prev = lint(before, options);
    ran.length = 0;
    const typed = before.replace('二、开展督查。', '二、开展专项督查。');
    const inc = lintIncremental(prev, typed, options);
    assert.deepEqual(ran, [1]);
    assert.deepEqual(inc.diagnostics, lint(typed, { ...options, only: [alias] }).diagnostics);
    // An edit that names the unit there judges the other two again.
    ran.length = 0;
    const named = typed.replace('牵头单位：市财政局', '牵头单位：市财政局、市商务投资促进局');
    const again = lintIncremental(inc, named, options);
    assert.deepEqual(ran, [0, 1, 2]);
    assert.equal(again.diagnostics.length, 2);
  });
});
