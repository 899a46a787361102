import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultModelPath, loadModel, ModelError, parseModel } from './load';
import { serializeModel } from './serialize';
import { train } from './train';
import { GAZETTE_2022, GAZETTE_2023 } from './fixtures';

const DEFAULT = fs.readFileSync(defaultModelPath(), 'utf8');

const entry = (list: unknown, i: number) => (list as Record<string, unknown>[])[i];

/** The default model with `edit` applied, as the text of a model file. */
function edited(edit: (m: Record<string, unknown>) => void): string {
  const m = JSON.parse(DEFAULT);
  edit(m);
  return JSON.stringify(m);
}

/** The ModelError parseModel raises for `json` (fails when it raises none). */
function causeOf(json: string, file = 'm.json'): string {
  try {
    parseModel(json, file);
  } catch (e) {
    assert.ok(e instanceof ModelError, String(e));
    assert.equal(e.file, file);
    assert.equal(e.message, `${file}: ${e.cause}`);
    return e.cause;
  }
  assert.fail('the model was accepted');
}

describe('parseModel: malformed entries', () => {
  it('names the first bad entry, the field and the entry itself, in Chinese and English', () => {
    assert.equal(causeOf(edited((m) => { m.codes = [null]; })), 'codes[0] 应为对象 / codes[0] must be an object: null');
    assert.equal(causeOf(edited((m) => { m.units = [1, 2]; })), 'units[0] 应为对象 / units[0] must be an object: 1');
    assert.equal(causeOf(edited((m) => { m.units = [{}]; })), 'units[0] 缺少字段 "name" / units[0] lacks the field "name": {}');
    // The entry pushed after the default model's aliases, however many retraining learned.
    const n = (JSON.parse(DEFAULT).aliases as unknown[]).length;
    assert.equal(causeOf(edited((m) => { (m.aliases as unknown[]).push(null); })), `aliases[${n}] 应为对象 / aliases[${n}] must be an object: null`);
    assert.equal(causeOf(edited((m) => { m.codes = [{}]; })), 'codes[0] 缺少字段 "code" / codes[0] lacks the field "code": {}');
    assert.equal(causeOf(edited((m) => { m.documents = [{}]; })), 'documents[0] 缺少字段 "number" / documents[0] lacks the field "number": {}');
    assert.equal(causeOf(edited((m) => { m.repeals = [{}]; })), 'repeals[0] 缺少字段 "target" / repeals[0] lacks the field "target": {}');
  });

  it('checks each field\'s type, optional fields when present, and enumerations', () => {
    const unit = { name: '市财政局', count: 1, firstSeen: '', lastSeen: '' };
    assert.equal(causeOf(edited((m) => { m.units = [{ ...unit, name: 7 }]; })),
      'units[0].name 应为字符串 / units[0].name must be a string: {"name":7,"count":1,"firstSeen":"","lastSeen":""}');
    assert.equal(causeOf(edited((m) => { m.units = [{ ...unit, count: '1' }]; })),
      'units[0].count 应为数值 / units[0].count must be a number: {"name":"市财政局","count":"1","firstSeen":"","lastSeen":""}');
    assert.match(causeOf(edited((m) => { m.units = [{ ...unit, successors: ['市甲局', 3] }]; })),
      /^units\[0\]\.successors 应为字符串数组 \/ units\[0\]\.successors must be an array of strings: /);
    assert.match(causeOf(edited((m) => { m.units = [{ ...unit, full: null }]; })), /^units\[0\]\.full 应为字符串 \//);
    assert.match(causeOf(edited((m) => { entry(m.codes, 3).maxSeq = { 2024: '5' }; })),
      /^codes\[3\]\.maxSeq 应为键值为数值的对象 \/ codes\[3\]\.maxSeq must be an object of numbers: \{/);
    assert.match(causeOf(edited((m) => { entry(m.repeals, 0).kind = 'repealed'; })),
      /^repeals\[0\]\.kind 应为 "repeal", "amend" 之一 \/ repeals\[0\]\.kind must be one of "repeal", "amend": /);
    assert.match(causeOf(edited((m) => { entry(m.codes, 0).kind = '通知'; })),
      /^codes\[0\]\.kind 应为 "发", "字", "办发", "办字", "任", "令", "函", "其他" 之一 \//);
    assert.match(causeOf(edited((m) => { m.trainedOn = [{ file: 'a.txt' }]; })), /^trainedOn\[0\] 缺少字段 "sha256" \//);
    assert.match(causeOf(edited((m) => { m.numbering = { levelCounts: {}, runOn: 0 }; })), /^numbering 缺少字段 "restart" \//);
  });

  it('shortens a long entry in the message', () => {
    const cause = causeOf(edited((m) => { m.documents = [{ number: 1, title: '关'.repeat(200) }]; }));
    assert.equal(cause, `documents[0].number 应为字符串 / documents[0].number must be a string: {"number":1,"title":"${'关'.repeat(58)}…`);
  });

  it('says which top-level list is missing or not a list, bilingually', () => {
    assert.equal(causeOf(edited((m) => { delete m.repeals; })), '模型缺少数组字段 "repeals" / the model lacks the array "repeals"');
    assert.equal(causeOf(edited((m) => { m.trainedOn = null; })), '模型的 "trainedOn" 应为数组 / the model\'s "trainedOn" must be an array: null');
    assert.equal(causeOf(edited((m) => { m.codes = {}; })), '模型的 "codes" 应为数组 / the model\'s "codes" must be an array: {}');
  });

  it('accepts the default model, a trained one, and unknown extra fields; trainedOn and numbering may be absent', () => {
    assert.equal(parseModel(DEFAULT, 'd.json').units.length, JSON.parse(DEFAULT).units.length);
    const trained = serializeModel(train([{ file: 'a.txt', text: GAZETTE_2022 }, { file: 'b.txt', text: GAZETTE_2023 }]));
    assert.equal(serializeModel(parseModel(trained, 't.json')), trained);
    const lean = parseModel(edited((m) => {
      delete m.trainedOn;
      delete m.numbering;
      entry(m.units, 0).note = 'hand-written';
    }), 'l.json');
    assert.deepEqual([lean.trainedOn, lean.numbering.runOn], [[], 0]);
  });
});

describe('loadModel: messages', () => {
  it('an unreadable file is a bilingual ModelError naming it', () => {
    const missing = path.join(os.tmpdir(), `gw-no-model-${process.pid}.json`);
    assert.throws(() => loadModel(missing), (e: unknown) => e instanceof ModelError && e.file === missing &&
      e.cause === '无法读取模型文件 / cannot read the model file (ENOENT)');
  });

  it('JSON, format and version problems are bilingual', () => {
    assert.match(causeOf(DEFAULT.slice(0, 100)), /^模型文件不是有效的 JSON（可能已损坏或被截断） \/ the model file is not valid JSON \(corrupt or truncated\?\): /);
    assert.equal(causeOf('{"format":"x"}'), '不是 Gongwen 模型文件（缺少 "format": "gongwen-model"） / not a Gongwen model file (no "format": "gongwen-model")');
    assert.equal(causeOf('{"format":"gongwen-model","version":2}'), '不支持的模型版本 2（支持 1） / unsupported model version 2 (1 is supported)');
  });
});
