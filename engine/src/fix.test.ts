import * as assert from 'assert';
import { applyFixes, fixAll, fixChange, MAX_FIX_PASSES } from './fix';
import type { Diagnostic } from './types';

function diag(ruleId: string, start: number, end: number, text?: string): Diagnostic {
  return {
    ruleId, severity: 'error', message: ruleId, start, end,
    ...(text !== undefined ? { fix: { range: [start, end] as [number, number], text } } : {}),
  };
}

describe('applyFixes', () => {
  const text = '聊政办发[2024]21号\r\n第2行';

  it('applies non-overlapping fixes in any input order and copies everything else unchanged', () => {
    const r = applyFixes(text, [diag('b', 9, 10, '〕'), diag('a', 4, 5, '〔'), diag('c', 15, 18)]);
    assert.strictEqual(r.output, '聊政办发〔2024〕21号\r\n第2行');
    assert.deepStrictEqual(r.applied.map((d) => d.ruleId), ['a', 'b']);
    assert.deepStrictEqual(r.remaining.map((d) => d.ruleId), ['c']);
  });

  it('keeps the first of overlapping fixes and leaves the other for the next pass', () => {
    const r = applyFixes('abcdef', [diag('wide', 1, 4, 'X'), diag('inner', 2, 3, 'Y'), diag('after', 4, 5, 'Z')]);
    // 'after' touches the end of 'wide' (4): touching counts as overlapping, as in ESLint.
    assert.strictEqual(r.output, 'aXef');
    assert.deepStrictEqual(r.applied.map((d) => d.ruleId), ['wide']);
    assert.deepStrictEqual(r.remaining.map((d) => d.ruleId).sort(), ['after', 'inner']);
  });

  it('applies an insertion at offset 0 and one at the very end', () => {
    const r = applyFixes('中文', [diag('end', 2, 2, '。'), diag('start', 0, 0, '“')]);
    assert.strictEqual(r.output, '“中文。');
  });

  it('only applies fixes of the allowed rules', () => {
    const ds = [diag('a', 0, 1, 'X'), diag('b', 2, 3, 'Y')];
    assert.strictEqual(applyFixes('abc', ds, { rules: ['b'] }).output, 'abY');
    assert.strictEqual(applyFixes('abc', ds, { rules: (id) => id === 'a' }).output, 'Xbc');
  });

  it('refuses fixes outside the text or with a reversed range', () => {
    const r = applyFixes('abc', [diag('far', 2, 9, 'X'), { ...diag('rev', 0, 0), fix: { range: [2, 1], text: 'Y' } }]);
    assert.strictEqual(r.output, 'abc');
    assert.strictEqual(r.applied.length, 0);
    assert.strictEqual(r.remaining.length, 2);
  });

  it('returns the text unchanged when there is nothing to fix', () => {
    const r = applyFixes(text, [diag('nofix', 0, 3)]);
    assert.strictEqual(r.output, text);
  });
});

