/**
 * `cal-register import`, run as an admin runs it. Every fixture export of
 * test/fixtures/imports/ is imported into a new register and that register audited; the
 * rows written, what the import said (--json) and the audit JSON are compared with the
 * case's expected.json (set UPDATE_IMPORT_FIXTURES=1 to write them again, then review the
 * diff). Then --into: lines added to an existing register, whose rows and parts stay as they
 * were, and every refusal leaving the files untouched.
 */
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { dayToIso, serialToDay, type SheetGrid } from '../../src/core';
import { XlsxFileWorkbook } from '../../src/excel/xlsx';
import { IMPORTS } from '../imports/helpers';
import { EXAMPLE, cli, tempDir } from './run-cli';

const UPDATE = process.env.UPDATE_IMPORT_FIXTURES === '1';
const AS_OF = '2026-11-27';
const DATE_HEADERS = new Set(['Purchase date', 'SA end date', 'Assigned on', 'Last activity']);

interface Expected {
  readonly description: string;
  /** Exports of other cases, relative to this case's folder (default: the folder's export). */
  readonly exports?: readonly string[];
  readonly args?: readonly string[];
  readonly import: unknown;
  readonly register: Readonly<Record<string, readonly Record<string, unknown>[]>>;
  readonly audit: unknown;
}

const CASES = readdirSync(IMPORTS)
  .filter((name) => statSync(join(IMPORTS, name)).isDirectory())
  .sort();

function exportsOf(name: string, expected?: Expected): string[] {
  const dir = join(IMPORTS, name);
  if (expected?.exports) return expected.exports.map((file) => join(dir, file));
  return readdirSync(dir)
    .filter((f) => /\.csv$/i.test(f))
    .map((f) => join(dir, f));
}

function cellText(value: unknown, header: string): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (DATE_HEADERS.has(header) && typeof value === 'number') {
    const day = serialToDay(value);
    return typeof day === 'number' ? dayToIso(day) : value;
  }
  return value;
}

/** A table's rows as header -> value records, empty cells left out. */
function rowsOf(grids: readonly SheetGrid[], sheet: string): Record<string, unknown>[] {
  const grid = grids.find((g) => g.name === sheet);
  if (!grid) return [];
  const [header, ...rows] = grid.rows;
  const headers = (header ?? []).map(String);
  return rows
    .filter((row) => row?.some((cell) => cell !== null && cell !== undefined && cell !== ''))
    .map((row) =>
      Object.fromEntries(
        headers
          .map((h, i) => [h, cellText(row?.[i], h)] as const)
          .filter(([, v]) => v !== null && v !== undefined && v !== ''),
      ),
    );
}

async function registerOf(path: string): Promise<Record<string, Record<string, unknown>[]>> {
  const source = await new XlsxFileWorkbook(path).read();
  return {
    Purchases: rowsOf(source.grids, 'Purchases'),
    Assignments: rowsOf(source.grids, 'Assignments'),
  };
}

const filled = (row: readonly unknown[] | undefined): boolean =>
  row?.some((cell) => cell !== null && cell !== undefined && cell !== '') ?? false;

describe.each(CASES)('import %s', (name) => {
  const file = join(IMPORTS, name, 'expected.json');
  const expected = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Expected)
    : undefined;

  test('imported into a new register and audited as expected', async () => {
    if (!expected && !UPDATE)
      throw new Error(`${file} is missing: run with UPDATE_IMPORT_FIXTURES=1`);
    const out = join(tempDir(), 'register.xlsx');
    const args = expected?.args ?? [];
    const imported = cli('import', ...exportsOf(name, expected), '--out', out, '--json', ...args);
    expect(imported.stderr).toMatch(
      /^Wrote .* in .*register\.xlsx\. Check it: cal-register audit /,
    );
    expect(imported.status).toBe(0);
    const said = JSON.parse(imported.stdout) as { register?: string };
    delete said.register;
    const audited = cli('audit', out, '--json', '--as-of', AS_OF);
    expect([0, 1]).toContain(audited.status);
    const actual = {
      import: said,
      register: await registerOf(out),
      audit: JSON.parse(audited.stdout) as unknown,
    };
    if (UPDATE) {
      const description = expected?.description ?? name;
      const kept = {
        description,
        ...(expected?.exports ? { exports: expected.exports } : {}),
        ...(expected?.args ? { args: expected.args } : {}),
      };
      writeFileSync(file, `${JSON.stringify({ ...kept, ...actual }, null, 2)}\n`);
      return;
    }
    expect(actual.import).toEqual(expected?.import);
    expect(actual.register).toEqual(expected?.register);
    expect(actual.audit).toEqual(expected?.audit);
  });
});

