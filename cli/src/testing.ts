// What the in-process tests of the commands share (as engine/src/rules/testing.ts does for the rules).
import type { Io } from './io';
import { run as lint } from './commands/lint';

/** A command's exit code and what it printed. */
export interface Run {
  code: number;
  out: string;
  err: string;
}

/** `gongwen lint args`, run in process in `cwd` as of `today`, printing into strings; `extra` overrides fields of its Io. */
export async function lintInProcess(args: string[], cwd: string, today: string, extra: Partial<Io> = {}): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = { cwd, color: false, stdout: (s) => void (out += s), stderr: (s) => void (err += s), ...extra };
  const code = await lint(args, io, { today });
  return { code, out, err };
}
