#!/usr/bin/env node
'use strict';
// `npm run screenshots`: runs the end-to-end tests with UPDATE_SCREENSHOTS=1, so the
// screenshots shown in the README (docs/screenshots) are taken again. `npm test` saves
// them to out/screenshots instead and leaves the checkout as it was.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), 'test/e2e', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, UPDATE_SCREENSHOTS: '1' } },
);
process.exit(result.status ?? 1);
