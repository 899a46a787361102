// Loading and validating a model file. A broken model gets a clear message, never a crash deep
// inside a rule.
import fs = require('fs');
import { readDataFile } from '../text/read-file';
import path = require('path');
import { nodeUtf8 } from '../text/node-utf8';
import type { SeriesKind } from '../types';
import type { Model } from './types';

export class ModelError extends Error {
  constructor(readonly file: string, readonly cause: string) {
    super(`${file}: ${cause}`);
  }
}

/** The default model shipped with the project (trained from the gazette corpus). */
export function defaultModelPath(): string {
  // Works from the sources (engine/src/model) and from the bundles (dist/).
  const candidates = [
    path.resolve(__dirname, '../../../models/default.json'),
    path.resolve(__dirname, '../models/default.json'),
  ];
  return candidates.find((p) => fs.existsSync(p)) ?? candidates[0];
}

export function emptyModel(): Model {
  return {
    format: 'gongwen-model', version: 1, trainedOn: [], codes: [], units: [], aliases: [],
    documents: [], repeals: [],
    numbering: { levelCounts: {}, runOn: 0, restart: 0, skipToLevel3: 0 },
  };
}

/** What a field must hold; `optional` fields may be absent (never null). */
type FieldCheck = { zh: string; en: string; test: (v: unknown) => boolean; optional?: true };

const isString = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const STRING: FieldCheck = { zh: '字符串', en: 'a string', test: isString };
const NUMBER: FieldCheck = { zh: '数值', en: 'a number', test: isNumber };
const STRINGS: FieldCheck = { zh: '字符串数组', en: 'an array of strings', test: (v) => Array.isArray(v) && v.every(isString) };
const COUNTS: FieldCheck = { zh: '键值为数值的对象', en: 'an object of numbers', test: (v) => isRecord(v) && Object.values(v).every(isNumber) };
const oneOf = (...values: string[]): FieldCheck => {
  const list = values.map((v) => JSON.stringify(v)).join(', ');
  return { zh: ` ${list} 之一`, en: `one of ${list}`, test: (v) => values.includes(v as string) };
};
const optional = (c: FieldCheck): FieldCheck => ({ ...c, optional: true });

// Every SeriesKind (the compiler says when one is missing).
const SERIES_KINDS = Object.keys({ 发: 1, 字: 1, 办发: 1, 办字: 1, 任: 1, 令: 1, 函: 1, 其他: 1 } satisfies Record<SeriesKind, 1>);

// The fields the engine reads from each entry (types.ts). The rules and the parser use entries
// without checking them, so an entry of the wrong shape must stop the model at load, not crash a
// lint (or every lint of a run) later. Unknown fields are let through.
const ENTRY_FIELDS: Record<'trainedOn' | 'codes' | 'units' | 'aliases' | 'documents' | 'repeals', Record<string, FieldCheck>> = {
  trainedOn: { file: STRING, sha256: STRING },
  codes: {
    code: STRING, issuer: STRING, kind: oneOf(...SERIES_KINDS), count: NUMBER, maxSeq: COUNTS,
    mark: optional(STRING), source: optional(oneOf('issued', 'cited')),
  },
  units: {
    name: STRING, full: optional(STRING), count: NUMBER, firstSeen: STRING, lastSeen: STRING,
    validFrom: optional(STRING), validUntil: optional(STRING), successors: optional(STRINGS),
  },
  aliases: { alias: STRING, standard: STRING, source: oneOf('corpus', 'builtin') },
  documents: {
    number: STRING, title: STRING, shortTitle: STRING, issuer: STRING, date: optional(STRING), type: STRING,
    source: optional(STRING), issues: optional(STRINGS),
  },
  repeals: { target: STRING, targetTitle: optional(STRING), by: STRING, date: STRING, kind: oneOf('repeal', 'amend') },
};
const NUMBERING_FIELDS: Record<string, FieldCheck> = { levelCounts: COUNTS, runOn: NUMBER, restart: NUMBER, skipToLevel3: NUMBER };

/** The value as a short JSON excerpt for a message. */
function excerpt(v: unknown): string {
  const chars = [...(JSON.stringify(v) ?? String(v))]; // code points: no half surrogate pair
  return chars.length > 80 ? chars.slice(0, 79).join('') + '…' : chars.join('');
}

/** What is wrong with `value` (the entry at `where`), or undefined when it has every field right. */
function entryProblem(where: string, value: unknown, fields: Record<string, FieldCheck>): string | undefined {
  if (!isRecord(value)) return `${where} 应为对象 / ${where} must be an object: ${excerpt(value)}`;
  for (const [key, check] of Object.entries(fields)) {
    const v = value[key];
    if (v === undefined) {
      if (check.optional) continue;
      return `${where} 缺少字段 "${key}" / ${where} lacks the field "${key}": ${excerpt(value)}`;
    }
    if (!check.test(v)) return `${where}.${key} 应为${check.zh} / ${where}.${key} must be ${check.en}: ${excerpt(value)}`;
  }
  return undefined;
}

/** The first malformed entry of the model (by list, then by position), or undefined. */
function modelProblem(m: Record<string, unknown>): string | undefined {
  for (const [key, fields] of Object.entries(ENTRY_FIELDS)) {
    const list = m[key];
    if (list === undefined && key === 'trainedOn') continue; // absent: nothing trained (emptyModel's)
    if (list === undefined) return `模型缺少数组字段 "${key}" / the model lacks the array "${key}"`;
    if (!Array.isArray(list)) return `模型的 "${key}" 应为数组 / the model's "${key}" must be an array: ${excerpt(list)}`;
    for (let i = 0; i < list.length; i++) {
      const problem = entryProblem(`${key}[${i}]`, list[i], fields);
      if (problem) return problem;
    }
  }
  if (m.numbering !== undefined) return entryProblem('numbering', m.numbering, NUMBERING_FIELDS);
  return undefined;
}

export function parseModel(json: string, file: string): Model {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ModelError(file, `模型文件不是有效的 JSON（可能已损坏或被截断） / the model file is not valid JSON (corrupt or truncated?): ${(e as Error).message}`);
  }
  if (!isRecord(data) || data.format !== 'gongwen-model') {
    throw new ModelError(file, '不是 Gongwen 模型文件（缺少 "format": "gongwen-model"） / not a Gongwen model file (no "format": "gongwen-model")');
  }
  if (data.version !== 1) {
    throw new ModelError(file, `不支持的模型版本 ${String(data.version)}（支持 1） / unsupported model version ${String(data.version)} (1 is supported)`);
  }
  const problem = modelProblem(data);
  if (problem) throw new ModelError(file, problem);
  return { ...emptyModel(), ...data } as Model;
}

export function loadModel(file?: string): Model {
  const p = file ?? defaultModelPath();
  let text: string;
  try {
    const bytes = readDataFile(p);
    text = nodeUtf8(bytes) ?? bytes.toString('utf8'); // not UTF-8: JSON.parse says what is wrong
  } catch (e) {
    throw new ModelError(p, `无法读取模型文件 / cannot read the model file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseModel(text, p);
}
