// The gongwen command: dispatches to one module per subcommand (cli/src/commands/*.ts).
import type { Io } from './io';
import { VERSION } from './meta';
import { USAGE, usageError } from './usage';

type Command = (args: string[], io: Io) => Promise<number>;
// Loaded on demand: start-up is most of a `gongwen lint` run, and export/issue pull in docx,
// js-yaml and the renderer, which lint never needs. export and issue write their own output
// (their signature is run(args)).
const commands: Record<string, () => Promise<Command>> = {
  lint: async () => (await import('./commands/lint')).run,
  fix: async () => (await import('./commands/fix')).run,
  rules: async () => (await import('./commands/rules')).run,
  train: async () => (await import('./commands/train')).run,
  daemon: async () => (await import('./commands/daemon')).run,
  export: async () => { const m = await import('./commands/export'); return (args) => m.run(args); },
  issue: async () => { const m = await import('./commands/issue'); return (args) => m.run(args); },
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
  const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!load) return usageError(io, `未知的命令或选项 / unknown command or option: ${command}`);
  return (await load())(rest, io);
}

