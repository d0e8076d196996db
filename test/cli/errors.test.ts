/** Files the command line cannot use: one clear line on stderr, exit 2, no stack trace. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { registerPackage, wrongChecksum, zipOf } from '../excel/make-package';
import { cli, ROOT, tempDir } from './run-cli';

const dir = tempDir();

function expectUnusable(args: string[], says: RegExp): void {
  const result = cli(...args);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^cal-register: /);
  expect(lines[0]).toMatch(says);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

test('a missing file', () => {
  expectUnusable(['audit', join(dir, 'nope.xlsx')], /cannot find .*nope\.xlsx.*template/);
});

test('a folder', () => {
  expectUnusable(['audit', dir], /is a folder/);
});

test('a CSV file', () => {
  const file = join(dir, 'register.xlsx');
  writeFileSync(file, 'Licence,Quantity\nExchange Server 2019 Standard User CAL,5\n');
  expectUnusable(['audit', file], /looks like a CSV/);
});

test('an empty file', () => {
  const file = join(dir, 'empty.xlsx');
  writeFileSync(file, '');
  expectUnusable(['audit', file], /is empty/);
});

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

test('an encrypted workbook (an OLE file with EncryptionInfo)', () => {
  const file = join(dir, 'locked.xlsx');
  writeFileSync(
    file,
    Buffer.concat([OLE, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le')]),
  );
  expectUnusable(['audit', file], /password-protected.*remove the password/i);
});

test('an Excel 97-2003 workbook', () => {
  const file = join(dir, 'old.xls');
  writeFileSync(file, Buffer.concat([OLE, Buffer.alloc(1000)]));
  expectUnusable(['audit', file], /97-2003.*save it as Excel Workbook/);
});

test('a zip cut short', () => {
  const file = join(dir, 'broken.xlsx');
  writeFileSync(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
  expectUnusable(['audit', file], /broken\.xlsx" is incomplete: .*cut short/);
});

test('a workbook with no register in it', async () => {
  const file = join(dir, 'budget.xlsx');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Budget');
  sheet.addRow(['Item', 'Cost']);
  sheet.addRow(['Laptops', 12000]);
  await workbook.xlsx.writeFile(file);
  expectUnusable(['audit', file], /no register found.*Assignments.*template/);
});

test('sheets named Purchases and Assignments whose headers are not recognised: said so', async () => {
  // "Name the sheets Assignments and Purchases" would mislead: they are named so.
  const file = join(dir, 'typos.xlsx');
  const workbook = new ExcelJS.Workbook();
  const purchases = workbook.addWorksheet('Purchases');
  purchases.addRow(['Licnece', 'Quantty']);
  purchases.addRow(['Exchange Server 2019 Standard User CAL', 5]);
  const assignments = workbook.addWorksheet('Assignments');
  assignments.addRow(['Licnece', 'Asigned to']);
  assignments.addRow(['Exchange Server 2019 Standard User CAL', 'Dana']);
  await workbook.xlsx.writeFile(file);
  expectUnusable(
    ['audit', file],
    /no register found in .*typos\.xlsx": the sheet "Purchases" has a header row CAL Register does not recognise \(Licnece, Quantty\); the sheet "Assignments" .*\(Licnece, Asigned to\)\. Correct those headers/,
  );
  expect(cli('audit', file).stderr).not.toMatch(/Name the sheets/);
});

test('an output in a folder that does not exist, for audit --out and for template', () => {
  const register = join(dir, 'blank-register.xlsx');
  expect(cli('template', register).status).toBe(0);
  const says = /cannot write .*missing.*Check that the folder exists/;
  expectUnusable(['audit', register, '--out', join(dir, 'missing', 'audit.xlsx')], says);
  expectUnusable(['template', join(dir, 'missing', 'new.xlsx')], says);
  // Said in words, not as Node's error with the temporary file's name.
  for (const args of [
    ['audit', register, '--out', join(dir, 'missing', 'audit.xlsx')],
    ['template', join(dir, 'missing', 'new.xlsx')],
  ]) {
    const { stderr } = cli(...args);
    expect(stderr).toMatch(/cannot write .*missing.*: the folder .*missing" does not exist\./);
    expect(stderr).not.toMatch(/ENOENT|\.tmp|open '/);
  }
});

test('usage mistakes name the problem and point at --help', () => {
  for (const args of [
    ['audit'],
    ['audit', 'a.xlsx', '--as-of', '2026-02-30'],
    ['audit', 'a.xlsx', '--stale-days', '0'],
    ['audit', 'a.xlsx', '--colour'],
    ['frobnicate'],
    ['template'],
  ]) {
    const result = cli(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^cal-register: .*Run "cal-register --help" for usage\.\n$/);
  }
});

test('--help and --version', () => {
  const help = cli('--help');
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/cal-register audit FILE\.xlsx/);
  // The exit status as the README states it: an audit that found no error but could not check
  // everything (unreadable licences, no assignments) exits 1, not 0.
  expect(help.stdout).toMatch(
    /Exit status: audit 0 compliant, 1 not compliant or not fully checked/,
  );
  expect(help.stdout).not.toMatch(/0 no errors/);
  expect(cli('--version').stdout).toMatch(/^cal-register \d+\.\d+\.\d+\n$/);
});

test('damaged packages and other file types, as the command line says them', async () => {
  const register = await registerPackage();
  const cases: [string, Buffer, RegExp][] = [
    [
      'crc.xlsx',
      wrongChecksum(register, 'xl/worksheets/sheet2.xml'),
      /is damaged: the sheet "Assignments" .*checksum.*Open and Repair/,
    ],
    ['cut.xlsx', register.subarray(0, Math.floor(register.length * 0.8)), /is incomplete/],
    [
      'word.xlsx',
      await zipOf(
        new Map([
          ['[Content_Types].xml', '<Types/>'],
          ['word/document.xml', '<w:document/>'],
        ]),
      ),
      /is a Word document \(\.docx\), not a workbook/,
    ],
    [
      'binary.xlsx',
      await zipOf(new Map([['xl/workbook.bin', 'x']])),
      /Excel Binary Workbook \(\.xlsb\).*save it as Excel Workbook/,
    ],
  ];
  for (const [name, bytes, says] of cases) {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    expectUnusable(['audit', file, '--json'], says);
  }
});

describe('the process always ends with an answer', () => {
  const MAIN = join(ROOT, 'dist', 'cli', 'main.js');
  /** Runs the command line's process guard around a stand-in for the command. */
  function guarded(command: string) {
    return spawnSync(
      process.execPath,
      ['-e', `require(${JSON.stringify(MAIN)}).runProcess([], undefined, ${command})`],
      { encoding: 'utf8', timeout: 30_000 },
    );
  }

  test('a command that never settles (Node runs out of work) ends in one line and status 2', () => {
    const result = guarded('() => new Promise(() => {})');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^cal-register: unexpected failure \(the command stopped without an answer\)\. Please report it.*\n$/,
    );
  });

  test('an error that escapes the command ends in one line and status 2, no stack trace', () => {
    const result = guarded(
      "() => new Promise(() => setTimeout(() => { throw new TypeError('boom') }, 5))",
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'cal-register: unexpected failure (TypeError: boom). Please report it with the command you ran.\n',
    );
    const rejected = guarded(
      "() => new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 5))",
    );
    expect(rejected.status).toBe(2);
    expect(rejected.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('nothing after the answer is reported', () => {
    const result = guarded(
      "(argv, io) => { io.stdout.write('answer\\n'); setImmediate(() => { throw new Error('after') }); return Promise.resolve(1) }",
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('answer\n');
    expect(result.stderr).toBe('');
  });
});
