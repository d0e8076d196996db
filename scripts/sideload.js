#!/usr/bin/env node
'use strict';
// `npm start`, `npm stop` and `npm run start:web`: Microsoft's sideloading tool,
// office-addin-debugging, run on manifest.xml. It is an optional dependency: its own
// dependencies (the Microsoft 365 Agents Toolkit CLI and keytar) build native code against
// libsecret on Linux, so `npm install` leaves the tool out rather than fail where that
// build cannot run. Without it these commands say what to install, and nothing else.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const [action = 'start', ...rest] = process.argv.slice(2);
const ACTIONS = {
  start: ['start', 'manifest.xml'],
  'start:web': ['start', 'manifest.xml', 'web'],
  stop: ['stop', 'manifest.xml'],
};

/** The tool's command-line script, or undefined when it is not installed. */
function toolScript() {
  try {
    const pkg = require.resolve('office-addin-debugging/package.json', { paths: [root] });
    const bin = require(pkg).bin;
    const script = typeof bin === 'string' ? bin : bin && bin['office-addin-debugging'];
    return script ? path.join(path.dirname(pkg), script) : undefined;
  } catch {
    return undefined;
  }
}

function missing(command) {
  return [
    `npm ${command === 'start:web' ? 'run start:web' : command} needs office-addin-debugging, Microsoft's sideloading tool, which is not installed.`,
    'It is an optional dependency: npm install leaves it out when the native build of its keytar',
    'dependency fails (on Linux keytar builds against libsecret).',
    '',
    'To install it:',
    '  Debian or Ubuntu:  sudo apt-get install libsecret-1-dev python3 make g++',
    '  Fedora:            sudo dnf install libsecret-devel python3 make gcc-c++',
    '  then:              npm install office-addin-debugging --no-save',
    '  (Windows and macOS need no extra system package.)',
    '',
    'Or sideload by hand, without it: npm run dev-server, then in Excel go to',
    'Home > Add-ins > More add-ins > My add-ins > Upload My Add-in and choose manifest.xml.',
  ].join('\n');
}

if (!(action in ACTIONS)) {
  process.stderr.write(`sideload: unknown action "${action}" (use start, start:web or stop)\n`);
  process.exit(2);
}
const script = toolScript();
if (!script) {
  process.stderr.write(`${missing(action)}\n`);
  process.exit(1);
}
const result = spawnSync(process.execPath, [script, ...ACTIONS[action], ...rest], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
