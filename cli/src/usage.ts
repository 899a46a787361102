// Usage text and the one way a command refuses its arguments: a line on stderr, the usage, exit 2.
import { parseArgs, type ParseArgsConfig } from 'util';
import type { Io } from './io';

export const USAGE = `公文助手 Gongwen — 公文与政府公报检查工具 / linter for Chinese government documents

用法 / usage: gongwen <命令 / command> [选项 / options]

命令 / commands:
  lint [文件|文件夹|-]...   检查文件（默认当前文件夹） / check files (default: the current folder)
  fix <文件|文件夹|->...    自动修复可修复的问题 / apply the fixes of fixable rules
  train <文件|文件夹>... -o model.json
                            从公报语料训练模型 / train a model from gazette text
  rules [--format md|json]  列出全部规则 / list the rules
  daemon start|stop|status|restart|serve
                            后台进程，让 lint 更快 / a background process that makes lint faster
  export, issue             见各自的 --help / see their --help

通用选项 / common options:
  -h, --help                帮助 / help
  -v, --version             版本 / version

退出码 / exit codes (lint, fix):
  0    没有错误（警告不超过 --max-warnings） / no errors (and no more warnings than --max-warnings)
  1    有错误，或警告超过 --max-warnings；fix：修复后仍有错误 / errors, or more warnings than --max-warnings; fix: errors left after fixing
  2    用法错误，或有文件无法读写、配置有误、规则出错（优先于 1，其余文件照常检查）
       / a usage error, or a file that could not be read or written, a bad configuration, a rule that crashed (wins over 1; the other files are still checked)
  130  修复时按了 Ctrl-C：正在写的文件写完后停止 / Ctrl-C while fixing: stopped after the file being written
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
