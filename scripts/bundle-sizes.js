#!/usr/bin/env node
'use strict';
// Prints the size of every file of the built add-in (dist/addin), raw and gzipped.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dir = path.join(__dirname, '..', 'dist', 'addin');
if (!fs.existsSync(dir)) {
  process.stderr.write('dist/addin does not exist: run "npm run build" first.\n');
  process.exit(2);
}
const files = [];
(function walk(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (!entry.name.endsWith('.map')) files.push(full);
  }
})(dir);
const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} KB`;
let js = 0;
process.stdout.write(`${'file'.padEnd(28)}${'size'.padStart(11)}${'gzip'.padStart(11)}\n`);
for (const file of files.sort()) {
  const bytes = fs.readFileSync(file);
  const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
  if (file.endsWith('.js')) js += gzip;
  process.stdout.write(`${path.relative(dir, file).padEnd(28)}${kb(bytes.length)}${kb(gzip)}\n`);
}
process.stdout.write(`JavaScript, gzipped: ${kb(js).trim()}\n`);
