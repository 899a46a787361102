// Inline directives: which rules a directive line names.
import * as assert from 'node:assert/strict';
import { parseDirective } from './directives';

describe('parseDirective', () => {
  it('reads the rules named, in every wrapping', () => {
    assert.deepEqual(parseDirective('gongwen-disable-next-line lead-unit/alias'), { kind: 'disable-next-line', rules: ['lead-unit/alias'] });
    assert.deepEqual(parseDirective('<!-- gongwen-disable-next-line lead-unit/alias, date/* -->'), { kind: 'disable-next-line', rules: ['lead-unit/alias', 'date/*'] });
    assert.deepEqual(parseDirective('（gongwen-disable date）'), { kind: 'disable', rules: ['date'] });
    assert.deepEqual(parseDirective('gongwen-enable'), { kind: 'enable', rules: [] });
  });

  it('leaves out a description after " -- ", as ESLint does: its words are no rule ids', () => {
    assert.deepEqual(parseDirective('gongwen-disable-next-line lead-unit/alias -- 2019 name, kept in the old text'), { kind: 'disable-next-line', rules: ['lead-unit/alias'] });
    // Without rules, a described directive is about every rule.
    assert.deepEqual(parseDirective('gongwen-disable-next-line -- quoted from the original notice'), { kind: 'disable-next-line', rules: [] });
    assert.deepEqual(parseDirective('<!-- gongwen-disable-line date/future -- planned date -->'), { kind: 'disable-line', rules: ['date/future'] });
    assert.deepEqual(parseDirective('# gongwen-disable -- legacy section'), { kind: 'disable', rules: [] });
  });
});

import { lint } from './lint';
import { applyFixes, fixAll } from './fix';
import { emptyModel } from './model/load';
import type { Rule } from './rules/types';

// A rule that reports every 错字, to see what directives do with its reports.
const typo: Rule = {
  id: 'structure/typo', severity: 'warning', fixable: false, scope: 'document',
  docs: { description: { zh: '测试', en: 'test' }, why: 'test', bad: '', good: '' },
  check: (ctx) => {
    for (const m of ctx.source.text.matchAll(/错字/g)) ctx.report({ start: m.index!, end: m.index! + 2, message: '错字' });
  },
};
const run = (text: string, reportUnused?: 'warning' | 'error') =>
  lint(text, { model: emptyModel(), only: [typo], today: '2026-11-24', ...(reportUnused ? { reportUnusedDisableDirectives: reportUnused } : {}) });
const brief = (text: string, reportUnused?: 'warning' | 'error') =>
  run(text, reportUnused).diagnostics.map((d) => `${d.ruleId} ${text.slice(d.start, d.end)}`);

describe('directives: a rule name that is no rule', () => {
  it('is reported, with the nearest rule id, as ESLint reports "Definition for rule … was not found"', () => {
    const text = '<!-- gongwen-disable-next-line lead-unit/aliass -->\n正文。\n';
    const [d, ...rest] = run(text).diagnostics;
    assert.equal(rest.length, 0);
    assert.equal(d.ruleId, 'directive/unknown-rule');
    assert.equal(d.severity, 'error');
    assert.equal(text.slice(d.start, d.end), 'lead-unit/aliass');
    assert.match(d.message, /未知规则“lead-unit\/aliass”.*是否应为“lead-unit\/alias”/);
    assert.deepEqual(d.suggestions?.[0].fix, { range: [d.start, d.end], text: 'lead-unit/alias' });
  });

  it('is not reported for a real rule, a family, family/* or the rules of the run', () => {
    assert.deepEqual(brief('gongwen-disable lead-unit/alias, date, date/*, structure/typo\n正文。\n'), []);
  });

  it('has no suggestion when nothing is near', () => {
    const [d] = run('gongwen-disable-line zzzzzzzz\n正文。\n').diagnostics;
    assert.equal(d.ruleId, 'directive/unknown-rule');
    assert.equal(d.suggestions, undefined);
  });
});

describe('directives: what they suppressed', () => {
  it('is kept with the description as its justification (JSON suppressedMessages)', () => {
    const r = run('正文错字。\ngongwen-disable-next-line structure/typo -- 引用原文\n又一个错字。\n');
    assert.deepEqual(r.diagnostics.map((d) => d.start), [2]);
    assert.equal(r.suppressed?.length, 1);
    assert.deepEqual(r.suppressed![0].suppressions, [{ kind: 'directive', justification: '引用原文' }]);
  });
});

