import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import { noteStop } from './note-stop';

const WHY = 'GB/T 9704—2012 第7.3.6条：附注居左空二字加圆括号编排在成文日期下一行，如“（此件公开发布）”，括号内不加句末标点';
const HEAD = '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于印发聊城市防汛工作方案的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n《聊城市防汛工作方案》已经市政府同意，现印发给你们，请认真贯彻落实。\n\n聊城市人民政府办公室\n2025年6月3日\n\n';
const PLAN = '\n\n聊城市防汛工作方案\n\n为做好防汛工作，制定本方案。\n';
const draft = (note: string) => HEAD + note + PLAN;

describe('structure/note-stop', () => {
  it('passes a 附注 ending at its bracket, a bare one (note-brackets\'), and a document without one', () => {
    assert.deepEqual(check(noteStop, draft('（此件公开发布）')), []);
    assert.deepEqual(check(noteStop, draft('（联系人：王晓东，联系电话：0635-8241567）')), []);
    assert.deepEqual(check(noteStop, draft('此件公开发布。')), []);
    assert.deepEqual(check(noteStop, HEAD.trimEnd() + PLAN), []);
  });

  it('reports a 。 before the closing bracket and deletes it', () => {
    const text = draft('（此件主动公开。）');
    assert.deepEqual(check(noteStop, text).map((d) => [d.line, d.text, d.message]), [
      [14, '。', `附注括号内末尾不加“。”（${WHY}）：应为“（此件主动公开）”。`],
    ]);
    assert.equal(fixed(noteStop, text), draft('（此件主动公开）'));
  });

  it('reports a contact note ended as a sentence or a list, in full- or half-width brackets', () => {
    assert.deepEqual(check(noteStop, draft('（联系人：王晓东，联系电话：0635-8241567。）')).map((d) => d.text), ['。']);
    assert.deepEqual(check(noteStop, draft('（联系人：王晓东；联系电话：0635-8241567；）')).map((d) => d.text), ['；']);
    assert.equal(fixed(noteStop, draft('(此件公开发布。)')), draft('(此件公开发布)'));
  });
});
