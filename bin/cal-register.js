#!/usr/bin/env node
'use strict';
// The `cal-register` command: runs the compiled CLI (built by `npm install` through `prepare`).
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write(
    'cal-register: not built yet. Run "npm run build:cli" (npm install does it).\n',
  );
  process.exit(2);
}

// A larger young generation halves the garbage collector's work on large registers (the rows
// read stay alive until the audit). V8 takes it only at start, so start Node again with it.
const YOUNG = '--max-semi-space-size=32';
if (!process.execArgv.includes(YOUNG) && process.env.CAL_REGISTER_NO_RESPAWN !== '1') {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, YOUNG, __filename, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  if (child.error) {
    process.stderr.write(`cal-register: could not start Node.js (${child.error.message}).\n`);
    process.exit(2);
  }
  if (child.status === null) {
    // Killed (out of memory, or by the system): never a silent end.
    process.stderr.write(
      `cal-register: stopped by the system (${child.signal}) before it finished. If the workbook is very large, close other programs and retry.\n`,
    );
    process.exit(2);
  }
  process.exit(child.status);
}

require(main).runProcess(process.argv.slice(2));
