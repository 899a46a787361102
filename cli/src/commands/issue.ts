// gongwen issue MANIFEST -o OUT.pdf|docx|html: assemble a gazette issue (cover, 目录 with real page
// numbers, documents each from a new page, continuous page numbers).
import path = require('path');
import { exportIssue, formatOf, type ExportFormat } from '../../../engine/src/export';
import { processIo, sameFile, type Io } from '../io';
import { usageError } from '../usage';
import { formatClash, parseOutputArgs, quietModel, reportErrors, writeOutput } from './export';

export const ISSUE_USAGE = `用法 / usage: gongwen issue <清单 / manifest.json|.yaml> -o <输出 / out.pdf|.docx|.html> [--to pdf|docx|html]
  按清单汇编一期公报：封面、目录（标题、发文字号、页码）、各文件另起一页、页码连续
  assemble a gazette issue: cover, 目录 (title, 发文字号, page), each document on a new page, continuous page numbers
  清单 / manifest: { "title": "聊城市人民政府公报", "year": 2024, "number": "6", 
                     "sections": [{ "name": "◎市政府文件", "documents": ["a.txt", "b.txt"] }] }
`;

export async function run(args: string[], io: Io = processIo()): Promise<number> {
  const parsed = parseOutputArgs(args, io, ISSUE_USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError(io, '需要一个清单文件 / exactly one manifest is needed', ISSUE_USAGE);
  if (!values.out) return usageError(io, '缺少 -o 输出文件 / missing -o OUT', ISSUE_USAGE);
  const to = (values.to ?? formatOf(values.out)) as ExportFormat | undefined;
  if (!to || !['pdf', 'docx', 'html'].includes(to)) return usageError(io, `无法确定输出格式 / cannot tell the output format of ${values.out}`, ISSUE_USAGE);
  const clash = formatClash(to, values.out);
  if (clash) return usageError(io, clash, ISSUE_USAGE);
  const out = path.resolve(io.cwd, values.out);
  return reportErrors(io, 'issue', async () => {
    const r = await exportIssue(path.resolve(io.cwd, positionals[0]), to, { model: quietModel() });
    const input = r.read.find((f) => sameFile(out, f));
    if (input) return usageError(io, `输出文件不能覆盖输入文件 / the output would overwrite an input: ${input}`, ISSUE_USAGE);
    if (!writeOutput(io, 'issue', out, r.data)) return 2;
    io.stdout(`${path.relative(io.cwd, out) || out}: ${r.pages} 页 / pages, ${r.entries.length} 篇 / documents (${to})\n`);
    for (const e of r.entries) io.stdout(`  ${String(e.page).padStart(3)}  ${e.title}${e.number ? `（${e.number}）` : ''}\n`);
    // Written all the same (a draft may have no title yet), but an editor must not print a file name.
    for (const e of r.entries.filter((x) => x.untitled)) {
      io.stderr(`gongwen issue: ${path.resolve(path.dirname(path.resolve(io.cwd, positionals[0])), e.name)}: 未找到标题，目录以文件名代替 / no title found: the 目录 lists the file name instead\n`);
    }
    return 0;
  });
}
