// A drafter writing a document from nothing over the protocol, as VS Code drives the server:
// incremental didChange edits (IME commits of several characters, deletions), completion where a
// drafter asks for it, and what the answers must be for the text as typed so far.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol';
import { SourceText } from '../../engine/src/text/source';
import { MODEL, TestClient } from './harness';

/** A model whose 市商务投资促进局 (in use 2021-04-01 to 2021-12-01) was later split into two units
 * that carry no start date of their own, as a trained model has them (first seen 2023), and which
 * lists the county governments, its most counted name. */
function splitModel(dir: string): string {
  const m = JSON.parse(fs.readFileSync(MODEL, 'utf8'));
  m.units = m.units.filter((u: { name: string }) => u.name !== '市商务局');
  m.units.push(
    { name: '市商务局', full: '聊城市商务局', count: 3, firstSeen: '2023-06-15', lastSeen: '2024-11-20' },
    { name: '市投资促进局', count: 2, firstSeen: '2023-06-15', lastSeen: '2024-11-20' },
    // As a trained model has them: the county governments counted most.
    { name: '各县（市、区）人民政府', count: 60, firstSeen: '2021-03-01', lastSeen: '2024-11-20' },
  );
  const file = path.join(dir, 'split-model.json');
  fs.writeFileSync(file, JSON.stringify(m));
  return file;
}

/** One open untitled document typed into with incremental edits, as an editor sends them. */
class Draft {
  text = '';
  private version = 1;
  constructor(private readonly client: TestClient, readonly uri: string) {}

  async open(languageId = 'gongwen'): Promise<void> {
    await this.client.open(this.uri, this.text, languageId);
  }

  /** Replaces [start, end) (UTF-16 offsets) with `text`, sent as a ranged change. */
  async edit(start: number, end: number, text: string): Promise<void> {
    const src = new SourceText(this.text);
    const range = { start: src.positionAt(start), end: src.positionAt(end) };
    this.text = this.text.slice(0, start) + text + this.text.slice(end);
    this.version++;
    await this.client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri, version: this.version }, contentChanges: [{ range, text }],
    });
  }

  /** Types `s` at the cursor `at` (default: the end). */
  type(s: string, at = this.text.length): Promise<void> {
    return this.edit(at, at, s);
  }

  complete(at: number): Promise<CompletionList> {
    return this.client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: this.uri }, position: new SourceText(this.text).positionAt(at),
    });
  }

  /** The text after accepting `item`. */
  accept(item: CompletionItem): string {
    const e = item.textEdit as TextEdit;
    const src = new SourceText(this.text);
    return this.text.slice(0, src.offsetAt(e.range.start)) + e.newText + this.text.slice(src.offsetAt(e.range.end));
  }

  /** Accepts `item`: its edit is sent as the editor sends it. */
  acceptEdit(item: CompletionItem): Promise<void> {
    const e = item.textEdit as TextEdit;
    const src = new SourceText(this.text);
    return this.edit(src.offsetAt(e.range.start), src.offsetAt(e.range.end), e.newText);
  }
}

/**
 * Whether VS Code's suggest widget keeps `item` when `typed` is written from its range's start: its
 * fuzzy filter (filters.ts fuzzyScore, firstMatchCanBeWeak false) wants the first typed character at
 * a word start of the filter text, and Chinese text has none but its first character (no case, no
 * ASCII separators); the rest may follow anywhere in order.
 */
function shownByVsCode(item: CompletionItem, typed: string): boolean {
  const filter = item.filterText ?? item.label;
  if (!typed) return true;
  if (filter[0] !== typed[0]) return false;
  let i = 0;
  for (const c of filter) if (i < typed.length && c === typed[i]) i++;
  return i === typed.length;
}

const labels = (l: CompletionList, kind?: number) => l.items.filter((i) => kind === undefined || i.kind === kind).map((i) => i.label);

