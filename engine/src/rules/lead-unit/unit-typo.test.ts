import * as assert from 'node:assert/strict';
import { check, fixed } from '../testing';
import type { Found } from '../testing';
import { draft, letter, lexicon } from './test-fixtures';
import { unitTypo } from './unit-typo';
import { unknownUnit } from './unknown-unit';
import { lint as runLint } from '../../lint';
import type { Model } from '../../model/types';
import { loadModel } from '../../model/load';

const lintForTest = (text: string, model: Model) => runLint(text, { model, only: [unitTypo], today: '2026-11-22' }).diagnostics;

const brief = (fs: Found[]) => fs.map((f) => [f.ruleId, f.line, f.column, f.text, f.message]);

describe('lead-unit/unit-typo', () => {
  const model = lexicon();
  it("passes known names", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政局、市审计局）");
    assert.deepEqual(brief(check(unitTypo, text, { model })), []);
  });
  it('reads the units after a colon typed twice (牵头单位：：市财政局), which is punctuation/doubled\'s', () => {
    const text = draft('1. 加强监管。（牵头单位：：市财政局；配合单位：:市审计局）');
    assert.deepEqual(brief(check([unitTypo, unknownUnit], text, { model })), []);
  });
  it('passes the local-government group a task names only in part (有关 / 相关县（市、区）)', () => {
    const text = draft('1. 加强监管。（牵头单位：市财政局；责任单位：市审计局，有关县（市、区）人民政府）\n2. 加强统计。（责任单位：市财政局，相关县（市、区）人民政府）');
    // The default model knows 各县（市、区）人民政府 (two characters away) as a unit.
    assert.deepEqual(brief(check(unitTypo, text, { model: loadModel() })), []);
  });
  it('takes the city\'s departments named as a group (市政府有关部门, 市直各部门) for a group, not an unknown unit', () => {
    // QA round seven: （责任单位：市政府有关部门） was a note “不在单位名录中”, nearest 市政府相关部门.
    const text = draft('1. 规范行政检查。（牵头单位：市司法局；责任单位：市政府有关部门）\n2. 加强监管。（牵头单位：市财政局；责任单位：市直各部门，各县（市、区）人民政府）');
    assert.deepEqual(brief(check(unknownUnit, text, { model: loadModel() })), []);
    assert.deepEqual(brief(check(unitTypo, text, { model: loadModel() })), []);
    // A name that only starts like a group is still judged (a slip of the known 市政府相关部门).
    const odd = draft('1. 规范行政检查。（牵头单位：市司法局；责任单位：市政府有关部）');
    assert.equal(check(unknownUnit, odd, { model: loadModel() }).length + check(unitTypo, odd, { model: loadModel() }).length, 1);
  });
  it("reports names one character off a known name", () => {
    const text = draft("1. 加强监管。（牵头单位：市财政居、市住房城乡设局）");
    assert.deepEqual(brief(check(unitTypo, text, { model })), [["lead-unit/unit-typo", 5, 15, "市财政居", "单位名称“市财政居”与已知单位“市财政局”只差1个字，可能是笔误：应为“市财政局”。"], ["lead-unit/unit-typo", 5, 20, "市住房城乡设局", "单位名称“市住房城乡设局”与已知单位“市住房城乡建设局”只差1个字，可能是笔误：应为“市住房城乡建设局”。"]]);
  });
  it('applies its fix to the whole text', () => {
    assert.equal(fixed(unitTypo, draft("1. 加强监管。（牵头单位：市财政居、市住房城乡设局）"), { model }), draft("1. 加强监管。（牵头单位：市财政局、市住房城乡建设局）"));
  });
  it('leaves names that are units of their own to lead-unit/unknown-unit', () => {
    // A short name with one of its own characters changed is another body (市统计局 beside 市审计局);
    // a name written twice is written on purpose (a slip happens once).
    const text = draft("1. 加强监管。（牵头单位：市统计局）\n2. 加强统计。（牵头单位：市财政局、市住房城乡设局）\n3. 加强执法。（牵头单位：市住房城乡设局）");
    assert.deepEqual(brief(check(unitTypo, text, { model })), []);
  });
  it('reports a short name with one of its characters typed as another of the same sound (市民正局)', () => {
    // 正 for 政 is a pinyin input slip; 市统计局 beside 市审计局 (tong / shen) stays another body.
    const text = draft('1. 加强监管。（牵头单位：市民正局；责任单位：市审计局）');
    assert.deepEqual(brief(check(unitTypo, text, { model })), [['lead-unit/unit-typo', 5, 15, '市民正局', '单位名称“市民正局”与已知单位“市民政局”只差1个字，可能是笔误：应为“市民政局”。']]);
    assert.equal(fixed(unitTypo, text, { model }), draft('1. 加强监管。（牵头单位：市民政局；责任单位：市审计局）'));
    assert.deepEqual(brief(check(unitTypo, draft('1. 加强监管。（牵头单位：市统计局；责任单位：市民生局）'), { model })), []);
    // Written twice, it is written on purpose.
    assert.deepEqual(brief(check(unitTypo, draft('1. 加强监管。（牵头单位：市民正局）\n2. 加强统计。（牵头单位：市民正局）'), { model })), []);
  });
  it('reports a short name with one of its characters typed as one of like shape (市财改局: 改 for 政) (othergaz3)', () => {
    const text = draft('1. 加强监管。（牵头单位：市财改局；责任单位：市审计局）');
    assert.deepEqual(brief(check(unitTypo, text, { model })), [['lead-unit/unit-typo', 5, 15, '市财改局', '单位名称“市财改局”与已知单位“市财政局”只差1个字，可能是笔误：应为“市财政局”。']]);
    // Characters of neither one sound nor one shape stay another body; written twice, it is on purpose.
    assert.deepEqual(brief(check(unitTypo, draft('1. 加强监管。（牵头单位：市财贸局）'), { model })), []);
    assert.deepEqual(brief(check(unitTypo, draft('1. 加强监管。（牵头单位：市财改局）\n2. 加强统计。（牵头单位：市财改局）'), { model })), []);
  });
  describe('a name that differs from a known unit only in the kind of body (局 / 委 / 联 / 中心 …)', () => {
    // The default model knows 市工商联 (工商业联合会), 市民政局, 市财政局, 市大数据局, 市税务局, 市检察院.
    const dflt = loadModel();
    const names = (fs: Found[]) => fs.map((f) => [f.ruleId, f.text, f.message.slice(0, f.message.indexOf('。') + 1)]);
    it('is another body, not a slip: lead-unit/unknown-unit notes it, naming the known unit first', () => {
      const text = draft('1. 规范市场主体登记。（牵头单位：市工商委；责任单位：市工商联、市民政委、市财政厅、市大数据中心、市税务所）', '2018年5月1日');
      assert.deepEqual(brief(check(unitTypo, text, { model: dflt })), []);
      const notes = check([unitTypo, unknownUnit], text, { model: dflt });
      assert.deepEqual(notes.map((f) => [f.ruleId, f.text, f.message.match(/最接近的已知单位：“([^”]+)”/)?.[1]]), [
        ['lead-unit/unknown-unit', '市工商委', '市工商联'],
        ['lead-unit/unknown-unit', '市民政委', '市民政局'],
        ['lead-unit/unknown-unit', '市财政厅', '市财政局'],
        ['lead-unit/unknown-unit', '市大数据中心', '市大数据局'],
        ['lead-unit/unknown-unit', '市税务所', '市税务局'],
      ]);
      assert.deepEqual(names(notes).map((n) => n[2]), Array(5).fill(0).map((_, i) => `单位名称“${notes[i].text}”不在单位名录中（截至2018年5月1日），可能是错字或名录之后新设的单位：请核对，错字请改为规范名称。`));
      assert.ok(runLint(text, { model: dflt, only: [unitTypo, unknownUnit], today: '2026-11-22' }).diagnostics.every((d) => d.severity === 'info'));
    });
    it('notes it as a name, also with an ending the plausibility test does not list (司)', () => {
      const text = draft('1. 加强预算管理。（牵头单位：市财政司；责任单位：市审计局）');
      const found = runLint(text, { model: dflt, only: [unitTypo, unknownUnit], today: '2026-11-22' }).diagnostics;
      assert.deepEqual(found.map((d) => [d.ruleId, d.severity, d.message]), [
        ['lead-unit/unknown-unit', 'info', '单位名称“市财政司”不在单位名录中（截至2024年7月1日），可能是错字或名录之后新设的单位：请核对，错字请改为规范名称。最接近的已知单位：“市财政局”“市民政局”“市水利局”。'],
      ]);
    });
    it('keeps a slip in the distinctive part, or a last character that names no kind of body, an error', () => {
      const text = draft('1. 加强城市管理。（牵头单位：市住房城乡建没局；责任单位：市发展改委、市财政居、市工商联合会）');
      assert.deepEqual(brief(check(unitTypo, text, { model: dflt })).map((f) => [f[3], f[4]]), [
        ['市住房城乡建没局', '单位名称“市住房城乡建没局”与已知单位“市住房城乡建设局”只差1个字，可能是笔误：应为“市住房城乡建设局”。'],
        ['市发展改委', '单位名称“市发展改委”与已知单位“市发展改革委”只差1个字，可能是笔误：应为“市发展改革委”。'],
        ['市财政居', '单位名称“市财政居”与已知单位“市财政局”只差1个字，可能是笔误：应为“市财政局”。'],
        // 联合会 spells out 联: the same kind, the known unit's full name.
        ['市工商联合会', '单位名称“市工商联合会”与已知单位“市工商联”只差2个字，可能是笔误：应为“市工商联”。'],
      ]);
    });
    it('keeps known units that differ only in their kind each recognised as themselves', () => {
      const both = { ...model, units: [...model.units, { name: '市大数据局', count: 5, firstSeen: '2021-04-15', lastSeen: '2024-12-31' }, { name: '市大数据中心', count: 3, firstSeen: '2021-04-15', lastSeen: '2024-12-31' }, { name: '市民政委', count: 2, firstSeen: '2021-04-15', lastSeen: '2024-12-31' }] };
      const text = draft('1. 加强数据共享。（牵头单位：市大数据局；责任单位：市大数据中心、市民政局、市民政委）');
      assert.deepEqual(check([unitTypo, unknownUnit], text, { model: both }), []);
    });
  });
  it('only notes a character added or dropped after the newest document the model knows (a unit renamed since reads the same)', () => {
    // The model's registry reaches 2024-06-01; 市住房城乡设局 drops a character of 市住房城乡建设局.
    const known = { ...model, documents: [{ number: '聊政办发〔2024〕1号', title: '关于某事的通知', shortTitle: '关于某事的通知', issuer: '聊城市人民政府办公室', date: '2024-06-01', type: '通知' }] };
    const item = '1. 加强监管。（牵头单位：市财政居、市住房城乡设局）';
    const notes = (date: string) => check(unitTypo, draft(item, date), { model: known }).map((f) => [f.text, f.message.includes('可能是此后更名或新设的单位') ? 'note' : 'slip']);
    assert.deepEqual(notes('2024年5月1日'), [['市财政居', 'slip'], ['市住房城乡设局', 'slip']]);
    // After 2024-06-01 the dropped character is only a note (a same-length change is still a slip)…
    assert.deepEqual(notes('2025年3月1日'), [['市财政居', 'slip'], ['市住房城乡设局', 'note']]);
    const lint = (date: string) => lintForTest(draft(item, date), known).find((d) => d.ruleId === 'lead-unit/unit-typo' && d.message.includes('更名'));
    assert.equal(lint('2025年3月1日')?.severity, 'info');
    // …offered as a suggestion, never as a fix `gongwen fix` would apply.
    assert.equal(lint('2025年3月1日')?.fix, undefined);
    assert.deepEqual(lint('2025年3月1日')?.suggestions?.map((x) => x.desc), ['改为“市住房城乡建设局”']);
  });
  it('only notes a character added or dropped in a document older than the first use of the known name (its name before a reform)', () => {
    // The lexicon first sees 市住房城乡建设局 and 市财政局 on 2021-04-15.
    const item = '1. 加强监管。（牵头单位：市财政居、市住房城乡设局）';
    const found = (date: string) => lintForTest(draft(item, date), model)
      .map((d) => [d.severity, d.message.includes('可能是当时的名称') ? 'note' : 'slip', d.fix ? 'fix' : 'no fix']);
    // A same-length change (居 for 局) is a slip at any date.
    assert.deepEqual(found('2020年6月1日'), [['warning', 'slip', 'fix'], ['info', 'note', 'no fix']]);
    assert.deepEqual(found('2021年6月1日'), [['warning', 'slip', 'fix'], ['warning', 'slip', 'fix']]);
  });
  describe("another place's counterpart of a city unit (冠县市场监管局 beside 市市场监管局)", () => {
    const dm = loadModel();
    const both = [unitTypo, unknownUnit];
    it('is a body of its own in a block too: neither a slip of the city unit nor a name to query', () => {
      // The default model knows 冠县, 东昌府区 and 经济技术开发区 from their governments and committee,
      // not 临清市 or 莘县: those are read by a place name's shape. 冠县住建局: the county's 市住建局.
      const text = draft('1. 加强市场监管。（牵头单位：市市场监管局；责任单位：冠县市场监管局、东昌府区市场监管局、临清市市场监管局、莘县市场监管局、冠县住建局、经济技术开发区财政局）');
      assert.deepEqual(brief(check(both, text, { model: dm })), []);
      // A lexicon that knows no county at all.
      assert.deepEqual(brief(check(both, draft('1. 加强监管。（牵头单位：市财政局；责任单位：莘县财政局、临清市市场监管局）'), { model })), []);
    });
    it('keeps real slips of the city unit: a character changed or dropped, a level or a word for a place', () => {
      const text = draft('1. 加强市场监管。（牵头单位：市市场监督局；责任单位：市场监管局、县市场监管局、城市市场监管局）');
      assert.deepEqual(brief(check(unitTypo, text, { model: dm })).map((f) => [f[3], f[4]]), [
        ['市市场监督局', '单位名称“市市场监督局”与已知单位“市市场监管局”只差1个字，可能是笔误：应为“市市场监管局”。'],
        ['市场监管局', '单位名称“市场监管局”与已知单位“市市场监管局”只差1个字，可能是笔误：应为“市市场监管局”。'],
        ['县市场监管局', '单位名称“县市场监管局”与已知单位“市市场监管局”只差1个字，可能是笔误：应为“市市场监管局”。'],
        ['城市市场监管局', '单位名称“城市市场监管局”与已知单位“市市场监管局”只差1个字，可能是笔误：应为“市市场监管局”。'],
      ]);
    });
    it("still queries a county unit whose own name has a slip (冠县财正局): only an exact city name makes it the county's", () => {
      const text = draft('1. 加强预算管理。（牵头单位：市财政局；责任单位：冠县财正局）');
      assert.deepEqual(check(both, text, { model: dm }).map((f) => [f.ruleId, f.text]), [['lead-unit/unknown-unit', '冠县财正局']]);
    });
  });
  describe('on the 主送 line', () => {
    it('reports a slip of a known name, separated by ， or 、, and fixes it', () => {
      const text = letter('市财政局，市住房城乡建没局、市审计局：');
      assert.deepEqual(brief(check(unitTypo, text, { model })), [["lead-unit/unit-typo", 3, 6, "市住房城乡建没局", "单位名称“市住房城乡建没局”与已知单位“市住房城乡建设局”只差1个字，可能是笔误：应为“市住房城乡建设局”。"]]);
      assert.equal(fixed(unitTypo, text, { model }), letter('市财政局，市住房城乡建设局、市审计局：'));
    });
    it('passes a committee the 管委会 shares its place with (市属开发区安委会, 市属开发区党工委): another kind of body, not a slip (redteam10)', () => {
      // An 安委办 通报 goes to the 安委会 of each county and zone: 安委会 (安全生产委员会) is no slip of 管委会.
      assert.deepEqual(brief(check(unitTypo, letter('各县（市、区）安委会，市属开发区安委会，市安委会各成员单位：'), { model: loadModel() })), []);
      assert.deepEqual(brief(check(unitTypo, letter('各县（市、区）党委，市属开发区党工委：'), { model: loadModel() })), []);
      // A slip of the 管委会 itself is still one.
      assert.deepEqual(brief(check(unitTypo, letter('各县（市、区）人民政府，市属开发区管委汇：'), { model: loadModel() })).map((f) => f[3]), ['市属开发区管委汇']);
    });
    it('passes full names with the place name (聊城市教育体育局), which read two characters away from the short name', () => {
      assert.deepEqual(check(unitTypo, letter('聊城市教育体育局，聊城市住房和城乡建设局：'), { model }), []);
      assert.deepEqual(check(unitTypo, letter('聊城市教育体育局：'), { model: loadModel() }), []);
      // A body's own name with its parent's: 人民银行聊城市分行 is known.
      assert.deepEqual(check(unitTypo, letter('中国人民银行聊城市分行：'), { model: loadModel() }), []);
    });
    it('passes the body a known name extends (中共聊城市委 before 中共聊城市委党校): a 请示 to the 市委 and the 市政府 (redteam)', () => {
      assert.deepEqual(check(unitTypo, letter('中共聊城市委、聊城市人民政府：'), { model: loadModel() }), []);
      assert.deepEqual(check(unitTypo, letter('中共聊城市委：'), { model: loadModel() }), []);
      // Characters dropped from the end of a name that is no body's stay a slip.
      assert.deepEqual(check(unitTypo, letter('市财政局，市住房城乡建设：'), { model }).map((f) => f.text), ['市住房城乡建设']);
    });
    it('reports a slip after the city\'s own name (聊城市住房城乡建没局, 聊城市住房和城乡建没局), the name kept', () => {
      const text = letter('聊城市财政局，聊城市住房城乡建没局：');
      assert.deepEqual(brief(check(unitTypo, text, { model })).map((f) => [f[1], f[2], f[3]]), [[3, 10, '市住房城乡建没局']]);
      assert.equal(fixed(unitTypo, text, { model }), letter('聊城市财政局，聊城市住房城乡建设局：'));
      assert.deepEqual(check(unitTypo, letter('聊城市住房和城乡建没局：'), { model }).map((f) => f.text), ['市住房和城乡建没局']);
      const dm = loadModel();
      assert.deepEqual(check(unitTypo, letter('各县（市、区）人民政府，聊城市人民政府办公室，聊城市市场监菅局：'), { model: dm }).map((f) => f.text), ['市市场监菅局']);
    });
    it('puts a slip in a spelled-out full name right in that form, when the model knows the full name', () => {
      const text = letter('聊城市财政局，聊城市住房和城乡建没局：');
      assert.deepEqual(brief(check(unitTypo, text, { model })), [["lead-unit/unit-typo", 3, 10, "市住房和城乡建没局", "单位名称“市住房和城乡建没局”与已知单位“市住房城乡建设局”（全称“市住房和城乡建设局”）只差1个字，可能是笔误：应为“市住房和城乡建设局”。"]]);
      assert.equal(fixed(unitTypo, text, { model }), letter('聊城市财政局，聊城市住房和城乡建设局：'));
      // Without the city's name too; a short name's slip stays short.
      assert.equal(fixed(unitTypo, letter('市住房和城乡建没局：'), { model }), letter('市住房和城乡建设局：'));
      assert.equal(fixed(unitTypo, letter('市住房城乡建没局：'), { model }), letter('市住房城乡建设局：'));
    });
    it('puts a spelled-out slip in a 牵头单位 block right as the short name, which blocks use', () => {
      assert.equal(fixed(unitTypo, draft('1. 加强城市管理。（牵头单位：市住房和城乡建没局）'), { model }), draft('1. 加强城市管理。（牵头单位：市住房城乡建设局）'));
    });
    it('passes bare names after the counties\' group (各县（市、区）人力资源社会保障局，财政局，税务局): the 各 applies to each; a city name after it is judged again', () => {
      const dm = loadModel();
      for (const date of ['2024年7月1日', '2026年11月1日']) {
        for (const line of ['各县（市、区）人力资源社会保障局，财政局，税务局：', '各县（市、区）人力资源社会保障局、财政局、税务局：', '各县市区教育局、财政局：']) {
          assert.deepEqual(runLint(letter(line, date), { model: dm, only: [unitTypo], today: '2026-11-22' }).diagnostics, [], line);
        }
      }
      assert.deepEqual(check(unitTypo, letter('各县（市、区）人力资源社会保障局，市财政局，市住房城乡建没局：'), { model: dm }).map((f) => f.text), ['市住房城乡建没局']);
      // Without the group, a bare name is still the city's with its 市 dropped.
      assert.deepEqual(check(unitTypo, letter('市人力资源社会保障局，财政局：'), { model: dm }).map((f) => f.text), ['财政局']);
    });
    it('passes a province\'s 主送 to its cities (各市人民政府，省政府各部门; 各市教育局、财政局): a higher issuer\'s units are not the city lexicon\'s (leftovers item 3: no 各市 group needed)', () => {
      const dm = loadModel();
      const doc = (line: string, issuer: string, date: string) => `关于做好监管工作的通知\n\n${line}\n\n现就有关事项通知如下。\n\n${issuer}\n${date}\n`;
      for (const date of ['2024年7月1日', '2026年11月1日']) {
        for (const [line, issuer] of [['各市人民政府，省政府各部门、各直属机构：', '山东省人民政府办公厅'], ['各市教育局、财政局：', '山东省教育厅'],
          ['各市教育局，财政局，人力资源社会保障局：', '山东省教育厅'], ['各市发展改革委、工业和信息化局、财政局：', '山东省发展和改革委员会']]) {
          assert.deepEqual(runLint(doc(line, issuer, date), { model: dm, only: [unitTypo], today: '2026-11-22' }).diagnostics, [], line);
        }
      }
    });
    it('passes an unknown unit, a group word and another place\'s body after a place name, and a slip after another place\'s name', () => {
      const dm = loadModel();
      for (const line of ['聊城市某某研究院：', '聊城市人民政府各部门、直属机构：', '冠县市场监管局，东昌府区市场监管局：', '冠县市场监菅局：', '东昌府区住房城乡建没局：']) {
        assert.deepEqual(check(unitTypo, letter(line), { model: dm }), [], line);
      }
    });
    it("passes another place's body, which reads two characters from the city's (冠县市场监管局 / 市市场监管局)", () => {
      assert.deepEqual(check(unitTypo, letter('冠县市场监管局，东昌府区市场监管局：'), { model: loadModel() }), []);
    });
    it('reports a slip in the level that no place name explains (巿, U+5DFF, typed for 市), beside counties read by their shape', () => {
      const text = letter('巿市场监管局，莘县市场监管局，临清市市场监管局：');
      assert.deepEqual(brief(check(unitTypo, text, { model: loadModel() })).map((f) => [f[3], f[4]]), [
        ['巿市场监管局', '单位名称“巿市场监管局”与已知单位“市市场监管局”只差1个字，可能是笔误：应为“市市场监管局”。'],
      ]);
    });
    it('passes group words, which the lexicon may read near a known name (市政府各部门单位 / 市政府各部门)', () => {
      const dm = loadModel();
      for (const line of ['各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：', '各县（市、区）人民政府、市属开发区管委会，市政府有关部门，直属机构：',
        '各县（市、区）政府，市政府各部门单位：', '各有关单位：', '市直各部门，各县市区人民政府：']) {
        assert.deepEqual(check(unitTypo, letter(line), { model: dm }), [], line);
      }
    });
    it('passes a line that is no list of names: a 任免 list run into 免去：, a sentence moved into it', () => {
      assert.deepEqual(check(unitTypo, letter('市住房城乡建没局，免去：'), { model }), []);
      assert.deepEqual(check(unitTypo, letter('市财政局，请认真贯彻执行。市住房城乡建没局：'), { model }), []);
    });
  });
  it('leaves a word written out another way (交通警察 for 交巡警) to lead-unit/unknown-unit: another name, not a slip (QA round thirteen)', () => {
    const text = draft('1. 加强道路管控。（责任单位：市公安局交通警察支队）');
    assert.deepEqual(brief(check(unitTypo, text, { model: loadModel() })), []);
    assert.deepEqual(check(unknownUnit, text, { model: loadModel() }).map((f) => [f.text, /请核对，错字请改为规范名称。最接近的已知单位：“市公安局交巡警支队”/.test(f.message)]), [['市公安局交通警察支队', true]]);
  });
  it('judges the rest of a 主送 line that names a body of the city\'s no ending tells (市人防, 聊城移动) (QA round thirteen)', () => {
    const model = loadModel();
    const slip = (line: string) => check(unitTypo, letter(line), { model }).map((f) => f.text);
    assert.deepEqual(slip('市发展改革委、市人防、聊城移动、市财政局、市住房城乡建没局：'), ['市住房城乡建没局']);
    // Still no list of names: a stray word that is no city body (免去), fewer than two names beside
    // the stray, or as many strays as names.
    assert.deepEqual(slip('市发展改革委、免去、市住房城乡建没局：'), []);
    assert.deepEqual(slip('市人防、市住房城乡建没局：'), []);
    assert.deepEqual(slip('市人防、市烟草、市财政局、市住房城乡建没局：'), []);
  });
  describe('in a 任免 item (a long full name one character off a known written form)', () => {
    const model = loadModel();
    const notice = (body: string) => `聊城市人民政府关于任免张三等工作人员职务的通知\n\n各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：\n\n${body}\n\n聊城市人民政府\n2025年3月1日\n`;
    it('reports a character dropped, changed or two swapped, and fixes it in the written form, the city kept', () => {
      const text = notice('市人民政府决定，任命：\n\n张三为聊城市发展和改委员会副主任；\n\n李四为聊城市市场监督管里局副局长；\n\n王五为聊城市文化和游旅局副局长。');
      assert.deepEqual(brief(check(unitTypo, text, { model })), [
        ['lead-unit/unit-typo', 7, 6, '市发展和改委员会', '单位名称“聊城市发展和改委员会”与已知单位名称“聊城市发展和改革委员会”只差1个字，可能是笔误：应为“聊城市发展和改革委员会”。'],
        ['lead-unit/unit-typo', 9, 6, '市市场监督管里局', '单位名称“聊城市市场监督管里局”与已知单位名称“聊城市市场监督管理局”只差1个字，可能是笔误：应为“聊城市市场监督管理局”。'],
        ['lead-unit/unit-typo', 11, 6, '市文化和游旅局', '单位名称“聊城市文化和游旅局”与已知单位名称“聊城市文化和旅游局”有两个字前后颠倒，可能是笔误：应为“聊城市文化和旅游局”。'],
      ]);
      assert.equal(fixed(unitTypo, notice('市人民政府决定，免去张三的聊城市人力资源和社会保降局副局长职务。'), { model }),
        notice('市人民政府决定，免去张三的聊城市人力资源和社会保障局副局长职务。'));
    });
    it('passes bodies the lexicon does not know, short names a character apart, a changed last character and another abbreviation', () => {
      for (const unit of ['聊城市公共资源交易中心主任', '聊城市机关事务服务中心主任', '聊城市水务局局长', '聊城市公安局交警支队支队长',
        '聊城市生态环境局东昌府分局局长', '聊城市工业和信息化研究院院长', '聊城市市场监督管理局高新区分局局长', '聊城市住房公积金管理中心主任']) {
        assert.deepEqual(check(unitTypo, notice(`市人民政府决定，任命张三为${unit}。`), { model }), [], unit);
      }
    });
    it('is silent outside an item: a name in running text is not read', () => {
      assert.deepEqual(check(unitTypo, notice('市人民政府决定，任命张三为聊城市财政局副局长。聊城市发展和改委员会要做好交接。'), { model }), []);
    });
  });
  it('reports a typo under a role printed on a line of its own, and passes the known name', () => {
    const text0 = draft("1. 加强监管。\n牵头单位：市市场监督局\n配合单位：市财政局");
    assert.deepEqual(brief(check(unitTypo, text0, { model: lexicon() })), [["lead-unit/unit-typo", 6, 6, "市市场监督局", "单位名称“市市场监督局”与已知单位“市市场监管局”只差1个字，可能是笔误：应为“市市场监管局”。"]]);
    const text1 = draft("1. 加强监管。\n牵头单位：市市场监管局\n配合单位：市财政局");
    assert.deepEqual(brief(check(unitTypo, text1, { model: lexicon() })), []);
  });
  it('judges the units of 责任单位：X，Y按职责分工负责 written at the end of its task (probe13 L7)', () => {
    assert.deepEqual(brief(check(unitTypo, draft('1. 扩大体育赛事消费。推动赛事与旅游融合发展。责任单位：市教育体局，各县（市、区）人民政府按职责分工负责。'), { model: loadModel() })).map((f) => [f[0], f[1], f[3]]), [["lead-unit/unit-typo", 5, "市教育体局"]]);
    assert.deepEqual(brief(check([unitTypo, unknownUnit], draft('1. 扩大体育赛事消费。推动赛事与旅游融合发展。责任单位：市教育体育局，各县（市、区）人民政府按职责分工负责。'), { model: loadModel() })), []);
  });
  it('judges the units of roles on their line before a sentence opening with a role word (牵头单位：A ⏎ 牵头单位要…; gaps5)', () => {
    assert.deepEqual(brief(check(unitTypo, draft('1. 加强监管。\n牵头单位：市住房城乡设局\n牵头单位要加强统筹协调，及时研究解决问题。'), { model })).map((f) => [f[0], f[1], f[3]]), [["lead-unit/unit-typo", 6, "市住房城乡设局"]]);
    assert.deepEqual(brief(check(unitTypo, draft('1. 加强监管。完善制度。牵头单位：市住房城乡设局；配合单位：市审计局\n牵头单位负责统筹协调，配合单位按职责分工做好相关工作。'), { model })).map((f) => [f[0], f[1], f[3]]), [["lead-unit/unit-typo", 5, "市住房城乡设局"]]);
    assert.deepEqual(brief(check(unitTypo, draft('1. 加强监管。\n牵头单位：市住房城乡建设局\n牵头单位要加强统筹协调，及时研究解决问题。'), { model })), []);
  });
  it('judges the units of roles joined to their task\'s sentence before its next one, or joined without their colon (gaps5)', () => {
    const typo = (item: string) => brief(check(unitTypo, draft(item), { model })).map((f) => [f[0], f[1], f[3]]);
    assert.deepEqual(typo('1. 加强监管。完善制度。牵头单位：市住房城乡设局；配合单位：市审计局。强化要素保障，确保按期完成。'), [["lead-unit/unit-typo", 5, "市住房城乡设局"]]);
    assert.deepEqual(typo('1. 加强监管。完善制度。牵头单位 市住房城乡设局\n配合单位 市审计局'), [["lead-unit/unit-typo", 5, "市住房城乡设局"]]);
    assert.deepEqual(typo('1. 加强监管。完善制度。牵头单位：市住房城乡建设局；配合单位：市审计局。强化要素保障，确保按期完成。'), []);
  });
  it('judges the units of roles joined to their task after a ； or a ， (…完善制度；牵头单位：A；配合单位：B), and still no sentence after a colon (gaps7)', () => {
    const typo = (item: string) => brief(check(unitTypo, draft(item), { model })).map((f) => [f[0], f[1], f[3]]);
    assert.deepEqual(typo('1. 加强监管。完善制度；牵头单位：市住房城乡设局；配合单位：市审计局'), [["lead-unit/unit-typo", 5, "市住房城乡设局"]]);
    assert.deepEqual(typo('1. 加强监管，完善制度，牵头单位：市审计局；配合单位：市住房城乡设局、市财政局'), [["lead-unit/unit-typo", 5, "市住房城乡设局"]]);
    assert.deepEqual(typo('1. 加强监管，完善制度；牵头单位：市住房城乡设局；配合单位：市审计局。强化要素保障，确保按期完成。'), [["lead-unit/unit-typo", 5, "市住房城乡设局"]]);
    assert.deepEqual(typo('1. 加强监管。完善制度；牵头单位：市住房城乡建设局；配合单位：市审计局'), []);
    // A sentence after the colon is no list.
    assert.deepEqual(typo('1. 加强监管，明确分工；牵头单位：负责统筹协调，配合单位：市住房城乡设局要积极配合'), []);
    assert.deepEqual(typo('1. 加强监管，明确分工，牵头单位：要加强与市住房城乡设局的沟通'), []);
  });
  it('judges own-line roles where a slip changed a name\'s last character (市财政居), and still no sentence after a colon', () => {
    const typo = (item: string) => brief(check(unitTypo, draft(item), { model })).map((f) => [f[0], f[1], f[3]]);
    assert.deepEqual(typo('1. 加强监管。\n牵头单位：市财政居\n配合单位：市审计局'), [["lead-unit/unit-typo", 6, "市财政居"]]);
    assert.deepEqual(typo('1. 加强监管。\n牵头单位：市审计局\n配合单位：市住房城乡设局、市财政居'), [["lead-unit/unit-typo", 7, "市住房城乡设局"], ["lead-unit/unit-typo", 7, "市财政居"]]);
    // Two such names, or one that reads as a sentence, are no list of units.
    assert.deepEqual(typo('1. 加强监管。\n牵头单位：市财政居、市审计句'), []);
    assert.deepEqual(typo('1. 加强监管。\n牵头单位：市里要统筹安排'), []);
  });
  it('judges own-line roles where slips changed two names\' last characters (市财政居、市民政居) beside a name that ends as a body\'s does (gaps7)', () => {
    const typo = (item: string) => brief(check(unitTypo, draft(item), { model })).map((f) => [f[0], f[1], f[3]]);
    assert.deepEqual(typo('1. 加强监管。\n牵头单位：市财政居、市民政居\n配合单位：市审计局'), [["lead-unit/unit-typo", 6, "市财政居"], ["lead-unit/unit-typo", 6, "市民政居"]]);
    assert.deepEqual(typo('1. 加强监管。\n牵头单位：市财政居\n配合单位：市审计局、市民政居'), [["lead-unit/unit-typo", 6, "市财政居"], ["lead-unit/unit-typo", 7, "市民政居"]]);
    // Only slipped names, three of them, or one reading as a sentence: no list of units.
    assert.deepEqual(typo('1. 加强监管。\n牵头单位：市财政居\n配合单位：市审计句'), []);
    assert.deepEqual(typo('1. 加强监管。\n牵头单位：市财政居、市教育居\n配合单位：市审计局、市民政居'), []);
    assert.deepEqual(typo('1. 加强监管。\n牵头单位：市财政居、市里要统筹安排\n配合单位：市审计局'), []);
  });
  it('judges the units of own-line roles naming a 协会 or 机构 (市科协, 各银行业金融机构; gaps5)', () => {
    const typo = (item: string) => brief(check(unitTypo, draft(item), { model })).map((f) => [f[0], f[1], f[3]]);
    assert.deepEqual(typo('1. 加强监管。\n牵头单位：市科协\n配合单位：市住房城乡设局'), [["lead-unit/unit-typo", 7, "市住房城乡设局"]]);
    assert.deepEqual(typo('1. 加强监管。\n牵头单位：市住房城乡设局\n配合单位：各银行业金融机构'), [["lead-unit/unit-typo", 6, "市住房城乡设局"]]);
    assert.deepEqual(typo('1. 加强监管。\n牵头单位：负责完善协调机构'), []);
  });
  it('judges the units of 责任单位：X，Y按职责分工负责 written mid-paragraph, before the task\'s next sentence (gaps5)', () => {
    const typo = (item: string) => brief(check(unitTypo, draft(item), { model: loadModel() })).map((f) => [f[0], f[1], f[3]]);
    assert.deepEqual(typo('1. 扩大体育赛事消费。推动赛事与旅游融合发展。责任单位：市教育体局，各县（市、区）人民政府按职责分工负责。强化要素保障，优化营商环境。'), [["lead-unit/unit-typo", 5, "市教育体局"]]);
    assert.deepEqual(typo('1. 扩大体育赛事消费。推动赛事与旅游融合发展。责任单位：市教育体局、市财政局按职责分工负责，确保按期完成。'), [["lead-unit/unit-typo", 5, "市教育体局"]]);
    assert.deepEqual(typo('1. 扩大体育赛事消费。推动赛事与旅游融合发展。责任单位：市教育体局，各县（市、区）人民政府按职责分工负责；强化要素保障。'), [["lead-unit/unit-typo", 5, "市教育体局"]]);
    assert.deepEqual(brief(check([unitTypo, unknownUnit], draft('1. 扩大体育赛事消费。推动赛事与旅游融合发展。责任单位：市教育体育局，各县（市、区）人民政府按职责分工负责。强化要素保障，优化营商环境。'), { model: loadModel() })), []);
  });
});