describe('--into an existing register', () => {
  const orders = join(IMPORTS, 'm365-vl-orders', 'VLOrders.csv');
  const seats = exportsOf('snipeit-seats')[0];

  test('adds only the lines it does not have, under its tables; its rows and other parts stay as they were', async () => {
    const dir = tempDir();
    const path = join(dir, 'contoso.xlsx');
    copyFileSync(EXAMPLE, path);
    const before = await new XlsxFileWorkbook(path).read();
    const beforeZip = unzipSync(readFileSync(path));

    const result = cli('import', orders, seats, '--into', path);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      `Added 6 purchase lines and 1 assignment to ${path}. Check it: cal-register audit ${path}\n`,
    );
    expect(result.stdout).toContain(
      '- 7 lines are already in contoso.xlsx and were not added again.',
    );

    const after = await new XlsxFileWorkbook(path).read();
    for (const grid of before.grids) {
      const now = after.grids.find((g) => g.name === grid.name) as SheetGrid;
      // Every row that had something in it is there unchanged.
      grid.rows.forEach((row, i) => {
        if (filled(row)) expect(now.rows[i]).toEqual(row);
      });
    }
    const old = before.grids.find((g) => g.name === 'Purchases') as SheetGrid;
    const last = old.rows.reduce((at, row, i) => (filled(row) ? i : at), 0);
    const purchases = after.grids.find((g) => g.name === 'Purchases') as SheetGrid;
    const added = purchases.rows.slice(last + 1).filter(filled);
    const columnA = 1 - (purchases.left ?? 1);
    expect(added.map((row) => row?.[columnA])).toEqual([
      'Windows Server 2022 User CAL',
      'Windows Server 2022 Standard',
      'Exchange Server 2019 Standard User CAL',
      'Exchange Server 2019 Enterprise User CAL',
      'Exchange Server 2019 Standard',
      'Remote Desktop Services 2022 User CAL',
    ]);

    // Only the worksheets written to, their tables and (for the date style) the styles changed.
    const afterZip = unzipSync(readFileSync(path));
    const changed = Object.keys(beforeZip).filter(
      (k) => strFromU8(beforeZip[k]) !== strFromU8(afterZip[k] ?? new Uint8Array()),
    );
    expect(Object.keys(afterZip).sort()).toEqual(Object.keys(beforeZip).sort());
    for (const part of changed)
      expect(part).toMatch(/^xl\/(worksheets\/sheet\d+\.xml|tables\/table\d+\.xml|styles\.xml)$/);

    // The register is still one the audit reads, with the new lines in its position.
    const audit = cli('audit', path, '--json', '--as-of', AS_OF);
    const json = JSON.parse(audit.stdout) as { position: { licence: string; owned: number }[] };
    expect(
      json.position.find((p) => p.licence === 'Remote Desktop Services 2022 User CAL')?.owned,
    ).toBe(25);

    // Run again: nothing new, and the file is not touched.
    const bytes = readFileSync(path);
    const again = cli('import', orders, seats, '--into', path);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe(
      `Nothing to add: ${path} already has every line. It was not changed.\n`,
    );
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  test('text that looks like a formula is written as text', () => {
    const dir = tempDir();
    const csv = join(dir, 'licenses.csv');
    writeFileSync(
      csv,
      'Name,Seats,Licenses available,Manufacturer,Order Number,Purchase Date,Notes\n' +
        'Windows Server 2022 User CAL,5,0,Microsoft,=HYPERLINK("http://x"),2024-01-02,"=1+1"\n',
    );
    const out = join(dir, 'new.xlsx');
    const into = join(dir, 'into.xlsx');
    expect(cli('template', into).status).toBe(0);
    expect(cli('import', csv, '--out', out).status).toBe(0);
    expect(cli('import', csv, '--into', into).status).toBe(0);
    for (const path of [out, into]) {
      const zip = unzipSync(readFileSync(path));
      const sheets = Object.keys(zip).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
      for (const sheet of sheets) expect(strFromU8(zip[sheet])).not.toMatch(/<f>|<f /);
    }
  });

  test('refused, with nothing written, when the register is open in Excel', () => {
    const dir = tempDir();
    const path = join(dir, 'contoso.xlsx');
    copyFileSync(EXAMPLE, path);
    writeFileSync(join(dir, '~$contoso.xlsx'), 'owner');
    const bytes = readFileSync(path);
    const result = cli('import', orders, '--into', path);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `cal-register: "${path}" is open in Excel (~$contoso.xlsx exists). Close it in Excel first: Excel would overwrite the imported rows when it saves. Nothing was written.\n`,
    );
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['contoso.xlsx', '~$contoso.xlsx']);
  });

  test('refused when the register has no table for the rows, or rows below a table are in the way', async () => {
    const dir = tempDir();
    const path = join(dir, 'register.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Purchases');
    sheet.addTable({
      name: 'Purchases',
      ref: 'A1',
      columns: ['Licence', 'Quantity', 'Purchase date', 'Invoice number', 'Notes'].map((name) => ({
        name,
      })),
      rows: [
        ['Exchange Server 2019 Standard', 1, new Date(Date.UTC(2023, 5, 1)), 'INV-1', ''],
        ['Exchange Server 2019 Standard User CAL', 50, new Date(Date.UTC(2023, 5, 1)), 'INV-1', ''],
      ],
    });
    sheet.getCell('A6').value = 'Checked by the auditor, 2026-01-15';
    await workbook.xlsx.writeFile(path);
    const bytes = readFileSync(path);

    const noAssignments = cli('import', seats, '--into', path);
    expect(noAssignments.status).toBe(2);
    expect(noAssignments.stderr).toBe(
      "cal-register: the register has no Assignments table for the assignments to go into. Add an Assignments sheet with the template's headers (cal-register template NEW.xlsx shows them), or import into a new register with --out. Nothing was written.\n",
    );
    const inTheWay = cli('import', orders, '--into', path);
    expect(inTheWay.status).toBe(2);
    expect(inTheWay.stderr).toBe(
      'cal-register: row 6 below the Purchases table on "Purchases" is not empty, and the 6 new rows need it. Move what is below the table, or import into a new register with --out. Nothing was written.\n',
    );
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['register.xlsx']);
  });
});

