/**
 * `npm start`, `npm stop` and `npm run start:web` without the optional sideloading tool: they
 * say what to install and exit 1, with nothing else (no stack trace). The script is run from a
 * copy of the project that has no node_modules, as after an install that left the tool out.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'sideload.js');
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'cal-sideload-'));
  mkdirSync(join(project, 'scripts'));
  copyFileSync(SCRIPT, join(project, 'scripts', 'sideload.js'));
  writeFileSync(join(project, 'package.json'), '{"name":"cal-register","private":true}\n');
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

test.each([
  ['start', 'npm start needs office-addin-debugging'],
  ['stop', 'npm stop needs office-addin-debugging'],
  ['start:web', 'npm run start:web needs office-addin-debugging'],
])('%s says what to install when the tool is missing', (action, first) => {
  const result = spawnSync(process.execPath, [join(project, 'scripts', 'sideload.js'), action], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: '' },
  });
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')[0]).toBe(
    `${first}, Microsoft's sideloading tool, which is not installed.`,
  );
  expect(result.stderr).toContain('sudo apt-get install libsecret-1-dev');
  expect(result.stderr).toContain('npm run dev-server');
  expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
});