describe('drafting over the protocol', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  let n = 0;
  const draft = () => new Draft(client, `untitled:Untitled-${++n}`);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-drafting-'));
    client = await TestClient.start({ settings: { debounceMs: 20, typingPauseMs: 0, model: splitModel(dir) } });
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('units in a 牵头单位 block', () => {
    const head = '聊城市人民政府办公室文件\n\n聊政办发〔2021〕9号\n\n聊城市人民政府办公室关于推进城市更新的实施意见\n\n一、重点任务\n\n（一）推进改造。';
    const tail = '\n\n聊城市人民政府办公室\n2021年6月1日\n';

    it('offers no part of a body split later while the body was in use (the linter would call it not yet existing)', async () => {
      const d = draft();
      d.text = head + tail;
      await d.open();
      const at = head.length;
      await d.type('（）', at); // the editor closes the bracket
      await d.type('牵头单位：', at + 1);
      const list = await d.complete(at + 6);
      const names = labels(list, 12);
      assert.ok(names.includes('市商务投资促进局'), names.join(' '));
      assert.ok(!names.includes('市商务局') && !names.includes('市投资促进局'), names.join(' '));
    });

    it('a 牵头单位 gets the departments first, a 责任单位 the county governments it usually ends with', async () => {
      const d = draft();
      await d.open();
      await d.type(head + '（）' + tail);
      await d.type('牵头单位：', head.length + 1);
      const lead = labels(await d.complete(head.length + 6), 12);
      assert.deepStrictEqual(lead.slice(0, 2), ['市发展改革委', '市住房城乡建设局']);
      assert.ok(lead.indexOf('各县（市、区）人民政府') > lead.indexOf('市财政局'), lead.join(' '));
      await d.type('市发展改革委；责任单位：', head.length + 6);
      const responsible = labels(await d.complete(head.length + '（牵头单位：市发展改革委；责任单位：'.length), 12);
      assert.deepStrictEqual(responsible.slice(0, 1), ['各县（市、区）人民政府']);
    });

    it('does not offer a unit the block already names, before or after the cursor, by any of its names', async () => {
      const d = draft();
      d.text = head + '（牵头单位：市发改委；责任单位：市财政局）' + tail;
      await d.open();
      // The cursor after 市发改委、 typed as one IME commit.
      const at = d.text.indexOf('市发改委') + 4;
      await d.type('、', at);
      const names = labels(await d.complete(at + 1), 12);
      assert.ok(!names.includes('市发展改革委') && !names.includes('市财政局'), names.join(' '));
      assert.ok(names.includes('市住房城乡建设局'), names.join(' '));
      // Typing part of a name: it is replaced, not doubled; the name under the cursor is no reason to leave one out.
      await d.type('市住', at + 1);
      const list = await d.complete(at + 3);
      const item = list.items.find((i) => i.label === '市住房城乡建设局')!;
      assert.ok(d.accept(item).includes('（牵头单位：市发改委、市住房城乡建设局；责任单位：市财政局）'), d.accept(item));
      // The cursor inside a name written before: the whole name is replaced, its end not left behind.
      await d.type('建局', at + 3);
      const inside = await d.complete(at + 3);
      const again = inside.items.find((i) => i.label === '市住房城乡建设局')!;
      assert.ok(d.accept(again).includes('（牵头单位：市发改委、市住房城乡建设局；责任单位：市财政局）'), d.accept(again));
    });
  });

  describe('roles printed on lines of their own (实施方案: 牵头单位：A ⏎ 配合单位：B, no brackets)', () => {
    const head = '聊城市人民政府办公室文件\n\n聊政办发〔2021〕9号\n\n聊城市人民政府办公室关于推进城市更新的实施意见\n\n一、重点任务\n\n（一）推进改造。重点做好两项工作：①摸清底数；②建立台账。\n';
    const tail = '\n\n（二）强化保障。加大资金支持力度。\n\n聊城市人民政府办公室\n2021年6月1日\n';

    it('under a task, the role keywords; after 牵头单位： the units; under that line, the roles that may follow; no unit named twice', async () => {
      const d = draft();
      d.text = head + tail;
      await d.open();
      let at = head.length;
      assert.deepStrictEqual(labels(await d.complete(at)), ['牵头单位：', '配合单位：', '责任单位：', '负责单位：']);
      await d.type('牵头', at);
      const roles = await d.complete(at + 2);
      assert.strictEqual(d.accept(roles.items[0]), head + '牵头单位：' + tail);
      await d.acceptEdit(roles.items[0]);
      at += '牵头单位：'.length;
      const lead = labels(await d.complete(at), 12);
      assert.deepStrictEqual(lead.slice(0, 2), ['市发展改革委', '市住房城乡建设局']);
      await d.type('财政', at);
      const typed = await d.complete(at + 2);
      assert.deepStrictEqual(typed.items.filter((i) => shownByVsCode(i, '财政')).map((i) => i.label), ['市财政局']);
      await d.acceptEdit(typed.items.find((i) => i.label === '市财政局')!);
      at = d.text.indexOf('市财政局') + 4;
      await d.type('\n', at);
      assert.deepStrictEqual(labels(await d.complete(at + 1)), ['配合单位：', '责任单位：', '负责单位：']);
      await d.type('配合单位：', at + 1);
      const coop = labels(await d.complete(at + 6), 12);
      assert.ok(coop.includes('市住房城乡建设局') && !coop.includes('市财政局'), coop.join(' '));
      // The finished block lints as the engine reads it: a block without brackets, no problem.
      await d.type('市住房城乡建设局', at + 6);
      const p = await client.waitForDiagnostics(d.uri, () => true);
      assert.deepStrictEqual(p.diagnostics.map((x) => x.code), []);
      assert.ok(d.text.includes('②建立台账。\n牵头单位：市财政局\n配合单位：市住房城乡建设局\n'), d.text);
    });

    it('not under a heading, nor under a paragraph that is no task, nor after a sentence on a role\'s line', async () => {
      const d = draft();
      d.text = '一、重点任务\n\n为推进城市更新，制定本方案。\n牵头单位：负责统筹协调。\n';
      await d.open();
      assert.deepStrictEqual(labels(await d.complete('一、重点任务\n'.length)), []);
      assert.deepStrictEqual(labels(await d.complete('一、重点任务\n\n为推进城市更新，制定本方案。\n'.length)), []);
      assert.deepStrictEqual(labels(await d.complete(d.text.length - 1)), []);
    });
  });

  describe('what is typed of a name, anywhere in it (Chinese names have no word starts for the editor\'s filter)', () => {
    it('财政 finds 市财政局 in a 牵头单位 block, 城市更新 a title after 《, and the list is asked for again as more is typed', async () => {
      const d = draft();
      d.text = '关于城市更新的实施意见\n\n根据，制定本意见。\n\n一、重点任务\n\n（一）推进改造。\n\n聊城市人民政府办公室\n2024年5月20日\n';
      await d.open();
      let at = d.text.indexOf('推进改造。') + 5;
      await d.type('（）', at);
      await d.type('牵头单位：财政', at + 1);
      const units = await d.complete(at + '（牵头单位：财政'.length);
      const shown = units.items.filter((i) => shownByVsCode(i, '财政')).map((i) => i.label);
      assert.deepStrictEqual(shown, ['市财政局']);
      assert.strictEqual(units.isIncomplete, true);
      const item = units.items.find((i) => i.label === '市财政局')!;
      assert.ok(d.accept(item).includes('（牵头单位：市财政局）'), d.accept(item));
      // The full name typed: the standard name a block uses.
      await d.edit(at + '（牵头单位：'.length, at + '（牵头单位：财政'.length, '聊城市住房和城乡');
      const byFull = await d.complete(at + '（牵头单位：聊城市住房和城乡'.length);
      assert.deepStrictEqual(byFull.items.filter((i) => shownByVsCode(i, '聊城市住房和城乡')).map((i) => [i.label, i.detail]), [['市住房城乡建设局', '聊城市住房和城乡建设局']]);
      assert.ok(d.accept(byFull.items[0]).includes('（牵头单位：市住房城乡建设局）'), d.accept(byFull.items[0]));
      at = d.text.indexOf('根据') + 2;
      await d.type('《》', at);
      await d.type('城市更新', at + 1);
      const titles = await d.complete(at + 5);
      assert.deepStrictEqual(titles.items.filter((i) => shownByVsCode(i, '城市更新')).map((i) => i.label), ['聊城市人民政府关于推进城市更新的意见']);
      assert.ok(d.accept(titles.items[0]).includes('根据《聊城市人民政府关于推进城市更新的意见》（聊政发〔2023〕7号），'), d.accept(titles.items[0]));
    });
  });

  describe('发文字号', () => {
    it('inside the 〔〕 the editor closed: the document\'s year and the next number, the closing bracket not doubled', async () => {
      const d = draft();
      d.text = '\n\n聊城市人民政府办公室关于推进城市更新的实施意见\n\n聊城市人民政府办公室\n2024年5月20日\n';
      await d.open();
      await d.type('聊城市人民政府办公室文件\n\n聊政办发', 0);
      const at = '聊城市人民政府办公室文件\n\n聊政办发'.length;
      await d.type('〔〕', at);
      const list = await d.complete(at + 1);
      assert.deepStrictEqual(list.items.map((i) => i.label), ['2024〕26号']); // the model has used up to 25
      assert.ok(d.accept(list.items[0]).startsWith('聊城市人民政府办公室文件\n\n聊政办发〔2024〕26号\n'), d.accept(list.items[0]));
      // Part of the year typed: replaced, and a 号 already there is not doubled.
      await d.type('20', at + 1);
      await d.type('号', at + 4);
      const typed = await d.complete(at + 3);
      assert.ok(d.accept(typed.items[0]).includes('\n聊政办发〔2024〕26号\n'), d.accept(typed.items[0]));
      // After the bracket, in front of a number already written (a bracket typed again): the number is replaced.
      await d.acceptEdit(typed.items[0]);
      await d.edit(at + 6, at + 9, '3号');
      const again = await d.complete(at + 6);
      assert.ok(d.accept(again.items[0]).includes('\n聊政办发〔2024〕26号\n'), d.accept(again.items[0]));
    });

    it('under the 发文机关标志, the organ\'s codes that fit it, each as a whole number with the year and the next free one', async () => {
      const d = draft();
      d.text = '\n\n聊城市人民政府办公室关于推进城市更新的实施意见\n\n聊城市人民政府办公室\n2024年5月20日\n';
      await d.open();
      await d.type('聊城市人民政府办公室文件\n\n聊政', 0);
      const at = '聊城市人民政府办公室文件\n\n聊政'.length;
      const list = await d.complete(at);
      assert.deepStrictEqual(list.items.map((i) => i.label), ['聊政办发〔2024〕26号']);
      assert.ok(d.accept(list.items[0]).startsWith('聊城市人民政府办公室文件\n\n聊政办发〔2024〕26号\n'), d.accept(list.items[0]));
      // The bare organ: its 字 series; not on a line that does not follow a mark.
      await d.edit(0, '聊城市人民政府办公室文件'.length, '聊城市人民政府办公室');
      assert.deepStrictEqual((await d.complete(at - 2)).items.map((i) => i.label), ['聊政办字〔2024〕31号']);
      assert.deepStrictEqual((await d.complete(d.text.indexOf('\n2024年'))).items.filter((i) => i.kind === 12).map((i) => i.label), []);
    });

    it('the next free number in a document dated before a number below it: the item says that number\'s date is later', async () => {
      const d = draft();
      d.text = '聊城市人民政府文件\n\n聊政发〔2023〕\n\n聊城市人民政府关于推进城市更新的意见\n\n聊城市人民政府\n2023年3月1日\n';
      await d.open();
      const list = await d.complete('聊城市人民政府文件\n\n聊政发〔2023〕'.length);
      assert.deepStrictEqual(list.items.map((i) => [i.label, i.documentation]), [
        ['13号', '聊政发〔2023〕7号 的成文日期 2023-03-15 晚于本文日期 2023-03-01：请核对成文日期（同一系列的文号按发文先后编排）'],
      ]);
      // Dated after it: no note.
      await d.edit(d.text.indexOf('3月1日'), d.text.indexOf('3月1日') + 4, '5月1日');
      assert.deepStrictEqual((await d.complete('聊城市人民政府文件\n\n聊政发〔2023〕'.length)).items.map((i) => [i.label, i.documentation]), [['13号', undefined]]);
    });

    it('after a cited title\'s （: that document\'s number (never the next free one), and no role keywords', async () => {
      const d = draft();
      d.text = '聊政办发〔2024〕27号\n\n关于城市更新的实施意见\n\n根据\n\n聊城市人民政府办公室\n2024年5月20日\n';
      await d.open();
      let at = d.text.indexOf('根据') + 2;
      await d.type('《聊城市人民政府关于推进城市更新的意见》（）', at);
      at += '《聊城市人民政府关于推进城市更新的意见》（'.length;
      const list = await d.complete(at);
      assert.deepStrictEqual(list.items.map((i) => [i.label, i.detail]), [['聊政发〔2023〕7号', '聊城市人民政府关于推进城市更新的意见']]);
      assert.ok(d.accept(list.items[0]).includes('根据《聊城市人民政府关于推进城市更新的意见》（聊政发〔2023〕7号）\n'), d.accept(list.items[0]));
      // The series and year typed by hand: the documents of that series, not 聊政发〔2023〕13号 (free, so citing nothing).
      await d.type('聊政发〔2023〕', at);
      const typed = await d.complete(at + '聊政发〔2023〕'.length);
      assert.deepStrictEqual(typed.items.map((i) => i.label), ['聊政发〔2023〕7号']);
      assert.ok(d.accept(typed.items[0]).includes('（聊政发〔2023〕7号）\n'), d.accept(typed.items[0]));
    });

    it('role keywords where a block opens, not after every （ of running text', async () => {
      const d = draft();
      d.text = '（一）推进改造。\n';
      await d.open();
      await d.type('（）', '（一）推进改造。'.length);
      assert.deepStrictEqual(labels(await d.complete('（一）推进改造。（'.length)), ['牵头单位：', '配合单位：', '责任单位：', '负责单位：']);
      // After a role's ；, the roles that may follow it (not the one written again), and no unit names.
      await d.type('牵头单位：市财政局；', '（一）推进改造。（'.length);
      assert.deepStrictEqual(labels(await d.complete('（一）推进改造。（牵头单位：市财政局；'.length)), ['配合单位：', '责任单位：', '负责单位：']);
      const d2 = draft();
      d2.text = '各县\n';
      await d2.open();
      await d2.type('（）', 2);
      assert.deepStrictEqual(labels(await d2.complete(3)), []);
    });
  });

  describe('cited titles after 《', () => {
    const notice = '聊城市人民政府办公室文件\n\n聊政办发〔2024〕27号\n\n聊城市人民政府办公室关于印发聊城市城市更新行动实施方案的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n';
    const closing = '\n\n聊城市人民政府办公室\n2024年5月20日\n\n聊城市城市更新行动实施方案\n\n为贯彻落实\n';

    it('in a 印发 notice\'s body, the document it issues first, without a number; not in the attached document', async () => {
      const d = draft();
      d.text = notice + closing;
      await d.open();
      await d.type('《》', notice.length);
      const list = await d.complete(notice.length + 1);
      assert.deepStrictEqual([list.items[0].label, list.items[0].preselect], ['聊城市城市更新行动实施方案', true]);
      await d.acceptEdit(list.items[0]);
      await d.type('已经市政府同意，现印发给你们，请认真贯彻执行。', d.text.indexOf('》') + 1);
      assert.ok(d.text.includes('\n《聊城市城市更新行动实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n'), d.text);
      // In the attached 实施方案 the registry's documents, as anywhere.
      const at = d.text.indexOf('为贯彻落实') + 5;
      await d.type('《》', at);
      const inPlan = await d.complete(at + 1);
      assert.ok(inPlan.items.length > 0 && !inPlan.items.some((i) => i.label === '聊城市城市更新行动实施方案'), labels(inPlan).join(' '));
    });

    it('in a document dated before some of them, not those issued after it (the linter would report citing them)', async () => {
      const d = draft();
      d.text = '关于城市更新的实施意见\n\n根据，制定本意见。\n\n聊城市人民政府办公室\n2023年6月1日\n';
      await d.open();
      const at = d.text.indexOf('根据') + 2;
      await d.type('《》', at);
      assert.deepStrictEqual(labels(await d.complete(at + 1)), ['聊城市人民政府关于推进城市更新的意见', '聊城市人民政府关于印发聊城市城市管理办法的通知']);
    });

    it('a number typed before its title (《》（number）): the quick fix fills in the registered title', async () => {
      const d = draft();
      d.text = '关于城市更新的实施意见\n\n根据，制定本意见。\n\n聊城市人民政府办公室\n2024年5月20日\n';
      await d.open();
      const published = client.waitForDiagnostics(d.uri, (p) => p.version === 2);
      await d.type('《》（聊政发〔2023〕7号）', d.text.indexOf('根据') + 2);
      const diagnostic = (await published).diagnostics.find((x) => x.code === 'cross-ref/number-title')!;
      assert.ok(diagnostic, 'reported');
      const actions = await client.request<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, TextEdit[]> } }[]>('textDocument/codeAction', {
        textDocument: { uri: d.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      const fix = actions.find((x) => x.isPreferred)!;
      const e = fix.edit.changes[d.uri][0];
      await d.edit(new SourceText(d.text).offsetAt(e.range.start), new SourceText(d.text).offsetAt(e.range.end), e.newText);
      assert.ok(d.text.includes('根据《聊城市人民政府关于推进城市更新的意见》（聊政发〔2023〕7号），制定本意见。'), d.text);
    });

    it('rewriting the title of a citation that has its number: the number is not written twice', async () => {
      const d = draft();
      d.text = '关于城市更新的实施意见\n\n根据《聊城市人民政府关于》（聊政发〔2023〕7号），制定本意见。\n\n聊城市人民政府办公室\n2024年5月20日\n';
      await d.open();
      const at = d.text.indexOf('关于》') + 2;
      const list = await d.complete(at);
      const item = list.items.find((i) => i.label === '聊城市人民政府关于推进城市更新的意见')!;
      assert.ok(d.accept(item).includes('根据《聊城市人民政府关于推进城市更新的意见》（聊政发〔2023〕7号），制定本意见。'), d.accept(item));
      // The cursor inside the title: what follows it up to 》 is replaced too.
      const inside = await d.complete(d.text.indexOf('关于》') - 2);
      const same = inside.items.find((i) => i.label === '聊城市人民政府关于推进城市更新的意见')!;
      assert.ok(d.accept(same).includes('根据《聊城市人民政府关于推进城市更新的意见》（聊政发〔2023〕7号），制定本意见。'), d.accept(same));
    });
  });

  describe('fix all while typing', () => {
    it('fix on save with the 附件说明 half typed (附件：, then 2.) leaves the colon and the marker', async () => {
      const d = draft();
      d.text = '聊城市人民政府办公室文件\n\n聊政办发〔2024〕27号\n\n聊城市人民政府办公室关于做好城市更新工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现将有关事项通知如下。\n\n\n\n聊城市人民政府办公室\n2024年5月20日\n\n附件1\n\n工作方案\n\n一、总体要求。\n\n附件2\n\n任务清单\n\n一、重点任务。\n';
      await d.open();
      const at = d.text.indexOf('通知如下。\n\n') + '通知如下。\n\n'.length;
      // What fix on save applies (the code action analyses the current version itself).
      const onSave = async () => {
        const actions = await client.request<{ edit?: { changes: Record<string, TextEdit[]> } }[]>('textDocument/codeAction', {
          textDocument: { uri: d.uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
        });
        const edits = actions[0]?.edit?.changes[d.uri] ?? [];
        const src = new SourceText(d.text);
        let out = d.text;
        for (const e of [...edits].sort((x, y) => src.offsetAt(y.range.start) - src.offsetAt(x.range.start))) {
          out = out.slice(0, src.offsetAt(e.range.start)) + e.newText + out.slice(src.offsetAt(e.range.end));
        }
        return out;
      };
      await d.type('附件：', at);
      assert.ok((await onSave()).includes('\n附件：\n'), 'the colon stays');
      await d.type('1.工作方案\n2.', at + 3);
      assert.ok((await onSave()).includes('\n附件：1.工作方案\n2.\n'), 'the marker stays');
    });
  });

  describe('outline', () => {
    it('a 印发 notice: the document it issues under its own title, not as a 附件 it is not', async () => {
      const d = draft();
      await d.open();
      await d.type('聊城市人民政府办公室文件\n\n聊政办发〔2024〕27号\n\n聊城市人民政府办公室关于印发聊城市城市更新行动实施方案的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n');
      await d.type('《聊城市城市更新行动实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n聊城市人民政府办公室\n2024年5月20日\n\n');
      await d.type('聊城市城市更新行动实施方案\n\n一、总体要求\n\n坚持规划引领。\n');
      const symbols = await client.request<{ name: string; children?: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri: d.uri } });
      assert.deepStrictEqual(symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]), [
        ['聊城市人民政府办公室关于印发聊城市城市更新行动实施方案的通知', ['聊城市城市更新行动实施方案']],
      ]);
    });
  });

  describe('outline of a 办法', () => {
    it('chapters, articles by their opening words, and the items of an article by their text without its closing ；or 。', async () => {
      const d = draft();
      d.text = '聊城市城市更新项目管理办法\n\n第一章　总则\n\n第一条　为了规范城市更新项目管理，制定本办法。\n\n第二条　有关单位应当定期开展检查：\n\n（一）制定年度检查计划；\n\n（二）建立隐患台账。\n\n第二章　附则\n\n第三条　本办法自2026年12月1日起施行。\n';
      await d.open();
      type Sym = { name: string; children?: Sym[] };
      const shape = (s: Sym): unknown => [s.name, ...(s.children?.length ? [s.children.map(shape)] : [])];
      const symbols = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: d.uri } });
      assert.deepStrictEqual(symbols.map(shape), [['聊城市城市更新项目管理办法', [
        ['第一章 总则', [['第一条 为了规范城市更新项目管理，制定本办法。'], ['第二条 有关单位应当定期开展检查：', [['（一）制定年度检查计划'], ['（二）建立隐患台账']]]]],
        ['第二章 附则', [['第三条 本办法自2026年12月1日起施行。']]],
      ]]]);
    });
  });

  describe('folding', () => {
    it('a gongwen-disable … gongwen-enable region folds, as the language configuration\'s markers had it', async () => {
      const d = draft();
      d.text = '关于城市更新的实施意见\n\n一、重点任务\n\ngongwen-disable lead-unit\n（一）推进改造。（牵头单位：市住建局）\n\n（二）完善设施。\ngongwen-enable lead-unit\n\n聊城市人民政府办公室\n2024年5月20日\n';
      await d.open();
      const ranges = await client.request<{ startLine: number; endLine: number; kind?: string }[]>('textDocument/foldingRange', { textDocument: { uri: d.uri } });
      assert.ok(ranges.some((r) => r.startLine === 4 && r.endLine === 8 && r.kind === 'region'), JSON.stringify(ranges));
    });
  });

  describe('附件说明', () => {
    it('after 附件：, the titles of the attachments printed after the text, numbered; then those not yet named', async () => {
      const d = draft();
      d.text = '聊城市人民政府办公室文件\n\n聊政办发〔2024〕27号\n\n聊城市人民政府办公室关于做好城市更新工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现将有关事项通知如下。\n\n\n\n聊城市人民政府办公室\n2024年5月20日\n\n附件1\n\n工作方案\n\n一、总体要求。\n\n附件2\n\n任务清单\n\n一、重点任务。\n';
      await d.open();
      const at = d.text.indexOf('通知如下。\n\n') + '通知如下。\n\n'.length;
      await d.type('附件：', at);
      const list = await d.complete(at + 3);
      assert.deepStrictEqual(list.items.map((i) => [i.label, i.detail, (i.textEdit as TextEdit).newText]), [
        ['工作方案', '附件1', '1.工作方案'], ['任务清单', '附件2', '2.任务清单'],
      ]);
      await d.acceptEdit(list.items[0]);
      await d.type('\n      2.', at + '附件：1.工作方案'.length);
      const next = await d.complete(at + '附件：1.工作方案\n      2.'.length);
      assert.deepStrictEqual(next.items.map((i) => [i.label, (i.textEdit as TextEdit).newText]), [['任务清单', '任务清单']]);
      const published = client.waitForDiagnostics(d.uri, (p) => p.version === 5);
      await d.acceptEdit(next.items[0]);
      assert.ok(d.text.includes('\n附件：1.工作方案\n      2.任务清单\n'), d.text);
      const diagnostics = await published;
      assert.deepStrictEqual(diagnostics.diagnostics.filter((x) => String(x.code).startsWith('attachment/')), []);
    });
  });

  describe('a post\'s unit in a 任免 notice', () => {
    it('by its full name, as 任免 notices write it, found by any part of it', async () => {
      const d = draft();
      d.text = '聊城市人民政府\n\n关于任免张三等工作人员职务的通知\n\n聊政任〔2024〕4号\n\n各县（市、区）人民政府，市政府各部门：\n\n市人民政府决定，任命：\n\n张三为局长。\n\n聊城市人民政府\n2024年5月20日\n';
      await d.open();
      const at = d.text.indexOf('为局长') + 1;
      await d.type('住房', at);
      const list = await d.complete(at + 2);
      const shown = list.items.filter((i) => shownByVsCode(i, '住房'));
      assert.deepStrictEqual(shown.map((i) => [i.label, i.detail]), [['聊城市住房和城乡建设局', '市住房城乡建设局']]);
      assert.ok(d.accept(shown[0]).includes('\n张三为聊城市住房和城乡建设局局长。\n'), d.accept(shown[0]));
    });
  });

  describe('附件N after the signature', () => {
    it('offers the attachments the 附件说明 names and the text does not print yet: 附件N, its title two lines down', async () => {
      const d = draft();
      d.text = '聊城市人民政府办公室文件\n\n聊政办发〔2024〕27号\n\n聊城市人民政府办公室关于做好城市更新工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n现将有关事项通知如下。\n\n附件：1.工作方案\n      2.任务清单\n\n聊城市人民政府办公室\n2024年5月20日\n\n';
      await d.open();
      await d.type('附件');
      const list = await d.complete(d.text.length);
      assert.deepStrictEqual(list.items.map((i) => [i.label, i.detail]), [['附件1', '工作方案'], ['附件2', '任务清单']]);
      await d.acceptEdit(list.items[0]);
      assert.ok(d.text.endsWith('2024年5月20日\n\n附件1\n\n工作方案'), d.text);
      await d.type('\n\n一、总体要求。\n\n附件');
      const next = await d.complete(d.text.length);
      assert.deepStrictEqual(next.items.map((i) => [i.label, (i.textEdit as TextEdit).newText]), [['附件2', '附件2\n\n任务清单']]);
      await d.acceptEdit(next.items[0]);
      const published = client.waitForDiagnostics(d.uri, (p) => p.version === 6);
      await d.type('\n\n一、重点任务。\n');
      assert.deepStrictEqual((await published).diagnostics.map((x) => x.code), []);
      // Not in the body, nor before the signature.
      const body = await d.complete(d.text.indexOf('附件：') + 2);
      assert.ok(!body.items.some((i) => i.label === '附件1' || i.label === '附件2'), labels(body).join(' '));
    });
  });

  describe('completion in a long document, from the analysis before the last edits', () => {
    // A debounce that never fires within the test: completion answers from the analysis made when
    // it was first asked (a document this long is not linted again for it).
    let slow: TestClient;
    before(async () => {
      slow = await TestClient.start({ settings: { debounceMs: 600_000 } });
    });
    after(async () => slow?.stop());

    it('an entry of the 附件说明 under a paragraph typed since: the cursor is mapped into that analysis', async () => {
      const d = new Draft(slow, 'untitled:Long-1');
      const body = '各地要抓好落实，确保各项任务按期完成。'.repeat(3000);
      d.text = `聊城市人民政府办公室文件\n\n聊政办发〔2024〕27号\n\n聊城市人民政府办公室关于做好城市更新工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n${body}\n\n附件：1.工作方案\n\n聊城市人民政府办公室\n2024年5月20日\n\n附件1\n\n工作方案\n\n一、总体要求。\n\n附件2\n\n任务清单\n\n一、重点任务。\n`;
      assert.ok(d.text.length > 50_000);
      await d.open();
      const note = d.text.indexOf('附件：1.工作方案') + '附件：1.工作方案'.length;
      // The first completion analyses the document; the edits after it are not analysed.
      await d.complete(note);
      const added = '\n\n二、各部门要加强协调配合，形成工作合力。';
      await d.type(added, d.text.indexOf(body) + body.length);
      await d.type('\n      2.', note + added.length);
      const list = await d.complete(note + added.length + '\n      2.'.length);
      assert.deepStrictEqual(list.items.map((i) => [i.label, (i.textEdit as TextEdit).newText]), [['任务清单', '任务清单']]);
    });
  });

  describe('hover on a unit', () => {
    it('reads the name as the rules do: a slip names the unit it is a slip of, a group the model lacks is no unknown unit', async () => {
      const d = draft();
      d.text = '关于城市更新的实施意见\n\n一、重点任务\n\n（一）推进改造。（牵头单位：市住房城乡建没局；责任单位：市政府有关部门）\n\n聊城市人民政府办公室\n2024年5月20日\n';
      await d.open();
      const hoverAt = (needle: string) => client.request<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri: d.uri }, position: new SourceText(d.text).positionAt(d.text.indexOf(needle) + 1),
      });
      const slip = (await hoverAt('市住房城乡建没局'))!.contents.value.split('\n\n---\n\n')[0];
      assert.strictEqual(slip, ['**市住房城乡建没局**', '', '可能是“市住房城乡建设局”之误', '全称：聊城市住房和城乡建设局', '使用时间：2021年3月1日 — 至今（最后见于 2024年11月20日）'].join('  \n'));
      const group = (await hoverAt('市政府有关部门'))!.contents.value;
      assert.strictEqual(group, '**市政府有关部门**  \n标准写法（一组单位，不在单位名录中）');
    });
  });
  describe('problems at the cursor of the line being typed', () => {
    // A client with the default pause: the tests above see every problem at once (typingPauseMs 0).
    let typing: TestClient;
    before(async () => {
      typing = await TestClient.start({ settings: { debounceMs: 20, typingPauseMs: 600, model: splitModel(dir) } });
    });
    after(async () => typing?.stop());

    it('a client that pulls is asked to pull again when the pause is over', async () => {
      const pulling = await TestClient.start({ pull: true, settings: { debounceMs: 20, typingPauseMs: 300, model: splitModel(dir) } });
      try {
        const refreshed = new Promise<void>((resolve) => pulling.conn.onRequest('workspace/diagnostic/refresh', () => { resolve(); return null; }));
        const d = new Draft(pulling, 'untitled:Pull-1');
        d.text = '关于城市更新的实施意见\n\n一、重点任务\n\n（一）推进改造。（）\n\n聊城市人民政府办公室\n2024年5月20日\n';
        await d.open();
        await d.type('牵头单位：市住房城', d.text.indexOf('（）') + 1);
        const pull = async () => (await pulling.request<{ items: { code?: string }[] }>('textDocument/diagnostic', { textDocument: { uri: d.uri } })).items.map((x) => String(x.code));
        assert.ok(!(await pull()).includes('lead-unit/unknown-unit'));
        await refreshed;
        assert.ok((await pull()).includes('lead-unit/unknown-unit'));
      } finally {
        await pulling.stop();
      }
    });

    it('a list marker begun under roles on lines of their own: not a unit with brackets of the block above until the pause', async () => {
      const d = new Draft(typing, 'untitled:Typing-own-line');
      d.text = '聊城市促进消费实施方案\n\n一、重点任务\n\n（一）培育消费新场景。打造特色商业街区。\n牵头单位：市商务局\n配合单位：市发展改革委、市财政局\n\n\n聊城市人民政府办公室\n2024年6月1日\n';
      await typing.openAndWait(d.uri, d.text);
      const codes = (p: { diagnostics: { code?: string | number }[] }) => p.diagnostics.map((x) => String(x.code));
      const at = d.text.indexOf('市财政局\n\n') + '市财政局\n\n'.length;
      // （ typed, and the editor closes it: the paragraph builder reads （） with the block above (市财政局（）).
      const published = typing.waitForDiagnostics(d.uri, (p) => p.version === 2);
      await d.type('（）', at);
      assert.deepStrictEqual(codes(await published), []);
      const typed = typing.waitForDiagnostics(d.uri, (p) => p.version === 3);
      await d.type('二', at + 1);
      assert.deepStrictEqual(codes(await typed), []);
    });

    it('fix on save in mid-typing leaves the clause being typed alone; the fix-all the user picks, or one after the pause, does not', async () => {
      const d = new Draft(typing, 'untitled:Typing-save');
      d.text = '聊城市人民政府办公室关于推进城市更新的通知\n\n各县（市、区）人民政府：\n\n现将有关事项通知如下。\n\n聊城市人民政府办公室\n2024年6月1日\n';
      await typing.openAndWait(d.uri, d.text);
      const note = d.text.indexOf('\n\n聊城市人民政府办公室');
      await d.type('\n\n', note);
      const published = typing.waitForDiagnostics(d.uri, (p) => p.version === 3);
      // 附件：1.城市更新| : the second entry is not written yet, and a save now must not drop the 1.
      await d.type('附件：1.城市更新', note + 2);
      assert.ok(!(await published).diagnostics.some((x) => x.code === 'attachment/single'), 'held');
      const fixAll = async (triggerKind: number) => {
        const actions = await typing.request<{ edit?: { changes: Record<string, TextEdit[]> } }[]>('textDocument/codeAction', {
          textDocument: { uri: d.uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: ['source.fixAll.gongwen'], triggerKind },
        });
        const edits = actions[0]?.edit?.changes[d.uri] ?? [];
        const src = new SourceText(d.text);
        return [...edits].sort((x, y) => src.offsetAt(y.range.start) - src.offsetAt(x.range.start))
          .reduce((t, e) => t.slice(0, src.offsetAt(e.range.start)) + e.newText + t.slice(src.offsetAt(e.range.end)), d.text);
      };
      assert.ok((await fixAll(2)).includes('\n附件：1.城市更新\n'), 'on save while typing: kept');
      assert.ok((await fixAll(1)).includes('\n附件：城市更新\n'), 'picked by the user: fixed');
      await typing.waitForDiagnostics(d.uri, (p) => p.version === 3 && p.diagnostics.some((x) => x.code === 'attachment/single'));
      assert.ok((await fixAll(2)).includes('\n附件：城市更新\n'), 'on save after the pause: fixed');
    });

    it('wait for a pause in typing: a half-typed unit or date is not reported, a slip on another line is', async () => {
      const d = new Draft(typing, 'untitled:Typing-1');
      d.text = '聊城市人民政府办公室文件\n\n聊政办发﹝2024﹞26号\n\n聊城市人民政府办公室关于推进城市更新的通知\n\n一、重点任务\n\n（一）推进改造。\n\n聊城市人民政府办公室\n';
      await typing.openAndWait(d.uri, d.text);
      const codes = (p: { diagnostics: { code?: string | number }[] }) => p.diagnostics.map((x) => String(x.code));
      // The IME commits 市住房城 inside the block: the name is not finished.
      const at = d.text.indexOf('推进改造。') + 5;
      await d.type('（）', at); // the editor closes the bracket
      let published = typing.waitForDiagnostics(d.uri, (p) => p.version === 3);
      await d.type('牵头单位：市住房城', at + 1);
      const t0 = Date.now();
      const first = await published;
      assert.ok(!codes(first).includes('lead-unit/unknown-unit'), codes(first).join());
      // A slip typed before, on another line, is shown at once.
      assert.ok(codes(first).includes('doc-number/bracket'), codes(first).join());
      // Once typing pauses, the same version's problems are all shown.
      const later = await typing.waitForDiagnostics(d.uri, (p) => p.version === 3 && codes(p).includes('lead-unit/unknown-unit'));
      assert.ok(Date.now() - t0 >= 400, `shown after ${Date.now() - t0} ms`);
      assert.ok(codes(later).includes('doc-number/bracket'));
      // The date typed up to its day: not yet a date without 日; Enter ends the line, and it is reported.
      const end = d.text.length;
      published = typing.waitForDiagnostics(d.uri, (p) => p.version === 4);
      await d.type('2024年5月2', end);
      assert.ok(!codes(await published).includes('date/form'), 'held while typing');
      published = typing.waitForDiagnostics(d.uri, (p) => p.version === 5);
      await d.type('\n', d.text.length);
      assert.ok(codes(await published).includes('date/form'), 'shown once the line is left');
      // The clause being typed: the 附件说明's first entry is not yet a lone numbered attachment, a
      // block being typed not yet one without its ）; once the cursor is elsewhere, the entry is.
      const note = d.text.indexOf('\n\n聊城市人民政府办公室\n');
      published = typing.waitForDiagnostics(d.uri, (p) => p.version === 7);
      await d.type('\n\n附件：1.城市更新', note);
      await d.type('项目', note + '\n\n附件：1.城市更新'.length);
      assert.ok(!codes(await published).includes('attachment/single'), codes(await published).join());
      const block = d.text.indexOf('市住房城') - '（牵头单位：'.length;
      published = typing.waitForDiagnostics(d.uri, (p) => p.version === 8);
      await d.edit(block, d.text.indexOf('）', block) + 1, '（牵头单位：市财政局；责任单位：各县（市、区）人民政府、市属开发');
      const clause = codes(await published);
      assert.ok(clause.includes('attachment/single') && !clause.includes('lead-unit/brackets'), clause.join());
      // The line under the signature being written: the signature's missing date waits for it.
      const dateLine = d.text.indexOf('2024年5月2');
      published = typing.waitForDiagnostics(d.uri, (p) => p.version === 9);
      await d.edit(dateLine, dateLine + '2024年5月2'.length, '2024年');
      const dated = codes(await published);
      assert.ok(!dated.includes('structure/missing-date') && dated.includes('attachment/single'), dated.join());
    });
  });

  describe('hover on a cited title', () => {
    it('shows the registered document, as on its number; a title cited without its number too', async () => {
      const d = draft();
      d.text = '关于城市更新的实施意见\n\n根据《聊城市人民政府关于推进城市更新的意见》（聊政发〔2023〕7号）和《聊城市人民政府关于推进城市更新的意见》，制定本意见。\n\n聊城市人民政府办公室\n2024年5月20日\n';
      await d.open();
      const hoverAt = async (offset: number) => (await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri: d.uri }, position: new SourceText(d.text).positionAt(offset),
      }))?.contents.value.split('\n\n---\n\n')[0];
      const onNumber = await hoverAt(d.text.indexOf('聊政发〔2023〕7号') + 2);
      assert.ok(onNumber?.startsWith('**聊城市人民政府关于推进城市更新的意见**'), onNumber);
      assert.strictEqual(await hoverAt(d.text.indexOf('《') + 5), onNumber);
      assert.strictEqual(await hoverAt(d.text.lastIndexOf('《') + 5), onNumber);
    });
  });

  describe('quick fixes', () => {
    it('are titled by the change they make, not the whole message again', async () => {
      const d = draft();
      d.text = '聊城市人民政府办公室文件\n\n聊政办发﹝2021﹞9号\n\n聊城市人民政府办公室关于推进城市更新的实施意见\n\n各县（市、区）人民政府，市政府各部门：\n\n现提出如下意见。（牵头单位：市财政局，市民政局）\n\n聊城市人民政府办公室\n2021年6月1日\n';
      const published = client.waitForDiagnostics(d.uri, (p) => p.diagnostics.length > 0);
      await d.open();
      const diagnostics = (await published).diagnostics;
      const titles: string[] = [];
      for (const code of ['doc-number/bracket', 'lead-unit/unit-separator']) {
        const diag = diagnostics.find((x) => x.code === code)!;
        assert.ok(diag, code);
        const actions = await client.request<{ title: string; isPreferred?: boolean }[]>('textDocument/codeAction', {
          textDocument: { uri: d.uri }, range: diag.range, context: { diagnostics: [diag], only: ['quickfix'] },
        });
        titles.push(actions.find((a) => a.isPreferred)!.title);
      }
      assert.deepEqual(titles, ['将“﹝2021﹞”改为“〔2021〕”（doc-number/bracket）', '将“，”改为“、”（lead-unit/unit-separator）']);
    });
  });
});
