// Entry point of dist/cli.js (bin/gongwen.js requires it): runs the command line it was started with,
// or, inside a worker thread started by `gongwen lint` (cli/src/parallel.ts), lints that worker's files.
import { main } from './cli';
import { STDIN_HANDOFF } from './daemon/protocol';
import { NoWorkingFolder, processIo, type Io } from './io';
import { runLintWorker } from './parallel';

if (!runLintWorker()) start();

function start(): void {
  let io: Io;
  try {
    io = processIo();
  } catch (e) {
    if (!(e instanceof NoWorkingFolder)) throw e;
    process.stderr.write(`gongwen: ${e.message}\n`); // an I/O problem: exit code 2, not a stack trace
    process.exitCode = 2;
    return;
  }
  // The daemon's client read standard input before the daemon failed it: that is the input.
  const handedOver = (globalThis as Record<symbol, unknown>)[STDIN_HANDOFF];
  if (Buffer.isBuffer(handedOver)) io.stdin = () => handedOver;
  // A closed pipe (gongwen lint | head) ends the run quietly: processIo sees to it.
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      io.stderr(`gongwen: 内部错误 / internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
