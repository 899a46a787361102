// Linting many files over the available cores: this thread and worker threads running the same
// bundle (dist/cli.js) take files from one queue, each with its own Session (configuration,
// model); workers send back per file the decoded text, the diagnostics and the problems it met.
// The main thread prints everything in argument order, so the report is byte for byte the report
// of a sequential run.
import fs = require('fs');
import os = require('os');
import path = require('path');
import type { Worker } from 'worker_threads';
import { SourceText, type Diagnostic } from '../../engine/src';
import type { FileResult } from './formatters/common';
import type { SuppressedDiagnostic } from '../../engine/src/directives';
import { Session, type SessionOptions } from './session';

// worker_threads is required on first use: loading it cost every single-file `gongwen lint` ~2 ms.
const threads = (): typeof import('worker_threads') => require('worker_threads');

/** The argument a lint worker is started with: a process can tell it is one without worker_threads. */
const WORKER_ARG = '--gongwen-lint-worker';

/** Below this much text, starting workers (each loads the bundle and the model) costs more than it saves. */
const MIN_PARALLEL_BYTES = 256 * 1024;

/**
 * The cores not already busy, less one: each linting thread keeps V8's compiler and garbage
 * collector threads busy beside it (a single-threaded lint of a folder used 1.6 CPU-seconds per
 * second on 2 cores, and two threads there were measured 0.8 × as fast as one). Fewer when the
 * load average says other work is running; Windows reports no load average (0).
 */
export function defaultJobs(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length || 1;
  return Math.max(1, Math.min(cores, cores - Math.round(os.loadavg()[0])) - 1);
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
}

interface FileJob {
  index: number;
  path: string;
}

interface Done {
  index: number;
  filePath: string;
  text?: string;
  diagnostics?: Diagnostic[];
  suppressed?: SuppressedDiagnostic[];
  problems: string[];
}

/** Messages from a worker: a finished file, or a request for more files. */
type FromWorker = { done: Done } | { more: true };

/** How many files a worker or the main thread takes at a time: few messages, a fair share at the end. */
function batchSize(left: number, lanes: number): number {
  return Math.max(1, Math.min(16, Math.floor(left / (lanes * 4))));
}

/**
 * A linter of single files for one thread: its own Session, whose problems are collected per file
 * (printed later by the main thread, in argument order).
 */
function fileLinter(options: SessionOptions): (f: FileJob) => Done {
  let problems: string[] = [];
  const session = new Session(options, (line) => problems.push(line.replace(/\n$/, '')));
  return (f) => {
    problems = [];
    const loaded = session.load({ kind: 'file', path: f.path });
    if (!loaded) return { index: f.index, filePath: f.path, problems };
    const r = session.checked(loaded.filePath, () => session.lint(loaded, loaded.decoded.text));
    if (!r) return { index: f.index, filePath: loaded.filePath, problems };
    return { index: f.index, filePath: loaded.filePath, text: loaded.decoded.text, diagnostics: r.diagnostics, ...(r.suppressed ? { suppressed: r.suppressed } : {}), problems };
  };
}

/**
 * Starts a worker on the bundle: through the code cache loader when it is installed beside the
 * bundle (bin/compile-cache.js), so that a worker does not compile the bundle again.
 */
function startWorker(job: Job): Worker {
  const loader = path.join(__dirname, '..', 'bin', 'compile-cache.js');
  if (fs.existsSync(loader) && !process.env.GONGWEN_NO_CODE_CACHE) {
    const code = `require(${JSON.stringify(loader)}).runBundle(${JSON.stringify(__filename)}, module);`;
    return new (threads().Worker)(code, { eval: true, workerData: job, argv: [WORKER_ARG] });
  }
  return new (threads().Worker)(__filename, { workerData: job, argv: [WORKER_ARG] });
}

/**
 * Lints `files` on `jobs` threads: this thread and jobs - 1 workers, all taking files from one
 * queue (largest first, so that one big gazette does not finish last). Per input index its result
 * (undefined when unreadable) and problem lines. Files a worker took but did not finish (it died)
 * are absent: the caller lints those itself, so nothing is silently skipped.
 */
export async function lintInWorkers(
  files: FileJob[], jobs: number, options: SessionOptions, perThread: number[] = [],
): Promise<Map<number, { result?: FileResult; problems: string[] }>> {
  const queue = files.map((f) => ({ ...f, size: sizeOf(f.path) })).sort((a, b) => b.size - a.size);
  let next = 0;
  const lanes = Math.min(jobs, files.length);
  const take = (): FileJob[] => {
    const n = batchSize(queue.length - next, lanes);
    const batch = queue.slice(next, next + n).map((f) => ({ index: f.index, path: f.path }));
    next += batch.length;
    return batch;
  };
  const out = new Map<number, { result?: FileResult; problems: string[] }>();
  const record = (d: Done) => {
    out.set(d.index, {
      result: d.text !== undefined ? { filePath: d.filePath, source: new SourceText(d.text), diagnostics: d.diagnostics ?? [], ...(d.suppressed ? { suppressed: d.suppressed } : {}) } : undefined,
      problems: d.problems,
    });
  };
  perThread.length = 0;
  for (let i = 0; i < lanes; i++) perThread.push(0);
  const workers = Array.from({ length: lanes - 1 }, (_, i) => new Promise<void>((resolve) => {
    const w = startWorker({ gongwenLintWorker: true, options });
    w.on('message', (m: FromWorker) => {
      if ('done' in m) {
        record(m.done);
        perThread[i + 1]++;
      }
      else w.postMessage(take()); // an empty batch tells the worker to stop
    });
    w.on('error', () => resolve());
    w.on('exit', () => resolve());
  }));
  // This thread lints too, a file at a time, letting the workers' requests through in between.
  const lintFile = fileLinter(options);
  while (next < queue.length) {
    const f = queue[next++];
    record(lintFile({ index: f.index, path: f.path }));
    perThread[0]++;
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(workers);
  return out;
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** In a worker started by lintInWorkers: lints the batches it is given until an empty one. */
export function runLintWorker(): boolean {
  if (!process.argv.includes(WORKER_ARG)) return false;
  const { isMainThread, parentPort, workerData } = threads();
  if (isMainThread || !(workerData as Job | undefined)?.gongwenLintWorker) return false;
  const job = workerData as Job;
  const lintFile = fileLinter(job.options);
  parentPort!.on('message', (batch: FileJob[]) => {
    if (!batch.length) {
      parentPort!.close();
      return;
    }
    // Ask for the next batch before linting this one: it is waiting when this one is done, even
    // while the main thread is busy linting a file of its own.
    parentPort!.postMessage({ more: true } satisfies FromWorker);
    for (const f of batch) {
      parentPort!.postMessage({ done: lintFile(f) } satisfies FromWorker);
    }
  });
  parentPort!.postMessage({ more: true } satisfies FromWorker);
  return true;
}
