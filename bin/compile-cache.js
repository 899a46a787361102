'use strict';
// Runs a bundle (dist/cli.js, dist/server.js) through V8's code cache. Compiling the ~1 MB bundle
// and, during the run, each function it calls costs a cold `gongwen lint` tens of milliseconds;
// with the cache V8 reads the bytecode back instead. Node 20 has no module.enableCompileCache
// (Node 22), hence this loader: the bundle is wrapped and run exactly as require() would.
//
// The cache is `<bundle>.cache` beside the bundle: a header line naming the bundle's size and
// modification time, the Node version and how long the run that wrote it took, then V8's data. V8
// itself only checks the source's length, so a rebuilt bundle of the same length must not reuse
// it: the header does that. The cache holds the functions the run that wrote it compiled, so a
// cache written by `gongwen --version` would leave every later lint compiling the parser and the
// rules: a run that takes more than twice as long as the one that wrote the cache (it did more,
// so it compiled more) writes it again. The recorded time only grows, so rewrites are few. It is
// written at exit, to a temporary file renamed into place (parallel runs never read half a file).
// Failing to read or write it (read-only install) only costs the time it would have saved.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

/** What the cache must have been written for: this build of the bundle, on this Node. */
function keyOf(file) {
  const st = fs.statSync(file);
  return `gongwen-code-cache 2 ${process.version} ${process.arch} ${st.size} ${Math.floor(st.mtimeMs)} `;
}

/** The cache's V8 data and the run time of the run that wrote it, when it was written for `key`. */
function readCache(cacheFile, key) {
  try {
    const buf = fs.readFileSync(cacheFile);
    const header = Buffer.from(key);
    const eol = buf.indexOf(10, header.length);
    if (eol < 0 || !buf.subarray(0, header.length).equals(header)) return undefined;
    const ranMs = Number(buf.subarray(header.length, eol).toString('latin1'));
    if (Number.isFinite(ranMs)) return { data: buf.subarray(eol + 1), ranMs };
  } catch {
    // no cache yet
  }
  return undefined;
}

function writeCache(cacheFile, key, ranMs, script) {
  try {
    // Unique per writer: worker threads share the process id.
    const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${key}${Math.round(ranMs)}\n`), script.createCachedData()]));
    fs.renameSync(tmp, cacheFile);
  } catch {
    // read-only folder: run without a cache
  }
}

/**
 * Regular expressions compiled once, to machine code: V8 first compiles each to bytecode for its
 * regexp interpreter and compiles it again to machine code on its second run ("tier-up"). A lint
 * runs ~500 distinct regexes, nearly all more than once, so the bytecode was thrown away: ~65 M of a
 * cold lint's main-thread instructions (callgrind: V8's regexp compiler 121 M → 55 M; the whole
 * main thread 1,335 → ~1,295 M). Set before the bundle's code cache is read, in every process that
 * runs a bundle, so that the cache is always written and read under the same V8 flags (V8 rejects a
 * cache made under other flags). `require('v8')` would load Node's stream modules (~32 M);
 * process.binding('v8') is the same binding without them, its deprecation warning silenced. A Node
 * without it only runs as before.
 */
function compileRegexpsOnce() {
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    process.binding('v8').setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // not in this Node: regexes tier up as by default
  } finally {
    process.noDeprecation = quiet;
  }
}

/** Runs `file` as the module `parent` would require it, using and refreshing its code cache. */
function runBundle(file, parent) {
  compileRegexpsOnce();
  if (process.env.GONGWEN_NO_CODE_CACHE) return parent.require(file);
  const source = fs.readFileSync(file, 'utf8');
  const key = keyOf(file);
  const cacheFile = `${file}.cache`;
  const cache = readCache(cacheFile, key);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cache?.data });
  // Date.now(), not performance.now(): the first use of `performance` loads perf_hooks (~1 ms).
  const started = Date.now();
  process.once('exit', () => {
    const ranMs = Date.now() - started;
    // readonly: a run under a profiler (the bench counts instructions under valgrind, 50× slower)
    // would otherwise rewrite the cache, and record a run time no real run reaches.
    if (process.env.GONGWEN_CODE_CACHE === 'readonly') return;
    if (!cache || script.cachedDataRejected || ranMs > 2 * cache.ranMs + 20) writeCache(cacheFile, key, ranMs, script);
  });
  const mod = new Module(file, parent);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  mod.loaded = true;
  const run = script.runInThisContext({ displayErrors: true });
  run.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  return mod.exports;
}

module.exports = { runBundle };
