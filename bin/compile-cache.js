'use strict';
// Runs a bundle (dist/cli.js, dist/server.js) through V8's code cache. Compiling the ~1 MB bundle
// and, during the run, each function it calls costs a cold `gongwen lint` tens of milliseconds;
// with the cache V8 reads the bytecode back instead. Node 20 has no module.enableCompileCache
// (Node 22), hence this loader: the bundle is wrapped and run exactly as require() would.
//
// The cache is `<bundle>.cache` beside the bundle: a header line naming the bundle's size and
// modification time and the Node version, then V8's data. V8 itself only checks the source's
// length, so a rebuilt bundle of the same length must not reuse it: the header does that. When
// there is no usable cache, one is written at exit, holding every function the run compiled
// (written to a temporary file and renamed: parallel runs never read half a file). Failing to
// read or write it (read-only install) only costs the time it would have saved.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

function keyOf(file) {
  const st = fs.statSync(file);
  return `gongwen-code-cache 1 ${process.version} ${process.arch} ${st.size} ${Math.floor(st.mtimeMs)}\n`;
}

function readCache(cacheFile, key) {
  try {
    const buf = fs.readFileSync(cacheFile);
    const header = Buffer.from(key);
    if (buf.length > header.length && buf.subarray(0, header.length).equals(header)) return buf.subarray(header.length);
  } catch {
    // no cache yet
  }
  return undefined;
}

function writeCache(cacheFile, key, script) {
  try {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(key), script.createCachedData()]));
    fs.renameSync(tmp, cacheFile);
  } catch {
    // read-only folder: run without a cache
  }
}

/** Runs `file` as the module `parent` would require it, using and refreshing its code cache. */
function runBundle(file, parent) {
  if (process.env.GONGWEN_NO_CODE_CACHE) return parent.require(file);
  const source = fs.readFileSync(file, 'utf8');
  const key = keyOf(file);
  const cacheFile = `${file}.cache`;
  const cachedData = readCache(cacheFile, key);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeCache(cacheFile, key, script));
  const mod = new Module(file, parent);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  mod.loaded = true;
  const run = script.runInThisContext({ displayErrors: true });
  run.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  return mod.exports;
}

module.exports = { runBundle };
