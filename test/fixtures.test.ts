/**
 * Scenario registers, one loop (STYLE item 6): every folder under test/fixtures/registers
 * holds a register.xlsx (built by scripts/build-fixtures.ts) and an expected.json written
 * from the licensing rules. Each register is audited by the compiled command line, as an
 * admin or a CI job runs it, and compared with what is expected:
 * - the exit status (and, for 2, one line on stderr and nothing on stdout);
 * - the position: exactly the licences listed, and of each the fields listed;
 * - the findings: the complete list, order-independent, each compared on the fields listed
 *   (rule, sheet, row, key, column, licence), so an extra or a missing finding fails;
 * - the summary fields listed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'bin', 'cal-register.js');
const BUILT = join(ROOT, 'dist', 'cli', 'main.js');
const REGISTERS = join(__dirname, 'fixtures', 'registers');

type Fields = Readonly<Record<string, unknown>>;

interface Expected {
  readonly description: string;
  readonly args?: readonly string[];
  readonly exitCode: 0 | 1 | 2;
  readonly position?: readonly Fields[];
  readonly findings?: readonly Fields[];
  readonly summary?: Fields;
}

interface AuditJson {
  readonly position: readonly Fields[];
  readonly findings: readonly Fields[];
  readonly summary: Fields;
}

const CASES: readonly string[] = readdirSync(REGISTERS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function expectedOf(name: string): Expected {
  const file = join(REGISTERS, name, 'expected.json');
  const expected = JSON.parse(readFileSync(file, 'utf8')) as Expected;
  if (expected.exitCode !== 2 && expected.findings === undefined) {
    throw new Error(`${file}: list the findings (the complete list; [] for none)`);
  }
  return expected;
}

function pick(from: Fields, fields: readonly string[]): Fields {
  return Object.fromEntries(fields.map((field) => [field, from[field]]));
}

function byLicence(a: Fields, b: Fields): number {
  return String(a.licence).localeCompare(String(b.licence));
}

/** The actual position, each row cut down to the fields expected of its licence. */
function positionAsListed(actual: readonly Fields[], expected: readonly Fields[]): Fields[] {
  return actual
    .map((row) => {
      const wanted = expected.find((e) => e.licence === row.licence);
      return pick(row, wanted ? Object.keys(wanted) : ['licence']);
    })
    .sort(byLicence);
}

/** Where a finding points, and what it says, for showing a finding nobody expected. */
function shown(finding: Fields): Fields {
  const fields = ['rule', 'sheet', 'row', 'column', 'key', 'licence', 'message'];
  return Object.fromEntries(
    fields.filter((f) => finding[f] !== undefined).map((f) => [f, finding[f]]),
  );
}

/**
 * Matches expected findings to actual ones on the fields each expected entry lists (the most
 * specific entries first); returns the expected ones not found and the actual ones left over.
 */
function matchFindings(
  actual: readonly Fields[],
  expected: readonly Fields[],
): { missing: Fields[]; unexpected: Fields[] } {
  const left = [...actual];
  const missing: Fields[] = [];
  const ordered = [...expected].sort((a, b) => Object.keys(b).length - Object.keys(a).length);
  for (const want of ordered) {
    const at = left.findIndex((f) => Object.entries(want).every(([k, v]) => f[k] === v));
    if (at < 0) missing.push(want);
    else left.splice(at, 1);
  }
  return { missing, unexpected: left.map(shown) };
}

beforeAll(() => {
  // `npm test` builds first; a bare `npx jest` on a fresh checkout builds here.
  if (!existsSync(BUILT)) {
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
  }
});

describe('scenario registers', () => {
  test('there are at least 12 scenarios, each with a register and its expected result', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
    for (const name of CASES) {
      expect([name, existsSync(join(REGISTERS, name, 'register.xlsx'))]).toEqual([name, true]);
      expect(expectedOf(name).description.length).toBeGreaterThan(0);
    }
  });

  test.each(CASES)('%s', (name) => {
    const expected = expectedOf(name);
    const register = join(REGISTERS, name, 'register.xlsx');
    const run = spawnSync(
      process.execPath,
      [CLI, 'audit', register, '--json', ...(expected.args ?? [])],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    if (run.error) throw run.error;

    if (expected.exitCode === 2) {
      expect({ exitCode: run.status, stdout: run.stdout }).toEqual({ exitCode: 2, stdout: '' });
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      return;
    }
    if (run.status === 2 || run.stdout.trim() === '') {
      throw new Error(`exit ${String(run.status)}, no JSON: ${run.stderr}`);
    }
    const json = JSON.parse(run.stdout) as AuditJson;
    const wantedPosition = expected.position ?? [];
    const actual = {
      exitCode: run.status,
      stderr: run.stderr,
      ...(expected.position ? { position: positionAsListed(json.position, wantedPosition) } : {}),
      findings: matchFindings(json.findings, expected.findings ?? []),
      ...(expected.summary ? { summary: pick(json.summary, Object.keys(expected.summary)) } : {}),
    };
    expect(actual).toEqual({
      exitCode: expected.exitCode,
      stderr: '',
      ...(expected.position ? { position: [...wantedPosition].sort(byLicence) } : {}),
      findings: { missing: [], unexpected: [] },
      ...(expected.summary ? { summary: expected.summary } : {}),
    });
  });
});
