import * as assert from 'node:assert/strict';
import { asOfOf, fallbackAsOf, lint } from './lint';
import { emptyModel } from './model/load';
import type { Gazette, GwDocument } from './types';
import type { Rule } from './rules/types';

const doc = (date?: Partial<NonNullable<GwDocument['date']>>) => ({ date } as GwDocument);

describe('lint: the date a document is judged by', () => {
  const today = { date: '2026-11-22', basis: 'today' } as const;
  it('is its 成文日期, the last real day of a wrongly written month, a 大事记\'s month, or the fallback', () => {
    assert.deepEqual(asOfOf(doc({ iso: '2024-07-03', year: 2024, month: 7, day: 3 }), today), { date: '2024-07-03', basis: 'date' });
    assert.deepEqual(asOfOf(doc(), today), today);
    assert.deepEqual(asOfOf(doc({ year: 2023, month: 2, day: 30 }), today), { date: '2023-02-28', basis: 'date' });
    assert.deepEqual(asOfOf(doc({ year: 24, month: 7, day: 3 }), today), { date: '2024-07-03', basis: 'date' });
    assert.deepEqual(asOfOf(doc({ year: 2024, month: 13, day: 1 }), today), today);
    assert.deepEqual(asOfOf({ period: { year: 2022, month: 2 } } as GwDocument, today), { date: '2022-02-28', basis: 'period' });
  });

  it('falls back to --date, else in an issue to its latest 成文日期 up to today, else to today', () => {
    const dated = (...isos: string[]) => ({ isIssue: true, toc: [], documents: isos.map((iso) => doc(iso ? { iso } : undefined)) }) as unknown as Gazette;
    assert.deepEqual(fallbackAsOf(dated('2022-05-06', '', '2022-05-31'), '2023-01-01', '2026-11-22'), { date: '2023-01-01', basis: 'option' });
    assert.deepEqual(fallbackAsOf(dated('2022-05-06', '', '2022-05-31'), undefined, '2026-11-22'), { date: '2022-05-31', basis: 'issue' });
    assert.deepEqual(fallbackAsOf(dated('2022-05-06', '2052-05-31'), undefined, '2026-11-22'), { date: '2022-05-06', basis: 'issue' });
    assert.deepEqual(fallbackAsOf(dated(''), undefined, '2026-11-22'), today);
    assert.deepEqual(fallbackAsOf({ ...dated('2022-05-06'), isIssue: false }, undefined, '2026-11-22'), today);
  });

  it('is what rules see as ctx.asOf and ctx.asOfBasis', () => {
    const seen: string[] = [];
    const probe: Rule = {
      id: 'structure/probe', severity: 'info', fixable: false, scope: 'document',
      docs: { description: { zh: '测试', en: 'test' }, why: 'test', bad: '', good: '' },
      check: (ctx) => { seen.push(`${ctx.asOf} ${ctx.asOfBasis}`); },
    };
    lint('聊政发〔2023〕5号\n\n关于某事的通知\n\n正文。\n\n聊城市人民政府\n2023年2月30日\n', { model: emptyModel(), only: [probe], today: '2026-11-22' });
    assert.deepEqual(seen, ['2023-02-28 date']);
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
