// The server's linter in-process: a rule that throws is disabled for that document (logged once)
// while the other rules keep reporting; the result is cached per version.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Rule } from '../../engine/src/rules/types';
import { loadModel } from '../../engine/src/model/load';
import { Linter } from '../../server/src/features/diagnostics';
import { defaultSettings } from '../../server/src/features/settings';
import { MODEL, fixture } from './harness';

const docs = { description: { zh: '测试', en: 'test' }, why: '', bad: '', good: '' };
let calls = 0;
const thrower: Rule = {
  id: 'test/throws', severity: 'error', fixable: false, scope: 'document', docs,
  check() {
    calls++;
    throw new Error('boom');
  },
};
const reporter: Rule = {
  id: 'test/reports', severity: 'warning', fixable: false, scope: 'document', docs,
  check(ctx) {
    ctx.report({ start: ctx.doc.number!.start, end: ctx.doc.number!.end, message: '发文字号' });
  },
};

describe('server linter', () => {
  it('disables a crashing rule for that document only, logs it once, keeps the others', () => {
    const logs: string[] = [];
    const linter = new Linter((m) => logs.push(m), [thrower, reporter]);
    const model = loadModel(MODEL);
    const text = fixture('notice.gw');
    const a = TextDocument.create('file:///a.gw', 'gongwen', 1, text);
    const r1 = linter.run(a, defaultSettings, model);
    assert.deepStrictEqual(r1.result.diagnostics.map((d) => [d.ruleId, d.start, d.end]), [['test/reports', 14, 27]]);
    assert.strictEqual(logs.length, 1);
    assert.match(logs[0], /规则 test\/throws 在 file:\/\/\/a\.gw 中出错，已对此文档停用：Error: boom/);
    assert.deepStrictEqual(linter.disabledRules(a.uri), ['test/throws']);
    // Same version: cached, nothing re-run.
    assert.strictEqual(linter.run(a, defaultSettings, model), r1);
    // Next version: the crashing rule is skipped, no new log, the other rule still reports.
    const before = calls;
    const a2 = TextDocument.update(a, [{ text: text + '\n' }], 2);
    const r2 = linter.run(a2, defaultSettings, model);
    assert.strictEqual(calls, before);
    assert.strictEqual(logs.length, 1);
    assert.deepStrictEqual(r2.result.diagnostics.map((d) => d.ruleId), ['test/reports']);
    // Another document still runs it (and gets its own log line).
    const b = TextDocument.create('file:///b.gw', 'gongwen', 1, text);
    linter.run(b, defaultSettings, model);
    assert.strictEqual(calls, before + 1);
    assert.strictEqual(logs.length, 2);
    // Closing forgets: reopened, the rule is tried again.
    linter.forget(a.uri);
    assert.deepStrictEqual(linter.disabledRules(a.uri), []);
  });
});
