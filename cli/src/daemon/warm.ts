// What a daemon started by a lint (cli/src/daemon/autostart.ts) does before its first request: it
// runs, unseen, the lint that started it, a few times over. Until V8 has optimised the parser, the
// rules and the report, a daemon's lint of a whole gazette takes as long as a cold process's
// (~100 ms); warmed on the very files the user lints again, the next lint finds them optimised.
import { parseArgs } from 'util';
import { OPTIONS } from '../commands/lint';
import { WARM_VARIABLE, type WarmRequest } from './autostart';

/** The warm request in `env`, taken out of it (the daemon's lints must not see it), if any. */
export function takeWarmRequest(env: NodeJS.ProcessEnv): WarmRequest | undefined {
  const raw = env[WARM_VARIABLE];
  delete env[WARM_VARIABLE];
  try {
    const r = JSON.parse(raw ?? '') as Partial<WarmRequest>;
    if (typeof r.cwd === 'string' && Array.isArray(r.argv) && r.argv.every((a) => typeof a === 'string')) return r as WarmRequest;
  } catch {
    // absent or damaged: no warm-up
  }
  return undefined;
}

/**
 * The lint `argv` (starting with `lint`) without what it would write: no --fix, no --output-file,
 * no --cache, in this thread (--jobs 1); undefined for standard input, --help or a usage error.
 * Its output is thrown away; what it reads (files, configuration, model) is what the user's next
 * lint reads.
 */
export function warmArgv(argv: string[]): string[] | undefined {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv.slice(1), allowPositionals: true, strict: true, options: OPTIONS }));
  } catch {
    return undefined;
  }
  if (values.help || positionals.includes('-')) return undefined;
  const kept: string[] = [];
  for (const k of ['format', 'model', 'config', 'date'] as const) if (values[k] !== undefined) kept.push(`--${k}`, values[k]);
  for (const k of ['quiet', 'info'] as const) if (values[k]) kept.push(`--${k}`);
  return ['lint', ...kept, '--jobs', '1', '--', ...positionals];
}