describe('fixAll', () => {
  // A toy linter: every ASCII bracket wants its full-width counterpart; '[' and ']' are one fix
  // each, and a nested pair ("[[") gives overlapping-free fixes, so one pass does all.
  const brackets = (t: string): Diagnostic[] => {
    const out: Diagnostic[] = [];
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '[') out.push(diag('open', i, i + 1, '〔'));
      if (t[i] === ']') out.push(diag('close', i, i + 1, '〕'));
    }
    return out;
  };

  it('reaches a fixed point and reports what the linter still finds', () => {
    const r = fixAll('聊政发[2021]5号', brackets);
    assert.strictEqual(r.output, '聊政发〔2021〕5号');
    assert.strictEqual(r.applied.length, 2);
    assert.strictEqual(r.remaining.length, 0);
    assert.strictEqual(r.passes, 1);
  });

  it('needs several passes when fixes overlap, and is idempotent afterwards', () => {
    // Each pass collapses every "aa" pair it can; overlapping pairs wait for the next pass.
    const pairs = (t: string): Diagnostic[] => {
      const out: Diagnostic[] = [];
      for (let i = 0; i + 1 < t.length; i++) if (t[i] === 'a' && t[i + 1] === 'a') out.push(diag('aa', i, i + 2, 'a'));
      return out;
    };
    const r = fixAll('xaaaay', pairs);
    assert.strictEqual(r.output, 'xay');
    assert.ok(r.passes >= 2, `passes: ${r.passes}`);
    assert.strictEqual(r.appliedByPass.length, r.passes);
    assert.deepStrictEqual(r.appliedByPass.flat(), r.applied);
    const again = fixAll(r.output, pairs);
    assert.strictEqual(again.output, r.output);
    assert.strictEqual(again.passes, 0);
  });

  it('stops after 10 passes when fixes never converge', () => {
    let calls = 0;
    const grow = (t: string): Diagnostic[] => {
      calls++;
      return [diag('grow', t.length, t.length, 'x')];
    };
    const r = fixAll('', grow);
    assert.strictEqual(r.passes, MAX_FIX_PASSES);
    assert.strictEqual(r.output, 'x'.repeat(MAX_FIX_PASSES));
    assert.strictEqual(calls, MAX_FIX_PASSES + 1);
  });

  it('goes on past 10 passes while each is offered fewer fixes: a long run of touching fixes reaches its fixed point', () => {
    // Every 'a' deleted by a fix of its own: touching fixes wait for the next pass, so each pass
    // takes every other one, 2,500 of 5,000 first and the last after 13 passes.
    const each = (t: string): Diagnostic[] => [...t].map((_, i) => diag('a', i, i + 1, ''));
    const r = fixAll('a'.repeat(5000), each);
    assert.strictEqual(r.output, '');
    assert.strictEqual(r.passes, 13);
    assert.deepStrictEqual(r.appliedByPass.map((p) => p.length), [2500, 1250, 625, 313, 156, 78, 39, 20, 10, 5, 2, 1, 1]);
  });

  it('leaves a protected stretch alone, followed through the passes as fixes before it change the length', () => {
    // The second [ and ] are inside the stretch being typed; the first pair, before it, is fixed.
    const text = '聊政发[2021]5号、聊政办发[2024]';
    const at = text.indexOf('聊政办发');
    const r = fixAll(text, brackets, { protect: { start: at + 4, end: text.length } });
    assert.strictEqual(r.output, '聊政发〔2021〕5号、聊政办发[2024]');
    // An insertion touching the stretch's end (at the cursor) is inside it.
    const hao = (t: string): Diagnostic[] => (t.endsWith('号') ? [] : [diag('hao', t.length, t.length, '号')]);
    assert.strictEqual(fixAll('聊政发〔2021〕5', hao, { protect: { start: 10, end: 10 } }).output, '聊政发〔2021〕5');
    assert.strictEqual(fixAll('聊政发〔2021〕5', hao).output, '聊政发〔2021〕5号');
    // Moved by a fix before it that writes more: the ] (at 11 after it) is still inside in the next pass.
    const widen = (t: string): Diagnostic[] => (t.startsWith('AB') ? brackets(t) : [diag('ab', 0, 1, 'AB')]);
    const moved = fixAll('A 聊政发[2021]', widen, { protect: { start: 5, end: 10 } });
    assert.strictEqual(moved.output, 'AB 聊政发[2021]');
    assert.strictEqual(moved.passes, 1);
  });

  it('stops when two fixes undo each other', () => {
    const flip = (t: string): Diagnostic[] => [diag('flip', 0, 1, t === 'A' ? 'B' : 'A')];
    const r = fixAll('A', flip);
    assert.strictEqual(r.output, 'B');
    assert.strictEqual(r.passes, 1);
  });
});

describe('fixChange', () => {
  const change = (text: string, range: [number, number], to: string) => fixChange(text, { range, text: to });

  it('names only the characters that change, not what the two sides share', () => {
    const t = '聊政办发〔2025年〕12号';
    assert.deepEqual(change(t, [4, 11], '〔2025〕'), { removed: '年', inserted: '' });
    assert.deepEqual(change('市财政局，市民政局', [4, 5], '、'), { removed: '，', inserted: '、' });
    assert.deepEqual(change('抄送：市委办公室', [8, 8], '。'), { removed: '', inserted: '。' });
    assert.deepEqual(change('聊政发﹝2025﹞3号', [3, 9], '〔2025〕'), { removed: '﹝2025﹞', inserted: '〔2025〕' });
  });

  it('shows line breaks and spaces, and cuts a long side', () => {
    assert.deepEqual(change('一、总体要求\n\n\n二、', [6, 9], '\n\n'), { removed: '↵', inserted: '' });
    assert.deepEqual(change('市民政局  市商务局', [4, 6], '、'), { removed: '␣', inserted: '、' });
    const long = '关于进一步加强和改进全市城乡环境综合整治工作的实施意见';
    assert.deepEqual(change(`《${long}》`, [1, 1 + long.length], '关于做好防汛工作的通知'), {
      removed: '进一步加强和改进全市城乡环境综…', inserted: '做好防汛工作的通知',
    });
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    // 𠀋 and 𠀌 share their high surrogate: the change is the whole character.
    assert.deepEqual(change('甲𠀋乙', [1, 3], '𠀌'), { removed: '𠀋', inserted: '𠀌' });
  });
});
