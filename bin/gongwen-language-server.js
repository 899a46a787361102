#!/usr/bin/env node
require('./compile-cache').runBundle(require('path').join(__dirname, '../dist/server.js'), module);