describe('directives: reportUnusedDisableDirectives', () => {
  it('reports nothing unless asked', () => {
    assert.deepEqual(brief('gongwen-disable-next-line structure/typo\n正文。\n'), []);
  });

  it('reports a directive that suppressed nothing, with a fix removing its line', () => {
    const text = '正文。\n<!-- gongwen-disable-next-line structure/typo -->\n正文。\n';
    const r = run(text, 'warning');
    assert.deepEqual(r.diagnostics.map((d) => [d.ruleId, d.severity]), [['directive/unused', 'warning']]);
    assert.match(r.diagnostics[0].message, /未使用的 gongwen-disable-next-line 指令/);
    assert.equal(applyFixes(text, r.diagnostics).output, '正文。\n正文。\n');
  });

  it('removes a directive written after the text of its line, and its wrapping', () => {
    const text = '正文。 <!-- gongwen-disable-line -->\n';
    const r = run(text, 'error');
    assert.deepEqual(r.diagnostics.map((d) => [d.ruleId, d.severity]), [['directive/unused', 'error']]);
    assert.equal(applyFixes(text, r.diagnostics).output, '正文。\n');
  });

  it('does not report a directive that suppressed something, nor the enable that ends it', () => {
    assert.deepEqual(brief('gongwen-disable structure/typo\n错字。\ngongwen-enable structure/typo\n', 'warning'), []);
    assert.deepEqual(brief('错字。 （gongwen-disable-line）\n', 'warning'), []);
  });

  it('reports an unused name in a list, with a fix removing only that name', () => {
    const text = 'gongwen-disable-next-line date/valid, structure/typo\n错字。\n';
    const r = run(text, 'warning');
    assert.deepEqual(r.diagnostics.map((d) => `${d.ruleId} ${text.slice(d.start, d.end)}`), ['directive/unused date/valid']);
    assert.equal(applyFixes(text, r.diagnostics).output, 'gongwen-disable-next-line structure/typo\n错字。\n');
    const last = 'gongwen-disable-next-line structure/typo、date/valid\n错字。\n';
    assert.equal(applyFixes(last, run(last, 'warning').diagnostics).output, 'gongwen-disable-next-line structure/typo\n错字。\n');
  });
});

describe('directives: an unused gongwen-disable and its gongwen-enable', () => {
  const fixed = (text: string) => fixAll(text, (t) => run(t, 'error').diagnostics).output;

  it('are removed together by fixing (as ESLint: the enable, left ending nothing, is unused next)', () => {
    assert.equal(fixed('gongwen-disable structure/typo\n正文。\ngongwen-enable structure/typo\n结尾。\n'), '正文。\n结尾。\n');
    assert.equal(fixed('<!-- gongwen-disable -->\n正文。\n<!-- gongwen-enable -->\n'), '正文。\n');
  });

  it('are both kept when the disable suppressed something', () => {
    const text = 'gongwen-disable structure/typo\n错字。\ngongwen-enable structure/typo\n';
    assert.equal(fixed(text), text);
  });

  it('keep an enable that still ends another, used, disable', () => {
    const text = 'gongwen-disable structure/typo\ngongwen-disable date\n错字。\ngongwen-enable\n';
    assert.equal(fixed(text), 'gongwen-disable structure/typo\n错字。\ngongwen-enable\n');
  });

  it('reports the enable alone only once nothing before it is disabled, so a fix never widens a disable', () => {
    // The disable is reported first; its enable is not yet (removing it would leave the disable open to the end).
    assert.deepEqual(brief('gongwen-disable structure/typo\n正文。\ngongwen-enable structure/typo\n错字。\n', 'warning'),
      ['directive/unused gongwen-disable structure/typo', 'structure/typo 错字']);
    const [d] = run('正文。\ngongwen-enable structure/typo\n', 'warning').diagnostics;
    assert.equal(d.ruleId, 'directive/unused');
    assert.match(d.message, /未使用的 gongwen-enable 指令.*Unused gongwen-enable directive \(no matching gongwen-disable directives were found/);
  });

  it('reports a name in an enable list that ends no disable', () => {
    const text = 'gongwen-disable structure/typo\n错字。\ngongwen-enable structure/typo, date/valid\n';
    assert.deepEqual(brief(text, 'warning'), ['directive/unused date/valid']);
    assert.equal(fixed(text), 'gongwen-disable structure/typo\n错字。\ngongwen-enable structure/typo\n');
  });

  it('is not reported unless asked', () => {
    assert.deepEqual(brief('正文。\ngongwen-enable\n'), []);
  });
});

describe('directives: one written after the text of its line', () => {
  // The real rules: roles printed on lines of their own are read as a block only when each line is
  // nothing but a role and its units, so the comment must not be read as part of the line.
  const { loadModel } = require('./model/load') as typeof import('./model/load');
  const model = loadModel();
  const head = '聊城市促进消费实施方案\n\n一、重点任务\n\n（一）培育消费新场景。打造特色商业街区。\n牵头单位：市商务局\n';
  const tail = '\n\n聊城市人民政府办公室\n2024年6月1日\n';
  const ids = (text: string) => lint(text, { model, reportUnusedDisableDirectives: 'error' }).diagnostics.map((d) => d.ruleId);

  it('is no part of the line the parser reads: a role\'s line stays one, and the directive suppresses its problem', () => {
    assert.deepEqual(ids(`${head}配合部门：市发展改革委、市财政局${tail}`), ['lead-unit/role-family']);
    for (const wrapped of ['<!-- gongwen-disable-line lead-unit/role-family -->', '（gongwen-disable-line lead-unit/role-family -- 原文如此）', '// gongwen-disable-line']) {
      assert.deepEqual(ids(`${head}配合部门：市发展改革委、市财政局 ${wrapped}${tail}`), [], wrapped);
    }
  });
});
