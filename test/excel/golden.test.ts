/**
 * The reader against a reference: ExcelJS's whole-workbook reader (what the command line used
 * before), its cells mapped to the shapes Office.js gives. On every fixture register and the
 * example, the sheets that hold the register come out cell for cell the same, and so does the
 * audit, as `audit --json` prints it.
 *
 * CAL_GOLDEN_DIR=/some/folder adds every .xlsx in that folder (a corpus of real packages) to
 * the comparison; files the reference cannot read are left out.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { audit, toJson, type SheetGrid } from '../../src/core';
import { readWorkbookGrids } from '../../src/excel/xlsx';
import { EXAMPLE } from '../cli/run-cli';

const FIXTURES = join(__dirname, '..', 'fixtures', 'registers');
const extra = process.env.CAL_GOLDEN_DIR;
const files = [
  EXAMPLE,
  ...readdirSync(FIXTURES).map((name) => join(FIXTURES, name, 'register.xlsx')),
  ...(extra
    ? readdirSync(extra)
        .filter((name) => /\.xls[xm]$/i.test(name))
        .map((name) => join(extra, name))
    : []),
];

const MS_PER_DAY = 86_400_000;

/** A cell as ExcelJS gives it, as Office.js would: formulas as results, dates as serials. */
function officeValue(value: unknown, date1904: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? '#VALUE!' : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + 25569 - (date1904 ? 1462 : 0);
  const cell = value as {
    result?: unknown;
    formula?: unknown;
    sharedFormula?: unknown;
    richText?: { text?: unknown }[];
    text?: unknown;
    error?: unknown;
  };
  if (typeof cell.error === 'string') return cell.error;
  if ('formula' in cell || 'sharedFormula' in cell || 'result' in cell)
    return officeValue(cell.result, date1904);
  if (Array.isArray(cell.richText))
    return cell.richText.map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  if ('text' in cell) return officeValue(cell.text, date1904);
  return null;
}

async function referenceGrids(file: string): Promise<{ grids: SheetGrid[]; date1904: boolean }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const date1904 = (workbook.properties as { date1904?: boolean }).date1904 === true;
  const grids = workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      rows[number - 1] = (row.values as unknown[]).slice(1).map((v) => officeValue(v, date1904));
    });
    return { name: sheet.name, rows, top: 1, left: 1 };
  });
  return { grids, date1904 };
}

/** A grid's cells as [row, column, value] triples, blanks left out, numbers rounded. */
function cellsOf(grid: SheetGrid): [number, number, unknown][] {
  const cells: [number, number, unknown][] = [];
  grid.rows.forEach((row, r) =>
    row?.forEach((value, c) => {
      if (value === null || value === undefined || value === '') return;
      cells.push([r, c, typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value]);
    }),
  );
  return cells;
}

const OPTIONS = { today: 20_000, asOf: '2026-11-27' } as const;

describe.each(files.map((file) => [file.split('/').slice(-2).join('/'), file]))('%s', (_, file) => {
  test('the same register and the same audit as the reference reader', async () => {
    let reference: { grids: SheetGrid[]; date1904: boolean };
    try {
      reference = await referenceGrids(file);
    } catch {
      if (file.startsWith(extra ?? '\0')) return; // the reference cannot read it
      throw new Error(`the reference reader failed on ${file}`);
    }
    const read = await readWorkbookGrids(file);
    expect(read.date1904).toBe(reference.date1904);
    const result = audit(read.grids, { ...OPTIONS, date1904: read.date1904 });
    for (const table of Object.values(result.register.tables)) {
      const mine = read.grids.find((g) => g.name === table.sheet);
      const theirs = reference.grids.find((g) => g.name === table.sheet);
      expect(mine && cellsOf(mine)).toEqual(theirs && cellsOf(theirs));
    }
    const expected = audit(
      reference.grids.map((g) => ({
        ...g,
        tables: read.grids.find((mine) => mine.name === g.name)?.tables ?? [],
      })),
      { ...OPTIONS, date1904: reference.date1904 },
    );
    expect(toJson(result)).toEqual(toJson(expected));
  });
});