test('a value whose column the register lacks goes into its Notes', async () => {
  const dir = tempDir();
  const path = join(dir, 'register.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Purchases').addTable({
    name: 'Purchases',
    ref: 'A1',
    columns: ['Licence', 'Quantity', 'Notes'].map((name) => ({ name })),
    rows: [['Exchange Server 2019 Standard', 1, 'mail server']],
  });
  await workbook.xlsx.writeFile(path);
  const csv = join(dir, 'GeneralLicenseStatement.csv');
  writeFileSync(
    csv,
    'Name,Publisher,Version,Language,EffectiveQuantity,PONumber,ResellerName,DateOfPurchase,SupportPurchased,SupportExpirationDate,Comments\r\n' +
      'Windows Server User CAL,Microsoft Corporation,2022,English,120,4500017123,SoftwareONE,02/14/2023,1,,\r\n',
  );
  expect(cli('import', csv, '--into', path).status).toBe(0);
  const { Purchases } = await registerOf(path);
  expect(Purchases).toEqual([
    { Licence: 'Exchange Server 2019 Standard', Quantity: 1, Notes: 'mail server' },
    {
      Licence: 'Windows Server 2022 User CAL',
      Quantity: 120,
      Notes:
        'Purchase date 2023-02-14; Order number 4500017123; Reseller SoftwareONE; "Windows Server User CAL", Version 2022 in the export; ConfigMgr General License Statement: GeneralLicenseStatement.csv, line 2',
    },
  ]);
});

describe('refusals', () => {
  test('an export that cannot be used stops the import before anything is written', () => {
    const dir = tempDir();
    const bad = join(dir, 'users.csv');
    writeFileSync(bad, '"Given name","Surname"\n"Dana","Scott"\n');
    const out = join(dir, 'new.xlsx');
    const result = cli(
      'import',
      join(IMPORTS, 'm365-vl-orders', 'VLOrders.csv'),
      bad,
      '--out',
      out,
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^cal-register: the export ".*users\.csv" cannot be imported: The columns "Given name", "Surname" match no licence export this command reads; it reads Snipe-IT's /,
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['users.csv']);
  });

  test('an existing --out is refused without --force', () => {
    const dir = tempDir();
    const out = join(dir, 'new.xlsx');
    writeFileSync(out, 'keep me');
    const result = cli('import', join(IMPORTS, 'm365-vl-orders', 'VLOrders.csv'), '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `cal-register: "${out}" already exists. Choose another name, or add --force to replace it.\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });

  test('exports with no CAL and no Microsoft server licence write nothing', () => {
    const dir = tempDir();
    const csv = join(dir, 'licenses.csv');
    writeFileSync(
      csv,
      'Name,Seats,Licenses available,Manufacturer\nAdobe Acrobat Pro DC,15,3,Adobe\n',
    );
    const out = join(dir, 'new.xlsx');
    const result = cli('import', csv, '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'cal-register: the exports hold no CAL and no Microsoft server licence to put in a register. Check that they are the licence lists (the notes above say what was left out). Nothing was written.\n',
    );
    expect(result.stdout).toContain('1 line names no Microsoft server product or CAL');
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    [
      ['import', 'x.csv'],
      'import needs either --out NEW.xlsx (a new register) or --into REGISTER.xlsx (an existing one)',
    ],
    [
      ['import', '--out', 'x.xlsx'],
      'import needs at least one export: cal-register import EXPORT.csv --out NEW.xlsx',
    ],
    [
      ['import', 'x.csv', '--out', 'a.xlsx', '--into', 'b.xlsx'],
      'import needs either --out NEW.xlsx (a new register) or --into REGISTER.xlsx (an existing one)',
    ],
    [['import', 'x.csv', '--into', 'b.xlsx', '--force'], '--force does not apply to --into'],
    [
      ['import', 'x.csv', '--out', 'a.xlsx', '--culture', 'xx'],
      '--culture "xx" is not one of en-US, en-GB, de-DE, fr-FR, nl-NL',
    ],
    [
      ['import', 'x.csv', '--out', 'a.xlsx', '--usage', 'u.csv'],
      'unknown option --usage for import',
    ],
  ])('%j is a usage error', (args, message) => {
    const result = cli(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`cal-register: ${message}. Run "cal-register --help" for usage.\n`);
  });
});
