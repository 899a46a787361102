import * as assert from 'node:assert/strict';
import { check } from '../testing';
import { punctuation } from './punctuation';
import { match } from './match';
import { attachmentRules } from '.';
import { lint } from '../../lint';
import { emptyModel } from '../../model/load';
import { ATTACHED, doc, ONE, TWO } from './test-fixtures';

describe('attachment rules', () => {
  it('pass well-formed notes (one, several, with the attachments included)', () => {
    assert.deepEqual(check(attachmentRules, TWO), []);
    assert.deepEqual(check(attachmentRules, ONE), []);
    assert.deepEqual(check(attachmentRules, doc(['附件：1. 工作方案', '2. 任务清单'], ATTACHED)), []);
    assert.deepEqual(check(attachmentRules, doc(['附件：1. 工作方案（略）', '2. 任务清单（略）'])), []);
  });
});

describe('attachment rules: entries whose names open with a year', () => {
  it('1.2025年… ⏎ 2.2025年… are two entries, not one (QA round eight: attachment/single reported a false alarm)', () => {
    assert.deepEqual(check(attachmentRules, doc(['附件：1.2025年地热能开发利用项目清单', '      2.2025年公园城市建设重点项目安排表'])), []);
  });
});

describe('attachment rules: a note being typed', () => {
  it('附件： or a marker with no name yet: no punctuation to delete (the fix removed the colon or the 2.\'s period)', () => {
    for (const note of [['附件：'], ['附件：1. 工作方案', '2.'], ['附件：1. 工作方案', '      2.']]) {
      assert.deepEqual(check(punctuation, doc(note)), [], note.join('⏎'));
      assert.deepEqual(check(punctuation, doc(note, ATTACHED)), [], note.join('⏎'));
    }
  });
  it('the name not yet written, with the attachments included: said so, the title offered', () => {
    const text = doc(['附件：1. 工作方案', '2.'], ATTACHED);
    const found = check(match, text);
    assert.deepEqual(found.map((d) => [d.line, d.text, d.message]), [[7, '2.', '附件说明中还没有写出第14行附件的名称（GB/T 9704—2012 第7.3.4条：附件说明列出附件名称）：应写出“任务清单”。']]);
    const f = lint(text, { model: emptyModel(), only: [match] }).diagnostics[0].suggestions![0];
    assert.equal(f.desc, '改为“任务清单”');
    assert.equal(text.slice(0, f.fix.range[0]) + f.fix.text + text.slice(f.fix.range[1]), doc(['附件：1. 工作方案', '2.任务清单'], ATTACHED));
    assert.deepEqual(check(match, doc(['附件：'], ATTACHED)).map((d) => [d.line, d.text]), [[6, '附件：'], [13, '附件2']]);
  });
});
