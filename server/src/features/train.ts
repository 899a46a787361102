// Training a model from a folder of gazettes, on the client's request ("gongwen/train"), with
// progress notifications ("gongwen/trainProgress") the client shows while it runs.
import fs = require('fs');
import path = require('path');
import { ResponseError } from 'vscode-languageserver/node';
import { readTextFile } from '../../../engine/src/text/read-file';
import { train } from '../../../engine/src/model/train';
import { serializeModel } from '../../../engine/src/model/serialize';
import type { ServerContext } from './context';
import { t } from './l10n';

const TRAIN_EXTENSIONS = ['.txt', '.md', '.gw', '.gongwen'];

export interface TrainParams {
  folder: string;
  /** Where to write the model; default <folder>/gongwen-model.json. */
  output?: string;
}

export interface TrainResult {
  output: string;
  files: number;
  documents: number;
  units: number;
  codes: number;
}

function listFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(p);
      else if (e.isFile() && TRAIN_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(p);
    }
  };
  walk(folder);
  return out.sort();
}

const tick = () => new Promise<void>((r) => setImmediate(r));

export async function runTraining(params: TrainParams, progress: (message: string, done: number, total: number) => void): Promise<TrainResult> {
  if (!params?.folder || !fs.existsSync(params.folder) || !fs.statSync(params.folder).isDirectory()) {
    throw new ResponseError(1, t('不是文件夹：{0}', 'Not a folder: {0}', String(params?.folder)));
  }
  const files = listFiles(params.folder);
  if (!files.length) throw new ResponseError(2, t('{0} 中没有 .txt/.md/.gw 文件', 'No .txt/.md/.gw files in {0}', params.folder));
  const inputs: { file: string; text: string }[] = [];
  for (const [i, f] of files.entries()) {
    progress(t('读取 {0}', 'Reading {0}', path.basename(f)), i, files.length + 1);
    try {
      inputs.push({ file: path.relative(params.folder, f), text: readTextFile(f).text }); // as lint reads: 20 MB at most
    } catch (e) {
      progress(t('跳过 {0}：{1}', 'Skipped {0}: {1}', path.basename(f), (e as Error).message), i, files.length + 1);
    }
    await tick(); // let the progress notification go out
  }
  progress(t('训练中（{0} 个文件）', 'Training ({0} files)', inputs.length), files.length, files.length + 1);
  await tick();
  const model = train(inputs);
  const output = params.output || path.join(params.folder, 'gongwen-model.json');
  fs.writeFileSync(output, serializeModel(model));
  return { output, files: inputs.length, documents: model.documents.length, units: model.units.length, codes: model.codes.length };
}

export function registerTrain(ctx: ServerContext): void {
  ctx.connection.onRequest('gongwen/train', async (params: TrainParams) => {
    const result = await runTraining(params, (message, done, total) => {
      void ctx.connection.sendNotification('gongwen/trainProgress', { message, done, total });
    });
    ctx.log(t('模型已写入 {0}（{1} 份文件、{2} 个单位）', 'Model written to {0} ({1} documents, {2} units)', result.output, result.documents, result.units));
    return result;
  });
}
