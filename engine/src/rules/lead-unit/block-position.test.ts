import * as assert from 'node:assert/strict';
import { check } from '../testing';
import type { Found } from '../testing';
import { draft, issueOf, lexicon } from './test-fixtures';
import { blockPosition } from './block-position';

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/block-position', () => {
  const model = lexicon();
  it("passes a block closing its task", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局）");
    assert.deepEqual(brief(check(blockPosition, text, { model })), []);
  });
  it("passes a block before the full stop", () => {
    const text = draft("1. 加强监管（牵头单位：市财政局）。");
    assert.deepEqual(brief(check(blockPosition, text, { model })), []);
  });
  it("passes several tasks in one paragraph, each closed by its block", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局）确保落实。（责任单位：市民政局）");
    assert.deepEqual(brief(check(blockPosition, text, { model })), []);
  });
  it("passes a block after a sentence closed by a half-width ! or ?, as after its full-width mark", () => {
    for (const mark of ['！', '!', '？', '?']) {
      const text = draft(`1. 加强监管${mark}（牵头单位：市财政局）确保落实。（责任单位：市民政局）`);
      assert.deepEqual(brief(check(blockPosition, text, { model })), [], mark);
    }
  });
  it("passes the task's deadline in brackets of its own after the block (（2026年12月底前完成）) (redteam4)", () => {
    for (const ok of ["1. 加强监管。（牵头单位：市财政局）（2026年12月底前完成）", "1. 加强监管。（牵头单位：市财政局）（持续推进）",
      "1. 加强监管。（牵头单位：市财政局；配合单位：市民政局）（完成时限：2026年6月）"]) {
      assert.deepEqual(brief(check(blockPosition, draft(ok), { model })), [], ok);
    }
    // A bracket that is no deadline is still text after the block.
    assert.deepEqual(brief(check(blockPosition, draft("1. 加强监管。（牵头单位：市财政局）（含县级财政）"), { model })).map((f) => f[3]), ["（含县级财政）"]);
  });
  it("passes a block followed by a sentence introducing the task's list below (。具体包括以下内容：) (redteam6)", () => {
    const text = draft("1. 依法开展专项审计（牵头单位：市审计局）。具体包括以下内容：\n\n（1）财政资金使用情况；\n\n（2）项目建设情况。");
    assert.deepEqual(brief(check(blockPosition, text, { model })), []);
    // Task text that introduces nothing is still reported.
    const run = draft("1. 依法开展专项审计（牵头单位：市审计局）。具体包括财政资金使用情况。");
    assert.deepEqual(brief(check(blockPosition, run, { model })).map((f) => f[3]), ["。"]);
  });
  it("reports a block in the middle of a sentence", () => {
    const text = draft("1. 加强监管（牵头单位：市财政局），确保落实。");
    assert.deepEqual(brief(check(blockPosition, text, { model })), [["lead-unit/block-position", 5, 19, "，确保落实。", "牵头单位括注应放在该项任务的末尾：括注之后不应接续同一句话（括注标明整项任务的分工，放在句中会割裂句子，也分不清所指范围），请把括注移到任务最后一句的句号之后，如“……确保质量安全。（牵头单位：……）”。"]]);
  });
  it("in an extracted issue, passes the next task run on after a block, whose own block follows", () => {
    // A lost line break: 任务乙 starts after 任务甲's block and closes with its own a paragraph later.
    const body = "1. 加强监管，完善制度。（牵头单位：市财政局）推进数据共享，做好信息公开。\n\n建立工作台账。（牵头单位：市审计局）";
    const issue = issueOf([body]);
    assert.deepEqual(brief(check(blockPosition, issue, { model })), []);
    // Its own block missing (the next item starts first): the text after the block is reported.
    const orphan = issueOf(["1. 加强监管，完善制度。（牵头单位：市财政局）推进数据共享，做好信息公开。\n\n2. 建立工作台账。（牵头单位：市审计局）"]);
    assert.deepEqual(brief(check(blockPosition, orphan, { model })).map((f) => f[3]), ["推进数据共享，做好信息公开。"]);
    // In a draft, lines are where the drafter put them: reported.
    assert.deepEqual(brief(check(blockPosition, draft(body), { model })).map((f) => f[3]), ["推进数据共享，做好信息公开。"]);
  });
  it("reports task text after the last block", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局）确保落实到位。");
    assert.deepEqual(brief(check(blockPosition, text, { model })), [["lead-unit/block-position", 5, 20, "确保落实到位。", "牵头单位括注之后还有未标明分工的任务文字（括注标明其前整项任务的分工，其后的文字便没有分工）：括注应放在该项任务的末尾，或为后面的任务另加括注。"]]);
  });
  it('leaves roles printed on lines of their own alone (a paragraph of their own, no sentence to sit in)', () => {
    const text0 = draft("1. 加强监管。\n牵头单位：市财政局\n配合单位：市审计局\n2. 加强审计。（牵头单位：市审计局）");
    assert.deepEqual(brief(check(blockPosition, text0, { model: lexicon() })), []);
    const text1 = draft("1. 加强监管。\n牵头单位：市财政局\n2. 加强审计。\n牵头单位：市审计局");
    assert.deepEqual(brief(check(blockPosition, text1, { model: lexicon() })), []);
  });
});
