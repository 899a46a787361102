// gongwen train: learns a model from gazette text (files or folders of .txt/.md) and writes it
// as deterministic JSON: the same corpus gives a byte-identical file.
import path = require('path');
import { readCorpusFiles } from '../../../engine/src/model/corpus';
import { serializeModel } from '../../../engine/src/model/serialize';
import { train } from '../../../engine/src/model/train';
import { sameFile, writeFileAtomic, type Io } from '../io';
import { parseCommandArgs, usageError } from '../usage';

export const TRAIN_USAGE = `用法 / usage: gongwen train <文件|文件夹>... [-o model.json]
  从公报文本（.txt/.md，UTF-8 或 GBK）训练模型 / train a model from gazette text (.txt/.md, UTF-8 or GBK)
  -o, --output FILE   模型写入文件（默认标准输出） / write the model here (default: stdout)
  用法示例 / then: gongwen lint --model model.json 文件 / file, 或配置 / or configure "model"
`;

export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(io, TRAIN_USAGE, {
    args, allowPositionals: true, strict: true,
    options: { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (!positionals.length) return usageError(io, '请指定训练语料 / name the corpus files or folders', TRAIN_USAGE);
  // Each corpus file is read as lint reads its inputs: one that cannot be (missing, a FIFO or a
  // device, over 20 MB, binary) is named with the cause, and the others are still trained on.
  const { inputs, problems } = readCorpusFiles(positionals.map((p) => path.resolve(io.cwd, p)));
  const out = values.output === undefined ? undefined : path.resolve(io.cwd, values.output);
  const overwritten = out && [...inputs.map((f) => f.file), ...problems.map((p) => p.file)].find((f) => sameFile(out, f));
  if (overwritten) return usageError(io, `模型不能覆盖训练语料 / the model would overwrite a corpus file: ${overwritten}`, TRAIN_USAGE);
  for (const p of problems) io.stderr(`gongwen: ${p.reason}: ${p.file}\n`);
  if (!inputs.length) {
    io.stderr(problems.length
      ? 'gongwen: 没有可读取的训练语料，未训练模型 / no corpus file could be read: no model was trained\n'
      : `gongwen: 没有找到 .txt 或 .md 语料文件 / no .txt or .md corpus files found: ${positionals.join(' ')}\n`);
    return 2;
  }
  const model = train(inputs);
  const json = serializeModel(model);
  if (out) {
    try {
      writeFileAtomic(out, json);
    } catch (e) {
      io.stderr(`gongwen: 无法写入模型 / cannot write the model (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): ${out}\n`);
      return 2;
    }
  } else {
    io.stdout(json);
  }
  io.stderr(`gongwen: 已从 ${inputs.length} 个文件训练 / trained on ${inputs.length} file(s): ` +
    `${model.codes.length} 机关代字 / issuing codes, ${model.units.length} 单位 / units, ` +
    `${model.documents.length} 文件 / documents, ${model.repeals.length} 废止 / repeals` +
    (problems.length ? `；${problems.length} 个无法读取，未用于训练 / ${problems.length} could not be read and were left out` : '') + '\n');
  // As lint: a file that could not be read makes the exit code 2, after the others were used.
  return problems.length ? 2 : 0;
}
