// gongwen export FILE --to pdf|docx|html [-o OUT]: the document as printed (GB/T 9704 pages).
import path = require('path');
import { loadModel, type Model } from '../../../engine/src';
import { exportText, formatOf, readText, NoBrowserError, ManifestError, type ExportFormat } from '../../../engine/src/export';
import { InputError } from '../../../engine/src/text/encoding';
import { processIo, sameFile, writeFileAtomic, type Io } from '../io';
import { parseCommandArgs, usageError } from '../usage';

export const EXPORT_USAGE = `用法 / usage: gongwen export <文件 / file> [--to pdf|docx|html] [-o <输出 / out>]
  按 GB/T 9704 版式导出公文（A4，版心 156×225 mm，每页 22 行、每行 28 字）
  export a document laid out per GB/T 9704 (A4, type area 156×225 mm, 22 lines × 28 characters)
  --to        pdf | docx | html（默认取自 -o 的扩展名，否则 pdf） / default: from -o's extension, else pdf
  -o, --out   输出文件（默认：与输入同名） / output file (default: the input's name with the new extension)
  PDF 需要 Chromium（apt-get install chromium）或 GONGWEN_CHROMIUM / PDF needs Chromium or GONGWEN_CHROMIUM
`;

export function quietModel(): Model | undefined {
  try {
    return loadModel();
  } catch {
    return undefined; // layout does not need the model; the parser works without it
  }
}

export function errorMessage(e: unknown): string | undefined {
  if (e instanceof NoBrowserError || e instanceof ManifestError || e instanceof InputError) return e.message;
  return undefined;
}

/** The options export and issue share (--to, -o, --help): the parsed arguments, or an exit code. */
export function parseOutputArgs(args: string[], io: Io, usage: string):
  { values: { to?: string; out?: string }; positionals: string[] } | number {
  return parseCommandArgs(io, usage, { args, strict: true, allowPositionals: true, options: {
    to: { type: 'string', short: 't' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' },
  } });
}

/**
 * --to and -o's extension disagreeing (`-o out.pdf --to html`) would write one format under the
 * other's name: a usage error naming both. An extension we do not know (.txt) is the user's choice.
 */
export function formatClash(to: string, out: string | undefined): string | undefined {
  const ext = out !== undefined ? formatOf(out) : undefined;
  if (!ext || ext === to) return undefined;
  return `--to ${to} 与输出文件扩展名不符 / --to ${to} does not match the output's extension: ${out}`;
}

/**
 * Writes the exported file; a file that cannot be written (no such folder, no permission, a full
 * disk) is one line on stderr naming it and the cause, exit 2, as for every I/O problem.
 */
export function writeOutput(io: Io, command: string, out: string, data: Uint8Array): boolean {
  try {
    writeFileAtomic(out, data);
    return true;
  } catch (e) {
    io.stderr(`gongwen ${command}: ${out}: 无法写入 / cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return false;
  }
}

/** Runs an export, turning the errors a user can act on into one line on stderr and exit 2. */
export async function reportErrors(io: Io, command: string, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (e) {
    const msg = errorMessage(e);
    if (msg === undefined) throw e;
    io.stderr(`gongwen ${command}: ${msg}\n`);
    return 2;
  }
}

export async function run(args: string[], io: Io = processIo()): Promise<number> {
  const parsed = parseOutputArgs(args, io, EXPORT_USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError(io, '需要一个输入文件 / exactly one input file is needed', EXPORT_USAGE);
  const to = (values.to ?? (values.out ? formatOf(values.out) : undefined) ?? 'pdf') as ExportFormat;
  if (!['pdf', 'docx', 'html'].includes(to)) return usageError(io, `不支持的格式 / unsupported format: ${to}`, EXPORT_USAGE);
  const clash = formatClash(to, values.out);
  if (clash) return usageError(io, clash, EXPORT_USAGE);
  const input = path.resolve(io.cwd, positionals[0]);
  const out = path.resolve(io.cwd, values.out ?? input.replace(/\.[^./\\]*$/, '') + '.' + to);
  if (sameFile(out, input)) return usageError(io, '输出文件不能覆盖输入文件 / the output would overwrite the input', EXPORT_USAGE);
  return reportErrors(io, 'export', async () => {
    const text = readText(input);
    // Nothing to lay out: a blank numbered page and exit 0 read as a successful export.
    if (!text.trim()) {
      io.stderr(`gongwen export: ${input}: 文件为空，没有可导出的公文 / the document is empty: nothing to export\n`);
      return 2;
    }
    const r = await exportText(text, to, { model: quietModel() });
    if (!writeOutput(io, 'export', out, r.data)) return 2;
    io.stdout(`${path.relative(io.cwd, out) || out}: ${r.pages} 页 / pages (${to})\n`);
    return 0;
  });
}
