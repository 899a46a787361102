// Usage text and the one way a command refuses its arguments: a line on stderr, the usage, exit 2.
import { parseArgs, type ParseArgsConfig } from 'util';
import type { Io } from './io';

export const USAGE = `公文助手 Gongwen — 公文与政府公报检查工具 / linter for Chinese government documents

用法 / usage: gongwen <命令 / command> [选项 / options]

命令 / commands:
  lint [文件|文件夹|-]...   检查文件（默认当前文件夹） / check files (default: the current folder)
  fix <文件|->...           自动修复可修复的问题 / apply the fixes of fixable rules
  train <文件|文件夹>... -o model.json
                            从公报语料训练模型 / train a model from gazette text
  rules [--format md|json]  列出全部规则 / list the rules
  daemon start|stop|status  后台进程，让 lint 更快 / a background process that makes lint faster
  export, issue             见各自的 --help / see their --help

通用选项 / common options:
  -h, --help                帮助 / help
  -v, --version             版本 / version

退出码 / exit codes: 0 没有错误 / no errors, 1 有错误 / errors found, 2 用法或读写问题 / usage or I/O problem
`;

export function usageError(io: Io, message: string, usage: string = USAGE): number {
  io.stderr(`gongwen: ${message}\n\n${usage}`);
  return 2;
}

/**
 * A command's arguments parsed by `config`, refused and helped the one way: the parsed arguments,
 * or the exit code when there is nothing more to do (2 after a usage error, 0 after --help printed
 * the usage).
 */
export function parseCommandArgs<const T extends ParseArgsConfig>(io: Io, usage: string, config: T): ReturnType<typeof parseArgs<T>> | number {
  let parsed;
  try {
    parsed = parseArgs(config);
  } catch (e) {
    return usageError(io, (e as Error).message, usage);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(usage);
    return 0;
  }
  return parsed;
}
