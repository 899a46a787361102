// Linting many files over the available cores: worker threads run the same bundle (dist/cli.js),
// each with its own Session (configuration, model), and send back per file the decoded text, the
// diagnostics and the problems it met. The main thread prints everything in argument order, so
// the report is byte for byte the report of a sequential run.
import * as fs from 'fs';
import * as os from 'os';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { SourceText, type Diagnostic } from '../../engine/src';
import type { FileResult } from './formatters/common';
import { Session, type SessionOptions } from './session';

/** Below this much text, starting workers (each loads the bundle and the model) costs more than it saves. */
const MIN_PARALLEL_BYTES = 256 * 1024;

/**
 * The cores not already busy: all of them on an idle machine, fewer when the load average says
 * other work is running (on a shared 2-core machine under load, two workers were measured slower
 * than one thread). Windows reports no load average (0): all cores.
 */
export function defaultJobs(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length || 1;
  return Math.max(1, Math.min(cores, cores - Math.round(os.loadavg()[0])));
}

/** Whether `files` are worth spreading over `jobs` workers. Only the bundle can start workers. */
export function worthParallel(files: string[], jobs: number): boolean {
  if (jobs < 2 || files.length < 2 * jobs || !__filename.endsWith('.js')) return false;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += fs.statSync(f).size;
    } catch {
      // unreadable: the worker reports it
    }
    if (bytes >= MIN_PARALLEL_BYTES) return true;
  }
  return false;
}

interface Job {
  gongwenLintWorker: true;
  options: SessionOptions;
  files: { index: number; path: string }[];
}

interface Done {
  index: number;
  filePath: string;
  text?: string;
  diagnostics?: Diagnostic[];
  problems: string[];
}

/** Lints `files` in `jobs` workers; per input index its result (undefined when unreadable) and problem lines.
 * Files a worker did not finish are absent. */
export async function lintInWorkers(
  files: { index: number; path: string }[], jobs: number, options: SessionOptions,
): Promise<Map<number, { result?: FileResult; problems: string[] }>> {
  // Largest first, each to the least loaded worker: one big gazette does not finish last.
  const sized = files.map((f) => ({ ...f, size: sizeOf(f.path) })).sort((a, b) => b.size - a.size);
  const n = Math.min(jobs, files.length);
  const shares = Array.from({ length: n }, () => ({ bytes: 0, files: [] as { index: number; path: string }[] }));
  for (const f of sized) {
    const s = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    s.bytes += f.size + 4096; // a small file still costs a read and a parse
    s.files.push({ index: f.index, path: f.path });
  }
  const out = new Map<number, { result?: FileResult; problems: string[] }>();
  // A worker that dies (out of memory, a bug) only leaves its unfinished files out of the map:
  // the caller lints those itself, so nothing is silently skipped.
  await Promise.all(shares.map((s) => new Promise<void>((resolve) => {
    const job: Job = { gongwenLintWorker: true, options, files: s.files };
    const w = new Worker(__filename, { workerData: job });
    w.on('message', (d: Done) => {
      out.set(d.index, {
        result: d.text !== undefined ? { filePath: d.filePath, source: new SourceText(d.text), diagnostics: d.diagnostics ?? [] } : undefined,
        problems: d.problems,
      });
    });
    w.on('error', () => resolve());
    w.on('exit', () => resolve());
  })));
  return out;
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** In a worker started by lintInWorkers: lints its share and exits. Returns false elsewhere. */
export function runLintWorker(): boolean {
  if (isMainThread || !(workerData as Job | undefined)?.gongwenLintWorker) return false;
  const job = workerData as Job;
  let problems: string[] = [];
  const session = new Session(job.options, (line) => problems.push(line.replace(/\n$/, '')));
  for (const f of job.files) {
    problems = [];
    const loaded = session.load({ kind: 'file', path: f.path });
    if (!loaded) {
      parentPort!.postMessage({ index: f.index, filePath: f.path, problems } satisfies Done);
      continue;
    }
    const r = session.lint(loaded, loaded.decoded.text);
    parentPort!.postMessage({
      index: f.index, filePath: loaded.filePath, text: loaded.decoded.text, diagnostics: r.diagnostics, problems,
    } satisfies Done);
  }
  return true;
}
