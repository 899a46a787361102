import * as assert from 'node:assert/strict';
import { asOfDate, lint } from './lint';
import { emptyModel } from './model/load';
import type { GwDocument } from './types';
import type { Rule } from './rules/types';

const doc = (date?: Partial<NonNullable<GwDocument['date']>>) => ({ date } as GwDocument);

describe('lint: the date a document is judged by', () => {
  it('is its 成文日期, or the given date, or the last real day of a wrongly written month', () => {
    assert.equal(asOfDate(doc({ iso: '2024-07-03', year: 2024, month: 7, day: 3 }), '2026-11-22'), '2024-07-03');
    assert.equal(asOfDate(doc(), '2026-11-22'), '2026-11-22');
    assert.equal(asOfDate(doc({ year: 2023, month: 2, day: 30 }), '2026-11-22'), '2023-02-28');
    assert.equal(asOfDate(doc({ year: 24, month: 7, day: 3 }), '2026-11-22'), '2024-07-03');
    assert.equal(asOfDate(doc({ year: 2024, month: 13, day: 1 }), '2026-11-22'), '2026-11-22');
  });

  it('is what rules see as ctx.asOf', () => {
    const seen: string[] = [];
    const probe: Rule = {
      id: 'structure/probe', severity: 'info', fixable: false, scope: 'document',
      docs: { description: { zh: '测试', en: 'test' }, why: 'test', bad: '', good: '' },
      check: (ctx) => { seen.push(ctx.asOf); },
    };
    lint('聊政发〔2023〕5号\n\n关于某事的通知\n\n正文。\n\n聊城市人民政府\n2023年2月30日\n', { model: emptyModel(), only: [probe], today: '2026-11-22' });
    assert.deepEqual(seen, ['2023-02-28']);
  });
});

describe('lint: a rule that throws', () => {
  it('is reported as a failure and the other rules still run', () => {
    const boom: Rule = {
      id: 'structure/boom', severity: 'error', fixable: false, scope: 'document',
      docs: { description: { zh: '测试', en: 'test' }, why: 'test', bad: '', good: '' },
      check: () => { throw new Error('boom'); },
    };
    const ok: Rule = { ...boom, id: 'structure/ok', check: (ctx) => ctx.report({ start: 0, end: 1, message: '报告' }) };
    const r = lint('正文。', { model: emptyModel(), only: [boom, ok] });
    assert.deepEqual(r.failures.map((f) => f.ruleId), ['structure/boom']);
    assert.deepEqual(r.diagnostics.map((d) => d.ruleId), ['structure/ok']);
  });
});
