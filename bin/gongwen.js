#!/usr/bin/env node
const path = require('path');
const bundle = path.join(__dirname, '../dist/cli.js');
const runHere = () => require('./compile-cache').runBundle(bundle, module);
// A lint goes to the daemon when one runs (gongwen daemon start); everything else runs here.
if (!require('../dist/daemon-client.js').lintThroughDaemon(bundle, process.argv.slice(2), runHere)) runHere();
