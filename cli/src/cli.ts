// The gongwen command: dispatches to one module per subcommand (cli/src/commands/*.ts).
import type { Io } from './io';
import { VERSION } from './meta';
import { USAGE, usageError } from './usage';
import { run as lint } from './commands/lint';
import { run as fix } from './commands/fix';
import { run as rules } from './commands/rules';
import { run as trainCommand } from './commands/train';
import { run as exportCommand } from './commands/export';
import { run as issue } from './commands/issue';

// export and issue write their own output (their signature is run(args)).
const commands: Record<string, (args: string[], io: Io) => Promise<number>> = {
  lint, fix, rules, train: trainCommand, export: (args) => exportCommand(args), issue: (args) => issue(args),
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError(io, '缺少命令 / missing command');
  if (command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(VERSION + '\n');
    return 0;
  }
  const run = commands[command];
  if (!run) return usageError(io, `未知的命令或选项 / unknown command or option: ${command}`);
  return run(rest, io);
}

