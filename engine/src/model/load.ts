// Loading and validating a model file. A broken model gets a clear message, never a crash deep
// inside a rule.
import fs = require('fs');
import path = require('path');
import { nodeUtf8 } from '../text/node-utf8';
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

export function parseModel(json: string, file: string): Model {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ModelError(file, `模型文件不是有效的 JSON（可能已损坏或被截断）：${(e as Error).message}`);
  }
  const m = data as Partial<Model>;
  if (!m || typeof m !== 'object' || m.format !== 'gongwen-model') {
    throw new ModelError(file, '不是 Gongwen 模型文件（缺少 "format": "gongwen-model"）');
  }
  if (m.version !== 1) throw new ModelError(file, `不支持的模型版本 ${String(m.version)}（支持 1）`);
  for (const key of ['codes', 'units', 'aliases', 'documents', 'repeals'] as const) {
    if (!Array.isArray(m[key])) throw new ModelError(file, `模型缺少数组字段 "${key}"`);
  }
  return { ...emptyModel(), ...m } as Model;
}

export function loadModel(file?: string): Model {
  const p = file ?? defaultModelPath();
  let text: string;
  try {
    const bytes = fs.readFileSync(p);
    text = nodeUtf8(bytes) ?? bytes.toString('utf8'); // not UTF-8: JSON.parse says what is wrong
  } catch (e) {
    throw new ModelError(p, `无法读取模型文件：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseModel(text, p);
}
