// Loaded before every mocha run (.mocharc.json): the run keeps trained corpora (Gongwen's user
// cache) in a temporary folder of its own, inherited by the CLIs and servers it starts, so tests
// neither read nor fill the user's cache. Tests of the cache itself set their own folder.
import fs = require('fs');
import os = require('os');
import path = require('path');

if (!process.env.GONGWEN_CACHE_DIR) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-test-cache-'));
  process.env.GONGWEN_CACHE_DIR = dir;
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
}
