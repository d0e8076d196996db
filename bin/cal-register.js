#!/usr/bin/env node
'use strict';
// The `cal-register` command: runs the compiled CLI (built by `npm install` through `prepare`).
const fs = require('fs');
const path = require('path');

const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write(
    'cal-register: not built yet. Run "npm run build:cli" (npm install does it).\n',
  );
  process.exit(2);
}

require(main).runProcess(process.argv.slice(2));
