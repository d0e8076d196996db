/**
 * Golden outputs: the whole `cal-register audit` output (JSON and the human report, with the
 * exit status) for every scenario register, the example register and the example with
 * evidence exports, pinned under test/golden/. A refactor must leave them unchanged; a change
 * of behaviour regenerates them on purpose (`UPDATE_GOLDEN=1 npx jest test/golden.test.ts`)
 * and the diff shows what users will see differently.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'bin', 'cal-register.js');
const GOLDEN = join(__dirname, 'golden');
const REGISTERS = join(__dirname, 'fixtures', 'registers');
const EXPORTS = join(__dirname, 'fixtures', 'exports');
const EXAMPLE = join(ROOT, 'assets', 'examples', 'contoso-register.xlsx');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Case {
  readonly name: string;
  readonly args: readonly string[];
}

const cases: Case[] = readdirSync(REGISTERS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .map((name) => {
    const expected = JSON.parse(readFileSync(join(REGISTERS, name, 'expected.json'), 'utf8')) as {
      args?: string[];
    };
    return { name, args: [join(REGISTERS, name, 'register.xlsx'), ...(expected.args ?? [])] };
  });
cases.push({ name: 'example', args: [EXAMPLE] });
// An export's capture date is its file's date unless it says one: copies dated 2026-11-20.
const SCRATCH = mkdtempSync(join(tmpdir(), 'cal-register-golden-'));
const dated = (name: string): string => {
  const copy = join(SCRATCH, name);
  copyFileSync(join(EXPORTS, name), copy);
  const when = new Date('2026-11-20T12:00:00Z');
  utimesSync(copy, when, when);
  return copy;
};
cases.push({
  name: 'example-with-exports',
  args: [
    EXAMPLE,
    ...['ad-users.csv', 'exchange-cal-users-2019-enterprise.csv', 'mailboxes.csv'].flatMap(
      (name) => ['--usage', dated(name)],
    ),
  ],
});

interface Golden {
  readonly args: readonly string[];
  readonly json: {
    readonly status: number | null;
    readonly stdout: unknown;
    readonly stderr: string;
  };
  readonly text: {
    readonly status: number | null;
    readonly stdout: string[];
    readonly stderr: string;
  };
}

function run(args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, 'audit', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return result;
}

/** Output as it reads on any machine: the repository's and scratch folders' paths left out. */
function portable(text: string): string {
  return text.split(`${ROOT}/`).join('').split(`${SCRATCH}/`).join('');
}

function goldenOf({ args }: Case): Golden {
  const json = run([...args, '--json']);
  const text = run([...args, '--all']);
  return {
    // Paths relative to the repository, so the file is the same on every machine.
    args: args.map((arg) =>
      arg.startsWith(ROOT) ? relative(ROOT, arg) : arg.startsWith(SCRATCH) ? basename(arg) : arg,
    ),
    json: {
      status: json.status,
      stdout: json.stdout.trim() === '' ? '' : (JSON.parse(portable(json.stdout)) as unknown),
      stderr: portable(json.stderr),
    },
    text: {
      status: text.status,
      stdout: portable(text.stdout).split('\n'),
      stderr: portable(text.stderr),
    },
  };
}

describe('golden audit output', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')))
      throw new Error('dist/cli/main.js is missing: run "npm run build:cli" (npm test does it)');
    if (UPDATE) mkdirSync(GOLDEN, { recursive: true });
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const actual = goldenOf(c);
    const file = join(GOLDEN, `${name}.json`);
    if (UPDATE) writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
    const pinned = JSON.parse(readFileSync(file, 'utf8')) as Golden;
    expect(actual).toEqual(pinned);
  });

  test('every golden file belongs to a case', () => {
    const names = new Set(cases.map((c) => `${c.name}.json`));
    expect(readdirSync(GOLDEN).filter((file) => !names.has(file))).toEqual([]);
  });
});
